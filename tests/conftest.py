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
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def code(pipeline):
    """Code one text and return its events: ``code(text, published="2024-04-20")``."""

    def run(text: str, published: str = "2024-04-20"):
        return pipeline.process_text(text, published=published).events

    return run
