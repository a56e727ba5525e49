"""Words that look like signs and are not: signs said to be absent, training and toilet talk, old unchanged symptoms.
The rules skip flags inside these spans and the safety net's ceiling blanks them."""

from __future__ import annotations

import re
import sys

from bot.engine.regex_prefilter import install
from bot.engine.triage.lexicon import _SADDLE_CORE
from bot.engine.triage.resolve import _DECADES_FAMILIAR
from bot.engine.triage.signs import _OLD_STRESS_LEAK

# An old, unchanged symptom or a long-healed operation: "numb feet for years, nothing new", "a numb spot from an old
# knee op, unchanged for 10 years", "had a microdiscectomy years ago, fully recovered".
_OLD_SYMPTOM = re.compile(
    r"\b(?:(?:feet|toes|foot|soles|legs?)\s+(?:\w+\s+){0,2}?)?"
    r"(?:numb\w*|neuropath\w*|sciatica|tingl\w*|pins\s+and\s+needles|(?:micro)?discectomy|fusion|op|operation|surgery)\b"
    # New since the session is no old symptom, however "stable" now: "pins and needles since the session, stable".
    r"(?![^.!?]{0,90}?\bsince\s+(?:the\s+session|my\s+(?:session|workout)|the\s+workout|yesterday|last\s+night|this\s+morning|"
    r"(?:hip\s+)?thrusts?|training|leg\s+day))"
    r"[^.!?]{0,90}?\b(?:for\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+)?(?:\d+\s+|two\s+|three\s+|five\s+|ten\s+|many\s+|"
    r"several\s+|a\s+few\s+)?(?:years|ages|decades)|years?\s+ago|long-?standing|unchanged|no\s+change|nothing\s+new|"
    r"normal\s+for\s+me|stable|fully\s+recovered|fine\s+since)\b"
    # Back again, here or in the next sentences: "tingling down my leg years ago. it stopped. now it's started again".
    r"(?![^?]{0,80}?\b(?:again|flar\w*|return\w*|came\s+back|coming\s+back|(?:is|it'?s|it\s+is)\s+back)\b)|"
    r"\b(?:for\s+(?:years|ages)|long-?standing|stable)\b[^.!?]{0,30}?\b(?:numb\w*|neuropath\w*|sciatica|tingl\w*)\b|"
    # Named as history: "I have a history of sciatica but this feels different", "my old sciatica is resolved",
    # "previous sciatica, no leg symptoms now". Said to be back, it is a sign again.
    r"\b(?:history\s+of|hx\s+of|previous|prior|past|old|former|earlier)\s+(?:\w+\s+)?sciatica\b"
    r"(?![^.!?]{0,60}?\b(?:again|flar\w*|return\w*|acting\s+up|kick\w*\s+(?:in|off)|worse|came\s+back|coming\s+back|"
    r"(?:is|it'?s|it\s+is)\s+back)\b)"
)
# An injury named as what the user trains back from, or the time before it: "coming back from a fractured femur",
# "9 months off for a broken ankle", "before my injury it was the other way round". The rules skip the injury words in
# it; the safety net's ceiling blanks them but, unlike a sign said to be absent, it rules nothing out.
_BACK_FROM_INJURY = re.compile(
    r"\b(?:back|coming\s+back|came\s+back|returning|returned|recovering|recovered)\s+(?:to\s+(?:\w+\s+){0,2}?)?(?:from|after)\s+"
    r"(?:a|an|my|the)\s+(?:\w+\s+){0,3}?(?:fractures?|fractured|break|surgery|op|operation|layoff|lay-off|injury|repair|"
    r"replacement|reconstruction|c-?section|discectomy|fusion|arthroscopy|time\s+off)\b|"
    r"\b(?:\d+|a\s+few|few|several|two|three|four|five|six|seven|eight|nine|ten|many)\s+(?:weeks?|months?|years?)\s+off\s+"
    r"(?:for|with|after|because\s+of)\s+(?:a|an|my|the)\s+(?:broken|fractured|torn|bad|busted|snapped)\s+\w+|"
    r"\bbefore\s+(?:my|the)\s+(?:\w+\s+)?(?:injury|surgery|op|operation|fracture|break)\b"
)
# The burn moving to the front of the thighs is the quads taking over, not a pain that travels.
_BURN_TO_QUADS = re.compile(
    r"\bburn\w*\s+(?:\w+\s+){0,2}?(?:moved|moves|shifted|shifts|went|goes|travell?ed|travels)\s+(?:from\s+(?:my\s+|the\s+)?(?:glutes?|butt|"
    r"bum)\s+)?(?:to|into|down\s+to|over\s+to)\s+(?:the\s+front\s+of\s+)?(?:my\s+|the\s+)?(?:front\s+)?(?:thighs|quads)\b"
)
# A sign taken back as the kit or someone else's: "the twinge was just the waistband of my leggings digging in", "the
# 'pop' was the bench creaking, not me", "the stabbing pain thing was my partner's kidney stone", "the 'pain' I
# mentioned was just the bar feeling cold and heavy".
_TAKEN_BACK = re.compile(
    r"\bthe\s+['\"]?(?:\w+\s+){0,2}?(?:pain|twinge|pop|crack|click|snap|stab\w*|numbness|tingl\w*|zap|zing|pinch|noise|sound)['\"]?"
    r"(?:\s+(?:thing|stuff|i\s+(?:mentioned|said|told\s+you\s+about|was\s+worried\s+about|keep\s+hearing|hear|heard)|"
    r"from\s+(?:earlier|before|yesterday)|earlier))*"
    r"\s+(?:was|is|turned\s+out\s+to\s+be)\s+(?:just\s+|only\s+|actually\s+|really\s+|literally\s+)*(?:(?:the|my|a)\s+(?:\w+\s+){0,3}?"
    r"(?:waistband|leggings|shorts|belt|pants|tights|trousers|bench|collars?|box|floor|rack|phone|seat|chair|clothes|kit|shoes?|"
    # The bar pressing into the hip bones is still the bar hurting them: "the pain was the bar digging into my hip
    # bones".
    r"zip|button|strap|(?:bar|barbell|pad|padding|plates?)(?![^.!?]{0,30}?\b(?:dig\w*|press\w*|push\w*|rub\w*|hurt\w*|bruis\w*|"
    r"grind\w*|crush\w*)))\b|(?:my|his|her|their)\s+(?:\w+\s+)?(?:partner|husband|wife|boyfriend|"
    r"girlfriend|bf|gf|friend|mate|son|daughter|mum|mom|dad|kid|client|dog|cat)'?s\b)[^.!?]{0,60}|"
    # A question withdrawn: "scratch that question about pain, I meant to ask how to stop the bar rolling".
    r"\b(?:scratch|ignore|forget)\s+(?:that|my|the)\s+(?:last\s+)?(?:question|message|msg|bit)\s+(?:about|re|on)\s+(?:\w+\s+){0,2}?"
    r"(?:pain|numbness|twinge|ache)\b|"
    # Clothes that feel tight are the pump: "my jeans felt tighter on the school run".
    r"\b(?:jeans|leggings|shorts|pants|trousers|clothes|waistband|skirt|dress)\s+(?:\w+\s+)?(?:felt|feel|feels|are|were|got|getting|"
    r"feeling)\s+(?:a\s+bit\s+|so\s+|really\s+|way\s+)?tight(?!s\b)\w*"
)
# The emergency signs said to be absent: "no bladder issues", "no problem with toilet", "no numbness between the legs".
# The net may still refer such a message, but not call it an emergency on the strength of those words.
_TOILET_TOPIC = r"(?:toilet|loo|bathroom|bladder|bowels?|peeing|peed|pee|pooping|urin\w*|poo\w*|waterworks)"
_SIGNS_DENIED = re.compile(
    # "I ride mtb but didn't crash or anything".
    r"\b(?:didn'?t|did\s+not|never|haven'?t|have\s+not)\s+(?:crash|crashed|fall|fallen|fell|come\s+off|came\s+off)\b(?:\s+or\s+anything)?|"
    # A list that starts with the toilet and ends with all of it normal: "toilet, legs, everything normal".
    rf"\b{_TOILET_TOPIC}(?:\s*,\s*(?:legs?|feeling|sensation|walking|bladder|bowels?))*\s*,\s*(?:everything|all)\s+(?:else\s+)?"
    r"(?:is\s+|feels?\s+)?(?:normal|fine|ok|okay|good)\b|"
    # "no issues peeing", "no trouble pooing", "no problem going to the toilet".
    r"\b(?:no|without|zero)\s+(?:issues?|problems?|trouble|difficulty)\s+(?:with\s+)?(?:pee\w*|wee\w*|poo\w*|urinat\w*|"
    r"going\s+to\s+the\s+(?:toilet|loo|bathroom)|(?:using\s+)?the\s+(?:toilet|loo|bathroom))\b|"
    r"\b(?:no|without|zero|nil)\s+(?:problems?\s+with\s+|issues?\s+with\s+|changes?\s+(?:in|with|to)\s+|trouble\s+with\s+)?"
    rf"(?:the\s+|my\s+)?{_TOILET_TOPIC}(?:\s*(?:or|and|/|,)\s*{_TOILET_TOPIC})*(?:\s+(?:issues?|problems?|changes?|trouble|"
    r"symptoms?))?\b|"
    rf"\b{_TOILET_TOPIC}(?:\s*(?:or|and|/|,)\s*{_TOILET_TOPIC})*(?:\s+(?:habits?|stuff|side))?\s+(?:is\s+|are\s+|all\s+|"
    r"still\s+|totally\s+|completely\s+)*(?:fine|normal|normally|ok|okay|good|unaffected|unchanged)\b|"
    r"\bnot\s+(?:spreading|weak|numb|tingly|tingling|getting\s+worse|worse)(?:\s*(?:,|or|and|/)\s*(?:not\s+)?(?:spreading|weak|"
    r"numb|tingly|tingling|getting\s+worse|worse))*\b|\blegs?\s+(?:are\s+|feel\s+|still\s+)?(?:strong|working\s+fine)\b|"
    r"\bother\s+(?:leg|side|foot)\s+(?:is\s+|feels\s+)?(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|normal|ok|okay|good)\b|"
    rf"\bno\s+(?:numb\w*|tingl\w*|feeling\s+loss|loss\s+of\s+feeling)\s+(?:in\s+|around\s+|at\s+)?(?:my\s+|the\s+)?{_SADDLE_CORE}\b|"
    r"\bno\s+(?:other\s+)?red\s+flags?\b|\bno\s+(?:leg\s+|motor\s+)?weakness\b|"
    # "nothing scary like numbness, only a mild ache".
    r"\bnothing\s+(?:scary|serious|weird|alarming|worrying|bad|major|crazy|dramatic)\s+(?:like|such\s+as)\s+(?:numb\w*|tingl\w*|"
    r"pins\s+and\s+needles|shooting\s+pain|weakness|bladder\s+\w+|bowel\s+\w+)\b|"
    # Leg signs said to be absent: "nothing going down the legs", "no leg stuff", "legs are totally fine", "no tingling,
    # no numbness", "I can pee fine", "nothing weird down there".
    r"\b(?:no|nothing|nothin)\s+(?:\w+\s+){0,2}?(?:going\s+|goes\s+|went\s+|shooting\s+|running\s+)?(?:down|in|into)\s+"
    r"(?:my\s+|the\s+)?legs?\b|\bno\s+leg\s+(?:stuff|symptoms?|issues?|pain|problems?)\b|"
    r"\blegs?\s+(?:are|is|feel|feels)\s+(?:totally\s+|completely\s+|perfectly\s+)?(?:fine|normal|ok|okay|good)\b|"
    r"\bno\s+(?:numb\w*|tingl\w*|pins\s+and\s+needles|shooting\s+pain)(?:\s*(?:,|or|and|/)\s*(?:no\s+)?(?:numb\w*|tingl\w*|"
    r"weakness|pins\s+and\s+needles|shooting(?:\s+pain)?))*\b|"
    r"\bcan\s+(?:pee|wee|walk|poo)\s+(?:etc\.?\s+|and\s+(?:poo|pee|stuff)\s+)?(?:fine|ok|okay|normally)\b|"
    r"\bnothing\s+(?:\w+\s+)?down\s+there\b|\bnothing\s+(?:wrong|amiss|off|different)\s+with\s+(?:the\s+|my\s+)?(?:toilet|bladder|"
    r"bowels?|waterworks|loo)(?:\s+(?:matters|stuff|business|side|habits))?\b|\bno\s+(?:drop|fall|impact|blow|collision)s?\b|\b(?:all|everything)\s+(?:good|fine|normal|ok|okay)\s+down\s+there\b|"
    r"\bno\s+(?:leaks?|leaking|leakage|dribbl\w*|drips?)\b|"
    r"\b(?:don'?t|do\s+not|dont|haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:have|had|got|get|feel|felt|notice|noticed)\s+"
    r"(?:any\s+)?(?:numb\w*|tingl\w*|pins\s+and\s+needles|weakness|leak\w*)\b|"
    r"\bnothing\s+(?:is\s+|feels\s+)?(?:numb|tingly|weak)\b(?:\s+(?:in|around|between|on|down)\s+(?:\w+\s+){0,2}?(?:groin|saddle|"
    r"legs?|feet|foot|thighs?|crotch|there|bum|butt))?|"
    r"\b(?:bladder|bowels?|saddle|waterworks|plumbing)(?:'s|\s+is|\s+are|\s+was|\s+were)?\s+(?:all\s+|totally\s+|completely\s+|perfectly\s+)?"
    r"(?:fine|normal|ok|okay|good|unaffected)\b|\bfelt\s+the\s+(?:toilet\s+paper|paper|seat|wipe)\b|"
    # Asked and answered by the user: "numbness? nope. weakness? nope."
    r"\b(?:numb\w*|tingl\w*|weak\w*|leak\w*|bladder|bowels?|pins\s+and\s+needles|saddle\s+\w+|falls?|fell|"
    r"dropp?(?:ed)?\s+(?:the\s+)?(?:bar|barbell|weights?)|trauma|impact|injur\w*)\s*\?\s*(?:nope|no|nah|none|"
    r"negative|zero|nada)\b|\bfeel\s+everything\s+(?:normally|fine|ok|okay)\b|"
    r"\b(?:feeling|sensation)\s+is\s+(?:totally\s+|completely\s+|perfectly\s+|entirely\s+)?(?:normal|fine)\b|\bnot\s+numb\s+at\s+all\b|"
    r"\blegs?\s+(?:feel|are|feels)\s+(?:exactly\s+)?(?:as|like)\s+(?:they\s+|it\s+)?(?:always\s+(?:do|does|did)|usual)\b|"
    r"\bnothing\s+(?:\w+\s+)?(?:between\s+(?:my|the)\s+legs|in\s+(?:my|the)\s+groin)\b|"
    r"\bnothing\s+(?:\w+\s+){0,2}?(?:in|with)\s+the\s+(?:bathroom|toilet|loo)(?:\s+department)?\b"
)
# Sign words that are no sign: toilet talk about training ("pee like 5 times", a full bladder while bracing, a leak on
# sneezing that is years old), kit moving, soreness in dramatic words, a fall that did not happen, old unchanged
# symptoms. The rules skip flags inside these spans and the net's ceiling blanks them.
_NOT_A_SIGN = re.compile(
    # The back felt more with each set is the back doing the glutes' work, no sign getting worse: "from the second set
    # I feel it in lower back more and more".
    r"(?<=\bback\s)more\s+and\s+more\b|"
    # A name someone jokes or talks about, in quotes: "the instructor always jokes about 'numb bum syndrome'".
    r"\b(?:jokes?|joking|joked|banter\w*|talks?|talking|talked|moans?|moaning|goes\s+on|went\s+on|warns?|warned)\s+about\s+"
    r"(?:the\s+)?['\"][^'\"]{1,40}['\"]|"
    r"\b(?:telling|tells|told|tell|says?|said|yells?|yelled|shouts?|shouted)\s+(?:me|us|everyone)\s+to\s+['\"][^'\"]{1,40}['\"]|"
    # A blow told as a simile: "bum so sore, like I got kicked by a horse", "feels like a mule kicked me".
    r"\b(?:like|as\s+if|as\s+though)\s+(?:[\w']+\s+){0,4}?(?:kicked|trampled|butted|head-?butted|stood\s+on|stepped\s+on|"
    r"run\s+over|hit)\s+by\s+(?:an?\s+|the\s+|my\s+)?(?:\w+\s+)?(?:horse|mare|pony|mule|donkey|cow|bull|heifer|goat|camel|"
    r"elephant|truck|lorry|bus|train|car)\b|"
    r"\b(?:like|as\s+if|as\s+though)\s+(?:an?\s+|the\s+)(?:horse|mare|pony|mule|donkey|cow|bull|heifer|goat|camel|elephant)\s+"
    r"(?:\w+\s+)?(?:kicked|trampled|butted|stood\s+on|stepped\s+on|sat\s+on)\s+(?:me|my)\b|"
    # Riding, not the saddle area: "my seat in the saddle has improved", "back in the saddle after a month off".
    r"\b(?:my|your|her|his|their|a|the)\s+(?:seat|position|balance)\s+in\s+the\s+saddle\b|\bback\s+in\s+the\s+saddle\b|"
    # Legs "dead" as a word for sore: "bacaklarım koptu, Turkish way to say legs are dead, normal soreness".
    r"\blegs?\s+(?:are|is|feel|feels|were)\s+(?:so\s+|totally\s+)?dead\b(?=[^.!?]{0,40}?\b(?:soreness|doms|sore)\b)|"
    # A checklist item answered no: "the 'pain at night' one - no".
    r"\bthe\s+['\"]?[\w\s/-]{2,30}?['\"]?\s+(?:one|question|bit|part|item)\s*[:,-]?\s*(?:no|nope|nah|never|none)\b"
    r"(?!\s+(?:longer|more|better|change|idea))|"
    # A disposition, not a bruise: "do I need a pad? I bruise easily".
    r"\b(?:i|i'?ve\s+always|always)\s+(?:\w+\s+)?bruised?\s+(?:really\s+|very\s+|quite\s+|so\s+|super\s+)?easily\b|"
    # What it looks like, not what happened: "spilled my shake on my crotch, looks like I pissed myself".
    r"\bspill\w*\s+(?:\w+\s+){0,3}?(?:on|over|down)\s+(?:my\s+)?(?:crotch|groin|shorts|pants|lap|bits|trousers|leggings)\b|"
    r"\b(?:looks?|looked|looking)\s+like\s+i\s+(?:\w+\s+)?(?:pissed|peed|wet|shat|pooed|soiled)\s+(?:myself|my\s+\w+)\b|"
    # The idiom: "nearly wet himself laughing".
    r"\b(?:nearly|almost|practically)\s+(?:wet|peed|pissed|wee'?d)\s+(?:myself|himself|herself|themselves|ourselves)\s+"
    r"(?:laughing|with\s+laughter)\b|"
    # Skin rubbed by kit: "chafing between my legs from new compression shorts", "shorts pinch my balls".
    r"\bchaf\w*\s+(?:\w+\s+)?(?:between|on|in|around)\s+(?:my\s+|the\s+)?(?:legs|thighs|inner\s+thighs|groin|crotch|bits)\b|"
    r"\b(?:shorts|pants|briefs|boxers|underwear|undies|leggings|tights|belt|strap|pad)\s+(?:don'?t\s+|doesn'?t\s+|won'?t\s+|keep\s+)?"
    r"(?:pinch\w*|dig\w*|rub\w*|squash\w*|squish\w*|chaf\w*)\s+(?:into\s+)?(?:my\s+)?(?:\w+\s+)?(?:balls|nuts|junk|bits|groin|crotch|"
    r"thighs?|skin)\b|"
    # A question about holding on: "does holding my pee in during sets matter?".
    r"\b(?:does|do|is|should\s+i\s+(?:avoid|stop)|can|could)\s+holding\s+(?:in\s+)?(?:my\s+|your\s+)?(?:pee|wee|urine|poo|bladder)"
    r"(?:\s+in)?\b[^.!?]*\?|"
    # Numb with the cold and warm again: "hands and thighs were numb from the freezing walk in, gone once I warmed up".
    r"\bnumb\w*\s+(?:from|with|in)\s+(?:the\s+)?(?:\w+\s+)?(?:cold|freezing|frost|ice|snow|winter)\b[^.!?]{0,40}?\b(?:gone|fine|"
    r"went\s+away|back\s+to\s+normal|normal)\s+(?:once|when|after|as\s+soon\s+as)\s+(?:i\s+)?(?:warmed|warm|thawed|got\s+warm|"
    r"heated)|"
    # Numb with the cold, ready to train, or numb on a cold floor and normal once warm: "Numb with cold after shovelling
    # the drive but ready to train", "toes went numb on the cold garage floor, back to normal as soon as I put socks
    # on".
    r"\bnumb\s+with\s+(?:the\s+)?cold\b(?![^.!?]{0,60}?\b(?:still|hours?|won'?t|doesn'?t|not\s+coming\s+back))|"
    r"\b(?:toes|fingers|feet|foot|hands?)\s+(?:went|go|goes|were|got)\s+numb\s+(?:on|from|in)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:cold|freezing|icy)\b[^.!?]{0,40}?\b(?:back\s+to\s+normal|fine|gone|normal)\b[^.!?]{0,10}?\b(?:as\s+soon\s+as|once|when|"
    r"after)\b[^.!?]{0,40}|"
    # A baseline from a known spinal condition, said to be unchanged: "my legs are numb but that's my normal from the
    # SCI, same as always", "old T11 injury so my legs are numb like always", "cant feel a thing in my legs, been that
    # way since my accident in 2009". Anything new, worse or spreading after it keeps its weight.
    r"\b(?:(?:my\s+)?legs?|feet|foot|ankles?)\s+(?:are|is|have\s+been|has\s+been|been|feel|feels)\s+(?:numb|weak)\b"
    r"[^.!?]{0,60}?\b(?:my\s+normal|same\s+as\s+always|(?:like|as)\s+always|nothing\s+new|unchanged|since\s+my\s+(?:\w+\s+)?"
    r"(?:injury|accident|sci|surgery|op|operation))\b"
    r"(?![^?]*\b(?:worse|spread\w*|new\s+(?!to\b)|different|more\s+numb|higher|further|suddenly|changed|can'?t\s+(?:pee|wee))\b)|"
    r"\bcan'?t\s+feel\s+(?:a\s+thing|anything)\s+in\s+(?:my\s+)?legs\b[^.!?]{0,20}?\bbeen\s+(?:that\s+way|like\s+that)\s+since\b"
    r"(?![^?]*\b(?:worse|spread\w*|different|suddenly|changed)\b)[^.!?]{0,40}|"
    r"\bmy\s+normal\s+is\s+[^.!?]{0,40}?\bnumb\s+\w+[^.!?]{0,15}?\bunchanged\b|"
    # Kit or the building broken, not a bone: "the gym aircon was broken".
    r"\b(?:aircon|air\s*con|a/?c|air\s+conditioning|fan|heating|heater|boiler|shower|lift|elevator|scales?|machine|car|phone|"
    r"watch|treadmill|door|lock|kettle)\s+(?:was|is|were|are|got|has\s+been|'s|being)\s+(?:\w+\s+)?(?:broken|broke|bust|busted)\b|"
    # A product used, not a feeling: "used numbing cream on my hips so the bar doesn't hurt them".
    r"\b(?:used|using|use|put|putting|apply|applied|applying|rubbed|rubbing)\s+(?:some\s+|a\s+)?(?:numbing|lidocaine|"
    r"lignocaine|emla|ana?esthetic|deep\s+heat|tiger\s+balm|voltaren|ibuprofen)\s+(?:cream|gel|spray|patch\w*|rub)\b|"
    # The known tingle of caffeine or beta-alanine: "caffeine tingles aside".
    r"\b(?:caffeine|pre[\s-]?workout|beta[\s-]?alanine|niacin)\s+(?:tingl\w*|itch\w*|prickl\w*|flush\w*)\b(?:\s+aside)?"
    r"(?![^.!?]{0,40}\b(?:legs?|feet|foot|toes?|thighs?|groin|butt|bum|saddle|calf|calves|shins?|knees?|between)\b)|"
    # Night sweats beside hot flushes are the menopause's: "night sweats are wrecking my sleep, and the hot flushes".
    r"\bnight\s+sweats?\b[^.!?]{0,80}?\bhot\s+(?:flush|flash)\w*|\bhot\s+(?:flush|flash)\w*[^.!?]{0,80}?\bnight\s+sweats?\b|"
    r"\b(?:night\s+sweats?|hot\s+flush\w*|hot\s+flash\w*)\b[^.!?]{0,40}?\(?\b(?:menopaus\w*|peri-?menopaus\w*|hrt|"
    r"hormon\w*)\b\)?|\b(?:menopaus\w*|peri-?menopaus\w*)\b[^.!?]{0,30}?\b(?:night\s+sweats?|hot\s+flush\w*|hot\s+flash\w*)"
    r"\b(?:[^.!?]{0,20}?\bwake\s+me(?:\s+up)?\b)?|"
    r"\b(?:fever|temperature)\b[^.!?]{0,40}?\bwas\s+(?:just\s+|only\s+)?(?:the\s+|a\s+)?(?:flu|cold|covid|virus|bug|"
    r"chest\s+infection)\b[^.!?]{0,10}?\b(?:gone|over|better|fine|recovered)\b(?:\s+now)?|"
    # A question about what happens to people, with no word of the user's own: "is it true people pee themselves on
    # max lifts? saw it on tiktok".
    r"\bis\s+it\s+true\s+(?:that\s+)?(?:people|lifters|some\s+people|women|men|guys|girls|you\s+can)\b[^.!?]*\?|"
    # Only the pride hurt: "got the bar stuck on my hips and had to roll it off. only my ego got hurt".
    r"\b(?:got\s+|get\s+)?(?:the\s+)?(?:bar|barbell|weight)\s+(?:got\s+)?(?:stuck|pinned|trapped)\b[^?]{0,80}?\b(?:only|just)\s+"
    r"(?:my\s+)?(?:ego|pride)\s+(?:got\s+|was\s+)?(?:hurt|bruised|dented|damaged|injured)\b|"
    r"\bonly\s+(?:my\s+)?(?:ego|pride)\s+(?:got\s+|was\s+)?(?:hurt|bruised|dented|damaged|injured)\b|"
    r"\bthe\s+only\s+thing\s+(?:hurt|bruised|injured)\s+(?:was\s+)?my\s+(?:ego|pride)\b|"
    # Sore glutes protesting at the toilet: "couldn't sit on the toilet without groaning", "getting onto the toilet is a
    # struggle today".
    r"\b(?:sit|sitting|sat|get|getting|got|lower\w*)\s+(?:down\s+)?(?:on|onto|on\s+to|off)\s+the\s+(?:toilet|loo|bog)\b"
    r"[^.!?]{0,30}?(?:\bwith(?:out)?\s+(?:groan\w*|winc\w*|moan\w*|swear\w*|cry\w*|grimac\w*)|\b(?:is|was)\s+(?:a\s+)?(?:real\s+)?"
    r"(?:struggle|mission|ordeal|hard|painful|agony|an\s+event|a\s+workout))|"
    # Help that was kindness, not need: "my partner helped me with my socks but only cos she's nice and I was lazy".
    r"\bhelped\s+me\s+(?:with|put\s+on)\s+my\s+(?:socks|shoes|trousers|jeans|pants|leggings)\b[^.!?]{0,40}?\b(?:only|just)\s+"
    r"(?:cos|coz|cuz|because|as)\b[^.!?]{0,60}|"
    # A progress story: "three months ago I couldn't get up from the floor... today I got up without using my hands".
    r"\b(?:months?|years?|weeks?)\s+ago\s+i\s+(?:couldn'?t|could\s+not|could\s+(?:barely|hardly)|struggled\s+to)\b[^.!?]{0,100}?"
    r"[.!,;]?\s*(?:and\s+|but\s+)?(?:now|today|these\s+days)\s+i\s+(?:can|could|got|get|managed|did|do)\b[^.!?]*|"
    # Glutes "dead" in a good way: "my butt is DEAD after that session haha, best kind of dead".
    r"\b(?:legs?|butt|bum|glutes?|booty|arse|ass|cheeks)\s+(?:is\s+|are\s+|was\s+|were\s+|feels?\s+|felt\s+)?(?:so\s+|totally\s+|"
    r"absolutely\s+|completely\s+)?dead\b(?=[^?]{0,50}?\b(?:(?:the\s+)?(?:best|good)\s+kind\s+of\s+dead|in\s+(?:a|the)\s+(?:good|fun)\s+way)\b)|"
    # Legs that shake after a hard set and are fine a minute later: "legs like jelly after the burnout set, totally
    # fine two minutes later". Fatigue, not legs giving way.
    # The all-clear may come in the next sentence: "Legs were a bit shaky walking out. Normal again ten minutes later."
    r"\blegs?\s+(?:\w+\s+){0,3}?(?:like\s+jelly|jelly|shaky|shaking|wobbly|trembl\w*|like\s+(?:noodles|spaghetti))\b"
    r"[^.!?]{0,80}?(?:[.!]\s*(?:and\s+|but\s+)?(?:they\s+were\s+|they'?re\s+|were\s+|all\s+)?)?"
    r"\b(?:fine|normal|right\s+as\s+rain|back\s+to\s+normal|ok|okay|gone)\s+(?:again\s+)?(?:a|one|two|three|five|ten|fifteen|"
    r"twenty|a\s+few|a\s+couple\s+(?:of\s+)?|\d+|few)\s+(?:minutes?|mins?|seconds?)\s+later\b|"
    # Peeing often with its cause named: "peeing like every 20 minutes since I started the diuretics". Often is no
    # retention and no leak.
    r"\b(?:pee\w*|wee(?:ing|s)?|urinat\w*)\s+(?:like\s+|about\s+|literally\s+)?(?:every\s+(?:\d+|few|couple\s+of|ten|"
    r"twenty|thirty|half\s+an?)\s+(?:min\w*|hours?)|constantly|all\s+the\s+time|loads|a\s+lot|non[\s-]?stop)\b"
    r"(?=[^.!?]{0,60}?\b(?:diuretic\w*|water\s+pills?|water|coffee|caffeine|tea|creatine|litres?|liters?|drink\w*|fluids?|"
    r"hydrat\w*|pre[\s-]?workout)\b)[^.!?]{0,60}|"
    # Jelly legs after the sets, as every leg day, fine after a rest: "legs are jelly after 5 sets lol, fine after a
    # shake".
    r"\b(?:both\s+(?:of\s+)?(?:my\s+)?)?legs?\s+(?:\w+\s+){0,3}?(?:like\s+jelly|jelly|jello|shaky|shaking|wobbly|trembl\w*|"
    r"like\s+(?:noodles|spaghetti))\s+(?:after|from)\s+[^.!?]{0,40}?\b(?:sets?|reps?|workouts?|sessions?|leg\s+days?|squats?|thrusts?|lunges?|burnouts?)\b"
    r"[^.!?]{0,60}?\b(?:fine|normal|ok|okay|back\s+to\s+normal)\s+(?:again\s+)?(?:after|once|within|by|in)\b[^.!?]{0,30}|"
    # Numb from sitting a long way, gone once up: "numb bum from sitting on the plane for 11 hours, completely gone once
    # I walked around the airport".
    r"\bnumb\s+(?:bum|butt|backside|arse|ass|bottom|legs?|foot|feet)\s+from\s+(?:sitting|the\s+(?:drive|flight|plane|train|bus|"
    r"car))\b[^.!?]{0,60}?\b(?:gone|went\s+away|fine|normal|back\s+to\s+normal|came\s+back)\b[^.!?]{0,20}?\b(?:once|when|"
    r"as\s+soon\s+as|after)\b(?:(?!\bbut\b)[^.!?]){0,40}|"
    # Numb from the cold, warm again: "toes were cold and numb on the walk over in the snow, warmed up in 5 mins".
    r"\b(?:toes|fingers|feet|hands|foot|legs?)\s+(?:were|are|went|got)\s+(?:so\s+|really\s+)?(?:cold\s+and\s+numb|numb\s+(?:from|with)\s+"
    r"(?:the\s+)?cold)\b[^.!?]{0,60}?\b(?:warmed\s+up|warm\s+again|fine|normal|came\s+back)\b(?:(?!\bbut\b)[^.!?]){0,40}|"
    # The bar on sore or sunburnt hips: "sunburnt hips and the bar on them is agony".
    r"\b(?:bar|barbell)\s+on\s+(?:them|my\s+hips?|my\s+hip\s*bones?)\s+(?:is|was|feels?)\s+(?:absolute\s+|pure\s+)?agony\b|"
    # A fork or a knife in the kitchen: "stabbing myself with the fork at dinner was the sharpest pain of my day".
    r"\bstabb(?:ed|ing)\s+(?:myself|my\s+(?:hand|finger|thumb|lip|tongue|foot))\s+with\s+(?:a|the|my)\s+(?:fork|pitchfork|knife|pen|pencil|needle|"
    r"skewer)\b[^.!?]*|"
    # A saddle sore is chafed skin: "saddle sore from riding but it's just chafed skin on the outside".
    r"\bsaddle\s+sores?\b[^.!?]{0,60}?\b(?:chaf\w*|skin|rub\w*|blister\w*)\b(?:(?!\bbut\b)[^.!?]){0,80}|"
    # Too sore to sit: "can't sit down today, my butt is so sore from yesterday's thrusts".
    r"\bcan'?t\s+sit\s+(?:down\s+)?(?:today|properly)?\s*[,.]?\s*(?:my\s+)?(?:butt|bum|glutes?|ass|arse)\s+(?:is|are)\s+(?:so\s+)?sore\b|"
    # Nearly, not: "nearly wet myself laughing when my daughter tried to help".
    r"\b(?:nearly|almost)\s+(?:wet|peed|pissed|wee'?d)\s+(?:myself|my\s+pants|my\s+knickers)\b|"
    # A self-diagnosis asked about: "DOMS in my bum 2 days later, is that my sciatic nerve?".
    r"\bis\s+(?:that|it|this)\s+(?:my\s+|the\s+)?sciatic\w*(?:\s+nerve)?\s*\?|"
    # Muscles called weak are a strength question: "think my hip flexors are too weak", "my glutes are weak".
    r"\b(?:hip\s+flexors?|glutes?|core|abs|hamstrings?|quads?|adductors?)\s+(?:are|is)\s+(?:too\s+|really\s+|just\s+|so\s+)?weak\b|"
    # The burn of a set called fizzy: "fizzy burning in my glutes at rep 20".
    r"\bfizz\w*\s+burn\w*\s+in\s+(?:my\s+)?(?:glutes?|butt|bum|cheeks)\b|"
    # "you are a crack!" is Spanish praise, no sound from a joint.
    r"\b(?:you(?:'re|\s+are)|you\s+r|ur|u\s+r|u\s+are)\s+(?:a\s+|such\s+a\s+)?crack\b|"
    # The seat numb from hours of sitting, back the moment the user got up: "bum went numb on a 10h drive, came back
    # as soon as I got out, all normal now". Only the seat and the legs: numbness between the legs keeps its weight.
    r"\b(?:both\s+(?:of\s+)?(?:my\s+)?)?(?:bum|butt|backside|arse|ass|buttocks?|bottom|foot|feet|legs?)\s+(?:\w+\s+)?(?:went|go|goes|gone|was|were|got|fell)"
    r"\s+(?:numb|dead|asleep|to\s+sleep)\b[^.!?]{0,40}?\b(?:drive|driving|flight|journey|trip|ride|sitting|sit|sat|cross[\s-]?legged|"
    r"movie|film|car|train|bus|coach|desk|meeting|exam|lecture|class|recital|concert|play|chair)\b[^.!?]{0,70}?\b(?:came\s+back|"
    r"comes?\s+back|went\s+away|gone|"
    r"woke\s+up|wakes?\s+up|back\s+to\s+normal|fine)\b[^.!?]{0,30}?"
    r"\b(?:as\s+soon\s+as|once|when|the\s+moment|the\s+second|the\s+minute|right\s+away|straight\s+away|within\s+(?:a\s+)?(?:minute|seconds?)|"
    r"after\s+(?:a|one)\s+(?:minute|min|sec\w*))\b"
    r"[^.!?]{0,30}|"
    # The seat first, then the legs that slept and woke: "sat on the loo scrolling for 30 min and both legs went dead
    # asleep lol, walked it off in a minute".
    r"\b(?:sat|sitting)\s+on\s+(?:the|a|my)\s+(?:loo|toilet|bog|floor|couch|sofa|bench|hard\s+bench)\b[^.!?]{0,60}?\b(?:legs?|feet|foot|bum|butt)\s+"
    r"(?:went|go|goes|were|was|fell)\s+(?:\w+\s+)?(?:numb|dead|asleep|to\s+sleep)\b(?=[^.!?]{0,50}?\b(?:walked\s+it\s+off|shook\s+it\s+off|"
    r"came\s+back|woke\s+up|back\s+to\s+normal|gone\s+(?:in|after|within)))[^.!?]{0,50}|"
    # Asleep through a long sit, laughed off: "my leg fell asleep during a 3 hour lecture lol".
    r"\b(?:leg|foot|legs|feet|bum|butt)\s+(?:fell|went)\s+(?:asleep|to\s+sleep|dead)\s+(?:during|in|on)\s+(?:a|the|my)\s+(?:\d+\s*(?:hour|hr)\s+|"
    r"long\s+)?(?:lecture|class|meeting|flight|drive|film|movie|exam|seminar|train\s+ride|car\s+ride|shift)\b(?=[^.!?]{0,10}?(?:lol|haha|lmao|😂))|"
    # The loo visits of someone drinking a lot: "drinking like 4 litres of water a day now so I'm running to the loo".
    r"\b(?:drink\w*|water|litres?|liters?|hydrat\w*|coffee)\b[^.!?]{0,60}?\b(?:running|run|going|nipping|popping|dashing)\s+to\s+the\s+"
    r"(?:loo|toilet|bathroom|bog)\b[^.!?]{0,60}|"
    # Legs shaky a few seconds after a hard set, then normal: "legs were a bit wobbly for a few seconds... then totally
    # normal again".
    r"\blegs?\s+(?:\w+\s+){0,3}?(?:wobbly|shaky|shaking|jelly|like\s+jelly|trembl\w*)\b[^.!?]{0,20}?\bfor\s+(?:a\s+few|a\s+couple\s+of|\d+|few|"
    r"a)\s+(?:seconds?|secs?|minutes?|mins?)\b[^.!?]{0,90}?\b(?:then|and\s+then)\s+(?:totally\s+|completely\s+)?(?:normal|fine|ok|okay)\b|"
    # Numb with cold in the hands: "numb from the cold walk to the gym, can barely feel my fingers".
    r"\bnumb\s+from\s+(?:the\s+)?cold\b(?=[^.!?]{0,60}?\b(?:fingers|hands)\b)[^.!?]{0,60}|"
    r"\b(?:can'?t|cannot|barely|hardly)\s+(?:\w+\s+)?feel\s+my\s+(?:fingers|hands|nose|ears|face)\b|"
    # A bowel that is always so, said as the user's normal: "IBS-D, my bowels are always urgent, that's just me".
    r"\bmy\s+(?:bowels?|gut|bladder)\s+(?:is|are)\s+always\s+(?:\w+\s+)?(?:urgent|dodgy|unpredictable|a\s+mess|weak)\b[^.!?]{0,40}|"
    # An injury long past is history, not one now: "old spinal injury from football in high school", "my old lumbar
    # injury healed".
    r"\b(?:old|previous|prior|past|former)\s+(?:\w+\s+){0,2}?injur(?:y|ies)\b|"
    # The bot and the phone: "the reminder woke me up at 4am", "do you store messages about bladder issues?", "the
    # /units command crashes the app".
    r"\b(?:reminders?|notifications?|alarm|bot|app|phone|ping|bab(?:y|ies)|newborn|toddler|kids?|son|daughter|dog|cat|puppy|"
    r"neighbou?rs?|partner|husband|wife|snoring)\b[^.!?]{0,40}?\bwoke\s+(?:me|us)(?:\s+up)?\b|"
    # Back to training, not a pain come back: "haven't trained in a while bc of exams, came back this week".
    r"\b(?:haven'?t|hadn'?t|didn'?t)\s+(?:trained|lifted|been\s+training|been\s+lifting|been\s+to\s+the\s+gym)\b[^.!?]{0,50}?"
    r"\bcame\s+back\s+(?:this|last)\s+(?:week|month)\b|\b(?:came|coming|come)\s+back\s+to\s+(?:the\s+gym|training|lifting|"
    r"thrusts?|hip\s+thrusts?)\b|"
    r"\b(?:store|keep|save|delete|log|record|read|see)\w*\s+(?:my\s+|the\s+|any\s+|your\s+)?(?:messages?|data|info\w*|chats?|"
    r"history|reports?)\s+(?:about|on|regarding|mentioning|that\s+mention)\b[^.!?]{0,60}|"
    r"\b(?:app|bot|command|page|site|button|reminder)\s+(?:keeps\s+|kept\s+)?crash(?:es|ed|ing)?\b|"
    # A night out, not pain at night: "like after standing at a concert all night".
    r"\b(?:standing|dancing|partying|working|driving|sitting|out)\s+(?:\w+\s+){0,3}?all\s+night\b|"
    # Similes: "like a stiff neck but in the back".
    r"\blike\s+(?:a\s+)?(?:stiff|cricked)\s+neck\b|"

    r"\binjur(?:y|ies)\s+(?:\w+\s+){0,3}?(?:healed|resolved|years?\s+ago|from\s+(?:high\s+school|school|college|uni|"
    r"university|years\s+ago|(?:19|20)\d\d))\b|"
    # A buzz from a massage gun or a TENS unit while it runs: "makes my leg buzz while it's running, stops the second
    # I switch it off".
    r"\b(?:massage\s+gun|theragun|percussion\s+gun|tens(?:\s+(?:unit|machine))?|vibration\s+plate)\b[^.!?]{0,60}?"
    r"\b(?:buzz\w*|tingl\w*|numb\w*|fizz\w*)\b(?=[^.!?]{0,60}?\b(?:while\s+(?:it'?s|it\s+is|i'?m)\s+(?:running|on|using)|"
    r"(?:stops|goes\s+away|gone|ends)\b[^.!?]{0,40}?\b(?:off|stop\w*)))|"
    # Kit that is torn is no tear in the body: "the pad on our gym's hip thrust machine is ripped".
    r"\b(?:pad|padding|cover|cushion|upholstery|bench|band|mat|strap|belt|leggings|shorts|pants|tights|gloves?)\b[^.!?]{0,40}?"
    r"\b(?:is|was|got|are|were|has|have)\s+(?:been\s+)?(?:all\s+)?(?:ripped|torn|split)\b|"
    # A pump that fills the clothes, a can that opens: "feels like they're about to pop out of my leggings", "heard a
    # pop... of my pre-workout can opening".
    r"\b(?:about\s+to\s+|gonna\s+|going\s+to\s+)?pop\s+out\s+of\s+(?:my|the|these|her|his)\s+(?:leggings|pants|shorts|tights|"
    r"jeans|shirt|top|skin)\b|"
    r"\b(?:(?:heard|felt)\s+(?:a\s+)?)?pop\w*'?[.\s]*of\s+(?:my\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:can|bottle|cork|lid|balloon|"
    r"airpods?|earbuds?|earphones?|headphones?|phone|button|zip|clip|collar)\b|"
    + _BURN_TO_QUADS.pattern
    + "|"
    # Someone's forecast, no event: "my mate says I'm gonna snap my back if I keep going heavier".
    r"\b(?:says?|said|reckons?|thinks?|warns?|warned|keeps\s+saying|tells\s+me|told\s+me)\s+(?:that\s+)?(?:i'?m|im|i\s+am|i'?ll|"
    r"i\s+will|you'?re|you'?ll|you\s+will)\s+(?:gonna\s+|going\s+to\s+|about\s+to\s+|bound\s+to\s+)?(?:snap|break|pop|tear|rip|"
    r"wreck|blow\s+out|destroy|hurt|injure|slip)\b[^.!?,]{0,40}|"
    + _TAKEN_BACK.pattern
    + "|"
    # A snap feared that never comes: "feels like it's gonna snap but it never does".
    r"\b(?:gonna|going\s+to|about\s+to)\s+(?:snap|pop|tear|rip)\b[^.!?]{0,20}?\b(?:never|doesn'?t|didn'?t)\b|"
    # A click with no pain: "my hips make a clicking sound at the top but there's no pain at all".
    r"\b(?:(?:a|heard\s+a|felt\s+a)\s+)?click\w*(?:\s+(?:sound|noise))?\b[^.!?]{0,40}?\b(?:no\s+pain|doesn'?t\s+hurt|"
    r"painless|pain[\s-]free|without\s+(?:any\s+)?pain)\b|"
    # Soreness with a tingle in its name, the burn felt as a fizz in the muscle: "glutes feel tingly-sore the day
    # after", "lower back feels fizzy-tired", "the burn feels like electric fizz inside the muscle".
    r"\b(?:tingly|tingling|fizzy|buzzy)[\s-](?:sore|tired|achy|warm|pumped)\b|"
    # The burn of a set felt as a tingle, in the glutes only: "the tingly burn in my glutes at the end of a set".
    r"\b(?:tingly|tingling|fizzy|buzzy|prickly)[\s-]burn\w*\s+(?:\w+\s+){0,2}?in\s+(?:my|the|both)\s+(?:glutes?|butt|bum|booty|"
    r"cheeks|butt\s+muscles)\b(?![^.!?]{0,30}?\b(?:down|legs?|thighs?|groin)\b)|"
    r"\bburn\w*\b[^.!?]{0,50}?\blike\s+(?:an?\s+)?(?:electric\s+)?(?:fizz\w*|buzz\w*)\s+(?:inside|in)\s+(?:the|my)\s+"
    r"(?:muscles?|glutes?)\b|"
    r"\b(?:pee|peeing|wee|weeing)\s+(?:a\s+lot|loads|so\s+much|often|more|constantly|all\s+the\s+time|frequently)\b|"
    r"\b(?:pee|wee|peeing|weeing)\s+(?:like\s+)?(?:\d+|two|three|four|five|six|a\s+few|several)\s+times\b|"
    r"\b(?:need|needing|have|having|got)\s+to\s+(?:pee|wee)\s+(?:constantly|a\s+lot|so\s+much|all\s+the\s+time|more|right\s+"
    r"(?:after|before)|before|after|between)\b|"
    r"\b(?:nip|go|run|pop|going|nipping)\s+to\s+the\s+(?:loo|toilet|bathroom|restroom)\s+(?:before|between|after|mid|during)\b|"
    r"\bfull\s+bladder\b|\btoilet\s+breaks?\b|" + _OLD_STRESS_LEAK.pattern + "|"
    # Both legs shaking or tired from the set, which the user calls fatigue or says passes at the rack.
    r"\bboth\s+(?:of\s+)?(?:my\s+)?legs\s+(?:are\s+|were\s+|feel\s+|felt\s+|get\s+|go\s+)?(?:\w+\s+){0,2}?(?:tired|shak\w*|"
    # A course since the set is no passing fatigue, whatever the user calls it: "weak and wobbly since the session,
    # stairs are hard. I'm sure it's just fatigue".
    r"trembl\w*|wobbl\w*|quiver\w*|fatigued|pumped|burn\w*)\b(?![^.!?]{0,40}?\b(?:since|still|hours|all\s+day|stairs|can'?t|won'?t))"
    r"(?=[^.!?]{0,60}?(?:[.!?,]|$)[^?]{0,80}?\b(?:fatigue|rack\w*|"
    r"normal|fine\s+(?:as\s+soon\s+as|once|when|after)|goes\s+away|go\s+away|settles?))|"
    # A bench that moved without a fall; "both sides of my lower back" is the back, not both legs.
    r"\b(?:bench|box)\s+(?:\w+\s+)?(?:slid|slipped|moved|shifted|tipped|wobbled)\b[^.!?]{0,60}?\b(?:didn'?t|did\s+not|without)\s+"
    r"(?:fall\w*|hit\w*|hurt\w*)[^.!?]{0,30}|\bboth\s+sides\s+of\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back\b|"
    # Soreness in dramatic words: "legs like wet noodles, fine an hour later" (_normalise reads "hit by a bus" and "legs
    # dead after leg day" as soreness already).
    r"\blegs?\s+(?:felt|feel|were|are)\s+like\s+(?:wet\s+)?(?:noodles|jelly|spaghetti)\b(?=[^.!?]{0,60}?\b(?:fine|normal|ok|okay|"
    r"gone|better)\b)|"
    # Feet sore from a shift on them: "feet are killing me after a double on the ward".
    r"\bfeet\s+(?:are\s+|were\s+)?(?:killing\s+me|sore|aching|throbbing)\b[^.!?]{0,40}?\b(?:shift|double|ward|standing|"
    r"on\s+my\s+feet|at\s+work)\b|"
    # A fall that did not happen: "I nearly fell off the box laughing".
    r"\b(?:nearly|almost)\s+(?:made\s+me\s+|had\s+me\s+)?(?:fell|fall\w*|slipped|slip|dropped|drop)\b[^.!?,]{0,40}|"
    # Both hamstrings or calves cramping is a cramp, not both legs failing.
    r"\bboth\s+(?:of\s+)?(?:my\s+)?(?:hamstrings?|hammies|calves|quads)\s+(?:\w+\s+){0,2}?(?:cramp\w*|lock\w*\s+up|seiz\w*)|"
    # Bruises from the bar on both hips; adductors worked by a wide stance or a band.
    r"\bbruis\w*\s+(?:on\s+)?both\s+(?:sides|hips|hip\s*bones)\b|\bboth\s+(?:hips|hip\s*bones)\s+(?:are\s+)?bruis\w*|"
    r"\binner\s+thighs?\s+(?:\(\w+\)\s+)?(?:are\s+|were\s+|feel\s+)?(?:really\s+|so\s+|very\s+|quite\s+|a\s+bit\s+)?(?:sore|tight|worked|"
    r"burn\w*|aching|achy)\b(?=[^.!?]{0,60}?\b(?:doms|"
    r"adductors?|wide[\s-]+stance|band\w*|normal|not\s+numb|riding|ride|hack|horse))|"
    # The pad or the bar creeping about is kit, not an impact: "the bar keeps rolling up toward my belly".
    r"\bpad\s+(?:keeps\s+|kept\s+)?(?:slid\w*|slipp\w*|mov\w*|roll\w*)|"
    r"\bbar\s+(?:keeps|kept|always)\s+(?:rolling|sliding|slipping|moving|creeping)\b|"
    # A condition the user fears or asks about by name is no sign they report: "could this be compartment syndrome??",
    # "did I damage a nerve??", "I think I herniated a disc!!!", "should I go to the ER??", "worried I tore something".
    r"\b(?:could|can|might|would|is|does)\s+(?:this|it|that)\s+(?:be|mean)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?"
    r"(?:syndrome|herniat\w*|disc|nerve\s+damage|cauda\s+equina|sciatica|fracture|tear)\b[^.!?]*\?|"
    r"\b(?:did|have|could)\s+i\s+(?:damage[d]?|hurt|pinch(?:ed)?|trap(?:ped)?)\s+(?:a|my|the)\s+nerve\s*\?|"
    r"\bnerve\s+damage\s*\?|\bam\s+i\s+in\s+danger\b[^.!?]*\?|"
    r"\bshould\s+i\s+(?:go\s+to|call|head\s+to)\s+(?:the\s+)?(?:er|a&e|emergency\s+room|hospital|911|999)\b[^.!?]*\?|"
    r"\b(?:i\s+think|pretty\s+sure|worried|scared|afraid|convinced|freaking\s+out)\b[^.!?]{0,30}?\b(?:herniat\w*|slipped|"
    r"bulg\w*|blew|blown)\s+(?:a\s+|my\s+)?discs?\b|"
    r"\b(?:worried|scared|afraid|paranoid|terrified|(?:100%|pretty|so|totally|absolutely)\s+sure|convinced)\s+(?:that\s+)?"
    r"i(?:'ve|\s+have)?\s+(?:might\s+have\s+|may\s+have\s+)?(?:tore|torn|ripped|pulled|strained)\s+(?:something|a\s+muscle|it)\b|"
    r"\b(?:anxious|worried|scared|afraid|paranoid|terrified|convinced|freaking\s+out)\s+(?:that\s+)?(?:it'?s|it\s+is|this\s+is|"
    r"i\s+have|i'?ve\s+got)\s+(?:a\s+|an\s+)?(?:pinched\s+nerve|trapped\s+nerve|herniat\w*(?:\s+disc)?|slipped\s+disc|"
    r"fracture|tear|sciatica)\b|"
    r"\b(?:tell\s+me|hope|praying|pray)\s+(?:that\s+)?(?:this|it)\s+(?:isn'?t|is\s+not|'?s\s+not)\s+(?:a\s+|an\s+)?(?:fracture|"
    r"break|broken\s+\w+|tear|herniat\w*|slipped\s+disc)\b|"
    r"\b(?:googled|googling|looked\s+up|searched(?:\s+for)?)\s+['\"“]?[\w\s-]{1,50}?['\"”]?(?=\s+(?:and|but|then)\b|[.!?,]|$)|"
    r"\b(?:dehydrated|sore|tired|bored|scared|worried)\s+to\s+death\b|"
    r"\b(?:it'?s|its|it\s+is)\s+back(?:\s+again)?\b[.…\s]*(?:the\s+)?(?:doms|soreness|pump|glute\s+burn)\b|"
    r"^\s*(?:hey|hi|hello|yo|hiya|ok|so)?[\s,!]*(?:i'?m\s+|im\s+)?back\s+again\b(?![^.!?]{0,30}\b(?:pain|hurt\w*|ache\w*|"
    r"numb\w*|tingl\w*|sciatica|twinge\w*|sore))|"
    r"\b(?:stretch\w*|rest\w*|walk\w*|massag\w*|shook\s+it\s+(?:out|off))\b[^.!?]{0,20}?\band\s+it\s+went\b"
    r"(?!\s+(?:pop|snap|crack|click|twang|ping|clunk))|"
    # Self-diagnosis the message itself takes back: "pretty sure I've got sciatica... nothing goes down my leg though".
    r"\b(?:pretty\s+sure|i\s+think|convinced|maybe|probably)\s+(?:i'?ve\s+got|i\s+have|it'?s|i\s+got)\s+sciatica\b"
    r"(?=[^?]{0,120}?\b(?:nothing|no\s+pain|doesn'?t|does\s+not|never)\s+(?:\w+\s+){0,2}?(?:down|into)\s+(?:my|the)\s+legs?)|"
    # A bar put down on the floor hit nobody: "dropped the bar on the floor after my last set, so embarrassing".
    r"\b(?:dropped|dumped|ditched|bailed)\s+(?:the\s+)?(?:bar|barbell|weight)\s+(?:on|onto|to)\s+the\s+(?:floor|ground|mat|"
    r"platform)\b|"
    # Joints replaced on both sides are history, not both legs failing: "both knees replaced".
    r"\bboth\s+(?:knees?|hips?)\s+(?:(?:were|have\s+been|got)\s+)?(?:replaced|done|resurfaced)\b|"
    r"\b(?:double|bilateral)\s+(?:knee|hip)\s+replacements?\b|"
    # Toilet habits around training: "I always go pee before training because the bar presses on my bladder".
    r"\b(?:go|have|take)\s+(?:a\s+)?(?:pee|wee)\s+before\s+(?:training|the\s+session|my\s+(?:session|workout)|i\s+train|lifting)\b|"
    r"\b(?:bar|barbell|belt)\s+(?:press\w*|push\w*|sits?)\s+on\s+(?:my\s+)?bladder\b|"
    # A figure of speech for tired legs: "I don't feel my legs anymore haha, it's an expression, they are dead tired".
    r"\b(?:can'?t|don'?t|cannot|do\s+not)\s+feel\s+my\s+legs\b[^.!?]{0,25}?(?=[^.!?]{0,25}?(?:it'?s\s+(?:just\s+|only\s+)?an?\s+(?:expression|"
    r"figure\s+of\s+speech|saying)|just\s+(?:dead\s+)?tired|not\s+literally))|"
    # Hands or arms numb on the handlebars or the bar are no leg or saddle sign.
    r"\b(?:hands?|fingers?|arms?|wrists?|thumbs?)\s+(?:\w+\s+){0,2}?(?:go|goes|went|get|gets|going|are|is|feel|felt)\s+"
    r"(?:a\s+bit\s+|kind\s+of\s+)?(?:numb|tingl\w*|asleep)\b|"
    # "muscle sore, not numb": the numbness denied beside the soreness.
    r"\b(?:muscle\s+|just\s+|only\s+)?sore,?\s+not\s+numb\b|"
    # Pelvic-floor care is no sign: "my pelvic floor physio has checked me".
    r"\bpelvic\s+floor\s+(?:physio\w*|therapist|pt|specialist|exercises?|work|training|class\w*|checks?|muscles?)\b|"
    # Pain that has gone: "pain's completely gone since yesterday".
    r"\b(?:pain|ache|soreness|tightness|it|its)(?:'s|\s+is|\s+has|\s+was)?\s+(?:been\s+)?(?:completely|totally|fully|all|100%)\s+"
    r"gone\b|"
    # Sore glutes make sitting hurt, the toilet seat too: "so sore it hurts to sit on the toilet".
    r"\bhurts?\s+to\s+sit\s+(?:down\s+)?(?:on\s+the\s+(?:toilet|loo|bog|bench|chair)|down)\b|"
    # A familiar, old ache said to be so: "same old stiffness", "nothing new about it", "legs exactly as they always
    # do", "the same minor ache on and off for 20 years".
    + _DECADES_FAMILIAR.pattern + "|"
    r"\bsame\s+old\s+(?:\w+\s+)?(?:stiff\w*|ache|aches|achiness|pain|back)\b|\bnothing\s+new\s+(?:about\s+it|there|here)\b|"
    r"\b(?:it'?s|its|it\s+is)\s+not\s+new\b|\b(?:had|have\s+had)\s+this\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:\w+\s+)?for\s+years\b|"
    # An old, unchanged symptom is not a new sign: "numb feet for years, nothing new", "sciatica for years, no change".
    + _OLD_SYMPTOM.pattern
)


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
