"""Event-type fixes from an eighth audit of 25 unseen world-politics stories (issue u8, precision
first): BBC politics and business items and Reuters 1987 political items. Each case is an invented
sentence, coded with no confidence floor so a trigger that still fired would show up, plus guards
for the reading that stays an event."""
from __future__ import annotations

import pytest


def fired(events, prefix: str):
    """Events coded on a trigger word starting with ``prefix``, the sentence-model fallback left out."""
    return [e for e in events if e.explanation and e.explanation.trigger.lower().startswith(prefix)
            and not (e.explanation.lexicon_entry or "").startswith("model")]


@pytest.mark.parametrize("text, trigger", [
    # a death with no cause named reports no attack
    ("Former Polish defence minister Anna Kowal dies.", "die"),
    ("The veteran Danish diplomat Lars Holm died on Sunday at the age of 81.", "die"),
    # a policy or a rumour that harms the economy or a group is an effect, not an attack
    ("Peru's opposition says cutting fuel subsidies will hurt poor farmers in Peru.", "hurt"),
    ("Peruvian business leaders said the new Peruvian fuel tax would hurt exports.", "hurt"),
    ("LIMA - The Peruvian government said the strike by dockers had hit the stock market in Lima.", "hit"),
    # succeeding someone in a post seizes nothing
    ("The Danish minister took over from Lars Holm as interior minister in 2003.", "took"),
    # applying a method to others asks them for nothing
    ("The Dutch ministry is applying the same method to other Dutch banks.", "apply"),
    # holding back a decision coerces no one
    ("The Kenyan president has so far withheld a decision on the pardon of the French journalist.", "withh"),
    # a method applied to others is used, not asked for
    ("Critics say the Dutch tax office's technique, now being applied by the ministry to several Dutch banks, is "
     "unfair.", "appl"),
    # declining to guess rejects nothing
    ("\"The Danish premier refuses to prejudge the outcome of the vote,\" a spokesman said.", "refus"),
    # a step that makes talks possible concedes nothing to anyone
    ("The Danish premier said he would resign next week, allowing negotiations on a new government.", "allow"),
    # struck by a thing: impressed, not attacked; an advantage seized is an edge gained
    ("Dutch ministers have been struck by the level of anger among farmers in Utrecht.", "struck"),
    ("The Danish opposition has seized a poll advantage over the pension issue.", "seiz"),
    # running into problems meets no one
    ("COPENHAGEN - Danish parties want a debate on pensions. But there are signs they will run into the same "
     "problems as before.", "run"),
    # the act a call asks for is its content, not a resignation
    ("Danish farmers joined the calls for the Danish agriculture minister to resign.", "resign"),
])
def test_not_an_event(code_all, text, trigger):
    got = [(e.event, e.modality) for e in fired(code_all(text), trigger) if e.modality not in ("negated",)]
    assert not got, (text, got)


def test_attacked_by_people_who_think_is_criticism(code_all):
    # an attacker described by an opinion attacks with words (ACCUSE), not force
    text = "The Dutch premier said he was being attacked by people who think he should cut taxes faster."
    got = [e.event for e in fired(code_all(text), "attack")]
    assert "ASSAULT" not in got, (text, got)


@pytest.mark.parametrize("text, trigger, event", [
    ("Chilean soldiers died in an attack on their base near the Peruvian border.", "die", "ASSAULT"),
    ("A rocket hit the Syrian army post near Aleppo, killing two soldiers.", "hit", "ASSAULT"),
    ("Rebels took over the Malian town of Kidal on Sunday.", "took", "ASSAULT"),
    ("Turkey will apply for membership of the European Union next year, Turkish officials said.", "apply", "REQUEST"),
    ("Danish farmers called for the Danish agriculture minister to resign.", "call", "REQUEST"),
    ("An air strike hit a crowded market in Idlib, killing 12 people, Syrian activists said.", "hit", "ASSAULT"),
    ("Two Syrian soldiers were hit by a sniper's bullet near Aleppo, Syrian state media said.", "hit", "ASSAULT"),
    ("Four Kenyan farmers were murdered by vigilantes near Nakuru, Kenyan police said.", "murder", "ASSAULT"),
    ("The Dutch premier ran into the German chancellor at the airport in Berlin.", "ran", "CONSULT"),
    ("Angry crowds attacked the French embassy in Niamey with stones.", "attack", "ASSAULT"),
])
def test_still_an_event(code_all, text, trigger, event):
    got = [e.event for e in fired(code_all(text), trigger)]
    assert event in got, (text, got)
