"""Typing slips in the words triage turns on: "needels", "thursts", "acident", "fevr", "yestrday" read as the words
they miss.

A word is corrected only when it is no English word (not in english_words.txt, nor a target or a form of one) and
lies one edit away from exactly one target word with the same first letter (two edits for long words); a swap of two
neighbouring letters is one edit. Real words typed for others by autocorrect ("numbers" for numb, "sadly" for
saddle) are the phrase rules' job (normalise.py): no dictionary can tell them from what they say.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# The words a sign, a place, a time or a person turns on, as the rules spell them. Short words are left out where one
# slip makes another word ("pee" from "peep", "wee" from "wet"): a wrong correction there would raise an alarm.
# "work" is here so "werk" sits between it and "weak" and is left alone.
_TARGETS = frozenset(
    """
    numb numbness numbing tingling tingles tingly tingle needles saddle groin crotch genitals perineum bladder bowel
    bowels urine toilet accident accidents leaking leaked leakage incontinent incontinence control feeling feelings
    sensation weakness weaker thigh thighs fever temperature weight cancer night sharp stabbing stabbed shooting
    shoots radiating radiates sciatica pain painful lower back thrust thrusts thrusting glutes glute hamstring
    hamstrings cramp cramps cramping tight tightness straining strain barbell dropped pelvis pelvic yesterday since
    session friend mostly legs weak leak sore hurt hurts hurting hips ache aching achy both either spine spinal
    tailbone buttock buttocks bottom between inner outer swollen tingled burning burns constant
    worse worsening getting spreading spread dead asleep anymore havent hasnt couldnt didnt doesnt wasnt
    monday tuesday wednesday thursday friday saturday sunday morning evening weeks days hours minutes work
    """.split()
)
# Words and forms the tokenizer's vocabulary lacks that one slip from a target would wrongly change: kit ("tights",
# "clamps", "radiator"), lifts ("deads", "cranking out reps"), forms the rules tell apart ("wouldnt", "hadnt") and
# other languages' words ("nicht", "sobre"): put into English, "keine Inkontinenz" would lose the "keine" it denies.
_ALSO_KNOWN = frozenset(
    """
    tights sciatic nicht sobre baca lags glues deads wouldnt shouldnt hadnt sores sorer crank cranks cranked cranking
    clamp clamps clamped tighten tightens tightened tightening radiate radiator radiators perineal genital inkontinenz
    inkontinent
    """.split()
)
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "est", "y", "ly", "'s")
_WORD = re.compile(r"[a-z]+")
_FILE = Path(__file__).with_name("english_words.txt")


def _known() -> frozenset[str]:
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    words = {line for line in lines if line and not line.startswith("#")} | _TARGETS | _ALSO_KNOWN
    # A target's own forms are words too: "tuesdays" is a habit, not a slip for "tuesday".
    words |= {target + suffix for target in _TARGETS for suffix in _SUFFIXES}
    words |= {target[:-1] + "ing" for target in _TARGETS if target.endswith("e")}
    return frozenset(words)


_KNOWN = _known()


def _distance(a: str, b: str, limit: int) -> int:
    """Edits from a to b (insert, delete, substitute, swap neighbours), or limit + 1 once it is sure to exceed it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


@lru_cache(maxsize=8192)
def corrected(word: str) -> str:
    """The target word `word` misspells, or `word` itself when it is a word, too short, or no single target is near."""
    if len(word) < 4 or word in _KNOWN:
        return word
    best: list[str] = []
    best_distance = 3
    for target in _TARGETS:
        if target[0] != word[0]:
            # Slips rarely hit the first letter; a different first letter is usually another word ("hain", "mince").
            continue
        # Two slips only between long words: in a short one they reach too many others ("shapes" and "sharp").
        allowed = 2 if len(word) >= 8 and len(target) >= 8 else 1
        far = _distance(word, target, allowed)
        if far > allowed or far > best_distance:
            continue
        if far < best_distance:
            best, best_distance = [target], far
        else:
            best.append(target)
    return best[0] if len(best) == 1 else word


def correct_spelling(text: str) -> str:
    """`text` (lower case) with each misspelt target word put right."""
    return _WORD.sub(lambda m: corrected(m.group(0)), text)
