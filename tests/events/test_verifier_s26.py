"""The verifier of the twenty-sixth session: 31 development golds (the last session's three blind golds,
gold-thirty-fourth ... -sixth, added after their second run), this session's blind golds kept out, and the floor
the training script chose written into the default configuration."""
from __future__ import annotations


from script_helpers import BLIND_NOW as BLIND_THIS_SESSION
from script_helpers import HELD_OUT
from script_helpers import dev_golds as _dev_golds
from script_helpers import default_floor_fits, shipped_verifier

LAST_SESSIONS_BLIND = ("gold-thirty-fourth", "gold-thirty-fifth", "gold-thirty-sixth")


def test_last_sessions_blind_golds_train_it_now():
    golds = _dev_golds()
    assert set(LAST_SESSIONS_BLIND) <= set(golds)
    assert len(set(golds)) == len(golds) >= 30  # and the shared dev gold: 31 folds then, more since


def test_this_sessions_blind_golds_and_the_held_out_ones_do_not():
    assert not (set(BLIND_THIS_SESSION) | set(HELD_OUT)) & set(_dev_golds())


def test_the_default_floor_is_the_one_the_script_chose():
    shipped = shipped_verifier()
    assert default_floor_fits(shipped)
    assert len(shipped["trained_on"]) >= 31
