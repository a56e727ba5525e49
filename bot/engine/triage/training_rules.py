"""Rules for form problems (modify) and normal training feel (none): the back doing the glutes' work, the bar on the
hip bones, neck strain, hamstrings and quads taking over, pain not settled, burn, pump and soreness."""

from __future__ import annotations

from bot.engine.triage.flags import Flag, Rule
from bot.engine.triage.lexicon import _BACK_WORD, _GLUTE_WORD, _QUAD_WORD

TRAINING_RULES: tuple[Rule, ...] = (
    Rule(
        Flag.BACK_NOT_GLUTES,
        (
            # The split given in numbers: "feels like 70% lower back, 30% glutes", "80/20 back to glutes".
            r"\b(?:[5-9]\d|100)\s*%\s+(?:in\s+(?:my\s+|the\s+)?)?(?:lower\s+|low\s+)?back\b|"
            r"\b[5-9]0\s*/\s*[1-5]0\s+(?:lower\s+|low\s+)?back\s+(?:to|vs\.?|and|over)\s+glutes?\b",
            # "I feel hip thrusts more in my lower back than my glutes": the back named over the glutes.
            r"\b(?:feel|feeling|felt|feels)\s+(?:it\s+|this\s+|them\s+|these\s+|those\s+|that\s+|(?:the\s+|my\s+)?"
            r"(?:last\s+|first\s+|final\s+|heavy\s+|top\s+)?(?:hip\s+)?(?:thrusts?|bridges?|exercise|movement|lift|reps?|sets?|workout)\s+)?(?:(?:way|much|a\s+lot|far|"
            r"so\s+much)\s+more\s+|more\s+|mostly\s+|only\s+|all\s+)?(?:in\s+)?(?:my\s+|the\s+|her\s+|his\s+|their\s+)?"
            rf"{_BACK_WORD}\b[^.!?]{{0,30}}?"
            r"(?:instead\s+of|not|rather\s+than|more\s+than|than|and\s+not|but\s+not|over)\s+(?:in\s+)?"
            rf"(?:my\s+|the\s+|her\s+|his\s+|their\s+)?{_GLUTE_WORD}",
            rf"\b{_BACK_WORD}\s+(?:(?:is|was|keeps)\s+)?(?:takes?\s+over|taking\s+over|took\s+over|(?:does|did)\s+(?:all\s+)?the\s+work|"
            r"doing\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+work|is\s+working|compensat\w*|works\s+more|"
            # "feels like my lower back is lifting the weight, not my butt".
            rf"(?:is|was)\s+(?:lifting|moving|pushing|doing)\s+(?:the\s+)?(?:weight|bar|load|lift)\b,?\s+(?:and\s+)?not\s+(?:my\s+|the\s+)?{_GLUTE_WORD})",
            r"\b(?:don'?t|doesn'?t|can'?t|never|barely|hardly)\s+(?:really\s+)?feel\s+(?:it\s+|anything\s+)?"
            r"(?:in\s+)?(?:my\s+|the\s+)?(?:glutes?|butt|booty)[^.!?]{0,60}?\bback\b",
            r"\bglutes?\s+(?:aren'?t|are\s+not|don'?t|not)\s+(?:firing|working|activat\w*|doing)[^.!?]{0,40}\bback\b",
            # "my back arches a lot and i feel it there instead of glutes".
            rf"\b{_BACK_WORD}\b[^.!?]{{0,40}}?\bfeel\s+it\s+there\s+(?:instead\s+of|more\s+than|rather\s+than|not\s+(?:in\s+)?)"
            rf"\s*(?:my\s+|the\s+)?{_GLUTE_WORD}",
            # "glutes don't seem to be doing anything, I mostly feel my lower back working".
            r"\bglutes?\s+(?:don'?t|do\s+not|doesn'?t)\s+(?:seem|appear)\s+to\s+(?:be\s+)?(?:do(?:ing)?|work(?:ing)?|fir(?:e|ing)|"
            r"activat\w*)\b[^.!?]{0,60}?\bback\b",
            rf"\bfeel\w*\s+(?:mostly\s+|only\s+|just\s+)?(?:my\s+|the\s+)?{_BACK_WORD}\s+(?:working|doing\s+(?:all\s+|most\s+)?"
            r"(?:of\s+)?the\s+work|taking\s+over)",
            rf"\b(?:only|all|mostly)\s+(?:in\s+)?(?:my\s+|her\s+|his\s+|their\s+)?{_BACK_WORD}\b",
            # "it's my lower back working, not my butt", "lower back goes warm like a hot water bottle during reps".
            rf"\b(?:it'?s|its|it\s+is)\s+(?:all\s+|mostly\s+)?(?:my\s+)?{_BACK_WORD}\s+(?:working|doing\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+work|"
            r"taking\s+over)\b",
            rf"\b{_BACK_WORD}\s+(?:goes|gets|went|got)\s+(?:all\s+|really\s+|super\s+|so\s+)?(?:warm|hot)\b[^.!?]{{0,40}}?\b(?:during|in|on|mid)\s+"
            r"(?:the\s+|my\s+)?(?:reps?|sets?|thrusts?)\b",
            # The rep felt in the back, no pain word: "felt it in my lumbar on the top set".
            # "pre-surgery I always felt it in my back" is how it was.
            r"\b(?:(?<!always\s)felt|feel|feeling|feels)\s+(?:it|this|that|them|the\s+(?:last\s+|top\s+|final\s+)?(?:rep|set|lift)s?)\s+"
            rf"(?:a\s+bit\s+|a\s+little\s+|slightly\s+|mostly\s+|more\s+)?in\s+(?:my\s+|the\s+)?{_BACK_WORD}\b",
            r"\bback\b[^.!?]{0,30}?(?:more\s+than|instead\s+of|rather\s+than)\s+(?:in\s+)?(?:my\s+|the\s+)?"
            r"(?:glutes?|butt|booty)",
            r"\bback\s+(?:feels?|gets?|takes)\s+(?:it|the\s+load|most\s+of\s+it)\b",
            # "lumbar feels it 🤷 glutes nothing".
            rf"\b(?:lumbar|{_BACK_WORD})\s+(?:feels?|gets?)\s+(?:it|everything)\b[^.!?]{{0,15}}?\b{_GLUTE_WORD}\s+(?:feel\s+|get\s+)?(?:nothing|zero|nada)\b",
            rf"\b{_BACK_WORD}\s+that\s+(?:feels|takes|gets)\s+it\b[^.!?]{{0,20}}?\bnot\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            # "my back gets a better workout than my glutes", "my lower back is doing the lift, not my butt".
            rf"\b{_BACK_WORD}\s+(?:gets?|got|getting)\s+(?:a\s+)?(?:better|bigger|harder|more\s+of\s+a)\s+(?:workout|pump|burn)\s+"
            rf"than\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            rf"\b{_BACK_WORD}\s+(?:is\s+|was\s+|'s\s+)?doing\s+(?:the|all\s+the|most\s+of\s+the)\s+(?:lift\w*|lifting|thrust\w*|moving)\b",
            # "my back arching and taking the load": a form word may come first.
            rf"\b{_BACK_WORD}\s+(?:is\s+|was\s+|keeps\s+|always\s+)?(?:\w+ing\s+and\s+)?(?:tak\w+|carr\w+|absorb\w*|handl\w+)\s+"
            r"(?:all\s+(?:of\s+)?|most\s+(?:of\s+)?|the\s+bulk\s+of\s+)?(?:the\s+)?(?:load|weight|strain|stress|brunt|work)\b",
            # The back carrying the whole lift, with a filler word: "my lower back is lowkey carrying the whole set".
            rf"\b{_BACK_WORD}(?:'s|\s+is|\s+was|\s+keeps|\s+always|\s+has\s+been)\s+(?:\w+\s+){{0,2}}?(?:carr(?:y|ies|ying|ied)|"
            r"doing)\s+"
            r"(?:the\s+|my\s+)?(?:whole|entire|full|every)\s+(?:set|lift|rep|movement|session|workout|thing)\b",
            # Glutes idle while the back is named: "lower back carrying it, glutes just vibing", "glutes on holiday".
            rf"\b{_BACK_WORD}\b[^.!?]{{0,50}}?\b{_GLUTE_WORD}\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:just\s+|basically\s+|"
            r"literally\s+)?(?:vibing|vibin'?|chilling|chillin'?|on\s+(?:holiday|vacation|strike|a\s+break)|"
            r"along\s+for\s+the\s+ride|doing\s+(?:nothing|sweet\s+f\w*\s+all|jack|zilch)|napping|taking\s+a\s+nap|"
            r"not\s+doing\s+(?:anything|much|their\s+job|shit)|switched\s+off|ghosting|missing\s+in\s+action|awol|mia)\b",
            rf"\b{_GLUTE_WORD}\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:just\s+|basically\s+|literally\s+)?(?:vibing|vibin'?|"
            r"chilling|chillin'?|on\s+(?:holiday|vacation|strike|a\s+break)|along\s+for\s+the\s+ride|napping|switched\s+off|"
            rf"doing\s+(?:nothing|jack|zilch))\b[^.!?]{{0,50}}?\b{_BACK_WORD}\b",
            rf"\bin\s+(?:my\s+|the\s+){_BACK_WORD},?\s+(?:and\s+|but\s+)?not\s+(?:in\s+)?(?:my\s+|the\s+)?{_GLUTE_WORD}",
            rf"\b{_BACK_WORD}\b[^.!?]{{0,40}}?\b{_GLUTE_WORD}\s+(?:barely|hardly|don'?t|doesn'?t|never|can'?t)\s+"
            r"(?:really\s+)?(?:feel|do|work|activat|fir|engag)\w*",
            rf"\bfeel\s+(?:it|these|them|this|(?:the\s+)?(?:hip\s*)?thrusts?)\s+in\s+my\s+{_BACK_WORD}\b",
            rf"\ball\s+i\s+(?:can\s+)?feel\s+is\s+(?:my\s+)?{_BACK_WORD}\b",
            # Shorthand: "back not glutes", "lower back > glutes", "back over butt again".
            rf"\b{_BACK_WORD}\s*(?:,|-|—|/)?\s*(?:not|instead\s+of|rather\s+than|>|over|more\s+than)\s+(?:the\s+|my\s+)?"
            rf"{_GLUTE_WORD}\b",
            # "I feel them in my thighs and lower back, barely anything in my glutes".
            rf"\b{_BACK_WORD}\b[^.!?]{{0,20}}?(?:,|;|-|—|but|and)\s*(?:but\s+)?(?:barely|hardly|not\s+much|very\s+little|"
            r"little\s+(?:to\s+)?nothing|nothing|not\s+(?:really\s+)?anything|zero|almost\s+nothing)\s+(?:\w+\s+)?"
            rf"(?:in|from|through)\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            # Lifter's terms: the back extensors tire before the glutes, the lumbar spine over-extends at lockout.
            rf"\b{_BACK_WORD}\s+(?:is\s+|are\s+|keeps?\s+|always\s+)?(?:fatigu\w*|tir\w*|gass\w*|giv\w+\s+out|"
            r"burn\w*|pump\w*|work\w*|fail\w*|cook\w*)\b[^.!?]{0,30}?\b(?:before|sooner\s+than|earlier\s+than|"
            rf"faster\s+than|ahead\s+of|long\s+before)\s+(?:my\s+|the\s+)?{_GLUTE_WORD}",
            r"\b(?:lumbar|lower\s+back|low\s+back|spinal|spine|back)\s+(?:hyper-?extension|hyper-?extending|"
            r"over-?extension|over-?extending|over-?arching)\b|"
            # Feeling the back arch is the same fault, noticed: "I can feel my back arching at lockout".
            r"\b(?:feel|feeling|felt|feels|notice|noticed)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back\s+(?:over-?)?arch(?:ing|es)?\b|"
            r"\b(?:hyper|over)-?extend\w*\s+(?:through\s+|at\s+|with\s+)?"
            r"(?:my\s+|the\s+)?(?:lower\s+back|low\s+back|lumbar|spine|back)\b|\b(?:arch\w*|over-?arch\w*)\s+(?:my\s+|the\s+)?"
            r"(?:lower\s+)?back\s+(?:too\s+much|at\s+(?:the\s+)?(?:top|lockout))",
        ),
    ),
    Rule(
        Flag.BAR_HIP_PAIN,
        (
            r"\b(?:bar|barbell|weight|plates?)\b[^.!?]{0,30}?(?:hurt\w*|dig\w*|dug|drill\w*|bruis\w*|crush\w*|press\w*|"
            r"pain\w*|sore|kill\w*|cut\w*|jam\w*|squish\w*|uncomfortabl\w*|smash\w*|destroy\w*|wreck\w*|murder\w*|"
            r"shred\w*|obliterat\w*|mash\w*|grind\w*)[^.!?]{0,25}?"
            r"\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease|pelvic)",
            # "the bar is awful hard on my hips", "rough on the hip bones": what the bar does to them, as a verdict.
            r"\b(?:bar|barbell|weight|plates?)\b[^.!?]{0,25}?\b(?:hard|rough|tough|brutal|harsh|murder|savage|cruel|"
            r"unkind|heavy|sore)\s+on\s+(?:my\s+|me\s+|the\s+|your\s+)?(?:poor\s+)?(?:hips?|hip\s*bones?|pelvis|hip\s+crease)\b",
            r"\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease)\b[^.!?]{0,25}?(?:bruis\w*|black\s+and\s+blue|"
            r"(?:hurt\w*|sore|pain\w*)\s+(?:from|under|where)\s+(?:the\s+)?(?:bar|barbell|weight))",
            r"\bbruis\w*\s+(?:on|over)\s+(?:my\s+)?(?:hips?|hip\s*bones?|pelvis)",
            r"\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease)\b[^.!?]{0,30}?(?:destroy\w*|kill\w*|wreck\w*|smash\w*|crush\w*|"
            r"murder\w*|shred\w*|bruis\w*|dug\s+into|hurt\w*|sore|pain\w*|rubbed\s+raw|raw|chaf\w*|scraped)[^.!?]{0,20}?\b(?:by|from|under)\s+(?:the\s+)?"
            r"(?:bar|barbell|weight|plates?)\b",
            r"\b(?:bar|barbell)\b[^.!?]{0,15}?(?:dig\w*|crush\w*|bruis\w*|jam\w*|smash\w*)\s+(?:in|into|on)?",
            r"\bno\s+pad\b[^.!?]{0,30}?(?:hurt\w*|pain\w*|bruis\w*)",
            # What the bar leaves on the skin: "red marks on my hips", "welts on my hip bones".
            r"\b(?:bar|barbell|weight|plates?)\b[^.!?]{0,30}?\b(?:marks?|welts?|grazes?|scrapes?|abrasions?|chaf\w*|"
            r"raw|rubs?|rubbing)\b[^.!?]{0,25}?\b(?:hips?|hip\s*bones?|pelvis|hip\s+crease|pelvic)",
            r"\b(?:hips?|hip\s*bones?|hip\s+crease)\s+(?:are\s+|is\s+|were\s+|got\s+)?(?:rubbed\s+)?(?:red\s+)?raw\b",
            # "2 purple marks on my hip bones from the bar".
            r"\b(?:marks?|welts?|bruis\w*|grazes?)\b[^.!?]{0,40}?\b(?:on|over|across)\s+(?:my\s+|both\s+)?(?:hips?|hip\s*bones?|"
            r"pelvis)\b[^.!?]{0,20}?\bfrom\s+(?:the\s+)?(?:bar|barbell)\b",
            # "my hip bones look like they got into a fight with the barbell and lost".
            r"\b(?:hips?|hip\s*bones?|pelvis)\b[^.!?]{0,40}?\b(?:fight|battle|war|beaten|battered|punched|beat\s+up)\b"
            r"[^.!?]{0,30}?\b(?:bar|barbell)\b",
        ),
    ),
    Rule(
        Flag.NECK_STRAIN,
        (
            # Straining the neck to watch the hips is the neck-strain form fault, pain word or not:
            # "cranking my head forward", "craning my neck up to watch the bar", "jutting my chin out".
            r"\b(?:crank\w*|cran(?:e|es|ed|ing)|jut\w*|pok(?:e|es|ed|ing)|strain\w*|jerk\w*|yank\w*|whip\w*)\s+"
            r"(?:my\s+|the\s+)?(?:head|neck|chin)\s+(?:\w+\s+)?(?:forwards?|up|out|back|round|around)\b",
            r"\bneck\b[^.!?]{0,15}?\bfeels?\s+like\s+(?:a\s+)?(?:bent|kinked|twisted|crushed|crooked|snapped)\b",
            # "my neck is in tension when I look up", "tension in the neck after the session".
            r"\bneck\s+(?:is\s+|was\s+|gets\s+|goes\s+)?(?:all\s+|so\s+)?in\s+tension\b|\btension\s+in\s+(?:my\s+|the\s+)neck\b",
            # "feels like my neck is doing all the work", "my neck takes over on the last reps".
            r"\bneck\s+(?:is\s+|was\s+|keeps\s+|kinda\s+)?(?:doing|does|did|taking|takes|took)\s+(?:all\s+|most\s+|half\s+)?"
            r"(?:of\s+)?(?:the\s+)?(?:work|over|lifting)\b",
        ),
    ),
    Rule(
        Flag.HAMSTRING_CRAMP,
        (
            r"\b(?:hamstrings?|hammies|hams|backs?\s+of\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:thighs?|legs?))\b[^.!?]{0,30}?"
            r"(?:cramp\w*|seiz\w*|spasm\w*|knot\w*|charley\s+horse|lock\w*\s+up)",
            r"\b(?:cramp\w*|spasm\w*|charley\s+horse)\b[^.!?]{0,25}?\b(?:hamstrings?|hammies|hams|"
            r"back\s+of\s+(?:my\s+|the\s+)?(?:left\s+|right\s+)?(?:thighs?|legs?))",
        ),
    ),
    Rule(
        Flag.HAMSTRINGS_DOMINANT,
        (
            r"\b(?:feel|feeling|felt|feels)\s+(?:it\s+)?(?:more\s+|mostly\s+|only\s+|all\s+)?(?:in\s+)?(?:my\s+)?"
            r"(?:hamstrings?|hammies|hams)",
            r"\b(?:hamstrings?|hammies|hams)\s+(?:still\s+|always\s+|just\s+|kinda\s+)?(?:take\s+over|taking\s+over|"
            r"takes?\s+over|do(?:ing)?\s+"
            r"(?:all\s+|most\s+)?(?:of\s+)?the\s+work|are\s+working\s+more|burn\w*|on\s+fire|"
            r"(?:are\s+|is\s+)?do(?:ing)?\s+(?:everything|it\s+all|most\s+of\s+it))",
            r"\ball\s+(?:hamstrings?|hammies|hams)\b",
        ),
    ),
    Rule(
        Flag.QUADS_DOMINANT,
        (
            # "quads cooking, glutes nothing"; "quads and glutes are cooked" is both worked.
            rf"\b{_QUAD_WORD}\s+(?:are\s+|were\s+|is\s+|lowkey\s+|so\s+|totally\s+)?(?:cooking|cooked|toast(?:ed)?)\b",
            rf"\b{_QUAD_WORD}[^.!?]{{0,30}}?(?:take\s+over|took\s+over|"
            r"taking\s+over|takes\s+over|(?:do(?:ing)?|did|take|takes|took|taking)\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+(?:work|load)|"
            r"burn\w*|on\s+fire|fried|"
            r"more\s+than|instead|working|hurt\w*|ache\w*|sore|tired|shak\w*|pump\w*|feel\s+it|🔥)",
            # Thighs named over the glutes; the back of the thighs is the hamstrings' own rule.
            r"(?<!back\sof\s)(?<!back\sof\smy\s)(?<!back\sof\sthe\s)\bthighs?\b[^.!?]{0,30}?\b(?:more\s+than|"
            r"instead\s+of|rather\s+than|,?\s*not)\s+(?:in\s+)?(?:my\s+|the\s+)?(?:glutes?|butt|bum|booty)",
            r"\b(?:feel|feeling|felt|feels)\s+(?:it\s+|(?:hip\s*)?thrusts?\s+|them\s+|these\s+|the\s+(?:exercise|movement|lift)\s+)?"
            r"(?:(?:way\s+|much\s+|a\s+lot\s+|far\s+)?more\s+|mostly\s+|only\s+|all\s+|predominantly\s+|mainly\s+)?"
            rf"(?:in\s+)?(?:my\s+|the\s+)?{_QUAD_WORD}",
            r"\b(?:pushing|push|driving)\s+(?:off|through)\s+(?:my\s+)?toes\b",
            r"\ball\s+(?:quads?|quadriceps)\b",
            r"\b(?:[5-9]\d|100)\s*%\s+(?:in\s+(?:my\s+|the\s+)?)?(?:quads?|quadriceps)\b|"
            r"\b[5-9]0\s*/\s*[1-5]0\s+(?:quads?|quadriceps)\s+(?:to|vs\.?|and|over)\s+glutes?\b",
            # "I feel hip thrusts entirely in my thighs, glutes feel nothing".
            r"(?<!back\sof\s)(?<!back\sof\smy\s)\b(?:entirely|completely|totally|all|only|mostly|just)\s+in\s+(?:my\s+|the\s+)?thighs\b"
            r"(?=[^.!?]{0,40}?\bglutes?\s+(?:feel|felt|do|did|get|got)\s+(?:nothing|little|not\s+much))",
            r"(?<!back\sof\s)(?<!back\sof\smy\s)\bthighs?\s+(?:are\s+|is\s+)?do(?:ing)?\s+(?:all\s+|most\s+)?(?:of\s+)?the\s+work",
            # "my thighs take over as soon as I go heavy".
            r"(?<!back\sof\s)(?<!back\sof\smy\s)(?<!back\sof\sthe\s)\bthighs?\s+(?:always\s+|just\s+)?(?:take|takes|took|taking)\s+over\b",
            r"\b(?:quads?|quadriceps)\s+(?:are\s+|is\s+)?do(?:ing)?\s+(?:everything|it\s+all|most\s+of\s+it)",
            # "thighs feel like they're doing everything, glutes nothing".
            r"(?<!back\sof\s)(?<!back\sof\smy\s)(?<!back\sof\sthe\s)\bthighs?\s+(?:feel\s+like\s+they'?re|are|seem\s+to\s+be)\s+doing\s+"
            r"(?:everything|it\s+all|all\s+(?:of\s+)?the\s+work)\b",
            # "I feel the thrust all in the front of my thighs, nothing in my backside".
            rf"\bfeel\w*\s+the\s+(?:hip\s+)?thrusts?\s+(?:all|only|mostly|just)\s+in\s+(?:my\s+|the\s+)?{_QUAD_WORD}",
            r"\b(?:work|load|effort|tension)\s+(?:goes|went|going)\s+(?:in)?to\s+(?:the\s+)?(?:front\s+of\s+(?:my\s+|the\s+)?thighs?|"
            r"quads?)\b",
        ),
    ),
    Rule(
        Flag.NOT_SETTLED,
        (
            r"\b(?:still|again)\b[^.!?]{0,40}?\b(?:next|following|this|the\s+next)\s+(?:morning|day)",
            r"\b(?:next|following)\s+(?:morning|day)\b[^.!?]{0,30}?\b(?:still|hurt\w*|ache\w*|aching|stiff\w*|"
            r"pain\w*|sore\w*|tight(?!s\b)\w*)",
            r"\bwoke\s+up\s+(?:with|and|still|stiff|sore|in\s+pain|achy|hurting)",
            r"\b(?:hurt\w*|ache\w*|aching|achy|stiff\w*|sore\w*|tight(?!s\b)\w*|pain\w*)\b"
            r"(?:(?!\b(?:fine|gone|ok|okay|better|settled|normal|good)\b)[^.!?]){0,25}?\b(?:the\s+)?"
            r"(?:next|following)\s+(?:morning|day)",
            r"\b(?:didn'?t|did\s+not|hasn'?t|not)\s+(?:settle\w*|calm\w*|go\s+away|ease\w*)\s+"
            r"(?:overnight|by\s+(?:the\s+)?(?:morning|next\s+day)|after\s+a\s+night)",
            r"\b(?:this\s+morning|today|yesterday'?s?)\b[^.!?]{0,30}?\bstill\b",
        ),
    ),
    Rule(
        Flag.PUMP,
        (r"\bpump\w*",),
    ),
    Rule(
        Flag.DOMS,
        (
            r"\b(?:doms|sore(?:ness)?\s+(?:the\s+)?(?:next|following|day\s+after|two\s+days|2\s+days|a\s+day)|"
            r"day\s+after\b[^.!?]{0,20}?sore|so\s+sore|sore\s+from\s+(?:yesterday|the\s+(?:workout|session)|"
            r"leg\s+day|hip\s+thrusts?))",
            # "stiff bum the morning after, walked it off": the muscles a day on, named with the day.
            r"\b(?:stiff|sore|achy|tight)\s+(?:glutes?|bum|butt|booty|cheeks|hamstrings|hammies|quads|legs)\b[^.!?]{0,20}?"
            r"\b(?:the\s+)?(?:morning|day)\s+after\b",
        ),
    ),
)
