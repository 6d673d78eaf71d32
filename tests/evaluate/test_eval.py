"""``eventwire eval`` scores a user's own gold without ../shared."""
from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluate import run_eval
from eventwire.evaluate._articles import _max_matching, score_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eval"


def test_matching_is_one_to_one():
    # two gold events that both match only prediction 0 cannot both be found
    assert len(_max_matching([[0], [0]])) == 1
    assert len(_max_matching([[0, 1], [0]])) == 2


def test_score_article_counts_hits_misses_and_boilerplate():
    art = json.loads((FIXTURES / "gold.json").read_text())["articles"][0]
    res = {"text": "Kenya will deploy 200 police officers to the Moyale crossing.",
           "events": [{"event": "MOBILIZE", "actor": [{"code": "KEN"}], "recipient": [], "modality": "future",
                       "sentence": "Kenya will deploy 200 police officers to the Moyale crossing.",
                       "attribution": [{"text": "x", "type": "official"}]}],
           "places": [{"text": "Moyale", "country_code": "KEN"}], "dates": []}
    rep = score_article(art, res)
    assert (rep.found_full, rep.required, rep.good_full, rep.predicted) == (1, 3, 1, 1)
    assert rep.tallies["modality"].hit == 1 and rep.tallies["attribution"].hit == 0
    assert rep.tallies["places"].hit == 1 and rep.tallies["boilerplate"].hit == 1
    assert rep.tallies["dates"].hit == 0


def test_eval_command_on_own_gold(capsys, tmp_path):
    code = run_eval(gold=str(FIXTURES / "gold.json"), shared=str(tmp_path), config=__import__("eventwire").Config.load(),
                    only="articles", floors_path=tmp_path / "none.json")
    out = capsys.readouterr().out
    assert "events_f1" in out and "baseline" in out
    assert code == 0


def test_a_figure_below_its_floor_fails_the_command(capsys, tmp_path, monkeypatch):
    import eventwire.evaluate as ev

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"floors": {"toy.score": 0.9}}))
    monkeypatch.setitem(ev.SECTIONS, "toy", lambda ctx: {"toy.score": 0.5})
    code = run_eval(gold=None, shared=str(tmp_path), config=__import__("eventwire").Config.load(), only="toy",
                    floors_path=floors)
    assert code == 1 and "FLOORS BROKEN" in capsys.readouterr().out


def test_sections_without_shared_data_skip(capsys, tmp_path):
    code = run_eval(gold=None, shared=str(tmp_path), config=__import__("eventwire").Config.load(),
                    only="case2021,conflibert,dates,datelines,html", floors_path=tmp_path / "none.json")
    assert code == 0
    assert capsys.readouterr().out.count("skipped") == 5


def test_probes_run_from_a_fresh_clone(capsys, tmp_path):
    code = run_eval(gold=None, shared=str(tmp_path), config=__import__("eventwire").Config.load(),
                    only="probes", floors_path=tmp_path / "none.json")
    assert code == 0 and "invented probes: type" in capsys.readouterr().out


def test_gold_article_can_name_a_record_of_a_jsonl_corpus(tmp_path):
    import gzip
    import json

    from eventwire.evaluate import _article_text

    corpus = tmp_path / "wire.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "w-1", "text": "first story"}) + "\n{not json\n")
        fh.write(json.dumps({"id": "w-2", "text": "second story"}) + "\n")
    gold = tmp_path / "articles.json"
    assert _article_text(None, gold, "wire.jsonl.gz#w-2") == "second story"
    assert _article_text(None, gold, "wire.jsonl.gz#w-9") is None


def test_gold_article_can_name_an_entry_of_a_json_object_of_article_bodies(tmp_path):
    import json

    from eventwire.evaluate import _article_text

    (tmp_path / "ground-truth.json").write_text(json.dumps(
        {"abc": {"articleBody": "the page's text", "url": "https://example.org/a"}, "bad": {"url": "x"}}), "utf-8")
    gold = tmp_path / "articles.json"
    assert _article_text(None, gold, "ground-truth.json#abc") == "the page's text"
    assert _article_text(None, gold, "ground-truth.json#bad") is None


def test_the_part_of_the_sentence_sets_is_test_or_train(tmp_path):
    import pytest

    from eventwire.errors import ConfigError

    config = __import__("eventwire").Config.load()
    assert run_eval(gold=None, shared=str(tmp_path), config=config, only="case2021", part="train",
                    floors_path=tmp_path / "none.json") == 0
    with pytest.raises(ConfigError, match="E902"):
        run_eval(gold=None, shared=str(tmp_path), config=config, only="case2021", part="dev")


def test_a_list_of_golds_is_scored_pooled(capsys, tmp_path):
    import shutil

    import pytest

    from eventwire.errors import ConfigError
    from eventwire.evaluate import gold_files

    for name in ("one", "two"):
        shutil.copytree(FIXTURES, tmp_path / name)
    listing = tmp_path / "golds.txt"
    listing.write_text("# two copies of the fixture gold\none\ntwo/gold.json  # a file may be named too\n")
    (tmp_path / "one" / "gold.json").rename(tmp_path / "one" / "articles.json")
    assert gold_files(listing) == [tmp_path / "one" / "articles.json", tmp_path / "two" / "gold.json"]
    code = run_eval(gold=str(listing), shared=str(tmp_path / "nowhere"), config=__import__("eventwire").Config.load(),
                    only="articles", floors_path=tmp_path / "none.json")
    out = capsys.readouterr().out
    # The same article twice, kept apart: twice the required events of the one-gold run.
    assert code == 0 and "(2 articles)" in out and "/6]" in out
    listing.write_text("three\n")
    with pytest.raises(ConfigError, match="E904"):
        gold_files(listing)
