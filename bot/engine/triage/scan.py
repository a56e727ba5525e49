"""Per-message reading: where clauses and sentences start, and which spans are negated, hypothetical, reported,
someone else's or over."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.regex_prefilter import install
from bot.engine.triage.context import (
    _ASKED_AND_DENIED,
    _ASKED_IF_FRAME,
    _ASKED_WHAT,
    _AVOID_THAT,
    _CAUSAL_Q,
    _CLAIM_CHECK,
    _CLAUSE_BREAK,
    _DEFINITION_Q,
    _DENIES_HAVING_IT,
    _EVER_WHAT_TO_DO,
    _FIRST_PERSON,
    _FIRST_PERSON_SIGN,
    _GENERIC_SUBJECT,
    _HAVE_BOTH,
    _HAVE_IT,
    _HYPOTHETICAL,
    _IF_I_EVER_HAD_IT,
    _IF_MY_REPORT,
    _IS_IT_NORMAL_TO_HAVE,
    _IS_SIGN_IN_PART_NORMAL,
    _JUST_ASKING,
    _LONG_AGO,
    _MINE_TOO,
    _NEGATION,
    _NOT_QUITE,
    _NOW_AGAIN,
    _ONGOING,
    _OTHER_FINE,
    _OTHER_HISTORY,
    _OTHER_PERSON,
    _OWN_IF_CLAUSE,
    _OWN_WORD,
    _PRESENT,
    _QUESTION_START,
    _RED_FLAG_WORD,
    _RELAYED_NOW,
    _REPORTED,
    _REPORTED_END,
    _RESOLVED,
    _SELF_FINE,
    _SENTENCE_BREAK,
    _SIGN_TALK,
    _SUBJECT_DROPPED,
    _TAGGED_STATEMENT,
    _THEIR_BEFORE,
    _THEIR_CARE,
    _THEIR_CHRONIC,
    _THEIR_NEW,
    _THEIR_PAST,
    _TRAIN_THEM_Q,
    _YOU_KNOW_WHEN,
    _their_pain_after,
)
from bot.engine.triage.lexicon import _FALL, _PAIN_WORD


@dataclass(frozen=True)
class _Scan:
    """Per-message view: which matches are affirmed, which negated, and where clauses and sentences start."""

    text: str
    clause_starts: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    negation_starts: tuple[int, ...]
    hypothetical_spans: tuple[tuple[int, int], ...]
    # Something read or heard ("I read that...", "saw it in an article about..."), and whether the message says
    # the user has none of it ("I don't have anything like that").
    reported_spans: tuple[tuple[int, int], ...] = ()
    denies_having_it: bool = False
    # A question about what a term means ("what counts as saddle anaesthesia?"): no sign of the user's own.
    definition_spans: tuple[tuple[int, int], ...] = ()
    # A past problem the user says is over ("numbness in 2019, fully checked, resolved completely").
    resolved_spans: tuple[tuple[int, int], ...] = ()

    def _start_of(self, starts: Sequence[int], pos: int) -> int:
        best = 0
        for s in starts:
            if s > pos:
                break
            best = s
        return best

    def clause_start(self, pos: int) -> int:
        return self._start_of(self.clause_starts, pos)

    def sentence_start(self, pos: int) -> int:
        return self._start_of(self.sentence_starts, pos)

    def sentence_end(self, pos: int) -> int:
        return _sentence_end(self.text, self.sentence_starts, pos)

    def negated(self, pos: int) -> bool:
        start = self.clause_start(pos)
        return any(start <= n < pos for n in self.negation_starts)

    def hypothetical(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.hypothetical_spans)

    def only_resolved(self, pos: int) -> bool:
        """Set aside only as a past that is over, not as a what-if, a question or something read."""
        resolved = set(self.resolved_spans)
        return any(a <= pos < b for a, b in resolved) and not any(
            a <= pos < b for a, b in self.hypothetical_spans if (a, b) not in resolved
        )

    def resolved(self, pos: int) -> bool:
        """In a past the user says is over, and not said to be back since ("...resolved, but now it's numb again")."""
        return any(a <= pos < b and not self._back_again(b) for a, b in self.resolved_spans)

    def _back_again(self, after: int) -> bool:
        # "any tips so it doesn't come back?" is a what-if, not a return.
        return any(not self.hypothetical(m.start()) for m in _BACK_AGAIN.finditer(self.text, after))

    def reported_and_denied(self, pos: int) -> bool:
        return (self.denies_having_it and any(a <= pos < b for a, b in self.reported_spans)) or any(
            a <= pos < b for a, b in self.definition_spans
        )


_FALL_RE = re.compile(_FALL)
_TODAY_WORDS = re.compile(
    r"\b(?:earlier|today|this\s+(?:morning|afternoon|evening)|just\s+now|tonight|an\s+hour\s+ago|"
    r"just\s+(?:fell|slipped|tripped|came\s+off|went\s+down))\b"
)
# "I'm back to skiing every winter" is the user back at a sport, not the problem back.
_BACK_AGAIN = re.compile(
    # The body part is no return: "now thrusts make my lower back ache".
    # Training again is the user back at it: "lifting heavy again now", "back to 100kg thrusts".
    r"\b(?:(?<!lifting\s)(?<!training\s)(?<!heavy\s)(?<!thrusting\s)(?<!squatting\s)(?<!running\s)(?<!thrusts\s)(?<!try\s)"
    r"(?<!trying\s)(?<!start\s)(?<!starting\s)again|"
    r"(?<!lower\s)(?<!low\s)(?<!my\s)(?<!upper\s)(?<!her\s)(?<!his\s)(?<!sore\s)(?<!stiff\s)"
    r"back(?!\s+(?:to\s+(?:\w+ing\b|the\s+gym|normal|work|full|\d+\s*(?:kg|kgs|lbs?|kilos?)|heavy|my\s+(?:old\s+)?(?:pbs?|prs?|"
    r"weights?|numbers|training|lifting))|in\s+the\s+gym))|return\w*|recurr\w*|came\s+back|"
    r"start\w*\s+up)\b"
)


def _their_sign_had(text: str, span: tuple[int, int]) -> bool:
    return bool(_HAVE_BOTH.search(text, span[1], span[1] + 120))


# "if you ever lose feeling down there you go to hospital": a what-if however it ends, question or not.
_IF_EVER = re.compile(
    r"if\s+(?:you|u|someone|somebody|anyone|anybody|one|people|a\s+person|a\s+lifter|i)\s+(?:\w+\s+)?ever\b"
)


def _clause_end(sentence: str, pos: int) -> int:
    stop = re.compile(r"[,;]|\s(?:and|but)\s").search(sentence, pos)
    return stop.start() if stop else len(sentence)


def _scan(text: str) -> _Scan:
    clause_starts = sorted({0, *(m.end() for m in _CLAUSE_BREAK.finditer(text))})
    sentence_bounds = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
    hypothetical: list[tuple[int, int]] = []
    what_ifs: list[tuple[int, int]] = []
    asked: list[tuple[int, int]] = []  # questions about the topic, not the user's own
    # A sign named, then what it means asked, with no "I" or "my": "numbness in the groin, what does it mean?".
    named_then_asked: list[tuple[int, int]] = []
    reported: list[tuple[int, int]] = []
    definitions: list[tuple[int, int]] = []
    for i, start in enumerate(sentence_bounds):
        end = sentence_bounds[i + 1] if i + 1 < len(sentence_bounds) else len(text)
        sentence = text[start:end]
        if not sentence.strip():
            continue
        for m in _REPORTED.finditer(sentence):
            stop = _REPORTED_END.search(sentence, m.end())
            reported.append((start + m.start(), start + (stop.start() if stop else len(sentence))))
        is_question = (
            sentence.rstrip().endswith("?")
            or bool(_QUESTION_START.match(sentence))
            or bool(_JUST_ASKING.match(text, end))
            or bool(_EVER_WHAT_TO_DO.match(sentence))
        )
        ask = _DEFINITION_Q.search(sentence) if is_question else None
        if ask and not _FIRST_PERSON.search(sentence):
            named_then_asked.append((start, end))
        if ask and (not _FIRST_PERSON.search(sentence, ask.end()) or _IF_I_EVER_HAD_IT.match(sentence, ask.end())):
            definitions.append((start + ask.start(), end))
        # Someone asked the user what a term means: "my client asked what saddle numbness means".
        for m in _ASKED_WHAT.finditer(sentence):
            definitions.append((start + m.start(), start + _next_but(sentence, m.end())))
        for m in _SIGN_TALK.finditer(sentence):
            # "...is a red flag and I have it right now" is the user's own sign.
            if not _HAVE_IT.search(text, start + m.end()):
                definitions.append((start + m.start(), start + m.end()))
        # A claim heard and asked about: "my sister heard hip thrusts can make you go numb down there, is that a thing?"
        # The check may follow as its own question: "my sister reckons thrusts stop leaking. Is that true?".
        checked = _CLAIM_CHECK.search(sentence) or _CLAIM_CHECK.match(text[end:].lstrip())
        if checked and _REPORTED.search(sentence) and not _FIRST_PERSON_SIGN.search(sentence):
            definitions.append((start, end))
        causal = _CAUSAL_Q.search(sentence)
        # The asker's clause only: "...cause the incontinence, I told him no" has the user answer, not report.
        if causal and not _FIRST_PERSON.search(sentence, causal.end(), _clause_end(sentence, causal.end())):
            definitions.append((start + causal.start(), start + _next_but(sentence, causal.end())))
        marker = _HYPOTHETICAL.search(sentence)
        bare_if = marker is not None and marker.group(0) == "if"
        # "is it DOMS if my lower back is still stiff the morning after?": the "if" clause is the user's report.
        if bare_if and marker is not None and (
            _IF_MY_REPORT.match(sentence, marker.start())
            or (_ASKED_IF_FRAME.search(sentence, 0, marker.start()) and _OWN_IF_CLAUSE.match(sentence, marker.start()))
        ):
            marker = None
        # "if I go heavy my back hurts" is a report; "if I get numbness should I stop?" is not.
        if marker and (not bare_if or is_question or _IF_EVER.match(sentence, marker.start())):
            cut = _next_but(sentence, marker.end())
            hypothetical.append((start + marker.start(), start + cut))
            what_ifs.append((start + marker.start(), start + cut))
        elif (
            is_question
            and (not _FIRST_PERSON.search(sentence) or _GENERIC_SUBJECT.search(sentence))
            and not _SUBJECT_DROPPED.match(sentence)
            and not _YOU_KNOW_WHEN.match(sentence)
            and not _TAGGED_STATEMENT.match(sentence)
            and not (_IS_IT_NORMAL_TO_HAVE.match(sentence) and _RED_FLAG_WORD.search(sentence))
            and not _IS_SIGN_IN_PART_NORMAL.match(sentence)
            and not _TRAIN_THEM_Q.match(sentence)
            and not _MINE_TOO.match(text, end)
        ):
            hypothetical.append((start, end))
            asked.append((start, end))
    negations = tuple(m.start() for m in _NEGATION.finditer(text))
    denies = bool(_DENIES_HAVING_IT.search(text))
    if denies:
        # "Is numbness in the groin something that can happen with hip thrusts? I don't have it": asked about, denied.
        # Only with the denial: "sharp pain in the lower back, what does it mean?" may well be the user's own.
        reported += what_ifs + asked + named_then_asked
    others = _other_people(text, sentence_bounds)
    own_all_clear = any(not any(a <= m.start() < b for a, b in others) for m in _SELF_FINE.finditer(text))
    # "my mate had leg numbness last year, he's fine now": someone else's problem, over, is no report of the user's.
    # A fall or drop of theirs today is no past their all-clear closes: "he slipped off the bench earlier... he's ok".
    recent_fall = any(
        _TODAY_WORDS.search(text, _sentence_start(sentence_bounds, pos), _sentence_end(text, sentence_bounds, pos))
        for pos in (m.start() for m in _FALL_RE.finditer(text))
    )
    their_all_clear = not recent_fall and any(
        any(a <= m.start() < b for a, b in others) for m in _OTHER_FINE.finditer(text)
    )
    # Their sign told as history, with the user fine, is background ("my buddy had to go to A&E last year... I'm fine
    # myself"); told as theirs now, relayed for them, it is a report: "I'm fine myself, but my training partner says
    # he's lost feeling between his legs", "I'm fine, but my client's back still aches three days after thrusts".
    relayed_now = [(a, b) for a, b in others if _RELAYED_NOW.search(text, a, b) and not _THEIR_PAST.search(text, a, b)]
    # Their sign already in care, long known, in the past or asked about only to avoid it: "I've sent her to her
    # neuro", "she's getting it checked", "he's diabetic", "my mate dropped the bar on his hips last week", "my friend
    # dislocated her hip doing thrusts. how do I avoid that?". Background to the user's own question.
    handled = [
        (a, b)
        for a, b in others
        if _THEIR_CARE.search(text, a, _sentence_end(text, sentence_bounds, a))
        or (_THEIR_BEFORE.search(text, a, b) and not _ONGOING.search(text, a))
        or (_THEIR_CHRONIC.search(text, a, _sentence_end(text, sentence_bounds, a)) and not _THEIR_NEW.search(text, a))
        or _AVOID_THAT.search(text, b)
    ]
    if handled:
        reported += handled
        denies = True
    if others and (their_all_clear or (own_all_clear and len(relayed_now) < len(others))):
        reported += [span for span in others if their_all_clear or span not in relayed_now]
        denies = True
    elif others and denies:
        # "she talks about sciatica all the time... I have none of that": their talk, not the user's. An emergency
        # sign of theirs still counts ("asking for my partner, not me: he couldn't pee at all").
        hypothetical += [span for span in others if span not in relayed_now]
    resolved = _resolved_past(text, sentence_bounds, clause_starts)
    hypothetical += resolved
    # Asked and answered no, even of an emergency sign: "doctor asked if I'd had any numbness down there, I said no".
    # A "but" or "actually" after the no takes it back: "...I said no earlier, but actually now I can't feel it".
    answered_no = [m.span() for m in _ASKED_AND_DENIED.finditer(text)]
    hypothetical += answered_no
    definitions += [
        (a, b)
        for a, b in answered_no
        if not re.search(r"\b(?:but|actually|though|however|now)\b", text[b : _sentence_end(text, sentence_bounds, a)])
    ]
    # Their history is background, unless the message goes on to their pain now: "my client had breast cancer 5 years
    # ago and now mentions new low back pain", "had a car accident last month... her back still hurts".
    hypothetical += [m.span() for m in _OTHER_HISTORY.finditer(text) if not _their_pain_after(text, m.end())]
    return _Scan(
        text=text,
        clause_starts=tuple(clause_starts),
        sentence_starts=tuple(sentence_bounds),
        negation_starts=negations,
        hypothetical_spans=tuple(hypothetical + [r for r in reported if not _their_sign_had(text, r)] + definitions),
        reported_spans=tuple(reported),
        denies_having_it=denies,
        definition_spans=tuple(definitions),
        resolved_spans=tuple(resolved),
    )


def _sentence_start(bounds: Sequence[int], pos: int) -> int:
    return max((b for b in bounds if b <= pos), default=0)


def _sentence_end(text: str, bounds: Sequence[int], pos: int) -> int:
    return next((b for b in bounds if b > pos), len(text))


_TOLD_ME = re.compile(r"\b(?:tells?|told|asked|asks|texted|texts|messaged|showed|said\s+to|says\s+to|warned)\s+$")


def _other_people(text: str, bounds: Sequence[int]) -> list[tuple[int, int]]:
    """From someone else named as the subject to the user's own words or the end of the sentence."""
    spans: list[tuple[int, int]] = []
    for m in _OTHER_PERSON.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        end = _sentence_end(text, bounds, m.start())
        for own in _OWN_WORD.finditer(text, m.end(), end):
            if own.group(0) == "my" and _OTHER_PERSON.match(text, own.start()):
                continue
            # "my client tells me his back...": the user as the one told, not a subject of their own.
            if own.group(0) == "me" and _TOLD_ME.search(text, m.end(), own.start()):
                continue
            end = own.start()
            break
        spans.append((m.start(), end))
    return spans


def _resolved_past(text: str, bounds: Sequence[int], clause_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans about a past problem the user says is over: from the clause naming when to where "now" starts."""
    spans: list[tuple[int, int]] = []
    for done in _RESOLVED.finditer(text):
        if _NOT_QUITE.search(text, max(0, done.start() - 25), done.start()):
            continue
        sentence = max(b for b in bounds if b <= done.start()) if bounds else 0
        end = _sentence_end(text, bounds, done.start())
        when = _LONG_AGO.search(text, sentence, end)
        if when is None and sentence > 0 and not _PAIN_WORD.search(text, sentence, done.start()):
            # When it was, said just before: "remember last month when my back was tight? it's been fine for 3 weeks".
            earlier = max(b for b in bounds if b < sentence)
            when = _LONG_AGO.search(text, earlier, sentence)
            sentence = earlier if when else sentence
        if when is None:
            continue
        first = min(when.start(), done.start())
        start = max(c for c in clause_starts if c <= first)
        # "fell and broke my hip 3 years ago" is all past; "my back hurts and I had sciatica..." starts in the present.
        if not _PRESENT.search(text, sentence, start):
            start = sentence
        now = _NOW_AGAIN.search(text, done.end(), end)
        spans.append((start, now.start() if now else end))
    return spans


def _next_but(sentence: str, pos: int) -> int:
    """A "but" ends a what-if: "how do I avoid pain? but my back already aches" reports the ache."""
    m = re.compile(r"\b(?:but|though|although|however|anyway|already)\b").search(sentence, pos)
    return m.start() if m else len(sentence)


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# Once every pattern here exists: each is skipped at once on a message lacking every word a match needs
# (bot/engine/regex_prefilter.py). Importers get the pre-filtered patterns.
install(sys.modules[__name__])
