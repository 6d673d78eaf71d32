"""What the tests of the training scripts share: the scripts loaded by path, the verifier's shipped weights, and the
golds that may train nothing yet."""
from __future__ import annotations

import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = ("gold-heldout", "gold-last", "gold-wire")
# The running session's blind golds: they join eval/dev_golds.txt only after their second measurement.
BLIND_NOW: tuple[str, ...] = ()  # no blind gold awaits its second measurement (golds 66-70 had theirs in the thirty-fifth session)


def load_script(name: str):
    """A script of scripts/ as a module. Registered under its name while it runs: its dataclasses look their module
    up there."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    saved = sys.modules.get(name)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            del sys.modules[name]
        else:
            sys.modules[name] = saved
    return module


def dev_golds() -> tuple[str, ...]:
    """The verifier's development golds (the shared dev gold is one more fold)."""
    return load_script("train_event_verifier").DEV_GOLDS


def shipped_verifier() -> dict:
    return json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))


# How far the default verifier floor may stand above the one the training script chose: since the twenty-ninth
# session the default may sit a judged step above it (unseen events in the band between them judged mostly wrong;
# default_config.toml says so), never below it.
JUDGED_FLOOR_STEP = 0.1


def default_floor_fits(shipped: dict) -> bool:
    """Whether the config's ``events.verifier_min`` is the script's floor or a judged step above it."""
    from eventwire.config import Config

    return shipped["threshold"] <= Config.load()["events.verifier_min"] <= shipped["threshold"] + JUDGED_FLOOR_STEP
