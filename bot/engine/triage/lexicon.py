"""Word families the rules are built from.

Every pattern runs on lower-cased text with straight apostrophes. Word families and common typos are spelled out here,
so a reviewer can see exactly why a message escalated; a slip of one letter in a key word ("needels") is put right
before the rules run (spelling.py), by a rule as plain: one edit, same first letter, not an English word."""

from __future__ import annotations

import re
import sys

from bot.engine.regex_prefilter import install
from bot.engine.triage.flags import Location

_NUMBING_AGENT = (
    r"(?:novo?caine|novacaine|lidocaine|lignocaine|procaine|benzocaine|(?:a\s+)?(?:local\s+)?ana?esthe(?:tic|sia)|"
    r"numbing\s+(?:cream|gel|agent|spray|injection|shot|jab))"
)
_NUMB = (
    # "number" is a count ("baby number two") unless a comparison makes it "more numb" ("getting number").
    r"(?:num+b(?!er(?:s|ed|ing)?\b)\w*|(?:(?<=getting\s)|(?<=gets\s)|(?<=got\s)|(?<=even\s)|(?<=going\s)|"
    r"(?<=becoming\s)|(?<=growing\s)|(?<=feels\s)|(?<=feel\s)|(?<=much\s)|(?<=bit\s)|(?<=lot\s)|(?<=way\s))number\b|"
    r"numnes+|tin?g+(?:l|el|gl)\w*|pins?\s*(?:and|&|n|an)\s*needles|par(?:a|ae|e)sth?esi\w*|"
    # "has needles feeling", "a feeling of needles": pins and needles in other words.
    r"needles?\s+(?:feeling|sensation)|(?:feeling|sensation)\s+of\s+(?:pins|needles)|"
    # Numbing-agent similes: "feels like it's been given novocaine", "like at the dentist".
    rf"(?:like|as\s+if|as\s+though)\s+(?:[\w']+\s+){{0,6}}?(?:{_NUMBING_AGENT}|(?:the\s+|a\s+)?dentist)\b|"
    rf"{_NUMBING_AGENT}\s+(?:feeling|numb\w*)|"
    # Similes of skin that no longer feels: "like cotton wool", "as if it's not my skin", "like through a glove".
    r"(?:like|as\s+if|as\s+though)\s+(?!hell\b)(?:[\w']+\s+){0,5}?(?:cotton[\s-]?wool|cotton|cardboard|(?:thick\s+|rubber\s+)?gloves?|"
    r"(?:a\s+)?layer\s+of|padding|foam(?![\s-]*(?:pad|roll))|styrofoam|polystyrene|(?:not|isn'?t)\s+(?:really\s+)?(?:my\s+own|my)\s+skin|"
    r"(?:someone|somebody)\s+else'?s\s+skin)\b|"
    # "no feeling in my groin" is the symptom; "no feeling of anything weird" is the all-clear.
    r"(?:no|zero|nil|barely\s+any|hardly\s+any|not\s+much|very\s+little|reduced|less|decreased|diminished)\s+"
    r"(?:feeling|sensation)(?!\s+(?:of|like|weird|strange|odd|off|any|changes?|problems?|issues?|loss|differen\w*|"
    r"(?:in\s+)?(?:my\s+|the\s+)?glutes?\b))|"
    r"(?:feeling|sensation)\s+of\s+(?:nothing|no\s+(?:feeling|sensation))|"
    r"(?:lost|lose)\s+(?:the\s+|all\s+)?(?:feeling|sensation)|los(?:s|ing)\s+(?:of\s+)?(?:feeling|sensation)|"
    r"(?:can'?t|cannot|cant|couldn'?t)\s+(?:really\s+|properly\s+)?feel(?!\s+(?:it\s+|them\s+|anything\s+)?"
    r"(?:in\s+)?(?:my\s+|the\s+|her\s+|his\s+|their\s+|your\s+)?(?:glutes?\b|(?:butt|booty|bum)\s+(?:work|fir|activ|engag|contract|squeez|do)|"
    r"my\s+(?:will\s+to\s+live|soul|sanity|dignity)\b|"
    r"(?:the\s+|a\s+|any\s+)?(?:difference|burn|pump|stretch|contraction|squeeze|muscles?|workout|exercise|"
    r"hip\s+thrust|it\s+work|it\s+much|it\s+at\s+all|it\s+there)))|"
    # "fell asleep" is numbness only when a body part fell asleep, not the lifter.
    r"(?:(?<=foot\s)|(?<=feet\s)|(?<=leg\s)|(?<=legs\s)|(?<=toes\s)|(?<=butt\s)|(?<=bum\s)|(?<=it\s)|"
    r"(?<=thigh\s)|(?<=side\s)|(?<=calf\s)|(?<=they\s)|(?<=glute\s)|(?<=glutes\s))"
    r"(?:fell|falls?|falling|went|goes|gone|is|are|keeps\s+going)\s+asleep|"
    # "the inner part of my thighs is a bit asleep".
    r"(?<=thighs\s)(?:(?:is|are|feel|feels|went|gone)\s+)?(?:a\s+bit\s+|a\s+little\s+|kind\s+of\s+|kinda\s+|still\s+|half\s+)?asleep|"
    r"prickl\w*|pins\s+and\s+pricks|"
    # Formication, the crawling of ants: "sensation of ants in my leg", "like ants crawling on my calf".
    r"(?:sensation|feeling)s?\s+(?:of|like)\s+(?:little\s+|tiny\s+)?ants\b|\bants\s+(?:crawling|running|walking|marching)|"
    r"(?:like|as\s+if)\s+(?:there\s+(?:are|were)\s+)?(?:little\s+|tiny\s+)?ants\b|formication|"
    r"dead\s+feeling|feels?\s+dead|went\s+dead|deadness|buzz\w*|fizz\w*|"
    r"(?:feels?\s+)?like\s+(?:they'?re|they\s+are|it'?s|it\s+is)\s+not\s+(?:mine|my\s+own|attached|hers|his|theirs|her\s+own|his\s+own)|"
    r"(?:don'?t|doesn'?t)\s+feel\s+like\s+(?:mine|my\s+own|my\s+legs?|they\s+belong)|"
    # Limbs that feel borrowed: "felt like they belonged to someone else", "like someone else's legs".
    r"(?:feels?|felt|feeling)\s+like\s+(?:they|it)\s+(?:belong|belongs|belonged)\s+to\s+(?:someone|somebody)\s+else|"
    r"like\s+(?:someone|somebody)\s+else'?s\s+(?:legs|feet|foot|leg))"
)
# Verb forms of lost feeling ("don't feel anything", "i not feel", "feeling nothing"). Alone they are as often
# "no pain", so rules use them only next to a named body part.
_NO_FEEL = (
    r"(?:(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|didn'?t|can'?t|cannot|cant|couldn'?t)\s+(?:really\s+)?feel\s+"
    r"(?:anything|a\s+thing|nothing|any\s+(?:thing|touch)|(?:them|it)\s+when\s+(?:i|you|u)\s+touch)|"
    # "my glutes feel nothing" is the muscle not working, as "can't feel my glutes" is; "my bum feels nothing" is skin.
    r"(?<!glutes\s)(?<!glute\s)(?:feel|feels|feeling|felt)\s+(?:absolutely\s+)?nothing|"
    r"(?:i|me|i'?m|im)\s+(?:do\s+)?not\s+(?:can\s+)?feel(?:ing)?\b|"
    # "the skin around my anus is without feeling since this morning".
    r"(?:is|are|was|were|went|gone|left)\s+(?:\w+\s+)?without\s+(?:any\s+)?(?:feeling|sensation)\b"
    r"(?!\s+(?:it|them|much|anything|a\s+thing|the|my|in))"
    r")"
    r"(?!\s+(?:weird|wrong|bad|unusual|else|off|different|strange|odd|painful|sharp|serious|special|much|but|except|"
    r"other|apart|besides|beyond|until|till|til|during|from|like|when\s+i\s+(?:do|thrust|lift|train|squeeze|bridge|"
    r"push|go|am|work)|in\s+(?:the\s+)?(?:set|exercise|movement|lift|workout|thrust|rep)|(?:it\s+)?(?:in\s+)?"
    r"(?:my\s+|the\s+)?(?:glutes?|hamstrings?|hams|quads?|core|abs|back|lower\s+back)\b))"
)
_NUMB_ANY = rf"(?:{_NUMB}|{_NO_FEEL})"
# A patch of skin that feels nothing: "a weird dead patch right where I sit". A lawn has dead patches too, so it is
# numbness only beside a body part (the saddle and leg rules pair it).
_DEAD_PATCH = (
    r"(?:dead\s+(?:patch|patches|zone)|(?:patch|area)\s+(?:of\s+skin\s+)?(?:that\s+)?(?:is|feels|went|has\s+gone|gone)"
    r"\s+dead)\b"
)
# "can't stand up" is a body that won't hold; "can't stand hip thrusts" is a dislike.
_STAND = (
    r"(?:stand|walk)(?=\s*(?:$|[,.!?;:)]|up\b|properly|straight|upright|on\b|without|for\s+(?:long|more)|any\s*more|"
    r"and\b|or\b|because|from|with\b|still\b|at\s+all|very|well|good|right|normally|since|now|today))"
)
_WEAK = (
    r"(?:weak\w*|no\s+strength|(?:gave|give|gives|giving|keeps?\s+giving)\s+(?:out|way)|buckl\w*|"
    r"(?:can'?t|cannot|barely|hardly)\s+(?:lift|move|control)\s+(?:my\s+|her\s+|his\s+|their\s+)?(?:legs?|feet|foot)|collaps\w*|"
    r"fold(?:s|ed|ing)?\s+(?:under|beneath|like)|(?:without|no|zero|lost\s+(?:all\s+)?(?:the\s+|my\s+)?)\s*(?:force|power)\b|"
    r"(?:won'?t|wont|don'?t|can'?t|cannot|doesn'?t)\s+(?:hold|support|carry)\s+"
    r"(?:me|my\s+weight)|(?:can'?t|cannot|couldn'?t|barely|hardly)\s+(?:really\s+|even\s+)?(?:stand|walk)\s+(?:up\s+)?"
    r"(?:properly|straight|upright|normally|on\s+(?:them|my\s+(?:own\s+)?(?:legs|feet))))"
)
# Lay words for weak legs. Right after a hard set they are normal fatigue, so they count only for both legs
# named as such or with a course that is getting worse.
_WEAK_LAY = (
    r"(?:(?:like\s+)?(?:wet\s+)?(?:jelly|jello|rubber(?!\s*bands?)|noodles?|spaghetti)|like\s+water|rubbery|wobbl\w*|"
    r"shaky|jelly-?like|flopp(?:y|ier|iness)|"
    # Legs that will not push: "feel like wet sand", "like sandbags".
    r"like\s+(?:wet\s+)?(?:sand|sandbags?)\b|wet\s+sand)"
)
# What weak legs stop doing, told as the workaround instead of the weakness: "had to haul myself up the stairs on the
# rail", "can't get off the sofa without pushing with my arms", "didn't trust them to hold me". The rules pair these
# with both legs named (see _legs_fail_both), never alone: one bad leg sends people to the handrail too.
_LEGS_FAIL = (
    r"(?:(?:haul|hauled|hauling|pull|pulled|pulling|drag|dragged|dragging|hoist\w*|heav(?:e|ed|ing))\s+myself\s+up\b"
    r"[^.!?]{0,40}?\b(?:rail|railings?|banisters?|bannisters?|handrails?|hand\s+rail)\b|"
    # _normalise turns "can't ... without" into "can't ... with".
    r"(?:can'?t|cannot|couldn'?t|unable\s+to)\s+(?:even\s+)?(?:get|stand|climb)\s+(?:up\s+)?(?:off|out\s+of|up\s+from|from)?\s*"
    r"(?:the\s+|my\s+|a\s+)?(?:\w+\s+)?(?:sofa|couch|settee|chair|bed|toilet|loo|floor|car|bath)\s+with(?:out)?\s+"
    r"(?:using\s+|pushing\s+(?:up\s+)?(?:with\s+|on\s+)?|my\s+)?(?:my\s+)?(?:arms|hands)\b|"
    r"(?:didn'?t|don'?t|do\s+not|did\s+not|can'?t|couldn'?t)\s+trust\s+(?:them|my\s+legs|my\s+knees|my\s+feet)\s+to\s+"
    r"(?:hold|support|carry|take)\s+(?:me|my\s+weight)|"
    r"fold(?:s|ed|ing)?\s+(?:under|beneath)\s+me)"
)
_WORSENING = (
    r"(?:getting\s+worse|worse\s+and\s+worse|gets?\s+worse|worsening|(?:gotten|got|grown|become)\s+(?:steadily|progressively|"
    r"gradually|much|a\s+lot|way)\s+worse|(?:getting|got|gone)\s+(?:floppier|clumsier|draggier)|spreading\b|spreads\b|(?<!\bi\s)(?<!\bto\s)(?<!\bwe\s)(?<!\bcan\s)progress(?!ions?\b)\w*\b"
    r"(?!\s+(?:to\s+(?:\d|heavier|the\s+next|a\s+heavier)|(?:my|the)\s+(?:weight|load|lifts?|thrusts?|program\w*)|(?:well|nicely)\b))|"
    r"more\s+and\s+more|creeping|moving\s+(?:up|down)|(?:getting|growing|spreading)\s+more\s+(?:every|each|by\s+the)\s+day|(?:getting|growing|going|becoming|gets?|got)\s+"
    r"(?:weaker|number|more\s+numb|worse)|weaker\s+and\s+weaker|(?:weaker|worse|number)\s+(?:by\s+the|every|each)\s+"
    r"(?:hour|minute|day|morning|night)|more\s+(?:and\s+more\s+)?(?:by\s+the|every|each|with\s+every)\s+(?:hour|minute)|by\s+the\s+hour|"
    r"(?:worse|weaker|number)\s+every\s+(?:few|couple\s+of|\d+)\s+hours|worse\s+than\s+(?:this\s+morning|yesterday|earlier|before|an\s+hour\s+ago|last\s+night)|"
    # Worse today than it was, however strongly said: "heaps worse today", "way worse now", "even worse this morning".
    r"(?:heaps|way|much|loads|lots|a\s+lot|far|even|miles|tons|so\s+much)\s+worse\b(?!\s+than\s+(?:my\s+|the\s+)?(?:other|left|right))|"
    r"worse\s+(?:today|now|tonight|this\s+(?:morning|afternoon|evening))|"
    # A sign that has moved up the leg over time: "climbed up to the knee", "crept up past my shin". "goes up to my
    # knee" describes where it is, not that it moved.
    r"(?:climb\w*|crept|creep\w*|crawl\w*|travell?ed|moved|risen|rose|work(?:ed|ing)\s+(?:its|it'?s)\s+way|gone)\s+"
    r"(?:all\s+the\s+way\s+)?up\s+(?:to|into|past|as\s+far\s+as)\s+(?:the\s+|my\s+|both\s+(?:my\s+)?)?(?:knees?|hips?|thighs?|waist|groin|"
    r"shins?|calf|calves|ankles?|bum|butt)|"
    # Growing, or further now than "only" at first: "in the beginning only the calf, now it goes up to the knee".
    r"(?:is|keeps|it'?s|has\s+been|been)\s+growing\b(?!\s+(?:on\s+me|back|stronger|muscle|my\s+glutes))|"
    r"only\s+(?:the\s+|my\s+|in\s+(?:the\s+|my\s+)?)?\w+\b[^.!?]{0,30}?\bnow\s+(?:it\s+)?(?:(?:goes|comes|is|spreads)\s+"
    r"(?:up\s+|down\s+|all\s+the\s+way\s+)?(?:to|into|past|as\s+far\s+as)|reach(?:es|ing)?|gets\s+to)\b)"
)
# "can't go" means the toilet only when nothing about training follows: "can't go heavier" is a load.
_GO_TOILET = (
    r"go\b(?!\s+(?:heav\w*|deep\w*|up|down|full|high\w*|low\w*|as|any|past|further|far|hard|back|out|for|on|"
    r"through|in|to\s+(?:the\s+)?(?:gym|work|class|training|school)))"
)
# Where one goes to pee. "the ladies"/"the gents" are a place only after a verb of going or being there:
# "the ladies at my gym" are people.
_TOILET_PLACE = (
    r"(?:toilets?|loo|lavatory|lav|bathroom|restroom|wc|urinal|dunny|khazi|"
    # Slang that is a toilet only as "the ...": "goes to the jacks", "on the bog" (not "bog standard"), "the john".
    r"(?<=the\s)(?:jacks|jakes|john|throne)\b|(?<=the\s)bog\b(?!\s+standard)|"
    r"(?<=go\sto\sthe\s)(?:ladies|gents)|(?<=went\sto\sthe\s)(?:ladies|gents)|(?<=going\sto\sthe\s)(?:ladies|gents)|"
    r"(?<=goes\sto\sthe\s)(?:ladies|gents)|(?<=in\sthe\s)(?:ladies|gents)|(?<=at\sthe\s)(?:ladies|gents)|"
    r"(?<=been\sto\sthe\s)(?:ladies|gents)|(?<=use\sthe\s)(?:ladies|gents)|(?<=using\sthe\s)(?:ladies|gents))"
)
# What one wets or soils in an accident, in several countries' words: "an accident in my trackies", "wet his pants".
_LOWER_CLOTHES = (
    r"(?:pants|shorts|leggings|tights|trousers|undies|underwear|knickers|kecks|jocks|boxers|briefs|jeans|joggers|"
    r"trackies|trackie\s+(?:bottoms|pants|dacks)|tracksuit(?:\s+bottoms)?|track\s*pants|sweatpants|sweats|trakkies|"
    r"dacks|daks|scrubs|bed|sheets)"
)
# A wardrobe accident is not incontinence: "an accident in my shorts, they split at the seam".
_WARDROBE_MISHAP = r"(?![^.!?]{0,40}?\b(?:split\w*|ripp?\w*|tore|torn|seams?|holes?|spill\w*|stain\w*|shake|coffee)\b)"
_SADDLE_CORE = (
    r"(?:groin|gr[io]{2}n|saddle|crotch|genital\w*|privates?|private\s+(?:parts?|area)|down\s+there|taint|back\s+passage|"
    # "my butt cheeks and the area between them", "between my bum cheeks".
    r"(?:area|skin|bit|part|crack|space)\s+between\s+(?:them|my\s+(?:butt|bum|ass|arse)\s*cheeks|the\s+cheeks)|"
    r"between\s+(?:my\s+|the\s+)?(?:butt|bum|ass|arse)\s*cheeks|(?:insides?|inner\s+(?:sides?|parts?))\s+of\s+(?:my\s+|the\s+)?"
    r"(?:buttocks|butt\s*cheeks|bum\s*cheeks|cheeks)|inner\s+(?:butt\s+|bum\s+)?cheeks|"
    r"perineum|perineal|pelvic\s+floor|pelvic\s+(?:area|region)|nether\s+regions?|undercarriage|lady\s+parts|inner\s+thighs?|"
    r"(?:insides?|inner\s+(?:sides?|parts?))\s+of\s+(?:my\s+|the\s+)?(?:both\s+|two\s+|either\s+)?thighs?|between\s+(?:my\s+|the\s+|his\s+|her\s+|their\s+|your\s+)?legs|sex(?:ual)?\s+organs?|butt\s*hole|anus|ass\s*hole|vagina\w*|penis|"
    # "the bony bits at the front of my hips" are the hip bones.
    r"testicles?|balls|nuts|junk|dick|cock|(?<!bony\s)(?<!hip\s)(?<!pointy\s)(?:my\s+)?bits|gooch|grundle|chode|"
    # Slang for the genitals (UK, Irish, Australian): "willy", "todger", "fanny", "front bottom", "the family jewels".
    r"willy|todger|wang|schlong|minge|fanny(?!\s+packs?)|front\s+bottom|lady\s+garden|(?:family|crown)\s+jewels|"
    r"(?<=my\s)(?:knob|tackle|manhood)|(?<=his\s)(?:knob|tackle|manhood)|sit(?:ting)?\s*bones?|sitting\s+(?:area|part)|(?:bike|bicycle)\s+seat|"
    # The part you sit on, in the words of someone who doesn't know "saddle area".
    r"(?:area|part|spot|bit|place|region|parts)\s+(?:of\s+(?:me|my\s+body)\s+)?(?:that\s+|which\s+|where\s+)?"
    r"(?:(?:i|you|u|ya|one|he|she|they)(?:'d|\s+would|\s+normally)?\s+)?(?:sit\w*|touch\w*\s+(?:the\s+)?(?:chair|seat|saddle|toilet))|"
    r"where\s+(?:i|you|u|ya|one|he|she|they)(?:'d|\s+would|\s+normally)?\s+sit\w*|seat\s+area|when\s+i\s+wipe|wiping|"
    # Where the underwear sits: "along my knicker line", "where my undies go".
    r"(?:underwear|undies|knickers?|bikini|panty|pants|boxers?|briefs)\s+line|"
    r"where\s+my\s+(?:underwear|undies|knickers|pants|boxers|briefs)\s+(?:sits?|goes?|go|covers?|touch\w*))"
)
# "bottom" is the buttocks, not the bottom of a rep or "at the bottom" of a thrust.
_BOTTOM = (
    r"(?<!at\s)(?<!at\sthe\s)(?<!the\svery\s)(?<!from\sthe\s)(?<!in\sthe\s)bottom"
    r"(?!\s+(?:of|position|range|half|end|part|phase|portion|out|up|line|lockout))"
)
# Numbness in the words of a clinician; alone ("I had anaesthesia for surgery") they are no symptom.
_CLINICAL_NUMB = (
    r"(?:an(?:a|ae)?esthesi\w*|hyp(?:o|a)?(?:a|ae)?esthesi\w*|par(?:a|ae)?esthesi\w*|dys(?:a|ae)?esthesi\w*|"
    r"(?:reduced|altered|decreased|diminished|absent|loss\s+of|lost|no)\s+(?:\w+\s+)?sensation|sensory\s+(?:loss|change|deficit)s?)"
)
# Skin that has gone dull to the touch, in texture words: "cardboardy", "leathery", "like rubber". Saddle rules only:
# "legs feel rubbery" after a hard set is fatigue. A wooden spoon or board and a rubber band are things, not a texture.
_SKIN_DULL = (
    r"(?:cardboard\w*|leathery|leather-?like|papery|plasticky|rubbery\s+skin|"
    r"wooden\b(?!\s+(?:spoon|board|stake|plank|box|bench|block|floor|spatula|stick|bat|paddle|chair|pallet|dowel|pole|bar|door|"
    r"table|plyo|crate|step)s?\b)|"
    r"(?:like|as\s+if\s+it'?s)\s+(?:\w+\s+){0,2}?(?:cardboard|leather|rubber(?!\s*bands?)|plastic|parchment|wood)\b|"
    r"(?:skin|it|they)\s+(?:feels?|felt|is|are|has\s+gone|went|gone)\s+(?:\w+\s+){0,2}?(?:rubbery|thick|dull|muffled|"
    r"distant|far\s+away)|"
    # With the part named just before: "things in the nether regions have felt sort of muffled".
    r"(?:has|have)\s+(?:felt|gone|been\s+feeling)\s+(?:\w+\s+){0,2}?(?:muffled|distant|far\s+away))"
)
# What one sits on. "car seat", "toilet seat" and "seat" alone are always a seat; a bench, sofa or couch is one only
# "under me" (see the saddle rules).
_SEAT_THING = (
    r"(?:(?:car|toilet|loo|bike|bicycle|desk|office|train|bus|plane|stadium|driver'?s)\s+)?(?:seats?|chairs?|saddles?|"
    r"stools?|bleachers)"
)
_SAT_ON = rf"(?:{_SEAT_THING}|benches|bench|sofa|couch|settee|cushion|toilet|loo)"
# The buttocks are saddle area too, but numbness that runs from there down one leg is a leg sign.
_SEAT = rf"(?:butt\s+cheeks?|buttocks?|bum|butt|ass|arse|backside(?!\s+of)|{_BOTTOM}|nalgas?|culo|bunda)"
_SADDLE = rf"(?:{_SADDLE_CORE}|{_SEAT})"
_ONE_LEG_PATH = re.compile(
    r"\b(?:from|down)\s+(?:my\s+|the\s+)?(?:butt|bum|buttocks?|ass|glutes?|cheek)\w*\s+(?:all\s+the\s+way\s+)?"
    r"(?:down|to|into|through|till|until)\b|"
    r"\b(?:left|right|one)\b[^.!?]{0,25}?\b(?:leg|side|thigh|calf|foot|hamstring|knee|shin)\b|"
    r"\bon\s+(?:one|the\s+(?:left|right))\s+side\b"
)
# Spanish and Portuguese words for leg, thigh and foot turn up in otherwise English messages.
_LEG_FOREIGN = r"(?:piernas?|pernas?|pies?|p[ée]s|muslos?|coxas?)"
_LEG_PART = (
    r"(?:groin|legs?|thighs?|calf|calves|foot|feet|toes?|knees?|shins?|ankles?|hamstrings?|arms?|hands?|fingers?|"
    rf"{_LEG_FOREIGN})"
)
_LEG_SKIN = rf"(?:legs?|thighs?|calf|calves|foot|feet|toes?|shins?|ankles?|heels?|knees?|{_LEG_FOREIGN})"
_TWO_LEGS = (
    r"(?:both\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|their\s+)?(?:legs|feet|thighs|calves|sides|knees|quads|shins|hamstrings)|both\s+legs|"
    r"either\s+(?:of\s+)?(?:my\s+)?(?:legs?|feet|foot|sides?)|"
    r"(?:left|right)\s+and\s+(?:left|right)\s+(?:legs?|foot|feet|side)|my\s+legs|the\s+legs|legs|two\s+legs|feet)"
)
# Word-initial: "wagon" is no "agony".
_SEVERE = (
    # Hip bones "screaming" under the bar are the pad question, not a severe pain.
    r"\b(?:severe\w*|excruciat\w*|unbearabl\w*|(?<!bones\sis\s)(?<!bones\sare\s)(?<!bone\sis\s)(?<!hips\sare\s)agon\w*|worst\s+pain|(?<!hip\sbones\sare\s)(?<!hip\sbones\swere\s)"
    r"(?<!hips\sare\s)(?<!hips\swere\s)(?<!hip\sbones\s)(?<!hips\s)(?<!pointers\s)screaming(?!\s+under\s+(?:the\s+)?(?:bar|barbell))|intense\s+pain|"
    rf"(?:can'?t|cannot|couldn'?t)\s+(?:really\s+|even\s+)?(?:move|{_STAND}|get\s+up|breathe)|"
    r"(?:10|9|ten|nine)\s*(?:/|out\s+of|from)\s*10|"
    r"crippl\w*|so\s+much\s+pain|(?:insane|unreal|horrendous|horrific|blinding|extreme|brutal|atrocious)\s+pain|"
    r"(?:pain|it)\s+is\s+atrocious|"
    r"pain\s+(?:is\s+|was\s+)?(?:(?:absolutely|just|so)\s+)?(?:insane|unreal|horrendous|horrific|blinding|extreme|"
    r"unbearable|off\s+the\s+charts?|through\s+the\s+roof)|(?:hurts?|hurting)\s+(?:\w+\s+)?(?:off\s+the\s+charts?|"
    r"through\s+the\s+roof)|off\s+the\s+charts?\s+pain|worst\s+(?:ever|of\s+my\s+life)|crying\s+(?:in|from|with)\s+(?:the\s+)?pain|"
    r"(?:can'?t|cannot|couldn'?t)\s+(?:put|bear|take)\s+(?:any\s+)?weight\s+(?:on|through)\b|"
    r"(?:pass(?:ing)?|passed|black(?:ing)?|blacked)\s+out\s+(?:from|with|because\s+of)\s+(?:the\s+)?pain)"
)
# Full names only: "sat on my foot" and "in the sun" are no days.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Three or more days, in figures or words: "10 days", "ten days", "a few days".
_SEVERAL_DAYS = (
    r"(?:(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|several|many|a\s+few|few|[3-9]|"
    r"\d\d)\s+days)"
)
_AGE = (
    r"(?:5\d|[6-9]\d|(?:fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s]?(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
# "at 60" is an age; "at 60 kg" or "at 60 for 8" is a load.
_NOT_A_LOAD = (
    r"(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|%|percent|reps?|sec\w*|s\b|min\w*|degrees?|cm|mm|x\b|bpm|rpm|for\s+\d|\*|"
    r"lb\b|plates?))"
)
# Other people a lifter writes about: a partner, a client, family ("tita"/"tito" are a Filipino aunt and uncle).
_RELATION = (
    r"(?:(?:gym|training|workout|lifting|best|old|close|work|running|cycling|climbing|tri|rugby|football|swim(?:ming)?|pt|uni|"
    r"school|crossfit|dance|army)\s+){0,2}(?:friend|buddy|mate|pal|bro|brother|sister|sis|wife|"
    r"husband|partner|girlfriend|boyfriend|gf|bf|dad|father|mum|mom|mother|son|daughter|uncle|aunt|aunty|auntie|tita|"
    r"tito|cousin|colleague|co-?worker|neighbou?r|client|member|trainee|athlete|room-?mate|flatmate|housemate|teammate|grandma|grandpa|"
    r"grand?-?dad|grandmother|grandfather|granny|gran|nan|nana|mam|missus|missis|hubby|fiance|fiancee|fiancé|fiancée)s?"
)
_SAFE_LANDING = r"(?:floor|ground|pins|safet\w*|rack|mat|platform|spotter\s+arms)\b"
_FALL = (
    rf"(?:dropp?(?:ed|ing)?\s+(?:the\s+|my\s+|a\s+)?(?:loaded\s+|heavy\s+|full\s+)?(?:\d+\s*(?:kg|kgs|kilos?|lbs?|pounds)|"
    r"(?:\d+\s*(?:kg|kgs|lbs?)\s+)?(?:bar|barbell|weights?|plates?|dumb-?b?ells?|kettle-?bells?))\s+(?:by\s+accident\s+)?"
    rf"(?:on|onto|across|over|into|down\s+on)\b(?!\s+(?:the\s+)?{_SAFE_LANDING})(?!\s+purpose)|"
    # Present tense too, as in Patois or a quick message: "di bar drop pon mi hip".
    r"(?:bar|barbell|weights?|plates?)\s+(?:drops?|falls?|slips?|rolls?)\s+(?:on|onto|across|down\s+on)\s+(?:my|me)\b|"
    # Off the bench or rack onto the user: "the dumbbell rolled from the bench on my hip".
    r"(?:bar|barbell|dumb-?b?ells?|kettle-?bells?|weights?|plates?)\s+(?:fell|rolled|dropped|slipped|slid|came\s+down|toppled)\s+"
    r"(?:off|from)\s+(?:the\s+)?(?:\w+\s+)?(?:bench|rack|shelf|box|stand)\s+(?:on|onto|into)\s+(?:my|me)\b|"
    r"(?:bar|barbell|weights?|plates?)\s+(?:fell|dropped|slipped|rolled|crashed|came\s+down|landed|slammed|"
    r"came\s+(?:crashing|slamming|smashing|tumbling|flying|falling)\s+down)"
    rf"(?!\s+(?:\w+\s+)?(?:on|onto|to|down\s+on)\s+(?:the\s+)?{_SAFE_LANDING})"
    # The bar drifting onto the hip bones it rests on is its position, not a blow, unless the words say a blow.
    r"(?:(?<!rolled)|(?!\s+(?:up\s+)?(?:onto|on\s+to|on|up)\s+(?:my\s+)?(?:hip\s*bones?|hips?|"
    r"hip\s+crease|bony\s+bits)\b(?![^.!?]{0,60}(?:agony|crush|smash|crack|can'?t\s+(?:move|walk|stand)|unbearable|"
    r"excruciating|\b(?:[7-9]|10)\s*/\s*10))))|"
    r"(?:bar|barbell|weights?|plates?|dumb-?b?ells?|kettle-?bells?)\s+(?:\w+\s+)?(?:crushed|pinned|trapped|smashed|hit|"
    # A bar that bumps the hip bones it sits on is its position: "bar bumped my hip bones on the way up".
    r"whacked|slammed|crashed|smacked|thumped|struck|bashed|"
    r"(?:knocked|bumped|clipped)(?!\s+(?:into\s+|against\s+)?(?:my\s+)?(?:hip\s*bones?|hip\s+crease|pelvic\s+bones?|bony\s+bits))|"
    r"cracked|banged)\s+(?:(?:right\s+|straight\s+)?(?:into|onto|against)\s+)?(?:me|my)\b|"
    # Off the pad onto the belly: "the bar roll off the pad onto her lower belly", "it dropped off the pad onto my
    # groin".
    r"\b(?:roll(?:s|ed)?|slid|slides|slipp?(?:ed|s)?|fell|falls|dropp?(?:ed|s)?)\s+off\s+(?:the|my|her|his)\s+(?:pad|hips?|lap|"
    r"legs?)\s+(?:and\s+)?(?:onto|into|on)\s+(?:me|my|his|her|their)\s+(?:lower\s+)?(?:belly|stomach|tummy|abdomen|groin|"
    r"pelvis|ribs?|chest|crotch|privates|hips?|hip\s*bones?)\b|"
    r"\bwent\s+(?:flying\s+|over\s+)?backwards?\s+(?:onto|off|into)\s+(?:the\s+)?(?:floor|ground|concrete|bench|box|rack)\b|"
    # A bar that bounced on the body is a blow, not its resting place: "the bar bounced on my hip bone".
    r"(?:bar|barbell)\s+(?:\w+\s+)?bounced\s+(?:off|on|onto|against)\s+(?:my|me)\b|"
    # A bar that tipped or rolled and caught someone: "his bar tipped and clipped his hip on the way down".
    r"(?:bar|barbell|plates?)\s+(?:\w+\s+){0,3}?(?:tipped|slid|slipped|rolled|fell|dropped|came\s+down|tilted)\b[^.!?]{0,25}?"
    r"\b(?:clipped|hit|smacked|whacked|struck|caught|landed\s+on|slammed\s+(?:into|onto))\s+(?:me|my|his|her|their)\b|"
    # "kid ran into the bar while I was at the top and it hit my hip".
    r"\bran\s+into\s+(?:the|my)\s+(?:bar|barbell)\b[^.!?]{0,50}?\bit\s+(?:hit|smacked|whacked|bashed|banged|smashed|slammed)\s+"
    r"(?:into\s+)?(?:me|my)\b|"
    # "let the bar slide down and it cracked into his groin".
    r"(?:bar|barbell|plates?)\s+(?:\w+\s+){0,2}?(?:slide|slid|slip|slipped|roll|rolled|fall|fell|drop|dropped)\b[^.!?]{0,25}?\bit\s+"
    r"(?:cracked|smashed|slammed|crashed|banged|whacked)\s+(?:into|onto|on)\s+(?:me|my|his|her|their)\b|"
    # Stood on or kicked in a game: "got my back stood on in a scrum".
    r"\bgot\s+(?:my\s+)?(?:\w+\s+){0,2}?(?:stood|stamped|trampled|landed)\s+on\b|"
    # A simile is no blow: "bar bruising my hip bones like I've been tackled".
    r"(?<!like\si've\s)(?<!like\sive\s)(?<!like\si\s)(?<!if\si've\s)(?<!if\si\s)\b(?:got|was|been|getting)\s+(?:tackled|speared|kneed|stamped\s+on|"
    r"trampled|stood\s+on)\b|"
    r"(?:bar|barbell)\s+(?:\w+\s+){0,4}?(?:whipped|swung|spun|twisted|flipped)\s+(?:around|round|over)?[^.!?]{0,20}?"
    r"\b(?:hit|smash\w*|slamm\w*|crash\w*|bang\w*|whack\w*|crack\w*)\s+(?:into\s+|onto\s+)?(?:me|my)\b|"
    # Road and sport crashes: "crashed my bike", "came off my scooter", "got clipped by a car".
    r"(?:crashed|wrecked|totall?ed|came\s+off|fell\s+off|got\s+(?:knocked|thrown)\s+off|was\s+(?:knocked|thrown)\s+off)"
    r"\s+(?:my\s+|the\s+|a\s+)?(?:push\s*|e-?|mountain\s+|road\s+)?(?:bike|bicycle|motorbike|motorcycle|scooter|"
    r"moped|car|skateboard|board|horse)\b|"
    r"(?:got|was|were|been|getting)\s+(?:rear-?ended|t-?boned|side-?swiped|run\s+over)\b|"
    # The body thrown against something hard, and a climber's fall: "took a whipper on lead and slammed the wall".
    r"\b(?:slammed|smashed|crashed|bashed|banged|smacked)\s+(?:(?:hard\s+)?(?:into|against)\s+|the\s+)(?:the\s+|a\s+)?"
    r"(?:wall|ground|floor|rock|boulder|deck|pavement|concrete|post|pole|door\s*frame|railing|barrier)\b|"
    r"\btook\s+a\s+(?:big\s+|bad\s+|huge\s+|nasty\s+|hard\s+|massive\s+)?whipper\b|"
    r"\bwent\s+down\s+with\s+(?:it|the\s+(?:motor)?bike|my\s+(?:motor)?bike|the\s+horse|the\s+ladder)\b|"
    # Walked into furniture hard enough to bruise: "bruised my hip walking into a table at the party".
    r"\bbruis\w*\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:hips?|back|bum|butt|glutes?|tailbone|spine|side|thighs?|ribs?)\b[^.!?]{0,20}?\b"
    r"(?:walk\w*|ran|run\w*|bump\w*|bang\w*|smack\w*|crash\w*|fall\w*|fell)\s+(?:\w+\s+)?(?:into|against|on|onto)\b|"
    r"\b(?:walk\w*|ran|run\w*|bump\w*|bang\w*|smack\w*|crash\w*)\s+(?:\w+\s+)?into\s+(?:a|the)\s+(?:\w+\s+)?(?:table|counter|door|"
    r"wall|post|pole|shelf|rack|bench|corner|desk)\b(?=[^.!?]{0,40}?\bbruis\w*)|"
    r"(?:clipped|hit|struck|knocked\s+(?:down|over|off)|run\s+over|side-?swiped|rear-?ended|t-?boned)\s+by\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:car|van|truck|lorry|bus|taxi|cab|bike|cyclist|scooter|motorbike|driver)\b|"
    r"(?:bike|cycling|motorbike|motorcycle|scooter|skiing|snowboard\w*|road|traffic)\s+(?:crash|accident|wreck|collision)\b|"
    # Wipeouts and landings on something hard: "wiped out skiing", "hit the ice on my back". "Wiped out" alone is
    # also tired: only with where or how it happened.
    r"\bwiped\s+out\s+(?:skiing|snowboarding|skating|surfing|biking|cycling|running|on\s+(?:my|the|a)\s+(?:bike|board|skis?|"
    r"ice|slope|stairs|trail)|on\s+the\s+(?:ice|slopes?)|while\s+\w+ing)\b|\b(?:had|took)\s+a\s+(?:bad\s+|big\s+|nasty\s+|hard\s+)?"
    r"wipe-?out\b|"
    r"\b(?:hit|smacked|slammed\s+(?:into|onto)|landed\s+(?:hard\s+)?on)\s+(?:the\s+)?(?:ice|ground|floor|deck|pavement|"
    r"concrete|rocks?|stairs|steps)\s+(?:\w+\s+){0,2}?(?:on|with)\s+my\s+(?:\w+\s+)?(?:back|spine|tailbone|coccyx|hips?|bum|butt|head)\b|"
    # The bar got away and then struck the body, in any tense: "the bar slip from my hands at the top and hit my
    # lower belly and hip", "plate rolled off and landed on my foot".
    r"(?:bar|barbell|weights?|plates?|dumb-?b?ells?|kettle-?bells?)\s+(?:\w+\s+)?(?:slip(?:s|ped)?|fall(?:s)?|fell|drop(?:s|ped)?|roll(?:s|ed)?|"
    r"slide(?:s)?|slid|c[ao]me?s?\s+off)\b[^.!?]{0,50}?\b(?:hit(?:s|ting)?|smash\w*|slamm?\w*|land\w*|crash\w*|"
    r"bang\w*|whack\w*|c[ao]me?s?\s+down)\s+(?:right\s+|straight\s+|hard\s+)?(?:on\s+|onto\s+|into\s+|across\s+|"
    r"down\s+on\s+)?(?:me|my)\b|"
    # Kit that rolls or falls onto the body itself: "kettlebell rolled onto my lower back". Onto the hips, lap or thighs
    # is where a bar rests.
    r"(?:dumb-?b?ells?|kettle-?bells?|weights?|plates?|jugs?)\s+(?:\w+\s+)?(?:rolled|fell|dropped|slid|slipped|tipped|"
    r"came\s+down)\s+(?:right\s+|straight\s+)?(?:onto|on\s+to|on|into|across)\s+(?:me\b|my\s+(?!(?:\w+\s+)?(?:hips?|hip\s*bones?|"
    r"lap|thighs?|pad|legs?)\b))|"
    r"(?:bar|barbell|weights?|plates?)\s+(?:\w+\s+)?(?:slip(?:s|ped)?|roll(?:s|ed)?|slide(?:s)?|slid)\b[^.!?]{0,30}?"
    r"\bdrop(?:s|ped)?\s+(?:right\s+|straight\s+)?(?:on|onto|down\s+on)\s+(?:me|my)\b|"
    r"\bbench\s+(?:\w+\s+)?(?:slipped|slid|tipped|toppled|flipped|gave\s+way|collapsed|shot\s+out|moved|shifted|"
    r"went\s+flying)[^.!?]{0,60}?(?:\bon\s+me\b|\bonto\s+me\b|landed|fell|crash\w*|hit|smash\w*|crush\w*|"
    r"agony|crack\w*|snap\w*)|"
    # A pad, towel, mat or foot that slips is kit moving, not the lifter falling.
    # Whole words: a "husband" who fell is no band slipping.
    r"(?<!\bweight\s)(?<!\bkeeps\s)(?<!\bpad\s)(?<!\bpadding\s)(?<!\btowel\s)(?<!\bmat\s)(?<!\bcushion\s)(?<!\bfoot\s)"
    r"(?<!\bfeet\s)(?<!\bband\s)(?<!\bshoe\s)(?<!\bshoes\s)(?<!\bheel\s)(?<!\bheels\s)(?<!\bhand\s)(?<!\bhands\s)(?<!\bgrip\s)"
    r"(?:fell|fall|falling|slipped|tripped|tumbled)\s+(?:off(?!\s+me\b)(?!\s+(?:the\s+)?(?:wagon|bandwagon|"
    r"(?:the\s+)?(?:face\s+of\s+the\s+earth|radar|map)|track|plan|routine|program\w*|schedule|diet))|from|on|onto|down|"
    r"over|backwards?|hard|and|in\s+the\s+(?:shower|bath|tub|rain|snow|ice|mud|kitchen|bathroom|street|road|car\s+park|"
    r"parking\s+lot|sauna|steam\s+room|pool|changing\s+rooms?|locker\s+rooms?|gym|garden|yard|stairwell|dark|hall(?:way)?))|"
    r"(?:kicked|kneed|punched|elbowed|tackled|speared|struck)\s+(?:hard\s+)?(?:in|on|into)\s+(?:the|my)\s+(?:lower\s+|low\s+)?"
    r"(?:back|spine|tailbone|coccyx|ribs|kidneys|hip|pelvis|groin)\b|"
    # The doer named first: "kicked by my mare in the lower back", "got headbutted by the bull". The simile ("like I got
    # kicked by a horse") is set aside in not_a_sign.
    r"(?:kicked|kneed|punched|elbowed|head-?butted|butted|trampled|bucked\s+off|thrown\s+off|stood\s+on|stepped\s+on)\s+by\s+"
    r"(?:(?:a|an|the|my|his|her|our|some)\s+)?(?:\w+\s+){0,2}?(?:horse|mare|pony|stallion|gelding|foal|filly|colt|cob|cow|bull|heifer|steer|"
    r"donkey|mule|goat|ram|camel)\b|"
    r"\b(?:horse|mare|pony|stallion|gelding|filly|colt|cob|cow|bull|heifer|steer|donkey|mule|goat|ram|camel)\s+(?:\w+\s+)?"
    r"(?:kicked|butted|"
    r"head-?butted|trampled|threw|bucked|stood\s+on|stepped\s+on|landed\s+on|rolled\s+on|fell\s+on)\s+(?:me|my)\b|"
    r"(?:kicked|kneed|punched|elbowed|head-?butted|butted)\s+by\s+(?:\w+\s+){1,3}?(?:in|on|into)\s+(?:the|my)\s+"
    r"(?:lower\s+|low\s+)?(?:back|spine|tailbone|coccyx|ribs|kidneys|hip|pelvis|groin)\b|"
    r"(?:took|taken|got|had|caught)\s+(?:a\s+|an\s+)?(?:hard\s+|big\s+|nasty\s+)?(?:knee|kick|elbow|boot|shoulder|tackle|hit|"
    r"punch|head-?butt)\s+(?:to|in|into)\s+(?:the|my)\s+(?:lower\s+|low\s+)?(?:back|spine|tailbone|coccyx|ribs|kidneys|hip|"
    r"pelvis|groin)\b|"
    r"\b(?:i|we|he|she)\s+(?:dropped|crashed|slammed|fell)\s+(?:down\s+)?(?:onto|on\s+to|on)\s+(?:the\s+|a\s+|my\s+)?"
    r"(?:sofa|couch|bed|chair|bench|box|table|step|stairs)(?:\s+(?:frame|edge|arm|corner|leg))?\b|"
    r"(?:a|bad|hard|nasty)\s+fall|"
    # Kit that flew and struck the lifter: "band snapped mid rep and the metal buckle hit me in the eye".
    r"\b(?:buckle|band|clip|collar|carabiner|chain|handle|strap|plate|pin)\s+(?:\w+\s+)?(?:hit|smacked|whacked|struck|caught|"
    r"slapped|flew\s+into|snapped\s+into|snapped\s+back\s+into)\s+(?:me\s+in\s+the|my)\s+(?:eye|face|head|nose|mouth|teeth|"
    r"groin|balls|ribs|back|shin|knee)\b|"
    # Put on the ground by someone or something: "got knocked down in the riot control drill", "knocked over by a wave".
    r"\b(?:got|was|were|been|getting|get)\s+(?:(?:knocked|pushed|shoved|bowled)\s+(?:down|over)|(?:thrown|slammed|taken|"
    r"dumped)\s+down|(?:knocked|thrown|pushed|shoved|slammed|taken|dumped)\s+to\s+the\s+(?:ground|floor|deck|mat))\b"
    r"(?!\s+a\s+(?:peg|notch|level))|"
    # A parachute landing that went wrong is a fall from height; a hard landing off a box jump is training.
    r"\b(?:hard|bad|rough|heavy|awkward|botched)\s+(?:parachute\s+|para\s+|chute\s+|jump\s+)?landing\b(?=[^.!?]{0,40}?"
    r"\b(?:parachut\w*|chute|skydiv\w*|para(?:chute)?\s+jump|static[\s-]+line|c-?130|c-?17|aircraft|plane|heli\w*|"
    r"hercules|tandem|canopy|drop\s+zone|dz)\b)|"
    r"\b(?:parachut\w*|chute|skydiv\w*|static[\s-]+line|c-?130|c-?17|canopy|tandem)\b[^.!?]{0,40}?\b(?:hard|bad|rough|"
    r"heavy|awkward|botched)\s+landing\b|\b(?:plf|parachute\s+landing\s+fall)\b|"
    r"(?:took|had|taken)\s+a\s+(?:\w+\s+)?tumble|car\s+(?:accident|crash)|fender[\s-]?bender|got\s+hit|was\s+hit|trauma\w*|"
    # "tipped off the bench onto my side".
    r"(?:tipped|toppled|rolled|slid|slipped|tumbled)\s+(?:right\s+)?(?:off|over)\s+(?:the\s+|my\s+)?(?:bench|box|step|platform)\b|"
    # Slang for falling over: "nearly stacked it on the stairs", "came a cropper", "face-planted". "stacked it up" and
    # "stacked it with plates" are loading the bar.
    r"stack(?:ed|ing)\s+it\b(?=\s*(?:$|[,.!?;]|(?:on|in|down|off|at|going|coming|walking|running|getting|yesterday|"
    r"today|twice|again|hard|big\s+time)\b))(?!\s+on\s+(?:the\s+|a\s+)?(?:bar|barbell|rack|bench|pile|stack|trolley|tree))|"
    r"came\s+a\s+cropper|face-?\s?planted|crashed\s+(?:off|down\s+(?:on|onto)|onto)\s+(?:the\s+)?(?:bench|box|floor|ground|"
    r"concrete|stairs?)\b|went\s+(?:arse|ass)\s+over\s+(?:tit|tea-?kettle|elbow)|"
    r"(?:bar|barbell|weights?|plates?|dumbbells?)\s+(?:\w+\s+)?(?:slid|slides|sliding)\s+(?:off|out|down)|"
    # "the bar landed on the floor" is the bar, not the lifter.
    r"(?<!bar\s)(?<!barbell\s)(?<!weight\s)(?<!weights\s)(?<!plate\s)(?<!plates\s)"
    r"(?:landed|landing|land|crashed|came\s+down|dropped|slammed|smacked|banged|went\s+down)\s+(?:hard\s+|right\s+|"
    r"straight\s+|flat\s+|full\s+force\s+)?(?:on|onto|into)\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:back|tailbone|coccyx|butt|"
    # The belly and ribs too: "it rolled off and came down on my belly". Not the lap or thighs, where a bar is set down.
    r"bum|backside|bottom|arse|ass|hips?|hip\s*bones?|pelvis|spine|sacrum|head|neck|floor|ground|belly|stomach|tummy|abdomen|ribs?|chest|groin|"
    # "went down on my left side" off a bike or on ice; "landed on my side".
    r"(?<=went\s{1}down\s{1}on\s{1}my\s{1})(?:left\s+|right\s+)?side|(?<=landed\s{1}on\s{1}my\s{1})(?:left\s+|right\s+)?side|"
    r"(?<=landed\s{1}on\s{1}her\s{1})(?:left\s+|right\s+)?side|(?<=landed\s{1}on\s{1}his\s{1})(?:left\s+|right\s+)?side)\b|"
    # Where the bench or box meets the back is the setup: "where exactly should the bench hit my back?".
    r"(?<!bench\s)(?<!box\s)(?<!edge\s)(?<!pad\s)"
    r"(?:hit|smashed|slammed|whacked|bang|banged|bashed|cracked|jarred|smacked|bump|bumped|knock|knocked)\s+"
    r"(?:my\s+|his\s+|her\s+|their\s+)?"
    r"(?:lower\s+)?(?:tailbone|coccyx|spine|sacrum|back|head)\b|"
    r"(?:bumped|banged|knocked|smacked|whacked|bashed|clipped)\s+(?:my\s+|his\s+|her\s+)?(?:left\s+|right\s+)?(?:hip|hip\s*bone|"
    r"pelvis|side)\s+(?:hard\s+)?(?:on|against|into)\s+(?:the\s+|a\s+)?(?:rack|bench|box|door\w*|table|corner|edge|post|"
    r"machine|upright)\b|"
    # Kit that got away and knocked the hip: "the bar bounced off the pins and knocked my hip". "the bar hits my hip
    # bones" on every rep is the pad question, so the kit must have moved first.
    r"(?:bar|barbell|plates?|weights?|dumbbells?|kettlebell)\s+(?:\w+\s+){0,6}?(?:bounced|rolled|slipped|fell|came\s+down|swung)\b"
    r"[^.!?]{0,30}?\b(?:and\s+)?(?:knocked|hit|smacked|whacked|bashed|clipped|slammed|landed\s+on)\s+(?:into\s+)?(?:my\s+)?"
    r"(?:left\s+|right\s+)?(?:hips?|hip\s*bones?|pelvis)\b|"
    # A slip that ended on the floor, or a fall with the bar: "slipped at the gym and fell with the bar".
    r"(?<!nearly\s)(?<!almost\s)\b(?:slipped|tripped)\b[^.!?]{0,40}?\b(?:and\s+)?(?<!nearly\s)(?<!almost\s)(?:fell|went\s+down|"
    r"hit\s+the\s+(?:floor|deck|ground))\b|(?<!nearly\s)(?<!almost\s)\bfell\s+(?:over\s+|down\s+)?with\s+the\s+"
    r"(?:bar|barbell|weights?)\b)"
)

# What a dropped foot scuffs when walking.
_WALKED_ON = (
    r"(?:the\s+|every\s+|each\s+)?(?:ground|floor|stairs?|steps?|kerbs?|curbs?|pavement|carpet|rug|road|path|pavement|"
    r"grass|edge\s+of\s+(?:the\s+)?(?:step|stair)s?)\b"
)
# The front of the thighs in the ways people write it: "quads", "front thighs", "my thighs (front)".
_QUAD_WORD = (
    r"(?:quads?\b|quadriceps\b|fronts?\s+of\s+(?:my\s+|the\s+|her\s+|his\s+|their\s+)?(?:thighs?|legs?)\b|front\s+thighs?\b|"
    r"anterior\s+thighs?\b|(?:thighs?|legs?)\s*\(\s*(?:the\s+|at\s+the\s+|in\s+)?front\s*\)|"
    r"thighs?,?\s+(?:at\s+|in\s+)?the\s+front\b)"
)
# "sharp" as pain, not cheese, dress sense or a turn: "sharp cheddar", "look sharp", "a sharp turn".
_SHARP_WORD = (
    r"(?<!look\s)(?<!looks\s)(?<!looking\s)(?<!\d\s)(?<!am\s)(?<!pm\s)(?<!o'clock\s)(?<!than\s)sharp(?!en|ie)\w*\b"
    r"(?![\s-]+(?:cheddar|cheese|flavou?rs?|tastes?|mind\w*|wit\w*|dress\w*|look\w*|suits?|outfits?|eye\w*|focus|"
    r"images?|pictures?|turns?|bends?|corners?|increase|rise|drop\s+in|contrast|pencils?|mustard|shooter|tongue|"
    r"edges?|points?|knurl\w*|as\s+a\s+tack|tips?|bits?\s+of\s+(?:the|my)\s+(?:bench|plate|box|bar)|"
    # "sharp question: bench or box?", "sharp technique question": a quick question, not a pain.
    r"(?:technique\s+|form\s+|quick\s+|little\s+|small\s+|setup\s+)?(?:questions?|q)\b))"
)
# Pain vocabulary for pairing with a body location. BURN and SORE are split out because in the glutes
# they are normal training sensation, but the same words in the lower back are a reason to modify.
_PAIN_GENERIC = (
    r"(?:hurt\w*|pain(?![\s-]?free)\w*|ache\w*|backaches?|aching|achy|achiness|grumbl(?:y|ing)\b|tight(?!s\b)\w*|stiff\w*|strain\w*|discomfort\w*|uncomfortabl\w*|"
    r"killing|kills|throb\w*|agon(?:y|ising|izing)\b|(?<!blood\s)pressure|irritat\w*|bother(?:s|ing|ed|some)?\b(?!\s+(?:you|u|ya|anyone|everyone|with))|bugging|tender\w*|bruis\w*|ouch|owie|"
    r"sensitive|feels?\s+(?:off|weird|wrong|funny|bad|awful)|not\s+(?:right|good)|twing\w*|pinch\w*|"
    rf"{_SHARP_WORD}|stab(?!l|il)\w*|cramp\w*|spasm\w*|tweak\w*|niggl\w*|compress\w*|jamm\w*|crunch\w*|crick(?:s|ed|y)?\b|"
    # Scottish and Irish "nipping" is a stinging pain: "my back's been nippin for a fortnight".
    r"nipp(?:ing|in)'?(?=\s|$|[,.!?])|"
    # What pain makes a body do or say, in lay words: "still limping", "my back seizing up", "back grabbing",
    # "me back's been at me since Friday".
    # The pain named as "it", there at rest: "now it's there when I'm just sat at my desk doing nothing".
    r"(?<=it's\s)there\b(?=\s+(?:even\s+)?(?:when|while)\s+i'?m\s+(?:just\s+)?(?:sat|sitting|lying|resting|in\s+bed|doing\s+nothing))|"
    # Pain told by what it is like, no pain word: "like a hot iron on my lower back", "my neck is like a rusty gate",
    # "clamped in a vice", "turns to concrete after thrusts", "aches like a toothache".
    r"like\s+(?:a|an)\s+(?:(?:hot|red[\s-]hot|heavy|wooden|rusty|old|burning)\s+)?(?:iron|poker|stake|vice|vise|toothache|"
    r"sandbag|hinge|gate|floorboard)\b|(?:like|with)\s+(?:a|an)\s+(?:hot|red[\s-]hot|burning|heated)\s+(?:brick|coal|plate|stone)\b|"
    r"clamped\s+(?:in\s+a\s+)?(?:vice|vise)|turns?\s+(?:in)?to\s+(?:concrete|stone|cement)|creak\w*\s+like|"
    # "a cold heavy feeling in my spine": a feeling the back or spine has, not a muscle working.
    r"(?:heavy|cold|strange|weird|odd|funny|deep|dull)\s+(?:\w+\s+)?(?:feeling|sensation)(?=\s+(?:in|along|down)\s+(?:my|the)\s+"
    r"(?:lower\s+|low\s+)?(?:back|spine))|"
    # A muscle that locks hard is a cramp: "hamstring goes hard as a rock", "back of my thighs knot up".
    r"(?:goes|went|gets|going|got)\s+(?:rock\s+hard|hard\s+as\s+(?:a\s+)?(?:rock|stone|brick))|knot(?:s|ted|ting)?\s+up|"
    r"(?<=neck\s)pulled\b|gnaw\w*|limp(?:ing|ed)\b|seiz(?:ing|es|ed)\s+up\b|(?<=back\s)grabb(?:ing|ed)\b|(?<='s\s)been\s+at\s+me\b|"
    # "it stings", "my lower back is catching slightly": lighter pain words.
    r"sting(?:s|ing|y)?\b|catch(?:es|ing)?\b(?=\s+(?:slightly|a\s+bit|a\s+little|a\s+touch|sometimes|mildly|"
    r"in\s+(?:the\s+)?(?:hip\s+)?(?:thrusts?|bottom|sets?|reps?|movement|lift)|on\s+(?:the\s+way|every|each|some)|"
    r"at\s+the\s+(?:top|bottom)|when|during|mid))|(?<=a\s)catch\b(?=\s+in\b)|"
    r"(?:doesn'?t|does\s+not|don'?t|didn'?t)\s+feel\s+(?:great|good|right|ok|okay|too\s+good|so\s+good|normal))"
)
# "my glutes were screaming" is the burn of a hard set; in the back the same word is pain (see _MUSCLE_SCREAM).
_PAIN_BURN = r"(?:burn\w*|on\s+fire|fire|lit\s+up|lights?\s+up|lighting\s+up|torched|cooked|roast\w*|screaming)"
_PAIN_SORE = r"(?:sore\w*|doms|tender\w*)"
# "lumbar" and "spine" are how lifters who read up name the lower back.
_BACK_WORD = (
    r"(?:(?:lower\s+|low\s+)?back|lumbar(?:\s+spine|\s+area|\s+region)?|lower\s+spine|spine|erectors?|"
    r"espalda(?:\s+baja)?|lombar)"
)
_GLUTE_WORD = (
    # "my bottom" only: "the bottom of the rep" is a position.
    r"(?:glutes?|glues?\b|glute\s+max|butt|booty|bum|arse|rear\s+end|(?<=my\s)bottom|buttocks?|gl[úu]teos?|nalgas?|culo|"
    r"bunda)"
)
_BAR_WORDS = re.compile(r"\b(?:bar|barbell|pad|padding|weight|plates?|hip\s*bones?)\b")
# Interjections and faces count only next to a body part: "ow my back" is a report, "hi :(" is not.
_PAIN_CRY = (
    r"(?:\bow+\b|\bouch\b|\boof\b|\bugh+\b(?!,?\s+(?:fine|ok|okay|whatever|alright|yes|yeah)\b)|\bargh+\b|\btrouble\b|\bissues?\b|\bproblems?\b|"
    r"\bacting\s+up\b|\bplaying\s+up\b|"
    # A chore made hard by the back: "getting out of bed is a three-step process now because of my back".
    r"\b(?:struggl\w*|hard|difficult|process|ordeal|mission|can'?t|cannot|couldn'?t)\b[^.!?]{0,40}?\bbecause\s+of\s+"
    r"(?=(?:my|me)\s+(?:lower\s+|low\s+)?back\b)|\bgiving\s+me\s+(?:grief|hell)\b|:\(|:'\(|😣|😖|😫|🤕|😩|😭|😢)"
)
_PAIN_PUMP = r"(?:pump\w*)"
# The pain words that are only a cramp.
_CRAMP_WORD = re.compile(r"cramp\w*|spasm\w*")
_PAIN_WORD = re.compile(rf"\b(?:{_PAIN_GENERIC}|{_PAIN_BURN}|{_PAIN_SORE}|{_PAIN_PUMP})|{_PAIN_CRY}")
# Pain, not the burn or pump of a working muscle.
# A joint or the back that "lights up" is pain; glutes that light up are working.
_PAIN_NOT_EFFORT = re.compile(
    # A burn in the low back is no glute burn: "the burning in my low back is still there every single session".
    r"\bburn\w*\s+(?:in|at|across|around)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back\b|"
    rf"\b(?:{_PAIN_GENERIC}|{_PAIN_SORE}|flar\w*)|{_PAIN_CRY}|\b(?:joint|back|spine|lumbar|sacrum|tailbone)(?:\s+area)?\s+(?:lights?|lit)\s+up\b"
)

_LOCATION_PATTERNS: tuple[tuple[Location, str], ...] = (
    (
        Location.LOWER_BACK,
        r"\b(?:lower\s+back|low\s+back|lumbar\w*|l[45]\b|spine|si\s+joint|sacrum|tailbone|coccyx|backache|espalda|lombar|"
        r"(?:my|the|lower|low|in\s+(?:my\s+|the\s+)?)\s*back\b(?!\s+(?:of|to|down|up|on|against|onto))|"
        # "complaining of a sore back": the back named by how it feels.
        r"(?:(?<=\bsore\s)|(?<=\bachy\s)|(?<=\bstiff\s)|(?<=\btight\s))back\b(?!\s+(?:of|to|down|up|on|against|onto|into|row|rows|squats?|extensions?|then|home))|"
        r"(?<!upper\s)(?<!mid\s)(?<!middle\s)back(?:'s\b|\s+(?:pain|ache|hurts?|hurting|is|was|has|had|gets|got|feels?|felt|went|keeps|kills|killing|dey|"
        r"tight(?!s\b)\w*|sore\w*|strain\w*|stiff\w*|spasm\w*|issues?|problems?|started\s+(?:hurting|aching|to\s+hurt)))|"
        # Notes drop the "my": "back still a bit sore this morning", "back kinda stiff". Only opening a sentence.
        r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))\s*back(?=\s+(?:still|really|kinda|kind\s+of|a\s+(?:bit|little)|bit|pretty|very|quite|so|"
        r"feeling|super|abit)\b))",
    ),
    (Location.NECK, r"\b(?:neck|cervical|upper\s+spine)\b"),
    (Location.KNEES, r"\b(?:knees?|kneecaps?|patella\w*)\b"),
    (
        Location.HAMSTRINGS,
        r"\b(?:hamstrings?|hammies|hams|back\s+of\s+(?:my\s+|the\s+)?(?:thighs?|legs?))\b",
    ),
    (
        Location.HIPS,
        r"\b(?:hips?(?!\s*-?\s*(?:thrust|flexor))|hip\s*bones?|hip\s+crease|pelvis|pelvic\s+bones?|asis|iliac\s+(?:crests?|spines?))\b",
    ),
    (Location.GLUTES, rf"\b(?:{_GLUTE_WORD}|buttocks?|ass|cheeks|{_BOTTOM})\b"),
    (
        Location.OTHER,
        r"\b(?:quads?|quadriceps|front\s+of\s+(?:my\s+|the\s+)?thighs?|shoulders?|shoulder\s+blades?|"
        r"upper\s+back|mid\s+back|hip\s+flexors?|wrists?|elbows?|calf|calves|feet|foot|ankles?|shins?|legs?|thighs?|abs|stomach|"
        rf"{_LEG_FOREIGN})\b",
    ),
)
_LOCATIONS = tuple((loc, re.compile(p)) for loc, p in _LOCATION_PATTERNS)


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
