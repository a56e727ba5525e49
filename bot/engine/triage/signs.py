"""Checks that confirm or set aside what the rules heard: both legs, control lost, a leg sign spreading, a mild twinge
or pinch, training feel, a pain that settled."""

from __future__ import annotations

import re
import sys

from bot.engine.regex_prefilter import install
from bot.engine.triage.context import _SEVERITY, _WORD_NUMBERS
from bot.engine.triage.flags import Flag, Location
from bot.engine.triage.lexicon import (
    _BACK_WORD,
    _GLUTE_WORD,
    _GO_TOILET,
    _LEG_SKIN,
    _LEGS_FAIL,
    _NUMB,
    _ONE_LEG_PATH,
    _PAIN_BURN,
    _PAIN_PUMP,
    _PAIN_SORE,
    _PAIN_WORD,
    _QUAD_WORD,
    _SADDLE,
    _SADDLE_CORE,
    _SEVERE,
    _TOILET_PLACE,
    _WEAK,
    _WEAK_LAY,
)
from bot.engine.triage.rules import _COMPILED_RULES
from bot.engine.triage.scan import _Scan, _sentence_end

# "not numb", "no pain": the word itself denied, right before it (the clause-wide negation is scan.negated).
_DENIED_JUST_BEFORE = re.compile(r"\b(?:no|not|never|without|zero|nil|isn'?t|aren'?t)\s+$")


def _denied_just_before(text: str, pos: int) -> bool:
    return bool(_DENIED_JUST_BEFORE.search(text, max(0, pos - 12), pos))


_FEEL_GOOD = re.compile(
    r"\b(?:feel|feels|feeling|felt)\s+(?:really\s+|totally\s+)?(?:great|fresh|fine|good|amazing|strong|normal|100%)"
)
_NUMBNESS_FLAGS = frozenset({Flag.LEG_NUMBNESS_TINGLING, Flag.SADDLE_NUMBNESS, Flag.BOTH_LEGS})
_NOT_WORSENING = re.compile(
    r"\b(?:not|isn'?t|aren'?t|hasn'?t\s+been|haven'?t\s+been|never|no\s+longer)\s+(?:really\s+|at\s+all\s+)?"
    r"(?:getting\s+worse|worse|spreading|progressing|getting\s+weaker|getting\s+number)\b$"
)
# A body part named to say it is fine: "legs feel fine", "my back is totally ok", "knees are good".
_FINE_PART = re.compile(
    r"[\w\s]{0,20}?\b(?:doesn'?t|don'?t|does\s+not|do\s+not|isn'?t|aren'?t)\s+(?:hurt\w*|ache|sore|aching)\b|"
    r"[\w\s]{0,30}?\b(?:feels?|felt|is|are|was|were|seems?|'s|'re)\s+(?:totally\s+|completely\s+|perfectly\s+|"
    r"absolutely\s+|100%\s+|all\s+)?(?:fine|ok|okay|good|great|normal|strong|grand|solid)\b(?!\s+(?:until|till|but|except))"
)

# "quads do all the work, my bum feels nothing": the glutes are not working, not numb. Another muscle named as
# taking over makes "feel nothing" about activation, unless a real numbness word or the groin is named as well.
_OTHER_MUSCLE_WORKS = re.compile(
    rf"(?:{_QUAD_WORD}|\b(?:hamstrings?|hammies|hams|{_BACK_WORD}|thighs?)\b)[^.!?]{{0,20}}?\b(?:(?:are|is)\s+)?"
    r"(?:do(?:es|ing)?\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+work|tak(?:e|es|ing)\s+over|do(?:es|ing)?\s+everything|"
    r"work(?:s|ing)?\s+(?:harder|more)|tak(?:e|es|ing)\s+(?:all\s+)?the\s+load|"
    # The other muscle burning is it doing the work: "quads on fire and glutes feel nothing".
    r"burn\w*|on\s+fire|lit\s+up|screaming|cooked|toast\w*|🔥)|"
    # Or the glutes feel it all, the rest nothing: "calves feel nothing, glutes feel everything".
    r"\b(?:glutes?|butt|bum)\s+feel\w*\s+(?:everything|it\s+all|all\s+of\s+it)\b"
)
_TRUE_NUMB = re.compile(
    r"\b(?:num+b(?!er)\w*|numnes+|tin?g+(?:l|el|gl)\w*|pins?\s*(?:and|&|n)\s*needles|asleep|dead|prickl\w*|"
    # "a touch more stiff" is a little, not the sense of touch.
    # "wiped out" is tired, not wiping.
    r"cotton|cardboard\w*|an(?:a|ae)?esthe\w*|novo?caine|dentist|skin|(?<!\ba\s)touch|wip\w*(?!\s+out\b)|toilet|paper)\b"
)


def _glutes_not_working(text: str) -> bool:
    return bool(_OTHER_MUSCLE_WORKS.search(text)) and not _TRUE_NUMB.search(text) and not re.search(
        rf"\b{_SADDLE_CORE}\b", text
    )


# Bladder and bowel control by co-occurrence rather than by phrase: any word for what leaves the body (or where it
# goes) in the same sentence as any word for losing control of it. The phrase rules above keep missing new wordings
# ("not able to hold the stool, it come out without control"); two small vocabularies pair up into far more of them.
_EXCRETA = re.compile(
    rf"\b(?:pee(?:s|d|ing)?|wee(?:s|d|ing)?(?!\s+(?:bit|accident|while|one|thing|tad|problem|issue|twinge|niggle|mishap|moment|fall|slip))|urin\w*|bladd?e?r|piss\w*|{_TOILET_PLACE}|"
    r"stools?|poo(?:s|p|ps|ped|ping|ing)?|bowels?|fa?eces|number\s+(?:one|two|1|2)|no\.?\s*2|#\s*2|potty|waterworks|"
    # Slang: "bursting for a slash", "need a wazz", "take a dump".
    r"(?:a|for\s+a)\s+(?:slash|wazz|whizz|tinkle|piddle|jimmy(?:\s+riddle)?|dump|crap)|tinkle|piddl\w*)\b"
)
# Words that are about losing control whatever they sit next to in the sentence.
_CONTROL_LOST = re.compile(
    r"\b(?:without\s+(?:any\s+)?(?:control|warning|feeling\s+it|knowing|noticing)|(?:no|zero)\s+warning(?!\s+(?:signs?|lights?|symptoms?))|"
    r"(?:no|zero|lost|los(?:e|ing|s\s+of))\s+"
    r"(?:all\s+|the\s+)?control|out\s+of\s+control|(?:didn'?t|did\s+not|don'?t|not|couldn'?t)\s+make\s+it|"
    r"(?:came|come|comes|coming|went|goes)\s+out\s+(?:by|on\s+its|alone|itself|without|before)|by\s+itself|"
    r"on\s+(?:its|it'?s)\s+own|accidents?|leak\w*|dribbl\w*|soil\w*|messed\s+(?:myself|my)|"
    r"(?:didn'?t|did\s+not|don'?t|do\s+not|not|never|can'?t|cant|cannot|couldn'?t)\s+(?:even\s+|really\s+)?"
    r"(?:feel|notic\w*|realis\w*|realiz\w*|sense)\s+(?:it|when|that|anything|the\s+urge)|"
    # "never felt I needed to go", "didn't realise I needed a number two until it was already happening".
    r"(?:didn'?t|did\s+not|don'?t|do\s+not|not|never|can'?t|cant|cannot|couldn'?t)\s+(?:even\s+|really\s+)?"
    r"(?:feel|felt|notic\w*|realis\w*|realiz\w*|sense|know|knew)\s+(?:that\s+)?i\s+(?:needed|need|had|have|was\s+going)\s+to\b|"
    r"until\s+(?:it\s+was|it'?s|it\s+is|it\s+had)\s+(?:already\s+)?(?:happening|coming\s+out|out|too\s+late|started)|"
    # The urge not felt, in any tense: "haven't felt the need to pee all day although I drank 3 litres". Less often
    # during training is no loss: "don't feel the need to pee as often mid-set since I cut the coffee".
    r"(?:don'?t|do\s+not|doesn'?t|didn'?t|never|no\s+longer|can'?t|cannot|haven'?t|hasn'?t|have\s+not|has\s+not|"
    r"not)\s+(?:really\s+|even\s+|properly\s+|once\s+|yet\s+)?"
    r"(?:get|got|gotten|feel|felt|have|had|notice|noticed|sense|sensed)\s+(?:the|an|any|that)\s+"
    r"(?:urge|need|signal|sensation|feeling)\s+(?:that\s+i\s+(?:need|have|must)\s+)?to\b"
    r"(?!\s+\S+\s+(?:(?:as|so)\s+(?:often|much|many\s+times|frequently)|during|mid|between|before)\b)|"
    r"(?:no|lost\s+(?:the|my|any)|losing\s+(?:the|my)|lose\s+the)\s+(?:urge|need|sensation|signal)\s+to\b|"
    # Finding out only once it is happening is the sensation lost: "just find out when it's already happening".
    r"(?:only|just)\s+(?:\w+\s+)?(?:find|finds|found|finding|notice|notices|noticed|realis\w*|realiz\w*|know|knows)\s+"
    r"(?:out\s+)?(?:when|once|after)\s+(?:it'?s|its|it\s+is|it\s+has)\s+(?:already\s+)?|"
    # Retention: "bursting for a slash but nothing comes out", "it won't come".
    r"nothing\s+(?:\w+\s+)?(?:comes?|came|coming|will\s+come|would\s+come)\s*(?:out)?|"
    r"(?:won'?t|wont|doesn'?t|didn'?t|wouldn'?t|will\s+not)\s+(?:\w+\s+)?(?:come\s+out|flow|start|come)\b|not\s+a\s+drop)"
)
# "can't hold" is about the bladder only in its own clause: "can't hold the bar steady, also need to pee" is not.
_CONTROL_VERB = re.compile(
    r"\b(?:can'?t|cannot|cant|couldn'?t|could\s+not|not\s+able\s+to|unable\s+to|no\s+able\s+to|not\s+can|"
    r"(?:haven'?t|hasn'?t|have\s+not|has\s+not)\s+been\s+able\s+to|"
    r"don'?t\s+can)\s+(?:to\s+)?(?:hold|keep\s+it|stop|control|start|(?:feel|tell|notice|sense)\s+(?:when|if|whether|that|"
    rf"the\s+urge|it\s+coming)|{_GO_TOILET})"
)
_CO_OCCUR_GAP = 70  # characters between the two words: one sentence, not a paragraph
# A small leak on a sneeze that is years old is not a new bladder problem: "the odd little leak when I sneeze ever since
# my second baby - nothing new".
_OLD_STRESS_LEAK = re.compile(
    # The same small leak since a birth, known: "the little leak on heavy reps since my son was born, nothing new".
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,60}?\b(?:since\s+(?:my\s+)?(?:\w+\s+){0,3}?(?:was\s+born|birth|pregnan\w*|"
    r"bab(?:y|ies)|delivery|kids?|menopause)\b[^.!?]{0,40}?)?(?:nothing\s+new|no\s+change|for\s+years|unchanged)\b|"
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,40}?\b(?:sneez\w*|cough\w*|laugh\w*|jump\w*|skipp\w*)\b(?=[^.!?]{0,80}?\b(?:"
    r"years?|since\s+(?:my|the)\s+(?:\w+\s+)?(?:baby|birth|pregnan\w*|delivery|kids?|children)|nothing\s+new|not\s+new|"
    r"always|for\s+ages))|"
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,40}?\b(?:like|as)\s+(?:always|usual|ever)\b|"
    r"\b(?:leak\w*|dribbl\w*)\b[^.!?]{0,60}?\(?(?:physio|doctor|gp|midwife|urogyn\w*)\s+(?:is\s+|are\s+)?(?:aware|knows)\b"
)


def _control_loss(scan: _Scan) -> bool:
    """An affirmed loss of bladder or bowel control: both words in one sentence, neither denied nor hypothetical."""
    old = [m.span() for m in _OLD_STRESS_LEAK.finditer(scan.text)]
    losses = [
        (m, False) for m in _CONTROL_LOST.finditer(scan.text) if not any(m.start() < b and a < m.end() for a, b in old)
    ]
    losses += [(m, True) for m in _CONTROL_VERB.finditer(scan.text)]
    if not losses:
        return False
    for e in _EXCRETA.finditer(scan.text):
        for loss, same_clause in losses:
            first, second = sorted((e, loss), key=lambda m: m.start())
            if second.start() - first.end() > _CO_OCCUR_GAP:
                continue
            if scan.sentence_start(first.start()) != scan.sentence_start(second.start()):
                continue
            # "can't tell when I need a number 2": a verb that ends in "when" reaches into the clause it opens.
            verb_clause = scan.clause_start(loss.end() if loss is first else loss.start())
            if same_clause and verb_clause != scan.clause_start(e.start()):
                continue
            if scan.negated(first.start()) or scan.hypothetical(first.start()):
                continue
            # "toilet trips are fine, no accidents": a denial between the two words belongs to the second.
            clause = max(scan.clause_start(second.start()), first.end())
            if any(clause <= n < second.start() for n in scan.negation_starts):
                continue
            return True
    return False


# Weakness or numbness that reaches the second leg: "now the left one is getting weak too", "the other leg as well".
_OTHER_LEG = re.compile(
    r"\b(?:(?:the|my)\s+)?(?:other|left|right)\s+(?:one|leg|foot|side|thigh|calf|knee|ankle|shin)\b"
)
_LEG_SIGN = re.compile(rf"(?:{_WEAK}|{_NUMB})")
_LEG_NAMED = re.compile(r"\b(?:legs?|foot|feet|thighs?|calf|calves|knees?)\b")
_ALSO_AFTER = re.compile(r"\s*(?:too|as\s+well|also)\b")
_ALSO_NEAR = re.compile(r"\b(?:too|as\s+well|also)\b")
_NOW_BEFORE = re.compile(r"\b(?:now|also|then)\s+(?:in\s+)?$")
_SPREAD_BEFORE = re.compile(r"\b(?:spread\w*|moved|moving|travell?ed|went|gone|going|crept|creeping)\s+(?:in)?to\s+$")
# The other leg joining in without a sign word: "now my left foot is starting to go too", "the other one's going too".
_GOING_TOO = re.compile(
    r"\s*(?:is\s+|has\s+|'s\s+)?(?:now\s+|also\s+)?(?:(?:start(?:ing|ed|s)|beginning|begun|began)\s+to\s+go\b|"
    r"go(?:ing|ne|es)\s+(?:too|as\s+well|the\s+same(?:\s+way)?)\b|"
    # "now my left foot is starting to do it too".
    r"(?:(?:start(?:ing|ed|s)|beginning)\s+to\s+)?(?:do|doing|does|did)\s+(?:it|that|the\s+same)(?:\s+thing)?\s+(?:too|as\s+well)\b)"
)


def _spreads_to_other_leg(scan: _Scan) -> bool:
    """A leg sign, then the other leg named with the same sign or with "too": the second leg is now involved."""
    text = scan.text
    # "my face tingles, and now my left foot is numb too": the first sign was no leg's, so nothing spread.
    signs = [
        m.start()
        for m in _LEG_SIGN.finditer(text)
        if not scan.negated(m.start()) and not scan.hypothetical(m.start()) and not _above_the_legs(scan, *m.span())
    ]
    for m in _OTHER_LEG.finditer(text):
        if scan.negated(m.start()) or scan.hypothetical(m.start()):
            continue
        if not any(p < m.start() for p in signs) or not _LEG_NAMED.search(text, 0, m.end()):
            continue
        end = next((s for s in scan.sentence_starts if s > m.end()), len(text))
        sign_after = any(m.end() <= p < min(end, m.end() + 30) for p in signs)
        also_after = bool(_ALSO_NEAR.search(text[m.end() : min(end, m.end() + 45)]))
        now_before = bool(_NOW_BEFORE.search(text, max(0, m.start() - 25), m.start()))
        if sign_after and (also_after or now_before):
            return True
        if _GOING_TOO.match(text, m.end()):
            return True
        if _ALSO_AFTER.match(text, m.end()) or _SPREAD_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            return True
    return False


_LEGS_FAIL_RE = re.compile(_LEGS_FAIL)
_WEAK_LAY_RE = re.compile(_WEAK_LAY)
# Two legs, said as such: "legs", "feet", "both". One named leg ("my left leg") is a referral's business.
_LEGS_PLURAL = re.compile(r"\b(?:legs|feet|both)\b")
_ONE_LEG_NAMED = re.compile(r"\b(?:left|right|one|that|this)\s+(?:leg|foot|knee|thigh|side)\b")
# The hard-session explanation of a workaround: "legs so sore I had to pull myself up on the rail" is DOMS.
_SORE_EXCUSE = re.compile(r"\b(?:sore\w*|doms|stiff\w*|leg\s+day|killing\s+me|destroyed|wrecked|smashed|cooked)\b")


def _legs_fail_both(scan: _Scan) -> bool:
    """Legs that failed at their job (stairs, getting up, holding the body), with two legs named and no soreness to
    explain it: weakness in both legs."""
    text = scan.text
    if not _LEGS_PLURAL.search(text) or (_ONE_LEG_NAMED.search(text) and not re.search(r"\bboth\b", text)):
        return False
    weak = any(not scan.negated(m.start()) for p in (_LEG_SIGN, _WEAK_LAY_RE) for m in p.finditer(text))
    for m in _LEGS_FAIL_RE.finditer(text):
        if scan.negated(m.start()) or scan.hypothetical(m.start()):
            continue
        if _SORE_EXCUSE.search(text) and not weak:
            continue
        return True
    return False


# A bare "both" that answers a question or corrects one: "yes both", "sorry, both of them", "now both so weak". What
# it points back to is the nearest plural body part before it; only legs make it a both-legs sign.
_BOTH_BARE = re.compile(
    r"\bboth\b(?!\s+(?:of\s+(?:my|the|his|her|your|our)\b|my\b|the\b|your\b|his\b|her\b|legs|feet|arms|hands|glutes|"
    r"cheeks|hips|knees|sides?|ways|times|sets|exercises|days|directions|things|thrusts|squats)\b)"
)
_BODY_PLURAL = re.compile(
    r"\b(?:legs|feet|thighs|calves|knees|shins|ankles|glutes|cheeks|buttocks|arms|hands|hips|hamstrings|hammies|quads|"
    r"shoulders|sides|wrists|elbows|exercises|thrusts|squats|lifts|sets)\b"
)
_LEG_PLURALS = frozenset({"legs", "feet", "thighs", "calves", "knees", "shins", "ankles"})
# Between "both" and the sign: "both are fine, just the left is numb" puts the sign on one side again.
_BOTH_CONTRAST = re.compile(r"\b(?:but|just|only|except|fine|ok|okay|normal|good|not)\b")


def _both_referred(scan: _Scan) -> bool:
    """A bare "both" that points back to the legs, with a leg sign after it in that sentence or the next."""
    text = scan.text
    signs = [
        m
        for p in (_LEG_SIGN, _WEAK_LAY_RE, _LEGS_FAIL_RE)
        for m in p.finditer(text)
        if not scan.negated(m.start()) and not scan.hypothetical(m.start())
    ]
    for m in _BOTH_BARE.finditer(text):
        if scan.negated(m.start()) or scan.hypothetical(m.start()):
            continue
        before = list(_BODY_PLURAL.finditer(text, 0, m.start()))
        if before:
            referent = before[-1].group(0)
        else:
            # A reply that opens with it ("yes both. ...") may name the legs just after.
            after = _BODY_PLURAL.search(text, m.end())
            if m.start() > 20 or after is None:
                continue
            referent = after.group(0)
        if referent not in _LEG_PLURALS:
            continue
        this_end = _sentence_end(text, scan.sentence_starts, m.end())
        next_end = _sentence_end(text, scan.sentence_starts, this_end)
        for sign in signs:
            if m.end() <= sign.start() < next_end and not _BOTH_CONTRAST.search(text, m.end(), sign.start()):
                return True
    return False


def _runs_down_one_leg(scan: _Scan, m: re.Match[str]) -> bool:
    """ "numb from my butt down my right leg" is a one-leg sign; groin or genitals always count as saddle."""
    if re.search(rf"\b{_SADDLE_CORE}\b", m.group(0)):
        return False
    start = scan.sentence_start(m.start())
    end = next((s for s in scan.sentence_starts if s > start), len(scan.text))
    sentence = scan.text[start:end]
    return bool(_ONE_LEG_PATH.search(sentence)) and not re.search(r"\bboth\b", sentence)


def _severity(scan: _Scan) -> int | None:
    values = []
    for m in _SEVERITY.finditer(scan.text):
        if scan.hypothetical(m.start()):
            continue
        token = next(g for g in m.groups() if g)
        values.append(int(token) if token.isdigit() else _WORD_NUMBERS[token])
    return max(values) if values else None


# A muscle that is sore, tender or stiff a day or two after training is DOMS; other pain words are not.
# After a fall or a dropped bar these mean severe pain; alone they are as often a joke about leg day.
_HURT_BAD = re.compile(
    r"\b(?:can|could)(?:'?t|\s+not|not)?\s+(?:barely|hardly)\s+(?:move|walk|stand|get\s+up|breathe|sit)\b|"
    r"\b(?:barely|hardly)\s+(?:move|walk|stand|get\s+up|breathe|sit)\b|\bin\s+tears\b|(?<!besides\s)(?<!than\s)(?<!from\s)\bcrying\b|"
    r"\bhurts?\s+(?:so|really|very|super)\s+(?:much|bad|badly)\b|\bhurts?\s+like\s+(?:hell|crazy|mad)\b|"
    r"\b(?:terrible|awful|horrible|really\s+bad|massive|huge)\s+(?:\w+ing\s+)?pain\b|"
    # "curled up on the mat and can barely talk".
    r"\bcurled\s+up\s+(?:on|in)\s+(?:the|a)\s+(?:mat|floor|ground|ball)\b|\b(?:can|could)(?:'?t|\s+not|not)?\s+(?:barely|hardly)\s+(?:talk|speak)\b|"
    # "I see stars from pain", "cannot put the foot on ground".
    r"\b(?:see|seeing|saw|seen)\s+stars\b|\b(?:can'?t|cannot|couldn'?t|unable\s+to)\s+put\s+(?:my\s+|the\s+)?(?:foot|leg)\s+(?:on|to)\s+"
    r"(?:the\s+)?(?:ground|floor)\b|"
    # "the pain is really bad and I'm shaking".
    r"\b(?:pain|it)\s+(?:is|was|'s)\s+(?:really|very|so|super|pretty|properly)\s+bad\b(?!\s+(?:at|for|with))|"
    r"\bi'?m\s+(?:still\s+)?shaking\b(?![^.!?]{0,20}?\b(?:legs|from\s+(?:the\s+)?(?:set|effort|workout|fatigue)))|"
    # Intensity said by repeating or boosting: "very very painful", "extremely sore".
    r"\b(?:very\s+very|really\s+really|so\s+so|extremely|incredibly|unbelievably)\s+(?:painful|sore|bad)\b|"
    # The spec's trauma signs: can't bear weight, big swelling. "swollen like a balloon", "can't put weight on it".
    r"\b(?:can'?t|cannot|couldn'?t|unable\s+to|can\s+(?:barely|hardly))\s+(?:put|bear|take|stand)\s+(?:any\s+|much\s+|my\s+)?"
    r"weight\s+(?:on|through)\b|\b(?:swell\w*|swole|swollen|puff\w*)\s+(?:up\s+)?(?:\w+\s+)?(?:big|massive|huge|"
    r"like\s+an?\s+(?:mango|egg|golf\s+ball|tennis\s+ball|orange|balloon|grapefruit|melon))\b"
)
# A crack heard under a falling bar may be a fracture; the same sound on an ordinary rep is a pop injury.
_HEARD_CRACK = re.compile(
    r"\b(?:heard|felt)\s+(?:a\s+|something\s+|this\s+)?(?:\w+\s+)?(?:crack|snap|crunch)|"
    r"\b(?:crack|snap|crunch)(?:ing|ed)?\s+(?:sound|noise)|\bloud\s+(?:crack|snap|crunch)|\bsomething\s+(?:crack|snapp)ed\b"
)
_WAKES = re.compile(r"\b(?:wakes?|woke|waking|keeps?\s+me\s+awake|can'?t\s+sleep)\b")
# Sleepless for a reason that is no pain: "cant sleep lol thinking about tmrws glute day", "too hyped to sleep".
_SLEEPLESS_OTHER = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t)\s+sleep\b[^.!?]{0,25}?\b(?:thinking|excited|hyped|nervous|anxious|stress\w*|"
    r"caffeine|coffee|pre-?workout|pre|buzz\w*|overthinking)\b"
)
_DAYS_LATER = re.compile(
    r"\b(?:(?:a|one|1|two|2|couple\s+(?:of\s+)?|a\s+couple\s+(?:of\s+)?|few)\s+days?\s+(?:after|later|post)|"
    r"(?:the\s+)?(?:next|following)\s+(?:day|morning)|(?:the\s+)?day\s+after|since\s+(?:yesterday|leg\s+day)|"
    # "Rest day today, glutes a bit stiff... yesterday was heavy".
    r"rest\s+day(?:\s+today)?|yesterday\s+was\s+(?:a\s+)?(?:heavy|hard|tough|leg\s+day|big))\b"
)
_JOINT_WORDS = re.compile(
    r"\b(?:wrists?|elbows?|ankles?|feet|foot|shins?|stomach|knees?|shoulders?|hip\s+flexors?|upper\s+back|mid\s+back)\b"
)
_MUSCLE_FEEL = re.compile(r"(?:sore\w*|doms|tender\w*|stiff\w*|tight(?!s\b)\w*|achy|aching|aches?)")


def _only_muscle_feel(text: str, glutes_only: bool = False) -> bool:
    words = [m.group(0) for m in _PAIN_WORD.finditer(text)]
    # "the muscles of the bottom are hurting the day after" names a muscle ache, whatever the verb. So do the
    # buttocks alone: "my buttocks are paining me since yesterday's session" is the glutes' DOMS in everyday words.
    feel = _MUSCLE_FEEL_NAMED if glutes_only or _MUSCLES_NAMED.search(text) else _MUSCLE_FEEL
    return bool(words) and all(feel.fullmatch(w) for w in words)


def _glutes_named(locations: set[Location]) -> bool:
    # "leg day" and "front thighs" land in OTHER; the glutes must be there and no joint or back beside them.
    return Location.GLUTES in locations and locations <= {Location.GLUTES, Location.OTHER}


_MUSCLES_NAMED = re.compile(r"\bmuscles?\b")
_MUSCLE_FEEL_NAMED = re.compile(rf"(?:{_MUSCLE_FEEL.pattern}|hurt\w*|pain(?:s|ful|ing)?)")
# Over within minutes of the set: a twinge or a number that goes with it is no lasting pain.
# Cleared later the same day: "cleared by the afternoon", "had settled by dinner", "fine again by bedtime".
_CLEARED_BY_DAY = re.compile(
    r"\b(?:cleared|gone|eased|settled|fine|normal|ok|okay|better)\s+(?:up\s+|off\s+|again\s+|down\s+)?by\s+(?:the\s+)?(?:afternoon|"
    r"midday|mid-?day|lunch\w*|noon|evening|mid-?morning|dinner|tea|supper|tonight|bedtime|time\s+i|this\s+(?:afternoon|"
    r"evening))\b|"
    # The time first: "by the afternoon it was gone", "by lunch it had settled".
    r"\bby\s+(?:the\s+)?(?:afternoon|midday|mid-?day|lunch\w*|noon|evening|mid-?morning|dinner|tea|supper|bedtime)\s*,?\s+"
    r"(?:it|the\s+\w+)\s+(?:was|had|'d|has|is)\s+(?:completely\s+|totally\s+|all\s+)?(?:gone|cleared|eased|settled|fine|normal|ok|okay)\b"
)
_SETTLED_SOON = re.compile(
    # Gone in the cool-down: "the low back ache I got in today's set was mild and went away in my cooldown".
    r"\b(?:went\s+away|gone|eased|settled|faded|disappeared|passed)\s+(?:in|during|by|after)\s+(?:the\s+end\s+of\s+)?(?:my\s+|the\s+)?"
    r"(?:cool[\s-]?down|warm[\s-]?down|stretch(?:es|ing)?|walk\s+home)\b|"
    r"\b(?:went|goes|go|gone|going|was\s+gone|is\s+gone|disappear\w*|fad\w*|pass\w*|settl\w*|eas\w*)\s+"
    r"(?:right\s+|straight\s+)?(?:away\s+|off\s+|down\s+)?(?:right\s+|straight\s+|soon\s+|quickly\s+|shortly\s+)?"
    r"(?:after\b(?!\s+(?:a\s+|\d+\s+|a\s+few\s+|few\s+|several\s+|two\s+|three\s+|a\s+couple\s+(?:of\s+)?)?(?:days?|weeks?|"
    r"months?|nights?))|afterwards?\b|within\s+(?:about\s+|around\s+|like\s+)?(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?|\d+\s*)?"
    r"(?:seconds|minutes?|mins?|a\s+minute|(?:the|an|a|half\s+an)\s+hour)|"
    r"in\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?)?(?:seconds|minutes?|mins?)|by\s+the\s+next\s+set|between\s+sets)|"
    r"\b(?:gone|went\s+away|goes\s+away|settled|settles|eased|eases|faded|(?:totally\s+|completely\s+)?fine|right\s+as\s+rain)\s+"
    r"(?:about\s+|around\s+|like\s+|within\s+)?(?:a\s+few|a\s+couple\s+(?:of\s+)?|\d+|few|a|one|two|three|five|ten|fifteen|twenty)\s+"
    r"(?:minutes?|mins?|seconds)\s+(?:after|later)\b|"
    r"\b(?:eases|eased|goes|went|settles|settled|gone|stops|stopped)\s+(?:off\s+|away\s+)?(?:straight|right)\s+away\b|"
    # "fine after a few minutes", "ok again after a couple of mins".
    r"\b(?:fine|ok|okay|normal|gone)\s+(?:again\s+)?(?:after|within)\s+(?:about\s+|like\s+)?(?:a\s+few|a\s+couple\s+(?:of\s+)?|\d+|few|a|one|"
    r"two|three|five|ten)\s+(?:minutes?|mins?|seconds)\b|"
    r"\b(?:settled|eased|gone|went\s+away|fine)\s+once\s+i\s+(?:was|got|sat)\s+(?:back\s+)?(?:in|on|into|down|home|moving)\b|"
    # The same day: "had settled by dinner", "by the time I got home it was gone", "by the time I've showered...".
    rf"{_CLEARED_BY_DAY.pattern}|\bby\s+the\s+time\s+i(?:'d|'ve|\s+had|\s+have)?\s+"
    r"(?:got|get|gotten)?\s*(?:home|showered|shower\w*|finished|left|cooled\s+down|driven\s+home|to\s+the\s+car)\b"
    r"[^.!?]{0,20}?\b(?:gone|settled|fine|eased|normal|ok|okay)\b|"
    # With the set: "gone once I stop", "goes away as soon as I rack it".
    r"\b(?:gone|goes(?:\s+away)?|went(?:\s+away)?|stops|stopped|eases|eased|settles|settled|disappears|fine|ok|okay)\s+(?:once|when|as\s+soon\s+as)\s+i\s+"
    r"(?:stop|stopped|rack|racked|finish\w*|rest|rested|get\s+up|got\s+up|stretch\w*|walk\w*)\b|"
    # After a small comfort: "fine after a cuppa and bedtime stories", "ok after a hot shower".
    r"\b(?:fine|ok|okay|normal|gone|settled|better|eased)\s+(?:again\s+)?after\s+(?:a|my|some)\s+(?:cuppa|cup\s+of\s+tea|brew|coffee|"
    r"tea|shower|hot\s+shower|bath|hot\s+bath|sit(?:\s+down)?|rest|stretch|walk|lie\s+down|nap|snack)\b|"
    # Already, the same day: "stopped after 2 sets. it's calmed down already".
    r"\b(?:it'?s|its|it\s+has|has|it)\s+(?:calmed|settled|eased)\s+(?:down\s+|off\s+)?already\b|"
    r"\b(?:calmed|settled|eased|faded|went\s+away|was\s+gone|disappeared)\s+(?:down\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|\d+|few|"
    r"two|three)\s+hours\s+later\b|"
    # What the user did, then it settled: "so I stopped, stretched, and it settled", "fixed my ribcage position and it
    # was fine", "when I stopped hyperextending it went away".
    r"\b(?:stopped|stretched|rested|racked\s+it|fixed|corrected|changed|adjusted)\b[^.!?]{0,40}?\b(?:and\s+)?it\s+(?:settled|"
    r"eased|calmed\s+down|went\s+away|was\s+(?:fine|gone|ok|okay))\b|"
    r"\bwhen\s+i\s+(?:stopped|fixed|corrected|changed)\s+[^.!?]{0,30}?\bit\s+(?:went\s+away|settled|eased|stopped)\b"
)
_MILD_TWINGE = re.compile(
    r"\b(?:slight|small|little|tiny|minor|mild|light|faint|wee|bit\s+of\s+a|mini)\s+(?:\w+\s+)?twing\w*|"
    r"\btwing\w*\s+(?:a\s+(?:little|tiny|wee)(?:\s+bit)?|a\s+bit|slightly|a\s+touch)\b|"
    # A twinge of an ache is the ache: "had a twinge of lower back achiness, maybe 3/10".
    r"\btwing\w*\s+of\s+(?:\w+\s+){0,3}?(?:ach\w*|tight(?!s\b)\w*|stiff\w*|discomfort|soreness)"
)
_SHARP_RULE = next(patterns for flag, patterns in _COMPILED_RULES if flag is Flag.SHARP)
_LEG_NUMB_RULE = next(patterns for flag, patterns in _COMPILED_RULES if flag is Flag.LEG_NUMBNESS_TINGLING)
# Numbness of the hands, face or arms is no leg sign: "pre-workout made my face tingly", "fingers numb on the cold bar".
_NON_LEG_PART = re.compile(
    r"\b(?:face|ears?|earlobes?|lips?|mouth|tongue|nose|chin|jaw|scalp|head|hands?|fingers?|finger\s*tips|thumbs?|"
    r"palms?|wrists?|forearms?|arms?)\b"
)
_LOWER_BODY_PART = re.compile(
    rf"\b(?:{_LEG_SKIN}|hamstrings?|hammies|hams|quads?|{_GLUTE_WORD}|hips?|{_BACK_WORD}|{_SADDLE})\b"
)
_NEAR_PART = 25  # characters: "tingling in my hands and feet" names the feet too
_HARD_BREAK = re.compile(
    r"[;:.!?()\n]|\s-\s|\s—\s|\b(?:but|though|although|however|except|yet|plus|also|then|so|because|cause|cuz|while|"
    r"which|when|whenever|after|whereas|now|since)\b"
)
# "1/10 at rest" is a lifter reporting how low it goes, not pain that keeps them up.
_REST_LOW = re.compile(
    r"\b(?:[0-2]|zero|one|two)\s*(?:/|out\s+of)\s*10\s+(?:at|when|while)\s+(?:i'?m\s+)?rest\w*|"
    r"\b(?:at\s+rest|resting|rest)\s*(?::|-|=|is|was)?\s*(?:[0-2]|zero|one)\s*(?:/|out\s+of)\s*10"
)
_EASED_AT_REST = re.compile(
    r"\b(?:settled|eased|went\s+away|gone|better|fine|ok|okay|calmed\s+down|wore\s+off)\s+(?:\w+\s+){0,5}?(?:on\s+the\s+(?:sofa|"
    r"couch|settee)|resting|lying\s+(?:down|in\s+bed)|with\s+(?:some\s+)?rest)\b|"
    # Fine while resting, or eased by how one lies: "I'm chilling on the couch fine", "tight when I lie flat in bed,
    # fine if I bend my knees. settles quick".
    r"\b(?:chilling|chillin'?|relaxing|sitting|lying|laying|resting)\s+(?:\w+\s+){0,3}?(?:on\s+the\s+(?:couch|sofa|settee)|in\s+bed)"
    r"\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|ok|okay|comfortabl\w*|pain[\s-]?free)\b|"
    r"\b(?:fine|ok|okay|better|goes\s+away)\s+(?:if|when|once)\s+i\s+(?:bend|pull|draw|prop)\s+(?:up\s+)?my\s+knees\b|"
    r"\bsettles?\s+(?:really\s+|pretty\s+|super\s+)?quick(?:ly)?\b|"
    # "tight on the sofa, stretched for a minute and it went away".
    r"\b(?:stretch\w*|walk\w*|mov\w*)\s+(?:\w+\s+){0,3}?(?:and\s+)?(?:it\s+)?(?:went\s+away|eased|was\s+gone|disappeared|settled)\b"
)
# One group: the _UNTIL patterns below append to it.
_NEVER_HAD_BACK = re.compile(
    r"(?:\b(?:never|not\s+once|haven'?t\s+ever)\s+(?:had|suffered\s+(?:from|with))\s+(?:(?:any\s+)?(?:lower\s+|low\s+)?back\s+"
    r"(?:problems?|pain|issues?|trouble|aches?)|an?\s+(?:bad|sore|dodgy|crook)\s+back)\b|"
    r"\bhaven'?t\s+had\s+(?:any\s+)?(?:lower\s+|low\s+)?back\s+(?:pain|problems?|issues?|trouble)\s+in\s+(?:decades|years|ages|"
    r"\d+\s+years)\b)"
)
_NEVER_HAD_BACK_UNTIL = re.compile(
    rf"{_NEVER_HAD_BACK.pattern}[^.!?]{{0,30}}?\b(?:until|till|til|before)\s+(?:this|last|now|recently|yesterday|today)\b|"
    # "never had back pain in his life, now he's got it after thrusts".
    rf"{_NEVER_HAD_BACK.pattern}[^.!?]{{0,30}}?\bnow\s+(?:he'?s|she'?s|i'?ve|they'?ve|he\s+has|she\s+has|i\s+have|they\s+have)"
    r"\s+got\s+(?:it|some|one)\b|"
    # "haven't had back pain in decades, and now it's started a week after I added hip thrusts".
    rf"{_NEVER_HAD_BACK.pattern}[^.!?]{{0,30}}?\b(?:and\s+)?now\s+(?:it'?s|it\s+has|it\s+is)\s+(?:started|back|here|come\s+on)\b|"
    # "never had a bad back in my life, but it's been grumbling since I added thrusts".
    rf"{_NEVER_HAD_BACK.pattern}[^.!?]{{0,30}}?\bbut\s+(?:it'?s|its|it\s+has|it\s+is)\s+(?:been\s+)?\w+\s+since\b|"
    # "husband's 62, never had back pain before, started after carrying paving slabs".
    rf"{_NEVER_HAD_BACK.pattern}\s+(?:before|in\s+(?:his|her|my|their)\s+life)\s*[,;]?\s*(?:and\s+|but\s+)?(?:now\s+)?(?:it\s+)?"
    r"(?:started|began|came\s+on|kicked\s+in)\b"
)
_NIGHT_WORDS = re.compile(r"\b(?:night|sleep\w*|bed|wakes?|woke|waking|awake)\b")

# Muscles that do the work of a thrust, screaming: "glutes were screaming", "my quads are absolutely screaming".
_MUSCLE_SCREAM = re.compile(
    rf"\b(?:{_GLUTE_WORD}|cheeks|hamstrings?|hammies|hams|quads?|thighs|legs|calves|muscles?)\s+(?:(?:were|are|was|is|just|"
    r"absolutely|literally|all|still|proper|so)\s+){0,3}screaming\b(?!\s+(?:in|with|from)\s+(?:pain|agony))"
)


def _only_muscles_scream(scan: _Scan) -> bool:
    spans = [m.span() for m in _MUSCLE_SCREAM.finditer(scan.text)]
    severe = [m for m in _SEVERE_RE.finditer(scan.text) if not scan.negated(m.start())]
    return bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in severe)


_NOT_SUBSIDING_RULE = next(patterns for flag, patterns in _COMPILED_RULES if flag is Flag.NOT_SUBSIDING)
# What a duration can be about besides pain: training, or time away from it.
_TRAINING_SPAN = re.compile(
    r"\b(?:doing|done|did|training|trained|lifting|lifted|thrusting|working\s+out|been\s+at\s+it|following|running|"
    r"on\s+(?:this|the|my|your)\s+(?:program\w*|plan|routine|split)|hip\s+thrust\w*|thrusts|program\w*|routine|"
    r"gym|started|starting|new\s+to|"
    # Time away is no pain either: "been away for a fortnight", "off for two weeks on holiday".
    r"away|off|holiday|vacation|break|travell?ing|resting|rested)\b"
)


def _only_training_durations(scan: _Scan) -> bool:
    """Every duration heard follows a training word in its clause: "been doing thrusts for 3 weeks"."""
    text = scan.text
    found = False
    for pattern in _NOT_SUBSIDING_RULE:
        for m in pattern.finditer(text):
            if scan.negated(m.start()) or scan.hypothetical(m.start()):
                continue
            # "the ache from hip thrust is 4 days already": how long the ache has lasted, the lift only its cause.
            if m.group(0).endswith("already"):
                return False
            if not _TRAINING_SPAN.search(text, scan.clause_start(m.start()), m.start()):
                return False
            found = True
    return found


def _above_the_legs(scan: _Scan, start: int, end: int) -> bool:
    """The sign at text[start:end] sits with a hand, arm or face part and no leg, seat or back beside it."""
    text = scan.text
    clause = scan.clause_start(start)
    # Near, but within a list of parts ("hands and feet"): a "but" or "now" starts another thought.
    before = _HARD_BREAK.split(text[max(0, start - _NEAR_PART) : start])[-1]
    after = _HARD_BREAK.split(text[end : end + _NEAR_PART])[0]
    own = text[clause:end]
    # The part may come after the sign: "pre-workout tingles in my ears and lips".
    near = f"{before} {own} {after}"
    return bool(_NON_LEG_PART.search(f"{before}{own} {after}")) and not _LOWER_BODY_PART.search(near)


def _numb_only_above_the_legs(scan: _Scan) -> bool:
    """Every numbness word is about the hands, arms or face."""
    found = False
    for pattern in _LEG_NUMB_RULE:
        for m in pattern.finditer(scan.text):
            if scan.negated(m.start()) or scan.hypothetical(m.start()):
                continue
            if not _above_the_legs(scan, m.start(), m.end()):
                return False
            found = True
    return found


def _sharp_matches(text: str) -> list[re.Match[str]]:
    return [m for pattern in _SHARP_RULE for m in pattern.finditer(text)]


def _undenied_sharp(text: str) -> list[re.Match[str]]:
    """The sharp rule's matches outside the user's own denial of sharpness ("no it's not sharp")."""
    denied = [m.span() for m in _NOT_SHARP.finditer(text)]
    return [m for m in _sharp_matches(text) if not any(a <= m.start() < b for a, b in denied)]


def _mild_passing_twinge(text: str) -> bool:
    # "twinged a little bit... not sharp at all": the sharpness denied is no sharp match.
    sharp = _undenied_sharp(text)
    mild_spans = [m.span() for m in _MILD_TWINGE.finditer(text)]
    mild = all(any(a <= m.start() < b for a, b in mild_spans) for m in sharp)
    # Or what is left the morning after, easing: "still a little twinge the morning after, better than last night".
    easing_next_day = bool(_NEXT_MORNING_WORDS.search(text) and _EASING_SINCE.search(text))
    return bool(sharp) and mild and bool(_SETTLED_SOON.search(text) or _GONE_BY_MORNING.search(text) or easing_next_day)


_NEXT_MORNING_WORDS = re.compile(
    r"\b(?:the\s+)?(?:morning|day)\s+after\b|\bnext\s+(?:morning|day)\b|\bthis\s+morning\b"
)
_EASING_SINCE = re.compile(
    r"\bbetter\s+than\s+(?:last\s+night|yesterday|it\s+was|after\s+the\s+session)\b|\b(?:easing|improving|getting\s+better)\b"
)


# A pinch in the lower back at lockout that goes when the bar is racked is over-arching, a form fix: "I feel a pinch in
# my lumbar at lockout, fine when I rest", "tight and pinchy at the top, goes away once I rack it".
_PINCH = re.compile(r"\bpinch\w*")
_AT_LOCKOUT = re.compile(
    r"\b(?:at|on|during|near)\s+(?:the\s+)?(?:lock\s*-?out|top|end\s+range)\b|\bwhen\s+i\s+lock\s*(?:out|it\s+out)\b"
)
_GONE_AT_REST = re.compile(
    r"\b(?:fine|gone|ok|okay|goes\s+away|disappears|eases|stops)\s+(?:when|once|as\s+soon\s+as|after)\s+(?:i\s+)?(?:rest|rack|stop|"
    r"sit|lower|come\s+down|put)\w*"
)


def _pinch_not_sharp(text: str) -> bool:
    """ "my low back kind of pinches, no it's not sharp, more like a tight squeeze": the user says what the pinch is."""
    sharp = _undenied_sharp(text)
    denied = _NOT_SHARP.search(text) or _DULL_PINCH.search(text)
    return bool(sharp) and bool(denied) and all(_PINCH.search(m.group(0)) for m in sharp)


_NOT_SHARP = re.compile(
    r"\b(?:not|isn'?t|never)\s+(?:really\s+|actually\s+)?sharp\b|\bnothing\s+(?:at\s+all\s+)?sharp\b|"
    # "pinching a bit. Tight rather than painful."
    r"\b(?:tight|stiff|pressure)\s+rather\s+than\s+(?:painful|sharp|pain)\b"
)
# A pinch the user calls dull: "back was pinching a bit, dull, maybe a 6".
_DULL_PINCH = re.compile(
    r"\bpinch\w*\s+(?:a\s+bit|a\s+little|slightly)?,?\s*(?:but\s+)?dull\b|\bdull\s+(?:\w+\s+)?pinch\w*"
)

_PAD_ONLY_FIX = re.compile(
    r"\b(?:tried|used|using|put|added|folded|switched\s+to|changed\s+to|got|bought)\b[^.!?]{0,40}?\b(?:as\s+a\s+)?(?:pad|padding|towel|"
    r"muslin|mat|cushion)\b"
)
_LASTS_AFTER = re.compile(r"\b(?:for\s+days|days?\s+after|every\s+session|keeps|still\s+there|after(?:wards)?\b)")


def _only_pinches(text: str) -> bool:
    sharp = _sharp_matches(text)
    return bool(sharp) and all(_PINCH.search(m.group(0)) for m in sharp)


def _lockout_pinch(text: str) -> bool:
    sharp = _sharp_matches(text)
    return (
        bool(sharp)
        and all(_PINCH.match(text, m.start()) or _PINCH.search(m.group(0)) for m in sharp)
        and bool(_AT_LOCKOUT.search(text))
        and bool(_GONE_AT_REST.search(text) or _SETTLED_SOON.search(text))
    )


_TRAINING_FEEL = re.compile(
    rf"(?:{_PAIN_BURN}|{_PAIN_PUMP}|{_PAIN_SORE}|achy|aching|aches?|tired|heavy|fatigued|tight)"
)

_BURN_OR_PUMP = re.compile(rf"(?:{_PAIN_BURN}|{_PAIN_PUMP})")


def _only_training_feel(text: str) -> bool:
    return all(_TRAINING_FEEL.fullmatch(m.group(0)) for m in _PAIN_WORD.finditer(text))


_SEVERE_RE = re.compile(_SEVERE)

# Gone by the next morning, after a session the day before: "4/10 yesterday after thrusts, completely gone this
# morning", "woke up this morning feeling fine".
_GONE_BY_MORNING = re.compile(
    r"\b(?:woke\s+up|waking\s+up)\s+(?:this\s+morning\s+|today\s+)?(?:feeling\s+|and\s+(?:it\s+was\s+|it'?s\s+|felt\s+)?)?"
    r"(?:fine|great|good|normal|ok|okay|totally\s+fine|pain[\s-]?free)\b|"
    r"\b(?:completely\s+|totally\s+|all\s+)?(?:gone|fine|settled|cleared)\s+(?:by\s+)?(?:this|the\s+next|next)\s+morning\b|"
    # "a bit stiff after the session, fine next day".
    r"\b(?:completely\s+|totally\s+|all\s+)?(?:gone|fine|settled|cleared)\s+(?:by\s+)?(?:the\s+next|next|the\s+following)\s+day\b|"
    r"\b(?:gone|settled|eased|went\s+away|cleared)\s+(?:by\s+the\s+time\s+i\s+woke(?:\s+up)?|when\s+i\s+woke(?:\s+up)?|overnight)\b|"
    r"\bby\s+(?:the\s+)?(?:next\s+)?morning\s+(?:it\s+is|it'?s|it\s+was)\s+(?:\w+\s+)?(?:fine|gone|ok|okay|better)\b"
)


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
