"""Put a message into the English the rules know: Pidgin, Scots and other languages' phrases, phonetic spelling, slang,
literal idioms, clinicians' shorthand, dictation and scores written many ways."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import lru_cache

from bot.engine.regex_prefilter import install
from bot.engine.triage.spelling import correct_spelling

_PAST_TENSE = {"change": "changed", "lower": "lowered", "move": "moved", "fix": "fixed", "drop": "dropped",
               "adjust": "adjusted", "try": "tried", "tuck": "tucked", "reduce": "reduced"}  # fmt: skip
# Nigerian Pidgin words that carry a sign, put into the English the rules know: "I no fit hold my toilet, e dey
# comot by itself" is "can't hold... come out by itself"; "yansh" is the buttocks.
_PIDGIN: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\bno\s+fit\b"), "can't"),
    (re.compile(r"\bcomot\b"), "come out"),
    (re.compile(r"\byansh\b"), "butt"),
    (re.compile(r"\bnothin\b"), "nothing"),
    # "my waist dey pain me small" is a little lower back pain; "e don calm down" is "it has settled"; the bar that
    # "dey chook my hip bone" digs into it.
    (re.compile(r"\b(my|mi)\s+waist\b"), "my lower back"),
    (re.compile(r"\bdey\s+pain\s+me\s+small\b"), "hurts a little"),
    # "my nyash dey pain me... na muscle pain, e dey reduce": sore buttocks, muscle soreness, easing.
    (re.compile(r"\bnyash\b"), "bum"),
    (re.compile(r"\bdey\s+pain\s+me\b"), "hurts"),
    # "pain dey kill me", "the bar don fall for my belle", "na my back I dey feel am, no be my yansh", "7 over 10",
    # "once I drop am e go", "I see one video... e fit happen for hip thrust?".
    (re.compile(r"\bpain\s+dey\s+kill\s+me\b"), "the pain is killing me"),
    (re.compile(r"\bdon\s+fall\s+for\s+my\b"), "fell on my"),
    (re.compile(r"\bbelle\b"), "belly"),
    (re.compile(r"\bna\s+my\s+(\w+(?:\s+\w+)?)\s+i\s+dey\s+feel\s+am\b"), r"i feel it in my \1"),
    (re.compile(r"\bno\s+be\s+my\b"), "not my"),
    (re.compile(r"\b([1-9]|10)\s+over\s+10\b"), r"\1/10"),
    (re.compile(r"\bonce\s+i\s+(?:drop|rack|stop)\s+am,?\s+e\s+go\b"), "it goes away once i stop"),
    (re.compile(r"\bi\s+see\s+one\s+(video|post|reel|tiktok|clip)\b"), r"i saw a \1"),
    (re.compile(r"\be\s+fit\s+happen\b"), "can it happen"),
    (re.compile(r"\bi\s+dey\s+(?=\w)"), "i "),
    # Singlish: "still got pain at lower back leh. Three sessions liao", "I already change my foot position".
    (re.compile(r"\bliao\b"), "already"),
    (re.compile(r"\b(?:leh|lah|lor|sia)\b"), ""),
    (re.compile(r"\bstill\s+got\s+(?=(?:pain|ache|numbness|tingling)\b)"), "still have "),
    (
        re.compile(r"\balready\s+(change|lower|move|fix|drop|adjust|try|tuck|reduce)\b"),
        lambda m: "already " + _PAST_TENSE[m.group(1)],
    ),
    (re.compile(r"\bdey\s+pain\s+me\s+well\s+well\b(?=[^.!?]{0,60}?\bna\s+muscle\s+pain\b)"), "is very sore"),
    (re.compile(r"\bna\s+muscle\s+pain\b"), "it is just doms"),
    (re.compile(r"\b(?:e|it)\s+dey\s+(?:reduce|calm|go\s+down|ease)\b"), "it is easing"),
    (re.compile(r"\b(?:e|it)\s+don\s+(?:calm|cool|settle)\s+down\b"), "it settled"),
    (re.compile(r"\bdey\s+chook\b"), "digs into"),
    (re.compile(r"\b(?:e|it)\s+don\s+swell\s+small\b"), "it is a little bruised"),
    # Retention: "I wan piss, e no gree come out" is "I want to piss, it won't come out"; "urine no dey come" is
    # "urine won't come". "no" before a verb is Pidgin's "not", which the negation rule would read as a denial.
    (re.compile(r"\bwan\b(?=\s+(?:piss|pee|wee|urinate|shit|poo|go|ease))"), "want to"),
    (re.compile(r"\b(?:e|it)\s+no\s+gree\b"), "it won't"),
    (re.compile(r"\bno\s+gree\b"), "won't"),
    (re.compile(r"\bno\s+(?:dey\s+|wan\s+)?(?=(?:come|flow|pass|comot|commot)\b)"), "won't "),
    # Jamaican Patois: "di bar drop pon mi hip, mi cyaan put any weight pon dat side" is "the bar drop on my hip, I
    # can't put any weight on that side". "mi" is "my" only before a body part (Spanish "mi espalda" agrees).
    (re.compile(r"\bpon\b"), "on"),
    (re.compile(r"\b(?:cyaan|cyaa|kyaan|kyaa|caan)\b"), "can't"),
    (re.compile(r"\bdi\s+(?=(?:bar|barbell|weights?|plates?|bench|pad)\b)"), "the "),
    (
        re.compile(
            r"\bmi\s+(?=(?:lower\s+|left\s+|right\s+)?(?:hips?|hip\s*bones?|back|legs?|foot|feet|knees?|bum|batty|groin|"
            r"side|belly|waist|pelvis|toes?|ankles?)\b)"
        ),
        "my ",
    ),
    (re.compile(r"\bdat\b"), "that"),
)
# Mixed-language messages: an English message whose sign sits in a Spanish, Portuguese, Tagalog, German, French or
# Hindi clause ("no siento cuando tengo ganas de ir al baño", "walang lumalabas", "untenrum nix gespürt"). Each phrase
# is put into the English the rules already know; phrases come before single words, and short words that are English
# too ("im", "e", "sa", "po", "dos") are only translated inside a phrase that cannot be English.
_WORD = Callable[[re.Match[str]], str]
_SIDE = {"esquerda": "left", "esquerdo": "left", "direita": "right", "direito": "right", "izquierda": "left",
         "izquierdo": "left", "derecha": "right", "derecho": "right"}  # fmt: skip
_PL_SIDE = {"prawej": "right", "lewej": "left"}
_ES_DAYS = {"lunes": "monday", "martes": "tuesday", "jueves": "thursday", "viernes": "friday", "domingo": "sunday"}
_ES_FAMILY = {
    "hermana": "sister",
    "hermano": "brother",
    "madre": "mum",
    "padre": "dad",
    "novia": "girlfriend",
    "novio": "boyfriend",
    "esposa": "wife",
    "esposo": "husband",
}
_LIMB = {"perna": "leg", "coxa": "thigh", "pé": "foot", "pierna": "leg", "muslo": "thigh", "pie": "foot"}
_MIXED_LANGUAGE: tuple[tuple[re.Pattern[str], str | _WORD], ...] = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        # Age, said in the user's own language: "j'ai 62 ans", "tengo 62 años", "tenho 62 anos".
        (r"\b(?:j'?ai|tengo|tenho)\s+(\d\d)\s+(?:ans|años|anos)\b", r"i'm \1"),
        # Spanish. Bladder and bowel: "no siento cuando tengo ganas de ir al baño", "no sale nada".
        (r"\bno\s+siento\b", "i can't feel"),
        (r"\bno\s+(?:sentí|senti)\b", "i couldn't feel"),
        (r"\b(?:tengo\s+ganas\s+de|necesito)\s+(?=ir\b|orinar|mear|hacer\b)", "i need to "),
        (r"\bir\s+al\s+baño\b", "go to the toilet"),
        (r"\b(?:orinar|mear|hacer\s+pis)\b", "pee"),
        (r"\b(?:oriné|orine|meé)\b", "i peed"),
        (r"\bvejiga\b", "bladder"),
        (r"\bno\s+(?:me\s+)?sale\s+nada\b", "nothing comes out"),
        (r"\bcuando\b", "when"),
        # Back, numbness, both legs, getting worse, groin, a crack.
        (r"\b(?:la\s+)?espalda\s+baja\b|\b(?:la\s+)?baja\s+espalda\b|\bzona\s+lumbar\b", "my lower back"),
        (r"\bla\s+espalda\b", "my back"),
        (r"\b(?:me\s+)?duele\b", "hurts"),
        (r"\bdolor\b", "pain"),
        (r"\bsiento\b", "i feel"),
        (r"\bcargad[ao]s?\b", "tight"),
        (r"\bse\s+me\s+pasa\b", "it passes"),
        (r"\b(?:entumid[ao]s?|entumecid[ao]s?|dormid[ao]s?|adormecid[ao]s?)\b", "numb"),
        (r"\bhormigue\w*", "tingling"),
        # Ants under the skin, in several languages' image: "my calf has the ants feeling".
        (r"\b(?:the\s+)?ants\s+(?:feeling|sensation)|\bfeeling\s+(?:of|like)\s+ants\b|\bants\s+(?:walking|crawling|running)\b",
         "tingling"),
        (r"\bd[ée]bil(?:es)?\b", "weak"),
        (r"\b(?:las\s+dos|ambas)\s+piernas\b", "both legs"),
        (r"\b(?:cada\s+hora\s+peor|peor\s+cada\s+hora|empeorando)\b", "getting worse"),
        (r"\bingle\b", "groin"),
        (r"\bahí\s+abajo\b", "down there"),
        (r"\b(?:un\s+)?(?:chasquido|crujido|tronido)\b", "a pop"),
        # Spanish, Portuguese and Polish words in an English message: "no puedo aguantar la orina", "se me duerme",
        # "tengo fiebre", "dor nas costas", "pescoço tenso", "uma fisgada forte", "plecy ciągną", "pośladek".
        (r"\bno\s+(?:puedo|pude)\s+(?:aguantar|contener|controlar|retener)\b", "i can't hold"),
        (r"\b(?:la\s+)?orina\b", "my pee"),
        (r"\bse\s+me\s+(?:duerme|duermen|durmió|queda\s+dormid[ao])\b", "goes numb"),
        (r"\bdolorid[oa]s?\b", "sore"),
        (r"\btengo\s+fiebre\b|\bestou\s+com\s+febre\b|\bmam\s+gorączkę\b", "i have a fever"),
        (r"\bfiebre\b|\bfebre\b|\bgorączk\w*", "fever"),
        (r"\bcalambres?\b", "cramp"),
        (r"\bmi\s+mam[áa]\b", "my mum"),
        (r"(?<=my\s)mam[áa]\b", "mum"),
        (r"\bdor\s+nas\s+costas\b", "back pain"),
        (r"\bdói\b|\bdoi\s+(?=a\s+lombar|as\s+costas)", "hurts "),
        (r"\b(?:a\s+)?lombar\b", "my lower back"),
        (r"\bdor\b", "pain"),
        (r"\bpescoço\b", "neck"),
        (r"\btens[oa]\b", "tense"),
        (r"\b(?:uma\s+)?fisgada\s+forte\b", "a sharp twinge"),
        (r"\bfisgada\b", "twinge"),
        (r"\broxo\b", "bruise"),
        (r"\b(?:o\s+)?osso\s+do\s+quadril\b", "my hip bone"),
        (r"\bpassa\s+depois\b", "goes away after"),
        (r"\bplecy\b", "back"),
        (r"\bciągn(?:ą|ie)\b", "pulling"),
        (r"\bpośladk?\w*", "buttock"),
        (r"\b(?:la|el|a|o)\s+(?=(?:perna|pierna|muslo|coxa|pie|pé)\s+(?:izquierd|derech|esquerd|direit))", ""),
        # Portuguese: "minhas duas pernas tão formigando e fracas", "piorando a cada hora", "deu um estalo".
        (r"\b(?:minhas|as)\s+duas\s+pernas\b|\bambas\s+as\s+pernas\b", "both my legs"),
        (r"\b(?:tão|estão)\s+(?=formig|fracas|dormentes)", "are "),
        (r"\b(?:tá|está)\s+(?=formig|fraca|dormente)", "is "),
        (r"\bformig\w*", "tingling"),
        (r"(?<=tingling)\s+e\s+(?=fracas|fracos)", " and "),
        (r"\bfrac[oa]s\b", "weak"),
        (r"\bdorm[êe]n(?:te|tes|cia)\b", "numb"),
        (r"\bpiorando\b", "getting worse"),
        (r"\ba\s+cada\s+hora\b", "every hour"),
        (r"\b(?:deu\s+)?um\s+estalo\b", "a pop"),
        (r"\bestal(?:o|ou)\b", "pop"),
        (r"\b(?:nas|as|minhas)\s+costas\b", "my back"),
        (r"\bcostas\b", "back"),
        (r"\bbexiga\b", "bladder"),
        (r"\b(?:fazer\s+xixi|xixi|urinar|mijar)\b", "pee"),
        (r"\bnão\s+sai\s+nada\b", "nothing comes out"),
        (r"\bvirilha\b", "groin"),
        (r"\b(?:meu\s+)?posterior(?:es)?\s+de\s+coxa\b", "my hamstring"),
        (r"\b(?:dá\s+)?c[âa]imbras?\b", "cramps"),
        (r"\bna\s+parte\s+de\s+fora\b", "on the outside"),
        # A limb and its side, in either language's order: "minha coxa esquerda" is "my left thigh".
        (
            rf"\b(?:minha\s+|meu\s+|mi\s+)?({'|'.join(_LIMB)})\s+({'|'.join(_SIDE)})\b",
            lambda m: f"my {_SIDE[m.group(2)]} {_LIMB[m.group(1)]}",
        ),
        # Tagalog: "nung umihi ako parang walang lumalabas", "puno na pantog ko", "bumababa hanggang binti ko".
        # Filipino English: "went to the CR and the wiwi just came out" (the comfort room, pee).
        (
            r"\b(?:the\s+)?(?:cr|comfort\s+room)\b(?=[^.!?]{0,40}\b(?:wiwi|ihi|pee|poop?|went|go|going|use|used)\b)",
            "the toilet",
        ),
        (r"\bwiwi\b", "pee"),
        (r"\bumihi\b", "peed"),
        (r"\b(?:umiihi|ihi)\b", "pee"),
        (r"\b(?:walang|wala\s+ng)\s+(?:lumalabas|lumabas|lalabas)\b|\bayaw\s+lumabas\b", "nothing comes out"),
        (r"\bpuno\s+na\s+(?:ang\s+)?pantog\s+ko\b|\bpuno\s+na\s+(?:ang\s+)?pantog\b", "my bladder is full"),
        (r"\bpantog\b", "bladder"),
        (r"\b(?:ang\s+|grabe\s+)?sakit\s+ng\s+(\w+)\s+ko\b", r"my \1 is sore"),
        # "masakit pa rin kahit rest day" is "still hurts even on a rest day"; "ilang days na" is "for some days now".
        (r"\b(?:masakit|sumasakit)\s+pa\s+(?:rin|din)\b", "still hurts"),
        (r"\bpa\s+(?:rin|din)\b", "still"),
        (r"\bilang\s+(days?|araw)\s+na\b", "for days now"),
        (r"\b(\d+|two|three|four|five)\s+(?:days?|araw)\s+na\b", r"\1 days now"),
        (r"\bkahit\b", "even on"),
        (r"\binayos\s+ko\s+na\b", "i fixed"),
        (r"\bnag\s*-?\s*(lighter|lower)\b", r"went \1"),
        (r"\bbumabalik\b", "comes back"),
        (r"\bnawala\b", "went away"),
        (r"\bparang\s+tusok\b", "like a stab"),
        (r"\b(?:medyo\s+)?ngalay\b", "achy"),
        (r"\bhindi\s+naman\b", "not"),
        (r"\bpero\b", "but"),
        (r"\blang\b", "just"),
        (r"\bkahapon\b", "yesterday"),
        (r"\bmasakit\b", "hurts"),
        (r"\bsakit\b", "pain"),
        (r"\bmanhid\b", "numb"),
        (r"\b(?:nangingilig|ngimay)\b", "tingling"),
        (r"\bmahina\b", "weak"),
        (r"\bdalawang\s+binti\b", "both legs"),
        (r"\b(?:bumababa|umaabot|tumatagos)\s+(?:hanggang|sa)\s+", "goes down to "),
        (r"\bbinti\b", "leg"),
        (r"\bkuryente\b", "electric"),
        # "sa likod ko ramdam yung thrust hindi sa pwet": felt in the back, not in the butt.
        (
            r"\bsa\s+likod\s+ko\s+(?:ramdam|nararamdaman)\s+(?:ko\s+)?(?:yung|ang)\s+(\w+)\s+hindi\s+sa\s+(?:pwet|puwet)\b",
            r"i feel the \1 in my back not in my butt",
        ),
        (r"\blikod\b", "back"),
        (r"\b(?:pwet|puwet)\b", "butt"),
        (r"\b(leg|legs|back|butt|bladder)\s+ko\b", r"my \1"),
        (r"\b(?:goes\s+down\s+to)\s+(leg)\b", r"goes down to my \1"),
        # German: "untenrum nix gespürt, total taub", "so einen Stich im unteren Rücken", "beide Beine kribbeln".
        (r"\b(?:untenrum|untenherum|im\s+intimbereich|im\s+schritt)\b", "down there"),
        (r"\b(?:nix|nichts)\s+(?:gespürt|gefühlt|mehr\s+gespürt)\b", "felt nothing"),
        # "taub" is deaf as well: "auf einem Ohr taub", "mein Opa ist taub" are no numbness.
        (r"\b((?:ohr|ohren)\b[^.!?]{0,30}?)\btaub\b", r"\1deaf"),
        (r"\b(opa|oma|vater|mutter|papa|mama|nachbar\w*|trainer\w*)\s+ist\s+(?:fast\s+|halb\s+)?taub\b", r"\1 is deaf"),
        (r"\btaub\b(?![^.!?]{0,40}\b(?:ohr|ohren|gehör))", "numb"),
        (r"\b(?:im\s+)?unteren\s+rücken\b", "in my lower back"),
        (r"\b(?:mein\s+|der\s+|im\s+)?rücken\b", "my back"),
        (r"\b(?:tut|tun)\s+weh\b", "hurts"),
        (r"\bschmerz(?:en)?\b", "pain"),
        (r"\b(?:einen\s+)?(?:richtigen\s+)?stich\b", "a stab"),
        (r"\bstechend\w*", "stabbing"),
        (r"\bgespürt\b", "felt"),
        (r"\bbeide\s+beine\b", "both legs"),
        (r"\bbeine\b", "legs"),
        (r"\bkribbel\w*", "tingling"),
        (r"\b(?:immer\s+schlimmer|jede\s+stunde\s+schlimmer|stündlich\s+schlimmer)\b", "getting worse"),
        (r"\bpinkeln\b|\bpissen\b", "pee"),
        (r"\b(?:aufs\s+|auf\s+(?:die|der)\s+)?(?:klo|toilette)\b", "the toilet"),
        (r"\bkommt\s+nichts(?:\s+raus)?\b|\bnichts\s+kommt(?:\s+raus)?\b", "nothing comes out"),
        (r"\bharnblase\b|\bblase\b(?=[^.!?]{0,40}\b(?:voll|pinkeln|pee|klo|toilet))", "bladder"),
        (r"\bleiste\b", "groin"),
        (r"\b(?:ein\s+)?knack(?:s|en)?\b", "a crack"),
        (
            r"\b(?:spür'?s|spüre\s+es|spür\s+es)\s+nur\s+vorne\s+im\s+oberschenkel\b",
            "feel it only in the front of my thigh",
        ),
        (r"\boberschenkel\b", "thigh"),
        (r"\bquads\s+brennen\b", "quads burn"),
        (r"\bpo\s+gar\s+nicht\b", "butt not at all"),
        # French: "j'ai une nouvelle douleur en bas du dos", "un peu mal à la nuque", "les deux jambes engourdies".
        (r"\b(?:jamais\s+eu|pas\s+eu)\s+mal\s+au\s+dos\b", "never had back pain"),
        (r"\bmal\s+au\s+dos\b", "back pain"),
        (r"\ben\s+bas\s+du\s+dos\b|\bau\s+bas\s+du\s+dos\b|\bbas\s+du\s+dos\b", "in my lower back"),
        (r"\b(?:j'?ai\s+)?une\s+nouvelle\s+douleur\b", "i have a new pain"),
        (r"\bdouleurs?\b", "pain"),
        (r"\b(?:j'?ai\s+)?un\s+peu\s+mal\s+[àa]\s+la\s+nuque\b", "i have a bit of neck pain"),
        (r"\bmal\s+[àa]\s+la\s+nuque\b", "neck pain"),
        (r"\bnuque\b", "neck"),
        (r"\bles\s+deux\s+jambes\b", "both legs"),
        (r"\bjambes\b", "legs"),
        (r"\bjambe\b", "leg"),
        (r"\b(?:engourdi|endormi)(?:e|s|es)?\b", "numb"),
        (r"\bfourmill\w*|\bdes\s+fourmis\b", "tingling"),
        (r"\bfaibles?\b", "weak"),
        (r"\bde\s+pire\s+en\s+pire\b", "worse and worse"),
        (r"\bvessie\b", "bladder"),
        (r"\b(?:uriner|faire\s+pipi|pipi)\b", "pee"),
        (r"\brien\s+ne\s+sort\b", "nothing comes out"),
        (r"\baine\b", "groin"),
        (r"\b(?:un\s+)?(?:craquement|crac)\b", "a crack"),
        # Hindi (romanised): "kamar ka dard ja hi nahi raha", "10 din ho gaye", "hip bones pe bahut dard".
        (r"\bkamar\b", "lower back"),
        (r"\bsunn\b", "numb"),
        (r"\b(bum|butt|gaand)\s+ke\s+neeche\b", r"under my \1"),
        (r"\b(\d+|das|dus)\s+din\b", r"\1 days"),
        (r"\b(?:ja\s+(?:hi\s+)?nahi\s+raha|nahi\s+ja\s+raha)\b", "won't go away"),
        (r"\b(?:bahut\s+)?dard\s+hota\s+hai\b", "hurts a lot"),
        (r"\bdard\b", "pain"),
        (r"\bneela\s+pad\s+gaya\b", "bruised"),
        (r"(?<=bones)\s+pe\b", " on"),
        # Turkish: "tuvalete gidemiyorum... hiçbir şey gelmiyor", "plate düştü bacağıma, dayanılmaz bir acı", "keskin
        # bir ağrı, bıçak gibi".
        (r"\btuvalete\s+gidemiyorum\b", "i can't go to the toilet"),
        (r"\bhiç(?:bir\s+şey)?\s+gelmiyor\b", "nothing comes out"),
        (r"\b(?:çiş|idrar)\w*", "pee"),
        (r"\bmesane\w*", "bladder"),
        (r"\bkaydı\b", "slipped and"),
        (r"\bdüştü\b", "fell on"),
        (r"\bbacağı(?:ma|m)\b|\bbacağım\w*", "my leg"),
        (r"\bkasığı(?:ma|m)\b|\bkasık\w*", "my groin"),
        (r"\biki\s+bacağım\w*", "both my legs"),
        (r"\bşişti\b", "it swelled up"),
        (r"\bdayanılmaz\b", "unbearable"),
        (r"\bçok\s+kötü\s+ağrıyor\b", "hurts really badly"),
        (r"\bağrıyor\b", "hurts"),
        (r"\b(?:acı|ağrı)\w*", "pain"),
        (r"\bkeskin\b", "sharp"),
        (r"\bbıçak\s+gibi\b", "like a knife"),
        (r"\buyuş\w*", "numb"),
        (r"\bkarıncalan\w*", "tingling"),
        # Polish: "ostry ból jak igła przy lockoucie", "sztanga wbija mi się w kości biodrowe", "hipotetycznie...
        # pytam z ciekawości".
        (r"\bhipotetycznie\b", "hypothetically"),
        (r"\bpytam\s+z\s+ciekawości\b", "just asking out of curiosity"),
        (r"\bsztanga\b", "the bar"),
        (r"\bwbija\s+mi\s+się\s+w\b", "digs into my"),
        (r"\bkości\s+biodrowe\b", "hip bones"),
        (r"\bpo\s+prostu\s+boli\b", "it just hurts"),
        (r"\bboli\b", "hurts"),
        (r"\bból\w*", "pain"),
        (r"\bostry\b", "sharp"),
        (r"\bjak\s+igła\b", "like a needle"),
        (r"\bprzy\b", "at"),
        (r"\btylko\s+z\s+(prawej|lewej)\s+strony\b", lambda m: f"only on the {_PL_SIDE[m.group(1)]} side"),
        (r"\bdrętwie\w*|\bzdrętwiał\w*|\bodrętwien\w*", "numb"),
        (r"\bmrowien\w*", "tingling"),
        (r"\bobie\s+nogi\b", "both legs"),
        (r"\bpęcherz\w*", "bladder"),
        (r"\bsika(?:ć|m)\b", "pee"),
        # Tagalog: "ang hina ng dalawang binti ko... parang bibigay", "nadulas ako... natumba with the bar", "hindi ko
        # na ma-hold yung ihi ko, tumutulo".
        (r"\bhindi\s+ko\s+na\s+ma-?\s*hold\b", "i can't hold"),
        (r"\byung\s+pee\s+ko\b", "my pee"),
        (r"\btumutulo\b", "dripping"),
        (r"\b(?:ang\s+)?hina\b", "weak"),
        (r"\bnanginginig\b", "shaking"),
        (r"\bparang\s+bibigay\b", "like they will give way"),
        (r"\bnadulas\b", "slipped"),
        (r"\bnatumba\b", "fell"),
        (r"\bbalakang\b", "hip"),
        (r"\bkonting\b", "a little"),
        (r"\bokay\s+naman\b", "okay"),
        (r"\bng\b", "of"),
        # French, Italian, German and Dutch written into English: "La barre me fait mal aux os du bassin", "douleur
        # atroce", "je sens plus rien", "Mi è caduto il bilanciere sul bacino", "Die Taubheit wandert", "Ik voel het in
        # mijn rug, niet in mijn kont".
        (r"\bdouleurs?\s+atroces?\b", "atrocious pain"),
        (r"\bje\s+(?:ne\s+)?sens\s+plus\s+rien\b", "i can't feel anything anymore"),
        (r"\bla\s+barre\b", "the bar"),
        (r"\bos\s+du\s+bassin\b", "hip bones"),
        (r"\bme\s+fait\s+mal\s+(?:aux?|à\s+la|à\s+l')\s*", "hurts my "),
        (r"\bon\s+fait\s+du\s+surplace\b", "no change"),
        (r"\btiraillements?\b", "pulling"),
        (r"\bmi\s+è\s+caduto\s+(?:il|la|lo)\s+(\w+)\s+(?:sul|sulla|sullo|su)\s+", r"the \1 fell on my "),
        (r"\bbilanciere\b", "barbell"),
        (r"\bbacino\b", "pelvis"),
        (r"\b(?:il\s+)?mal\s+di\s+schiena\b", "the back pain"),
        (r"\bnon\s+passa\b", "it does not go away"),
        (r"\bdurante\s+le\s+serie\b", "during the sets"),
        (r"\b(?:die\s+)?taubheit\s+wandert\b", "the numbness is spreading"),
        (r"\bkein\s+schmerz\b", "no pain"),
        # "keine Taubheit, keine Inkontinenz" denies them.
        (r"\bkeine?[nr]?\s+(?=taubheit|inkontinenz)", "no "),
        (r"\btaubheit\b", "numbness"),
        (r"\bkr(?:ä|ae)mpfe\b", "cramps"),
        (r"\bkrampf\b", "cramp"),
        (r"\bik\s+voel\s+het\s+in\s+mijn\s+rug\b", "i feel it in my back"),
        (r"\bniet\s+in\s+mijn\s+(?:kont|billen)\b", "not in my glutes"),
        # German: "mein rechtes Bein wird immer schwächer", "kein Gefühl mehr am Po und zwischen den Beinen", "vor zwei
        # Jahren Prostatakrebs, jetzt neuer Rückenschmerz", "die Technik korrigiert... immer noch da".
        (r"\bmein\s+(rechtes|linkes)\s+bein\b", lambda m: f"my {'right' if m.group(1) == 'rechtes' else 'left'} leg"),
        (r"\bbein\b", "leg"),
        (r"\bwird\s+immer\s+schwächer\b", "is getting weaker and weaker"),
        (
            r"\b(?:konnte|kann)\s+ich\s+nicht\s+mal\s+auf\s+(?:den\s+)?zehenspitzen\s+stehen\b",
            "i couldn't even stand on tiptoe",
        ),
        (r"\bheute\s+morgen\b", "this morning"),
        (r"\bseit\s+gestern\b", "since yesterday"),
        (r"\b\w*krebs\b", "cancer"),
        (r"\bvor\s+(zwei|drei|vier|fünf|\d+)\s+jahren\b", r"\1 years ago"),
        (r"\bjetzt\b", "now"),
        (r"\bneuer?\s+rückenschmerz(?:en)?\b", "new back pain"),
        (r"\brückenschmerz(?:en)?\b", "back pain"),
        (r"\b(?:ich\s+)?(?:hab|habe)\s+die\s+technik\s+korrigiert\b", "i corrected my technique"),
        (r"\bdas\s+gewicht\s+reduziert\b", "reduced the weight"),
        (r"\bimmer\s+noch\s+da\b", "still there"),
        (r"\baber\b", "but"),
        (r"\bkein\s+gefühl(?:\s+mehr)?\b", "no feeling"),
        (r"\bam\s+po\b", "in my butt"),
        (r"\bzwischen\s+den\s+beinen\b", "between my legs"),
        # French: "depuis 10 jours j'ai mal aux lombaires", "un coup de jus dans la fesse qui descend jusqu'au mollet",
        # "j'ai plus de sensation à l'intérieur des cuisses".
        (r"\bdepuis\s+(\d+|deux|trois|quatre|cinq)\s+jours\b", r"for \1 days"),
        (r"\bj'?ai\s+mal\s+aux\s+lombaires\b", "my lower back hurts"),
        (r"\blombaires\b", "lower back"),
        (r"\bjamais\s+eu\s+ça\s+avant\b", "never had this before"),
        (r"\b(?:j'?ai\s+pris\s+)?un\s+coup\s+de\s+jus\b", "i got an electric shock"),
        (r"\bdans\s+la\s+fesse\b", "in my buttock"),
        (r"\bqui\s+descend\s+jusqu'?(?:au|à\s+la|aux)\b", "that goes down to my"),
        (r"\bmollet\b", "calf"),
        (r"\bj'?ai\s+mal\b", "i have pain"),
        (r"\bça\s+(?:ne\s+)?passe\s+pas\b", "it won't go away"),
        (r"\bmalgré\s+le\s+repos\b", "despite rest"),
        (r"\b(?:j'?ai|je\s+n'?ai)\s+plus\s+(?:de|aucune)\s+sensation\b", "i have no sensation"),
        (r"\bà\s+l'?intérieur\s+des\s+cuisses\b", "on the inside of my thighs"),
        (r"\bcuisses\b", "thighs"),
        # Spanish: "no sienta cuando tengo que orinar", "mi hermana me dice que no siente nada entre las piernas",
        # "sigue doliendo igual en la zona lumbar".
        (r"\bno\s+sienta\b", "i can't feel"),
        (r"\btengo\s+que\s+(?=pee|ir\b|hacer\b)", "i need to "),
        (rf"\bdesde\s+el\s+({'|'.join(_ES_DAYS)})\b", lambda m: f"since {_ES_DAYS[m.group(1)]}"),
        (r"\bdesde\s+(?:la\s+sesión\s+de\s+)?ayer\b", "since yesterday"),
        (r"\bayer\b", "yesterday"),
        (rf"\bmi\s+({'|'.join(_ES_FAMILY)})\b", lambda m: f"my {_ES_FAMILY[m.group(1)]}"),
        (r"\bme\s+dice\s+que\b", "tells me"),
        (r"\bno\s+siente\s+nada\b", "can't feel anything"),
        (r"\bentre\s+las\s+piernas\b", "between the legs"),
        (r"\bentrepierna\b", "groin"),
        (r"\b(?:pernas|piernas)\b", "legs"),
        (r"\b(?:perna|pierna)\b", "leg"),
        (r"\bmi\s+(?=groin|back|leg|legs|hip|bum)\b", "my "),
        (r"\bsigue\s+doliendo\b", "still hurts"),
        (r"\baunque\b", "although"),
        (r"\bigual\b", "the same"),
        # Hindi (romanised): "mera client bol raha hai ki usko har rep pe sharp pain ho raha hai", "kuch leak ho gaya
        # tha pants mein, mujhe pata bhi nahi chala", "1 saal pehle kamar mein dard tha, physio ke baad gayab".
        (r"\bmer[ai]\b", "my"),
        # "left leg ka numbness badhta hi ja raha hai, pehle sirf toe tha, ab poori calf aur thigh bhi": spreading;
        # "weight bina try kiye 6 kilo kam ho gaya": lost without trying; "dard neeche leg tak jaata hai": down the leg.
        (r"\b(?:ke|ki)\s+baad\s+se\b", "since"),
        (r"\bka\s+(?=numbness|dard|pain|tingling)", ""),
        (r"\bbadh(?:ta|ti)\s+(?:hi\s+)?ja\s+rah[ai]\s+hai\b", "keeps getting worse"),
        (r"\bpehle\s+sirf\s+(\w+)\s+tha\b", r"at first only the \1"),
        (r"\bab\s+poori\b", "now the whole"),
        (r"\bbina\s+try\s+kiye\s+(\d+)\s*kilo\s+kam\s+ho\s+gay[ae]\b", r"lost \1 kilos without trying"),
        (r"\b(\d+)\s*kilo\s+kam\s+ho\s+gay[ae]\b", r"lost \1 kilos"),
        (r"\bbina\s+try\s+kiye\b", "without trying"),
        (r"\b(?:dard|pain)\s+neeche\s+(\w+)\s+tak\s+jaata\s+hai\b", r"pain goes down to my \1"),
        (r"\bdard\b", "pain"),
        (r"\bcurrent\s+jaisa\b", "an electric current"),
        (r"\baur\b", "and"),
        # Spanish in an English message: "la barra rolled off the pad y me pegó en la cadera"; "cansancio" is tiredness.
        (r"\bla\s+barra\b", "the bar"),
        (r"\by\s+me\s+peg[oó]\s+en\s+la\s+cadera\b", "and it hit my hip"),
        (r"\bme\s+peg[oó]\b", "it hit me"),
        (r"\bcansancio\b", "tiredness"),
        (r"\bjaja\w*\b", "haha"),
        (r"\b(?:bol|keh)\s+rah[ai]\s+hai\s+ki\b", "says"),
        (r"\busko\b", "he has"),
        (r"\bhar\s+rep\s+pe\b", "on every rep"),
        (r"\bho\s+raha\s+hai\b", ""),
        (r"\b(lower\s+back|hips?|pants|back|legs?|knees?)\s+mein\b", r"in my \1"),
        (r"\babhi\s+bhi\b", "still"),
        (r"\bleak\s+ho\s+gaya\b", "leaked"),
        (r"\bmujhe\s+pata\s+bhi\s+nahi\s+chala\b", "i didn't even notice"),
        (r"\bthoda\s+thoda\b", "a little"),
        (r"\b(\d+|ek|do|teen)\s+saal\s+pehle\b", r"\1 years ago"),
        (r"\bpain\s+tha\b", "had pain"),
        (r"\bphysio\s+ke\s+baad\s+gayab\b", "gone after physio"),
        (r"\bab\s+koi\s+problem\s+nahi\b", "no problem now"),
        # Form problems in the same languages: the quads or the back doing the work, the bar on the hip bones, a pulled
        # neck, cramping hamstrings, stiffness that settles, and the good kind of sore.
        (r"\bnararamdaman\s+ko\s+sa\s+(\w+)\s+ko\b", r"i feel it in my \1"),
        (r"\bhindi\s+sa\s+(glutes?|pwet|puwet|butt)\b", r"not in my \1"),
        (r"\b(?:yung\s+)?magandang\s+pain\b", "the good kind of soreness"),
        (r"\bzwickt\s+es\s+leicht\b", "it aches slightly"),
        (r"\bgeht\s+nach\s+dem\s+satz\s+weg\b", "goes away after the set"),
        (r"\b(?:ziehen|zieht)\s+im\s+kreuz\b", "a pulling ache in my lower back"),
        (r"\bheute\s+früh\s+noch\b", "still this morning"),
        (r"\bla\s+barre\b", "the bar"),
        (r"\bme\s+fait\s+(?:super\s+|très\s+)?mal\b", "really hurts"),
        (r"\b(?:aux\s+)?os\s+des\s+hanches\b", "my hip bones"),
        (r"\bje\s+(?:ne\s+)?sens\s+rien\s+dans\s+les\s+fessiers\b", "i feel nothing in my glutes"),
        (r"\bfessiers\b", "glutes"),
        (r"\bça\s+tire\s+dans\s+le\s+cou\b", "my neck pulls"),
        (r"\bun\s+peu\s+de\s+raideur\b", "a bit of stiffness"),
        (r"\bpain\s+aiguë\b", "sharp pain"),
        (r"\bdans\s+les\s+vidéos\s+ils\s+disent\s+que\b", "in the videos they say that"),
        (r"\bsi\s+tu\s+as\b", "if you have"),
        (r"\bczuję\s+to\s+(?:głównie\s+)?w\s+czworogłowych\b", "i feel it mostly in my quads"),
        (r"\buda\s+palą\b", "my thighs burn"),
        (r"\bpośladki\s+nic\b", "glutes nothing"),
        (r"\bbiorą\s+całą\s+robotę\b", "do all the work"),
        (r"\bpain\s*\?\s*(?:zero|none|nope|nah|no|0)\b", "no pain"),
        (r"\bdukh\s+raha(?:\s+hai)?\b", "hurts"),
        (r"\bbelim\b", "my lower back"),
        (r"\bbiraz\s+gergin(?:\s+oluyor)?\b", "gets a bit tight"),
        (r"\bset\s+sonunda\b", "at the end of the set"),
        (r"\b(\d+)\s+dk\s+sonra\b", r"\1 min later"),
        (r"\bdüştüm\b", "i fell"),
        (r"\bme\s+dolía\b", "hurt"),
        (r"\bdonde\s+va\s+la\s+barra\b", "where the bar sits"),
        (r"\bhoy\s+sigue\s+un\s+poco\s+morad[oa]\b", "today it is still a bit bruised"),
        (r"\blo\s+i\s+feel\s+más\s+en\b", "i feel it more in"),
        (r"\bque\s+en\s+los\s+glúteos\b", "than in my glutes"),
        (r"\bmis\s+isquios\s+se\s+acalambran\b", "my hamstrings cramp"),
    )
)
# Numb as a mood, not a body: "the news left me numb", "emotionally numb", "mind-numbing".
_FIGURATIVE_NUMB = re.compile(
    r"\b(?:(?:left|leaves|leaving|leave)\s+me\s+(?:(?:feeling|kind\s+of|kinda|a\s+bit|totally|completely)\s+)?numb|"
    r"emotionally\s+numb|numb\s+about\s+(?:the\s+whole\s+thing|it\s+all|everything|it|this)\b|numb\s+(?:with|from)\s+(?:shock|grief|fear|sadness|boredom|the\s+news)|"
    # Numb to a feeling that is no sensation: "numb to the hunger", "numb to the pain of failure"; "numb to the touch"
    # is one.
    r"numb\s+to\s+(?:the\s+|my\s+|all\s+(?:the\s+)?)?(?:\w+\s+)?(?:needles|injections|jabs|shots)\b|"
    r"numb\s+to\s+(?:the\s+|my\s+|all\s+(?:the\s+)?)?(?:hunger|cravings?|pain\s+of\s+(?:failure|failing|losing|defeat|rejection|"
    r"missing\s+\w+)|failure|disappointment|criticism|comments|rejection|heartbreak|stress|it\s+all|the\s+whole\s+thing)\b|"
    # A hardened person, not a numb body part: "I'm numb to pain after 15 years on the job".
    r"(?<=i'm\s)(?:\w+\s+)?numb\s+to\s+(?:the\s+)?pain\b|(?<=i\sam\s)(?:\w+\s+)?numb\s+to\s+(?:the\s+)?pain\b|"
    r"numb\s+to\s+(?:the\s+)?pain\s+(?:after|by\s+now|these\s+days)\b|"
    r"tingl\w*\s+(?:of|with)\s+(?:joy|excitement|pride|happiness|anticipation|delight|nerves)\b|"
    r"mind[\s-]?numb\w*|numbingly|numb(?:ing|s|ed)\s+(?:my|the|your|our)\s+(?:brain|mind|head)\b|numb[\s-]brain\w*|\b(?:brain|mind|head)\s+(?:is\s+|feels\s+|goes\s+|go\s+|went\s+|gets\s+)?(?:completely\s+|totally\s+)?numb\b|"
    # Money numb: "only my wallet numb after buying the membership".
    r"\b(?:wallet|bank\s+account|bank\s+balance|purse|credit\s+card)\s+(?:is\s+|feels\s+|went\s+|gone\s+)?(?:completely\s+|totally\s+)?numb\b|"
    # "the only numbness is my brain after 5 sets".
    r"numb(?:ness)?(?:\s+(?:thing|part|bit|one))?\s+(?:is\s+|was\s+)?(?:in\s+)?(?:my\s+)?(?:brain|mind|head)\b|"
    r"(?<=💪\s)buzz\w*|(?<=🎉\s)buzz\w*|buzz(?:ing|in'?)(?=\s*(?:💪|🎉))|"
    # Buzzing as a mood: "pure buzzin", "I'm buzzing for next week".
    r"(?:pure|well|proper|so|absolutely|totally|dead|really|i'?m|im|am|was|feeling|still)\s+buzz(?:in'?|ing|ed)"
    r"(?!\s+(?:in|down|through|along|on|around|at)\b)|(?:^|(?<=[.!?,]\s))buzz(?:in'?|ing)\b(?=\s*(?:$|[,.!]|for|to|about|after))|"
    r"buzz(?:in'?|ing)\s+(?:for|about)\b)\b"
)

# When the user trains, not when it hurts: "with two kids I train late at night" is a schedule. Night pain is pain
# at night or at rest, so the time of a session is said without the word the night-pain rule listens for.
_TRAINING_AT_NIGHT = re.compile(
    r"\b((?:train(?:s|ed|ing)?|work(?:s|ed|ing)?\s+out|workouts?|lift(?:s|ed|ing)?|gym|sessions?|thrust(?:s|ed|ing)?|"
    r"exercis\w*)(?:\s+[\w']+){0,2}?)\s+(?:late\s+)?(?:at|in\s+the|during\s+the)\s+night\b"
)

# Dialect "me" for "my" (UK, Irish, Australian): "both me legs", "in me lower back than me glutes". Only before a body
# part, and not before an exercise named after one ("showed me glute bridges"). "me back" only where it cannot be the
# adverb ("call me back"): after a verb of hurting or a preposition, or with "lower" or a verb after it.
_ME_BACK_AFTER = (
    "on", "in", "hurt", "hurts", "tweaked", "did", "done", "pulled", "strained", "put", "threw", "twisted", "wrecked",
    "stuffed", "and", "both", "feel", "felt",
)  # fmt: skip
_ME_BODY_PART = re.compile(
    r"\bme\s+(?=(?:lower\s+|low\s+|left\s+|right\s+|poor\s+|whole\s+|two\s+)?(?:legs?|feet|foot|knees?|hips?|glutes?|bum|"
    r"arse|ass|butt|backside|hamstrings?|hammies|quads?|thighs?|calf|calves|neck|shins?|ankles?|toes?|groin|bits|"
    r"(?:lower|low)\s+back)\b(?!\s+(?:bridges?|kickbacks?|thrusts?|day|press|curls?|extensions?|raises?|exercises?|"
    r"workouts?|routines?|drills?|stretch\w*|squats?|machine|of)\b))|"
    # Python's lookbehind is fixed-width: one per word.
    + "".join(rf"(?<=\b{w}\s)me\s+(?=back\b)|" for w in _ME_BACK_AFTER)
    + r"\bme\s+(?=back(?:'s|\s+(?:is|was|has|hurts?|aches?|went|gone|feels?|killing|kills|keeps)\b))"
)
# Since one weekday, and now another: "aching since saturday. it's wednesday". The days between are how long it lasted.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAME = "(" + "|".join(_WEEKDAYS) + ")"
_SINCE_DAY_NOW_DAY = re.compile(
    rf"\bsince\s+(?:last\s+)?{_WEEKDAY_NAME}\b[^?]{{0,60}}?\b(?:it'?s|its|it\s+is|today\s+is|today'?s)\s+(?:now\s+)?"
    rf"{_WEEKDAY_NAME}\b"
)


def _days_since(m: re.Match[str]) -> str:
    days = (_WEEKDAYS.index(m.group(2)) - _WEEKDAYS.index(m.group(1))) % 7
    return f"{m.group(0)}, {days} days now" if days >= 2 else m.group(0)


# The same with dates in one month, day or month first: "back pain since 11/2, it's 15/2 now".
_SINCE_DATE_NOW_DATE = re.compile(
    r"\bsince\s+(\d{1,2})[/.](\d{1,2})\b[^?]{0,60}?\b(?:it'?s|its|it\s+is|today\s+is|today'?s)\s+(?:now\s+)?"
    r"(\d{1,2})[/.](\d{1,2})\b"
)


def _days_since_date(m: re.Match[str]) -> str:
    first, second, now_first, now_second = (int(m.group(i)) for i in range(1, 5))
    days = 0
    if second == now_second:  # day first, one month: 11/2 to 15/2
        days = now_first - first
    elif first == now_first:  # month first: 2/11 to 2/15
        days = now_second - second
    return f"{m.group(0)}, {days} days now" if 2 <= days <= 31 else m.group(0)


# A weekday cut short after a word that dates it: "sore since last thurs, its now tues". Alone, "sat" and "sun" are
# other words.
_WEEKDAYS_SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday",
                   "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday",
                   "sun": "sunday"}  # fmt: skip
_WEEKDAY_SHORT = re.compile(
    r"\b(last|since|on|this|next|till|until|by|from|(?:it'?s|its|it\s+is)\s+now)\s+(mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b(?!')"
)
# Scots "no" for "not" before a past participle: "I've no had a pee since last night" is "I haven't had a pee"; left
# alone, the "no" reads as a denial. "oot" is "out" ("nothing comes oot").
# Phonetic spellings and autocorrect slips: "i feel it in my bak more then my bum", "gluts dont feel nuthin", "a
# tinkling feeling down my leg" (tingling), "hamstrings camp up" (cramp), and the double negative "dont have no feelin".
_PHONETIC = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"\bbak\b", "back"),
        (r"\blowerback\b", "lower back"),
        # A "fizzy pump" in the glutes is the pump.
        (r"\bfizz(?:y|ing)\s+pump\b", "pump"),
        (r"\bhipthrust(s|ing)?\b", r"hip thrust\1"),
        (r"\blowr\b", "lower"),
        (r"\bgluts\b", "glutes"),
        (r"\bbut\s+chee?kes?\b", "butt cheeks"),
        (r"\bnuthin\b", "nothing"),
        # Typed in a hurry: "groin went num", "tryd to p after gym", "cant hold my p", "my parts r num", "last yr",
        # "bak pain at nite", "hammy cramps".
        (r"\bnum\b(?!\s*(?:of|reps?|sets?|\d))", "numb"),
        (r"\b(to|can'?t|cant|cannot|couldn'?t|couldnt|need\s+to|have\s+to|gotta|wanna|hold\s+(?:my|in\s+my|the)|for\s+a)\s+p\b"
         r"(?![/.'&])", r"\1 pee"),
        (r"(?<=\w)\s+r\s+(?=(?:numb\w*|tingl\w*|sore|weak|dead|asleep|ok|okay|fine|normal|killing|going|getting|still|so|"
         r"really|very|totally|completely|kinda|bad)\b)", " are "),
        (r"\btryd\b", "tried"),
        (r"\bh(?:a)?vn'?t\b", "haven't"),
        # Autocorrect's real words for the signs: "numbers between my legs", "sitting on a sadly", "her sadly area".
        (r"\bnumbers\s+(?=(?:in|between|down|around|on|across|through)\s+(?:my|both|the|her|his|their)\s+(?:\w+\s+){0,2}?"
         r"(?:legs?(?!\s+(?:day|press|workout|session))|thighs?|groin|feet|foot|toes?|bum|butt|crotch|privates|saddle|sadly|"
         r"bits|glutes?|calf|calves|shins?)\b)", "numbness "),
        (r"\b(my|her|his|the|a|their|your)\s+sadly\b(?=\s+(?:area|region|zone|bit|part|numb\w*|feels?|felt|went|gone|"
         r"is|was|thats|that's|has)\b)", r"\1 saddle"),
        (r"\bsadly\s+(?=(?:area|region)\b)", "saddle "),
        (r"\byr\b", "year"),
        # "I'm 26 weeks and..." is how far along a pregnancy is, not how long a pain has lasted.
        (r"\b(i'?m|im|i\s+am)\s+(\d{1,2})\s+weeks\b(?!\s+(?:in|into|of|out|post|after|since|off|clean|now\s+(?:with|since)|"
         r"pregnant|along|pp|postpartum|post-?partum)\b)", r"\1 \2 weeks pregnant"),
        # "haven't been able to pass water since this morning".
        (r"\bpass\s+(?:water|urine)\b", "pee"),
        (r"\bpassing\s+(?:water|urine)\b", "peeing"),
        (r"\bpassed\s+(?:water|urine)\b", "peed"),
        (r"\b(h|sh)es\b", r"\1e's"),
        (r"\byrs\b", "years"),
        (r"\bnite\b", "night"),
        (r"\bshld\b", "should"),
        (r"\bmy\s+(mate|friend|buddy|partner|wife|husband|sister|brother|client|gf|bf|girlfriend|boyfriend|son|daughter|dad|"
         r"mum|mom)s\s+(?=(?:left\s+|right\s+)?(?:leg|legs|back|foot|feet|thigh|thighs|groin|hip|hips|butt|bum|glutes?|knees?)\b)",
         r"my \1's "),
        (r"\bhamm(?:y|ie)\b", "hamstring"),
        (r"\bhammys\b", "hammies"),
        (r"\bfeelin\b", "feeling"),
        (r"\bmore\s+then\b", "more than"),
        # Voice typing: "more in my lower back then my glutes", "trying to pea for hours", "sigh attica down my leg".
        (r"\b(more|less)\s+((?:in|on|through|into)\s+(?:my|the)\s+(?:\w+\s+){0,2}?)then\s+(?=(?:my|the|in|on)\b)",
         r"\1 \2than "),
        (r"\b(to|can'?t|cannot|cant|couldn'?t|couldnt|could\s+not|need\s+to|have\s+to|go|gotta|wanna)\s+pea\b",
         r"\1 pee"),
        (r"\b(?:sigh|sci|psy|sy|si)\s?(?:attica|atica|attic\s+a)\b", "sciatica"),
        (r"\btinkl(?:ing|ey|y)\s+(?=feeling|sensation|down|in\s+my)", "tingling "),
        (r"\bcamp(s|ed|ing)?\s+up\b", r"cramp\1 up"),
        # Glutes "asleep" are glutes not working, not numb.
        (r"\b(glutes?|butt|bum)\s+(?:are|is|were|was)\s+(?:still\s+|just\s+)?asleep\b", r"\1 are not working"),
        # The same in a second language: "feel it in lower back more and more, glute no feeling". A skin that cannot
        # feel a touch or a seat is numbness still.
        (r"\b(glutes?)\s+(?:no|not|nothing)\s+feel(?:ing)?\b(?!\s+(?:when|to|on|the|my|a|anything\s+when)\b)",
         r"\1 are not working"),
        (r"\b(?:don'?t|dont|do\s+not|didn'?t|didnt|ain'?t|aint)\s+(have|has|got|feel)\s+(?=no\b)", r"\1 "),
        # Texting shorthand: "felt smth tear", "lost 10 lbs w/o trying", "sweats n fever", "lil ache", "better w rest".
        (r"\b(?:smth|sth|smthn|somethin|sumthin)\b", "something"),
        (r"\bw/o\b", "without"),
        (r"\bw/(?=\s|\w)|\bw\s+(?=(?:rest|ice|heat|stretch\w*|time|sleep)\b)", "with "),
        (r"(?<=\w)\s+n\s+(?=\w)", " and "),
        (r"\blil\b", "little"),
        # Period pain is its own, known thing, not a training pain: "period cramps today, ok to thrust?".
        (r"\b(period|menstrual|menstruation)\s+(?:cramps?|cramping|pains?)\b", r"\1 days"),
        # The bar pressing on the hip bones, said strongly: "hip bones getting smashed by the bar".
        (r"\b(hips?|hip\s*bones?)\s+(?:are\s+|is\s+)?(?:getting|get|gets|got)\s+(?:smashed|crushed|destroyed|wrecked|"
         r"murdered|mashed|hammered)\s+by\s+the\s+(bar|barbell)\b", r"\1 hurt by the \2"),
        # Skin caught under the bar is no pinched nerve: "loose skin gets pinched between the bar and my hip bones".
        (r"\b(skin|fat|belly|stomach|tummy|flab|apron)\s+(gets\s+|got\s+|getting\s+|is\s+|was\s+|keeps\s+getting\s+)?"
         r"(?:pinch(?:ed|es|ing)?|nipped|trapped)\b", r"\1 \2caught"),
        # The head held on the bench through the set, not a pain all the time: "head was pressed to the bench all the
        # time".
        (r"\b((?:head|neck|chin)\s+(?:was|is|were|stayed|kept)\s+(?:\w+\s+)?(?:pressed|pushed|jammed|flat|down)\s+"
         r"(?:in)?(?:to|on|against)\s+the\s+(?:bench|box|pad))\s+all\s+the\s+time\b", r"\1 through the set"),
        # A fear of the bar falling is no fall: "I'm scared the bar will fall on me".
        (r"\b(scared|afraid|worried|terrified|nervous|anxious|paranoid)\s+(?:that\s+)?(?:the\s+)?(bar|barbell|weight|plates?|bench)\s+"
         r"(?:will|would|might|could|'ll|is\s+going\s+to|is\s+gonna)\s+(?:fall|drop|slip|roll|land|tip|come\s+down)\w*\s+"
         r"(?:on|onto)\s+me\b", r"\1 about the \2"),
        # Other people screaming are noise, not pain: "kids were screaming, stopped there".
        (r"\b(kids?|children|baby|toddler|dogs?|neighbou?rs?|crowd)\s+(was|were|is|are|kept|started)\s+screaming\b",
         r"\1 \2 loud"),
        # Someone else on the sofa is where they sat, no pain at rest: "kid was on the sofa watching".
        (r"\b(kids?|children|son|daughter|toddler|baby|dog|cat|partner|husband|wife|boyfriend|girlfriend)\s+(was|were|is|are)\s+"
         r"(?:sat\s+|sitting\s+|lying\s+|curled\s+up\s+)?on\s+the\s+(?:sofa|couch|settee)\b", r"\1 \2 nearby"),
        # A burn called killer is a big burn: "killer glute burn on the last set".
        (r"\bkiller\s+((?:glute\s+|butt\s+|booty\s+)?(?:burn|pump))\b", r"big \1"),
        (r"\b(burn|pump)\b([^.!?]{0,25}?)\blike\s+(?:they|it)\s+(?:were|was)\s+screaming\b",
         r"\1\2 like they were working hard"),
        # Told to put the bar down is told to stop, not a dropped bar: "coach made me drop the bar".
        (r"\b(made|make|makes|told|tells|had)\s+(me|us|her|him|them)\s+(?:to\s+)?drop\s+(?:the\s+)?(bar|barbell)\b"
         r"(?!\s+(?:on|onto)\b)", r"\1 \2 rack the \3"),
        # A worry, not a pain: "I'm scared I'll hurt myself", "afraid of hurting my back".
        (r"\b(scared|afraid|worried|nervous|terrified|paranoid)\s+(?:that\s+)?(?:i'?ll|i\s+will|i\s+might|i'?d|i\s+could|"
         r"of)\s+(?:hurt(?:ing)?|injur(?:e|ing))\s+(?:myself|my\s+back|something)\b", r"\1 about it"),
        (r"\b(scared|afraid|worried|nervous|terrified|paranoid)\s+(?:about|of)\s+(?:getting\s+(?:hurt|injured)|"
         r"hurting\s+(?:herself|himself|myself|themselves)|injur(?:y|ies|ing\s+\w+self))\b", r"\1 about it"),
        # A stretch, not the knees: "did the knees to chest stretch lying down".
        (r"\bknees?[\s-]+to[\s-]+(?:my\s+|the\s+)?chest(?:\s+stretch)?(?:\s+(?:while\s+)?lying\s+(?:down|on\s+(?:my|the)\s+"
         r"(?:back|floor)))?\b", "stretch"),
        # Pain slang: "low back was 'slightly spicy' during thrusts".
        (r"\b((?:lower\s+|low\s+)?back|glutes?|hips?|knees?|neck|hamstrings?)\s+(was|is|felt|feels|got|gets)\s+['\"]?"
         r"(?:slightly\s+|a\s+(?:bit|little|tad)\s+|kinda\s+|kind\s+of\s+)?spicy\b['\"]?", r"\1 \2 a bit achy"),
        # "RIP my glutes" is a joke about soreness, not a rip.
        (r"\brip\s+(?=(?:my|me|the)\s+(?:glutes?|legs?|butt|bum|booty|hamstrings?|quads?|body)\b)", "farewell to "),
        # A rating of the lift, not of pain: "10/10 would thrust again".
        (r"\b10\s*/\s*10\s+would\b", "rated would"),
        # The idiom, about a chore: "pain in the arse finding a free bench", "loading plates is a pain in the neck".
        (r"\b(?:a\s+(?:real\s+|right\s+|total\s+|massive\s+)?)?pain\s+in\s+the\s+(?:arse|ass|butt|bum|backside|neck)\b"
         r"(?=\s+(?:finding|trying|getting|having|waiting|dealing|setting|loading|carrying|to\s+(?:find|get|set|load|carry|"
         r"move|wait))\b)|(?<=\bis\s)(?:a\s+(?:real\s+|right\s+|total\s+|massive\s+)?)pain\s+in\s+the\s+(?:arse|ass|butt|bum|"
         r"backside|neck)\b", "a hassle"),
    )
)
# Internet slang that reads as a denial: "not me losing control of my bladder at the gym 💀" says it happened, and
# "no cap" is "no lie".
_SLANG = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*not\s+me\s+(?=\w+ing\b)", " me "),
        (r"\bno\s+cap\b", "honestly"),
        # Dialect "me" for "my" before a person: "me mate dropped the bar on himself last year, he's grand now".
        (r"\bme\s+(?=(?:mate|mates|missus|missis|bro|brother|sister|sis|mum|mam|dad|da|old\s+man|old\s+lady|nan|nana|kids?|"
         r"partner|wife|husband|hubby|son|daughter|coach|boss|cousin|friend|pal|girlfriend|boyfriend|gf|bf|fella|"
         r"buddy|training\s+partner)\b)", "my "),
        # "gonna stab someone if they nick my bench" threatens a person; it is no stabbing pain.
        (r"\bstab(?=\s+(?:someone|somebody|anyone|everyone|people|him|her|them|you|u|whoever|the\s+(?:guy|bloke|dude|"
         r"person|next))\b)", "attack"),
        # "bloody hurts" is "really hurts": the intensifier, not blood.
        (r"\bbloody\s+(?!(?:urine|pee|wee|stool|stools|poo|poop|discharge|nose|mucus|cough|sputum|vomit|sick|spit|saliva|"
         r"show|mess|tissue|towel|scab|graze|cut|knee|lip|wound|bandage|socks?|sheets?|mark|marks|patch|lump)\b)",
         "really "),
        # A watch or phone that buzzed alerted; it is no tingling: "watch buzzed for high HR".
        (r"\b(watch|phone|fitbit|garmin|whoop|oura|tracker|alarm|timer|app|band|ring)(\s+(?:\w+\s+)?)buzz(?:ed|es|ing|in'?)?\b",
         r"\1\2alerted"),
        # Names for oneself, not numbness: "numbskull me forgot my belt".
        (r"\bnumb(?:skull|nuts|nut)s?\b", "idiot"),
        # Numbness from the bike saddle is numbness where one sits.
        (r"\b(?:cycling|bike|bicycle)\s+numbness\b", "saddle numbness"),
        # A meme's farewell: "my glutes have left the chat" have gone; "rip my dignity" mourns no tear.
        (r"\b(has|have|had)\s+(?:officially\s+|just\s+|completely\s+)?left\s+the\s+(?:chat|building|group\s*chat)\b",
         r"\1 gone"),
        (r"\brip\s+(?=(?:my|me|to\s+my|our)\s+(?:dignity|pride|ego|wallet|bank\s+account|social\s+life|sleep|streak|plans|"
         r"reputation|feed|phone|self[\s-]?esteem|confidence)\b)", "goodbye "),
        # "RIP." on its own, or before an emoji or a laugh, mourns a thing: "found my pad chewed under the couch. RIP."
        (r"(?:^|(?<=[.!?,]\s)|(?<=[.!?,]))\s*rip\b(?=\s*(?:[.!]|$|[\U0001F300-\U0001FAFF\u2620\u26b0]|(?:lol|haha|lmao)\b))",
         "goodbye"),
        # A feeling gone as the thing before it went: "my glutes have left the chat and so has the feeling in my taint".
        (r"\b(gone|left|disappeared|vanished|quit|died)\b([^.!?]{0,60}?)\band\s+so\s+(?:has|have|did)\s+(?=the\s+(?:feeling|"
         r"sensation)\b)", r"\1\2 and i lost "),
    )
)
# What a side letter may stand before: "L glute", "R leg", not "5 l of water" or "r u ok".
_SIDE_LETTER_PART = (
    r"(?:legs?|glutes?|side|foot|feet|thigh|calf|hamstring|hammy|hip|knee|buttock|butt\s+cheek|cheek|ankle|shin|toes?|"
    r"heel|quad|arm)\b"
)
# Clinicians' shorthand, as lifters who work in health write it: "saddle paresth since this AM", "hx breast ca", "LBP",
# "+SLR L", "saddle anaesth + retention", "sensation reduced inner thighs".
_CLINICAL_SHORTHAND = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"\bpar(?:a|ae|e)?sth?(?:s)?\b\.?", "paraesthesia"),
        (r"\bhyp(?:o|a)(?:a|e)?esth\b\.?", "hypoaesthesia"),
        (r"\ban(?:a|ae)?esth\b\.?", "anaesthesia"),
        (r"\bhx\b\.?", "history"),
        (r"\b(breast|prostate|lung|bowel|colon|skin|ovarian|thyroid|kidney|bone)\s+ca\b", r"\1 cancer"),
        (r"\blbp\b", "low back pain"),
        (r"\+\s*slr\b|\bslr\s*(?:pos(?:itive)?\b|\+)|\bpositive\s+slr\b", "positive straight leg raise"),
        (r"\bbilat\b\.?", "bilateral"),
        (r"\bql\b|\bquadratus\s+lumborum\b", "lower back muscle"),
        # The sides typed as letters: "R leg weak since Mon, now the L is going too", "burning line from my L glute".
        (rf"\bl\s+(?={_SIDE_LETTER_PART})", "left "),
        (rf"\br\s+(?={_SIDE_LETTER_PART})", "right "),
        (r"\bthe\s+l\b(?=\s+(?:is|one|has|was|too|now|went|goes|going|feels|side)\b)", "the left"),
        (r"\bthe\s+r\b(?=\s+(?:is|one|has|was|too|now|went|goes|going|feels|side)\b)", "the right"),
        (r"\b(sensation|feeling)\s+(reduced|decreased|diminished|dulled)\b", r"\2 \1"),
    )
)
# English translated word for word from another language: "it makes me bad in the kidneys" (hurts in the lower
# back), "the back complains", "I have ants in the leg" (tingling), "my leg is sleeping", "the thighs in front
# explode" (the quads), "Ich fühle es im Rücken, not in the Po".
_LITERAL_IDIOMS = tuple(
    (re.compile(pattern), meant)
    for pattern, meant in (
        (r"\b(?:makes?|made|is\s+making|are\s+making)\s+me\s+bad\s+(?:in|on|at)\s+(?:the|my)\s+", "hurts in my "),
        (r"\b(my|the)\s+(\w+)\s+(?:is|are|was|were)\s+making\s+me\s+bad\b", r"\1 \2 hurts"),
        (r"\b(?:in|on)\s+(?:the|my)\s+kidneys\b", "in my lower back"),
        (r"\bi\s+have\s+the\s+(?:sensation|feeling|impression)\s+(?:that\s+)?(?:the|my)\s+(?:kidneys|lower\s+back|back)\s+"
         r"(?:work|works|are\s+working|is\s+working|do\s+the\s+work|does\s+the\s+work)\b",
         "i feel it in my lower back"),
        (r"\bthe\s+kidneys\s+(?=(?:work|works|working|do|doing)\b)", "the lower back "),
        (r"\b(back|neck|knees?|hips?)\s+(still\s+)?(?:complains?|complained|complaining|protests?|protested)\b",
         r"\1 \2hurts"),
        (r"\b(?:have|got|feel|feeling|with)\s+(?:the\s+|some\s+|little\s+)?ants\s+(?=(?:in|on)\s+(?:my|the)\b)",
         "have tingling "),
        (r"\b(legs?|foot|feet|thighs?|toes|calf|calves)\s+(is|are|was|were)\s+(?:still\s+)?sleeping\b",
         r"\1 \2 asleep"),
        (r"\bi\s+have\s+the\s+(legs?|feet|foot)\s+sleeping\b", r"my \1 are asleep"),
        (r"\bthighs?\s+in\s+(?:the\s+)?front\b", "quads"),
        (r"\b(quads?)\s+(?:explode|explodes|exploding|exploded)\b", r"\1 burn"),
        (r"\b(?:the\s+)?(?:butt|bum|booty)\s+(?:does\s+|do\s+)?nothing\b", "the glutes do nothing"),
        (r"\bich\s+f(?:ü|ue|u)hle\s+es\s+(?:im|my)\b", "i feel it in my"),
        (r"\br(?:ü|ue)cken\b", "back"),
        (r"\b(?:im|in\s+the|in\s+den|in\s+my)\s+po\b", "in the glutes"),
    )
)
_SARCASTIC_NOT = re.compile(r"[^.!?\n]{1,80}?(?:\.{2,}|…|,)\s*not\s*[.!]+(?=\s|$)")
_RETRACTED = re.compile(
    r"^\s*([^.!?\n]{1,60}?)(?=(?:[.!?,]+|\s+-\s+)\s*(?:well|actually|nah|sorry|no\s+wait|wait|scratch\s+that)\b[,.]?\s+"
    r"(?:no\b[,.]?\s*)?(?:not\b|more\s+like\b|it'?s\s+not\b|it'?s\s+(?:more|the|just|actually)\b|i'?m\s+(?:being|just)\s+"
    r"(?:dramatic|joking|kidding)|just\s+(?:the|my|one)\b))"
)
# Scots spellings: "ma back's been giein me gyp fir near a fortnight noo, it hasnae settled", "sair", "jist", "daein".
_SCOTS_WORDS = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"\bma\s+(?=(?:lower\s+|low\s+|left\s+|right\s+)?(?:back|legs?|feet|knees?|hips?|glutes?|bum|arse|neck|quads?|thighs?|"
         r"hamstrings?)\b)",
         "my "),
        (r"\bgie(?:in|ing)\s+me\s+gyp\b|\bgiving\s+me\s+gyp\b", "hurting me"),
        (r"\bsair\b", "sore"),
        (r"\bah'?m\b", "i'm"),
        (r"\ba\s+wee\s+(?=(?:bit|twinge|ache|niggle|pain|tweak|stiff\w*|sore\w*)\b)", "a little "),
        (r"\bgnawin\b", "gnawing"),
        (r"\bah\s+(?=(?:pished|wis|woke|finally|got|had|felt|cannae|cannot|can|think|dunno|jist|never|nivver|am|hae|have|"
         r"wet|peed|feel|dinnae|don't)\b)", "i "),
        (r"\bpished\s+masel\b", "wet myself"),
        (r"\bmasel\b", "myself"),
        (r"\bnivver\b", "never"),
        (r"\bafore\b", "before"),
        (r"\ban\s+(?=never\b)", "and "),
        (r"\blouping\b", "throbbing"),
        (r"\bfer\b", "for"),
        (r"\bfower\b", "four"),
        (r"\beasin\s+aff\b", "easing off"),
        (r"\baff\b", "off"),
        (r"\bat\s+aw\b", "at all"),
        (r"\bhame\b", "home"),
        (r"\bfae\b", "from"),
        (r"\bthe\s+morn\s+efter\b", "the morning after"),
        (r"\befter\b", "after"),
        (r"\bnicht\b", "night"),
        (r"\bwis\b", "was"),
        (r"\btae\b", "to"),
        (r"\bmair\s+o\b", "more of"),
        (r"\bdoon\b", "down"),
        (r"\bower\s+ma\s+ain\s+fit\b", "over my own foot"),
        (r"\bower\b", "over"),
        # Scots "no" is "not" before how it feels: "it's no sore when ah'm movin".
        (r"\b(it'?s|i'?m|is|am)\s+no\s+(?=(?:sore|bad|great|right|well|good|easy|painful|better)\b)", r"\1 not "),
        (r"\bma\s+(?=bed\b)", "my "),
        (r"\bfir\b", "for"),
        (r"\bnoo\b", "now"),
        (r"\bjist\b", "just"),
        (r"\bdaein\b", "doing"),
        (r"\bhee\s+haw\b", "nothing"),
        (r"\bforrit\b", "forward"),
        (r"\b(has|is|was|does|did|could|would|can|will)nae\b", r"\1n't"),
        (r"\bnae\b", "no"),
        (r"\baw\s+(?=the\b)", "all "),
        (r"\b(shootin|nothin|anythin|somethin|mornin|evenin|achin|burnin|limpin|goin|movin|lyin|gnawin|startin|comin|draggin|"
         r"trippin|tinglin|easin|feelin|sittin|thrustin|liftin)\b", r"\1g"),
    )
)
_SCOTS_NOT = re.compile(
    r"\b(i|we|you|they|he|she|it)(?:('ve|\s+have)|'s|\s+has)\s+no\s+(?=(?:had|been|managed|got|felt|peed|passed|done)\b)"
)
# An effort rating is no pain score: "RPE 9/10", "effort was 9/10 which is what I want", "a 10/10 session". The
# number is replaced so neither the severity reader nor "9/10" as severe pain hears it; "pain 7/10" stays.
_SCORE = r"(?:10|[0-9](?:\.5)?|ten|nine|eight|seven|six|five)"
# Rated things that are not pain: the session, the pump, the programme ("the pump was 10/10", "rate it 10/10").
_RATED = r"(?:session|workout|pump|program\w*|leg\s+day|day|form|technique|vibes?)"
_GLUTE_SCORE = re.compile(
    r"\b((?:felt|feel|feeling|hit|hitting|activated|firing)\s+(?:it\s+|them\s+)?(?:in\s+)?(?:my\s+|the\s+)?"
    r"(?:glutes?|booty|butt|bum))\s+(\d{1,2})\s*(?:/|out\s+of)\s*10\b(?!\s*(?:pain\w*|hurt\w*|sore\w*|ach\w*))"
)
_BURN_SCORE = re.compile(
    r"\b\d{1,2}\s*(?:/|out\s+of)\s*10\s+(burn\w*|pump\w*)\b|\b(burn\w*|pump\w*)\s+(?:at\s+|of\s+|is\s+|was\s+|like\s+)?(?:an?\s+)?"
    r"\d{1,2}\s*(?:/|out\s+of)\s*10\b"
)
_PART_SCORE = re.compile(
    r"\b((?:lower\s+|low\s+)?back|glutes?|hips?|neck|knees?|hamstrings?)(?:'s|\s+is|\s+was|\s+at|\s+sits?\s+at)\s+"
    r"(?:like\s+|about\s+|around\s+|maybe\s+|still\s+|a\s+|an\s+|~)*([1-9]|10)\s*/\s*10\b"
)
_BARE_PART_SCORE = re.compile(
    r"\b((?:lower\s+|low\s+)?back|neck|knees?)\s+(?:like\s+|about\s+|around\s+|~)?([1-9]|10)\s*/\s*10\b"
)
_SCORE_IN_PART = re.compile(
    r"\s+(?:about\s+|like\s+|around\s+|maybe\s+|roughly\s+)?an?\s+(10|[1-9])\s+(?=in\s+(?:my|the)\s+(?:lower\s+|low\s+)?(?:back|"
    r"glutes?|hips?|neck|knees?|hamstrings?)\b)"
)
_EFFORT_SCORE = re.compile(
    rf"\b(rpe|rir|effort|exertion|difficulty)\s*(?:(?:level|rating|was|is|of|at|around|about|like|honestly|easily|"
    rf"solid|a|an)\s+|[:=-]\s*){{0,4}}{_SCORE}(?:\s*(?:/|out\s+of|outta)\s*10)?\b(?!\s*(?:kg|kgs|lbs?|reps?|%))|"
    rf"\b{_SCORE}\s*(?:/|out\s+of|outta)\s*10\s+(effort|rpe|{_RATED})\b|"
    rf"\b({_RATED}|rate[sd]?|rating)\s+(?:(?:was|is|were|it|this|that|the|my|a|an|solid|easily|honestly|like|today)\s+){{0,3}}"
    rf"{_SCORE}\s*(?:/|out\s+of|outta)\s*10\b(?!\s*(?:pain\w*|hurt\w*|sore\w*|ach\w*|agony|in\s+(?:my|the)))"
)

# Voice dictation spells the punctuation out: "question comma I was in the bath ... period". Only a message that says
# "comma" or "question mark" is dictated; then "period" and "full stop" are sentence ends too ("my period" stays).
_DICTATED = re.compile(r"\b(?:comma|question\s+mark|exclamation\s+(?:mark|point)|full\s+stop)\b")
_SPOKEN_MARKS = (
    (re.compile(r"\s*\bcomma\b"), ","),
    (re.compile(r"\s*\bquestion\s+mark\b"), "?"),
    (re.compile(r"\s*\bexclamation\s+(?:mark|point)\b"), "!"),
    (re.compile(r"\s*\b(?<!my\s)(?<!her\s)(?<!a\s)(?:period|full\s+stop)\b(?!\s+(?:pain|cramps?))"), "."),
    (re.compile(r"\s*\bnew\s+(?:line|paragraph)\b"), "\n"),
)

# "this workout absolutely killed me", "leg day destroyed me": how hard it was.
_WORKOUT_KILLED_ME = re.compile(
    r"\b(workout|session|class|leg\s+day|set|day|program|programme|block)\s+(?:absolutely\s+|totally\s+|literally\s+|properly\s+)?"
    r"(?:killed|destroyed|wrecked|murdered|ruined|demolished|annihilated|bodied)\s+me\b|"
    # "this programme is killing me lol": hard going, laughed about.
    # "diet is killing me lol": a cut or a prep is hard going too.
    r"\b(workout|session|class|leg\s+day|program|programme|block|plan|diet|cut|prep|cardio|deficit|fasting|hunger|peak\s+week)"
    r"\s+(?:is|was)\s+(?:absolutely\s+|literally\s+)?"
    r"(?:killing|destroying|wrecking|murdering)\s+me\b(?=\s*(?:lol|haha\w*|lmao|😂|💀|🤣|[.!,]*\s*in\s+a\s+good\s+way))"
)
# "I'm dead lol" after a workout: worn out.
_I_AM_DEAD = re.compile(
    r"\b(i'?m|im|i\s+am)\s+(?:literally\s+|so\s+|actually\s+|just\s+)?dead\b(?=\s*(?:$|[.!,]|lol|haha|😂|💀))"
)
_HIT_BY_SIMILE = re.compile(
    r"\b(?:feel|feels|felt|feeling|look|looks|looked|looking)\s+like\s+(?:(?:i'?ve|they'?ve|i|they|it|we|my\s+\w+|\w+)\s+)?"
    r"(?:(?:got|was|were|'ve\s+been|have\s+been|been|just\s+got)\s+)?(?:hit|run\s+over|ran\s+over)\s+by\s+a\s+"
    r"(?:bus|truck|train|lorry|tank|freight\s+train|car|scrum|steamroller|herd\s+of\s+\w+)\b|"
    # A bruise's look: "my hip bones look like I got hit by a paintball gun".
    r"\b(?:look|looks|looked)\s+like\s+(?:i'?ve|they'?ve|i|they|we)\s+(?:(?:got|been|was|were)\s+)?(?:hit|shot)\s+(?:by|with)\s+(?:a\s+)?"
    r"(?:paintball(?:\s+gun)?|paintballs|dodgeballs?|nerf\s+gun|water\s+balloon)\b|"
    # "my hip bones look like i fell off a skateboard".
    r"\b(?:look|looks|looked)\s+like\s+(?:i|they|i'?ve|we)\s+(?:fell|fallen|came)\s+off\s+a\s+(?:skateboard|bike|horse|motorbike|"
    r"scooter|ladder|roof)\b"
)
# "never had back pain before but now I do": the pain is there, said once.
_NOW_I_DO = re.compile(
    r"\bnever\s+had\s+((?:lower\s+|low\s+)?back\s+(?:pain|ache|problems|issues))\s+before,?\s+(but|and)\s+now\s+i\s+do\b"
)
# "back never hurt before, now it does": the same, said of the back.
_NOW_IT_DOES = re.compile(
    r"\b((?:lower\s+|low\s+)?back)\s+(?:never|didn'?t\s+ever)\s+(?:hurt|ached)\s+before\s*[,;.]?\s*(?:but\s+|and\s+)?now\s+it\s+does\b"
)
_FORM_ITEM = (
    r"(?:numbness|numb|tingling|tingly|pins\s+and\s+needles|bladder|bowels?|bladder/bowel|fever|weakness|leg\s+pain|sharp\s+pain|"
    r"shooting\s+pain|(?:pain\s+)?at\s+night|night\s+pain|falls?|leaks?|leaking)"
)
# A form or checklist answered item by item: "numbness: none", "Numbness/tingling - no", "numbness no, tingling no".
_FORM_DENIAL = re.compile(
    rf"\b({_FORM_ITEM}(?:\s*(?:/|,|&|\bor\b|\band\b)\s*{_FORM_ITEM})*)"
    r"(?:\s*(?::|=|-)\s*(?:none|no|nope|nil|negative|nothing|n/?a|zero)\b|\s+(?:no|nope|nah|none|nil)(?=\s*(?:$|[,.;!)]|and\b)))"
)
_FORM_SEVERITY = re.compile(
    r"\b(?:how\s+bad|severity|pain\s+level|pain\s+score)\s*(?::|=|-)\s*(10|[0-9])\b(?!\s*(?:/|out\s+of))"
)
# Muscles worn out the good way: "glutes tight in the good way", "dead legs in the best way", "legs like jelly on the
# stairs, the good kind of jelly".
_GOOD_WAY = re.compile(
    r"\b(glutes?|butt|bum|booty|legs?|hamstrings?|quads?)\s+(?:feel\s+|feels\s+|felt\s+|are\s+|were\s+|is\s+|was\s+|so\s+)?(?:tight|sore|tired|heavy|pumped|"
    # The words between may not carry a sign: "glutes sore and my left leg numb, the good kind" keeps the leg.
    r"dead|wrecked|cooked|toast|fried|destroyed|like\s+jelly)\b(?:(?!numb|tingl|weak|pee|leak|bladder|bowel|between|groin|"
    r"saddle|both)[^.!?]){0,30}?,?\s*(?:in\s+(?:a|the)\s+(?:good|best)\s+way|"
    r"the\s+good\s+kind(?:\s+of\s+\w+)?)\b|"
    r"\bdead\s+(legs|glutes|butt|bum)\s+in\s+(?:a|the)\s+(?:good|best)\s+way\b"
)
_DEAD_FROM_WORK = re.compile(
    r"\b(legs?|quads|hamstrings|glutes|thighs|butt|bum|booty)\s+(feel|felt|are|were|is|feels)\s+(?:\w+\s+)?dead"
    # "my legs are dead, thrusts then a 3 hour ceilidh": what tired them, named right after.
    r"(?:(?=,\s*(?:\w+\s+){0,2}?(?:thrusts|leg\s+day|squats|session|workout|training|hike|run|class|dancing)\s+(?:then|and|plus)\b)|"
    r"\s+(?=(?:after|from)\s+(?:\d+\s+sets|(?:the|my|a|that|today'?s|this|yesterday'?s|last\s+night'?s)\s+(?:session|workout|sets?|"
    r"leg\s+day|class)|yesterday\b(?=[^.!?]{0,40}?\b(?:doms|haha\w*|lol|lmao|good\s+way))|"
    r"leg\s+day|training|squats|thrusts|hip\s+thrusts|(?:the|my|a|that|today'?s)\s+(?:half\s+)?(?:marathon|race|run|ride|hike|swim|"
    r"game|match|\d+k))|"
    # "legs feel dead in the good way", "dead (but the good kind)", "glutes are dead lol".
    r"(?:lol|haha\w*|lmao)\b|[💀😂🤣🔥💪]|(?:in\s+(?:a|the)\s+good\s+way|(?:but\s+)?(?:the\s+)?good\s+kind|(?:but\s+)?in\s+a\s+good\s+way)))"
)


_RHETORICAL_SIGN = re.compile(
    r"\b(doms|it|that|soreness|muscle\s+soreness|a\s+pulled\s+muscle|a\s+strain)\s+(?:doesn'?t|does\s+not|wouldn'?t|can'?t)\s+"
    r"(?:make|cause|give)\s+(?:you|u)\s+(?:to\s+)?(lose\s+control\s+of|go\s+numb\s+(?:between|in)|not\s+feel)\s+(?:your|ur)\s+"
    r"(bladder|bowels?|groin|privates|private\s+parts|legs|inner\s+thighs)\b(?=[\s,]*(?:does|would|can)\s+it\b)"
)
_RETRACTED_BREAK = re.compile(
    r"\b((?:lower\s+|low\s+)?back|spine)\s+(?:is\s+|'s\s+)?(?:about\s+to\s+|gonna\s+|going\s+to\s+)?(?:broken|break|snap|crack)"
    r"(?:\s+in\s+(?:half|two))?\b(?=[\s.,!?()]*(?:(?:ok(?:ay)?|jk|lol|nah|well|haha)[,.!\s]*)?(?:it'?s|its|it\s+is)\s+(?:just|only)\s+"
    r"(?:a\s+(?:bit|little)\s+|kinda\s+|slightly\s+)?(?:tight|achy|sore|stiff))"
)

_NOT_THERE_BUT_HERE = re.compile(
    r"\b(?:it'?s|its|it\s+is)\s+not\s+(?:my\s+|the\s+|in\s+my\s+)?(?P<x>[^,.;!?]{1,30}?)\s+(?:that'?s|thats|that\s+is|which\s+is)\s+"
    r"(?P<s>numb|tingly|tingling|weak|dead|asleep)\s*[,;-]+\s*(?:it'?s|its|it\s+is)\s+(?:more\s+|actually\s+|really\s+|rather\s+)?"
    r"(?P<y>[^.;!?]{3,80})"
)
_BOTH_SIDES_NOW = re.compile(
    r"(\b(?:said|says|told\s+me|warned(?:\s+me)?)\s+(?:to\s+)?(?:only\s+)?(?:worry|panic|come\s+back|go\s+(?:to\s+)?(?:a&e|the\s+er|er|"
    r"hospital|urgent\s+care)|call|ring|get\s+(?:help|seen|checked)|be\s+(?:worried|concerned))\s+if\s+(?:it'?s|it\s+is|it\s+goes|"
    r"it\s+spreads|it\s+gets|i\s+get\s+it|i\s+feel\s+it)\s+(?:to\s+|on\s+|in\s+)?both\s+sides\b[^?]{0,40}?[.,;!]\s*(?:and\s+|well\s+)?"
    r"(?:now\s+)?(?:it'?s\s+|its\s+|it\s+is\s+)?(?:on\s+|in\s+)?)both\s+sides\s+now\b"
)

# The triage, the safety net's ceiling and the sign-word check all read the same message: its ~60 substitutions
# (dialect, other languages, dictation) run once.
@lru_cache(maxsize=1024)
def _normalise(text: str) -> str:
    # An ellipsis before when it was trails the thought, it ends no sentence: "my legs went numb once... in 2019".
    text = re.sub(r"(?:\.{2,}|…)\s*(?=(?:in|back\s+in|around|about|like|on)\s+(?:19|20)\d\d\b)", ", ", text)
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"\bcan\s+not\b", "cannot", text)
    # How hard the work was, in a workout's hyperbole: "leg day destroyed me", "I'm dead lol".
    text = _WORKOUT_KILLED_ME.sub(lambda m: f"{m.group(1) or m.group(2)} was very hard", text)
    # "gym is closing early on sundays, which is a pain": a nuisance, not a pain felt.
    text = re.sub(
        r"\b(which|that|it|this)(?:'s|\s+is|\s+was)\s+(?:a\s+)?(?:real\s+|bit\s+of\s+a\s+|total\s+|such\s+a\s+|massive\s+)?pain\b"
        r"(?!\s+(?:in|at|down|across|on|when|during|after|every)\b|\s*\d|\s+(?:level|score))",
        r"\1 is annoying",
        text,
    )
    text = _I_AM_DEAD.sub(r"\1 exhausted", text)
    # A correction of where: "it's not my hamstring thats numb, its more the area where you'd sit on a bike seat".
    text = _NOT_THERE_BUT_HERE.sub(r"\g<y> is \g<s>. not the \g<x>", text)
    # A clinician's warning about both sides, then met: "doc said only worry if it's both sides. both sides now". Said
    # of a back and its legs, both sides is both legs.
    text = _BOTH_SIDES_NOW.sub(r"\1it has spread to both legs now", text)
    # Sharp as in smart: "sharp new leggings arrived", "looking sharp in the new kit".
    text = re.sub(
        r"\bsharp(?=\s+(?:new\s+|looking\s+|black\s+|white\s+)?(?:leggings|shorts|shoes|trainers|kit|outfit|look|gear|top|tee|"
        r"t-?shirt|fit|belt|straps|jump|rise|increase|improvement|gains?)\b)|(?<=\blooks\s)sharp\b|(?<=\blooking\s)sharp\b|(?<=\blooked\s)sharp\b",
        "smart",
        text,
    )
    # A tag question that answers the bot's reassurance with the user's own sign: "you said it was just DOMS. DOMS
    # doesn't make you lose control of your bowels does it". Only that shape: "thrusts don't make you leak, do they?"
    # asks.
    text = _RHETORICAL_SIGN.sub(r"\1. i \2 my \3", text)
    # The noise put down to the kit: "the 'pop' was just the bench creaking".
    text = re.sub(
        r"\bthe\s+['\"]?(?:pop|crack|snap|click|clunk|bang)['\"]?\s+(?:was|turned\s+out\s+to\s+be)\s+(?:just|only)\s+(?:the|my)\s+"
        r"(bench|bar|barbell|plates?|box|rack|floor|pad|collars?|equipment)\b",
        r"the noise was just the \1",
        text,
    )
    # "started feeling her lower back this week, first time in her life": the back noticed anew, as an ache.
    text = re.sub(
        r"\bstarted\s+feeling\s+(my|her|his|their)\s+((?:lower\s+|low\s+)?back)\b(?=\s+(?:this\s+week|this\s+month|today|recently|"
        r"lately|since)|,?\s+(?:the\s+)?first\s+time)",
        r"\1 \2 started aching",
        text,
    )
    # "getting out of bed is suddenly a whole thing for my back": trouble for the back, as a pain word would say.
    text = re.sub(
        r"\b(?:is|has\s+become|became|'s)\s+(?:suddenly\s+|now\s+)?(?:a\s+(?:whole\s+)?(?:thing|struggle|ordeal|mission|nightmare|problem)|"
        r"an\s+ordeal|hard\s+work)\s+for\s+my\s+((?:lower\s+|low\s+)?back)\b",
        r"hurts my \1",
        text,
    )
    # "the burn at the top is unbearable, in my glutes": the set's burn at its strongest, not a severe pain.
    text = re.sub(
        r"\b(the\s+(?:glute\s+)?burn(?:\s+(?:at|in)\s+(?:the\s+top|my\s+glutes|the\s+glutes))?)\s+(?:is|was|gets)\s+(?:absolutely\s+|just\s+)?"
        r"(?:unbearable|insane|brutal|unreal|intense|savage)\b(?![^.!?]{0,30}?\b(?:leg|knee|hip\s+bone)|"
        r"[^.!?]{0,30}?(?<!not\s)(?<!not\smy\s)\bback\b)",
        r"\1 is very strong",
        text,
    )
    # How long, in a second language's order: "my back pain is now 3 days", "the back pain stays already five days".
    text = re.sub(
        r"\b(pain|ache|it|soreness|twinge|numbness|tingling)\s+(?:is\s+now|is\s+already|stays\s+already|stays\s+now|"
        r"is\s+there\s+already|is\s+there\s+now)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(days|weeks)\b",
        r"\1 has lasted \2 \3",
        text,
    )
    text = re.sub(r"\b(feel|tell|notice|sense)\s+(?:anymore|any\s+more)\s+(?=when\b)", r"\1 ", text)
    text = re.sub(r"\b(?:the\s+)?insides?\s+of\s+(my|both|her|his)\s+thighs\b", r"\1 inner thighs", text)
    # Not felt any more, where one sits: "I don't feel my inner thighs anymore since yesterday".
    text = re.sub(
        r"\b(?:don'?t|do\s+not|dont)\s+(?:really\s+)?feel\s+(?=(?:my\s+|the\s+)?(?:inner\s+thighs|groin|crotch|perineum|taint|genitals|"
        r"privates|bits|saddle\s+area|anus|bum\s+cheeks|butt\s+cheeks|buttocks?|(?:left|right)\s+buttock)\b[^.!?]{0,40}?"
        r"\b(?:anymore|any\s+more|no\s+more|since)\b)",
        "can't feel ",
        text,
    )
    # Bailing out of a set: "hammy cramp mid-set, had to roll off the bench" is getting off it, no fall.
    text = re.sub(
        r"\b((?:had|have|has|need(?:ed)?|got)\s+to)\s+roll\s+(?:myself\s+|the\s+bar\s+)?off\s+(?:the\s+)?(bench|box)\b",
        r"\1 get off the \2",
        text,
    )
    # "absolutely killing it today": doing well, the pain word's "killing" aside.
    text = re.sub(
        r"\b(?:absolutely\s+|totally\s+|really\s+|just\s+|been\s+|was\s+)?killing\s+it\b", "doing great", text
    )
    # Soreness in a simile: "my glutes feel like they got hit by a truck" is no collision.
    text = _HIT_BY_SIMILE.sub("are very sore", text)
    # Answers in a form's shape: "numbness: none", "bladder - no" deny the sign.
    text = _FORM_DENIAL.sub(r"no \1", text)
    text = _NOW_I_DO.sub(r"never had \1 before \2 now i have \1", text)
    text = _NOW_IT_DOES.sub(r"never had \1 pain before but now i have \1 pain", text)
    text = _FORM_SEVERITY.sub(r"pain \1/10", text)
    # "legs feel dead after 5 sets": worn out by the work, not numb.
    text = _DEAD_FROM_WORK.sub(r"\1 \2 tired ", text)
    text = re.sub(r"\b((?:best|good)\s+kind\s+of)\s+dead\b", r"\1 tired", text)
    text = re.sub(r"\bdead\s+tired\b", "very tired", text)
    # "feel like my legs are going to fall off after 5x10": tired, not a limb in danger.
    text = re.sub(
        r"\b(legs|arms|glutes|butt|bum|quads|hamstrings)\s+(?:are\s+)?(?:going|gonna)\s+(?:to\s+)?fall\s+off\b",
        r"\1 are very tired",
        text,
    )
    # A broken back taken back at once: "I think my back is broken. ok it's just tight and achy".
    text = _RETRACTED_BREAK.sub(r"\1 is sore", text)
    text = _GOOD_WAY.sub(lambda m: f"{m.group(1) or m.group(2)} worked well", text)
    # Swearing typed with stars: "I sh*t myself" is what it says.
    text = re.sub(r"\bsh[*#@!]+t\b|\bs[*#@]{2}t\b", "shit", text)
    text = re.sub(r"\bd[*#@!]+ck\b", "dick", text)
    text = re.sub(r"\bp[*#@!]+ss(?=\w*\b)", "piss", text)
    if _DICTATED.search(text):
        for spoken, mark in _SPOKEN_MARKS:
            text = spoken.sub(mark, text)
    for foreign, english in _MIXED_LANGUAGE:
        text = foreign.sub(english, text)
    text = _ME_BODY_PART.sub("my ", text)
    for scots, english in _SCOTS_WORDS:
        text = scots.sub(english, text)
    text = _SCOTS_NOT.sub(lambda m: f"{m.group(1)} {'haven' if m.group(2) else 'hasn'}'t ", text)
    text = re.sub(r"\boot\b", "out", text)
    for written, meant in _PHONETIC:
        text = written.sub(meant, text)
    text = _WEEKDAY_SHORT.sub(lambda m: f"{m.group(1)} {_WEEKDAYS_SHORT[m.group(2)]}", text)
    text = _SINCE_DAY_NOW_DAY.sub(_days_since, text)
    text = _SINCE_DATE_NOW_DATE.sub(_days_since_date, text)
    # After the other languages' phrases and dialect, which have words one slip from English ones ("jours", "nicht").
    text = correct_spelling(text)
    # An opening the user takes back at once: "sharp pain. well, not sharp, more like a dull ache", "both legs numb!!
    # nah I'm being dramatic, both hamstrings cramped". What follows the correction is the report.
    text = _RETRACTED.sub(lambda m: " " * len(m.group(1)) + m.group(0)[len(m.group(1)) :], text, count=1)
    # A statement taken back with a sarcastic "NOT": "oh yeah my back totally hurts... NOT. felt it in the glutes".
    text = _SARCASTIC_NOT.sub(lambda m: " " * len(m.group(0)), text)
    # Training-log shorthand: "LBP" is lower back pain, "HT" the hip thrust, "62 y.o." an age.
    text = re.sub(r"\blbp\b", "lower back pain", text)
    text = re.sub(r"\bhts?\b", "hip thrusts", text)
    text = re.sub(r"\b(\d{2})\s*y\.\s*o\.?", r"\1 yo", text)
    # Which rep of the set, not a score: "back not glutes on reps 8-10 of 10".
    text = re.sub(r"\b(reps?|sets?)\s+(\d+(?:\s*-\s*\d+)?)\s+of\s+\d+\b", r"\1 \2", text)
    text = _EFFORT_SCORE.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)} rated", text)
    # How well the glutes worked, out of ten: "felt it in my glutes 10/10 this time" is no pain score.
    text = _GLUTE_SCORE.sub(r"\1 \2 rated", text)
    # A burn or pump out of ten is how hard the set was: "glutes at an 8/10 burn, love it", "quads ~8/10 burn".
    text = _BURN_SCORE.sub(lambda m: f"{m.group(1) or m.group(2)} rated", text)
    # A body part given a number is a pain score: "my back is 4/10", "lower back is like a 5/10 at night".
    text = _PART_SCORE.sub(r"\1 hurts \2/10", text)
    # A training log's shorthand: "low back 3/10 on last reps".
    text = _BARE_PART_SCORE.sub(r"\1 hurts \2/10", text)
    # A bare number where the pain sits: "it was about a 6 in the lower back while doing them".
    text = _SCORE_IN_PART.sub(r" hurt \1/10 ", text)
    for pattern, english in (*_PIDGIN, *_SLANG, *_LITERAL_IDIOMS, *_CLINICAL_SHORTHAND):
        text = pattern.sub(english, text)
    text = _FIGURATIVE_NUMB.sub("stunned", text)
    text = _TRAINING_AT_NIGHT.sub(r"\1 in the evening", text)
    # "I can't thrust without pain" reports pain; drop the "without" so it is not read as a negation.
    text = re.sub(r"\b(can'?t|cannot|couldn'?t)\b([^.!?,;]{0,60}?)\bwithout\b", r"\1\2with", text)
    return re.sub(r"[ \t]+", " ", text)


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
