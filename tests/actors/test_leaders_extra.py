"""Recent leaders and armed groups added to the hand tables resolve on the story's date."""
from eventwire.actors import resolve_phrase


def test_recent_groups():
    assert resolve_phrase("the Rapid Support Forces").code == "SDN"
    assert resolve_phrase("M23 rebels").code == "COD"


def test_leaders_by_date():
    assert (resolve_phrase("Yoon Suk Yeol", date="2024-12-07").code, resolve_phrase("Yoon Suk Yeol", date="2024-12-07").sector) == ("KOR", "GOV")
    old = resolve_phrase("Nawaz Sharif", date="2024-04-19")
    assert (old.code, old.sector) == ("PAK", "ELI")
