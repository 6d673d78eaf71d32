"""Shared fixtures. Tests that need ../shared skip when it is absent (a user's clone has none)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "README.md").exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline with the event verifier off. The coder's tests judge one-sentence fixtures; the
    verifier weighs whole events in whole stories (a lone sentence has no dateline, attribution or story
    around it) and has its own tests (tests/events/test_verifier.py), as do the end-to-end runs."""
    from eventwire.config import Config
    from eventwire.pipeline import Pipeline

    return Pipeline(Config.load().with_overrides({"events": {"verifier_min": 0.0}}))


@pytest.fixture(scope="session")
def code(pipeline):
    """Code one text and return its events: ``code(text, published="2024-04-20")``."""

    def run(text: str, published: str = "2024-04-20"):
        return pipeline.process_text(text, published=published).events

    return run


@pytest.fixture(scope="session")
def no_floor_pipeline():
    """A pipeline with no confidence floor and no verifier floor, so that weak events still show their type and
    roles (the verifier judges whole events in whole stories, not the one-sentence fixtures here)."""
    from eventwire.config import Config
    from eventwire.pipeline import Pipeline

    return Pipeline(Config.load().with_overrides({"events": {"min_confidence": 0.0, "verifier_min": 0.0}}))


@pytest.fixture(scope="module")
def code_all(no_floor_pipeline, request):
    """Code one text with no confidence floor: ``code_all(text, published=...)``. A test module's
    ``PUBLISHED`` sets the default publication date (none when it has none)."""
    default = getattr(request.module, "PUBLISHED", None)

    def run(text: str, published: str | None = default):
        return no_floor_pipeline.process_text(text, published=published).events

    return run


@pytest.fixture
def no_type_chooser(monkeypatch):
    """The coder without the type chooser's demotion (tests/events/test_sel27.py tests it). For a rule's test on an
    invented sentence whose event sits just above the coder's floor: the chooser, a bag of words trained on news
    stories, may read one short sentence as another type and demote it under the floor, which says nothing of the
    rule under test."""
    from eventwire.events import _coder

    monkeypatch.setattr(_coder, "chooser_beliefs", lambda _text: {})
