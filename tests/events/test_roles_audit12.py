"""Recipients and roles (audit 12, 25 unseen Reuters and BBC stories): an office named with "the" ("the
prime minister") repeats the latest person or party named with that same title, not the latest official of
any kind; people drawn from a group of states no table codes ("ministers from African countries") are of no
one state, and the creditors they address are no one state's either; a state's constitution, elections and
civil disobedience are its own affairs (the helper the two-country fill is to consult); a place inside a
person's name after a title and a particle ("Senator Ramon de Los Angeles") or a people's adjective inside a
company's name ("Anglo American Coal Corp") gives no country; "blamed the intransigence of some big
countries" blames a group of states, for which the story's country is no stand-in; "the department" is a body,
never an official's title or a city, and "The U.S. Treasury" is the United States'. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger

from eventwire.actors import find_actor_mentions
from eventwire.events._roles import _home_affair
from eventwire.nlp import load_nlp

PUBLISHED = "1987-06-08"


def parties(side):
    return [(p.code, p.sector) for p in side]


# "the prime minister": the latest holder of that title


def test_the_prime_minister_is_the_titled_person_named_before(code_all):
    rejected = by_trigger(code_all(
        "OTTAWA, June 8 - Prime Minister Brian Mulroney said Canada would seek talks on softwood lumber. "
        "U.S. Commerce Secretary Malcolm Baldrige urged Canada to curb its timber exports. "
        "The prime minister rejected the request."), "rejected")
    assert [p.code for p in rejected.actor] == ["CAN"], rejected.actor


def test_the_prime_minister_is_not_a_deputy_prime_minister(code_all):
    warned = by_trigger(code_all(
        "JERUSALEM, June 8 - Israeli Prime Minister Yitzhak Shamir met Egyptian Deputy Prime Minister Boutros "
        "Ghali in Jerusalem. The prime minister warned Syria against moving troops."), "warned")
    assert [p.code for p in warned.actor] == ["ISR"], warned.actor


def test_title_guard_a_title_with_its_own_country_is_kept(code_all):
    urged = by_trigger(code_all(
        "BONN, June 8 - The West German chancellor met union leaders on Monday. U.S. officials said Washington "
        "wanted lower interest rates. The chancellor urged the unions to accept the pay offer."), "urged")
    assert [p.code for p in urged.actor] == ["DEU"], urged.actor


def test_title_guard_an_office_nobody_held_before_keeps_the_old_reading(code_all):
    # No earlier "foreign minister" at all: the description falls back to the latest official, as before.
    urged = by_trigger(code_all(
        "CAIRO, June 8 - Egyptian officials met a delegation from Sudan. The foreign minister urged Sudan to "
        "reopen the border."), "urged")
    assert [p.code for p in urged.actor] == ["EGY"], urged.actor


# People drawn from a group of states


def test_ministers_from_a_group_of_states_are_of_no_one_state(code_all):
    # (s23: they act for their group of states together, PLOVER's IGO, as the golds code such delegations)
    urged = by_trigger(code_all(
        "NAIROBI, June 8 - Trade ministers from developing countries urged rich nations to open their markets, "
        "delegates said at a meeting in Nairobi."), "urged")
    assert [p.code for p in urged.actor] == ["IGO"], urged.actor


def test_the_creditors_of_ministers_from_a_group_of_states_are_no_host_state(code_all):
    asked = by_trigger(code_all(
        "LUSAKA, June 8 - Finance ministers from African countries asked creditor governments to cancel "
        "their debts, officials said at a conference in Lusaka."), "asked")
    assert [p.code for p in asked.actor] == ["IGO"], asked.actor
    assert parties(asked.recipient) == [(None, "GOV")], asked.recipient


def test_group_guard_ministers_from_a_named_state_keep_it(code_all):
    urged = by_trigger(code_all(
        "NAIROBI, June 8 - Ministers from Kenya urged Uganda to reopen the border, delegates said at a meeting "
        "in Nairobi."), "urged")
    assert [p.code for p in urged.actor] == ["KEN"], urged.actor


def test_group_guard_a_countrys_own_ministers_keep_it(code_all):
    urged = by_trigger(code_all(
        "NAIROBI, June 8 - Kenyan ministers urged Uganda to reopen the border."), "urged")
    assert [p.code for p in urged.actor] == ["KEN"], urged.actor


# A state's own affairs


def test_civil_disobedience_in_a_two_country_story_is_aimed_at_home(code_all):
    launched = by_trigger(code_all(
        "SEOUL, June 8 - South Korean opposition leader Kim Dae-jung launched a campaign of civil disobedience to "
        "press for direct elections. Japan urged South Korea to keep calm. Japanese officials said Tokyo feared "
        "unrest. South Korea told Japan not to interfere. Japan said it would watch."), "launched")
    assert parties(launched.recipient) == [("KOR", "GOV")], launched.recipient


def test_home_affair_guard_a_two_country_protest_over_trade_keeps_the_other_country(code_all):
    launched = by_trigger(code_all(
        "SEOUL, June 8 - South Korean farmers launched a campaign of protests against beef imports. Japan urged "
        "South Korea to keep calm. Japanese officials said Tokyo feared unrest. South Korea told Japan not to "
        "interfere. Japan said it would watch."), "launched")
    assert [p.code for p in launched.recipient] != ["KOR"], launched.recipient


def _trigger(sentence, word):
    doc = load_nlp()(sentence)
    return next(t for t in doc if t.text == word)


def test_a_constitutional_amendment_is_a_home_affair():
    assert _home_affair(_trigger("The speaker of parliament called for a constitutional amendment to curb the "
                                 "courts.", "called"), False) == "constitutional"


def test_a_campaign_of_civil_disobedience_is_a_home_affair():
    assert _home_affair(_trigger("The miners launched a campaign of civil disobedience against the pay law.",
                                 "launched"), False) == "disobedience"


def test_home_affair_guard_a_call_for_talks_is_not():
    assert _home_affair(_trigger("The speaker of parliament called for talks on the border dispute.", "called"),
                        False) is None


# A place or people inside a name


def test_a_place_inside_a_titled_persons_name_is_no_country(code_all):
    criticised = by_trigger(code_all(
        "MANILA, June 8 - Congressman Ramon de Los Angeles criticised the Philippine central bank for raising "
        "interest rates."), "criticised")
    assert "USA" not in [p.code for p in criticised.actor], criticised.actor


def test_a_peoples_adjective_inside_a_company_name_is_no_country(code_all):
    urged = by_trigger(code_all(
        "JOHANNESBURG, June 8 - Anglo American Coal Corp chairman Peter Vance urged the South African government "
        "to lift the curbs on black miners."), "urged")
    assert "USA" not in [p.code for p in urged.actor], urged.actor


def _codes(text):
    return [(e.text, e.code) for e in find_actor_mentions(text, date=PUBLISHED)]


def test_name_guard_a_central_bank_named_in_spanish_keeps_its_country():
    assert ("Chile", "CHL") in _codes("The Banco Central de Chile raised its lending rate.")


def test_name_guard_a_company_named_for_its_country_keeps_it():
    assert ("American", "USA") in _codes("American Express Co raised its card fees.")
    assert ("Canadian", "CAN") in _codes("Canadian Pacific Ltd cut its freight rates.")


# A group of states as the owner of what is blamed


def test_blaming_what_a_group_of_states_did_gets_no_home_fill(code_all):
    blamed = by_trigger(code_all(
        "BOGOTA, June 8 - Colombia's coffee chief Jorge Ramirez blamed the intransigence of some big countries "
        "for the collapse of the quota talks. Colombia will keep exporting. Colombian growers are worried. The "
        "Colombian government is calm."), "blamed")
    assert [p.code for p in blamed.recipient] == [], blamed.recipient


def test_group_owner_guard_blaming_a_named_states_policy_keeps_it(code_all):
    blamed = by_trigger(code_all(
        "BOGOTA, June 8 - Colombia's coffee chief Jorge Ramirez blamed the intransigence of Brazil for the "
        "collapse of the quota talks."), "blamed")
    assert [p.code for p in blamed.recipient] == ["BRA"], blamed.recipient


def test_group_owner_guard_a_summit_of_states_is_made_of_them(code_all):
    # A meeting "of" states is not aimed at them: the two-country guess stays.
    discuss = by_trigger(code_all(
        "TOKYO, June 8 - Prime Minister Yasuhiro Nakasone will visit Washington to meet President Reagan on trade, "
        "Japanese officials said. Japan and the United States are at odds over computer chips. U.S. officials "
        "said Japan must open its markets. Japan said the U.S. curbs were unfair. Nakasone said he would also "
        "discuss the coming summit of the seven industrial nations."), "discuss")
    assert [p.code for p in discuss.recipient] != [], discuss.recipient


# "the department"


def test_the_department_is_a_body_not_the_latest_official(code_all):
    rejected = by_trigger(code_all(
        "WASHINGTON, June 8 - The U.S. Treasury said Secretary James Baker would meet West German Finance "
        "Minister Gerhard Stoltenberg in Bonn. The department rejected a request for details."), "rejected")
    assert [p.code for p in rejected.actor] == ["USA"], rejected.actor


def test_a_country_before_a_shared_body_name_says_whose_it_is():
    assert ("Treasury", "USA") in _codes("The U.S. Treasury sold bonds.")


def test_department_guard_the_ministry_after_a_named_ministry_keeps_it(code_all):
    urged = by_trigger(code_all(
        "TOKYO, June 8 - Japan's Foreign Ministry said U.S. Secretary of State George Shultz would visit Tokyo. "
        "The ministry urged Washington to drop the curbs."), "urged")
    assert [p.code for p in urged.actor] == ["JPN"], urged.actor
