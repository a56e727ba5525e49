"""Spelling tolerance: an unknown word becomes the closest knowledge-base word, exactly as difflib would choose it."""

from __future__ import annotations

from difflib import get_close_matches

from bot.retrieval.lexical import SpellingCorrector

VOCABULARY = frozenset({"thrust", "thrusts", "hamstrings", "glutes", "bench", "barbell", "posterior", "shoulder"})


def test_only_unknown_words_are_corrected_to_the_closest_vocabulary_word() -> None:
    corrector = SpellingCorrector(VOCABULARY, known_words=frozenset({"protein"}))
    assert corrector.correct("Hamstrinsg and glutez on hip thrussts") == "hamstrings and glutes on hip thrusts"
    assert corrector.correct("protein after the bench") == "protein after the bench"  # a real word stays
    assert corrector.correct("xylophone 1234") == "xylophone 1234"  # nothing close enough


def test_the_length_filter_and_the_memory_change_no_answer() -> None:
    corrector = SpellingCorrector(VOCABULARY)
    typos = ["thrsut", "barbel", "barbelll", "posterrior", "sholder", "benchhhh", "glutesss", "hamstrng", "zzzz"]
    for _ in range(2):  # the second round comes from memory
        for typo in typos:
            plain = get_close_matches(typo, VOCABULARY, n=1, cutoff=corrector.cutoff)
            assert corrector.correct_word(typo) == (plain[0] if plain else typo), typo
