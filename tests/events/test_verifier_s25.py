"""The verifier of the twenty-fifth session: 28 development golds (last session's three blind golds, gold-thirty-first
... -third, added after their second run) and this session's blind golds kept out until theirs."""
from __future__ import annotations

from script_helpers import BLIND_NOW as BLIND_THIS_SESSION
from script_helpers import HELD_OUT
from script_helpers import dev_golds as _dev_golds

LAST_SESSIONS_BLIND = ("gold-thirty-first", "gold-thirty-second", "gold-thirty-third")
# (that session's blind golds, gold-thirty-fourth ... -sixth, train it since their second run: test_verifier_s26)


def test_last_sessions_blind_golds_train_it_now():
    golds = _dev_golds()
    assert set(LAST_SESSIONS_BLIND) <= set(golds)
    assert len(set(golds)) == len(golds) >= 27  # and the shared dev gold: 28 folds then, more since


def test_this_sessions_blind_golds_and_the_held_out_ones_do_not():
    assert not (set(BLIND_THIS_SESSION) | set(HELD_OUT)) & set(_dev_golds())
