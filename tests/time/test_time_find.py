"""find_dates() over invented passages, and the small helpers beside it."""
from eventwire.model import DateMention
from eventwire.time import find_dates, publication_from_dateline, resolve_event_date

PUB = "2024-04-20"

PASSAGE = (
    "The ministry said late Friday that talks had collapsed. Last year, the army took power, and last "
    "month the junta expelled the envoy. The garrison has been there since 2018. Talks will resume in "
    "the coming days, and a pull-out is planned over the next few months. Hundreds rallied last week."
)


def test_seed_like_passage():
    found = {d.text.lower(): d for d in find_dates(PASSAGE, PUB)}
    assert found["late friday"].value == "2024-04-19"
    assert found["last year"].value == "2023"
    assert found["last month"].value == "2024-03"
    assert found["since 2018"].value == "2018" and found["since 2018"].reference == "past"
    assert found["in the coming days"].reference == "future"
    assert found["over the next few months"].reference == "future"
    assert found["last week"].value.startswith("2024-04")


def test_sorted_and_non_overlapping():
    found = find_dates(PASSAGE + " On Jan. 9, 1987 and in March 1987 ...", PUB)
    assert [d.start for d in found] == sorted(d.start for d in found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for d in found:
        assert (PASSAGE + " On Jan. 9, 1987 and in March 1987 ...")[d.start:d.end] == d.text


def test_wire_line_breaks_inside_phrases():
    text = "Rain has eased the drought since early\nJanuary, the agency said tonight."
    found = find_dates(text, "1987-02-26")
    assert [d.value for d in found] == ["1987-01", "1987-02-26"]


def test_numbers_that_are_not_years():
    text = "About 1,000 troops left 201 Air Force Base with a 100-kg bomb and 1500 tonnes of grain."
    assert find_dates(text, PUB) == []


def test_lower_case_month_words_are_verbs():
    assert find_dates("They will march and may win.", PUB) == []
    assert find_dates("Elections are due in May.", PUB)[0].value == "2024-05"


def test_future_cue_in_the_clause():
    text = "The council will vote on Monday. The council voted on Monday."
    a, b = find_dates(text, PUB)
    assert a.value == "2024-04-22" and b.value == "2024-04-15"


def test_quarters_and_decades():
    text = "Profit fell in the fourth quarter after the boom of the 1990s."
    q, dec = find_dates(text, "1987-02-26")
    assert q.value == "1986-Q4" and dec.value == "199"


def test_empty_text():
    assert find_dates("", PUB) == []


def test_resolve_prefers_a_valued_precise_mention():
    year = DateMention("last year", 0, 9, "2023", precision="year")
    day = DateMention("late Friday", 20, 31, "2024-04-19", precision="day", approximate=True)
    vague = DateMention("two weeks later", 40, 55, None, precision="week")
    assert resolve_event_date([vague, year, day], PUB) == (day, "clause")
    assert resolve_event_date([vague], PUB) == (None, "publication")
    assert resolve_event_date([], None) == (None, "none")


def test_publication_from_dateline():
    assert publication_from_dateline("BAGHDAD, March 29 - Iraq said ...", 1987) == "1987-03-29"
    assert publication_from_dateline("HEADLINE\nLONDON, Feb 26 - \nIran said", 1987) == "1987-02-26"
    assert publication_from_dateline("BAGHDAD, March 29 - Iraq said ...", None) is None
    assert publication_from_dateline("No dateline here.", 1987) is None


def test_would_puts_a_far_month_and_day_in_the_coming_year():
    found = {d.text: d for d in find_dates("Its planes would not be allowed to land from January 1.", "2001-11-01")}
    assert found["January 1"].value == "2002-01-01"
    # narrated past with "would" keeps a weekday in the past
    found = {d.text: d for d in find_dates("Sun Co announced that it would raise prices late Friday.", "1987-10-19")}
    assert found["late Friday"].value == "1987-10-16"
