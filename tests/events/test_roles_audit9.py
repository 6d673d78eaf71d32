"""Recipients (audit 9, 30 unseen BBC and Reuters stories): parties who act together get no third party
from the story; a treaty a state signs is not aimed at its own government; a party of a parallel clause
with a subject of its own is no party to this clause's act; an act on a thing whose owner is named is
aimed at the owner, not at parties the thing's description mentions. Invented sentences."""
from __future__ import annotations

from story_helpers import by_trigger, inferred

KENYA = ("Kenyan dock workers went on strike in Mombasa last week. Kenyan port officials said cargo piled up. "
         "Kenya's dockers' union and Kenyan shipping companies agreed on Tuesday to resume wage talks. "
         "Kenyan exporters said losses were mounting.")
MONGOLIA = ("Mongolia has long sought to protect its grasslands. Mongolian herders say overgrazing is spreading. "
            "Mongolia's parliament debated new grazing rules in May. {} "
            "Mongolian officials said more help was needed.")
NORWAY = ("Norway's fishing industry is in turmoil. Norwegian trawler crews say quotas are too low. Norway's "
          "parliament will debate the quotas in June. A failed government scheme to sell fishing licences to "
          "Russian trawlers has been condemned by MPs. Norwegian officials say reform is coming.")


def test_parties_that_agree_together_get_no_story_recipient(code_all):
    agreed = by_trigger(code_all(KENYA), "agreed")
    assert {a.code for a in agreed.actor} == {"KEN"} and len(agreed.actor) == 2, agreed.actor
    # (s25: each is the other's recipient, as the golds code "X and Y agreed"; no third party of the story is)
    assert {(r.code, r.sector) for r in agreed.recipient} <= {(a.code, a.sector) for a in agreed.actor}, agreed.recipient
    assert "(the story" not in " ".join(r.entity_text for r in agreed.recipient), agreed.recipient
    # One party's own move in the same story is still aimed at the government.
    went = by_trigger(code_all(KENYA), "went")
    assert inferred(went.recipient) == [("KEN", "GOV")]


def test_a_state_signing_a_treaty_is_not_aimed_at_its_own_government(code_all):
    signed = by_trigger(code_all(MONGOLIA.format("Mongolia signed the convention on desertification on Friday.")),
                        "signed")
    assert not signed.recipient, signed.recipient


def test_a_domestic_critic_of_a_treaty_still_targets_the_government(code_all):
    text = MONGOLIA.format("Mongolian opposition leaders denounced the convention on desertification on Friday.")
    denounced = by_trigger(code_all(text), "denounced")
    assert inferred(denounced.recipient) == [("MNG", "GOV")]


def test_a_party_of_a_while_clause_is_no_target(code_all):
    events = code_all("Thousands of Hungarian farmers marched through Budapest burning effigies of the farm "
                      "minister while in Austria growers blocked roads in protest at low prices.")
    blocked = by_trigger(events, "blocked")
    assert "HUN" not in {r.code for r in blocked.recipient}, blocked.recipient


def test_a_party_of_a_coordinated_clause_with_its_own_subject_is_no_target(code_all):
    clashed = by_trigger(code_all("Chilean miners clashed with riot police in Santiago on Monday, and in Peru "
                                  "farmers staged a protest against water prices."), "clashed")
    assert "PER" not in {r.code for r in clashed.recipient}, clashed.recipient


def test_a_verb_sharing_the_subject_shares_the_target(code_all):
    blocked = by_trigger(code_all("Turkey closed its border with Syria and blocked the main crossing."), "blocked")
    assert {r.code for r in blocked.recipient} == {"SYR"}


def test_the_owner_of_a_scheme_is_the_target_not_what_it_describes(code_all):
    condemned = by_trigger(code_all(NORWAY), "condemned")
    parties = [(r.code, r.sector) for r in condemned.recipient]
    assert ("NOR", "GOV") in parties and "RUS" not in {r.code for r in condemned.recipient}, parties


def test_a_clause_describing_a_thing_still_names_its_party(code_all):
    # One clause in ("an agreement that allowed Chinese ships"): the description names the party.
    revoked = by_trigger(code_all("Vietnam revoked an agreement that allowed Chinese ships to fish in its waters."),
                         "revoked")
    assert "CHN" in {r.code for r in revoked.recipient}, revoked.recipient


def test_an_act_aimed_at_the_government_is_not_guessed_as_the_government_s(code_all):
    text = ("Peru's economy slowed last year. Peruvian exporters say costs are rising. Peru's budget has been "
            "delayed by opposition boycotts of Congress to protest government plans for a new fuel tax. "
            "Peruvian officials expect a vote in May.")
    protest = by_trigger(code_all(text), "protest")
    assert ("PER", "GOV") in {(r.code, r.sector) for r in protest.recipient}, protest.recipient
    assert inferred(protest.actor) == [("PER", None)], protest.actor


def test_a_concessive_clause_still_names_the_target(code_all):
    # "although": a clause bound up with the act, unlike a parallel "while" or "and" clause.
    threatened = by_trigger(code_all("Several countries, including Greece, have broken the budget rules "
                                     "repeatedly, although the European Commission threatened fines."), "threatened")
    assert "GRC" in {r.code for r in threatened.recipient}, threatened.recipient


def test_parallel_clauses_are_separate_and_bound_ones_are_not():
    from eventwire.events import _syntax as syn
    from eventwire.nlp import load_nlp

    nlp = load_nlp()
    for text, word, trigger, separate in [
        ("Iran protested, and the navy seized a British tanker.", "British", "protested", True),
        ("Farmers marched in Budapest while in Austria growers blocked roads in protest.", "Budapest", "protest", True),
        ("Iran protested when the navy seized a British tanker.", "British", "protested", False),
        ("Iran protested to Britain and closed the port.", "Britain", "closed", False),
    ]:
        doc = nlp(text)
        t = next(x for x in doc if x.text == word)
        tok = next(x for x in doc if x.text == trigger)
        assert syn.in_separate_clause(t, tok) is separate, text


def test_a_while_clause_is_parallel_even_when_its_mark_hangs_off_a_fronted_phrase():
    # "while [in Austria] growers blocked roads": the parser may attach "while" to the fronted "in".
    from spacy.tokens import Doc

    from eventwire.events import _syntax as syn
    from eventwire.nlp import load_nlp

    words = ["Farmers", "marched", "while", "in", "Austria", "growers", "blocked", "roads", "in", "protest", "."]
    heads = [1, 1, 3, 6, 3, 6, 1, 6, 6, 8, 1]
    deps = ["nsubj", "ROOT", "mark", "prep", "pobj", "nsubj", "advcl", "dobj", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "SCONJ", "ADP", "PROPN", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert syn.in_separate_clause(doc[0], doc[9])
