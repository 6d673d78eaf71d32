"""Trigger fixes after a second audit of false and mistyped events on unseen politics news
(docs/lexicon.md, "Second audit"). One invented sentence per fix, coded with no confidence
floor so a trigger that still fired would show up, plus a guard for the reading that stays."""
from __future__ import annotations

import pytest


PUBLISHED = "2024-04-20"  # publication date the conftest's code_all gives its texts


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("sentence, trigger", [
    # a press conference is a statement to the media, not a meeting between parties
    ("The Green Party will hold a news conference in Cardiff every afternoon.", "hold"),
    ("The mayor opened the press conference with a joke about the weather.", "open"),
    ("Officials of several banks, attending the press conference, said they backed the plan.", "attend"),
    # refusing to talk to reporters is no rejection of anyone
    ("The minister refused to say whether the report would be published.", "refus"),
    ("The spokesman declined to comment on whether the army had received any warning.", "declin"),
    # figures of speech
    ("Opposition leaders seized the chance to question the premier about hospitals.", "seiz"),
    ("Officials unveiled details of how the party will fight the next general election.", "fight"),
    ("The new slogan is meant to appeal to younger voters.", "appeal"),
    ("The senator sought to bridge the gap between the two wings of her party.", "sought"),
    ("Last year the state bought 200 tonnes of wheat for its reserves.", "bought"),
    ("The tax would create such a gap that Swiss firms would be unable to compete in the world market.", "compete"),
    ("The cabinet imposed a new tax on sugary drinks.", "impos"),
    ("Raising the pension age is one thing all the parties are agreed on.", "agree"),
    ("The former governor will take over the leadership of the party in May.", "take"),
    ("The forecast came in the finance ministry's annual report to parliament.", "came"),
])
def test_no_event(code_all, sentence, trigger):
    assert fired(code_all(sentence), trigger) == []


def test_warning_of_a_danger_is_no_threat(code_all):
    assert fired(code_all("The police chief warned that a bombing could happen during the summit."), "warn") == []
    assert fired(code_all("The adviser warned that it would be foolish to cut the budget."), "warn") == []


def test_warning_with_a_condition_stays_a_threat(code_all):
    ev = fired(code_all("The union leader warned that there would be more strikes unless ministers backed down."), "warn")
    assert [e.event for e in ev] == ["THREATEN"]


def test_attacking_a_party_is_criticism(code_all):
    ev = fired(code_all("The senator has not been honest in attacking the party he once hoped to lead."), "attack")
    assert ev and all(e.event == "ACCUSE" for e in ev)


def test_defending_ones_plans_is_no_support(code_all):
    story = ('Prime Minister Jones met union leaders on Monday. Defending the plans, she told the BBC: '
             '"I will take no risks with the economy."')
    assert [e for e in fired(code_all(story), "defend") if e.event == "SUPPORT"] == []


def test_protection_from_attack_is_no_report(code_all):
    story = ("Prime Minister Jones met union leaders on Monday. "
             "She said there is no greater liberty than to live free from terrorist attack.")
    assert fired(code_all(story), "attack") == []


@pytest.mark.parametrize("sentence, noun, reference", [
    ("The quarrel over the council budget turned into a bitter pre-election battle.", "battle", True),
    ("The firm faces a long legal fight with its former owners.", "fight", True),
    ("Citizens have a right to live free from terrorist attack.", "attack", True),
    ("Rebels launched a fierce battle for the town on Sunday.", "battle", False),
])
def test_figurative_and_generic_combat_nouns(sentence, noun, reference):
    from eventwire.events._triggers import _is_reference
    from eventwire.nlp import load_nlp

    tok = next(t for t in load_nlp()(sentence) if t.lower_ == noun)
    assert _is_reference(tok) is reference


@pytest.mark.parametrize("sentence, trigger, type_", [
    ("Government troops fought rebels near the northern border on Sunday.", "fought", "ASSAULT"),
    ("Rebels seized the airport on Monday.", "seiz", None),
    ("Jets attacked rebel positions near the town.", "attack", "ASSAULT"),
    ("Two rockets hit five houses in the border village overnight.", "hit", "ASSAULT"),
    ("The militia warned that its fighters would attack any convoy on the road.", "warn", "THREATEN"),
    ("The president held talks with his French counterpart in Paris.", "held", "CONSULT"),
    ("The refugees appealed to the United Nations for food.", "appeal", "REQUEST"),
])
def test_guards(code_all, sentence, trigger, type_):
    ev = fired(code_all(sentence), trigger)
    assert ev
    if type_:
        assert type_ in {e.event for e in ev}
