"""The verifier of the twenty-fifth session: 34 development golds (the last session's three blind golds,
gold-thirty-seventh ... -ninth, added after their second run), this session's blind golds kept out, and the floors
the training script chose (0.45, type 0.8) written into the default configuration and the shipped weights."""
from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

from eventwire.config import Config

ROOT = Path(__file__).resolve().parents[2]
LAST_SESSIONS_BLIND = ("gold-thirty-seventh", "gold-thirty-eighth", "gold-thirty-ninth")
BLIND_THIS_SESSION = ("gold-fortieth", "gold-forty-first", "gold-forty-second")
HELD_OUT = ("gold-heldout", "gold-last", "gold-wire")


def _dev_golds() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("train_event_verifier_s27", ROOT / "scripts" / "train_event_verifier.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DEV_GOLDS


def test_last_sessions_blind_golds_train_it_now():
    golds = _dev_golds()
    assert set(LAST_SESSIONS_BLIND) <= set(golds)
    assert len(set(golds)) == len(golds) == 33  # and the shared dev gold: 34 folds


def test_this_sessions_blind_golds_and_the_held_out_ones_do_not():
    assert not (set(BLIND_THIS_SESSION) | set(HELD_OUT)) & set(_dev_golds())


def test_the_default_floor_is_the_one_the_script_chose():
    shipped = json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))
    assert Config.load()["events.verifier_min"] == shipped["threshold"]
    assert len(shipped["trained_on"]) == 34
    assert shipped["trained_on"][-3:] == [f"eval/{g}" for g in LAST_SESSIONS_BLIND]
