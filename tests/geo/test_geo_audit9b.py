"""Second event-location audit of this session (g9b): invented sentences only.

1. A place inside what a verb of judging or asking is about (its object, its complement, its "for" / "of"
   phrase) is where that thing is, not where the words were said: "denounced a raid on an airfield near Sirte".
2. A gathering of talk the story covers, with no place named, is at the dateline: what its delegates say and
   agree there is not done at home ("Delegates at the conference reached agreement" under GENEVA).
"""
from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str, plover: str) -> list:
    doc = pipe.process_text(text, published="1987-05-04")
    return [e for e in doc.events if e.event == plover]


def _loc(pipe: Pipeline, text: str, plover: str) -> str | None:
    evs = _events(pipe, text, plover)
    assert evs, f"no {plover} event coded"
    return evs[0].event_loc.country_code


def test_denounced_raid_place_is_not_where_it_was_denounced(pipe: Pipeline) -> None:
    text = "MOSCOW, May 4 - The Soviet foreign ministry denounced a French raid on a Libyan airfield near Sirte as piracy."
    assert _loc(pipe, text, "ACCUSE") == "RUS"


def test_criticised_for_sending_ships_somewhere(pipe: Pipeline) -> None:
    text = "ROME, May 4 - Italian officials criticised Britain for sending warships into the Adriatic, saying it would raise tension."
    assert _loc(pipe, text, "ACCUSE") == "ITA"


def test_asked_for_ships_to_clear_a_sea(pipe: Pipeline) -> None:
    text = "CAIRO, May 4 - Egypt has asked three countries for minesweepers to clear shipping lanes in the Red Sea, officials said."
    assert _loc(pipe, text, "REQUEST") == "EGY"


def test_backed_a_plan_about_a_region(pipe: Pipeline) -> None:
    text = "OTTAWA, May 4 - Canada backed a proposal to remove chemical weapons from Africa, the foreign minister said."
    assert _loc(pipe, text, "SUPPORT") == "CAN"


def test_condemned_bombing_elsewhere(pipe: Pipeline) -> None:
    text = "DELHI, May 4 - The Indian government condemned the bombing in Colombo that killed ten people."
    assert _loc(pipe, text, "ACCUSE") == "IND"


def test_place_of_the_act_itself_is_kept(pipe: Pipeline) -> None:
    # guard: a place on the verb itself is where it was done
    text = "PARIS, May 4 - Thousands of French farmers protested in Lyon against cheap imports."
    assert _loc(pipe, text, "PROTEST") == "FRA"
    evs = _events(pipe, text, "PROTEST")
    assert evs[0].event_loc.extracted_place == "Lyon"


def test_delegates_at_the_conference_agree_at_the_dateline(pipe: Pipeline) -> None:
    text = ("VIENNA, May 4 - A new cocoa accord is close. Delegates from Ghana at the producers' conference reached "
            "agreement on the central points of the accord last night.")
    assert _loc(pipe, text, "AGREE") == "AUT"


# The type chooser retrained in the twenty-seventh session gives ACCUSE 0.05 here, on CHOOSER_REJECTS, while it backs
# REJECT at 0.43: the coder's figure falls under its floor and no event is left to place. A recall loss of the
# chooser, kept visible here rather than the sentence changed to suit it: out of fold (chs30) the line between 0.02 and
# 0.05 removes about two wrong events for each right one, and every form that keeps this one cost precision.
@pytest.mark.xfail(reason="the type chooser all but rules out ACCUSE (0.048 < 0.05), a line measured right out of "
                          "fold (chs30)", strict=False)
def test_throughout_the_talks_members_oppose_at_the_dateline(pipe: Pipeline) -> None:
    text = ("NAIROBI, May 4 - Coffee talks ended without a deal. Throughout the talks, Brazil had strongly "
            "opposed any cut in its export quota, delegates said.")
    assert _loc(pipe, text, "ACCUSE") == "KEN"


def test_a_summit_still_to_come_is_not_at_the_dateline(pipe: Pipeline, no_type_chooser) -> None:
    # guard: "at next month's summit" is not yet anywhere, so the rule does not move it to the dateline
    text = "LONDON, May 4 - Japan will oppose any new farm subsidies at next month's summit, Japanese officials said."
    assert _loc(pipe, text, "REJECT") != "GBR"  # (opposing is a refusal: rcl35)


def test_backed_a_pact_to_ban_arms_from_a_region(pipe: Pipeline) -> None:
    text = ("OSLO, May 4 - The Norwegian prime minister told the French president in a letter that Oslo backed a treaty "
            "to ban land mines from Asia but had doubts about its checks.")
    assert _loc(pipe, text, "SUPPORT") == "NOR"


def test_the_camp_points_back_to_the_place_just_named(pipe: Pipeline) -> None:
    # 3. "the camp" with no name of its own is the camp the previous sentence placed, whoever the parties are
    text = ("BEIRUT, May 4 - Jordanian troops attacked the Wavel refugee camp in Baalbek. Jordanian troops will "
            "deploy around the camp to protect refugees, radio stations said.")
    assert _loc(pipe, text, "MOBILIZE") == "LBN"


def test_a_named_town_is_not_a_back_reference(pipe: Pipeline) -> None:
    # guard: "the town of X" names its own town; with a far place named before, the parties' country stays
    from eventwire.events._location import _back_to_place
    from eventwire.nlp import load_nlp

    class _Ctx:  # the sentence is all the rule reads
        pass

    ctx = _Ctx()
    ctx.sent_tokens = list(load_nlp()("Jordanian troops will deploy around the town of Irbid."))
    assert not _back_to_place(ctx)
    ctx.sent_tokens = list(load_nlp()("Jordanian troops will deploy around the town."))
    assert _back_to_place(ctx)


def test_a_past_refusal_of_a_member_named_at_the_talks_stays_home(pipe: Pipeline) -> None:
    # guard: the talks are on "represented", not on the refusal's clause or the sentence's subject
    text = ("PARIS, May 4 - Other countries represented at today's talks were Spain, which refused to attend last "
            "month's meeting in protest, and Portugal.")
    evs = _events(pipe, text, "REJECT")
    assert not evs or evs[0].event_loc.country_code != "FRA"
