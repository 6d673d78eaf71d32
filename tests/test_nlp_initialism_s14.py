"""Sentence splitting after a country's initials in wire copy that capitalises the next word (loc14)."""
from eventwire.nlp import load_nlp


def _sents(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_a_capitalised_conjunction_after_us_goes_on_the_sentence() -> None:
    sents = _sents("Ministers discussed trade ties with the U.S. And Canada at the Ottawa meeting on Monday.")
    assert len(sents) == 1


def test_a_capitalised_auxiliary_after_uk_goes_on_the_sentence() -> None:
    sents = _sents("Norway and the U.K. Have agreed to resume talks on fishing rights in Oslo next week.")
    assert len(sents) == 1


def test_a_determiner_after_us_may_still_open_a_sentence() -> None:
    sents = _sents("The delegation flew back to the U.S. The talks will resume in May.")
    assert len(sents) == 2

