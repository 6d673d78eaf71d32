from __future__ import annotations

import pytest

from eventwire.errors import StoreError
from eventwire.store import EventQuery

from store_factories import make_doc, make_event


@pytest.fixture
def loaded(store):
    a = make_doc("A", published="2024-01-10", events=[
        make_event("docA", 0, event="ACCUSE", actor="USA", recipient="RUS", date="2024-01-05",
                   confidence=0.9, sentence="The USA accused Russia of hacking."),
        make_event("docA", 1, event="AGREE", actor="CHN", recipient="USA", date=None,
                   modality="future", confidence=0.4, sentence="China will sign a deal with Washington."),
    ])
    b = make_doc("B", published="2024-03-01", events=[
        make_event("docB", 0, event="ASSAULT", actor="RUS", recipient="UKR", date="2024-02-28",
                   confidence=0.7, sentence="Russian forces shelled Kharkiv."),
        make_event("docB", 1, event="PROTEST", actor="FRA", recipient="FRA", date="2024-03-01",
                   modality="negated", confidence=0.6, sentence="100% of farmers did not protest in Paris."),
    ])
    c = make_doc("C", published=None, events=[
        make_event("docC", 0, event="SANCTION", actor="USA", recipient="IRN", date=None,
                   sentence="Washington sanctioned Tehran."),
    ])
    assert store.write_documents([c, b, a]).inserted == 3
    return store


def ids(store, **kw):
    return [e["id"] for e in store.query_events(EventQuery(**kw))]


def test_order_by_date_then_doc_then_position(loaded):
    # docA-e1 has no date and falls back to its published date; docC has neither and sorts last.
    assert ids(loaded) == ["docA-e0", "docA-e1", "docB-e0", "docB-e1", "docC-e0"]


def test_type_case_insensitive(loaded):
    assert ids(loaded, type="assault") == ["docB-e0"]
    assert ids(loaded, type="Accuse") == ["docA-e0"]
    with pytest.raises(StoreError) as exc:
        ids(loaded, type="BOMB")
    assert exc.value.code == "E806"


def test_actor_recipient_party(loaded):
    assert ids(loaded, actor="USA") == ["docA-e0", "docC-e0"]
    assert ids(loaded, actor="usa") == ["docA-e0", "docC-e0"]
    assert ids(loaded, recipient="USA") == ["docA-e1"]
    assert ids(loaded, party="USA") == ["docA-e0", "docA-e1", "docC-e0"]
    assert ids(loaded, party="RUS") == ["docA-e0", "docB-e0"]
    assert ids(loaded, actor="RUS", recipient="UKR") == ["docB-e0"]
    assert ids(loaded, actor="GBR") == []


def test_actor_filter_returns_all_actors_of_the_event(loaded):
    [ev] = loaded.query_events(EventQuery(actor="RUS"))
    assert [a["code"] for a in ev["recipient"]] == ["UKR", "UKR"]
    assert [a["sector"] for a in ev["recipient"]] == ["GOV", "MIL"]


def test_since_until(loaded):
    assert ids(loaded, since="2024-02-01") == ["docB-e0", "docB-e1"]
    assert ids(loaded, until="2024-01-31") == ["docA-e0", "docA-e1"]
    assert ids(loaded, since="2024-01-06", until="2024-02-28") == ["docA-e1", "docB-e0"]
    assert ids(loaded, since="2024-02", until="2024-02") == ["docB-e0"]  # month prefix is inclusive
    assert ids(loaded, since="2024") == ["docA-e0", "docA-e1", "docB-e0", "docB-e1"]
    with pytest.raises(StoreError) as exc:
        ids(loaded, since="last week")
    assert exc.value.code == "E806"


def test_modality(loaded):
    assert ids(loaded, modality="negated") == ["docB-e1"]
    assert ids(loaded, modality="FUTURE") == ["docA-e1"]


def test_text_doc_confidence(loaded):
    assert ids(loaded, text="KHARKIV") == ["docB-e0"]
    assert ids(loaded, text="100%") == ["docB-e1"]
    assert ids(loaded, text="%") == ["docB-e1"]  # literal, not a LIKE wildcard
    assert ids(loaded, text="_") == []
    assert ids(loaded, doc_id="docA") == ["docA-e0", "docA-e1"]
    assert ids(loaded, min_confidence=0.75) == ["docA-e0", "docC-e0"]


def test_limit_offset(loaded):
    assert ids(loaded, limit=2) == ["docA-e0", "docA-e1"]
    assert ids(loaded, limit=2, offset=2) == ["docB-e0", "docB-e1"]
    with pytest.raises(StoreError):
        ids(loaded, limit=-1)


def test_doc_fields_in_results(loaded):
    ev = loaded.query_events(EventQuery(doc_id="docB"))[0]
    assert (ev["doc_id"], ev["published"], ev["title"], ev["source"]) == ("docB", "2024-03-01", "Headline B", "feed/docB.html")


@pytest.mark.parametrize("value", [
    "USA' OR 1=1 --", "USA\" OR \"1\"=\"1", "'; DROP TABLE events; --", "USA') OR ('a'='a",
    "*", "\\", "USA\x00",
])
def test_injection_looking_values_match_nothing(loaded, value):
    for field in ("actor", "recipient", "party", "doc_id"):
        assert ids(loaded, **{field: value}) == []
    assert ids(loaded, text=value) == []
    assert loaded.stats()["events"] == 5


def test_injection_looking_values_rejected_for_closed_fields(loaded):
    for field in ("type", "modality", "since", "until"):
        with pytest.raises(StoreError):
            ids(loaded, **{field: "x' OR 1=1 --"})
    with pytest.raises(StoreError):
        ids(loaded, min_confidence="0 OR 1=1")
    assert loaded.stats()["events"] == 5
