"""The verifier of the twenty-fifth session: 28 development golds (last session's three blind golds, gold-thirty-first
... -third, added after their second run) and this session's blind golds kept out until theirs."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAST_SESSIONS_BLIND = ("gold-thirty-first", "gold-thirty-second", "gold-thirty-third")
# (that session's blind golds, gold-thirty-fourth ... -sixth, train it since their second run: test_verifier_s26)
BLIND_THIS_SESSION = ("gold-fortieth", "gold-forty-first", "gold-forty-second")
HELD_OUT = ("gold-heldout", "gold-last", "gold-wire")


def _dev_golds() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("train_event_verifier_s25", ROOT / "scripts" / "train_event_verifier.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DEV_GOLDS


def test_last_sessions_blind_golds_train_it_now():
    golds = _dev_golds()
    assert set(LAST_SESSIONS_BLIND) <= set(golds)
    assert len(set(golds)) == len(golds) >= 27  # and the shared dev gold: 28 folds then, more since


def test_this_sessions_blind_golds_and_the_held_out_ones_do_not():
    assert not (set(BLIND_THIS_SESSION) | set(HELD_OUT)) & set(_dev_golds())
