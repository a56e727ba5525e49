"""What surrounds a sign: negation and its reach, questions and what-ifs, things read or heard, other people, a past
that is over, and pain scores."""

from __future__ import annotations

import re
import sys

from bot.engine.regex_prefilter import install
from bot.engine.triage.lexicon import _PAIN_WORD, _RELATION

# Negation cues whose scope runs to the end of their clause ("no numbness, just a dull ache").
_NEGATION = re.compile(
    r"\b(?:no(?!\s+(?:idea|matter|longer\s+able|joke|way|clue))|not(?!\s+(?:sure|certain|only|just|even|moving|doing\s+anything|"
    r"that\s+i\s+know|helping|getting\s+better|going\s+away|settl\w*|subsid\w*|improv\w*|right|good|enough))|never(?!\s+"
    r"(?:goes|went|go|settle\w*|subsid\w*|eases?|fully)|"
    # "never had back pain before this week" reports new pain.
    # So does "never had back pain in my life until I went back to thrusts".
    r"\s+(?:had|felt|experienced)\b[^.!?,]{0,30}?\b(?:before\s+(?:this|today|now|last|yesterday)|until|till|til)\b)|without|none|(?<!doing\s)nothing(?!\s+(?:helps|works|changed|"
    r"i\s+|seems))|zero|neither|nor|nope|"
    # "nobody got hurt" denies; "nobody told me it would hurt" does not.
    r"(?:nobody|noone|no-one)(?!\s+(?:told|tells|warned|said|says|mentioned|explained|knows|cares))|"
    r"don'?t\s+(?:even\s+|really\s+|actually\s+)?(?:have|feel|get|notice|think\s+(?:it'?s|i\s+have))|"
    r"do\s+not\s+(?:have|feel|get)|doesn'?t(?!\s+(?:help|change|work|go\s+away|settle|ease|get\s+better|stop))|"
    r"does\s+not(?!\s+(?:help|go\s+away|settle))|isn'?t(?!\s+(?:going\s+away|getting\s+better|settling|"
    r"improving|helping))|wasn'?t|aren'?t|weren'?t|haven'?t\s+(?:had|got|noticed|felt)|hasn'?t\s+been|"
    r"didn'?t\s+(?:have|feel|get|notice|pop|snap|tear|crack|click|give)|rather\s+than|"
    # "my back didnt hurt at all today"; "didn't hurt until the last set" reports the last set.
    r"(?:didn'?t|did\s+not)\s+(?:even\s+)?(?:hurt|ache|bother\s+me|twinge)(?![^.!?,]{0,30}?\b(?:until|till|til|before|then)\b)|wouldn'?t\s+(?:say|call)|not\s+exactly|free\s+of|ruled\s+out|"
    r"denies|negative\s+(?:for|on)|absent)\b"
)
# Clause breaks limit a negation's reach: "no numbness but a sharp twinge" keeps the twinge.
_CLAUSE_BREAK = re.compile(
    # An emoji ends a thought in chat: "could sit on a cactus and not feel it 🌵 whole undercarriage numb".
    r"[,;:.!?()\n\U0001F300-\U0001FAFF\u2600-\u27BF]|\s-\s|\s—\s|\b(?:but|and|though|although|however|except|yet|plus|also|just|only|then|"
    r"so|because|cause|cuz|while|which|when|whenever|after|whereas)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b")
# A general question or a what-if does not report the user's own symptom.
_HYPOTHETICAL = re.compile(
    # Fears the user names and takes back: "I was scared I had sciatica but it's just my glutes being sore".
    r"\b(?:scared|worried|thought|feared|convinced|paranoid)\s+(?:that\s+)?i\s+(?:had|have|might\s+have|may\s+have|"
    r"'d\s+got|got)\b|"
    # "I was nervous the pain would come back but nope, nothing": the fear, not the pain.
    r"\b(?:nervous|scared|worried|afraid|anxious|feared|paranoid|terrified)\s+(?:that\s+)?(?:the|my|it|this|that)\s+"
    r"(?:\w+\s+){0,2}?(?:would|might|will|could|'d)\s+(?:come\s+back|return|flare|start\s+again)\b|"
    # A dream is no event: "had a dream at 3am that I dropped 200kg on myself".
    r"\b(?:dream[ts]?|dreamed|dreamt|nightmare)\b(?:\s+\w+){0,3}?\s+(?:that|about)\b|"
    # What the lift is said to help: "my sister reckons hip thrusts help with the pelvic floor and stop leaking when you
    # sneeze" (a claim to check, not a leak of the user's).
    r"\b(?:hip\s+thrusts?|thrusts?|they)\s+(?:can\s+|could\s+|might\s+|will\s+)?(?:help|helps|stop|stops|fix|fixes|prevent|prevents|"
    r"cure|cures|improve|improves|strengthen|strengthens)\s+(?:with\s+)?(?:the\s+|your\s+|ur\s+)?(?:pelvic|bladder|leak\w*|"
    r"incontinence|back\s+pain|sciatica)\b|"
    # A claim about the lift: "my friend said hip thrusts can cause numbness in the groin - is that true?".
    r"\b(?:hip\s+thrusts?|thrusts?|they|lifting|heavy\s+lifting)\s+(?:can|could|might|may|will)\s+(?:cause|give\s+you|lead\s+to)\b|"
    # Worry questions about the user's own training: "is it possible I tore something?", "could I have pulled it?".
    r"\bis\s+it\s+possible\s+(?:that\s+)?i\b|"
    # "Is leaking during heavy lifts common in women?": a question about a group.
    r"\bis\s+(?:\w+\s+){1,5}?(?:common|normal|usual|a\s+thing|typical)\s+(?:in|for|among|with)\s+(?:women|men|lifters|people|mums|moms|"
    r"older\s+\w+|beginners|athletes|runners|females|males)\b|"
    # Worries about what the lift might do: "do I need to worry about bladder issues from lifting heavy?", "could
    # dropping the bar on myself be dangerous?".
    r"\bworry\s+about\s+(?!my\b)(?:\w+\s+){1,3}?(?:from|with|after|when|because\s+of)\s+(?:lifting|heavy|hip\s+thrusts?|"
    r"thrusts?|training|this\s+exercise)\b|\b(?:could|would|can|is|does|will)\s+(?:dropping|falling|slipping|failing)\b|\b(?:could|might|would)\s+i\s+have\s+(?:torn|tore|pulled|strained|damaged|"
    r"broken|injured|hurt|herniated|slipped)\b|"
    # "did I tear something?", "am i injured?": a worry asked, not an injury told.
    r"\b(?:did|have)\s+i\s+(?:tear|torn|pull|pulled|rip|ripped|strain|strained|break|broken|damage|damaged|injure|injured|hurt)\s+"
    r"(?:something|anything|it|myself)\b(?=[^.!?]*\?)|\bam\s+i\s+(?:injured|hurt|broken|damaged)\b(?=[^.!?]*\?)|"
    r"\b(?:what\s+if|in\s+case|what\s+(?:should|do|would|can)\s+(?:i|someone|somebody|people|you|one|they)\s+do\s+if|if|(?<!not\s)(?<!not\sasking\s)(?<!isn't\s)(?<!not\sa\s)hypothetical\w*|avoid\w*|prevent\w*|"
    # What the user asked about before, not what they feel: "the shooting pain thing I asked about was from a video".
    r"\bthe\s+(?:\w+\s+){1,4}?(?:thing|stuff|question)\s+i\s+(?:asked|was\s+asking)\s+about\b|"
    # A claim heard about the lift: "my bro says hip thrusts give you sciatica".
    r"(?:hip\s+thrusts?|thrusts?|they)\s+(?:give|gives|cause|causes|can\s+(?:give|cause)|will\s+(?:give|cause))\s+(?:you|people)\b|"
    r"protect\w*|so\s+(?:that\s+)?(?:i|it)\s+(?:don'?t|doesn'?t|won'?t|does\s+not|never)|keep\s+from|how\s+(?:do|can)\s+i\s+stop|"
    r"how\s+to\s+stop|without\s+(?:getting|hurting|causing)|can\s+(?:(?:heavy|weighted|barbell)\s+)?(?:hip\s+thrusts?|thrusts?|this|it|they)"
    r"\s+(?:cause|give|lead)|do(?:es)?\s+(?:hip\s+thrusts?|thrusts?|this)\s+cause|is\s+it\s+(?:normal|common|"
    r"possible|bad|ok|okay)\s+(?:for\s+(?:people|someone|anyone)|to\s+get(?![^.!?]*\bmy\b))|why\s+do\s+(?:people|some|many|"
    r"folks|lifters|women|men|beginners))\b"
)
# Reported speech: what the user read or heard about, not what they feel. "I heard a pop" is a report, so only
# "heard that", "heard about" and sources count.
_SOURCE = (
    r"(?:article|video|post|blog|book|podcast|thread|study|paper|reel|tiktok|forum|website|site|documentary|show|"
    r"youtube\s+video|instagram\s+post)"
)
_REPORTED = re.compile(
    r"\bi\s+(?:read|heard|learned|learnt)\b(?=\s+(?:[\w'-]+\s+){1,4}?(?:can|could|may|might|will)\s+(?:happen|cause|come|be)\b)|"
    r"\b(?:i\s+(?:read|heard|learned|learnt|was\s+told)\s+(?:that|somewhere|online|about|on\s+(?:here|reddit|"
    r"instagram|youtube|tiktok|the\s+internet))|(?:read|saw|seen|watched|heard)\s+(?:it\s+|this\s+|that\s+|"
    rf"something\s+|about\s+(?:it|this|that)\s+)?(?:in|on)\s+(?:an?|the|this|that|some)\s+(?:\w+\s+)?{_SOURCE}|"
    rf"(?:an?|the|this|that)\s+{_SOURCE}\s+(?:about|on|saying|says|said|that|mentioned|mentions|claims?|claimed)|"
    r"according\s+to|(?:people|they|doctors|coaches|physios|experts)\s+say|"
    rf"(?:saw|seen|watched|watching)\s+(?:a|an|this|that|some)\s+(?:\w+\s+)?{_SOURCE}s?\s+(?:of|about|where|with)\b|"
    r"(?:reading|read|heard|hearing|seen|seeing|watching|watched)\s+(?:\w+\s+){0,2}?(?:horror\s+)?stories\s+(?:about|of)|"
    r"(?:heard|read)\s+(?=(?:that\s+)?(?:hip\s+)?thrusts?\s+(?:can|could|may|might|will|cause|causes|give|gives|make|makes)\b)|"
    r"(?:said|says|told\s+me)\s+(?=(?:that\s+)?(?:hip\s+)?thrusts?\s+(?:gave|give|gives|cause[sd]?|can|will)\b)|"
    r"(?:telling|told|tells)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:story|stories)\s+about|"
    r"(?:he|she|they|everyone|people|my\s+\w+)\s+(?:tells|told|keeps\s+telling|warns|warned|keeps\s+warning)\s+me\s+(?:that\s+)?"
    r"(?=(?:hip\s+)?thrusts?|they|it|i'?ll|i\s+will|i'?m\s+going\s+to|i'?d)|"
    # "my sister reckons hip thrusts help with the pelvic floor": a claim about the lift, someone else's.
    r"(?:he|she|they|everyone|people|my\s+\w+)\s+(?:reckons?|thinks|swears|claims?)\s+(?:that\s+)?(?=(?:hip\s+)?thrusts?\b)|"
    # "gym bro says heavy hip thrusts make you lose bladder control": a claim about the lift, from anyone.
    r"(?:says?|said|saying|reckons?|thinks|swears|claims?|claimed)\s+(?:that\s+)?(?=(?:heavy\s+|weighted\s+|barbell\s+|loaded\s+)?(?:hip\s+)?"
    # Said of anyone ("you", "your back"): "my teen says thrusts hurt her bum" relays her pain.
    r"thrusts?\s+(?:\w+\s+)?(?:(?:make|makes|give|gives|ruin|ruins|wreck|wrecks|kill|kills|destroy|destroys|hurt|hurts|"
    r"are\s+(?:\w+\s+)?['\"]?(?:killing|ruining|wrecking|destroying|bad\s+for|terrible\s+for|dangerous\s+for))\s+(?:you|your|ur|u|"
    r"people|ppl|everyone|lifters|women|men)\b|(?:cause|causes|lead\s+to|leads\s+to|can|could|will)\b))|"
    # What a sign is said to mean: "my PT said bruising on the hips means the pad is too thin".
    r"(?:said|says|told\s+me)\s+(?:that\s+)?(?=(?:(?!my\b|i\b)\w+\s+){1,7}?means?\s+(?:that\s+)?(?:the|your|you|it'?s|its)\b)|"
    # "having read about saddle anaesthesia online", "after reading about saddle numbness online".
    r"(?:having\s+read|(?:after|from|since)\s+reading)\s+(?:about|up\s+on|that)|"
    # "read that saddle numbness is an emergency": read, with no "I".
    r"(?:^|(?<=[.!?]\s))(?:read|heard)\s+(?:that|somewhere|online)\b|"
    # Taught on a course: "on my first aid course they mentioned saddle anaesthesia".
    r"(?<=course\s)(?:they|he|she)\s+(?:mentioned|talked\s+about|covered|explained|taught\s+us\s+about)|"
    r"\bcourse\s+(?:they|he|she)\s+(?:mentioned|talked\s+about|covered|explained)|"
    # "she read they help with bladder leaks": what someone else read.
    r"(?:he|she|they|client)\s+(?:read|heard|saw)\s+(?:that|they|it|about|somewhere|online|on))\b"
)
# Where the reported part ends and the user's own words may start again.
_REPORTED_END = re.compile(
    r";|\b(?:but|though|although|however|anyway|already|because|cos|coz)\b|\b(?:and|,)\s*(?:now\s+)?(?:i|i'm|im|i've|my|now|since|then)\b|"
    r",\s*(?:i|i'm|im|i've|my|now|since)\b"
)
_DENIES_HAVING_IT = re.compile(
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+have\s+(?:anything\s+(?:like\s+(?:that|this|it)|of\s+the\s+sort|similar)|"
    r"any\s+of\s+(?:that|those|these|them|it)|that|those|these|it|any\s+(?:symptoms?|signs?)(?:\s+like\s+that)?)\b|"
    r"\bnothing\s+(?:like\s+that|of\s+the\s+sort|similar)|\bnone\s+of\s+(?:that|those|these|them)\b|"
    r"\bnone\s+of\s+(?:my|our|the)\s+(?:clients|members|athletes|group|lifters|girls|guys|ladies|team|class)\s+(?:has|have|had|get|gets)\b|"
    r"(?<!not\s)\basking\s+(?:so\s+i\s+know|for\s+(?:future\s+reference|the\s+future|later)|just\s+in\s+case|hypothetically)\b|"
    # Opening on the word: "hypothetically if both legs went numb mid set what should I do?".
    # Not when the message goes on to say it happened: "...asking because it happened to me today".
    r"^\s*(?:hypothetically\b(?=[\s,:]+(?:speaking\s*,?\s*)?(?:if|what\s+if|say|suppose|let'?s\s+say)\b)|"
    # Or on a what-if told in the past of wishes: "what if my legs went numb during a set, would I just stop?".
    r"what\s+if\s+(?:my|your|someone'?s|i)\s+(?:\w+\s+){0,2}?(?:went|got|were\s+to|suddenly|ever)\b)"
    # Anything that did or does happen, to the user: "asking because it happened today", "it's happening to me now".
    r"(?![\s\S]*\b(?:(?<!would\s)(?<!could\s)(?<!might\s)(?<!will\s)(?<!to\s)(?<!can\s)happen(?:ed|s|ing)\b(?!\s+to\s+(?:people|"
    r"someone|somebody|others|anyone|him|her|them)\b)|(?:they|it|this|that)\s+(?:just\s+)?(?:did|does|has|is)\s+"
    r"(?:today|now|tonight|this|right)|for\s+real|not\s+(?:so\s+|really\s+)?hypothetical\w*|right\s+now)\b)|"
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+have\s+nothing\b|\bnothing\s+(?:is\s+)?happening\b|"
    # "I checked myself carefully: sensation is entirely normal", "I feel totally normal, no symptoms at all".
    r"\b(?:sensation|feeling)\s+is\s+(?:entirely\s+|totally\s+|completely\s+|perfectly\s+)?normal\b|"
    r"\bno\s+symptoms?\s+(?:at\s+all|whatsoever)\b|\bnot\s+for\s+me\b|\basking\s+for\s+(?:a|my|the)\s+(?:group|class|team|clients?|"
    r"members|athletes)\b|"
    r"\bi'?m\s+(?:totally\s+|completely\s+|perfectly\s+)?fine\s+myself\b|\bnot\s+hurt\s+or\s+anything\b|"
    r"\b(?:been\s+)?reading\s+(?:scary\s+|horror\s+)?(?:stuff|things|stories)\s+(?:online|on\s+(?:reddit|tiktok|the\s+internet))\b|"
    r"\bi'?ve\s+had\s+(?:zero|no)\s+(?:issues|problems|trouble)\s+(?:myself|at\s+all)\b|\bi'?m\s+just\s+reading\s+about\s+it\b|"
    r"\bjust\s+(?:(?:out\s+of\s+)?curiosity|curious|interested|(?:i\s+)?want(?:ed)?\s+to\s+know)\b|"
    r"\bi\s+(?:have|feel|get|got)\s+nothing\s+(?:myself|personally)\b|"
    r"(?:^|[.!?,;]\s*)(?:i'?m\s+)?(?:writing|researching|preparing|working\s+on)\s+(?:a|an|my|our)\s+(?:\w+\s+){0,2}?(?:blog|article|"
    r"post|essay|assignment|presentation|newsletter|podcast|thesis|dissertation|piece|book)\b|"
    r"\b(?:asking|it'?s)\s+for\s+(?:a|an|the)\s+(?:guide|article|handout|leaflet|course|book|blog)\s+(?:i'?m|we'?re)\s+"
    r"(?:writing|making|putting\s+together|preparing)\b|"
    # "random q: what happens if ur legs go numb mid set?": a what-if in anyone's name.
    r"\bwhat\s+happens\s+if\s+(?:you|u|your|ur|someone|somebody|a\s+person|people|one)\b"
    r"(?![\s\S]*\b(?:my|mine|i'?m|i\s+(?:have|had|feel|felt|can'?t|cannot|am|got))\b)|"
    r"\basking\s+(?:just\s+)?(?:(?:out\s+of|for|from)\s+curiosity|for\s+(?:awareness|(?:general\s+)?knowledge|info)|to\s+be\s+(?:safe|aware))\b|"
    r"\b(?:only|just)\s+asking\b|\basking\s+(?:bc|because|cos|cause|as)\s+(?:i\s+)?(?:saw|read|watched|heard)\b|\basking\s+(?:because|as|since|cos)\s+i(?:'ve|\s+have)?\s+(?:got\s+)?(?:a\s+)?(?:\w+\s+){0,2}?"
    r"(?:trip|holiday|comp\w*|meet|race|match|event)\b|\bneither\s+of\s+us\s+(?:has|have|had|gets?|got)\b|\bnone\s+of\s+us\s+(?:has|have|had)\b|"
    r"\basking\s+for\s+(?:a|an|my|our)\s+(?:(?:uni|university|school|college|class|course)\s+)?(?:blog|article|post|school\s+project|project|essay|assignment|class|course|video|"
    r"story|novel|book|script|screenplay|character|"
    r"podcast|newsletter|presentation|workshop)\b|"
    # A what-if about the future: "what should I do if I ever feel numbness?", "if one day I feel numb down there".
    r"\bif\s+(?:i|you|someone|somebody|one|they|it|he|she)\s+(?:\w+\s+)?ever\b|"
    r"\bif\s+(?:the\s+|that\s+|this\s+|any\s+)?(?:\w+\s+){1,6}?ever\s+(?:happens?|occurs?|comes?|shows?\s+up|starts?)\b|"
    r"\bif\s+(?:someone|somebody|anyone|anybody|a\s+person|a\s+lifter)(?:'s\s+\w+)?\s+(?:suddenly\s+|ever\s+|just\s+)?(?:got|gets|had|has|"
    r"felt|feels|went|go|goes|become|becomes|became|develop\w*|notic\w*|experienc\w*|couldn'?t|could\s+not|can'?t|cannot|lost|"
    r"loses|lose|started|"
    r"woke\s+up\s+with|wakes\s+up\s+with)\b|"
    # Their own what-if with a plan asked for: "MS here - what if my legs went numb mid set, what should I do?".
    r"\bwhat\s+if\s+my\s+(?:\w+\s+){0,2}?(?:went|were\s+to|ever)\b[^.!?]{0,40}?,?\s*what\s+(?:should|do|would)\s+i\s+do\b|"
    # A what-if in anyone's name, with no sign of the user's own after it: "what if ur legs went numb mid set", "what
    # if a client told me her legs went numb, what should I tell her?".
    r"\bwhat\s+if\s+(?:(?:you|u|your|ur)\s+(?:\w+\s+){0,2}?(?:went|got|were|started|lost|suddenly|couldn'?t)|(?:a|an|one\s+of\s+my|my)\s+"
    r"(?:\w+\s+){0,2}?(?:client|friend|lifter|athlete|member|student|trainee|customer)\s+(?:told|tells|said|says)\s+(?:me|you))\b"
    r"(?![\s\S]*\b(?:my|mine|i'?m|i\s+(?:have|had|feel|felt|can'?t|cannot|couldn'?t|am|got|do|did))\b)|\bif\s+(?:my|your)\s+(?:[\w']+\s+){1,2}?ever\b|"
    r"\bif\s+(?:a|an|my|one\s+of\s+my)\s+(?:client|lifter|athlete|member|student|trainee|customer)s?\s+(?:\w+\s+)?ever\b|\bif\s+(?:\w+\s+){0,2}?one\s+day\b|"
    r"\bif\s+(?:\w+\s+){0,5}?(?:someday|in\s+the\s+future|down\s+the\s+(?:road|line))\b|"
    r"\b(?:i\s+)?(?:don'?t|do\s+not|dont)\s+have\s+any\s+(?:problems?|issues?|trouble)\s+(?:like\s+that\s+)?myself\b|"
    # Not the user's, unless someone else's is named next: "not about me this time, it's my husband".
    r"\bnot\s+(?:me|in\s+my\s+case|about\s+me)\b(?!\s*(?:this\s+time|exactly)?\s*[,.:;-]*\s*(?:it'?s|its|it\s+is|but|about|asking\s+for)"
    r"\s+(?:my|his|her|our|a|for)\b)|\bnothing\s+to\s+do\s+with\s+me\b|"
    # Said outright, opening or closing the message: "...should you stop? hypothetically".
    r"(?:^|[.!?]\s*)hypothetically\b(?=\s*[,.!?]*\s*(?:$|[,:]|speaking))|"
    # Where the worry comes from, after the question: "read about it on reddit", "saw a tiktok".
    r"(?:^|[.!?]\s*)(?:i\s+)?(?:read|saw|heard|seen)\s+(?:about\s+)?(?:it|this|that|a|an)\s+(?:\w+\s+)?(?:on|in)?\s*(?:reddit|tiktok|"
    r"instagram|insta|youtube|facebook|twitter|a\s+forum|a\s+podcast|the\s+news|the\s+internet|online)\b|"
    r"(?:^|[.!?]\s*)(?:i\s+)?(?:saw|watched|seen)\s+(?:a|an|this|some)\s+(?:tiktok|reel|video|post|short)\b\s*[.!?]*\s*$|\bi(?:'?ve)?\s+(?:haven'?t|have\s+not|never)\s+(?:had|felt|noticed)\s+(?:anything\s+like\s+"
    r"(?:that|this)|any\s+of\s+(?:that|those|these)|that|those|it)\b"
)
# Someone else's body: "my gym buddy felt a pop in his hip", "my friend couldn't pee after deadlifts". With the
# user's own all-clear ("I'm fine though") these read like something heard about: not the user's symptom.
_OTHER_PERSON = re.compile(
    # "client yesterday said...", "the client I mentioned": the person named with no "my" too.
    rf"\b(?:(?:my|our|a|his|her)\s+{_RELATION}|(?:(?<=^)|(?<=[.!?]\s)|(?<=the\s))(?:client|member|trainee|athlete)s?(?=\s+(?:yesterday|"
    r"today|this\s+morning|last\s+\w+|i\s+mentioned|i\s+told\s+you\s+about|says?|said|tells?|told|has|had|is|was)\b)|"
    # A mate named with no "my", opening what they claim: "gym mate reckons his legs went numb once".
    rf"(?:(?<=^)|(?<=[.!?]\s)){_RELATION}(?=\s+(?:reckons?|says?|said|swears|claims?|thinks)\s+(?:that\s+)?(?:his|her|their)\b)|"
    r"(?:a|the|this|some|one)\s+(?:guy|girl|lad|bloke|chap|dude|woman|man|lady|fella|"
    r"person|member|lifter)\s+(?:at|in|from)\s+(?:my|the)\s+(?:\w+\s+){0,2}?(?:gym|club|box|class|team|school|dojo|studio|academy|"
    r"gym|wall|crag|centre|center)|"
    # Someone training beside the user: "the guy next to me", "the woman on the next bench".
    r"(?:a|the|this|some)\s+(?:guy|girl|lad|bloke|chap|dude|woman|man|lady|fella|person|lifter)\s+(?:next\s+to|beside|behind)\s+me|"
    r"(?:a|the|this|some)\s+(?:guy|girl|lad|bloke|chap|dude|woman|man|lady|fella|person|lifter)\s+(?:on|in|at)\s+the\s+next\s+"
    r"(?:bench|rack|platform|station|machine)|(?:the\s+)?old\s+(?:boy|man|lady|girl|fella|"
    r"bloke|chap)\s+(?:on|at|in|from|next\s+door|down)\b|someone\s+(?:at|in)\s+(?:my|the)\s+gym|he|she|he'?s|she'?s|"
    # Someone in a story the user read: "Reddit post about some guy who dropped the bar on his pelvis".
    r"(?:some|a|this|one)\s+(?:guy|girl|lad|bloke|dude|woman|man|lady|lifter|person|powerlifter|bodybuilder)\s+(?=who\b)|"
    # Someone the user watched: "saw someone on insta drop the bar on their pelvis".
    r"(?:(?<=\bsaw\s)|(?<=\bseen\s)|(?<=watched\s)|(?<=watching\s))(?:someone|somebody|a\s+(?:guy|girl|lad|bloke|dude|woman|man|lady|"
    r"lifter|person)))\b"
)
# A diagnosis someone else had, named as background: "my cousin had sciatica so I checked", "my dad had cancer". It
# is their history, not the user's sign; only the condition's own words are set aside, and an emergency sign still
# counts (a partner who "couldn't pee at all" is asked about for a reason).
_OTHER_HISTORY = re.compile(
    # An instructor or coach too, here only: elsewhere "my coach says..." is mostly about the user.
    rf"\b(?:(?:my|our|his|her)\s+(?:{_RELATION}|(?:\w+\s+)?(?:instructor|coach|trainer|teacher))|he|she)\s+"
    r"(?:\w+\s+){0,3}?(?:had|has\s+had|once\s+had|used\s+to\s+have|"
    # The past put as "have" with the time after, the way a second language may: "my friend have sciatica last year".
    r"have(?=\s+(?:\w+\s+){0,2}?(?:\w+\s+)(?:last\s+(?:year|month)|(?:\w+\s+)?(?:years|months)\s+ago)\b)|"
    r"was\s+diagnosed\s+with|(?:has\s+)?suffered\s+(?:from|with)|beat|survived)\s+(?:\w+\s+){0,2}?(?:sciatica|cancer|"
    r"tumou?rs?|(?:slipped|herniated|bulging|prolapsed)\s+discs?|discs?\s+(?:bulges?|herniations?|prolapses?|problems?|"
    r"issues?)|arthritis|stenosis|back\s+surgery|spinal\s+surgery|chemo\w*|lymphoma|leuka?emia|melanoma|myeloma)\b|"
    # A friend of theirs, apparently, once: "my girlfriend's friend apparently had bladder problems after a back
    # injury once".
    rf"\b(?:my|our|his|her)\s+{_RELATION}'s\s+\w+\s+(?:apparently\s+)?(?:got|had|once\s+had)\s+[^.!?]{{0,60}}?\b(?:once|years?\s+ago|"
    r"last\s+year|months\s+ago)\b|"
    # Their symptom, told as past background: "my buddy got a numb leg from deadlifts last year".
    # Also "my client leaked a bit during deadlifts once, years ago", "my brother's legs went numb once on a flight".
    rf"\b(?:my|our|his|her)\s+{_RELATION}(?:'s\s+\w+)?\s+(?:got|had|once\s+had|leaked|peed|wet|went|was|were|felt)\s+[^.!?]{{0,40}}?"
    r"\b(?:last\s+(?:year|month)|years?\s+ago|months\s+ago|once)\b|"
    # A family history: "sciatica runs in my family", "back problems run in the family".
    r"\b(?:\w+\s+){1,3}?runs?\s+in\s+(?:my|our|the)\s+family\b"
)
_THEIR_NOW = re.compile(
    r"\bnow\s+(?:\w+\s+){0,2}?(?:mentions|has|reports|complains|complaining|gets|feels|says|saying|getting|having)\b|\b(?:her|his|their)\s+(?:\w+\s+)?"
    r"(?:back|legs?|hips?|glutes?|spine|neck)\b|\b(?:she|he|they)(?:'s|\s+is|\s+has|\s+gets|\s+feels|\s+says)\b"
)


def _their_pain_after(text: str, pos: int) -> bool:
    return bool(_THEIR_NOW.search(text, pos) and _PAIN_WORD.search(text, pos))


_OWN_WORD = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself|mine|my)\b")
_SELF_FINE = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+feel|me|myself)\s+(?:totally\s+|completely\s+|perfectly\s+|absolutely\s+|all\s+|100%\s+|"
    r"physically\s+|personally\s+|myself\s+|feeling\s+)?(?:fine|ok|okay|good|great|alright|all\s+right|unhurt|uninjured|grand)\b|"
    r"\bnothing\s+like\s+that\s+(?:for|with)\s+me\b|\ball\s+(?:fine|good|ok|okay)\s+(?:for|with)\s+me\b"
)
_RELAYED_NOW = re.compile(
    r"\b(?:says?|said|reports?|reported|tells?\s+me|told\s+me|complains?|complained|still|since|isn'?t\s+getting|"
    r"keeps?|can'?t|cannot)\b"
)
_THEIR_PAST = re.compile(
    r"\b(?:last\s+(?:year|month|summer|winter)|years?\s+ago|months?\s+ago|(?:had|went)\s+to\s+(?:go\s+to\s+)?(?:a&e|the\s+er|"
    r"er|hospital|emergency)|ended\s+up\s+in|is\s+seeing\s+a|(?:was|got)\s+diagnosed|had\s+(?:surgery|an\s+operation))"
)
_THEIR_CARE = re.compile(
    r"\b(?:sent|took|drove|rushed|referred)\s+(?:him|her|them)\s+(?:straight\s+)?(?:to|off\s+to|on\s+to)\s+(?:a&e|the\s+er|er|"
    r"(?:the\s+)?hospital|emergency|(?:his|her|their|a|the)\s+(?:neuro\w*|doctor|gp|physio\w*|specialist|consultant))\b|"
    r"\b(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|they\s+are)\s+(?:already\s+)?(?:getting|having)\s+it\s+(?:checked|looked\s+at|"
    r"seen\s+to|scanned)\b|"
    r"\b(?:his|her|their)\s+(?:doctor|doc|gp|physio|consultant|specialist)\s+(?:knows|is\s+aware)\b|"
    r"\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+(?:a\s+)?diabetic\b|\b(?:he|she)\s+has\s+(?:had\s+)?(?:diabetes|ms|multiple\s+sclerosis|"
    r"neuropathy)\b"
)
_THEIR_BEFORE = re.compile(
    r"(?<!since\s)\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn)|(?:\w+\s+)?(?:years|months)\s+ago|a\s+(?:month|year)\s+ago)\b|"
    r"\b(?:years\s+back|back\s+in\s+the\s+(?:'?[5-9]0s|19[5-9]0s|(?:fif|six|seven|eigh|nine)ties))\b|"
    r"\bonce\b(?!\s+(?:a|every|or|in\s+a\s+while|more|again|i|you|she|he|they)\b)"
)
# A condition theirs for years: "my mum has been incontinent for years since her stroke", "he hasn't had feeling in his
# legs for years and that's just his normal".
_THEIR_CHRONIC = re.compile(
    # "since 10 years" the way a second language says it; "always had it".
    r"\b(?:for|since)\s+(?:years|decades|ages|(?:\d+|two|three|four|five|ten|many|several)\s+years)\b|"
    r"\balways\s+(?:had|has)\s+(?:it|that|them|those)\b|\bsince\s+(?:his|her|their)\s+"
    r"(?:stroke|injury|accident|surgery|op|operation|birth|childhood|diagnosis)\b|\b(?:that'?s|it'?s)\s+(?:just\s+)?(?:his|her|their)\s+normal\b"
)
_THEIR_NEW = re.compile(
    r"\b(?:now|new|newly|worse|suddenly|today|this\s+morning|yesterday|tonight|just\s+started|"
    r"since\s+(?:yesterday|this|last))\b"
)
_ONGOING = re.compile(
    # "...done a full course of physio since." is "since then", not a course still running.
    # "a safe weight to start with" is the user's plan, not their course.
    # "makes me nervous starting" is the user about to begin, not their course.
    r"\b(?:still|since(?!\s*[.!?,]|\s+then\b)|now|today|keeps?|getting\s+worse|(?<!to\s)(?<!nervous\s)(?<!about\s)(?<!before\s)"
    r"(?<!scared\s)(?<!worried\s)(?<!anxious\s)start\w*(?!\s+with\b)|first\s+time|every|ever|"
    r"has\s+been|"
    r"have\s+been|hasn'?t|"
    # "same as last week" is the same sign again now.
    r"haven'?t|same\s+as\s+(?:last|before|yesterday|the\s+other))\b"
)
_AVOID_THAT = re.compile(
    r"\bhow\s+(?:do|can|should|would)\s+i\s+(?:avoid|prevent|stop)\s+(?:that|this|it|the\s+same)\b|\bhow\s+to\s+(?:avoid|prevent)\b|\bhow\s+(?:do|can)\s+i\s+make\s+sure\s+"
    r"(?:that|this|it)\s+(?:doesn'?t|never|won'?t)\b|"
    # "how do I set up so that can't happen to me".
    r"\bso\s+(?:that|this|it)\s+(?:can'?t|won'?t|doesn'?t|never)\s+happens?\s+to\s+me\b"
)
_OTHER_FINE = re.compile(
    r"(?<!otherwise\s)(?<!otherwise,\s)\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:totally\s+|completely\s+|all\s+|absolutely\s+|"
    r"perfectly\s+|fully\s+)?(?:fine|ok|okay|good|better|grand|recovered|healed|back\s+to\s+normal|right\s+as\s+rain)\b"
    # "he was fine yesterday" is how it was before, not an all-clear now.
    r"(?!\s+(?:otherwise|apart\s+from|except|other\s+than|in\s+(?:herself|himself|themselves)|yesterday|before|until|till|"
    r"earlier|this\s+morning|last\s+(?:night|week))|[^.!?]{0,40}?\bbut\b"
    # "...but it put the wind up me": the writer's fright, not more of theirs.
    r"(?!\s+it\s+(?:put|scared|freaked|spooked|worried|shook|rattled|made|makes|got)\b))|"
    # "it's fine now" inside their story is their injury healed; "she says it's fine" is only her word for it.
    r"(?<!says\s)(?<!said\s)(?<!saying\s)(?<!thinks\s)(?<!reckons\s)(?<!insists\s)(?<!claims\s)(?<!swears\s)"
    r"\bit(?:'s|\s+is)\s+(?:totally\s+|completely\s+|all\s+|fully\s+)?(?:fine|ok|okay|healed|better)\s+now\b|"
    # Their outcome without a subject: "went to hospital, all fine", "got it checked, all ok now".
    r"(?:(?<=,\s)|(?<=\band\s))(?:all|everything)\s+(?:is\s+|was\s+|turned\s+out\s+|came\s+back\s+)?(?:fine|ok|okay|good|clear|"
    r"normal)\b"
    # Not the all-clear of an old illness with a new sign after it: "all clear, and now has new low back pain".
    r"(?:\s+now\b)?(?![^.!?]{0,30}?\b(?:but|now|though|yet|however|except|still|new|again)\b)|"
    r"\bmy\s+(?:gf|bf|girlfriend|boyfriend|wife|husband|partner)\s+is\s+(?:\w+\s+){0,4}?(?:totally\s+|completely\s+|perfectly\s+)?"
    r"fine\b(?!,?\s+but\b)|"
    r"\b(?:he|she|they)\s+(?:(?:has|have)\s+)?(?:fully\s+|completely\s+)?(?:recovered|healed|got\s+better)\b|"
    # Cleared by whoever saw them: "she saw a physio this morning and got cleared", "physio discharged her", "scans were
    # all clear", "healing fine now".
    r"\b(?:he|she|they|and)\s+(?:got|was|were|has\s+been|have\s+been)\s+(?:fully\s+|completely\s+|totally\s+)?(?:cleared|discharged|"
    r"signed\s+off|given\s+the\s+all[\s-]clear)\b|\b(?:physio|doctor|doc|gp|surgeon|hospital|a&e|consultant)\s+(?:has\s+)?"
    r"(?:discharged|cleared|signed\s+off)\s+(?:him|her|them)\b|\bscans?\s+(?:were|was|came\s+back)\s+(?:all\s+)?clear\b|"
    r"\bhealing\s+(?:fine|well|nicely|ok|okay|great|up\s+(?:fine|well|nicely))\b|"
    # "went see doctor already, now ok already".
    r"\bnow\s+(?:ok|okay|fine|all\s+good|good)\s+already\b|"
    r"\b(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+been\s+back\s+(?:training|lifting|at\s+it|in\s+the\s+gym)\b|"
    # "she had physio and it's sorted", "hospital sorted him".
    r"\b(?:he|she|they)\s+(?:had|did|saw|got)\s+(?:\w+\s+){0,2}?(?:physio\w*|treatment|rehab|surgery)\b[^.!?]{0,30}?\b(?:it'?s|its|is|all)\s+"
    r"(?:sorted|fine|fixed|good|healed|better)\b|\b(?:hospital|physio|doctors?|a&e)\s+sorted\s+(?:him|her|them)\b|"
    # "she saw a physio and is back to training".
    r"\b(?:he|she|they)\b[^.!?]{0,40}?\b(?:is|are|'s|'re)\s+back\s+(?:to\s+training|training|lifting|in\s+the\s+gym|at\s+the\s+gym)\b|"
    # "she's done 6 months of pelvic floor physio since and is fine".
    r"\b(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+(?:done|had)\b[^.!?]{0,60}?\band\s+(?:is|are)\s+(?:totally\s+|completely\s+)?(?:fine|ok|"
    r"okay|good|better|grand)\b"
)
# "went away completely", not "went totally numb": over, said in the past tense.
_WENT_COMPLETELY = (
    r"\bwent\s+(?:away\s+)?(?:completely|totally|fully|entirely)\b(?=\s*(?:[,.;:!?]|$|\s+(?:now|and|but|since|after|by|within|over)\b))"
)
# A past problem the user says is over: "had sciatica 3 years ago, fully resolved", "disc bulge in 2019, healed and
# signed off by my physio". What they report now starts at "now", "today", "but".
_LONG_AGO = re.compile(
    r"\b(?:\d+|a\s+few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|couple\s+of)\s+"
    r"(?:years?|yrs?|months?)\s+ago\b|\bages\s+ago\b|\b(?:years|months)\s+ago\b|\ba\s+(?:year|month)\s+ago\b|\b(?:in|back\s+in|around|since)\s+(?:19|20)\d\d\b|"
    r"\b(?:19[5-9]\d|20[01]\d|202[0-3])\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|x\b|reps?|m\b|steps))|"
    r"\blast\s+(?:year|month|summer|winter|spring|autumn|season)\b|\bin\s+my\s+(?:teens|20s|twenties|30s|thirties|40s|forties)\b|\bas\s+a\s+(?:kid|child|teen\w*)\b|\bwhen\s+i\s+was\s+(?:younger|a\s+kid|a\s+teen\w*|(?:like\s+|about\s+|around\s+)?\d+|in)\b|"
    r"\bback\s+(?:in|at)\s+(?:uni|college|school|high\s+school|the\s+day)\b|"
    r"\bback\s+in\s+(?:jan\w*|feb\w*|march|april|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\b|\b(?:a\s+)?long\s+(?:time\s+)?ago\b|\bused\s+to\s+(?:get|have|feel|hurt|cramp|ache|pinch|dig|bother|bruise|go)\b|\blong\s+gone\b|"
    r"\bgone\s+for\s+(?:over\s+|more\s+than\s+|well\s+over\s+)?(?:years|ages|a\s+year|(?:\d+|many|several|a\s+few)\s+years)\b|"
    r"\bbefore\s+(?:my|the)\s+(?:\w+\s+)?(?:injury|surgery|op|operation|break|pregnancy|baby|layoff|time\s+off|discectomy|"
    r"microdiscectomy|fusion|arthroscopy|scope|replacement|repair|reconstruction|c-?section|fracture|laminectomy)\b|"
    r"\b(?:\d+|a\s+few|few|several|two|three|four|five|six|a\s+couple\s+of|a|one)\s+weeks?\s+ago\b|\blast\s+week\b|"
    r"\bonce,?\s+in\s+(?:19|20)\d\d\b|"
    # A decade: "back in the 90s", "in the eighties".
    r"\b(?:back\s+)?in\s+the\s+(?:'?[5-9]0s|19[5-9]0s|(?:fif|six|seven|eigh|nine)ties)\b|\b(?:many\s+|some\s+)?years\s+back\b|"
    # "went away completely" is its own when: over, in the past tense.
    rf"{_WENT_COMPLETELY}|"
    r"\b(?:during|in)\s+(?:my\s+|the\s+)?(?:first\s+|second\s+|last\s+)?pregnanc(?:y|ies)\b|\bwhile\s+(?:i\s+was\s+)?pregnant\b"
)
_RESOLVED = re.compile(
    # "The sciatica hasn't been back in 5 years."
    r"\b(?:hasn'?t|has\s+not|haven'?t|never)\s+been\s+back\s+(?:in|for|since)\b|"
    # "1 year ago lower back pain, gone after physio, no problem now".
    r"\bgone\s+after\s+(?:the\s+)?(?:physio\w*|rehab|treatment|pt)\b|\bno\s+(?:problems?|issues?|pain)\s+(?:now|since|anymore|any\s+more)\b|"
    # A progress story: "two years ago I couldn't climb stairs without pain and now I can thrust 100kg".
    r"\b(?:and|but)\s+now\s+i\s+(?:can(?!'|not|t\b|\s+(?:barely|hardly|only|just\s+about|no\s+longer))|am\s+able\s+to|manage)\b|"
    r"\bnothing\s+(?:at\s+all\s+)?(?:in|for)\s+(?:the\s+(?:last|past)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|many|several)\s+years\b|"
    r"\b(?:resolved|healed|recovered|rehabbed|rehabilitated|cleared\s+up|signed\s+off(?!\s+(?:work|sick|from\s+work|for)))\b|"
    # "totally cleared", "completely gone", "fully sorted": over, said with how much.
    r"\b(?:totally|completely|fully|entirely|100%|long|all)\s+(?:cleared|gone|sorted|fixed|better|over|healed|resolved)\b|"
    # "the ache from last week went completely, been fine for 6 days now".
    rf"{_WENT_COMPLETELY}|"
    r"\b(?:totally|completely|perfectly|100%)\s+fine\s+now\b|"
    # "Three years ago I had sciatica, now no problem at all", "had sciatica in 2018 before my surgery, none since".
    r"\bnow\s+no\s+(?:problems?|issues?|pain|trouble)\b|\bnone\s+since\b|\bbut\s+nothing\s+now\b|\bnow\s+nothing(?:\s+at\s+all)?\b"
    r"(?!\s+(?:helps|works|but|except))|"
    # "went away in a day and never came back". Gone first: "the feeling never came back" is numbness that stayed.
    r"\b(?:went\s+away|gone|disappeared|cleared(?:\s+up)?|settled|passed|stopped|wore\s+off)\b[^.!?]{0,40}?\b(?:and\s+)?"
    r"(?:never|hasn'?t|has\s+not|didn'?t|did\s+not)\s+(?:ever\s+)?(?:came|come|been)\s+back\b|"
    # "legs went numb once, in 2019, sitting on the toilet too long, nothing to do with anything".
    r"\bnothing\s+to\s+do\s+with\s+(?:anything|training|lifting|the\s+gym|thrusts?|exercise)\b|"
    r"\bnothing\s+(?:at\s+all\s+)?(?:these\s+days|nowadays|any\s*more)\b|"
    # "used to get stabbing pain before the op, now there's nothing".
    r"\bnow\s+(?:there'?s|there\s+is|i\s+(?:get|feel|have))\s+nothing\b(?!\s+but\b)|"
    # "the epidural made my legs numb for hours, anyway that was 8 months ago": months back, and put behind (weeks
    # back may still be going on, so they are asked about).
    r"\b(?:anyway|but|and)\s+(?:that|it|this)\s+was\s+(?=(?:\w+\s+){0,2}?(?:(?:months?|years?)\s+ago|last\s+(?:year|summer|winter|spring|autumn)))"
    r"(?![^.!?]*\b(?:still|now|again|since|keeps?|anymore|any\s+more)\b)|"
    # "back is fine now that twinge was last summer": the part named as fine, with when it was (the span needs both).
    r"\b(?:back|it|hip|hips|glutes?|leg|legs|neck|knee)\s+(?:is|'s|are|feels?)\s+(?:all\s+)?fine\s+now\b|"
    # "the back pain I told you about last week is gone, 100%".
    r"\b(?:is|'s|has)\s+(?:now\s+)?gone,?\s+(?:100\s*%|completely|totally|for\s+good|fully)(?=\W|$)|"
    r"\b(?:no|zero)\s+(?:issues|problems|trouble|symptoms|pain|recurrence)\s+(?:ever\s+)?since\b|"
    # The cause thrown out: "my toes used to go numb in my old climbing shoes, that's why I binned them".
    r"\b(?:that'?s\s+why|so)\s+i\s+(?:binned|ditched|chucked|got\s+rid\s+of|threw\s+(?:them|it)\s+(?:out|away)|"
    r"stopped\s+(?:wearing|using))\s+(?:them|it|those|that)\b|"
    # "sorted with physio, nothing since": fixed, and quiet ever after.
    r"\bsorted\s+(?:out\s+)?(?:with|by|after|through|thanks\s+to)\b|\bnothing\s+(?:ever\s+)?since\b|"
    r"\b(?:physio|physiotherapist|doctor|doc|chiro\w*|therapist|pt|surgery|surgeon|(?:the|an?)\s+op|operation|rehab|treatment)\s+"
    r"(?:\w+\s+)?(?:sorted|fixed|cleared|cured|solved)\s+(?:it|me|that|them|everything)(?:\s+all)?(?:\s+(?:out|up))?\b|"
    r"\b(?:haven'?t|have\s+not|hasn'?t|not)\s+had\s+(?:a|one|any)\s+(?:single\s+)?(?:twinge|issue|problem|flare|episode|"
    r"symptom)s?\s+(?:in|for)\s+(?:years|ages|months|(?:\d+|a\s+few|several|many|two|three)\s+(?:years|months))\b|"
    r"\b(?:it'?s|it\s+has|has|it)\s+never\s+(?:come|came)\s+back\b|\bhasn'?t\s+come\s+back\b|"
    # "...turned out to be my shoes. Never came back.": said with the subject left out.
    r"(?:^|(?<=[.!?]\s))never\s+(?:came|come)\s+back\b|"
    # "since I got a pad no issues at all", "fixed my foot position and it's all good now".
    r"\b(?:no|zero)\s+(?:issues|problems|trouble|pain)\s+at\s+all\b(?!\s+(?:until|till|before|then))|"
    r"\b(?:it'?s|its|all)\s+(?:been\s+)?(?:all\s+)?good\s+(?:now|since)\b|"
    # "leaked a bit during pregnancy but that stopped after birth".
    r"\b(?:stopped|went\s+away|cleared|settled)\s+(?:completely\s+|totally\s+)?(?:after|once|with|since)\s+(?:the\s+|my\s+)?"
    r"(?:birth|delivery|baby\s+(?:was\s+|came)|pelvic\s+floor\s+(?:physio|therapy|training|work)|physio)\b|"
    # "that's been gone for years", "back in 2019, gone since".
    r"\b(?:been\s+)?gone\s+(?:for\s+(?:over\s+|more\s+than\s+|well\s+over\s+)?(?:years|ages|months|a\s+year|"
    r"(?:\d+|many|several|a\s+few)\s+(?:years|months))|(?:ever\s+)?since)\b|"
    r"\b(?:been\s+)?(?:fine|good|pain[\s-]?free|symptom[\s-]?free)\s+(?:ever\s+)?since\b|"
    # "my old back pain from before the break is gone": the old problem named as over.
    r"\b(?:old|previous|earlier|former)\s+(?:\w+\s+){1,6}?(?:is|has)\s+(?:totally\s+|completely\s+|all\s+|long\s+)?gone\b|"
    r"\bbeen\s+(?:totally\s+|completely\s+|100%\s+|perfectly\s+)?(?:fine|good|ok|okay|pain[\s-]?free|symptom[\s-]?free)\s+for\s+"
    r"(?:over\s+|more\s+than\s+|well\s+over\s+)?(?:months|years|ages|a\s+(?:long\s+)?while|(?:\d+\+?|a\s+few|several|many|two|"
    r"three|four)\s+(?:weeks|months|years)|"
    r"(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|several)\s+days)\b"
)
_NOT_QUITE = re.compile(
    r"(?:\bnot|\bnever|n't|\bpartial\w*|\bmostly|\balmost|\bnearly|\bhalf|\bbarely)\s+(?:\w+\s+)?$"
)
_PRESENT = re.compile(
    # "hurt" alone is as often the past: "my husband's back hurt after thrusts back in 2021".
    r"\b(?:now|today|currently|is|are|am|i'?m|hurts|aches?|feels?|keeps?|has\s+been|have\s+been|since|still)\b"
)
_NOW_AGAIN = re.compile(
    r";|\b(?:now|nowadays|today|tonight|currently|these\s+days|lately|recently|but|though|however|again|yesterday|"
    r"this\s+(?:week|morning|time|session|month)|since\s+(?:the|my|last|this|\w+day))\b"
)
# The bot's own question quoted and answered no: "you asked if it's sharp. no, dull", "you asked if I had a fever, I
# don't". A yes ("you asked if it's sharp - yes") leaves the sign standing.
_ASKED_AND_DENIED = re.compile(
    # Also a clinician's question told: "doctor asked if I'd had any numbness in the saddle area, I said no".
    r"\b(?:you|u|(?:the\s+|my\s+)?(?:doctor|doc|gp|physio|nurse|consultant|surgeon|paramedic|he|she|they))\s+asked\s+(?:me\s+)?"
    r"(?:if|whether|about)\b[^.!?,;]{0,60}?(?=\s*(?:[,.!?;:-]+|\s+and\b|\s+but\b)\s*(?:i\s+said\s+no|no|nope|nah|not|"
    r"i\s+have\s+none|none\s+of\s+(?:that|those|them)|"
    r"i\s+don'?t|i\s+do\s+not|i\s+didn'?t|it'?s\s+not|it\s+isn'?t|it\s+wasn'?t|i\s+haven'?t|never|none)\b)"
)
# Only wh-words: "can't walk, sharp pain" starts like a question but is a report.
# "Is it normal to have back pain and night sweats and a temperature?": the asker's own signs, asked about. Only
# with a red flag named does it count; "is it normal to have sore glutes?" stays a question.
_IS_IT_NORMAL_TO_HAVE = re.compile(
    r"\s*is\s+it\s+(?:normal|ok|okay|bad|common|weird)\s+to\s+(?:have|be\s+having|feel|be\s+feeling|get\s+(?:this|these)|"
    r"be\s+running|run)\b"
)
# A sign in a named part asked about as a whole sentence: "is 'stabbing' in the glute normal?". The user asks about
# what they feel; "is stabbing pain in the glutes common with thrusts?" asks about lifters and says so.
_IS_SIGN_IN_PART_NORMAL = re.compile(
    r"\s*is\s+(?:a\s+|this\s+|that\s+)?['\"]?(?:stabbing|sharp|shooting|zinging|electric|knife-?like)['\"]?\s+(?:pain\s+|feeling\s+|sensation\s+)?"
    r"(?:in|down|through|into)\s+(?:the|my)\s+\w+\s+(?:normal|ok|okay|bad|weird|fine|expected)\s*\?|"
    # The sign alone, asked in a few words: "sharp back pain normal?".
    r"\s*(?:a\s+)?(?:stabbing|sharp|shooting|zinging|electric)\s+(?:\w+\s+){0,2}?(?:pain|pains|twinges?|aches?)\s+(?:normal|ok|"
    r"okay|bad|fine|expected|serious)\s*\?"
)
_RED_FLAG_WORD = re.compile(
    r"\b(?:fever\w*|temperature|night\s+sweats?|chills|(?:losing|lost|loss\s+of)\s+weight|weight\s+loss|numb\w*|tingl\w*)\b"
)
_IF_MY_REPORT = re.compile(
    r"if\s+my\s+(?:\w+\s+){1,3}?(?:is|are|was|were|feels?|felt|gets?|keeps?)\s+(?:still|always|now|already)\b"
)
# "Is it bad if the pain shoots down my leg when I thrust?", "can I still train if I've had night sweats?": a question
# about going on, asked of the user's own symptom; the "if" clause reports it. "What if I get numbness?" and "if I
# ever..." stay what-ifs, and so does an "if" with no such frame before it ("if my thighs went numb, is that A&E?").
_ASKED_IF_FRAME = re.compile(
    r"\b(?:(?:is|was)\s+(?:it|that|this)|would\s+(?:it|that)\s+be|it'?s)\s+(?:\w+\s+){0,2}?(?:bad|ok|okay|normal|fine|safe|"
    r"serious|worrying|concerning|dangerous|alright|all\s+right|a\s+(?:\w+\s+)?(?:problem|concern|sign|worry|red\s+flag|"
    r"deal|issue))|\b(?:can|could|should|shall|may)\s+i\s+(?:still\s+|keep\s+|continue\s+|carry\s+on\s+)?\w+|"
    r"\bdo\s+i\s+(?:need|have|gotta)\b|\b(?:do|does)\s+(?:it|that)\s+matter|\bworth\s+\w+ing\b"
)
_OWN_IF_CLAUSE = re.compile(
    r"if\s+(?:my|the\s+(?:pain|ache|same|last\s+(?:set|rep|session|workout)|\w+\s+(?:hurts?|aches?|burns?)|"
    r"(?:outside|inside|back|front|side|top|bottom)\s+of\s+my)|this|both|i'?ve|i\s+have|i'?m|i\s+am|i\s+keep|i\s+still|i\s+can'?t|i\s+cannot|"
    r"i\s+couldn'?t|i\s+had|i\s+felt|i\s+get\b(?!\s+(?:\w+\s+){0,6}?(?:in\s+the\s+future|someday|one\s+day|later\s+on))"
    r"(?=[^?]*?\b(?:when|whenever|every\s+time|each\s+time|during|while|after|halfway|at\s+the\s+(?:top|bottom))\b))"
)
# A question told as one after it, with no question mark: "if my legs ever went numb what should i do...just asking".
# A what-if asked without a question mark: "if I ever couldn't pee after training what should I do".
_EVER_WHAT_TO_DO = re.compile(
    r"\s*(?:what\s+if|if)\b[^.!?]{0,60}?\bever\b[^.!?]{0,60}?\bwhat\s+(?:should|do|would|can|must)\s+(?:i|we|you)\s+"
    r"(?:do|tell|say)\b"
)
_JUST_ASKING = re.compile(r"\s*(?:i'?m\s+|i\s+was\s+)?(?:just\s+)?(?:asking|wondering|curious)\b")
_QUESTION_START = re.compile(
    # "asking out of curiosity, what does saddle numbness even mean": the opener, then the question.
    r"\s*(?:(?:asking|question|quick\s+q\w*|(?:just\s+)?curious|(?:out\s+of|for)\s+curiosity)[^,:;.!?]{0,40}[,:;-]\s*)?"
    r"(?:(?:in\s+general|generally|out\s+of\s+interest|btw)\s*,?\s*)?"
    r"(?:what|why|how|which|who)\b"
)
# Asking what a term means or why it matters, as a student or the curious do: "what exactly counts as saddle
# anaesthesia?", "why is it a red flag?", "what does cauda equina mean?".
_DEFINITION_Q = re.compile(
    r"\bwhat\s+(?:exactly\s+|actually\s+)?(?:counts?\s+as|qualifies\s+as|is\s+meant\s+by|is\s+the\s+(?:definition|"
    r"meaning)\s+of|(?:the\s+(?:hell|heck|fuck|f\*+k)\s+|on\s+earth\s+)?(?:do(?:es)?|would|could|might)\s+(?:the\s+term\s+)?[\w\s'\"-]{1,30}?\s+(?:mean|refer\s+to|(?:actually\s+)?(?:feel|look)\s+like)|do\s+(?:you|they|doctors|"
    r"physios|clinicians)\s+mean\s+by)\b|\bwhy\s+(?:is|are)\s+(?:it|that|this|they|[\w\s-]{1,30}?)\s+(?:a|an|"
    r"considered\s+(?:a|an)?)\s*(?:red\s+flags?|emergency|warning\s+signs?)\b|\b(?:define|definition\s+of)\b|"
    r"\bwhy\s+(?:do|does)\s+(?:people|ppl|they|doctors|physios|coaches|folks|everyone|everybody|so\s+many\s+people)\s+"
    r"(?:say|think|tell\s+you|call)\b|"
    r"\bwhat'?s\s+the\s+difference\s+between\b|"
    # Whether the lift helps a condition: "can hip thrusts help with incontinence after pregnancy?".
    r"\b(?:can|do|does|will|would|could|should|might)\s+(?:hip\s+)?thrusts?\s+(?:\w+\s+)?(?:help|fix|improve|prevent|cure|"
    r"strengthen|stop|reduce)\b|"
    # A sign asked about as a topic: "is saddle numbness something lifters should know about?".
    r"\bis\s+(?:a\s+|an\s+)?(?:(?!(?:my|me|i|this|that|it|mine)\b)[\w-]+\s+){1,4}?something\s+(?:i|we|lifters|people|you|"
    r"one|everyone|women|men)\s+(?:should|need\s+to|ought\s+to|have\s+to|must|gotta)\s+(?:know|worry|think|learn|care|"
    r"be\s+(?:aware|worried|concerned|careful))\s+(?:about|of)\b|"
    # A what-if about anyone, said to be one: "hypothetically, if you lost feeling down there mid-set, what would
    # you do?"
    r"\bhypothetically\b[^.!?]{0,20}?\bif\s+(?:you|someone|somebody|a\s+person|one|a\s+lifter)\b|\bhow\s+(?:serious|bad|dangerous)\s+is\s+each\b|"
    # "what's saddle anaesthesia?": a term, with nothing of the user's in it.
    r"\bwhat(?:'s|\s+is|\s+are)\s+(?:a\s+|an\s+)?(?!(?:this|that|these|those|it|wrong|up|happening|going)\b)"
    r"(?:(?!(?:my|me|i|this|that|it|with|wrong|in|on|down|there|here|between|around|after|since|today|now|again|still|"
    r"every|keeps?|getting|going)\b)[\w-]+\s*){1,4}\?"
)
# "What would saddle numbness mean if I ever got it?": the user's own what-if, still a question about the term.
_IF_I_EVER_HAD_IT = re.compile(
    r"\s*(?:if|when)\s+i\s+(?:ever\s+(?:got|get|had|have|developed?|felt)|got|had|developed|felt)\s+(?:it|that|this|one)"
    r"(?:\s+(?:during|while|in|after|at)\s+[\w\s-]{1,30}?)?\s*\??\s*$"
)
_ASKED_WHAT = re.compile(
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?what\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?:means?|is|are|was)\b|"
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?what\s+(?:causes?|can\s+cause|leads?\s+to)\s+[^.!?,]{1,50}|"
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?what\s+(?:red\s+flags?|warning\s+signs?|signs|symptoms)\s+"
    r"[^.!?]{1,60}|"
    r"\b(?:asked|asks|wondered|wonders|asking)\s+(?:me\s+|us\s+)?(?:whether|if)\s+(?!(?:she|he|they|i)\b)(?:[\w-]+\s+){1,6}?"
    r"(?:is|are|was|can\s+be|could\s+be)\s+(?:dangerous|serious|bad|normal|an\s+emergency|a\s+red\s+flag|worrying)\b"
)
# A sign named as a warning sign by someone, with no one's own body in it: "my physio mentioned losing bladder control
# as a warning sign in general", "friend says numbness is a big red flag in lifting".
_SIGN_TALK = re.compile(
    r"\b(?:says?|said|mentioned|mentions|listed|lists|named|called|told\s+(?:me|us)|(?<=i\s)(?:read|heard|learned|learnt|saw))\s+"
    r"(?:that\s+)?(?:(?!\b(?:my|me|i|i'm|im|mine|myself|his|her|he|she|their|they)\b)[^.!?]){1,60}?\b(?:is|are|as|was|were|would\s+be|"
    r"could\s+be|might\s+be|can\s+be|will\s+be)\s+"
    r"(?:an?\s+|one\s+of\s+the\s+)?(?:big\s+|major\s+|serious\s+|real\s+|huge\s+|classic\s+|key\s+|general\s+)?"
    r"(?:warning|red[\s-]?flag|danger|alarm)(?:\s+signs?|s)?\b|"
    # What a sign means, as someone else put it: "a YouTube physio said sharp pain means stop", "Google says stabbing
    # pain could mean a herniated disc".
    r"\b(?:says?|said|mentioned|told\s+(?:me|us)|reckons?)\s+(?:that\s+)?(?:if\s+)?"
    r"(?:(?!\b(?:my|me|i|i'm|im|mine|myself|his|her|he|she|their|they)\b)[^.!?]){1,60}?\b(?:means?|could\s+mean|can\s+mean|"
    r"might\s+mean|may\s+mean|is\s+a\s+sign\s+of|could\s+be\s+a\s+sign\s+of|indicates?)\b[^.!?,;]{0,60}|"
    # A list of them: "a handout about red flags like cauda equina and urinary retention".
    r"\b(?:red[\s-]?flags?|warning\s+signs?)\s+(?:like|such\s+as|e\.g\.?|including)\s+"
    r"(?:(?!\b(?:my|me|i|i'm|im|mine|myself|his|her|he|she|their|they)\b)[^.!?]){1,80}|"
    # A warning on a poster or a leaflet: "the bladder and bowel warning on the poster at our box freaked me out".
    r"\b(?:the\s+)?(?:bladder|bowel|numbness|saddle|leg|nerve|back\s+pain)(?:\s+(?:and|&|or|/)\s+(?:bladder|bowel|numbness|saddle|"
    r"leg|nerve))*\s+(?:warnings?|posters?|leaflets?|notices?|handouts?|infographics?|slides?)\s+(?:on|in|at|from)\s+"
    r"(?:the|a|our|their|that|this)\s+(?:\w+\s+)?(?:poster|leaflet|wall|board|notice|handout|website|app|site|page|sign|box|gym|class|"
    r"studio|physio'?s?|clinic|booklet|card)\b"
)
_HAVE_IT = re.compile(
    r"\b(?:i|i've|ive|i'm|im)\s+(?:(?:do|also|kinda|kind\s+of|sort\s+of|definitely|actually)\s+)?(?:have|has|got|get|getting|"
    r"'ve\s+got|feel|feeling|having)\s+(?:it|that|this|them|those|the\s+same)\b|\bwhich\s+i\s+(?:have|get|feel)\b|"
    r"\b(?:that'?s|thats|this\s+is)\s+(?:exactly\s+)?what\s+i\s+(?:have|feel|get)\b|\blike\s+(?:mine|i\s+have)\b|"
    r"\bmine\s+(?:is|'s|has\s+been|feels|felt|went|goes|was)\s+(?:\w+\s+)?(?:numb|tingl\w*|dead|gone|weird)\b|"
    r"\bmine\s+(?:does|did|is\s+doing|has\s+done)\b|"
    # "...it's probably from the bench right? been like that since saturday".
    r"\b(?:been|it'?s\s+been|has\s+been)\s+like\s+(?:that|this)\b|\b(?:it'?s|its|is\s+it)\s+(?:probably|just|prob)\s+(?:from|because)\b"
)
# What was read or heard, then said to be the user's own: "a video said night sweats plus back pain is worth a doctor
# visit. I've had both this week".
_HAVE_BOTH = re.compile(
    r"\b(?:i'?ve|ive|i\s+have|i\s+had|i'?ve\s+got|i\s+got)\s+(?:had\s+|been\s+having\s+)?(?:both|all\s+(?:three|of\s+(?:them|those|"
    r"these|that))|the\s+lot|each\s+of\s+(?:them|those))\b(?!\s+(?:of\s+)?(?:my\s+)?(?:kids|children|sons|daughters|hips\s+done))"
)
# Whether the lift causes a condition, asked about the lift: "my brother asks if hip thrust cause the incontinence".
_CAUSAL_Q = re.compile(
    r"\b(?:if|whether|does|do|can|could|will|that)\s+(?:the\s+)?(?:hip\s*thrusts?|thrusts?|this\s+exercise|glute\s+bridges?|"
    r"(?:heavy\s+)?(?:bracing|lifting|squatting|deadlifting|squats|deadlifts)|(?:a\s+|the\s+)?(?:lifting\s+)?belts?|valsalva)\s+"
    r"(?:can\s+|could\s+|will\s+|really\s+)?(?:cause|causes|give|gives|lead\s+to|leads\s+to|make)\b"
)
# Someone the question is about; "do I need to see someone if..." names whom to see, not whom it is about.
_GENERIC_SUBJECT = re.compile(
    # "my client's right foot" is one person, the user's client.
    r"(?<!\bsee\s)(?<!\bask\s)(?<!\bto\s)(?<!\bcall\s)(?<!\bby\s)(?<!\bmy\s)(?<!\bour\s)\b(?:people|someone|somebody|anyone|"
    r"lifters|folks|"
    # "client I train has had pain shooting into her leg" is one client.
    r"beginners|clients?)\b(?!\s+(?:i|we)\s+(?:train|coach|work\s+with|see|have|look\s+after)\b)"
)
# "you know when you step off the kerb and there's this zap down your leg? that's me": the user, told as "you".
_YOU_KNOW_WHEN = re.compile(r"\s*(?:(?:yo+u|ya|u)\s+know|y'?know)\s+(?:when|that\s+(?:feeling|thing)|how)\b")
# A report with the "I" left out is still the user's: "had breast cancer years back, now back pain, worth worrying?"
# A question about people, then the user's own: "is it normal to lose feeling in your private parts? mine has been like
# that since yesterday".
_MINE_TOO = re.compile(
    r"\s*(?:it\s+|it'?s\s+|this\s+|and\s+it\s+)?(?:only\s+|just\s+)?(?:started|began|came\s+on|appeared)\s+(?:\w+\s+){0,3}?"
    r"(?:after|since|when)\s+i\b|"
    r"\s*(?:and\s+|but\s+|cos\s+|because\s+)?(?:mine\s+(?:has|have|is|are|'s|was|were)\s+(?:been\s+)?(?:like\s+(?:that|this)|the\s+same|"
    r"doing\s+(?:that|this))|(?:same|it'?s\s+the\s+same)\s+(?:here|for\s+me|with\s+me)|i\s+(?:have|'ve\s+got|got)\s+(?:that|this|it)\s+"
    r"(?:now|right\s+now|since|today)|"
    # "Anyone else's clients get zaps into the leg? I've got one who does".
    r"i(?:'ve\s+got|\s+have|\s+got|ve\s+got)\s+(?:one|a\s+client|someone|a\s+guy|a\s+girl|a\s+lady|a\s+member)\s+(?:who|that)\s+(?:does|has|is|gets))"
)
# A question about going on with someone's current sign: "is it fine to keep training a client whose back hurts at
# rest and at night?".
_TRAIN_THEM_Q = re.compile(
    r"\s*is\s+it\s+(?:fine|ok|okay|safe|bad|wise|alright)\s+to\s+(?:keep\s+)?(?:train\w*|coach\w*|work\w*\s+with)\s+(?:a|my|this|our)\s+"
    r"(?:client|member|athlete|trainee|lifter|student)\s+(?:whose|who|with)\b"
)
_CLAIM_CHECK = re.compile(
    r"\b(?:is\s+(?:that|this|it)\s+(?:(?:actually|really)\s+)?(?:a\s+(?:real\s+)?(?:thing|risk)|true|real|legit|a\s+myth|possible|"
    r"right)|"
    r"can\s+(?:that|this|it)\s+(?:really\s+)?happen|(?:any|some)\s+truth\s+(?:to|in)\s+(?:that|this|it)|true\s+or\s+(?:false|not)|"
    r"(?:fact|truth)\s+or\s+(?:myth|fiction|bs|bull\w*)|myth\s+or\s+(?:fact|truth))\b[^?]{0,30}\?"
)
_FIRST_PERSON_SIGN = re.compile(
    r"\b(?:i\s+(?:have|had|got|feel|felt|can'?t|couldn'?t)|my\s+(?:legs?|groin|bladder|bum|butt))\b"
)
_SUBJECT_DROPPED = re.compile(
    r"\s*(?:had|got|getting|felt|feeling|did|dropped|slipped|fell|woke|been|having|noticed|started|pulled|tweaked)\b"
    r"(?!\s+(?:anyone|someone|somebody|people|you)\b)[^?]*?\bnow\s+(?:\w+\s+){0,3}?(?:pain\w*|hurt\w*|ach\w*|sore\w*|"
    r"numb\w*|tingl\w*)|"
    r"\s*been\s+(?:having|getting|dealing\s+with|struggling\s+with)\b[^?]*?\b(?:pain\w*|hurt\w*|ach\w*|sore\w*|numb\w*|"
    r"tingl\w*|sweats?|fever\w*)"
)

# A statement with a short question tacked on, the texting way: "night sweats and fever plus back pain, coincidence?",
# "hip bones bruised from the bar lol need a pad?", "lower back ache after, went away, is that ok?". The statement
# reports; only the tag asks. One that opens as a question ("does a burn mean it's working, or?") stays a question.
_TAGGED_STATEMENT = re.compile(
    r"\s*(?!(?:what|why|how|which|who|when|where|is|are|am|was|were|do|does|did|can|could|should|would|will|shall|"
    r"may|might|must|has|have|if|any|anyone|someone|somebody|people|ppl|say|suppose|hypothetically|asking|curious|"
    r"(?:out\s+of|for|from)\s+curiosity|just\s+wondering|wondering)\b)"
    r"(?![^?]*\b(?:people|someone|somebody|anyone|lifters|folks|beginners|clients?|you|u)\b)"
    r"[^?]{12,}?(?:(?:,|;|\s+-+|\s+lol|\s+lmao|\s+haha\w*|\s+tbh|\s+ngl)\s+(?:[\w'/]+[\s,]*){1,6}|"
    # "...so its mild right?": a statement with a tag, no comma before it.
    r"\s+(?:right|yeah|eh|innit|correct|isn'?t\s+it))\?+[\s?!.]*$"
)

_SCALE_SCORE = r"(10|[0-9]|ten|nine|eight|seven|six|five|four|three|two|one|zero)"
_NOT_A_SCORE = r"(?:kg|lbs?|reps?|sets?|days?|weeks?|min\w*|hours?|x\b|%|pack|foot|feet|inch\w*)"
_SEVERITY = re.compile(
    r"\b(10|[0-9]|ten|nine|eight|seven|six|five|four|three|two|one|zero)\s*(?:/|out\s+of|outta|of|from)\s*(?:10|ten)\b|"
    r"\b(?:pain|level|severity)\s+(?:level\s+)?(?:is\s+|at\s+|of\s+|around\s+|about\s+)?(?:a\s+)?(10|[0-9])\b"
    r"(?!\s*(?:kg|lbs?|reps?|sets?|days?|weeks?|min\w*|hours?|x\b|%))|"
    # A score with no scale, tied to a scale or a body part: "on a scale my lower back is like a 6", "it felt like an
    # eight in my back".
    rf"\bon\s+a\s+scale\b[^.!?]{{0,40}}?\b(?:like|about|around|maybe|roughly)\s+an?\s+{_SCALE_SCORE}\b(?!\s*{_NOT_A_SCORE})|"
    rf"\b(?:felt|feels|feeling|was|is|hurt|hurts|hurting)\s+(?:like\s+)?(?:about\s+|around\s+|maybe\s+)?an?\s+{_SCALE_SCORE}\s+"
    r"(?:in|on|for)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?(?:back|glutes?|hips?|knees?|neck|hamstrings?)\b"
)
_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
