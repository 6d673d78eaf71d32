"""The verifier reads the same evidence whether or not a story carries a publication date, and its training covers
the development golds (the two blind golds of the eighteenth session included), never a held-out one."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.events._verifier import features
from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
# Written for this test: a story of five sentences, none of which dates the talks or the protest.
STORY = ("Ministers from Chile and Peru met in Lima to discuss fishing rights, officials said. "
         "Fishermen in the port of Callao marched to the ministry to demand a ban on foreign trawlers. "
         "The Chilean minister said the two governments would meet again soon. "
         "Peru's president welcomed the talks, his spokesman said. "
         "No agreement on the quotas was announced.")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_event_verifier", ROOT / "scripts" / "train_event_verifier.py")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except ImportError as err:   # numpy is a training dependency, not a run-time one
        pytest.skip(f"training dependencies missing: {err}")
    return module


def _coded(published):
    off = Config.load().with_overrides({"events": {"verifier_min": 0.0}})
    return Pipeline(off).process_text(STORY, published=published)


def _dated(found):
    return [f for f in found if f.startswith("dated=")]


def test_an_undated_event_reads_the_same_with_or_without_a_publication_date():
    dated, undated = _coded("2025-03-04"), _coded(None)
    assert dated.events and len(dated.events) == len(undated.events)
    for with_date, without in zip(dated.events, undated.events):
        assert _dated(features(with_date, dated)) == _dated(features(without, undated))


def test_the_publication_date_taken_and_no_date_at_all_are_one_feature():
    doc = _coded("2025-03-04")
    event = doc.events[0]
    taken = features(dataclasses.replace(event, date_source="published"), doc)
    missing = features(dataclasses.replace(event, date_source=None), doc)
    assert _dated(taken) == _dated(missing) == ["dated=document"]
    # a date read from the text keeps its own feature
    assert _dated(features(dataclasses.replace(event, date_source="clause"), doc)) == ["dated=clause"]


def test_the_shipped_weights_know_the_merged_feature_and_not_the_old_ones():
    shipped = json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))
    for head in shipped["heads"].values():
        assert "dated=document" in head["weights"]
        assert "dated=published" not in head["weights"] and "dated=none" not in head["weights"]


def test_training_covers_the_new_development_golds_and_no_held_out_one():
    trainer = _trainer()
    assert {"gold-twenty-first", "gold-twenty-fourth"} <= set(trainer.DEV_GOLDS)
    assert not {"gold-heldout", "gold-last", "gold-wire"} & set(trainer.DEV_GOLDS)
    shipped = json.loads(resources.files("eventwire.events").joinpath("data", "event_verifier.json").read_text("utf-8"))
    assert shipped["trained_on"] == ["shared/gold/dev"] + [f"eval/{g}" for g in trainer.DEV_GOLDS]


@pytest.mark.parametrize("file, family", [
    ("reuters21578.jsonl.gz#reuters-1234", "reuters"),
    ("world_politics/reuters21578_107.txt", "reuters"),
    ("bbc-news-2225.jsonl.gz#bbc-politics-031", "bbc"),
    ("texts/lee_014.txt", "lee"),
    ("html/ground-truth#page", "modern page"),
    ("seed/niger-withdrawal.txt", "modern page"),
])
def test_each_gold_article_has_a_source_family_for_the_calibration_report(file, family):
    assert _trainer().source_family(file) == family
