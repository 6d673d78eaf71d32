"""Audit 8b: actor codes on unseen 1987 wire and 2005 BBC politics stories (sentences invented here)."""
from eventwire.actors import find_actor_mentions, resolve_phrase


# ---------------------------------------------------------------- seas and peninsulas are not states
def test_a_demonym_opening_the_name_of_a_sea_or_peninsula_is_no_country():
    assert resolve_phrase("warships in the western Indian Ocean", date="1987-05-01") is None \
        or resolve_phrase("warships in the western Indian Ocean", date="1987-05-01").code != "IND"
    assert resolve_phrase("the Persian Gulf", date="1987-05-01") is None
    assert resolve_phrase("tensions on the Korean peninsula", date="2005-02-01") is None \
        or resolve_phrase("tensions on the Korean peninsula", date="2005-02-01").code is None
    # The state itself, and a demonym before other words, keep their code.
    assert resolve_phrase("the Indian navy", date="1987-05-01").code == "IND"
    assert resolve_phrase("Iranian gulf ports", date="1987-05-01").code == "IRN"
    ents = find_actor_mentions("Frigates sailed from the Arabian Sea into the Persian Gulf.", date="1987-05-01")
    assert not [e for e in ents if e.code in ("SAU", "IRN")]


# ---------------------------------------------------------------- the other side of a relation
def test_a_countrys_creditors_and_allies_are_not_that_country():
    res = resolve_phrase("Peru's 250 commercial bank creditors", date="1987-05-01")
    assert (res.code, res.sector) == (None, "BUS")
    assert resolve_phrase("Ecuador's creditor banks", date="1987-05-01").code is None
    assert resolve_phrase("the creditors of Ecuador", date="1987-05-01").code is None
    assert resolve_phrase("Syria's allies", date="1987-05-01").code is None
    # Not a relation: the country's own opposition, and creditors named by a demonym.
    assert resolve_phrase("Peru's opposition", date="1987-05-01").code == "PER"
    assert resolve_phrase("Swiss creditor banks", date="1987-05-01").code == "CHE"


# ---------------------------------------------------------------- agent nouns
def test_union_merchant_bank_news_agency_deputies_and_constituency_association():
    assert resolve_phrase("the union", date="2005-02-01").sector == "LAB"
    assert resolve_phrase("the European Union", date="2005-02-01").code == "EUR"
    assert resolve_phrase("merchant bank Hollis Brandt", date="1987-05-01").sector == "BUS"
    assert resolve_phrase("the state news agency", date="1987-05-01").sector == "JRN"
    assert resolve_phrase("parliamentary deputies", date="1987-05-01").sector == "LEG"
    assert resolve_phrase("trading house officials", date="1987-05-01").sector == "BUS"
    res = resolve_phrase("constituency association president Sir Neville Crabbe", date="2005-02-01")
    assert res.sector == "PTY"


# ---------------------------------------------------------------- named bodies and people
def test_newspapers_are_media_of_their_country():
    for name, code in [("the Sunday Times", "GBR"), ("the Washington Post", "USA"), ("Le Monde", "FRA"),
                       ("the Asahi Shimbun", "JPN"), ("the Iraqi News Agency", "IRQ")]:
        res = resolve_phrase(name, date="1987-05-01")
        assert (res.code, res.sector) == (code, "JRN"), name


def test_officials_of_the_1980s_and_2005_the_tables_lacked():
    assert (lambda r: (r.code, r.sector))(resolve_phrase("James Baker", date="1987-06-01")) == ("USA", "GOV")
    assert (lambda r: (r.code, r.sector))(resolve_phrase("Francisco Gros", date="1987-03-01")) == ("BRA", "GOV")
    assert (lambda r: (r.code, r.sector))(resolve_phrase("John Howard", date="1987-05-01")) == ("AUS", "OPP")
    assert (lambda r: (r.code, r.sector))(resolve_phrase("John Howard", date="2001-05-01")) == ("AUS", "GOV")
    assert (lambda r: (r.code, r.sector))(resolve_phrase("Tim Yeo", date="2005-02-01")) == ("GBR", "OPP")
    assert (lambda r: (r.code, r.sector))(resolve_phrase("Mark Serwotka", date="2005-02-01")) == ("GBR", "LAB")
    assert (lambda r: (r.code, r.sector))(resolve_phrase("Martin Bell", date="2005-02-01")) == ("GBR", "ELI")
    assert resolve_phrase("Timothy Eggar", date="1987-05-01").code == "GBR"
    ents = find_actor_mentions("Lord Butler, the former cabinet secretary, spoke.", date="2005-02-01")
    assert [e.code for e in ents if "Butler" in e.text][:1] == ["GBR"]


# ---------------------------------------------------------------- "former" a word or two before the title
def test_former_a_word_before_the_title_still_makes_the_person_former():
    ents = find_actor_mentions("The former independent MP Martin Bell said so.", date="2005-02-15")
    assert [(e.code, e.sector) for e in ents if e.text == "Martin Bell"] == [("GBR", "ELI")]
    ents = find_actor_mentions("Former senior US envoy Donald Rumsfeld said so.", date="1984-01-15")
    assert [e.sector for e in ents if e.text == "Donald Rumsfeld"] == ["ELI"]
    # Without "former" the current title still wins over the tables' ELI.
    ents = find_actor_mentions("The senior US envoy Donald Rumsfeld said so.", date="1984-01-15")
    assert [e.sector for e in ents if e.text == "Donald Rumsfeld"] == ["GOV"]


# ---------------------------------------------------------------- registered companies
def test_an_unknown_name_ending_in_a_companys_legal_form_is_a_business():
    res = resolve_phrase("Harbour Cranes Limited", date="2005-02-15")
    assert (res.code, res.sector) == (None, "BUS")
    res = resolve_phrase("Nordwind GmbH", date="2005-02-15", context_country="DEU")
    assert (res.code, res.sector) == ("DEU", "BUS")
    # Lower case is no legal form, and "the Limited" alone names nothing.
    assert resolve_phrase("limited access", date="2005-02-15") is None
    assert resolve_phrase("the Limited", date="2005-02-15") is None


def test_a_number_word_is_no_name():
    res = resolve_phrase("tradeable zero coupon notes", date="1987-05-01")
    assert res is None or res.sector != "REB"

