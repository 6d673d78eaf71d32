"""End to end: documents in, the output contract out, bad documents isolated."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from eventwire import RawDocument
from eventwire.config import Config
from eventwire.errors import ConfigError

SAMPLE = ("Ethiopia and Kenya agreed on Tuesday to reopen the border crossing, two officials familiar with the "
          "talks said.\n\nFollow us on Twitter and Facebook for the latest updates\n")


def schema():
    return json.loads(resources.files("eventwire").joinpath("schema/extract.schema.json").read_text())


def test_result_matches_the_shipped_schema(pipeline):
    doc = pipeline.process_text(SAMPLE, published="2024-06-14", id="s1")
    jsonschema.validate(doc.to_dict(), schema())
    assert doc.events, "the sample's agreement should be coded"
    assert "Follow us" not in doc.text
    assert any(r.reason for r in doc.removed)


def test_offsets_point_into_the_cleaned_text(pipeline):
    doc = pipeline.process_text(SAMPLE, published="2024-06-14")
    for item in doc.entities + doc.places + doc.dates + doc.quantities:
        assert doc.text[item.start:item.end] == item.text
    for ev in doc.events:
        assert doc.text[ev.text_info.start:ev.text_info.end] == ev.sentence


def test_a_bad_document_does_not_stop_the_batch(pipeline):
    from eventwire.model import ErrorRecord

    raws = [RawDocument(id="bad", errors=[ErrorRecord("ingest", "[E101] empty", "E101")]),
            RawDocument(id="good", text=SAMPLE, published="2024-06-14"),
            RawDocument(id="blank", text="   \n")]
    docs = list(pipeline.process(raws))
    assert [d.id for d in docs] == ["bad", "good", "blank"]
    assert docs[0].errors[0].code == "E101" and not docs[0].events
    assert docs[1].events and not docs[1].errors


def test_a_stage_crash_becomes_an_error_record(pipeline, monkeypatch):
    import eventwire.pipeline as pl

    def boom(work, config):
        raise RuntimeError("gazetteer exploded")

    comps = [c if c.name != "eventwire.places.v1" else pl.registry.Component(c.name, c.kind, boom, c.requires, c.assigns)
             for c in pipeline._post]
    monkeypatch.setattr(pipeline, "_post", comps)
    doc = pipeline.process_text(SAMPLE, published="2024-06-14")
    assert any(e.code == "E601" and "gazetteer exploded" in e.message for e in doc.errors)
    assert doc.dates  # later stages still ran


def test_overlong_text_is_cut_with_a_note():
    from eventwire.pipeline import Pipeline

    p = Pipeline(Config.load(overrides={"nlp": {"max_chars": 200}}))
    doc = p.process_text(("Kenya and Ethiopia held talks. " * 20 + "\n\n") * 3)
    assert len(doc.text) <= 200
    assert any(e.code == "E303" for e in doc.errors)


def test_config_rejects_unknown_keys_and_bad_types():
    with pytest.raises(ConfigError, match="E901"):
        Config.load(overrides={"events": {"threshold": 1}})
    with pytest.raises(ConfigError, match="E902"):
        Config.load(overrides={"nlp": {"batch_size": "big"}})


def test_unknown_coder_name_fails_when_the_pipeline_is_built():
    from eventwire.pipeline import Pipeline

    with pytest.raises(ConfigError, match="E903"):
        Pipeline(Config.load(overrides={"events": {"coder": "eventwire.nope.v9"}}))


def test_registry_snapshot_is_pinned():
    from eventwire import registry
    from eventwire.pipeline import Pipeline

    Pipeline()
    snap = registry.snapshot()
    assert sorted(snap["coder"]) == ["eventwire.keyword_baseline.v1", "eventwire.plover_rules.v1"]
    assert sorted(snap["stage"]) == ["eventwire.actor_mentions.v1", "eventwire.clean.v1", "eventwire.dates.v1",
                                     "eventwire.events.v1", "eventwire.places.v1", "eventwire.quantities.v1"]
    assert snap["stage"]["eventwire.events.v1"]["assigns"] == ["events"]
    import eventwire.store  # noqa: F401  (registers the exporters)

    assert sorted(registry.snapshot()["exporter"]) == ["eventwire.export.csv.v1", "eventwire.export.jsonl.v1",
                                                       "eventwire.export.polecat_tsv.v1"]


def test_seed_article_end_to_end(pipeline, shared):
    text = (shared / "seed" / "niger-withdrawal.txt").read_text("utf-8")
    doc = pipeline.process_text(text, published="2024-04-20", id="seed")
    jsonschema.validate(doc.to_dict(), schema())
    assert "See also" not in doc.text and "Follow us on" not in doc.text
    assert len([p for p in doc.text.split("\n\n") if p.strip()]) == 12
    types = {e.event for e in doc.events}
    assert {"RETREAT", "AGREE", "COERCE", "PROTEST", "REQUEST"} <= types


def test_the_samples_and_tricky_sentences_code_without_stage_errors(pipeline):
    """A coder exception would silently cost a whole document its events: keep the stages clean."""
    from pathlib import Path

    texts = [p.read_text("utf-8") for p in sorted((Path(__file__).parents[1] / "samples").glob("*.txt"))]
    texts += ["The government says if those on the list are not rounded up in time, the army will resume its attacks.",
              "Iran said any U.S. attack would meet a strong response.",
              "If the talks fail, Russia could cut gas supplies to Moldova and will not resume flights."]
    for i, text in enumerate(texts):
        doc = pipeline.process_text(text, published="2024-06-14", id=f"t{i}")
        assert not doc.errors, doc.errors


def test_capitals_standing_for_governments_are_not_places(pipeline):
    doc = pipeline.process_text("Niger has ended military agreements with Western allies such as Washington and Paris. "
                                "The Pentagon said it was seeking clarification. Protesters gathered in Paris and London.",
                                published="2024-04-20")
    places = [(p.text, p.start) for p in doc.places]
    first_paris = doc.text.index("Paris")
    assert ("Washington", doc.text.index("Washington")) not in places and ("Paris", first_paris) not in places
    assert ("Paris", doc.text.index("Paris", first_paris + 1)) in places and any(t == "London" for t, _ in places)
    assert not any(t.endswith("Pentagon") for t, _ in places)


def test_a_town_the_ner_calls_a_person_is_a_place_after_a_locative_cue():
    from eventwire.pipeline import Pipeline

    doc = Pipeline().process_text("Protests spread near Sidi Bouzid on Friday.", published="2011-01-05")
    assert [(p.text, p.country_code) for p in doc.places] == [("Sidi Bouzid", "TUN")]
