"""Event dates (dat35). (a) "this weekend" in a story of a Monday or Tuesday, told with no look ahead, is the weekend
just past. (b) A date elsewhere in the sentence that begins after the day an act told as done was told of (the
reporting verb's day, else publication) is another act's, not its date. Pinned conventions: "last month" is the
previous calendar month whatever the day of publication (as the golds and TimeML have it), and a story with no
publication date gets no year for a day or month it does not write one for. The audit tools: snapshot rows carry the
event's date (``diff --date``), and the location audits load each other with ``eval/audit_loading.audit_script``.
Invented sentences."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from event_helpers import events_on

from eventwire.time import find_dates

PUBLISHED = "2024-05-16"  # a Thursday
MONDAY, TUESDAY, WEDNESDAY, SUNDAY = "2024-05-13", "2024-05-14", "2024-05-15", "2024-05-19"


def _only(text: str, published: str | None):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- (a) "this weekend"
@pytest.mark.parametrize("text", [
    "The coffee producers agreed this weekend in Lisbon on new quotas.",
    "Talks this weekend between the two unions broke down.",
    "Farmers blocked roads this weekend in protest at the levy.",
])
@pytest.mark.parametrize("published", [MONDAY, TUESDAY])
def test_this_weekend_early_in_the_week_is_the_one_just_past(text, published):
    weekend = _only(text, published)
    assert (weekend.start_date, weekend.end_date, weekend.reference) == ("2024-05-11", "2024-05-12", "past")


@pytest.mark.parametrize("text, published, saturday", [
    pytest.param("The ministers will meet this weekend in Lisbon.", MONDAY, "2024-05-18", id="monday_looking_ahead"),
    pytest.param("The union plans to strike this weekend.", TUESDAY, "2024-05-18", id="tuesday_plan"),
    pytest.param("The producers agreed this weekend to meet again.", WEDNESDAY, "2024-05-18", id="midweek"),
    pytest.param("Talks this weekend broke down.", PUBLISHED, "2024-05-18", id="thursday"),
    pytest.param("Talks this weekend broke down.", SUNDAY, "2024-05-18", id="on_the_weekend_itself"),
    pytest.param("Talks last weekend broke down.", MONDAY, "2024-05-11", id="last_weekend_unchanged"),
])
def test_this_weekend_otherwise_is_the_coming_or_current_one(text, published, saturday):
    assert _only(text, published).start_date == saturday


# ---------------------------------------------------------------- pinned conventions
@pytest.mark.parametrize("published", ["2024-05-01", "2024-05-02", "2024-05-16", "2024-05-31"])
def test_last_month_is_the_previous_calendar_month_whatever_the_day(published):
    last_month = _only("The council voted last month to raise the levy.", published)
    assert (last_month.value, last_month.start_date, last_month.end_date) == ("2024-04", "2024-04-01", "2024-04-30")


@pytest.mark.parametrize("text", ["The panel met on 12 March to weigh the bill.", "The panel met in March.",
                                  "The panel met on Tuesday."])
def test_an_undated_story_gets_no_year_it_does_not_write(text):
    assert _only(text, None).value is None


def test_an_undated_story_keeps_the_year_it_writes():
    assert _only("The panel met on 12 March 2003 to weigh the bill.", None).value == "2003-03-12"


def test_undated_story_event_has_no_invented_date(code_all):
    events = events_on(code_all("Norway expelled two Russian diplomats on 12 March.", published=None), "expel")
    assert events and events[0].date is None


# ---------------------------------------------------------------- (b) a later date is another act's
@pytest.mark.parametrize("story, trigger", [
    pytest.param("A senior Danish envoy met Canadian negotiators in a last effort to head off tariffs set to take "
                 "effect on May 28.", "met", id="met_before_a_deadline"),
    pytest.param("Chile has asked Peru to lift the ban on its trawlers before a vote scheduled for May 28.",
                 "asked", id="perfect_before_a_vote"),
    pytest.param("Kenya rejected Uganda's request for extra water, and the two will meet again in June.",
                 "rejected", id="month_of_another_clause"),
])
def test_a_later_date_of_the_sentence_does_not_date_an_act_told_as_done(code_all, story, trigger):
    events = events_on(code_all(story), trigger)
    assert events and events[0].date == PUBLISHED


def test_a_later_date_gives_way_to_the_day_the_act_was_told_of(code_all):
    story = ("The Ecuadorean minister said on Monday his country wanted OPEC to lower its price, and would seek "
             "this at talks next week.")
    events = events_on(code_all(story), "want")
    assert events and events[0].date == MONDAY


@pytest.mark.parametrize("story, trigger, day", [
    pytest.param("Norway will meet Swedish negotiators on May 28.", "meet", "2024-05-28", id="future_act"),
    pytest.param("Norway met Swedish negotiators on Tuesday ahead of a vote set for May 28.", "met", TUESDAY,
                 id="own_date"),
    pytest.param("Norway met Swedish negotiators to discuss the vote held on May 2.", "met", "2024-05-02",
                 id="earlier_date"),
])
def test_a_date_that_can_be_the_acts_is_kept(code_all, story, trigger, day):
    events = events_on(code_all(story), trigger)
    assert events and events[0].date == day


# ---------------------------------------------------------------- the audit tools
EVAL = Path(__file__).resolve().parents[2] / "eval"


def _eval_script(relative: str, name: str):
    spec = importlib.util.spec_from_file_location(name, EVAL / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_snapshot_diff_with_dates_tells_a_moved_date_apart():
    snapshot = _eval_script("snapshot.py", "snapshot_under_test")
    row = dict(doc="reuters-1", sent="Norway met Sweden.", type="CONSULT", modality="asserted",
               actor=[("NOR", "GOV", "Norway")], recipient=[("SWE", None, "Sweden")], loc=("NOR", None, "story"),
               date=("2024-05-16", None, "published"))
    moved = {**row, "date": ("2024-05-14", "Tuesday", "clause")}
    assert snapshot._key(row, False) == snapshot._key(moved, False)
    assert snapshot._key(row, False, date=True) != snapshot._key(moved, False, date=True)
    older = {k: v for k, v in row.items() if k != "date"}  # a snapshot written before rows carried dates
    assert snapshot._key(older, True, date=True)[-1] == ("?",)
    assert snapshot._key({**row, "date": (None, None, None)}, False, date=True)[-1] == ("None", "None", "None")


@pytest.mark.parametrize("script", ["location-audit-s25/rescore.py", "location-audit-s25b/weighted.py",
                                    "location-audit-s26/weighted.py", "location-audit-s29/draw.py",
                                    "location-audit-s29/weighted.py"])
def test_the_location_audits_load_each_other_with_the_one_loader(script):
    text = (EVAL / script).read_text()
    assert "from audit_loading import audit_script" in text
    assert "exec_module" not in text.replace("spec.loader.exec_module(selection)", "")  # the corpus reader's own


def test_the_location_audits_still_reach_the_scripts_they_build_on():
    draw = _eval_script("location-audit-s29/draw.py", "s29_draw_under_test")
    assert draw.S26.__name__ == "s26_draw" and callable(draw.S26.draw)
    weighted = _eval_script("location-audit-s26/weighted.py", "s26_weighted_under_test")
    assert weighted._tally_module().__name__ == "s25_tally" and weighted._tally_module().wilson(8, 10)[0] < 0.8
