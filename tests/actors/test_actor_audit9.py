"""Audit 9: actor codes on unseen 1987 wire and 2005 BBC politics stories (sentences invented here)."""
from eventwire.actors import find_actor_mentions, resolve_phrase


def _code(phrase: str, date: str) -> tuple[str | None, str | None]:
    res = resolve_phrase(phrase, date=date)
    return (res.code, res.sector) if res is not None else (None, None)


# ---------------------------------------------------------------- a national title before a person
def test_a_national_title_gives_its_country_to_a_person_the_tables_do_not_date():
    # "Michael Smith" is in the tables only as someone else's name with no role on the date (country only);
    # the country written in the title is the better witness.
    assert _code("Deputy U.S. Trade Representative Michael Smith", "1987-04-01") == ("USA", "GOV")
    assert _code("U.S. Trade Representative Michael Smith", "1987-04-01") == ("USA", "GOV")
    assert _code("French Foreign Minister Michael Smith", "1987-04-01") == ("FRA", "GOV")
    # A person with a dated role on the date keeps it; "former" still wins.
    assert _code("British Prime Minister Margaret Thatcher", "1987-04-01") == ("GBR", "GOV")
    assert _code("Chancellor Helmut Kohl", "1987-04-01") == ("DEU", "GOV")


def test_deputy_before_a_title_is_no_sheriffs_deputy():
    # "Deputy" (PLOVER: a sheriff's deputy, COP) only modifies the title written after it.
    assert _code("Deputy U.S. Trade Representative Michael Smith", "1987-04-01")[1] == "GOV"
    assert _code("Deputy Hamas leader Ali Bakr", "2005-02-15")[1] != "COP"


# ---------------------------------------------------------------- membership bodies
def test_a_body_of_members_takes_the_members_sector():
    # "<council/association/college/federation> of <members>" is made of those members.
    assert _code("the Council of Mortgage Lenders", "2005-02-15")[1] == "BUS"
    assert _code("the Royal College of Physicians", "2005-02-15")[1] == "MED"
    assert _code("the Association of Chief Police Officers", "2005-02-15")[1] == "COP"
    # A union of any trade is labour (LAB); a body word alone, or a longer known agent, is unchanged.
    assert _code("the National Union of Journalists", "2005-02-15")[1] == "LAB"
    assert _code("the council", "2005-02-15")[1] == "GOV"
    assert _code("the Council of Ministers", "2005-02-15")[1] == "GOV"


# ---------------------------------------------------------------- officials the tables lacked or cut short
def test_officials_of_the_1980s_the_tables_lacked_or_cut_short():
    # Khomeini led Iran from the revolution to his death in 1989 (the dictionaries stop his role in 1980).
    assert _code("Ayatollah Khomeini", "1987-03-10") == ("IRN", "GOV")
    assert _code("Khomeini", "1986-11-02") == ("IRN", "GOV")
    # The UN Secretary-General 1982-91, written with his title: the UN's, not Peru's army.
    assert _code("Secretary General Javier Perez de Cuellar", "1987-10-20") == ("UNO", "GOV")
    assert _code("Perez de Cuellar", "1988-08-08")[0] == "UNO"
    # The U.S. ambassador to the United Nations of 1985-89, a retired general.
    assert _code("Vernon Walters", "1987-10-20") == ("USA", "GOV")
    # The Scottish Conservative leader at Holyrood until October 2005.
    assert _code("David McLetchie", "2005-02-15") == ("GBR", "PTY")


def test_a_secretary_general_is_no_general():
    assert _code("Secretary-General Ali Bakr", "1990-01-01")[1] == "GOV"


def test_text_scan_codes_the_ayatollah_and_the_un_chief():
    text = ("Ayatollah Ruhollah Khomeini told the faithful to back the army. Later Secretary General "
            "Javier Perez de Cuellar called for a ceasefire.")
    ents = {e.text: (e.code, e.sector) for e in find_actor_mentions(text, date="1987-07-20")}
    assert ents.get("Ayatollah Ruhollah Khomeini") == ("IRN", "GOV") or ("IRN", "GOV") in ents.values()
    assert any(c == "UNO" for c, _ in ents.values())


# ---------------------------------------------------------------- letters after a name
def test_a_legislators_letters_after_the_name_make_a_legislator():
    from eventwire.actors._people import link_people
    from eventwire.model import Entity

    text = "The report was written with Helen Marsh MP and the Home Office. Labour said it would study it."
    k = text.index("Helen Marsh")
    ent = Entity(text="Helen Marsh", start=k, end=k + len("Helen Marsh"), label="PERSON")
    link_people(text, [ent])
    assert ent.sector == "LEG"
    # A full stop between the name and the letters: a new sentence, not her title.
    text2 = "The report was written with Helen Marsh. MP numbers fell."
    ent2 = Entity(text="Helen Marsh", start=28, end=39, label="PERSON")
    link_people(text2, [ent2])
    assert ent2.sector != "LEG"



# ---------------------------------------------------------------- a shared given name is no link
def test_a_full_name_sharing_only_the_given_name_is_another_person():
    from eventwire.actors._people import link_people
    from eventwire.model import Entity

    text = "Tony Blair spoke on schools. Later the novelist Tony Hobbes mocked the plan, and Mr Blair replied."
    ents = []
    for name, code, sector in (("Tony Blair", "GBR", "GOV"), ("Tony Hobbes", None, None), ("Mr Blair", None, None)):
        k = text.index(name)
        ents.append(Entity(text=name, start=k, end=k + len(name), label="PERSON", code=code, sector=sector))
    link_people(text, ents)
    assert ents[1].code is None and ents[1].sector is None
    assert (ents[2].code, ents[2].sector) == ("GBR", "GOV")


def test_mr_with_a_given_name_of_a_known_person_is_someone_else():
    from eventwire.actors._people import link_people
    from eventwire.model import Entity

    text = ("Deputy chairman Howard Lane quit the party on Monday. Rivals said Mr Howard had misled them, "
            "and Howard Lane's friends agreed.")
    ents = []
    for name, code, sector in (("Howard Lane", "GBR", "PTY"), ("Howard", None, None)):
        k = text.index(name) if name != "Howard" else text.index("Mr Howard") + 3
        ents.append(Entity(text=name, start=k, end=k + len(name), label="PERSON", code=code, sector=sector))
    link_people(text, ents)
    assert ents[1].code is None
    # Without the courtesy title a bare given name still follows the one person who has it.
    text2 = "Li Wen, a Chinese trade official, arrived. Li said talks would go well."
    a = Entity(text="Li Wen", start=0, end=6, label="PERSON", code="CHN", sector="GOV")
    b = Entity(text="Li", start=text2.index("Li said"), end=text2.index("Li said") + 2, label="PERSON")
    link_people(text2, [a, b])
    assert (b.code, b.sector) == ("CHN", "GOV")


def test_a_misspelt_surname_with_the_same_given_name_is_still_the_known_person():
    from eventwire.actors._people import link_people
    from eventwire.model import Entity

    text = "Home Secretary Helen Whitcombe spoke. Critics of Helen Whitcomb's plan were many."
    a = Entity(text="Helen Whitcombe", start=15, end=30, label="PERSON", code="GBR", sector="GOV")
    k = text.index("Helen Whitcomb's")
    b = Entity(text="Helen Whitcomb's", start=k, end=k + len("Helen Whitcomb's"), label="PERSON")
    link_people(text, [a, b])
    assert (b.code, b.sector) == ("GBR", "GOV")
