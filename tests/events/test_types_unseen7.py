"""Event-type and modality fixes from a third audit of 20 unseen BBC politics and Reuters 1987
stories (issue 3, precision first). Each case is an invented sentence, coded with no confidence
floor so a trigger that still fired would show up, plus guards for the reading that stays an event."""
from __future__ import annotations

import pytest


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("text, trigger", [
    # "demonstrate that ..." shows something; it is no protest
    ("The Dutch Greens have demonstrated that they can beat the government in its own seats.", "demonstrat"),
    ("\"The Danish Left is already demonstrating on every issue that it is the real opposition.\"", "demonstrat"),
    # a warning that a thing would cause harm is a forecast, not a threat by the warner
    ("The Polish chamber of commerce warned ministers that the levy would drive investors abroad.", "warn"),
    ("But Jan Smit, director general of the Dutch Chambers of Commerce, warned that many small firms could be "
     "\"crippled\" by the move.", "warn"),
    # defending one's own side's record endorses no other party
    ("Dutch Prime Minister Jan Smit is likely to defend his party's handling of the crisis.", "defend"),
    # schooling is no meeting
    ("Dutch Prime Minister Jan Smit attended a grammar school in Utrecht before studying law.", "attend"),
    # campaigning in constituencies is no visit to another party
    ("Mr Smit is visiting a number of marginal seats where his party hopes to win votes.", "visit"),
    ("Mr Smit is visiting a mixture of rural seats in the north of the Netherlands.", "visit"),
    # a trade war is a contest without force
    ("The Danish and Swedish governments began a trade war over fish quotas last year.", "began"),
    # seizing the initiative takes no property
    ("The Dutch government could seize the initiative if the Belgian talks fail.", "seiz"),
    # "step up" alone only intensifies: campaigning is no cooperation
    ("Jan Smit, Karel de Vries and Anna Bakker all stepped up campaigning ahead of the Dutch election.", "step"),
    # a bill is no actor: what it would do is its content
    ("Mr Smit said the government's Consumer Credit Bill would target the worst abuses of payday lending.", "target"),
    # a participle that describes a noun reports no act; ending a debate is procedure
    ("Earlier, the U.S. Senate cut off Republican stalling tactics and set a vote on a measure that could give "
     "Congress a larger role in trade policy.", "stall"),
    # what a poll measures is opinion, not an act of those polled
    ("Danish voters would reject the new treaty by two to one, according to a poll published on Sunday.", "reject"),
    # (guard: with the verb left uncoded, its object is no event noun of its own either)
    ("Danish voters would reject the new treaty by two to one, according to a poll published on Sunday.", "treat"),
    # a plan gives nothing: what it would do is its content
    ("The Dutch plan would cut income tax for pensioners and give councils more power over housing.", "give"),
    # a predicament foreseen ("could find itself in a war") reports no war
    ("But if the Dutch navy takes bolder steps, it could find itself in a long war with Belgium.", "war"),
    # wanting one's party to be ready asks no act of anyone
    ("Mr Smit said he wanted the Danish party to be ready for any mischief its rivals tried.", "want"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger) if e.modality not in ("negated",)]
    assert not got, (text, got)


@pytest.mark.parametrize("text, trigger, plover, wrong", [
    # an attack glossed by what was said, or aimed at a party's failure, is criticism
    ("The Danish opposition leader attacked the ministers, saying they had lied to voters.", "attack", "ACCUSE", "ASSAULT"),
    ("The Danish opposition leader also attacked the government's \"failure\" to control prices and criticised "
     "its record on health.", "attack", "ACCUSE", "ASSAULT"),
])
def test_retyped(code_all, text, trigger, plover, wrong):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got and wrong not in got, (text, got)


def test_declared_general_strike_is_protest(code_all):
    # the two-word event noun ("general strike" PROTEST) is what is declared, not the bare "strike"
    got = [e.event for e in code_all("Bolivian tin miners declared a general strike on Monday.")]
    assert "PROTEST" in got and "ASSAULT" not in got, got


@pytest.mark.parametrize("text, trigger", [
    # a participle shares the future of its verb; a planned trip is no visit yet
    ("Polish Finance Minister Jan Kowalski will extend his tour, flying to Japan for talks with officials.", "fly"),
])
def test_planned_act_is_future(code_all, text, trigger):
    got = [e.modality for e in fired(code_all(text), trigger)]
    assert got and all(m == "future" for m in got), (text, got)


def test_particle_row_is_no_idiom_of_a_preposition(code_all):
    # "give in" (yield) is a particle; "gave the message to X in meetings" yields nothing
    text = "Danish officials gave the same message to Polish Foreign Minister Jan Kowalski in meetings in Warsaw last week."
    got = [e.event for e in fired(code_all(text), "gave")]
    assert "CONCEDE" not in got, (text, got)


@pytest.mark.parametrize("text, trigger, plover", [
    # guards: the readings that stay events
    ("Thousands of Polish students demonstrated against the fees in Warsaw.", "demonstrat", "PROTEST"),
    ("The Turkish army warned the rebels that any attack would be met with force.", "warn", "THREATEN"),
    ("The Danish minister warned the strikers that they would be sacked.", "warn", "THREATEN"),
    ("Rebels attacked the army post near Goma, killing four soldiers.", "attack", "ASSAULT"),
    ("The Dutch minister attended the summit in Brussels.", "attend", "CONSULT"),
    ("Senators voted for a measure that endorsed the Dutch strike on the rebel camp.", "endorse", "SUPPORT"),
    ("The Syrian army stepped up its attacks on the town.", "step", "ASSAULT"),
    ("The Syrian army began a war against the rebels in the north.", "began", "ASSAULT"),
    ("The Danish government wants Sweden to be more open about the talks.", "want", "REQUEST"),
])
def test_still_an_event(code_all, text, trigger, plover):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert plover in got, (text, got)


@pytest.mark.parametrize("text, trigger", [
    # an act named inside an "if" clause's phrases is supposed with it
    ("But if the Dutch navy takes bolder steps -- such as blockading Belgian ports or shelling the coast -- "
     "it could find itself in a long war.", "blockad"),
    # a time clause waiting on a future act has not happened
    ("The Danish premier said he would lift the tariffs on Polish goods as soon as Warsaw complied with the pact.", "compl"),
])
def test_supposed_act_is_hypothetical(code_all, text, trigger):
    got = [e.modality for e in fired(code_all(text), trigger)]
    assert all(m == "hypothetical" for m in got), (text, got)
