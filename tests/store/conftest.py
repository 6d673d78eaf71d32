from __future__ import annotations

import pytest

from eventwire.store import Store


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "test.duckdb"))
    yield s
    s.close()
