"""Writes articles.json for the forty-third article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked from position 1000, after
gold-forty-second's stretch) that report acts of political actors: Zaire's rescue talks with the IMF, the Polish
unions' warning against price rises, the West African central bank's call to join IMF talks, Ontario lawmakers'
plea to the US Congress, the White House council's semiconductor recommendation, the rubber pact talks resumed,
the Philippine Senate's vote to speed the bank accord, Ecuador's production above its OPEC quota, the US Airbus
complaint at the GATT, the Japan Ex-Im Bank's meeting with Brazil's finance minister, his talks with Stoltenberg,
and the Dutch minister's withdrawal of the Rotterdam port subsidy.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

ZAIRE = ["COD", "ZAR"]             # Zaire: today's code and the 1987 one, both accepted as earlier golds do
ZR_IMF = ZAIRE + [IGO]
EC = ["EUR", IGO]
# The states the US charged over Airbus (the EC Commission beside them).
AIRBUS_STATES = ["FRA", "DEU", "GBR", "ESP"] + EC
# The West African monetary union's seven members the story names, and its central bank (a regional IGO).
UMOA = ["BEN", "BFA", "CIV", "MLI", "NER", "SEN", "TGO", IGO]
# The rubber conference: its Thai chairman, the Malaysian delegation the story quotes, and UNCTAD, which hosts it.
RUBBER_TALKS = ["THA", "MYS", IGO]
BR_JP = ["BRA", "JPN"]
BR_DE = ["BRA", "DEU"]
CA_US = ["CAN", "USA"]
PORT_FIRMS = ["NLD", MNC]          # the Rotterdam port's employers, domestic firms: their country or MNC

ARTICLES = [
    # 1. reuters-6395 (Wed 1987-03-18, Kinshasa): talks are under way between Zaire and the IMF on rescuing its
    #    economy; diplomatic and banking sources expect a compromise in the coming weeks; Zaire defied its
    #    creditors late last year by limiting debt repayments; Mobutu accused the IMF last October of strangling the
    #    country; Zairean officials blame the IMF plan's assumptions; the World Bank has released half of an agreed
    #    loan in the last two months and lent for river transport; Belgium recently agreed to release 17 mln dlrs.
    #    The talks CONSULT (COD and the IMF, IGO, either side; in COD), the World Bank's release AID (IGO to COD) and
    #    Belgium's agreed release AGREE (pledged aid; AID accepted; BEL to COD) required; the compromise expected
    #    (hypothetical), last year's limit on repayments REJECT (historical), Mobutu's accusation in October and the
    #    officials' blame ACCUSE (COD to IGO), the second World Bank loan AID and the agreement to come
    #    (hypothetical) optional; the government's expected discipline and a diplomat's forecast forbidden.
    article(REU + "6395", "1987-03-18", [
        E(["CONSULT"], "Talks are underway between financially", ZR_IMF, ZR_IMF, location_country="COD"),
        E(["AGREE"], "a compromise formula could be reached", ZR_IMF, ZR_IMF, req=False, modality=HYP,
          attribution="anonymous"),
        E(["REJECT"], "Zaire defied its creditors late last year", ZAIRE, req=False, modality=H, date="1986"),
        E(["ACCUSE"], "Mobutu accused the IMF of", ZAIRE, [IGO], req=False, modality=H, date="1986-10"),
        E(["ACCUSE"], "Zairean officials blame their present difficulties", ZAIRE, [IGO], req=False),
        E(["AID"], "The World Bank has released in the last two months", [IGO], ZAIRE),
        E(["AID"], "lent 27.6 mln dlrs to modernise", [IGO], ZAIRE, req=False),
        E(["AGREE", "AID"], "recently agreed to release a total of 17 mln dlrs", ["BEL"], ZAIRE),
        E(["AGREE"], "A new agreement between the IMF and Zaire would pave", ZR_IMF, ZR_IMF, req=False,
          modality=HYP, attribution="anonymous"),
    ], forbid=[F("is expected to increase budgetary discipline"), F("are bound to come to terms soon")],
        places=[P("Zaire", "COD"), P("Kinshasa", "COD", -4.32, 15.31), P("Belgium", "BEL")],
        dates=[D("late last year", "1986"), D("January 1987", "1987-01"), D("last year", "1986"),
               D("October", "1986-10"), D("January 1986", "1986-01"), D("September 1983", "1983-09"),
               D("1983", "1983"), D("last May", "1986-05")],
        quantities=[Q("five billion dlr", 5000000000, "USD"), Q("10 pct", 10, "percent"), Q("28 pct", 28, "percent"),
                    Q("830 mln dlrs", 830000000, "USD"), Q("41 pct", 41, "percent"), Q("35 mln", 35000000, "people"),
                    Q("67 pct", 67, "percent"), Q("80 mln dlrs", 80000000, "USD"),
                    Q("27.6 mln dlrs", 27600000, "USD"), Q("17 mln dlrs", 17000000, "USD")]),

    # 2. reuters-7663 (Fri 1987-03-20, Warsaw): the deputy chairman of the government trade union alliance OPZZ
    #    warned that the government's planned price rises could provoke an open confrontation with workers; the
    #    unions rejected the increases yesterday; the authorities told the OPZZ on Tuesday of the rises and that
    #    employers breaching the wage ceiling would be punished. The warning ACCUSE (a warning with no act of the
    #    speaker's own, as the earlier golds; THREATEN and REQUEST accepted; the union POL to the government POL; in
    #    POL), the rejection yesterday REJECT (POL to POL) and the authorities' briefing on Tuesday CONSULT (POL,
    #    either side) required; the punishment of employers announced (domestic policy, future) optional.
    article(REU + "7663", "1987-03-20", [
        E(["ACCUSE", "THREATEN", "REQUEST"], "a government trade union leader has warned", ["POL"], ["POL"],
          location_country="POL"),
        E(["REJECT"], "the unions' strong rejection of the increases", ["POL"], ["POL"], date="1987-03-19",
          location_country="POL"),
        E(["CONSULT"], "The authorities told the OPZZ on Tuesday", ["POL"], ["POL"], date="1987-03-17",
          location_country="POL"),
        E(["THREATEN", "SANCTION"], "employers who breached the ceiling would be punished", ["POL"], ["POL"],
          req=False, modality=FUT),
    ], places=[P("Poland", "POL")],
        dates=[D("yesterday", "1987-03-19"), D("Tuesday", "1987-03-17"), D("1987", "1987")],
        quantities=[Q("13 pct", 13, "percent"), Q("12 pct", 12, "percent")]),

    # 3. reuters-10995 (Mon 1987-03-30, Abidjan): the governor of the West African CFA zone's central bank (UMOA)
    #    urged today that the bank be involved in all negotiations with the IMF, after a one-day meeting of the
    #    zone's finance ministers here; the zone, which last month called for a new relationship with the IMF, is
    #    not contemplating a break with it; an extraordinary meeting last month in Yamoussoukro; he applauded last
    #    week's cocoa agreement. The call REQUEST (the central bank, IGO, to the IMF, IGO; the member states
    #    accepted as actors; in CIV) and the ministers' meeting CONSULT (the named members and the bank as joint
    #    actors, no recipient; in CIV) required; the assurance of no break (SUPPORT; REJECT accepted), last month's
    #    call and meeting (historical) and the applause SUPPORT optional; his view of borrowing forbidden.
    article(REU + "10995", "1987-03-30", [
        E(["REQUEST"], "today urged that the bank should be involved", UMOA, [IGO], date="1987-03-30",
          location_country="CIV"),
        E(["CONSULT"], "a regular one-day meeting of UMOA finance ministers", UMOA, date="1987-03-30",
          location_country="CIV"),
        E(["SUPPORT", "REJECT"], "was not contemplating a break with the fund", UMOA, [IGO], req=False),
        E(["REQUEST"], "which last month called for a new relationship", UMOA, [IGO], req=False, modality=H,
          date="1987-02"),
        E(["CONSULT"], "an extraordinary UMOA meeting held in", UMOA, req=False, modality=H, date="1987-02",
          location_country="CIV"),
        E(["SUPPORT"], "He applauded last week's agreement", UMOA, req=False),
    ], forbid=[F("Borrowing to pay off debts cannot be a solution")],
        places=[P("Ivory Coast", "CIV"), P("Yamoussoukro", "CIV", 6.82, -5.28), P("Benin", "BEN"),
                P("Burkina Faso", "BFA"), P("Mali", "MLI"), P("Niger", "NER"), P("Senegal", "SEN"), P("Togo", "TGO")],
        dates=[D("today", "1987-03-30"), D("last month", "1987-02"), D("last week", "1987-03")],
        quantities=[Q("seven member countries", 7, "countries"), Q("50 CFA francs", 50, "XOF")]),

    # 4. reuters-14412 (Tue 1987-04-07, Washington): lawmakers from Ontario asked their US counterparts at a
    #    meeting of the Northeast-Midwest Coalition to exempt Canada from the mandatory retaliation provisions of
    #    the trade bill before Congress. The request REQUEST (CAN to USA; in USA) and the meeting CONSULT (CAN and
    #    USA, either side; in USA) required; the quoted plea (a restatement) optional; the bill's provisions and the
    #    president's present powers (no act) forbidden.
    article(REU + "14412", "1987-04-07", [
        E(["REQUEST"], "counterparts to exempt Canada from", ["CAN"], ["USA"], location_country="USA"),
        E(["CONSULT"], "At a meeting of the Northeast-Midwest Coalition", CA_US, CA_US, location_country="USA"),
        E(["REQUEST"], "you should sincerely consider exempting", ["CAN"], ["USA"], req=False),
    ], forbid=[F("would require President Reagan to retaliate"), F("Currently, Reagan can reject trade sanctions")],
        places=[P("Ontario", "CAN", 50.00, -85.00), P("Canada", "CAN")],
        dates=[D("late April", "1987-04")]),

    # 5. reuters-10209 (Thu 1987-03-26, Washington): the White House Economic Policy Council made its
    #    recommendation to Reagan on whether to retaliate against Japan over semiconductor trade, US officials said
    #    (unnamed: anonymous); they expected it to call for retaliation; the Senate last week called on Reagan to
    #    impose penalties; in last summer's pact Japan agreed to stop dumping and the US to hold up duties; US
    #    officials say Japan still dumps in third countries and keeps its market closed. The recommendation REQUEST
    #    (the council to its president, USA to USA; JPN, the state it concerns, accepted) and the officials' charge
    #    ACCUSE (USA to JPN) required, both anonymous; the expected call for retaliation (hypothetical), the
    #    Senate's call last week REQUEST, last summer's agreements AGREE (historical) optional; the days before
    #    Reagan acts forbidden.
    article(REU + "10209", "1987-03-26", [
        E(["REQUEST"], "made a recommendation to President Reagan", ["USA"], ["USA", "JPN"], attribution="anonymous",
          location_country="USA"),
        E(["REQUEST", "THREATEN"], "it was likely the council would call for retaliation", ["USA"], ["USA", "JPN"],
          req=False, modality=HYP, attribution="anonymous"),
        E(["REQUEST"], "The Senate last week unanimously called on Reagan", ["USA"], ["USA", "JPN"], req=False,
          modality=H, date="1987-03"),
        E(["AGREE"], "Japan summer agreed to stop dumping", ["JPN"], ["USA"], req=False, modality=H, date="1986"),
        E(["AGREE"], "the United States agreed to hold up imposing", ["USA"], ["JPN"], req=False, modality=H,
          date="1986"),
        E(["ACCUSE"], "officials say that while Japan has stopped", ["USA"], ["JPN"], attribution="anonymous"),
    ], forbid=[F("it might be several days before Reagan would act")],
        places=[P("Japan", "JPN"), P("United States", "USA")],
        dates=[D("last week", "1987-03"), D("last summer", "1986")]),

    # 6. reuters-3155 (Mon 1987-03-09, Geneva): the conference renegotiating the International Natural Rubber
    #    Agreement resumed today under UNCTAD, scheduled to last until March 20; its Thai chairman told delegates it
    #    was imperative to settle the main issues this week and will start consultations with producers and
    #    consumers; last October's talks collapsed when producers rejected consumers' demands; the Malaysian
    #    delegation's head called on delegates to put aside differences. The conference resumed CONSULT (the
    #    producing and consuming states: the chairman's and the quoted delegation's states and UNCTAD, IGO, as
    #    joint actors, no recipient; in CHE) required; the chairman's and the delegation head's appeals to
    #    delegates REQUEST, his past and coming consultations CONSULT and the producers' rejection last October
    #    (historical) optional; the forecast of volatile prices forbidden.
    article(REU + "3155", "1987-03-09", [
        E(["CONSULT"], "which resumed today under the auspices", RUBBER_TALKS, date="1987-03-09",
          location_country="CHE"),
        E(["REQUEST"], "said it was imperative to try to settle", ["THA", IGO], req=False),
        E(["CONSULT"], "in his consultations with representatives of major", ["THA", IGO], req=False, modality=H),
        E(["CONSULT"], "he will immediately start consultations", ["THA", IGO], req=False, modality=FUT),
        E(["REJECT"], "were rejected by producers", None, req=False, modality=H, date="1986-10"),
        E(["REQUEST"], "Calling on delegates to show a sense of purpose", ["MYS"], req=False),
    ], forbid=[F("prices of natural rubber would become more volatile")],
        places=[P("Thailand", "THA")],
        dates=[D("today", "1987-03-09"), D("March 20", "1987-03-20"), D("last October", "1986-10"),
               D("October 1985", "1985-10"), D("October 1987", "1987-10")],
        quantities=[Q("five-year", 5, "years")]),

    # 7. reuters-21402 (Mon 1987-10-19, Manila): the Philippine Senate approved a proposal to repay loans owed by a
    #    private firm to speed the signing of the 13.2 billion dlr rescheduling accord with foreign banks; President
    #    Aquino had accused some creditor banks of coercion in threatening to refuse to sign until the loan was
    #    settled. The Senate's approval CONCEDE (yielding to the banks' demand; AGREE accepted; PHL to the banks,
    #    MNC; in PHL) and Aquino's accusation ACCUSE (PHL to the banks) required; the banks' threat THREATEN (MNC to
    #    PHL, known from the accusation) optional.
    article(REU + "21402", "1987-10-19", [
        E(["CONCEDE", "AGREE"], "The Philippine Senate approved a proposal", ["PHL"], [MNC], location_country="PHL"),
        E(["ACCUSE"], "President Corazon Aquino had accused some creditor banks", ["PHL"], [MNC]),
        E(["THREATEN"], "in threatening to refuse to sign", [MNC], ["PHL"], req=False),
    ], places=[P("Philippines", "PHL")],
        dates=[D("November 15", "1987-11-15")],
        quantities=[Q("13.2 billion dlr", 13200000000, "USD")]),

    # 8. reuters-19844 (Mon 1987-06-29, Quito): Ecuador will produce crude above its 221,000 bpd OPEC quota in the
    #    second half of the year to repay the crude lent by Venezuela, Nigeria and Kuwait, the energy minister told a
    #    news conference; he explained the move to OPEC members at last week's meeting in Vienna, which raised
    #    Ecuador's quota; "they understood our position". The announced breach of the quota REJECT (future; ECU to
    #    OPEC, IGO; in ECU), the explanation at last week's meeting CONSULT (ECU and OPEC, either side; in AUT) and
    #    the quota raised AGREE (CONCEDE accepted; OPEC to ECU; in AUT) required; OPEC's understanding SUPPORT (as the
    #    minister tells it) and the three states' loans of crude AID (historical) optional; the earthquake's damage
    #    to a pipeline (no act) forbidden.
    article(REU + "19844", "1987-06-29", [
        E(["REJECT"], "Ecuador will produce crude oil in excess", ["ECU"], [IGO], modality=FUT, location_country="ECU"),
        E(["CONSULT"], "the move had been explained to fellow OPEC members", ["ECU", IGO], ["ECU", IGO],
          date="1987-06", location_country="AUT"),
        E(["AGREE", "CONCEDE"], "from 210,000 was approved", [IGO], ["ECU"], date="1987-06", location_country="AUT"),
        E(["SUPPORT"], "They understood our position", [IGO], ["ECU"], req=False),
        E(["AID"], "Venezuela, Nigeria and Kuwait loaned Ecuador", ["VEN", "NGA", "KWT"], ["ECU"], req=False,
          modality=H),
    ], forbid=[F("Earthquake damage to a pipeline sharply cut")],
        places=[P("Ecuador", "ECU"), P("Vienna", "AUT", 48.21, 16.37), P("Venezuela", "VEN"), P("Nigeria", "NGA"),
                P("Kuwait", "KWT")],
        dates=[D("August", "1987-08"), D("next January", "1988-01"), D("last week", "1987-06"),
               D("March", "1987-03"), D("May", "1987-05")],
        quantities=[Q("221,000", 221000, "bpd"), Q("280,000 bpd", 280000, "bpd"), Q("320,000 bpd", 320000, "bpd"),
                    Q("210,000", 210000, "bpd"), Q("144,000 bpd", 144000, "bpd"),
                    Q("12 mln barrels", 12000000, "barrels"), Q("four mln barrels", 4000000, "barrels")]),

    # 9. reuters-7802 (Fri 1987-03-20, Geneva): the US will pursue its complaint that European governments unfairly
    #    subsidise Airbus in proceedings at the GATT civil aircraft committee, a GATT spokesman said; the US
    #    presented its case for the first time at a two-day session ending today and asked the committee to confirm
    #    its reading of the rules; the committee agreed to open debate, trade officials said (unnamed: anonymous);
    #    in its letter calling for the session Washington charged France, West Germany, Britain, Spain and the EC
    #    Commission with unfair practices. The complaint pursued and the case presented ACCUSE (USA to the
    #    European states and the EC, EUR or IGO; IGO, the committee, accepted for the case presented; in CHE) and the
    #    committee's agreement to open debate AGREE (IGO; anonymous; in CHE) required; the anger restated, the
    #    letter's charges (historical), the restated charge and the request to confirm its view REQUEST optional;
    #    the Europeans' freedom to complain and the delegates' reading of the US position forbidden.
    article(REU + "7802", "1987-03-20", [
        E(["ACCUSE"], "Will pursue its complaint that European governments", ["USA"], AIRBUS_STATES,
          location_country="CHE"),
        E(["ACCUSE"], "Presented its case for the first time", ["USA"], AIRBUS_STATES + [IGO],
          date="1987-03", location_country="CHE"),
        E(["AGREE"], "committee agreed to open debate", [IGO], attribution="anonymous", location_country="CHE"),
        E(["ACCUSE"], "again made clear their anger", ["USA"], AIRBUS_STATES, req=False),
        E(["ACCUSE"], "Washington charged France, West Germany", ["USA"], AIRBUS_STATES, req=False, modality=H),
        E(["ACCUSE"], "Charges that the Europeans are violating rules", ["USA"], AIRBUS_STATES, req=False),
        E(["REQUEST"], "asked the committee to confirm its view", ["USA"], [IGO], req=False),
    ], forbid=[F("would also be free to bring up any complaints"), F("appeared to give such broad interpretation")],
        places=[P("France", "FRA"), P("West Germany", "DEU"), P("U.K.", "GBR"), P("Spain", "ESP")],
        dates=[D("today", "1987-03-20"), D("July", "1987-07"), D("February", "1987-02"), D("1979", "1979")],
        quantities=[Q("80 pct", 80, "percent"), Q("two-day", 2, "days")]),

    # 10. reuters-3064 (Mon 1987-03-09, Tokyo): the Export-Import Bank of Japan's president told Brazil's finance
    #     minister Funaro in a 30-minute meeting that the bank will continue to cooperate but made no commitment to
    #     a new credit, Ex-Im officials said (unnamed: anonymous); the bank will consider Brazil's request for a 300
    #     mln dlr credit in the context of international cooperation; Funaro renewed the request today; Brazil
    #     first requested it last November and has resisted going to the IMF. The meeting CONSULT (JPN, the state
    #     bank, and BRA, either side; in JPN) and the renewed request REQUEST (BRA to JPN) required; the promise to
    #     cooperate AGREE (SUPPORT accepted), the commitment withheld REJECT, the first request (historical) and the
    #     resistance to the IMF REJECT (BRA to IGO) optional; the officials' reading that the credit would come in a
    #     package forbidden.
    article(REU + "3064", "1987-03-09", [
        E(["AGREE", "SUPPORT"], "the bank will continue to cooperate with it", ["JPN"], ["BRA"], req=False,
          attribution="anonymous"),
        E(["REJECT"], "he refrained from making any commitment", ["JPN"], ["BRA"], req=False,
          attribution="anonymous"),
        E(["CONSULT"], "In a 30-minute meeting, Tanaka told", BR_JP, BR_JP, date="1987-03-09",
          attribution="anonymous", location_country="JPN"),
        E(["REJECT"], "Brazil has resisted going to the IMF", ["BRA"], [IGO], req=False),
        E(["REQUEST"], "Brazil first requested the 300 mln dlr credit", ["BRA"], ["JPN"], req=False, modality=H,
          date="1986-11"),
        E(["REQUEST"], "Funaro renewed the request today", ["BRA"], ["JPN"], date="1987-03-09",
          location_country="JPN"),
    ], forbid=[F("this meant the Ex-Im Bank would grant the credit")],
        places=[P("Brazil", "BRA")],
        dates=[D("today", "1987-03-09"), D("last November", "1986-11")],
        quantities=[Q("300 mln dlr", 300000000, "USD"), Q("30-minute", 30, "minutes")]),

    # 11. reuters-1248 (Tue 1987-03-03, Bonn): Brazil's finance minister Funaro, on the third leg of a trip to
    #     explain Brazil's stance on debt to European governments, met West German finance minister Stoltenberg for
    #     talks this evening, Brazilian delegation sources said (unnamed: anonymous); they discussed Third World
    #     debt and Brazil's; he was to travel to Switzerland tomorrow. The talks CONSULT (BRA and DEU, either side;
    #     in DEU) required; the discussion restated, the trip to explain the stance CONSULT and the visit to
    #     Switzerland to come (future; CONSULT accepted) optional.
    article(REU + "1248", "1987-03-03", [
        E(["CONSULT"], "a trip to explain his country's stance", ["BRA"], None, req=False),
        E(["CONSULT"], "met West German Finance Minister Gerhard Stoltenberg", BR_DE, BR_DE, date="1987-03-03",
          attribution="anonymous", location_country="DEU"),
        E(["CONSULT"], "the Funaro and Stoltenberg discussed", BR_DE, BR_DE, req=False, attribution="anonymous"),
        E(["AGREE", "CONSULT"], "was scheduled to travel to Switzerland", ["BRA"], ["CHE"], req=False, modality=FUT,
          date="1987-03-04", attribution="anonymous", location_country="CHE"),
    ], places=[P("Switzerland", "CHE")],
        dates=[D("this evening", "1987-03-03"), D("tomorrow", "1987-03-04")]),

    # 12. reuters-2310 (Thu 1987-03-05, Rotterdam): the Dutch social affairs minister announced he is withdrawing
    #     the annual 10 mln guilder labour subsidy for Rotterdam's strike-hit general cargo sector from July 1, as
    #     he had threatened late last month should the dispute not be settled by Monday; the employers' chairman is
    #     unhappy; the strikes began on January 19 against the employers' redundancy plans; the port and transport
    #     union FNV attacked the employers' loss figures as inflated. The subsidy withdrawn SANCTION (the manual's
    #     cut of aid; NLD to the sector's employers, NLD or MNC; in NLD) and the union's attack ACCUSE (the union NLD
    #     to the employers) required; last month's threat THREATEN (historical), the strikes since January 19
    #     PROTEST (historical; the workers NLD to the employers) and the charge of inflated figures (a restatement)
    #     optional.
    article(REU + "2310", "1987-03-05", [
        E(["SANCTION"], "announced he is withdrawing the annual", ["NLD"], PORT_FIRMS, location_country="NLD"),
        E(["THREATEN"], "he would withdraw the subsidy", ["NLD"], PORT_FIRMS, req=False, modality=H, date="1987-02"),
        E(["PROTEST"], "The series of strikes in the sector started", ["NLD"], PORT_FIRMS, req=False, modality=H,
          date="1987-01-19", location_country="NLD"),
        E(["ACCUSE"], "attacked loss figures given for the port", ["NLD"], PORT_FIRMS, location_country="NLD"),
        E(["ACCUSE"], "the employers had inflated the figures", ["NLD"], PORT_FIRMS, req=False),
    ], places=[P("Rotterdam", "NLD", 51.92, 4.48)],
        dates=[D("July 1", "1987-07-01"), D("Late last month", "1987-02"), D("Monday", "1987-03-02"),
               D("January 19", "1987-01-19"), D("1990", "1990"), D("this year", "1987"), D("last year", "1986"),
               D("1985", "1985")],
        quantities=[Q("10 mln guilder", 10000000, "NLG"), Q("34 mln guilders", 34000000, "NLG"),
                    Q("37 mln", 37000000, "NLG"), Q("30 mln", 30000000, "NLG"), Q("800 redundancies", 800, "jobs")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
