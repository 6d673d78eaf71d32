"""The verifier of the twenty-sixth session: 31 development golds (the last session's three blind golds,
gold-thirty-fourth ... -sixth, added after their second run), this session's blind golds kept out, and the floor
the training script chose written into the default configuration."""
from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

from eventwire.config import Config

ROOT = Path(__file__).resolve().parents[2]
LAST_SESSIONS_BLIND = ("gold-thirty-fourth", "gold-thirty-fifth", "gold-thirty-sixth")
BLIND_THIS_SESSION = ("gold-fortieth", "gold-forty-first", "gold-forty-second")
HELD_OUT = ("gold-heldout", "gold-last", "gold-wire")


def _dev_golds() -> tuple[str, ...]:
    spec = importlib.util.spec_from_file_location("train_event_verifier_s26", ROOT / "scripts" / "train_event_verifier.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DEV_GOLDS


def test_last_sessions_blind_golds_train_it_now():
    golds = _dev_golds()
    assert set(LAST_SESSIONS_BLIND) <= set(golds)
    assert len(set(golds)) == len(golds) >= 30  # and the shared dev gold: 31 folds then, more since


def test_this_sessions_blind_golds_and_the_held_out_ones_do_not():
    assert not (set(BLIND_THIS_SESSION) | set(HELD_OUT)) & set(_dev_golds())


def test_the_default_floor_is_the_one_the_script_chose():
    shipped = json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))
    assert Config.load()["events.verifier_min"] == shipped["threshold"]
    assert len(shipped["trained_on"]) >= 31
