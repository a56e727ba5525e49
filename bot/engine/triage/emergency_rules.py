"""Rules for the emergency flags: saddle numbness, bladder or bowel changes, both legs, weakness or numbness getting
worse."""

from __future__ import annotations

from bot.engine.triage.flags import Flag, Rule
from bot.engine.triage.lexicon import (
    _CLINICAL_NUMB,
    _DEAD_PATCH,
    _GO_TOILET,
    _LOWER_CLOTHES,
    _NUMB,
    _NUMB_ANY,
    _NUMBING_AGENT,
    _SADDLE,
    _SADDLE_CORE,
    _SAT_ON,
    _SEAT_THING,
    _SKIN_DULL,
    _TOILET_PLACE,
    _TWO_LEGS,
    _WALKED_ON,
    _WARDROBE_MISHAP,
    _WEAK,
    _WEAK_LAY,
    _WEEKDAY,
    _WORSENING,
)

EMERGENCY_RULES: tuple[Rule, ...] = (
    Rule(
        Flag.SADDLE_NUMBNESS,
        (
            rf"{_NUMB_ANY}[^.!?]{{0,40}}?\b{_SADDLE}\b",
            # Feeling muffled there: "my saddle area feels kind of dull, like wearing thick trousers down there".
            rf"\b{_SADDLE}\b[^.!?]{{0,20}}?\bfeels?\s+(?:\w+\s+){{0,3}}?(?:dull|muffled|muted|wooden|padded|rubbery)\b"
            r"(?!\s+(?:ache|aching|pain|throb\w*))",
            r"\blike\s+(?:i'?m\s+)?wearing\s+(?:\w+\s+){0,2}?(?:trousers|pants|gloves|padding|a\s+nappy|a\s+diaper|a\s+pad)\s+"
            r"(?:down\s+there|between\s+my\s+legs|on\s+my\s+(?:bum|butt|groin))\b",
            rf"\b{_SADDLE}\b[^.!?]{{0,30}}?{_NUMB_ANY}",
            # The place named, then pointed back to: "the inside of both thighs... and that whole area is going numb".
            rf"\b{_SADDLE}\b[^.!?]{{0,60}}?\b(?:that|the)\s+(?:whole\s+|entire\s+)?(?:area|region|bit|spot|zone)\s+(?:is|feels?|"
            rf"went|has\s+gone|keeps)\s+(?:\w+\s+)?{_NUMB_ANY}",
            # "my saddle area has felt kind of dead", "the bit where u sit feels like its asleep".
            rf"\b{_SADDLE}\b[^.!?]{{0,30}}?\b(?:feels?|felt|is|has\s+(?:felt|gone)|gone|went|fell|falls)\s+(?:[\w']+\s+){{0,3}}?(?:asleep|dead|to\s+sleep)\b"
            # "my butt is dead from yesterday, DOMS is real": worn out by the workout, not numb.
            r"(?!\s+from\s+(?:yesterday|leg\s+day|the\s+(?:workout|session|gym|class|thrusts)|training|(?:hip\s+)?thrusts|"
            r"last\s+night|this\s+morning))",
            # Heat or touch felt everywhere but the saddle: "the bath water felt hot everywhere except my private area",
            # and the groin that "felt like nothing" (a weight that felt like nothing is light, so the groin only).
            r"\b(?:felt|feels?|feel|feeling)\s+(?:\w+\s+){0,2}?(?:hot|warm|cold|normal|fine)\s+everywhere\s+(?:except|but|"
            rf"apart\s+from|other\s+than)\s+(?:for\s+)?(?:on\s+|in\s+|at\s+)?(?:my\s+|the\s+)?{_SADDLE_CORE}",
            rf"\b{_SADDLE_CORE}\b[^.!?]{{0,50}}?\b(?:felt|feels?|feel)\s+like\s+(?:nothing|no\s*thing)\b",
            r"\bsaddle\s+(?:area\s+)?(?:anaesthesia|anesthesia|numb\w*)",
            # Cold as if sat on ice, with nothing cold sat on: "around my backside it feels like I've been sat on ice".
            rf"\b{_SADDLE}\b[^.!?]{{0,40}}?\b(?:like|as\s+if|as\s+though)\s+(?:i'?ve\s+|i\s+have\s+|i'?d\s+|i\s+had\s+|i\s+)?(?:been\s+)?"
            r"(?:sat|sitting|sit)\s+(?:on|in)\s+(?:ice|snow|an?\s+(?:ice\s*(?:pack|block|cube|bath)|block\s+of\s+ice|bag\s+of\s+ice))\b",
            # Clinical wording: "perineal anaesthesia", "hypoaesthesia around the anus", "reduced perianal sensation".
            rf"\b(?:peri-?anal|perianal|{_SADDLE})\s+(?:area\s+|region\s+|skin\s+)?{_CLINICAL_NUMB}",
            rf"{_CLINICAL_NUMB}\s+(?:in|of|around|over|at|to)\s+(?:the\s+|my\s+|both\s+)?(?:peri-?anal|perianal|{_SADDLE})\b",
            # The saddle area inside the simile: "as if someone gave my crotch a local anaesthetic".
            rf"\b(?:like|as\s+if|as\s+though)\b[^.!?]{{0,40}}?\b{_SADDLE}\b[^.!?]{{0,30}}?{_NUMBING_AGENT}",
            # Wiping is how most people first notice it: "can't feel the paper", "like wiping someone else".
            rf"\b(?:wip(?:e|es|ed|ing)|toilet\s+paper|loo\s+roll)\b(?!\s+out)[^.!?,;]{{0,60}}?{_NUMB_ANY}",
            r"\b(?:toilet\s+paper|loo\s+roll|paper|tissue|wiping)\s+(?:feels?|felt)\s+like\s+(?:nothing|it'?s\s+not\s+there)",
            r"\b(?:can'?t|cannot|cant|couldn'?t|don'?t|dont|barely|hardly|not)\s+(?:really\s+|even\s+|properly\s+)?"
            r"feel\s+(?:the\s+|my\s+)?(?:toilet\s+)?(?:paper|tissue|wipes?|seat|loo\s+roll)\b",
            r"\blike\s+(?:i'?m\s+|i\s+was\s+|i\s+am\s+)?wiping\s+(?:someone|somebody)\s+else",
            # Wiping that meets a stranger's body or no body: "felt like it was someone else's", "nothing there". Wiping
            # down the bench or the bar is gym kit, and "someone else's sweat" on it is no symptom.
            r"\bwip(?:e|es|ed|ing)\b(?!\s+(?:out|down|off|up|(?:the\s+|my\s+)?(?:bench|bar|barbell|pad|machine|mat|"
            r"equipment|sweat|seat|plates?|floor|handles?|grips?)))[^.!?]{0,60}?\b(?:(?:someone|somebody)\s+else'?s?\b|"
            r"nothing\s+(?:was\s+|is\s+)?there\b|(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:even\s+|really\s+)?there\b)",
            # Not feeling what one sits on is the saddle area gone numb: "couldn't feel the car seat under me",
            # "couldn't tell the toilet seat was cold", "can't feel the cold of the bleachers". A bench or sofa only
            # "under me": "can't feel the bench" alone may be the pad on the back during a thrust.
            rf"\b(?:can'?t|cannot|cant|couldn'?t|don'?t|dont|didn'?t|barely|hardly|not)\s+(?:really\s+|even\s+|properly\s+|"
            rf"actually\s+)?(?:feel|tell|sense|notice)\s+(?:that\s+|if\s+|whether\s+)?(?:the\s+|my\s+|a\s+)?(?:\w+\s+){{0,2}}?"
            rf"(?:{_SAT_ON}\b[^.!?]{{0,25}}?\b(?:under|beneath|below)\s+(?:me|my)\b|{_SEAT_THING}\b(?:\s+(?:at\s+all|"
            r"properly|any\s*more)\b|\s+(?:was|is|were|felt|feels)\s+(?:\w+\s+)?(?:cold|warm|hot|wet|hard|there)\b))",
            rf"\b(?:can'?t|cannot|cant|couldn'?t|don'?t|dont|didn'?t|not)\s+(?:\w+\s+)?(?:feel|tell|sense|notice)\b[^.!?]{{0,30}}?"
            rf"\b(?:(?:the\s+)?(?:cold|coldness|chill)\s+(?:of|from)\s+(?:the\s+|my\s+)?(?:\w+\s+){{0,2}}?{_SAT_ON}|"
            r"(?:sit|sat|sitting)\s+(?:down\s+)?on\s+(?:\w+\s+){0,3}?(?:cold|freezing|icy)\b)",
            # Sitting as if floating: "couldn't feel the chair, like I was hovering".
            rf"\b{_SAT_ON}\b[^.!?]{{0,40}}?\b(?:like|as\s+if|as\s+though)\s+(?:i\s+was|i'?m|i\s+am|i\s+were)\s+"
            r"(?:hovering|floating|levitating)\b",
            rf"\b{_SADDLE}\b[^.!?]{{0,40}}?{_SKIN_DULL}",
            rf"\b{_DEAD_PATCH}[^.!?]{{0,40}}?\b{_SADDLE}\b",
            rf"\b{_SADDLE}\b[^.!?]{{0,30}}?\b{_DEAD_PATCH}",
            # Sitting without feeling the seat, as a simile: "like I'm sitting on a cushion that isn't there",
            # "like sittin on nothin", "as if I'm sitting on air". What you sit on is the saddle area.
            r"\b(?:like|as\s+if|as\s+though)\s+(?:i'?m\s+|i\s+am\s+|i\s+was\s+|i\s+)?(?:sitting|sittin'?|sat|sit)\s+on\s+"
            r"(?:(?:thin\s+)?air|nothing|nothin'?|(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:cushion|pillow|seat|chair|saddle|stool)\s+"
            r"that\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|'?s\s+not)\s+there)",
            rf"{_SKIN_DULL}[^.!?]{{0,40}}?\b{_SADDLE}\b",
            # A reply that says yes and names the saddle area answers the bot's question about numbness there: "yes
            # both sides, inner thigh and between the legs". A pain word makes it an answer about pain instead.
            rf"^\s*(?:yes|yeah|yep|yup|ya|yea|correct|exactly)\b[^.!?]{{0,40}}?\b{_SADDLE_CORE}\b"
            r"(?![^.!?]{0,40}?\b(?:hurt\w*|pain\w*|ach\w*|sore\w*|strain\w*|pull\w*|tight(?!s\b)\w*|burn\w*))",
            # Something felt on the skin, not felt where one sits: "didn't feel the cold on my bum or between my legs".
            rf"\b(?:didn'?t|did\s+not|couldn'?t|can'?t|cannot|don'?t|doesn'?t)\s+(?:even\s+|really\s+)?feel\s+(?:the\s+|a\s+)?"
            rf"(?:cold|heat|warmth|seat|bench|water|touch|towel|toilet\s+paper|paper|wip\w+)\b[^.!?]{{0,40}}?\b{_SADDLE}\b",
        ),
    ),
    Rule(
        Flag.BLADDER_BOWEL,
        (
            r"\b(?:peed|pee'?d|pissed|wet|wetting|peeing|pissing|soiling|soiled|pooped|pooed|shat|shit|crapped|leaked|messed|"
            r"dirtied)\s+"
            # "pissed himself laughing" is a laugh.
            r"(?!(?:my|him|her|them|your)sel(?:f|ves)\s+(?:laugh\w*|with\s+laughter))"
            rf"(?:a\s+(?:little|bit|tiny\s+bit)|myself|himself|herself|my\s+self|(?:my|me|his|her|their)\s+{_LOWER_CLOTHES})\b",
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|trouble|hard\s+to|struggl\w*\s+to|difficult\w*"
            r"(?:\s+to)?|problems?|issues?)\s+(?:to\s+)?(?:hold(?:ing)?|control(?:ling)?|start(?:ing)?|"
            r"stop(?:ping)?|empty(?:ing)?)?\s*(?:in\s+)?(?:my\s+|the\s+)?(?:pee\w*|urin\w*|bladd?e?r|bowels?|"
            r"poo\w*|wee\w*|piss\w*)",
            r"\bno\s+(?:control\s+(?:of|over)\s+(?:my\s+)?(?:bladd?e?r|bowels?)|(?:bladd?e?r|bowels?)\s+control)",
            # "can't hold it in anymore, had 2 accidents today".
            # The accident may come a clause later: "couldn't hold it on the way to the shop, had an accident in the
            # car".
            r"\b(?:can'?t|cannot|couldn'?t)\s+hold\s+it\s+(?!together|steady|still|straight|up\b|down\b|at\s+the\s+top|at\s+lockout)"
            r"(?:in\s+)?[^.!?]{0,60}?\baccidents?\b|"
            r"\bhad\s+(?:\d+|two|three|a\s+couple\s+of|several|some|an|a\s+(?:small|little|tiny|bit\s+of\s+an?|slight|minor))\s+"
            r"accidents?\b[^.!?]{0,40}?\b(?:can'?t|cannot|couldn'?t)\s+hold\s+it\b",
            # Wet in bed, new: "had a little accident in bed during my day sleep, didn't even wake up".
            r"\b(?:had|having)\s+(?:a|an)\s+(?:little\s+|small\s+|tiny\s+|bit\s+of\s+an?\s+)?accident\s+in\s+(?:bed|my\s+(?:bed|sleep))\b",
            # The urge gone and the accident found after: "I don't get the 'gotta go' feeling anymore, I just find I've
            # already gone".
            r"\b(?:don'?t|do\s+not|no\s+longer|never)\s+(?:get|feel|have)\s+(?:the|that|any)\s+['\"]?(?:gotta|got\s+to|need\s+to|have\s+to|"
            r"i\s+need\s+to)\s+go['\"]?\s+(?:feeling|urge|sensation|signal)\b|\b(?:find|found|realise|realize|notice)\s+(?:that\s+)?"
            r"i'?ve\s+already\s+gone\b",
            # "sneezed and leaked, never happened before".
            r"\b(?:sneezed|coughed|laughed)\s+(?:and|&|n)\s+(?:i\s+)?(?:leaked|peed|wet\s+myself|wee'?d)\b",
            # "I still don't feel like I've got control down there", "no control down there".
            r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:feel\s+like\s+)?(?:i'?ve|i\s+have)\s+(?:got\s+)?(?:any\s+|full\s+)?control\s+"
            r"down\s+there\b|\b(?:no|lost|losing|zero)\s+(?:\w+\s+)?control\s+down\s+there\b",
            r"\b(?:lost|losing|lose|loss\s+of|changes?\s+(?:in|to)|problems?\s+with|issues?\s+with|"
            r"trouble\s+with|weird)\s+(?:control\s+(?:of|over)\s+)?(?:my\s+)?(?:bladd?e?r|bowels?)",
            r"\b(?:can'?t|cannot|cant|couldn'?t)\s+control\s+(?:when\s+i\s+|my\s+)?(?:pee|wee|go\b|urin\w*|poo\w*)",
            r"\b(?:bladd?e?r|bowels?)\s+(?:control|problems?|issues?|changes?|accident\w*|leak\w*|"
            r"(?:feels?|is|are)\s+(?:weird|off|different))",
            r"\bincontinen\w*",
            # Retention told by the hours spent trying: "been trying to pee since 11pm".
            r"\btrying\s+to\s+(?:pee|wee|urinate|piss)\s+(?:for\s+(?:an?\s+|over\s+an?\s+|\d+\s+|two\s+|three\s+)hours?|"
            r"since\s+\d)",
            # Bed-wetting told as what one woke up to: "woke up and the sheets were wet". Sweat, a spilt drink or a
            # leaking roof are named when that is the reason.
            r"\b(?:woke|wake|waking|wakes)\s+up\b[^.!?]{0,20}?\b(?:the\s+|my\s+)?(?:sheets|bed|mattress)\s+(?:were|was|"
            r"is|are)\s+(?:all\s+|completely\s+|totally\s+|soaking\s+)?(?:wet|soaked|soaking)\b"
            r"(?![^.!?]{0,30}\b(?<!not\s)(?<!no\s)(?:sweat\w*|drool\w*|spill\w*|water\s+bottle|drink|coffee|tea|rain|roof|leak\w*|dog|cat))",
            # Incontinence told by what it costs: "had to change my boxers twice, didn't even know I was going".
            # Changing clothes alone is sweat or a spill; it is the not knowing that makes it a lost sensation.
            r"\b(?:chang\w*|swap\w*|switch\w*)\s+(?:out\s+of\s+)?(?:my\s+|me\s+|his\s+|her\s+)?(?:\w+\s+)?"
            rf"{_LOWER_CLOTHES}\b[^.!?]{{0,80}}?\b(?:didn'?t|did\s+not|don'?t|do\s+not|never|couldn'?t|without)\s+(?:even\s+|"
            r"really\s+)?(?:know|knew|knowing|feel|felt|feeling|notice|noticed|noticing|realis\w*|realiz\w*|tell|sense)\s+"
            r"(?:that\s+)?(?:i(?:\s+had|'d)\s+(?:gone|peed|wet|leaked)|i\s+(?:was\s+going|went|was\s+(?:leaking|peeing|weeing))|"
            r"it\s+(?:was\s+)?(?:happening|coming)|anything\s+(?:was\s+)?(?:happening|coming))\b(?!\s+to\b)",
            # Clinical wording: "urinary retention", "cauda equina symptoms"; water retention is diet.
            r"\b(?:urinary|urine|bladd?e?r|fa?ecal|bowel|stool)\s+retention|\bretention\s+of\s+(?:urine|stool|fa?eces)|"
            r"\bretain(?:s|ed|ing)?\s+(?:my\s+)?(?:urine|pee|wee)\b",
            r"\b(?:i\s+(?:have|'ve\s+got|think\s+i\s+have|might\s+have|may\s+have)|i'?ve\s+(?:got|developed)|developed|"
            r"having|got)\s+(?:possible\s+|early\s+|the\s+|some\s+)?cauda\s+equina\b|"
            r"\bcauda\s+equina\s+(?:symptoms?|signs?)\s+(?:since|after|now|today|from)\b",
            # Hesitancy: the stream is slow to start.
            r"\b(?:pee\w*|urin\w*|wee\w*|piss\w*|stream)\b[^.!?]{0,30}?\b(?:hard|difficult|tough|struggl\w*|trouble|"
            r"slow|takes?\s+(?:ages|forever|a\s+while|a\s+long\s+time))\s+(?:to\s+)?(?:get\s+)?(?:it\s+)?(?:going|start\w*)",
            r"\b(?:urinary\s+)?hesitan\w*",
            # "can't get my pee started"; flow, stream and water need the toilet named, or they may be a workout's flow.
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:get|start)\s+(?:the\s+|my\s+|a\s+)?"
            r"(?:pee|wee|urine|piss)\s+(?:going|started|flowing|to\s+(?:start|come|flow))",
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?(?:get|start)\s+(?:the\s+|my\s+|a\s+)?"
            rf"(?:flow|stream|water)\s+(?:going|started|flowing|to\s+(?:start|come|flow))[^.!?]{{0,40}}?\b{_TOILET_PLACE}\b",
            rf"\b{_TOILET_PLACE}\b[^.!?]{{0,40}}?\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?"
            r"(?:get|start)\s+(?:the\s+|my\s+|a\s+)?(?:flow|stream|water)\s+(?:going|started|flowing|to\s+(?:start|come|flow))",
            # "the water takes an age to start when I go to the lavatory": the toilet names what the water is.
            r"\b(?:water|flow|stream|pee|wee|urine)\b[^.!?]{0,20}?\b(?:takes?|took|taking)\s+(?:an?\s+)?"
            r"(?:age|ages|forever|while|long\s+time|eternity|lifetime)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:start|come|get\s+going|"
            r"flow)\w*[^.!?]{0,40}?\b(?:lavatory|loo|toilet|bathroom|wc|urinal|go\s+to\s+the\s+(?:lavatory|loo|toilet|bathroom))\b",
            r"\b(?:takes?|took|taking)\s+(?:an?\s+)?(?:age|ages|forever|while|long\s+time|eternity)\s+for\s+(?:the\s+|my\s+)?"
            r"(?:water|flow|stream|pee|wee|urine)\s+to\s+(?:start|come|get\s+going|flow)\w*[^.!?]{0,40}?"
            r"\b(?:lavatory|loo|toilet|bathroom|wc|urinal)\b",
            r"\b(?:takes?|took|taking)\s+(?:an?\s+)?(?:age|ages|forever|while|long\s+time|eternity)\s+for\s+(?:the\s+|my\s+)?"
            r"(?:pee|wee|urine|stream)\s+to\s+(?:start|come|get\s+going|flow)",
            r"\b(?:lavatory|loo|toilet|bathroom|wc|urinal)\b[^.!?]{0,40}?\b(?:water|flow|stream|it)\b[^.!?]{0,15}?"
            r"\b(?:takes?|took|taking)\s+(?:an?\s+)?(?:age|ages|forever|while|long\s+time|eternity)\s+(?:\w+\s+){0,2}?"
            r"(?:to\s+)?(?:start|come|get\s+going|flow)",
            r"\b(?:hard|difficult|tough|struggl\w*|trouble|takes?\s+(?:ages|forever|a\s+while|a\s+long\s+time))\s+(?:to\s+)?"
            r"(?:get\s+)?(?:my\s+|the\s+)?(?:pee|wee|urine|stream|flow)\s+(?:going|started|to\s+start|flowing)",
            r"\bi\s+(?:leaked|leak|dribbled|dribble)\b",
            # A dribble the person cannot stop is urine, not a ball or a baby's chin: "dribbling a bit, can't stop it".
            # Someone else's dribble is named as theirs ("baby keeps dribbling"), and a teething chin or a ball follows.
            r"(?<!baby\s)(?<!baby's\s)(?<!babys\s)(?<!toddler\s)(?<!dog\s)(?<!ball\s)(?<!baby\skeeps\s)(?<!baby\sis\s)"
            r"(?<!toddler\skeeps\s)(?<!toddler\sis\s)(?<!dog\skeeps\s)(?<!dog\sis\s)"
            r"\bdribbl(?:ing|ed|es|e)\b(?:\s+(?:a\s+bit|a\s+little|slightly|sometimes|now|all\s+day|again))?[\s,]+(?:and\s+|but\s+)?"
            r"(?:i\s+)?(?:can'?t|cannot|cant|couldn'?t|unable\s+to|no\s+way\s+to)\s+(?:\w+\s+)?(?:stop|control|hold)\b"
            r"(?![^.!?]*\b(?:teeth|teething|drool\w*|ball)\b)",
            r"\b(?:leak\w*)\s+(?:a\s+(?:little|bit)\s+(?:of\s+)?)?(?:urine|pee|wee)",
            r"\b(?:urine|pee|wee)\s+(?:leak\w*|came\s+out)",
            r"\b(?:can'?t|cannot|don'?t|dont|not|no)\s+(?:feel|tell|notice)\s+when\s+i\s+(?:need\s+to\s+)?(?:pee|go|wee)",
            # Urine that leaves without the person deciding to: "it comes out alone", "by itself".
            r"\b(?:pee|urine|wee|piss|toilet|bladd?e?r)\b[^.!?,]{0,60}?[,\s]+(?:it\s+|pee\s+|urine\s+)?(?:just\s+)?"
            r"(?:come?s?|came|coming|goes|went|leak\w*|runs?|ran|flows?|drips?|trickles?)\s+(?:out\s+)?"
            r"(?:alone|by\s+(?:it)?self|on\s+(?:its|it'?s)\s+own|without\s+(?:me|my|warning))",
            r"\bpee(?:d|ing)?\s+(?:during|while|when|on|in\s+the\s+middle\s+of)\b",
            r"\b(?:wet\s+myself|peed\s+myself|pooped\s+myself|shit\s+myself|accident\s+in\s+my\s+pants)"
            r"(?!\s+(?:laugh\w*|with\s+laughter))",
            # Retention: wanting to go and nothing happens.
            r"\b(?:haven'?t|have\s+not|hasn'?t|has\s+not|hadn'?t|had\s+not|can'?t|cannot|cant|couldn'?t|unable\s+to|"
            r"not\s+(?:been\s+)?able\s+to|no\s+way\s+to)\s+(?:been\s+able\s+to\s+|had\s+an?\s+|managed\s+to\s+|make\s+|do\s+|pass\s+)?"
            # "haven't been able to go for a wee all day", "can't have a pee".
            r"(?:go\s+(?:and\s+)?|go\s+for\s+an?\s+|have\s+an?\s+|do\s+an?\s+|take\s+an?\s+)?(?:pee|peed|wee|"
            r"weed|urinat\w*|piss\w*|poo|poop\w*|water|urine|go\s+to\s+the\s+(?:toilet|bathroom|loo))\b"
            r"(?!\s+(?:myself|my\s+pants|break))",
            r"\b(?:pee|urine|wee|piss)\s+(?:is\s+|are\s+|keeps?\s+|just\s+|will\s+|does\s+|do\s+)?(?:not\s+|n'?t\s+|won'?t\s+|"
            r"doesn'?t\s+|isn'?t\s+)?(?:leak\w*|escap\w*|come|comes|coming|came|dribbl\w*|drip\w*|spurt\w*|"
            r"squirt\w*|start\w*|flow\w*)",
            r"\b(?:having|keep\s+having|kept\s+having|had|have|been\s+having)\s+(?:little\s+|small\s+|some\s+|a\s+few\s+|"
            r"more\s+)?accidents\b",
            r"\baccidents?\s+(?:with|in|of)\s+(?:my\s+|the\s+)?(?:bowels?|bladd?e?r|pants|underwear|shorts|knickers|"
            rf"leggings|poo\w*|pee|wee|urine){_WARDROBE_MISHAP}",
            # An accident in one's clothes is incontinence, whatever the clothes are called: "an accident in my trackies
            # twice today", "he had an accident in his joggers". A car or a kitchen accident names no clothes.
            rf"\baccidents?\s+(?:\w+\s+)?in\s+(?:my|his|her|their|me)\s+(?:\w+\s+)?{_LOWER_CLOTHES}\b{_WARDROBE_MISHAP}",
            # An accident that came with no warning is the sensation lost: "had an accident, zero warning whatsoever". A
            # road or ladder accident is another thing ("had an accident in the car, no warning"): no such word between.
            r"\b(?:had|have|having|been\s+having)\s+(?:an?\s+|two\s+|a\s+couple\s+of\s+|some\s+)?(?:little\s+|small\s+)?"
            r"accidents?\b(?:(?!\b(?:car|bike|cycl|crash|road|motorway|driv|collision|forklift|kitchen|knife|ladder|scaffold)\w*)[^.!?])"
            r"{0,80}?\b(?:no|zero|without\s+(?:any\s+)?|not\s+(?:a|any|even\s+a))\s+warning\b",
            # An accident the person did not feel coming is the sensory loss itself, whatever the word for it.
            r"\b(?:had|have|having)\s+an?\s+(?:little\s+|small\s+)?accident\b[^.!?]{0,60}?\b(?:didn'?t|did\s+not|never|"
            r"couldn'?t|without)\s+(?:even\s+)?(?:feel\w*|notic\w*|realis\w*|realiz\w*|know\w*)",
            rf"\b(?:{_TOILET_PLACE}|pee|wee|urinat\w*|bladd?e?r)\b[^.!?]{{0,40}}?\bnothing\b"
            r"(?=\s*(?:$|[,.!?;]|(?:comes?|came|happens?|happened|out|at\s+all|will\s+come|would\s+come)\b))",
            r"\b(?:try|tries|tried|trying)\s+to\s+(?:pee|wee|urinat\w*|piss|go\s+to\s+the\s+(?:toilet|loo|bathroom))\b"
            r"[^.!?]{0,40}?\b(?:nothing|barely|hardly|only|can'?t|won'?t|doesn'?t|not\s+a\s+drop)",
            r"\b(?:try|tries|tried|trying)\s+to\s+go\s+(?:and|but)\s+(?:\w+\s+){0,2}?(?:nothing\s+(?:comes?|came|happens?|"
            r"happened|out)|barely\s+anything|only\s+(?:a\s+)?(?:dribbl|trickl|drop)\w*)",
            # A full bladder that will not empty: "bladder is full and I can't go", "it only dribbles".
            r"\b(?:bladd?e?r|pee|wee|toilet|loo)\b[^.!?]{0,50}?\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to)\s+"
            rf"(?:\w+\s+)?(?:{_GO_TOILET}|empty|release|let\s+(?:it\s+)?go\b)",
            rf"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to)\s+(?:\w+\s+)?{_GO_TOILET}[^.!?]{{0,40}}?\b(?:bladd?e?r|"
            r"bursting|pee|wee\b(?!\s+bit))\b",
            r"\bbladd?e?r\b[^.!?]{0,30}?\b(?:full|bursting)\b[^.!?]{0,40}?\b(?:nothing|can'?t|cannot|cant|won'?t|"
            r"doesn'?t|not\s+coming|barely|only)",
            r"\b(?:can'?t|cannot|couldn'?t|unable\s+to|not\s+(?:been\s+)?able\s+to|haven'?t\s+been\s+able\s+to|"
            r"struggl\w*\s+to|trouble)\s+(?:fully\s+|properly\s+)?empty(?:ing)?\s+(?:my\s+|the\s+)?bladd?e?r",
            r"\b(?:pee|peeing|urine|urinat\w*|wee|weeing|piss\w*|stream|bladd?e?r)\b[^.!?]{0,25}?"
            r"\b(?:only|just|barely|hardly)\s+(?:a\s+)?(?:dribbl\w*|trickl\w*|drip\w*|drops?|comes?\s+out\s+in\s+drops)",
            r"\b(?:urine|pee|wee|stream)\s+(?:\w+\s+)?(?:dribbl|trickl)\w*",
            r"\b(?:only|just|barely)\s+(?:a\s+)?(?:dribble|trickle|few\s+drops|drop)s?\s+(?:comes?|came|coming)\b(?!\s+(?:of|from)\b)",
            # A stream that stops and starts, or has to be pushed out: "peeing stop-start", "must push hard to pee".
            r"\b(?:pee\w*|urin\w*|wee(?:s|ing)?|stream|flow)\s+(?:is\s+|was\s+|goes\s+|going\s+|comes?\s+|came\s+)?"
            r"(?:stop[\s-]+(?:and\s+)?start\w*|start[\s-]+(?:and\s+)?stop\w*|intermittent\w*)",
            r"\b(?:push|pushing|strain|straining)\s+(?:very\s+|really\s+|so\s+)?(?:hard\s+)?to\s+(?:pee|wee|urinate|piss|"
            r"get\s+(?:the\s+|my\s+)?(?:pee|urine|wee|it)\s+out)\b",
            r"\b(?:need|needing|needed|want|wanting|wanted|urge)\s+to\s+(?:pee|wee|piss|urinate|go(?=\s+(?:but|and)\b))\b"
            r"[^.!?]{0,30}?"
            r"\b(?:can'?t|cannot|couldn'?t|won'?t|nothing|barely)",
            r"\b(?:it|pee|urine|wee)\s+(?:just\s+)?(?:won'?t|doesn'?t|will\s+not|does\s+not)\s+(?:come|start|flow)\b(?!\s+back\b)",
            # Retention in plain words: "can't get any wee out", "couldn't get a drop of pee out".
            r"\b(?:can'?t|cannot|cant|couldn'?t|unable\s+to)\s+(?:\w+\s+)?get\s+(?:any\s+|a\s+drop\s+(?:of\s+)?|much\s+)?"
            r"(?:pee|wee|urine|piss)\s+out\b",
            r"\b(?:i'?m|i\s+am|i'?ve\s+been|been|i|keep|kept|started|start|still|am|now)\s+(?:\w+\s+)?leak(?:ing|ed|s)?\b"
            r"(?!\s+(?:sweat|blood|oil|gas|air))",
            r"\bleak(?:ing|ed|s|age)?\s+(?:urine|pee|wee|when|while|if|whenever|every|during|a\s+(?:bit|little)|on\s+(?:my|the)|"
            r"since|after|now|again)\b",
            r"\b(?:a\s+)?(?:little\s+|small\s+|tiny\s+|bit\s+of\s+)?leak\s+(?:when|while|during|after|on|every)\b",
            r"(?:^|[.!?,]\s*)leak(?:ing|age)\b(?!\s+(?:sweat|blood|oil|water|coffee|tea|protein|shake|air|tears?)\b)",
            r"\b(?:wet|wetting|peed|peeing|pissed)\s+(?:the\s+bed|myself|my\s+(?:pants|bed|shorts|underwear|knickers))"
            r"(?!\s+(?:laugh\w*|with\s+laughter))",
            r"\b(?:bowels?|bladd?e?r)\s+(?:just\s+)?(?:let\s+go|gave\s+(?:way|out)|emptied|released|went\s+by\s+itself)",
            # Retention in anyone's words: "she can't empty her bladder properly".
            r"\b(?:can'?t|cannot|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:fully\s+|properly\s+|completely\s+)?empty\s+"
            r"(?:my|her|his|their|the)\s+bladd?e?r\b",
            r"\b(?:don'?t|do\s+not|doesn'?t)\s+have\s+(?:any\s+)?control\s+(?:of|over)\s+(?:my\s+)?(?:bladd?e?r|bowels?)",
            r"\b(?:can'?t|cannot|don'?t)\s+(?:feel|tell|notice|know)\s+when\s+i\s+(?:need\s+to\s+|have\s+to\s+)?"
            r"(?:poo\w*|urinat\w*|use\s+the\s+(?:toilet|bathroom))",
            # The urge gone: "I don't feel like I need to go to the loo anymore, haven't been since yesterday".
            # Also "I don't seem to get the feeling that I need to go anymore".
            r"\b(?:don'?t|do\s+not|can'?t|cannot|no\s+longer)\s+(?:seem\s+to\s+)?(?:feel|get|have)\s+(?:like\s+i\s+(?:need|have)|"
            r"(?:the|any)\s+(?:need|urge|feeling|sensation|signal)(?:\s+that\s+i\s+(?:need|have))?)\s+to\s+"
            r"(?:go|pee|wee|urinate|poo|use\s+the\s+(?:loo|toilet|bathroom))\b"
            # Less often is a habit, not the urge gone: "I don't feel the need to pee as often mid-session".
            r"(?!\s+(?:as|so)\s+(?:often|much|frequently)|\s+(?:mid|during|before|between|in\s+the\s+middle|every)\b)",
            # "I'm not getting the urge to go to the bathroom at all since my back went".
            r"\b(?:not|never|no\s+longer)\s+(?:getting|feeling|having)\s+(?:the|any)\s+(?:need|urge|feeling|sensation|signal)\s+to\s+"
            r"(?:go|pee|wee|urinate|poo|use\s+the\s+(?:loo|toilet|bathroom))\b"
            r"(?!\s+(?:as|so)\s+(?:often|much|frequently)|\s+(?:mid|during|before|between|in\s+the\s+middle|every)\b)",
            # "I can't hold it in when I need to go, had to run twice and didn't make it once".
            r"\b(?:can'?t|cannot|couldn'?t|unable\s+to)\s+hold\s+it\s+(?:in\b|till|until)(?=[^.!?]{0,50}?\b(?:need\s+to\s+go|toilet|loo|"
            r"pee|wee|bathroom|make\s+it|made\s+it))",
            # Found out after: "I just notice I've gone", "only noticed I'd wet myself when I stood up".
            r"\b(?:just\s+|only\s+)?notic\w*\s+(?:that\s+)?i(?:'ve|'d|\s+have|\s+had)\s+(?:already\s+)?(?:gone|peed|wet\s+myself|leaked|"
            r"soiled\s+myself)(?=\s*(?:[.,!?;]|$|and\b|when\b|after\b|in\s+my\b))",
            # The bowels went with no urge first: "had to go #2 and there was zero urge, it just... happened".
            r"\b(?:zero|no|without\s+(?:any|the))\s+(?:urge|warning)\b[^?]{0,30}?\bjust\W{0,5}\s*(?:\.\.\.\s*)?happened\b",
            # "Woke up this morning with wet sheets, I've never wet the bed in my life".
            r"\bwet\s+(?:sheets|bed|pyjamas|pajamas)\b(?=[^?]{0,80}?\b(?:wet\s+the\s+bed|pee\w*|urin\w*|wee\b|bladder))",
            # No urge all day despite drinking: "haven't needed to go at all since I woke up... don't feel any urge".
            r"\b(?:haven'?t|hasn'?t|have\s+not|didn'?t|did\s+not|not)\s+(?:once\s+)?(?:needed|need|had\s+to|felt\s+like)\s+"
            r"(?:to\s+|an?\s+)?(?:go|pee|wee|urinate|piss)\b(?:\s+to\s+the\s+(?:toilet|loo|bathroom))?\s+(?:at\s+all|once|all\s+day|"
            r"since\s+(?:i\s+woke|this\s+morning|yesterday|last\s+night))",
            r"\b(?:don'?t|do\s+not|can'?t|cannot|haven'?t|didn'?t)\s+(?:\w+\s+)?(?:feel|felt|get|got|have|had)\s+(?:any|an|the)\s+"
            r"urge\b(?=[^.!?]{0,60}?\b(?:drank|drinking|drunk|water|litres?|liters?|fluids?))",
            # The bladder's fullness no longer felt: "I can't really tell when my bladder is full anymore".
            r"\b(?:can'?t|cannot|couldn'?t|don'?t|no\s+longer)\s+(?:really\s+|quite\s+|even\s+)?(?:tell|feel|sense|know|notice)\s+"
            r"(?:when|if|that)\s+(?:my\s+bladder\s+is\s+full|i\s+(?:need|have)\s+to\s+(?:pee|wee|go|urinate))",
            # Retention in a clinician's words: "saddle anaesth + retention"; water retention from creatine is no
            # bladder sign.
            r"\burinary\s+retention\b|\b(?:saddle|bladder|ces|cauda)\b[^.!?]{0,40}?(?<!water\s)(?<!fluid\s)\bretention\b",
            # Not held, and out: "couldn't hold it on the way to my appointment and leaked in my trousers".
            r"\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+hold\s+it\b[^.!?]{0,60}?\b(?:leak(?:ed|ing)?|wet\s+(?:myself|my\s+\w+)|"
            r"peed|wee'?d|went\s+in\s+my)\b",
            # A leak into the clothes, new: "leaked in my trousers. never happened before in my life".
            rf"\bleak(?:ed|ing)?\s+(?:a\s+(?:bit|little)\s+)?(?:in|into)\s+(?:my\s+)?{_LOWER_CLOTHES}\b(?=[^?]{{0,40}}?\bnever\s+"
            r"(?:happened|had|done|been)\b)",
            # A leak into the clothes, unnoticed or still going: "leaked in my pants during the set, I didn't even
            # notice".
            r"(?<!sweat\s)\b(?:leak(?:ed|ing|s)?|dribbl\w*)\b(?:(?!sweat)[^.!?]){0,30}?\b(?:in|into)\s+(?:my\s+)?(?:pants|underwear|undies|"
            r"knickers|shorts|leggings|trousers)\b(?=[^?]{0,60}?\b(?:(?:didn'?t|don'?t|doesn'?t|never)\s+(?:even\s+)?(?:notice|feel|"
            r"realis|realiz)|still|keeps?|again|all\s+day)\b)",
            # Found wet without having felt it: "I don't notice till I'm wet".
            r"\b(?:don'?t|didn'?t|never)\s+(?:even\s+)?notic\w*\s+(?:it\s+)?(?:till|until|til)\s+(?:i'?m|i\s+am|i\s+was)\s+"
            r"(?:wet|damp|soaked)\b(?![^.!?]{0,30}\bsweat)",
            # Control said to be missing: "I haven't had any control over my bowels since last night".
            r"\b(?:haven'?t|hasn'?t|have\s+not|has\s+not)\s+(?:had|got)\s+(?:any\s+)?control\s+(?:over|of)\s+(?:my\s+|her\s+|his\s+|their\s+)?"
            r"(?:bowels?|bladder|pee|wee|poo|toilet)\b",
        ),
    ),
    Rule(
        Flag.BOTH_LEGS,
        (
            rf"\b{_TWO_LEGS}\b[^.!?]{{0,30}}?(?:{_NUMB_ANY}|{_WEAK})",
            rf"(?:{_NUMB_ANY}|{_WEAK})[^.!?]{{0,25}}?\b(?:in|of|down|on|under)\s+{_TWO_LEGS}\b",
            # The other leg joining, named by its side: "right leg went weak on monday... today the left is going too".
            # "...and today also the right side".
            rf"(?:{_NUMB_ANY}|{_WEAK})[^?]{{0,120}}?\b(?:now|today|this\s+morning|tonight)\s+also\s+(?:in\s+)?(?:the|my)\s+"
            r"(?:left|right|other)(?:\s+(?:one|leg|side))?(?!\s+(?:foot|feet|toes?|calf|knee|thigh|shin|ankle|heel)\b)",
            # "...now it's up to my knee and the left foot is starting too".
            rf"(?:{_NUMB_ANY}|{_WEAK})[^?]{{0,120}}?\b(?:now|today|and\s+now|this\s+morning|tonight|and)\s+(?:the|my)\s+(?:left|right|other)"
            r"(?:\s+(?:one|leg|side|foot))?\s+(?:is\s+|'s\s+|has\s+)?(?:going|gone|doing\s+it|started|starting|too\b|as\s+well|also)",
            # Started in one foot and has reached both legs: "started in my left foot, now it is in both legs".
            rf"(?:{_NUMB_ANY}|{_WEAK})[^.!?]{{0,80}}?\b(?:now|also|today|spread\w*|moved|gone|went|reached|reaching|travell?ed|"
            r"crept|creeping)\b[^.!?]{0,20}?(?:\b(?:in|into|to|down|up)\s+|\b(?:it'?s|its|it\s+is)\s+(?:in\s+)?)both\s+(?:of\s+)?(?:my\s+)?"
            r"(?:legs|feet|thighs|calves|sides)\b",
            r"\b(?:can'?t|cannot|couldn'?t|cant|not|don'?t|dont)\s+(?:really\s+|properly\s+)?feel\s+(?:my\s+|his\s+|her\s+|their\s+|both\s+)?"
            r"(?:legs|feet)\b",
            r"\b(?:both|two)\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|their\s+)?(?:legs|sides|feet)\b[^.!?]{0,20}?"
            r"(?:tingl\w*|numb\w*|weak\w*|dead|asleep)",
            rf"\b(?:both|two)\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|their\s+)?(?:legs|thighs|knees)\b[^.!?]{{0,30}}?{_WEAK_LAY}",
            r"\b(?:legs|knees)\s+(?:keep\s+|kept\s+|are\s+|were\s+|just\s+)?(?:giving\s+(?:out|way)|buckling|collapsing|"
            r"folding)",
            # A list of signs, the other side after it: "(a) my right foot slaps; (b) the same thing on the left".
            rf"(?:{_NUMB_ANY}|{_WEAK}|\bslap\w*|\bfoot\s+drop)[^?]{{0,120}}?\bthe\s+same\s+thing\s+(?:is\s+happening\s+|"
            r"happening\s+|going\s+on\s+)?(?:on|in|with|to)\s+(?:the|my)\s+(?:left|right|other)(?:\s+(?:one|side|foot|leg))?\b",
            # "neither thigh will hold me up", "neither leg would take my weight".
            r"\bneither\s+(?:of\s+my\s+)?(?:legs?|thighs?|knees?|feet|foot)\s+(?:will|would|can|could|wants?\s+to|is\s+able\s+to)\s+"
            r"(?:hold|take|support|carry)\s+(?:me|my\s+weight)\b",
            # The knees or legs that gave way, told in the past: "both knees folded, my partner had to lift me back up".
            r"\b(?:both\s+(?:of\s+)?(?:my\s+)?(?:legs|knees)|my\s+legs|my\s+knees)\s+(?:just\s+|both\s+|suddenly\s+)?(?:folded|buckled|"
            r"collapsed|gave\s+(?:out|way))\b",
            # Weak lay words with both legs named after them and a course since: "legs like jelly, both of them, ever
            # since my last set yesterday". Right after a set it is fatigue, so the course is needed.
            # Also "went a bit wobbly, both of them, after the set and haven't come back, 3 hours now".
            rf"\blegs\s+(?:\w+\s+){{0,3}}?{_WEAK_LAY}[^.!?]{{0,20}}?\bboth\s+of\s+them\b[^.!?]{{0,40}}?\b(?:ever\s+since|since|still|"
            r"for\s+(?:two|2|three|3|a\s+couple\s+of)\s+days|(?:haven'?t|have\s+not|not)\s+(?:come|gone|got|gotten)\s+back|"
            r"(?:[2-9]|two|three|four|five|six|several|a\s+few)\s+hours)\b",
            # Both feet catching as the user walks: "both feet dragging weird rn", "my feet keep slapping down".
            r"\b(?:both\s+(?:of\s+)?(?:my\s+)?feet|my\s+feet)\s+(?:are\s+|keep\s+|kept\s+|have\s+been\s+|been\s+|(?:have\s+)?started\s+)?"
            r"(?:drag\w*|slap\w*|flop\w*)(?![^.!?]{0,40}?\b(?:lol|haha\w*|lmao|tired|exhausted|fatigue\w*|after\s+(?:\d+|the|that|my|a|this)\s+"
            r"(?:\w+\s+)?(?:sets?|workout|session|leg\s+day|thrusts|class|run|hike)))",
            # The other side joining: "the right one's numb and weak as well. both sides now".
            rf"(?:{_NUMB_ANY}|{_WEAK})[^?]{{0,60}}?\bboth\s+sides\s+now\b",
            # "he can't feel either of his legs properly"; "paraesthesia both legs".
            r"\b(?:can'?t|cannot|couldn'?t)\s+(?:really\s+|properly\s+)?feel\s+either\s+(?:of\s+)?(?:my|his|her|their)\s+(?:legs|feet)\b",
            rf"(?:{_NUMB_ANY})\s+(?:in\s+)?both\s+(?:legs|feet|thighs|calves)\b",
            # Toes or heels that will not work on either side: "can't push off my toes on either side anymore", "the
            # toes on both feet won't lift properly".
            r"\b(?:can'?t|cannot|couldn'?t|unable\s+to|not\s+able\s+to)\s+(?:really\s+|properly\s+)?(?:push\s+off|lift|raise|"
            r"point|stand\s+on|go\s+up\s+on|rise\s+(?:up\s+)?on(?:to)?)\s+(?:on\s+|onto\s+)?(?:my\s+)?(?:toes|heels|tip\s*toes?)\b"
            r"[^.!?]{0,20}?\b(?:on\s+)?(?:either|both)\s+(?:side|sides|foot|feet|legs?)\b",
            r"\b(?:toes|heels)\s+on\s+(?:both|either)\s+(?:feet|foot|sides?)\s+(?:won'?t|don'?t|can'?t|cannot|will\s+not|aren'?t|"
            r"are\s+not)\s+(?:\w+\s+)?(?:lift|raise|move|come\s+up|work|push)",
            # Whatever it is, it has reached the second leg: "it's spread to both legs now", "now going down both legs".
            r"\b(?:it|it'?s|its|pain|numbness|tingling|symptoms|(?:the|my)\s+(?:pain|numbness|tingling|zinging|ache|sciatica))\s+"
            r"(?:\w+\s+){0,2}?(?:spread\w*|moved|travell?ed|gone|going|running|shooting|radiating)\s+(?:down\s+|into\s+|to\s+|through\s+){1,2}both\s+"
            r"(?:of\s+)?(?:my\s+)?(?:legs|feet|thighs|calves)\b|\bboth\s+(?:legs|feet)\s+(?:are\s+)?(?:now\s+)?affected\b",
        ),
    ),
    Rule(
        Flag.PROGRESSIVE_WEAKNESS,
        (
            rf"(?:{_NUMB}|{_WEAK}|{_WEAK_LAY})[^.!?]{{0,40}}?{_WORSENING}",
            rf"{_WORSENING}[^.!?]{{0,30}}?(?:{_NUMB}|{_WEAK})",
            # Numbness that extends: "Day 2: numbness extends into the foot".
            rf"{_NUMB}\s+(?:now\s+)?(?:extends?|extended|extending|spreads?|spreading)\s+(?:down\s+|up\s+|further\s+)?(?:in)?to\b",
            # Weak, then catching the foot: "right leg was a bit weak on monday, now it's dragging and I'm tripping".
            rf"(?:{_NUMB}|{_WEAK})[^?]{{0,80}}?\bnow\b[^.!?]{{0,20}}?\b(?:dragg\w*|tripp\w*|slapp\w*|flopp\w*|catching\s+(?:my\s+)?(?:toe|foot))",
            # "a little more numb every day", "slightly more tingly each morning": more of it, day by day.
            rf"\bmore\s+(?:{_NUMB}|{_WEAK})\s+(?:\w+\s+)?(?:every|each|by\s+the)\s+(?:day|morning|night|hour|session)\b",
            # "the tingling in my left leg started in my foot and has spread up to my hip in the last 20 min".
            rf"(?:{_NUMB}|{_WEAK})[^.!?]{{0,100}}?\b(?:has|have|had|now|it'?s|it\s+has)\s+(?:\w+\s+)?(?:spread|crept|moved|"
            r"travell?ed|climbed)\s+(?:from\s+(?:the\s+|my\s+|her\s+|his\s+)?\w+\s+)?(?:all\s+the\s+way\s+)?"
            r"(?:up|over|into|across|past|to)\b",
            # Reaching further than before: "now my left leg is numb to the knee and it was only the foot this
            # morning", "it was just my toes yesterday, now the tingling is up to my calf".
            rf"{_NUMB}[^.!?]{{0,30}}?\b(?:up\s+)?to\s+(?:the|my)\s+(?:knee|thigh|hip|calf|shin|ankle|groin|bum|butt)\b[^.!?]{{0,40}}?"
            r"\b(?:was|it\s+was|it'?s\s+been|used\s+to\s+be)\s+(?:only|just)\s+(?:in\s+)?(?:the|my)\s+(?:foot|feet|toes?|ankle|calf|heel)\b",
            # Told by the day, after the sign is named: "Left leg numbness started... Yesterday just the foot, today
            # it's up to the knee".
            rf"{_NUMB}[\s\S]{{0,120}}?\b(?:yesterday|last\s+night|this\s+morning|at\s+first|earlier|initially|before)\b[^.!?]{{0,15}}?"
            r"\b(?:only|just)\s+(?:in\s+)?(?:the|my)\s+(?:foot|feet|toes?|ankle|calf|heel|shin)\b[^.!?]{0,40}?\b(?:now|today|tonight|"
            r"this\s+(?:morning|evening|afternoon))\b[^.!?]{0,20}?\b(?:up\s+to|into|past|reach\w*)\s+(?:the|my)\s+(?:knee|thigh|hip|"
            r"calf|shin|groin|bum|butt)\b",
            # "at first only my toes tingled, now it reaches my shin".
            rf"\bonly\s+(?:in\s+)?(?:the|my)\s+(?:foot|feet|toes?|ankle|calf|heel)\s+(?:\w+\s+)?{_NUMB}[^.!?]{{0,30}}?\bnow\s+"
            r"(?:it\s+|the\s+\w+\s+)?(?:reach\w*|(?:goes|is|gets)\s+(?:up\s+)?(?:to|into|past)|spread\w*|climb\w*|crept|moved)\b",
            r"\b(?:was|it\s+was|used\s+to\s+be)\s+(?:only|just)\s+(?:in\s+)?(?:the|my)\s+(?:foot|feet|toes?|ankle|calf|heel)\b[^.!?]{0,40}?"
            rf"\bnow\b[^.!?]{{0,30}}?(?:{_NUMB}[^.!?]{{0,20}}?\b(?:up\s+)?to\s+(?:the|my)\s+(?:knee|thigh|hip|calf|shin|groin)|"
            rf"\b(?:up\s+)?to\s+(?:the|my)\s+(?:knee|thigh|hip|calf|shin|groin)\b)",
            # Climbed since it started: "tingling started in my right foot on Tuesday, now it's up to my knee".
            rf"{_NUMB}[^.!?]{{0,100}}?\bnow\s+(?:it'?s|its|it\s+is|it\s+has\s+(?:gone|got|reached))\s+(?:all\s+the\s+way\s+)?"
            r"(?:up\s+)?(?:to|past)\s+(?:my|the)\s+(?:knee|thigh|hip|calf|shin|groin)\b",
            # Still on the move as the user writes: "now its crawling up my calf", "up past my knee and spreading", "in
            # both, and it's climbing".
            rf"{_NUMB}[^.!?]{{0,100}}?\b(?:crawling|creeping|climbing|spreading|moving|travell?ing)\s+(?:up|down|into|higher|"
            r"further)\b",
            rf"{_NUMB}[^.!?]{{0,100}}?(?:\band|,)\s+(?:it'?s\s+|its\s+|it\s+is\s+|still\s+)?(?:spreading|climbing|creeping|"
            r"crawling|moving\s+up)\b",
            # "my right leg is weaker than my left" compares the sides; it says nothing about a course. Nor does "my
            # weaker left side", the side a single-leg set is for.
            r"\b(?:legs?|knees?|thighs?)\b[^.!?]{0,20}?(?:weaker|number)\b(?!\s+than\s+(?:my\s+|the\s+)?(?:other|left|right))"
            r"(?!\s+(?:(?:left|right)\s+)?(?:side|leg|one|glute|hip|half)\b)",
            r"\bfoot(?:'s|\s+has|\s+is|\s+was)?\s+(?:now\s+)?(?:is\s+|keeps\s+|kept\s+|been\s+|(?:has\s+)?(?:started|starts|begun|began)\s+(?:to\s+)?)?"
            r"(?:a\s+(?:bit|little)\s+|kind\s+of\s+|kinda\s+|all\s+)?(?:drop|slap\w*|drag\w*|flop\w*)",
            r"\b(?:calf|heel|toe)\s+raises?\b[^?]{0,80}?\b(?:can'?t|cannot|couldn'?t)\s+(?:do\s+)?(?:even\s+)?(?:1|one|a\s+single)\b",
            # "can't lift the front of my foot", "weakness when lifting the front of my right foot".
            r"\bweak\w*\s+(?:when|while|in|on)\s+(?:lifting|raising)\s+(?:up\s+)?the\s+front\s+of\s+(?:my\s+)?(?:(?:left|right)\s+)?"
            r"foot\b",
            r"\b(?:can'?t|cannot|unable\s+to|(?:can|could)\s+(?:barely|hardly))\s+(?:\w+\s+){0,2}?lift\s+(?:up\s+)?the\s+front\s+of\s+"
            r"(?:it|my\s+(?:right\s+|left\s+)?foot|the\s+foot)\b",
            # Weakness that grows by the hour is a course, whatever the limb: "getting weaker every hour".
            r"\b(?:weaker|number|worse)\s+(?:by\s+the|every|each|with\s+every)\s+(?:hour|minute)\b|\bweaker\s+and\s+weaker\b",
            # Tripping again and again on flat ground: a foot that no longer clears it.
            # Tripping over nothing, again and again: no kerb to blame, the foot itself fails to clear the ground.
            r"\btripp?\w*\s+(?:up\s+)?(?:over|on)\s+(?:absolutely\s+|literally\s+)?(?:nothing|thin\s+air|fresh\s+air)\b"
            r"[^.!?]{0,15}?\b(?:twice|again|(?:two|three|four|several|a\s+few|a\s+couple\s+of|few|many|\d+)\s+times|"
            r"repeatedly)\b|"
            rf"\b(?:keep|keeps|kept|been)\s+tripp\w*|\btripp?\w*\s+(?:on|over)\s+{_WALKED_ON}[^.!?]{{0,15}}?"
            r"\b(?:twice|again|(?:two|three|four|several|a\s+few|a\s+couple\s+of|few|many|\d+)\s+times|repeatedly)\b",
            # Foot drop in lay words: toes that catch the ground, a foot that slaps or flops down.
            # Toes catching the bench or a plate are kit, not a foot that will not lift.
            rf"\b(?:catch\w*|snag\w*|scuff\w*|stubb\w*)\s+my\s+(?:toes?|foot)\s+(?:on|against|along)\s+{_WALKED_ON}|"
            rf"\btoes?\s+(?:keep\s+|keeps\s+|kept\s+|are\s+|is\s+)?(?:catch|snag|scuff|drag)\w*\s+(?:on|along)\s+{_WALKED_ON}|"
            r"\btrip\w*\s+over\s+my\s+(?:right\s+|left\s+)?(?:foot|toes?)\b|"
            r"\b(?:slapp|flopp)\w*\s+(?:my\s+)?foot|\bfoot\s+(?:keeps\s+|is\s+)?(?:flop|slap)\w*|"
            r"\b(?:foot|toes)\s+(?:won'?t|doesn'?t|don'?t|can'?t)\s+(?:lift|come\s+up|clear)",
            # One leg weak, then worse by the next mention: "leg felt weak after the session, now it's clearly worse".
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|ankles?)\b[^.!?]{0,25}?\b(?:weak\w*|numb\w*)\b[^.!?]{0,60}?"
            r"\b(?:it'?s|it\s+is|is|now|clearly|definitely|noticeably|much|way|even|a\s+lot)\s+(?:\w+\s+)?(?:worse|weaker)\b"
            r"(?!\s+than\s+(?:my\s+|the\s+)?(?:other|left|right))",
            r"\bdrag\w*\s+(?:my|the|that|this|one)\s+(?:(?:left|right)\s+)?(?:foot|leg)",
            # "she can't lift her toes as well as she could yesterday".
            r"\b(?:can'?t|cannot|couldn'?t)\s+lift\s+(?:my|her|his|their|the)\s+(?:toes|foot)\s+(?:up\s+)?as\s+well\s+as\b",
            # Numb first, then spreading by the day in later sentences: "...a bit numb on Wednesday. Thursday it spread
            # to the whole shin... it's spreading".
            rf"{_NUMB}[^?]{{0,160}}?\b(?:it'?s|it\s+is|it\s+has|it\s+keeps|the\s+numbness\s+(?:is|has|keeps))\s+(?:still\s+)?"
            r"(?:spreading|spread\s+(?:over|to|into|up|down|across)|(?:crept|creeping|climbed|climbing|moved|moving)\s+up)\b",
            # A leg part becoming weak or numb is a course, not a state: "and also the thigh getting weak".
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|knees?|ankles?|toes?)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|"
            r"now\s+|also\s+|keeps?\s+|started\s+)?(?:(?:getting|growing|becoming)\s+(?:weak(?:er)?|numb(?:er)?)\b|(?:going|turning)\s+(?:weak|numb)\b"
            # "has been going numb for the last few days", "goes numb during sets": a duration or an episode, no course.
            r"(?!\s+(?:for|on\s+and\s+off|off\s+and\s+on|every|each|when|whenever|during|while|after|sometimes|at\s+times|"
            r"occasionally|now\s+and\s+then|in\s+(?:the|some|every)|on\s+(?:the|some|every)|since)\b))",
            # The course said as its own sentence right after the sign: "my foot is weak... Worse every day."
            rf"(?:{_NUMB}|{_WEAK})[^.!?]{{0,80}}[.!]\s*(?:and\s+)?(?:it'?s\s+|it\s+is\s+)?(?:getting\s+)?"
            r"(?:worse|weaker|number)\s+(?:and\s+(?:worse|weaker)|(?:by\s+the|every|each)\s+(?:day|hour))\b",
            r"\b(?:can'?t|cannot|unable\s+to|(?:can|could)\s+(?:barely|hardly|only\s+just)|barely|hardly|struggl\w*\s+to)\s+"
            r"(?:lift|raise|pick\s+up|point|pull)\s+(?:up\s+)?(?:my\s+(?:(?:left|right)\s+)?(?:foot|toes|leg|big\s+toe)|"
            r"the\s+(?:(?:left|right)\s+)?(?:foot|toes|big\s+toe)|(?:my\s+|the\s+)?(?:foot|toes)\s+up)",
            r"\b(?:can'?t|cannot|unable\s+to|(?:can|could)\s+(?:barely|hardly)|barely|hardly)\s+walk\s+on\s+(?:my\s+)?heels?\b",
            r"\blegs?\s+(?:keeps?|kept|keep)\s+(?:giving|buckling|collapsing)",
            # Heaviness by the hour is a course, not the fatigue of one set: "legs getting heavier every hour".
            r"\blegs?\b[^.!?]{0,30}?\b(?:heavier|weaker)\s+(?:and\s+(?:heavier|weaker)|(?:by\s+the|every|each|with\s+every)\s+"
            r"(?:hour|minute))\b(?!\s+of\s+(?:the|my|a)\s+(?:set|run|workout|session|class|game|match|race))",
            # A numb patch told as a timeline that ends bigger: "coin-sized on monday, today it's the whole leg".
            rf"{_NUMB}[^.!?]{{0,120}}?\b(?:now|today|tonight|this\s+(?:morning|evening|afternoon)|{_WEEKDAY})\b[^.!?]{{0,20}}?"
            r"(?:\b(?:it'?s|it\s+is|it\s+was|its|is|was|has\s+(?:reached|covered|taken\s+over))\s+)?(?:the\s+|my\s+)?"
            r"(?:whole|entire|all\s+of\s+(?:the|my))\s+(?:leg|shin|foot|thigh|calf|side)\b"
            r"(?![^.!?]{0,25}\b(?:fine|normal|ok|okay|better|good|back\s+to\s+normal)\b)",
            # Strength or feeling in the legs shrinking by the day: "my legs had some strength for transfers, it's less
            # every day".
            r"\b(?:legs?|thighs?|feet|foot)\b[^.!?]{0,40}?\b(?:strength|feeling|sensation|power)\b[^.!?]{0,80}?\bless\s+"
            r"(?:and\s+less\s+)?(?:every|each|by\s+the)\s+(?:day|hour)\b",
            r"\b(?:strength|feeling|sensation|power)\s+(?:in|of)\s+(?:my\s+|both\s+)?(?:legs?|thighs?|feet|foot)\b[^.!?]{0,60}?\bless\s+"
            r"(?:and\s+less\s+)?(?:every|each|by\s+the)\s+(?:day|hour)\b",
            # The help a leg needs, growing: "Wednesday I needed one hand to lift my right leg into the car. today I
            # need both".
            r"\bneed\w*\s+(?:one|a|my)\s+hand\s+to\s+(?:lift|get|pull|swing)\s+(?:my|me|the)\s+(?:(?:left|right)\s+)?leg\b[^?]{0,80}?"
            r"\b(?:now|today|this\s+morning)\b[^.!?]{0,20}?\bneed\w*\s+both\s+(?:hands|arms)\b",
            # A foot that can barely be lifted, worse by the hour: "can barely lift it over the kerb and it's worse than
            # an hour ago".
            r"\b(?:foot|leg)\b[^.!?]{0,80}?\b(?:can'?t|cannot|(?:can|could)\s+(?:barely|hardly)|barely|hardly)\s+(?:lift|raise|clear|"
            r"pick\s+up)\s+it\b[^.!?]{0,60}?\b(?:worse|weaker)\b",
        ),
    ),
)
