"""prc45: the senses of "charge" that accuse nobody. A price charged ("the councils will charge modest levels of local
tax", "charged clients a fee", "customers are charged 20 dlrs") or command taken ("took personal charge of the relief
effort") is no ACCUSE; an accusation ("charged that ...", "charged the two ministers with fraud", "three students
were charged") stays. Invented sentences."""
from __future__ import annotations

import pytest

from event_helpers import types_on


@pytest.mark.parametrize("text, trigger", [
    ("The Welsh councils will charge modest levels of local tax next year, the assembly minister said.", "charge"),
    ("The Ruritanian lobbying firm charged clients a fee for meetings with ministers.", "charged"),
    ("Ruritanian customers are charged 20 dlrs a month by the state telephone company.", "charged"),
    ("The Ruritanian prime minister took personal charge of the relief effort on Tuesday.", "charge"),
])
def test_charge_as_a_price_or_as_command_accuses_nobody(code_all, text, trigger):
    assert "ACCUSE" not in types_on(code_all(text), trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The Ruritanian opposition charged that the government had rigged the vote.", "charged"),
    ("Ruritanian prosecutors charged the two ministers with fraud on Monday.", "charged"),
    ("Three Ruritanian students were charged after the riot in the capital, police said.", "charged"),
])
def test_an_accusation_by_charge_stays(code_all, text, trigger):
    assert "ACCUSE" in types_on(code_all(text), trigger)
