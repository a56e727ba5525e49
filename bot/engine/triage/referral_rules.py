"""Rules for the flags that send the user to a physical therapist or doctor: sharp or radiating pain, numbness or
tingling in a leg, pain that lasts, recurs or outlasts form fixes, a pop, severe pain, and the general spinal red
flags."""

from __future__ import annotations

from bot.engine.triage.flags import Flag, Rule
from bot.engine.triage.lexicon import (
    _AGE,
    _DEAD_PATCH,
    _FALL,
    _LEG_PART,
    _LEG_SKIN,
    _NO_FEEL,
    _NOT_A_LOAD,
    _NUMB,
    _RELATION,
    _SEVERAL_DAYS,
    _SEVERE,
    _SHARP_WORD,
)

# Long enough for a pain not to have subsided: three days or more, or a week or more.
_DAYS_OR_WEEKS = rf"(?:{_SEVERAL_DAYS}|(?:a|one|1|two|2|three|3|a\s+few|few|several|a\s+couple\s+(?:of\s+)?)\s+weeks?)"

REFERRAL_RULES: tuple[Rule, ...] = (
    Rule(
        Flag.SHARP,
        (
            rf"\b(?:{_SHARP_WORD}|stab(?!l|il)\w*|knife|knives|knifey|piercing|searing|twing\w*|pinch\w*|jolt\w*|"
            r"like\s+(?:a|an)\s+(?:\w+\s+)?(?:needle|nail|blade|stake|spike|dagger|skewer|ice\s*pick)|electric\s+(?:pain|shock)|stinging\s+pain|"
            # "lightning flash in my back at the top... it took my breath away".
            r"(?:lightning|electric)\s+(?:flash|bolt|strike|jolt)\s+(?:in|through|across|up|down)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?"
            r"(?:back|spine|glutes?|hips?|butt|bum|neck)|(?:it|pain|twinge|flash|jolt|zap)\s+(?:\w+\s+)?took\s+my\s+breath\s+away|"
            # "just a small zap in the back when I lower, like a short electricity".
            r"\b(?:zaps?|zings?|zingers?)\s+(?:in|through|across|up|down|into)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?"
            r"(?:back|spine|sacrum|tailbone)\b|"
            r"like\s+(?:a\s+)?(?:short\s+|small\s+|little\s+|quick\s+)?electricity\b|"
            # "like someone jammed a screwdriver in my lower back".
            r"(?:jammed|stuck|shoved|drove|driving|twisting)\s+(?:a\s+|an\s+)?(?:screwdriver|knife|blade|nail|ice\s*pick|skewer)|"
            # "like somebody put needle in my lower back".
            r"like\s+(?:somebody|someone|a\s+person)\s+(?:put|puts|stuck|sticks|push\w*|jab\w*|poke\w*)\s+(?:a\s+)?"
            r"(?:needle|knife|nail|pin|blade)s?\s+(?:in|into))",
        ),
    ),
    Rule(
        Flag.RADIATING,
        (
            # "all the work goes into the front of my thighs" is quads taking over, not a pain that travels.
            # Nor does a burn that moves to the front of the thighs: quads taking over.
            rf"\b(?<!work\s)(?<!load\s)(?<!tension\s)(?<!effort\s)(?<!burn\s)(?<!pump\s)"
            rf"(?:shoot\w*|radiat\w*|travel\w*|spread\w*|runs?|running|ran|goes|going|went|zing\w*|zap\w*|flar\w*|trickl\w*|"
            rf"electric\w*|shock\w*|lightning|pain|burn\w*|hurt\w*|ache\w*|aching|nerve\w*|shot|moves?)\b"
            # Typed short: "zappy feeling down back of L thigh".
            rf"[^.!?]{{0,25}}?\b(?:down|into|along|through|to)\s+(?:(?:to\s+)?(?:behind|below|under)\s+)?"
            rf"(?:(?:the\s+)?(?:back|side|front|outside|inside)"
            rf"\s+of\s+)?(?:my\s+|the\s+|one\s+|his\s+|her\s+|your\s+|their\s+|(?:my\s+|his\s+|her\s+)?\w+'s\s+)?"
            rf"(?:right\s+|left\s+|whole\s+|l\s+|r\s+)?"
            rf"(?:outer\s+|inner\s+|upper\s+|outside\s+|back\s+|front\s+)?{_LEG_PART}\b",
            # A path with no verb: "from my butt cheek into the back of the thigh".
            r"\bfrom\s+(?:my\s+|the\s+)?(?:right\s+|left\s+)?(?:butt\s*cheek|bum\s+cheek|buttock|glute)\s+(?:all\s+the\s+way\s+)?"
            r"(?:down\s+)?(?:into|to|down)\s+(?:the\s+(?:back|side|front|outside)\s+of\s+)?(?:my\s+|the\s+)?"
            rf"(?:right\s+|left\s+)?{_LEG_PART}\b",
            # Down through the buttock into the thigh: "runs down into my right butt cheek and the back of my thigh".
            r"\b(?:runs?|running|ran|shoot\w*|radiat\w*|travel\w*|goes|going|went|spread\w*)\s+(?:down\s+)?(?:into|to|through)\s+"
            r"(?:my\s+)?(?:right\s+|left\s+)?(?:butt\s*cheek|bum\s+cheek|buttock|glute)\s+(?:and|&|then)\s+(?:down\s+)?(?:(?:in)?to\s+)?"
            rf"(?:the\s+(?:back|side|front|outside)\s+of\s+)?(?:my\s+)?{_LEG_PART}\b",
            r"\bsciatic\w*(?!\s+nerve\s+(?:route|path|course|anatomy|distribution|runs))|\bsyatica|\bnerve\s+(?:pain|pinch\w*|thing|issue|zing\w*)|\bnervy\b",
            # "zing into my hip, feels like a nerve": the user's own reading of a pain as nervy.
            r"\b(?:feels?|felt|feeling)\s+like\s+(?:a|it'?s\s+(?:a\s+)?)\s*(?:pinched\s+|trapped\s+)?nerve\b(?!\s+(?:glide|floss|stretch))",
            # "his pain goes from his lower back all the way down to his foot".
            # Also "felt an electric zing go from my lower back right down into my left thigh".
            r"\b(?:go|goes|going|went|runs?|running|travel\w*|shoot\w*|radiat\w*)\s+from\s+(?:my|his|her|the)\s+(?:lower\s+|low\s+)?"
            rf"back\b[^.!?]{{0,30}}?\b(?:down\s+(?:into\s+|to\s+)?|into\s+|to\s+)(?:to\s+)?(?:my|his|her|the)\s+(?:right\s+|left\s+)?"
            rf"{_LEG_PART}\b",
            # A reply to "does it go down the leg?": "yes it does go into the leg", "it can go down to my calf". A bare
            # "go" elsewhere ("go down onto my knees") is a movement.
            rf"\b(?:it|does|do|can|sometimes|also|that|which|pain)\s+go\s+(?:right\s+|all\s+the\s+way\s+)?"
            r"(?:down\s+(?:into\s+|to\s+)?|into\s+|along\s+|through\s+)"
            rf"(?:the\s+(?:back|side|front|outside|inside)\s+of\s+)?(?:my\s+|the\s+|one\s+)?(?:right\s+|left\s+|whole\s+)?{_LEG_PART}\b",
            # Nerve pain in lay words: "like a hot wire", "like a live wire down my shin".
            # A muscle that twitches like a live wire is a cramp: "hamstring goes hard as a rock and twitches like a
            # live wire".
            r"(?<!twitches\s)(?<!twitching\s)(?<!twitched\s)\blike\s+a\s+(?:hot|live|red[\s-]hot|burning|electric)\s+(?:wire|poker|rod|cable)\b",
            # A jolt in the seat, then the leg odd: "like getting hit with a stun gun in the butt and then my leg goes
            # funny".
            r"\b(?:stun\s*gun|taser\w*|tased|electric\s+fence|cattle\s+prod)\b[^.!?]{0,60}?\b(?:legs?|foot|thigh|calf)\s+(?:goes|went|go|"
            r"feels?|felt|is|was)\s+(?:all\s+)?(?:funny|weird|odd|strange|dead|numb|fizzy|tingly)",
            # A path from the seat or back into the leg: "pain that go like a line from my buttock into the back of my
            # leg, to the knee". Burn is left out: "burn from my glutes into my legs" is the set working.
            r"\b(?:pain\w*|hurt\w*|ache\w*|aching|line|shoot\w*|sharp|zing\w*|electric\w*|go|goes|going|went|runs?|"
            r"running|travel\w*)\b[^.!?]{0,40}?\bfrom\s+(?:my\s+|the\s+)?(?:(?:left|right)\s+)?(?:butt(?:ock)?s?|bum|glutes?|"
            r"butt\s+cheeks?|cheeks?|(?:lower\s+|low\s+)?back|hips?)\s+(?:all\s+the\s+way\s+)?(?:down\s+)?(?:into|to|through|"
            r"along|till|until)\s+(?:(?:the\s+)?(?:back|side|front|outside)\s+of\s+)?(?:my\s+|the\s+)?(?:(?:left|right)\s+)?"
            # The back of the thigh only by name: "burn goes from my glutes into my hamstrings" is the set working.
            r"(?:legs?|knees?|calf|calves|foot|feet|ankles?|toes?|shins?|(?<=of\s)thighs?|(?<=of\smy\s)thighs?)\b",
            # A line with no verb: "burning line buttock to heel, right leg".
            r"\b(?:burning|electric|hot|sharp|shooting|zinging|painful)\s+line\s+(?:from\s+)?(?:my\s+)?(?:(?:left|right)\s+)?(?:butt\w*|bum|glutes?|"
            r"(?:lower\s+|low\s+)?back|hips?)\s+(?:all\s+the\s+way\s+)?(?:down\s+)?(?:to|into)\s+(?:my\s+|the\s+)?(?:heel|foot|calf|"
            r"knee|ankle|toes?|legs?|shin)\b",
            # An electric shock named in Spanish: "like a corrientazo in the back of the leg".
            r"\bcorrientazos?\b|\bdescargas?\s+el[ée]ctricas?\b",
            r"\b(?:shooting|radiating|electric|zinging|zapping)\s+(?:pain|feeling|sensation)",
            r"\bradiat\w*|\bshoots\b",
            # Clinical wording: "radicular pain in an L5 distribution", "S1 dermatome", "nerve root".
            r"\bradicul\w*|\bdermatom\w*|\bnerve\s+roots?\b|\b(?:l[1-5]|s[12])\s+(?:distribution|dermatome|root|nerve)",
            # An electric line or shock that reaches the foot: "it sent an electric line all the way to my heel".
            r"\belectric\w*\s+(?:line|shock|bolt|current|zap|jolt|wire)\b[^.!?]{0,30}?\b(?:to|into|down|through)\s+(?:my\s+|the\s+)?"
            r"(?:heel|foot|calf|leg|toes?|ankle|knee|shin)\b",
            # A positive straight-leg raise reproduces the leg pain: "+SLR L at ~40 deg".
            r"\bpositive\s+straight\s+leg\s+raise\b",
        ),
    ),
    Rule(
        Flag.LEG_NUMBNESS_TINGLING,
        (
            rf"{_NUMB}",
            # "my left foot has felt slightly 'asleep' since Sunday's session".
            r"\b(?:legs?|foot|feet|toes?|calf|calves|shins?|thighs?)\s+(?:has\s+|have\s+|had\s+)?(?:felt|feels?|feeling|been\s+feeling)\s+"
            r"(?:slightly\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+|a\s+little\s+|partly\s+)?['\"]?asleep\b",
            # Numbness told as a wrapping: "my left foot feels wrapped in cling film".
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|shins?|toes?)\b[^.!?]{0,30}?\b(?:wrapped|covered|coated|encased)\s+in\s+"
            r"(?:cling\s*film|plastic(?:\s+wrap)?|saran\s+wrap|cotton\s+wool|bubble\s+wrap|gauze|a\s+(?:thick\s+)?(?:sock|glove|blanket))",
            # One named leg gone weak: "right leg went weak on monday, couldn't do pistols".
            r"\b(?:left|right|one)\s+(?:leg|foot|thigh|calf)\s+(?:just\s+|suddenly\s+|kind\s+of\s+|kinda\s+)?(?:went|goes|going|"
            r"has\s+gone|is\s+going|feels?|felt|is|was|got|gets)\s+(?:just\s+)?(?:a\s+(?:little\s+|tiny\s+)?bit\s+|kind\s+of\s+|kinda\s+|"
            r"really\s+|so\s+|all\s+)?"
            r"weak(?!er\s+than)\w*",
            # "heavy and fuzzy right down to the foot".
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|shins?)\b[^.!?]{0,50}?\bfuzz(?:y|iness)\b|\bfuzz(?:y|iness)\b[^.!?]{0,30}?"
            r"\b(?:legs?|foot|feet|thighs?|calf|calves|shins?)\b",
            # Clinical wording: "paraesthesia R lateral calf and dorsum of foot".
            r"\bpar(?:a|ae)?esthesi\w*[^.!?]{0,40}?\b(?:calf|calves|shin|foot|feet|leg|thigh|dorsum|dermatom\w*|l[45]|s1)\b",
            r"\b(?:legs?|foot|feet|toes?)\s+(?:went|goes|go|going|are|is|feels?)\s+(?:numb|dead|asleep|weird)",
            rf"{_NO_FEEL}[^.!?]{{0,30}}?\b{_LEG_SKIN}\b",
            rf"\b{_DEAD_PATCH}[^.!?]{{0,30}}?\b{_LEG_SKIN}\b|\b{_LEG_SKIN}\b[^.!?]{{0,25}}?\b{_DEAD_PATCH}",
            rf"\b{_LEG_SKIN}\b[^.!?]{{0,25}}?{_NO_FEEL}",
            # A state that has lasted: "left foot's been half asleep since monday".
            r"\b(?:legs?|foot|feet|toes?)(?:'s|\s+has|\s+have)\s+(?:been|felt|gone|stayed)\s+(?:half\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+|"
            r"partly\s+|still\s+)?(?:numb|dead|asleep)\b",
        ),
    ),
    Rule(
        Flag.NOT_SUBSIDING,
        (
            # "a week of aching low back now".
            rf"\b(?:a|one|two|three|\d+|{_SEVERAL_DAYS})\s*(?:weeks?|days?)?\s+of\s+(?:\w+\s+)?(?:aching|ache|pain|hurting|soreness|stiffness)\b"
            r"(?=[^.!?]{0,40}?\bnow\b)",
            # "...turns to concrete after thrusts and stays that way for days".
            r"\bstay(?:s|ed)?\s+(?:that\s+way|like\s+that|stiff|sore|tight|locked(?:\s+up)?|seized)\s+for\s+(?:days|a\s+few\s+days|several\s+days|"
            r"\d+\s+days|a\s+week|weeks)\b",
            # Daily pain over weeks: "my lower back has ached every day for two weeks", "back pain every day this week".
            r"\b(?:hurt\w*|ach\w*|pain\w*|sore\w*|stiff\w*|twing\w*)\b[^.!?]{0,30}?\bevery\s+(?:single\s+)?(?:day|morning|night)\s+"
            r"(?:(?:for|over|since)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:a\s+week|a\s+month|a\s+fortnight|(?:two|three|four|five|six|\d+|"
            r"a\s+couple\s+of|a\s+few|several)\s+(?:weeks|months))|this\s+(?:whole\s+)?week|since\s+(?:last\s+week|the\s+\w+day))\b",
            # "The ache from hip thrust is 4 days already".
            rf"\b(?:is|are|been|it'?s|its)\s+(?:{_SEVERAL_DAYS}|(?:\d+|a\s+few|few|several|two|three)\s+(?:days|weeks))\s+already\b",
            # Without the verb, the way a second language puts it: "ache in back 1 week already", "pain even in the
            # morning, already 5 days". Days trained or days into a plan are no pain lasting.
            rf"(?:\balready\s+{_DAYS_OR_WEEKS}|(?<!trained\s)(?<!done\s)(?<!did\s)\b{_DAYS_OR_WEEKS}\s+already)\b"
            r"(?!\s+(?:into|in\s+(?:to\s+)?(?:my|the|this)|of\s+(?:training|my|the|this)|off|clean|sober|without|no\b|post[\s-]?op|"
            r"this\s+week))",
            # "3 days in a week" is how often, and "last week" alone is when: neither says how long it lasts.
            # A fortnight is two weeks (UK, Irish, Australian).
            # "sore all over" is everywhere, not a duration: "sore all over two days after leg day".
            r"\b(?<!days\s)(?<!day\s)(?<!times\s)(?<!twice\s)(?<!once\s)(?<!all\s)(?<!kg\s)(?<!kgs\s)(?<!lbs\s)(?<!lb\s)"
            r"(?<!kilos\s)(?<!pounds\s)(?!last\s+(?:weeks?|months?|wks?|fortnight)\b)"
            r"(?<!fine\s)(?<!good\s)(?<!great\s)(?<!free\s)(?<!ok\s)(?<!okay\s)(?<!normal\s)(?<!sleep\s)(?<!nap\s)(?<!off\s)"
            r"(?:for|over|in|about(?!\s+last\s+(?:week|month)\b)|nearly|almost|past|last|since|been|"
            r"than(?!\s+(?:the\s+)?(?:past|last)\s)|lasted|lasting)\s+"
            r"(?:like\s+|about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|over\s+)?(?:the\s+)?(?:past\s+|last\s+)?"
            rf"(?:{_SEVERAL_DAYS}|"
            r"(?:a|one|1|two|2|three|3|a\s+couple\s+(?:of\s+)?|couple|few|a\s+few|several|many)?\s*"
            r"(?:weeks?|months?|wks?|fortnights?))",
            r"\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|several|[3-9]|\d\d)\s+days\s+"
            r"(?:now|later|in\s+a\s+row|and|since|after|straight|running|on\b|post\b)",
            # "my lower back is sore too and it's day 4 since the hike". Day 3 of a programme or a period is a count,
            # and a day it is gone on is no lasting pain.
            # "lower back pain, 3rd day now, no better".
            # "fourth day of back pain after thrusts, not better not worse".
            r"\b(?:3rd|4th|5th|6th|7th|third|fourth|fifth|sixth|seventh)\s+day\s+(?:now|of\s+(?:it|this|(?:the\s+|my\s+)?pain|"
            r"(?:the\s+|my\s+|this\s+)?(?:lower\s+|low\s+)?back\s+(?:pain|ache)|(?:the\s+|this\s+)?(?:ache|soreness|stiffness))|"
            r"in\s+a\s+row|running)\b(?![^.!?]{0,40}?\b(?:gone|fine|(?<!no\s)(?<!not\s)better|normal|easing|eased|settled))",
            r"\b(?:it'?s|its|it\s+is|now|on|this\s+is)\s+day\s+(?:[3-9]|1\d|three|four|five|six|seven)\b"
            r"(?!\s+of\b)(?![^.!?]{0,40}?\b(?:gone|fine|better|normal|easing|eased|settled))",
            r"\bday\s+(?:[3-9]|1\d|three|four|five|six|seven)\s+now\b(?![^.!?]{0,40}?\b(?:gone|fine|better|normal|easing|eased|settled))",
            # "no change, 72 hours later": three days and more, in hours (DOMS at 48 hours is normal).
            r"\b(?:7[2-9]|[89]\d|1\d\d)\s*(?:hours|hrs|h)\s+(?:later|on|now|in)\b(?![^.!?]{0,40}?\b(?:gone|fine|better|normal))",
            # Pain that "has been there 10 days", "been hanging around for a fortnight": the pain itself lasting.
            r"\bbeen\s+(?:there|around|going(?:\s+on)?|hanging\s+around|lingering|nagging(?:\s+(?:at\s+)?me)?|bugging\s+me|"
            r"with\s+me|like\s+(?:this|that)|happening|on\s+and\s+off)\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|over\s+|"
            rf"a\s+good\s+|the\s+(?:past|last)\s+)?(?:{_SEVERAL_DAYS}|(?:a|one|two|a\s+couple\s+(?:of\s+)?|few|a\s+few|"
            r"several)?\s*(?:weeks?|months?|fortnights?))",
            # "this hip ache has been hanging around for ages now".
            r"\b(?:been\s+)?(?:hanging\s+around|lingering|nagging(?:\s+(?:at\s+)?me)?|dragging\s+on)\s+for\s+(?:absolute\s+)?ages\b",
            r"\b(?<!all\s)(?:over|more\s+than|longer\s+than|past)\s+(?:two|2|a\s+couple\s+(?:of\s+)?)\s+days",
            # Counted in hours: "been about 72 hours tho".
            r"\b(?:been|for|over|about|nearly|almost|past)\s+(?:about\s+|around\s+|nearly\s+|over\s+|like\s+)?"
            r"(?:4[89]|[5-9]\d|\d{3})\s*(?:hours|hrs|h)\b",
            r"\b(?:4[89]|[5-9]\d|\d{3})\s*(?:hours|hrs|h)\s+(?:later|on)\b[^.!?]{0,40}?\b(?:still|hurts?|hurting|aching|"
            r"sore|no\s+better|not\s+better)\b",
            # "for near a fortnight now", "it's day 4 and the pain is the same as on day 1",
            # "thought it'd settle, it hasn't".
            r"\b(?:for|over)\s+(?:near(?:ly)?|almost|about|around|close\s+to)\s+(?:a|one|two|2)\s+(?:weeks?|fortnights?)\b",
            r"\b(?:it'?s|now|on)\s+day\s+(?:[3-9]|\d\d|three|four|five|six|seven)\b(?=[^.!?]{0,60}?\b(?:pain|hurt|ach|sore|same))",
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven)\s+of\s+(?:the|this|my)\s+(?:back|pain|ache|hip|glute)",
            # A follow-up counts the time: "this is week two of this", "log: ... day 4 still sore" (sore from day 4).
            r"\bweek\s+(?:two|2|three|3|four|4|five|5)\s+of\s+(?:this|it|the\s+(?:pain|ache|back\s+thing))\b",
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven)\s*[:,.-]?\s*still\s+(?:hurt\w*|pain\w*|ach\w*|there|bad)\b|"
            r"\bday\s+(?:[4-9]|\d\d|four|five|six|seven)\s*[:,.-]?\s*still\s+sore\b",
            r"\bbeen\s+like\s+(?:this|that)\s+since\b[^.!?]{0,30}?\b(?:[3-9]|\d\d|three|four|five|six|seven|several|a\s+few)\s+days\s+ago",
            r"\b(?:thought|hoped|expected)\s+(?:it'?d|it\s+would|it\s+will|it\s+might)\s+(?:settle|go\s+away|ease|pass|calm)"
            r"\w*\b[^.!?]{0,30}?\b(?:it\s+)?(?:hasn'?t|didn'?t|has\s+not|did\s+not|won'?t)\b",
            # Counted in days while it lasts: "still there, day 6 now".
            r"\bstill\s+(?:there|here|hurts?|hurting|sore|aching|going)\b[^.!?]{0,20}?\bday\s+(?:[3-9]|\d\d|three|four|five|"
            r"six|seven|eight|nine|ten)\b",
            r"(?<!days\s)(?<!day\s)(?<!times\s)(?<!twice\s)(?<!once\s)(?<!x\s)\b(?:a|one|two|2)\s+weeks?\s+(?:later|now|since|and)",
            # "hurts just as much as it did 4 days ago", "third morning in a row... as much as the first day".
            r"\b(?:just\s+)?as\s+(?:much|bad)\s+as\s+(?:it\s+did\s+)?(?:(?:[2-9]|\d\d|two|three|four|five|six|seven)\s+days\s+ago|"
            r"(?:on\s+)?(?:the\s+)?first\s+day|day\s+(?:one|1))\b",
            r"\b(?:third|fourth|fifth|3rd|4th|5th)\s+(?:morning|day)\s+in\s+a\s+row\b",
            # Texted follow-ups: "week later and my hip still hurts", "day 4 and the ache hasnt gone", "a full week".
            r"(?<!days\s)(?<!day\s)(?<!times\s)(?<!x\s)\b(?:a\s+)?(?:full\s+|whole\s+)?(?:week|fortnight)\s+(?:later|on)\b"
            r"[^.!?]{0,40}?\bstill\b",
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten)\s+(?:and|now)\b[^.!?]{0,50}?\b(?:still\b|"
            r"(?:hasn'?t|has\s+not|isn'?t|not)\s+(?:\w+\s+)?(?:gone|settled|eased|better|improved))",
            r"\bbeen\s+(?:a|one|two|2)\s+(?:full|whole|solid|good|entire)\s+(?:weeks?|fortnights?|months?)\b",
            r"\b(?:\d+|two|three|four|a\s+few|few|several|couple\s+of|a\s+couple\s+of)\s+(?:weeks?|months?)\s+"
            r"(?:of|now|later|and(?!\s+(?:went|added|gained|progressed|hit|got|moved|increased|from|i'?ve\s+gone|i\s+went)\b)|"
            r"since|straight|like\s+(?:this|that))",
            r"\b(?:since\s+last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
            # "the back ache from last week hasn't gone", "still there every morning".
            r"\b(?:from|since)\s+last\s+week\b[^.!?]{0,30}?\b(?:hasn'?t|has\s+not|isn'?t|is\s+not|not)\s+(?:\w+\s+)?(?:gone|settled|"
            r"eased|better|improved)",
            r"\bstill\s+(?:there|here|hurting|aching|sore)\s+every\s+(?:single\s+)?(?:morning|day)\b",
            # "lower back hurts since the tournament 10 days ago".
            r"\b(?:hurts?|hurting|pain\w*|aches?|aching|sore|tender|there|bothering\s+me)\s+(?:ever\s+)?since\b[^.!?,]{0,40}?"
            rf"\b(?:{_SEVERAL_DAYS}|(?:a|one|two|2|a\s+couple\s+of|few|a\s+few)\s+weeks?)\s+ago\b",
            r"\b(?:won'?t|wont|doesn'?t|does\s+not|isn'?t|hasn'?t|never|not)\s+(?:really\s+)?"
            # "not bad, it just doesn't go": said at the end, it does not go away.
            r"(?:go(?:ne|ing|es)?\s+away|went\s+away|go(?=\s*(?:$|[,.!?;]))|settl\w*|subsid\w*|eas(?:e|ed|ing)(?:\s+(?:up|off))?|let(?:ting)?\s+up|"
            r"getting\s+(?:any\s+)?better|got\s+(?:any\s+)?better|improv\w*|calm\w*\s+down|clear\w*\s+up|fad\w*|"
            # A pain that "hasn't shifted", "won't budge": it has not gone. Shifting the weight or the hips is form.
            r"shift(?:ed|ing)?\b(?!\s+(?:my|the|it|them|his|her|your|weight|position|\w+ing))|budg(?:e|ed|ing)\b)",
            r"\b(?:chronic(?!\s+(?:over\w*|worrier|procrastinat\w*|planner|lifter|gym\w*|googler))|persistent|persists|constant\w*|"
            # "the bench slides all the time" is the kit.
            r"(?<!slides\s)(?<!slips\s)(?<!moves\s)(?<!wobbles\s)(?<!rolls\s)(?<!shifts\s)(?<!tips\s)(?<!rocks\s)all\s+the\s+time|"
            # "hungry 24/7" on a cut is no pain that stays.
            r"(?<!hungry\s)(?<!starving\s)(?<!tired\s)(?<!knackered\s)(?<!exhausted\s)(?<!training\s)(?<!working\s)24/7|"
            r"non\s*-?stop|every\s+(?:single\s+)?day\s+since)",
            # "hip, mild, but it's day 3 and not really any better".
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten)\b[^.!?]{0,30}?\b(?:not\s+(?:really\s+|much\s+|any\s+)*"
            r"(?:better|improv\w*|easing|going\s+away)|no\s+better|still\s+(?:there|hurts?|sore|aching|the\s+same)|"
            r"hasn'?t\s+(?:gone|eased|improved|changed))",
            # Typed in fragments: "Still there. Day 3.", "Day 3. Same spot. No better."
            r"\bstill\s+(?:there|here|hurt\w*|sore|aching|the\s+same|bad)\s*[.,;:!-]+\s*(?:it'?s\s+|now\s+)?day\s+"
            r"(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten)\b(?!\s+of\s+(?:my|the|this|a)\s+(?:\w+\s+)?(?:program\w*|plan|"
            r"challenge|block|cycle|cut|diet|fast|trip|holiday|course|split|camp))"
            r"(?![^.!?]{0,40}?\b(?:gone|fine|better|normal|eas\w*|settled|fading|improv\w*|going\s+away))",
            r"\bday\s+(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten)\s*[.,;:-]+\s*(?:[^.!?,;]{1,25}[.,;:]\s*)?"
            r"(?:no\s+better|not\s+(?:any\s+)?better|no\s+change|still\s+(?:there|hurts?|sore|aching|the\s+same))\b",
            # "the last three sessions it's lasted 4-5 days each time".
            r"\blast(?:ed|s|ing)\s+(?:about\s+|around\s+|like\s+)?(?:[3-9]|\d\d|three|four|five|six|seven)(?:\s*(?:-|to)\s*\d+)?\s+days\b",
            # Pain (not muscle soreness) still there two or more days on.
            r"\bstill\s+(?:\w+\s+){0,2}?(?:hurt\w*|pain\w*|ach\w*|killing|bad|there)\b[^.!?]{0,25}?\b(?:after|for|since|"
            r"now|at)\s+(?:(?:two|three|four|five|six|seven|several|a\s+few|few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|"
            r"[2-9]|\d\d)\s+days|(?:day|days)\s+(?:two|three|four|five|[2-9]))",
            r"\b(?:(?:two|three|four|five|six|seven|[2-9]|\d\d)\s+days|a\s+couple(?:\s+of)?\s+days)\s+(?:on|later|after)\b"
            r"[^.!?]{0,20}?\bstill\s+(?:\w+\s+){0,2}?(?:hurt\w*|pain\w*|ach\w*|killing)",
            # Lingering since an event days ago: "lower back pain that's been hanging around since the heatwave session
            # 5 days ago".
            rf"\b(?:hanging\s+around|lingering|been\s+there|going\s+on)\s+since\s+[^.!?]{{0,40}}?\b{_SEVERAL_DAYS}\s+ago\b",
        ),
    ),
    Rule(
        Flag.RECURRING,
        (
            # More often than it was: "used to be occasionally, now most sessions".
            r"\bused\s+to\s+be\s+(?:only\s+)?(?:occasional\w*|now\s+and\s+then|rare\w*|once\s+in\s+a\s+while)\b[^.!?]{0,40}?"
            r"\bnow\s+(?:most|every|all)\b",
            r"\b(?:keeps?|kept)\s+(?:coming\s+back|happening|returning|flaring|recurring|getting\s+tweaked)",
            # The back that "goes" is one that gives out: "my back keeps going every few weeks", "back kept going out".
            r"\bback\s+(?:keeps?|kept)\s+(?:going(?:\s+out)?|giving\s+(?:out|way)|locking\s+up|seizing(?:\s+up)?)\b"
            r"(?!\s+(?:strong|well|fine|ok|okay|great|good|up\s+(?:in|to)|down\s+to|to\s+the\s+gym))",
            # The pain comes back; the user coming back from the toilet or a holiday is no recurrence.
            r"(?<!\bi\s)(?<!\bwe\s)(?<!\bsince\s)\b(?:comes?|came|coming)\s+(?:straight\s+|right\s+)?back\b(?!\s+(?:from|home|in(?!\s+(?:the\s+)?(?:exact\s+)?same\s+(?:spot|place|area|side))|into|to\s+the|to\s+training|"
            r"to\s+the\s+gym|to\s+(?:hip\s+)?thrusts?|to\s+lifting|after\s+(?:\w+\s+){0,3}?(?:break|holiday|vacation|trip|"
            r"pregnancy|birth|baby|surgery|op|operation|injury|illness|covid|flu|layoff|time\s+off|while|stones?|chemo\w*|"
            r"c-?section|fusion|discectomy|replacement|repair|procedure|treatment|injection|ivf|accident|hospital\w*|"
            r"(?:days|weeks|months|"
            r"years)(?:\s+off)?)\b))",
            # Training on and off is the user's attendance: "been thrusting on and off since spring".
            r"\brecurr\w*|(?<!thrusting\s)(?<!training\s)(?<!lifting\s)(?<!going\s)(?<!gym\s)(?<!exercising\s)(?<!out\s)"
            r"\b(?:on\s+and\s+off|off\s+and\s+on)\b",
            # "every few weeks my lower back turns to concrete after thrusts".
            r"\bevery\s+(?:few|couple\s+of|other|\d+|two|three)\s+(?:weeks|months)\b[^.!?]{0,60}?\b(?:hurt\w*|ach\w*|pain\w*|stiff\w*|"
            r"flar\w*|seiz\w*|locks?\s+up|turns?\s+(?:in)?to|twing\w*|goes\s+again)",
            # "the 4th week in a row it shows up", "third session in a row".
            r"\b(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth)\s+(?:week|session|workout|time)\s+in\s+a\s+row\b",
            r"\breturns?\s+(?:after|with|every|each|whenever)\s+(?:every\s+|each\s+)?(?:single\s+)?(?:hip\s+thrust\s+)?(?:session|time|workout|set)",
            # The back that still hurts after every session, whatever was changed: "my back still hurts after every
            # session regardless". Glutes sore after every session are the training.
            r"\bback\s+(?:still\s+|always\s+)?(?:hurts?|aches?|is\s+(?:sore|painful))\s+(?:\w+\s+)?(?:after|during)\s+every\s+"
            r"(?:single\s+)?(?:session|workout|time|thrust\s+day)\b",
            r"(?<!ribs\s)(?<!rib\s)\bflar\w*\s+up(?:\s+again)?|\bflare-?ups?\b",
            r"\b(?:back|again)\s+again\b",
            r"\bworse\s+again\b|\b(?:right\s+|straight\s+)?back\s+(?:where\s+it\s+(?:was|started)|to\s+square\s+one)\b",
            r"\b(?:third|3rd|fourth|4th|second|2nd)\s+time\s+(?:this|in|that)\b",
            # "fine for a week, thrust, pain again. this is the 4th time"; "the back pain returns".
            r"\b(?:this\s+is|it'?s|that'?s)\s+the\s+(?:[2-9](?:nd|rd|th)|second|third|fourth|fifth|sixth)\s+time\b|"
            r"\b(?:pain|ache|it)\s+(?:always\s+|just\s+)?returns\b(?!\s+to\s+normal)",
            # "my back hurts afterwards, 3rd week in a row now": the same pain, session after session.
            r"\b(?:hurt\w*|ach\w*|pain\w*|twing\w*)\b[^.!?]{0,60}?\b(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|two|three|"
            r"four|five|several)\s+(?:weeks?|sessions?|workouts?)\s+in\s+a\s+row\b",
            # "had to stop each of my last 4 sessions with back pain".
            r"\b(?:each|every\s+one|all)\s+of\s+(?:my|the)\s+last\s+(?:\d+|two|three|four|five|six|few|several|couple\s+of)\s+"
            r"(?:sessions|workouts|times|leg\s+days|glute\s+days)\b",
            r"\b(?:happened|had\s+this|had\s+it|same\s+thing|same\s+pain)\s+(?:before|again|last\s+time)",
            r"\b(?:tweaked|hurt|pulled|strained)\s+(?:it|my\s+\w+(?:\s+\w+)?)\s+again\b",
            r"\bit'?s\s+back\b(?!\s+to\s+(?:normal|usual|fine))|\bthe\s+(?:exact\s+|very\s+)?(?:same\s+)?pain\s+(?:is|was|came)\s+back\b|"
            r"\bpain'?s\s+back\b",
            # A log: "Thu HT again -> LBP back", "pattern x4 weeks".
            r"(?:->|→|=>)\s*(?:lower\s+back\s+)?pain\s+(?:is\s+)?back\b|\bpattern\b[^.!?]{0,30}?\b(?:x\s*\d+|\d+|several|a\s+few|"
            r"few)\s*weeks?\b",
            # The same pain every time, for weeks: "keeps getting the same back pain every time she thrusts, weeks now".
            r"\b(?:keeps?|kept)\s+getting\s+(?:the\s+)?same\s+(?:\w+\s+){0,2}?(?:pain|ache|twinge)\b[^.!?]{0,40}?\b(?:every|each)\s+(?:time|session)\b",
        ),
    ),
    Rule(
        Flag.FORM_FIX_FAILED,
        (
            # "Despite these corrections, the pain in my lower back during the lift is unchanged".
            r"\bdespite\s+(?:these|the|those|my|all\s+(?:these|the|those|of\s+(?:these|this|that)))\s+(?:corrections|changes|fixes|"
            r"adjustments|cues|tweaks)\b[^.!?]{0,80}?\b(?:pain|ache|aching|hurt\w*)\b[^.!?]{0,50}?\b(?:unchanged|the\s+same|no\s+better|"
            r"persists|still)\b",
            r"\b(?:fix(?:ed|ing)|(?<=to\s)fix|correct(?:ed|ing)|chang(?:ed|ing)|adjust(?:ed|ing)|lowered|lowering|halv(?:ed|ing)|"
            r"reduc(?:ed|ing)|dropped|dropping|deload\w*|cut\s+(?:the\s+)?(?:weight|load)|improv(?:ed|ing)|"
            r"work(?:ed|ing)\s+on|tried|filmed|moved|raised|switched|(?<!kids\s)(?<!kid\s)(?<!baby\s)(?<!toddler\s)(?<!they\s)(?<!sun\s)went\s+(?:lighter|down)|lighter|tuck(?:ed|ing)|"
            r"took\s+(?:\w+\s+){0,3}?off|follow(?:ed|ing)|applied|did\s+(?:all|everything|what|exactly))\b[^.!?]{0,120}?"
            r"(?:still|didn'?t\s+(?:help|change|work|fix)|doesn'?t\s+(?:help|change|work)|did\s+nothing|"
            r"no\s+(?:difference|change|luck|help)|not\s+helping|nothing\s+(?:helps|changed|works)|same\s+pain|"
            r"persists|keeps)",
            r"\bstill\b[^.!?]{0,30}?\b(?:after|since|despite|though|although)\s+(?:i\s+|i'?ve\s+|we\s+)?"
            r"(?:have\s+)?(?:fix|correct|chang|adjust|lower|reduc|dropp|deload|improv|tweak)\w*",
            r"\b(?:form|technique|setup|set\s*up)\s+(?:was\s+|is\s+|got\s+)?(?:checked|fixed|corrected|approved|"
            r"filmed|reviewed)[^.!?]{0,40}?\bstill\b",
            r"\beven\s+(?:with|at|after|using|on|when)\s+(?:i\s+|i'?ve\s+)?(?:the\s+|my\s+|a\s+|this\s+)?(?:\w+\s+(?:and|&)\s+)?(?:good|perfect|proper|better|correct\w*|clean|"
            r"light\w*|less|lower|the\s+empty|an\s+empty|empty|just\s+the\s+bar|bodyweight|no\s+weight|"
            r"fix\w*|lower\w*|dropp\w*|chang\w*|adjust\w*|deload\w*|ribs\s+down|bracing|the\s+cues|film\w*|halv\w*|"
            r"cutting|reduc\w*|correct\w*|switch\w*|rais\w*)",
            r"\bdespite\s+(?:fix\w*|correct\w*|chang\w*|lower\w*|good|better|proper|perfect|dropp\w*|adjust\w*)",
            # "back hurts every session no matter what i change": a pain (not a cramp) that outlasts every fix tried.
            r"\b(?:hurt\w*|ach\w*|pain\w*|sore\w*)\b[^.!?]{0,40}?\bno\s+matter\s+(?:what|how)\s+(?:i|we)\s+(?:change|do|try|"
            r"tried|adjust|fix|tweak|set\s+up|position)\b",
            r"\b(?:despite|in\s+spite\s+of)\s+(?:all\s+(?:of\s+)?)?(?:this|that|these|it)\b[^.!?]{0,50}?\bstill\b",
            # "recorded my form, it's textbook now, weight is light, back still hurts every time".
            r"\b(?:form|technique|setup)\b[^.!?]{0,30}?\b(?:textbook|perfect|spot\s+on|clean|fixed|good\s+now)\b[^?]{0,60}?"
            r"\bstill\s+(?:hurts?|aches?|pain\w*|sore)\b",
            # The fixes in one sentence, the pain still there in the next: "Corrected my setup three weeks ago... and
            # halved the load. The ache at my SI joint still shows up every single session."
            r"\b(?:corrected|fixed|changed|adjusted|halved|lowered|reduced|dropped|cut)\s+(?:my|the)\s+(?:setup|set\s*up|form|"
            r"technique|load|weight|bench|feet|foot\s+position|rib\s*flare|ribs|chin(?:\s+tuck)?|head\s+position|bar\s+position|"
            r"pad|brac\w+|tempo|depth)\b[^?]{0,160}?[.!]\s+[^.!?]{0,50}?\b(?:pain|ache|hurt\w*|"
            r"twinge)\b[^.!?]{0,30}?\bstill\s+(?:shows?\s+up|there|comes?\s+back|appears|happens|hurts?|aches?)\b",
            r"\b(?:tried|done)\s+everything\b",
            # The fix told, the next sentence opening on the pain still there: "fixed the hips like you said and went
            # down to just the bar. still aches in the lower back every time."
            r"\b(?:fixed|corrected|changed|adjusted|lowered|halved|reduced|dropped|moved|went\s+(?:down|lighter)|like\s+(?:you|u)\s+said)\b"
            r"[^.!?]{0,120}?[.!]\s+(?:but\s+|and\s+)?(?:(?:it|my\s+(?:lower\s+)?back|back)\s+)?still\s+(?:aches?|hurts?|sore|pain\w*|"
            r"the\s+same|there)\b",
            # Everything done, and the same ache sentences later: "I did everything from last week... but I still get
            # the same ache low down in my back every single session".
            r"\b(?:did|done|tried)\s+(?:everything|all\s+of\s+(?:it|that|this))\b[^?]{0,300}?\bstill\s+(?:get|got|have|feel)\s+"
            r"(?:the\s+)?same\s+(?:\w+\s+){0,3}?(?:pain|ache|twinge)\b",
            # The cues followed, then the report in the next sentence: "ribs down like u said. still the same pain".
            r"\b(?:like|as)\s+(?:you|u|coach)\s+(?:said|told\s+me|suggested)\b[.!?\s]{0,4}[^.!?]{0,20}?\bstill\b",
            r"\bstill\s+(?:getting|having|get|feel\w*)\s+(?:the\s+)?(?:exact\s+)?same\b[^.!?]{0,25}?\bpain\b[^.!?]{0,20}?"
            r"\bevery\s+(?:single\s+)?(?:session|time|workout)\b",
            r"\b(?:went|came|gone|dropped|dropping|drop|cut|going)\s+(?:all\s+the\s+way\s+)?(?:from\s+)?\d+\s*(?:kg|kgs|kilos?|lbs?)?"
            r"\s+(?:all\s+the\s+way\s+)?(?:down\s+)?to\s+\d+[^.!?]{0,60}?\bstill\b",
            r"\b(?:you|u|coach|the\s+bot)\s+(?:said|told\s+me|suggested|recommended|advised)\b[^.!?]{0,60}?\bstill\b",
            # A long list of what was changed, the pain still there at the end: "I did everything you told me: chin
            # tucked, ribs down... it looks good now. but the back pain is still there every single session".
            r"\b(?:did|done|tried|followed)\s+(?:everything|all\s+(?:of\s+)?(?:that|it|the\s+(?:advice|cues|tips)))\s+(?:you|u|"
            r"coach|the\s+bot)\s+(?:said|told\s+me|suggested|recommended|advised)\b[^?]{0,300}?\b(?:pain|ache|aching|hurts?|"
            r"hurting|soreness)\b[^.!?]{0,25}?\b(?:still|keeps?\s+coming\s+back|hasn'?t\s+(?:gone|changed|improved)|no\s+better)\b",
            r"\b(?:did|doing|done|used|using|tried|trying|followed|following|applied|with)\b[^.!?]{0,30}?"
            r"(?:ribs\s+down|posterior|tilt|brac\w*|vertical\s+shins|cues?|form|technique|setup|pad)"
            r"[^.!?]{0,60}?\bstill\b",
            r"\bnothing\s+(?:i\s+(?:do|try|change)|seems\s+to)\s+(?:helps?|works?|fix\w*)",
            # The fixes in one sentence, the pain in the next: "fixed my form and cut the weight. still the same pain".
            r"\b(?:fix(?:ed)?|cut|lowered|dropped|changed|adjusted|corrected)\b[^.!?]{0,100}[.!?]\s*"
            r"(?:(?:my\s+)?(?:lower\s+|low\s+)?back\s+|it\s+|the\s+pain\s+|(?:\w+\s+){1,3}?later,?\s+)?still\s+(?:getting|having|"
            r"get|feel\w*|hurts?|the\s+(?:exact\s+)?same|same)\b",
            # A list of fixes, then the pain: "I changed bar position, lower weight, use thick pad, but lower back still
            # hurt after every session".
            r"\b(?:changed|fixed|lowered|dropped|moved|adjusted)\b[^.!?]{0,110}?\bbut\s+(?:my\s+)?(?:lower\s+|low\s+)?"
            r"(?:back|it|the\s+pain)\s+still\s+(?:hurts?|aches?|pains?|sore)\b",
            r"\b(?:form|technique|setup|set\s*up)\s+(?:is|looks|seems)\s+(?:good|fine|perfect|right|solid|ok)"
            r"[^.!?]{0,30}?(?:still|but)",
            # The fixes, then the pain still had, in the next sentence: "fixed the rib flare and chin tuck, dropped to
            # 60kg. Still got the same back pain on set 2".
            r"\b(?:corrected|fixed|changed|adjusted|halved|lowered|reduced|dropped|cut|filmed)\b[^?]{0,160}?[.!]\s+(?:and\s+|but\s+)?"
            r"still\s+(?:got|have|get|getting|having|feel|feeling)\s+(?:the\s+)?(?:same\s+)?(?:\w+\s+){0,2}?(?:pain|ache|twinge)\b",
        ),
    ),
    Rule(
        Flag.POP_INJURY,
        (
            r"\b(?<!gonna\s)(?<!going\sto\s)(?<!about\sto\s)(?<!would\s)"
            r"(?:pop(?!\s+(?:my|your|the|them|it|up|those|songs?|music|tunes|playlists?|stars?|culture|quiz)\b)(?!-up)|popped(?!\s+(?:a|my|some)\s+(?:pill|ibuprofen))(?!\s+(?:to|into|over|by|round|across)\b)|"
            r"popping\s+sound|snap|snapped|crack(?:ed)?\s+sound|heard\s+a\s+crack|"
            r"tore|torn|ripped|rip|(?<=sudden\s)tear|(?<=something\s)give|(?<=something\s)gave)\b"
            # Kit that rips is no injury: "ripped my leggings", "tore a hole in my shorts".
            r"(?!\s+(?:my\s+|the\s+|a\s+hole\s+in\s+(?:my\s+|the\s+)?|through\s+(?:my\s+|the\s+)?)?(?:leggings|pants|shorts|"
            r"tights|trousers|jeans|joggers|shirt|top|gloves|clothes|kit|socks?|shoes?|bag|pad|foam|mat|callus\w*|seam))",
            # "something made crack in the low back".
            r"\bsomething\s+(?:made|did|gave)\s+(?:a\s+)?(?:crack|click|clunk|pop|snap)\b",
            r"\b(?:heard|felt|something|a)\s+(?:a\s+|something\s+)?(?:crack|click|clunk|tear|rip|pop|snap)"
            r"(?!-up|\s+(?:songs?|music|tunes|playlists?|stars?|culture|quiz|class|event|shop|store)\b)",
            # "hamstring went 'twang' mid set".
            r"\b(?:went|go(?:es)?|felt\s+a|a|gave\s+a|with\s+a)\s+'?(?:twang|ping)\w*\b",
            # "felt a sudden tearing sensation high in the hamstring".
            r"\btearing\s+(?:sensation|feeling)\b",
            r"\b(?:went|goes|go)\s+(?:ping|pop|twang|snap|bang|crack)\b",
            # A twang is how a muscle giving way feels: "felt something twang and give in my glute". A guitar's twang
            # is neither felt nor in a body part.
            r"\b(?:felt|feel|feels|something|it)\s+(?:a\s+|something\s+)?(?:\w+\s+)?twang\w*|\btwang\w*\s+(?:in|at|on)\s+(?:my|the)\b|"
            r"\b(?:hamstrings?|glutes?|back|hips?|groin|calf|quads?|muscles?|adductors?)\s+(?:\w+\s+)?twang\w*",
            # "from about rep 4 it shifted, I could feel my lower back taking the load": the work moved, nothing gave.
            r"\b(?:something|it)\s+(?:went|gave|gave\s+way|shifted|slipped)\b"
            # Where the work went is no injury: "it went into my lower back a bit".
            r"(?!\s+(?:well|fine|great|ok|okay|away|better|down|smooth\w*|quiet|off|back\s+to\s+normal|once|when|after|as\s+soon|"
            r"into|to\s+(?:my|the)))"
            r"(?<!it\sshifted(?=,?\s+(?:i\s+(?:could\s+)?(?:feel|felt)|to|into|onto|over|more)\b))",
            # A tweak the user calls slight ("tweaked my lower back a bit, a mild ache") is an ache, not an injury.
            r"\b(?:tweak\w*|threw|put|thrown)\s+(?:out\s+)?my\s+(?:lower\s+)?back(?:\s+out)?"
            r"(?!\s+(?:a\s+(?:tiny\s+|little\s+)?bit|a\s+little|a\s+touch|slightly|ever\s+so\s+slightly)\b)",
            r"\bback\s+(?:went|gave|goes)\s+out\b",
            # The back that just "went", said with when: "felt my back just go mid rep", "my back went on the third
            # rep".
            r"\bback\s+(?:just\s+|suddenly\s+|completely\s+|totally\s+)?['\"]?(?:go|went|gone)['\"]?(?=\s*(?:$|[,.!?;]|\s+(?:mid|during|"
            r"on\s+(?:the|my|a|rep|set)|in\s+the|halfway|at\s+the|while|when|as\s+i|right\s+at|completely|really)\b))",
            # Quoted: "felt something 'give' in her lower back".
            r"\bsomething\s+['\"](?:give|gave|go|went|pop\w*|snap\w*|tear|tore|rip\w*|shift\w*)['\"]",
            r"\bback\s+(?:suddenly\s+|just\s+)?(?:give|gave)\b(?!\s+(?:me|you|him|her|it)\b)",
            r"\b(?:pull(?:ed)?|strained)\s+(?:a|my)\s+(?:muscle|hamstring|back|glute|groin|hip)",
            r"(?<!hamstring\s)(?<!hamstrings\s)(?<!hammy\s)(?<!hammies\s)(?<!calf\s)(?<!calves\s)\b(?:seized|locked)\s+up"
            r"(?![^?]{0,70}?\bcramp)|"
            # A cramp that would not let go for a moment is the cramp: "couldn't straighten them for a sec".
            r"\b(?:can'?t|couldn'?t|could\s+not)\s+straighten\b(?!\s+(?:\w+\s+){0,4}?(?:for\s+a\s+(?:sec|second|"
            r"moment|minute|bit)|(?:until|till)\s+(?:the\s+)?cramp))|\bstuck\s+bent",
            r"\b(?:sudden\w*|instant\w*)\s+(?:pain|sharp|twist|injur\w*|grab\w*|pull\w*|tug\w*|strain\w*)|\ball\s+of\s+a\s+sudden\b",
            # A joint that slipped out: "my knee subluxed during the set", "dislocated my kneecap".
            r"\bsublux\w*|\bdislocat\w*|\b(?:grabbed|tweaked|pulled|tore)\s+something\s+in\s+my\b",
            # A joint twisted in the set: "my knee twisted and clicked when I slid my feet in, now it's a bit swollen".
            r"\b(?:twisted|rolled|jarred|wrenched)\s+(?:my\s+)?(?:knee|ankle)\b|\b(?:knee|ankle)\s+(?:\w+\s+)?(?:twisted|wrenched)\b|"
            # "I think I pull something", "a sudden sort of ripping feeling", "sudden feeling like rope is breaking".
            # A fear taken back is not one: "I thought I pulled something but it was just a killer pump".
            r"(?<!thought\s)(?<!worried\s)(?<!scared\s)(?<!feared\s)(?<!if\s)(?<!sure\s)"
            r"\bi\s+(?:think\s+i\s+|might\s+have\s+|may\s+have\s+)?(?:pull|pulled|tear|tore|rip|ripped|strain|strained)\s+something\b"
            r"(?![^.!?]{0,40}?\b(?:but|turns\s+out)\b[^.!?]{0,20}?\b(?:just|only|nothing)\b)|"
            r"\bsudden\w*\s+(?:\w+\s+){0,2}?(?:ripping|tearing|popping|snapping|breaking)\b|"
            r"\bsudden\w*\s+(?:feeling|sensation)\s+like\s+(?:a\s+)?(?:\w+\s+){0,2}?(?:is\s+)?(?:breaking|snapping|tearing|ripping|"
            r"popping|giving)\b|\bripping\s+(?:feeling|sensation)\b",
            # "something tweaked mid rep felt it go", "felt it go in my hamstring".
            r"\bsomething\s+(?:tweaked|pulled|twinged|went)\s+(?:mid|during|on|in\s+the\s+middle)\b|"
            r"\bfelt\s+(?:it|something)\s+go\b(?!\s+(?:well|fine|away|down|smooth\w*|easier|better|quiet|numb|dead|to\s+sleep))",
            r"\binjur(?:ed|y)\b(?!\s+(?:risk|prevention|free|list|rate))",
        ),
    ),
    Rule(Flag.SEVERE_PAIN, (_SEVERE,)),
    Rule(
        Flag.FEVER,
        (
            # "like muscle fever" is DOMS in other languages' words (Muskelkater, febre muscular).
            r"\b(?<!muscle\s)(?<!muscles\s)(?<!muscular\s)(?:fever\w*|feverish|temperature|chills|night\s+sweats?|"
            r"sweating\s+at\s+night|febrile|rigou?rs)",
            # "a temp of 38.4", "running a temp", "39.1 degrees": a number is a fever only with a temperature word.
            r"\btemp\s+(?:of\s+|is\s+|was\s+|at\s+|around\s+|about\s+|over\s+)?(?:3[89]|4[0-2]|10[0-4])\b|"
            # A denial taken back with the number: "No fever... well actually 38.4 this morning".
            r"\bno\s+(?:fever|temp\w*)\W{0,6}\s*(?:well|ok|okay|actually|wait|hmm|scratch\s+that)\b[^.!?]{0,20}?"
            r"\b(?:3[89]|4[0-2])(?:[.,]\d)?\b(?!\s*(?:kg|kgs|kilos?|lbs?|cm|%))|"
            r"\b(?:running|have|had|got|with|spiked|spiking)\s+a\s+(?:high\s+|bit\s+of\s+a\s+|slight\s+)?temp\b|\bhigh\s+temp\b|"
            # A wearable's reading above the user's baseline: "temp on my oura was +1.4 for 3 nights". A gym's or the
            # weather's temperature is the room.
            r"(?<!gym\s)(?<!room\s)(?<!air\s)(?<!outside\s)(?<!water\s)\btemp\b[^.!?]{0,30}?(?:(?<![\w.])\+\s*(?:0?[.,][5-9]|"
            r"[1-3](?:[.,]\d+)?)\b(?!\s*(?:kg|kgs|lbs?|%|reps?|bpm))|\b(?:elevated|raised|spiked)\b)|"
            r"\b(?:3[89]|4[0-2])[.,]\d\s*(?:°|degrees|deg\b|c\b)|"
            r"\b10[0-4](?:[.,]\d)?\s*(?:°\s*f\b|degrees\s+f)",
            # Hot and cold by turns: "lower back pain plus shivers, I'm hot then cold". Shivers down the spine are a
            # thrill, and what gives the user the shivers a fright.
            r"\b(?:i'?m|im|i\s+am|i\s+feel|feeling|been|going|keep\s+going)\s+(?:\w+\s+)?hot\s+(?:then|and\s+then|one\s+minute\s+"
            r"(?:and\s+)?|and)\s*cold\b|\bcold\s+(?:then|and\s+then)\s+hot\b|"
            r"(?<!me\s)(?<!me\sthe\s)(?<!got\sthe\s)\b(?:the\s+)?shivers\b(?!\s+(?:down|up|ran|run|running)\b)(?=[^.!?]{0,60}?\b(?:hot|"
            r"cold|fever\w*|temp\w*|burning|sweat\w*))|(?<=\bplus\s)shivers\b|"
            # Shivering and hot at once: "shivery like I've been in cold water all day, burning up".
            r"\b(?:shiver\w*|shivery|the\s+shivers|shaking\s+with\s+cold)\b[^.!?]{0,60}?\bburning\s+up\b|\bburning\s+up\b[^.!?]{0,60}?"
            r"\b(?:shiver\w*|shivery|the\s+shivers|freezing|chill\w*)\b",
        ),
    ),
    Rule(
        Flag.WEIGHT_LOSS,
        (
            r"\b(?:lost|losing|dropped|dropping)\s+(?:a\s+lot\s+of\s+|\d+\s*(?:kg|kgs|kilos|lbs?|pounds)\s+(?:of\s+)?)?"
            r"(?:body\s*)?weight\s+(?:without|for\s+no|and\s+i\s+don'?t|and\s+don'?t|unexpectedly|randomly|"
            r"not\s+trying)",
            r"\b(?:unexplained|unintentional|unintended|random|unexpected)\s+weight\s+loss",
            # In stone too: "lost about a stone without trying".
            r"\b(?:lost|losing|dropped)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|like\s+)?(?:\d+(?:\.\d+)?\s*"
            r"(?:kg|kgs|kilos|lbs?|pounds|stone|st)|(?:a|one|two|half\s+a)\s+stone)\s+(?:without|for\s+no|not\s+trying|"
            r"randomly|unexpectedly)",
            r"\bweight\s+loss\s+(?:without|for\s+no)",
            # "I keep losing weight even on my refeed days and honestly can't explain it".
            r"\b(?:losing|lost|dropping)\s+(?:\w+\s+)?weight\b[^.!?]{0,60}?\b(?:can'?t|cannot|couldn'?t)\s+explain\b",
            r"\b(?:down|lost|losing|lose|dropped|dropping|shed|shedding)\s+(?:about\s+|around\s+|like\s+|nearly\s+|"
            r"almost\s+|over\s+|a\s+(?:few|lot\s+of|bunch\s+of)\s+|so\s+much\s+|some\s+)?"
            r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s*)?(?:kg|kgs|kilos?|"
            r"lbs?|pounds|stone|weight)\b[^.!?]{0,50}?(?:without|for\s+no|no\s+reason|not\s+(?:sure|certain)\s+why|"
            r"(?:don'?t|do\s+not)\s+know\s+why|no\s+idea\s+why|unexpected\w*|random\w*|not\s+(?:trying|dieting)|"
            r"(?:even\s+though|although|but)\s+i'?m?\s*(?:eat|eating|not\s+dieting))",
            r"\bweight\s+(?:is\s+|keeps\s+|just\s+|has\s+been\s+)?(?:falling|dropping|coming|melting|dropped|fell|"
            r"came)\s+off\b[^.!?]{0,40}?(?:without|for\s+no|no\s+reason|even\s+though|although|not\s+(?:sure|certain)\s+why|"
            r"(?:don'?t|do\s+not)\s+know\s+why|no\s+idea\s+why|not\s+(?:trying|dieting)|same\s+as\s+(?:always|usual|before))",
        ),
    ),
    Rule(
        Flag.CANCER_HISTORY,
        (r"\b(?:cancer|tumou?r\w*|chemo\w*|oncolog\w*|lymphoma|hodgkin\w*|leuka?emia|melanoma|myeloma|sarcoma|metasta\w*)",),
    ),
    Rule(
        Flag.NIGHT_PAIN,
        (
            # A cramp that wakes the user is a cramp, not pain at rest: "hamstring cramp woke me up last night".
            r"(?<!cramp\s)(?<!cramps\s)(?<!cramping\s)\b(?:wakes?|woke|waking|keeps?|kept)\s+me\s+(?:up|awake)\b",
            # Told of a client: "Linda's low back wakes her at night".
            r"\b(?:back|pain|hip|leg|it)\s+(?:wakes?|woke|keeps?)\s+(?:her|him|them)\s+(?:up\s+)?(?:at\s+night|awake)\b",
            # "the ache wakes me at 3am", "woke me every night this week".
            # Woken by the dog or the baby is no pain: "my dog keeps waking me at 5am".
            r"(?<!dog\s)(?<!dog\skeeps\s)(?<!cat\s)(?<!cat\skeeps\s)(?<!baby\s)(?<!baby\skeeps\s)(?<!kids\s)(?<!alarm\s)"
            r"\b(?:wakes?|woke|waking)\s+me\s+(?:at\s+\d|(?:around|about|~)\s*\d|every\s+night|each\s+night|"
            r"in\s+the\s+(?:night|early\s+hours))",
            r"\b(?:night|night-?time|nocturnal)\s+pain\b",
            # "every night this week I've woken around 3am with back pain".
            r"\b(?:woken|woke|waking|wake|wakes)\s+(?:up\s+)?(?:at|around|about|~)\s*\d[^.!?]{0,20}?\bwith\s+(?:my\s+|a\s+|the\s+)?"
            r"(?:\w+\s+){0,2}?(?:pain|ache|aching|throbb\w*|hurt\w*)\b",
            # Pain at an hour of the night: "my back hurts more at 3am than during the workout".
            r"\b(?:hurt\w*|pain\w*|ach\w*|throb\w*|killing)\b[^.!?]{0,30}?\b(?:at|around|by)\s+(?:[1-4]|midnight)\s*(?:am|a\.m\.)?"
            r"(?=\s|$|[,.!?])(?!\s*(?:kg|lbs?|reps?|sets?))",
            # Woken by it, told of someone else: "she wakes up around 3am most nights with her lower back throbbing".
            # Waking with a stiff back the morning after a session is the pain-monitoring case, not night pain.
            r"\b(?:wakes?|woke|waking)\s+up\b(?=[^.!?]{0,40}?\b(?:\d\s*am|at\s+night|in\s+the\s+night|every\s+night|most\s+nights|"
            r"nights|middle\s+of\s+the\s+night|early\s+hours))[^.!?]{0,40}?\bwith\s+(?:my|her|his|their|a|the)\s+(?:\w+\s+){0,2}?"
            r"(?:throbb\w*|ach\w*|pain\w*|hurt\w*|sore\w*|killing)",
            # "danced all night" is a night out, not a night of pain.
            # "eat late at night", "snacking at night": meals, not pain.
            r"(?<!eat\slate\s)(?<!eating\slate\s)(?<!ate\slate\s)(?<!snacking\s)(?<!snack\s)(?<!eating\s)(?<!eat\s)"
            r"\b(?:at\s+night|during\s+the\s+night|in\s+the\s+night|(?<!danced\s)(?<!dancing\s)(?<!partied\s)(?<!partying\s)"
            r"(?<!drove\s)(?<!driving\s)(?<!worked\s)(?<!working\s)(?<!studied\s)all\s+night|(?<!fine\s)(?<!ok\s)(?<!okay\s)(?<!good\s)"
            r"(?<!nothing\s)at\s+rest|while\s+resting|"
            r"when\s+(?:i'?m\s+)?(?:resting|lying|laying|sleeping|in\s+bed)|(?<!chest\s)lying\s+(?:down|still)|"
            r"even\s+(?:at\s+rest|resting|lying|when\s+resting|sitting\s+still|when\s+i\s+rest))",
            r"\b(?:can'?t|cannot|couldn'?t)\s+sleep\b",
            # Pain on days off, at rest: "even on my off days, just sitting on the couch, my back is 4/10".
            r"\b(?:off|rest)\s+days?\b[^.!?]{0,40}?\b(?:sitting|lying|resting|on\s+the\s+(?:couch|sofa))\b|"
            r"\bjust\s+(?:sitting|lying)\s+(?:on\s+the\s+(?:couch|sofa)|around|still|in\s+bed)\b",
            r"(?<!n't\s)(?<!cant\s)(?<!cannot\s)\beven\s+(?:when|while|if|just)?\s*(?:i'?m\s+|i\s+am\s+|i\s+)?(?:just\s+)?(?:rest\w*|lying|laying|lie|lay|"
            r"sitting|sit|sat|sleeping|relax\w*|doing\s+nothing|not\s+(?:moving|doing|training|lifting|active)|"
            r"on\s+the\s+(?:couch|sofa|settee)|in\s+bed|watching|still)\b",
            # "my back hurts most when I'm trying to sleep during the day".
            r"\b(?:when|while)\s+(?:i'?m\s+|i\s+am\s+)?trying\s+to\s+(?:sleep|rest|get\s+to\s+sleep|nap)\b",
            r"\b(?:when|while)\s+(?:i'?m\s+|i\s+am\s+)?(?:just\s+)?(?:resting|lying|laying|sleeping|in\s+bed|"
            r"doing\s+nothing|not\s+moving|sitting\s+still|on\s+the\s+(?:couch|sofa))",
            # On the sofa, but hurting only when moved, is no rest pain: "now on the sofa it still pulls when I look
            # down".
            # A night slept on the sofa is the cause of a crick, not a pain at rest: "crick in my neck from sleeping on
            # the couch".
            r"\b(?<!sleeping\s)(?<!slept\s)(?<!sleep\s)(?<!crashed\s)(?<!crashing\s)(?<!passed\sout\s)"
            r"(?:(?:on|lying\s+on|sitting\s+on|lounging\s+on)\s+the\s+(?:couch|sofa|settee)(?![^.!?]{0,40}?\bwhen\s+i\s+(?:look|turn|"
            r"move|bend|stand|get\s+up|twist|reach|lift))|(?:lying|laying|lie|lay)"
            r"\s+(?:\w+\s+)?in\s+bed|(?<!glutes\s)(?<!glute\s)(?<!butt\s)(?<!bum\s)(?<!booty\s)(?<!cheeks\s)"
            r"doing\s+(?:absolutely\s+)?nothing|not\s+(?:even\s+)?moving|sitting\s+still|"
            r"lying\s+flat)\b",
            # "I wake up around 3am every night because my lower back throbs".
            r"\b(?:wake|wakes|woke|waking)\s+up\b[^.!?]{0,40}?\bbecause\s+(?:of\s+)?(?:my|the|her|his)\s+(?:\w+\s+){0,2}?"
            r"(?:back|hips?|glutes?|legs?|spine)\b",
        ),
    ),
    Rule(
        Flag.AGE_OVER_50_NEW,
        (
            rf"\b(?:i'?m|i\s+am|im|aged?|age|turn(?:ed|ing))\s+{_AGE}\b{_NOT_A_LOAD}",
            rf"\b(?:{_RELATION}|he|she)\s+(?:is|'s|was)\s+(?:now\s+)?{_AGE}\b{_NOT_A_LOAD}",
            r"\b(?:over|past)\s+(?:50|fifty|60|sixty)\b",
            r"\bin\s+my\s+(?:50s|60s|70s|80s|fifties|sixties|seventies)",
            rf"\b{_AGE}\s*(?:yo|y/o|years?\s+old|yrs?\s+old|f\b|m\b)",
            rf"\b{_AGE}(?:\s+|-)(?:years?|yrs?)(?:\s+|-)(?:young|old|of\s+age)",
            r"\b(?:grandpa|grandma|granny|grand-?dad|grandfather|grandmother|grandparent|nana|gramps|retired|retiree|"
            rf"pensioner|senior|oap)\b[^.!?]{{0,25}}?\b{_AGE}\b{_NOT_A_LOAD}",
            # Not a load after sets and reps: "4x8 at 95", "3 sets of 10 at 60", "8 reps at 70".
            r"(?<![x×]\d\s)(?<![x×]\d\d\s)(?<![x×]\s\d\s)(?<![x×]\s\d\d\s)(?<!\bof\s\d\s)(?<!\bof\s\d\d\s)(?<!\breps\s)"
            # Nor a load the user is fine at: "tight above 80kg, fine at 60".
            rf"(?<!\brep\s)(?<!\bsets\s)(?<!fine\s)(?<!ok\s)(?<!okay\s)(?<!good\s)(?<!easy\s)\bat\s+(?:age\s+)?{_AGE}\b{_NOT_A_LOAD}",
            rf"\b{_AGE}(?:st|nd|rd|th)\s+birthday",
            # A message that opens with the age: "71, new to this and my back hurts".
            # The match starts at the age, so a question just before ("why would age matter lol. 62 and...") does
            # not hold it.
            rf"(?:^|(?<=[.!?])|(?<=[.!?]\s)|(?<=[.!?]\s\s)){_AGE}\s*(?:,|and\b|here\b|now\b)",
            # Who the user is, then the age, opening the message: "spin instructor, 52, first time my back hurts".
            rf"^\s*(?:(?!sets?\b|reps?\b|rounds?\b)[a-z]+\s+){{0,3}}?(?!sets?\b|reps?\b|rounds?\b)[a-z]+,\s*{_AGE}\s*,",
            # Someone else's age, for a client or relative with the new back pain: "my tita (she's 67)", "my client
            # (54)", "she is 70". Whether there is back pain at all is checked in _resolve.
            rf"\b(?:he|she)(?:'s|\s+is|\s+turned)\s+{_AGE}\b{_NOT_A_LOAD}",
            # A coach or instructor too: "our coach is 54 and... now he says his lower back is hurting".
            rf"\b(?:my|our|a|his|her)\s+(?:{_RELATION}|(?:\w+\s+)?(?:coach|trainer|instructor|teacher|boss))\s*(?:\(|,|-|is\b|"
            r"who'?s\b|who\s+is\b|aged?\b)\s*(?:(?:he|she)(?:'s|\s+is)\s+|who\s+is\s+|"
            rf"aged?\s+)?{_AGE}\b{_NOT_A_LOAD}",
            rf"\b{_RELATION}\s+of\s+(?:mine|ours)\s*(?:\(|,|-)\s*(?:aged?\s+)?{_AGE}\b{_NOT_A_LOAD}",
            # A name with the age in brackets: "Olga (52) started feeling her lower back this week".
            rf"\b[a-z]+\s*\(\s*(?:aged?\s+)?{_AGE}\s*\)",
            # The relative's age said with "'s": "my dad's 62".
            rf"\b(?:my|our|his|her)\s+{_RELATION}'s\s+(?:now\s+|just\s+turned\s+|nearly\s+|almost\s+)?{_AGE}\b{_NOT_A_LOAD}",
            # Or any relation opening a sentence: "husband's 62, never had back pain before".
            rf"(?:^|[.!?,;]\s*){_RELATION}(?:'s|\s+is)\s+"
            rf"(?:now\s+)?{_AGE}\b{_NOT_A_LOAD}",
        ),
    ),
    Rule(Flag.FALL_TRAUMA, (_FALL,)),
)
