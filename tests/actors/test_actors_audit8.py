"""Audit 8: party families in a story about a state the tables give no such party; stock exchanges,
bankers and community support officers; a firm's officers are the firm, not a government. Every
sentence here is invented."""
from eventwire.actors import resolve_phrase

from actor_helpers import DATE
from actor_helpers import code_of as _code
from actor_helpers import mentions_of as _mentions


def test_the_text_scan_gives_a_party_family_to_the_story_country():
    text = ("STOCKHOLM - Swedish farmers in Uppsala told Sweden's government they want lower fuel duty, and "
            "the Conservatives promised them a cut if the Swedish opposition wins.")
    got = _mentions(text, date="1987-03-05")
    assert ("Conservatives", "SWE", "PTY") in got
    assert ("Conservatives", "GBR", "PTY") not in got
    # A city of the best-known namesake's state is no sign of its parties.
    text = ("HELSINKI - Finnish voters in Tampere told Finland's government they want lower duty, a "
            "London-based analyst said, and the Conservatives expect gains if Finnish turnout rises.")
    assert ("Conservatives", "FIN", "PTY") in _mentions(text, date="1987-03-05")


def test_a_party_family_keeps_a_namesake_whose_state_the_text_names():
    text = ("The Conservatives attacked Tony Blair over Kenya. Kenya's government in Nairobi said Kenyan "
            "police in Mombasa were ready.")
    assert ("Conservatives", "GBR", "PTY") in _mentions(text)
    assert _code("the Conservatives", story_country="CAN") == ("CAN", "PTY")  # the tables list Canada's
    assert _code("the Conservatives") == ("GBR", "PTY")  # no story: the best-known one
    # The Democrats and Republicans are proper names of one party system, not families.
    text = ("HELSINKI - Finnish voters in Tampere told Finland's government they want lower duty, and the "
            "Democrats expect gains if Finnish turnout rises.")
    assert not any(code == "FIN" and t == "Democrats" for t, code, _ in _mentions(text, date="1987-03-05"))


def test_stock_exchanges_and_bankers_are_business():
    assert _code("the Madrid Stock Exchange") == ("ESP", "BUS")  # not Spain's seat of government
    assert _code("the Frankfurt bourse") == ("DEU", "BUS")
    assert _code("Deutsche Boerse") == ("DEU", "BUS")
    assert _code("Canadian bankers") == ("CAN", "BUS")
    assert _code("a Swiss financier") == ("CHE", "BUS")
    assert _code("the exchange rate") is None  # an exchange alone is not a business


def test_community_support_officers_are_police_staff():
    assert _code("community support officers", context_country="GBR") == ("GBR", "COP")
    assert _code("army officers", context_country="GBR") == ("GBR", "MIL")


def test_a_firms_officers_are_the_firm_not_a_government():
    assert _code("Microsoft chief executive") == ("MNC", None)
    assert _code("a Microsoft spokesman") == ("MNC", None)
    assert _code("Deutsche Boerse's chief executive") == ("DEU", "BUS")
    assert _code("the Spanish chief executive") == ("ESP", "GOV")  # a country's chief executive governs


def test_a_person_written_after_a_firm_and_its_office_is_the_firms_officer():
    from eventwire.actors import link_people
    from eventwire.model import Entity

    text = "Microsoft founder Alan Quirke arrived. Quirke spoke."
    firm = Entity("Microsoft", 0, 9, "ORG", "MNC", None)
    person = Entity("Alan Quirke", 18, 29, "PERSON")
    later = link_people(text, [firm, person])
    assert (person.code, person.sector, person.office) == ("MNC", None, "founder")
    assert [(e.text, e.code) for e in later] == [("Quirke", "MNC")]

    text = "Deutsche Boerse chief executive Hans Roth said no."
    firm = Entity("Deutsche Boerse", 0, 15, "ORG", "DEU", "BUS")
    person = Entity("Hans Roth", 32, 41, "PERSON")
    link_people(text, [firm, person])
    assert (person.code, person.sector) == ("DEU", "BUS")

    # A firm's name followed by anything but its offices says nothing about the person.
    text = "Microsoft hired Alan Quirke."
    person = Entity("Alan Quirke", 16, 27, "PERSON")
    link_people(text, [Entity("Microsoft", 0, 9, "ORG", "MNC", None), person])
    assert person.code is None


def test_an_acronym_the_text_defines_in_brackets_is_that_body():
    from eventwire.actors import link_people
    from eventwire.model import Entity

    text = "Bidders met the Madrid Stock Exchange (MSE) on Monday. Later the MSE said no."
    acr = Entity("MSE", 39, 42, "ORG")
    later = Entity("MSE", text.rindex("MSE"), text.rindex("MSE") + 3, "ORG")
    link_people(text, [acr, later])
    assert (later.code, later.sector) == ("ESP", "BUS")
    # A bracketed acronym after a plain country name is no body.
    text = "Troops from the United States (US) left. The US said so."
    us = Entity("US", text.rindex("US"), text.rindex("US") + 2, "ORG")
    link_people(text, [us])
    assert us.code is None


def test_dated_posts_of_finance_ministers_and_central_bankers():
    assert _code("Kiichi Miyazawa", date="1987-03-15") == ("JPN", "GOV")
    assert _code("Jacques Chirac", date="1987-03-15") == ("FRA", "GOV")  # prime minister 1986-88
    assert _code("Jacques Chirac", date="1991-01-01") == ("FRA", "ELI")
    assert _code("Karl Otto Poehl", date="1987-03-15") == ("DEU", "GOV")
    assert _code("Wim Duisenberg", date="1987-03-15") == ("NLD", "GOV")
    assert _code("Wim Duisenberg", date="2000-03-15") == ("EUR", None)
    assert _code("Stoltenberg", date="1987-03-15") == ("DEU", "GOV")  # Gerhard, then
    assert _code("Stoltenberg", date="2010-03-15") == ("NOR", "GOV")  # Jens, later
    assert _code("Geoff Hoon") == ("GBR", "GOV")
    assert _code("Han Dong-hoon, the party leader", date="2024-12-10")[0] != "GBR"  # no bare "Hoon" key
    assert _code("Oliver Letwin") == ("GBR", "OPP")


def test_central_banks_govern_money():
    res = resolve_phrase("the Bank of England", date=DATE)
    assert (res.code, res.sector, res.secondary_sector) == ("GBR", "GOV", "BUS")
    assert _code("the Bundesbank", date="1987-03-15") == ("DEU", "GOV")
    assert _code("Swiss central bankers") == ("CHE", "GOV")
    assert _code("a Swiss bank") == ("CHE", "BUS")  # a commercial bank stays a business


def test_a_bracketed_party_acronym_is_left_to_the_party_tables():
    from eventwire.actors import link_people
    from eventwire.model import Entity

    text = "Members of the People Power Party (PWP) left. The PWP said so."
    pup = Entity("PWP", text.rindex("PWP"), text.rindex("PWP") + 3, "ORG")
    link_people(text, [pup])
    assert pup.code is None


def test_kuwaits_ruling_family_name_is_not_malaysias_sabah():
    assert _code("Sheikh Hamad al-Jaber al-Sabah", date="1987-03-01")[0] == "KWT"  # invented member
    assert _code("Sabah", date="1987-03-01")[0] == "MYS"  # the Malaysian state on its own
