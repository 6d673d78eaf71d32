"""The verifier of the twenty-sixth session: 37 development golds (the last session's three blind golds,
gold-fortieth ... -forty-second, added after their second run), vfx28's word-free features (the parties' sectors,
the clause's aspect, the story's share of business events), this session's blind golds kept out, and the floor the
training script chose (0.5, type 0.8) written into the default configuration."""
from __future__ import annotations

from script_helpers import BLIND_NOW, HELD_OUT, default_floor_fits, dev_golds, shipped_verifier

LAST_SESSIONS_BLIND = ("gold-fortieth", "gold-forty-first", "gold-forty-second")


def test_last_sessions_blind_golds_train_it_now():
    golds = dev_golds()
    assert set(LAST_SESSIONS_BLIND) <= set(golds)
    assert len(set(golds)) == len(golds) >= 36  # and the shared dev gold: 37 folds then, more since


def test_this_sessions_blind_golds_and_the_held_out_ones_do_not():
    assert not (set(BLIND_NOW) | set(HELD_OUT)) & set(dev_golds())


def test_the_shipped_weights_know_the_new_evidence():
    for head in ("full", "type"):
        names = set(shipped_verifier()["heads"][head]["weights"])
        assert {"actor_sector=business", "recipient_sector=business", "clause=relative"} <= names
        assert any(n.startswith("aspect=") for n in names) and any(n.startswith("story_business=") for n in names)
        assert not any(n.startswith(("sentence_events=", "sentence_types=")) for n in names)  # tried, left out


def test_the_default_floor_is_the_one_the_script_chose_or_a_judged_higher_one():
    shipped = shipped_verifier()
    # The floor itself moves with each retraining (0.5 until the twenty-eighth session's weights chose 0.4).
    assert default_floor_fits(shipped)
    assert 0.3 <= shipped["threshold"] <= 0.6
    assert len(shipped["trained_on"]) >= 37
    assert {f"eval/{g}" for g in LAST_SESSIONS_BLIND} <= set(shipped["trained_on"])
