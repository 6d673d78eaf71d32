"""Writes articles.json for the thirty-fourth article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 451, after
gold-thirty-third) that report acts of political actors: the Reagan administration moving to free the last Contra
aid, King Fahd's appeals to oil producers, Italy's support for Brazil's finance minister, the SEC's charges against a
lamp maker, a union's demonstration against a takeover bid, a bombing of Colombia's main oil pipeline, Cominco
workers' strike vote, Nigeria and Guinea's iron ore accord, Canada's energy board refusing Hydro-Quebec's export
licence, Senator Bentsen's concern at Canada's trade resolution, South Korea's finance minister's visit for currency
talks, and a Brazilian industry's welcome of the US cut in orange juice duties.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

CONTRAS = ["NIC", IMG]             # the Contra rebels: Nicaragua plus IMG (gold/README.md's armed groups)
FIRM_US = ["USA", MNC]             # a US firm: its home country or MNC (gold-twenty-second)
FIRM_CA = ["CAN", MNC]             # a Canadian firm or a provincially owned utility: CAN or MNC
FIRM_BR = ["BRA", MNC]             # Brazilian exporters and their industry association: BRA or MNC
NG_GN = ["NGA", "GIN"]
BR_IT = ["BRA", "ITA"]
KR_US = ["KOR", "USA"]
G6 = ["USA", "JPN", "DEU", "FRA", "GBR", "CAN", IGO]   # the six industrial nations' Paris accord: any of them, or IGO
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-2525 (Thu 1987-03-05, Washington): the Reagan administration issues a formal statement to Congress
    #    to free the last 40 mln dlrs of 1987 aid for the Contras (military equipment; Congress has 15 days to
    #    disapprove); a day after Reagan's speech on the Iran arms sales report; House Democratic leaders have decided
    #    to push for a 180-day moratorium on further aid (a vote next Wednesday). The move to free the aid AGREE
    #    (future: the aid is released only after the 15 days; the manual's future AID is AGREE; AID and SUPPORT
    #    accepted; USA to the Contras, NIC or IMG) and the Democratic leaders' decision to push for a moratorium
    #    REJECT (SANCTION and REQUEST accepted; USA to the administration or the Contras) required; the 100 mln dlrs
    #    voted by Congress (historical) and the secret arms sales to Iran (historical) optional; Congress's 15 days,
    #    the spokesman's forecast and the vote to come forbidden.
    article(REU + "2525", "1987-03-05", [
        E(["AGREE", "AID", "SUPPORT"], "issued a formal statement to Congress", ["USA"], CONTRAS, modality=FUT,
          location_country="USA"),
        E(["AID", "SUPPORT", "AGREE"], "100 mln dlrs voted by Congress for the Contras", ["USA"], CONTRAS,
          req=False, modality=H),
        E(["AID", "COOPERATE"], "the secret Iran arms sales", ["USA"], ["IRN"], req=False, modality=H),
        E(["REJECT", "SANCTION", "REQUEST"], "had decided to push for a 180-day moratorium", ["USA"],
          ["USA"] + CONTRAS, location_country="USA"),
    ], forbid=[F("Congress now has 15 days to disapprove"), F("prospects for approval are very good"),
               F("the House would vote next Wednesday")],
        places=[P("Nicaragua", "NIC"), P("Iran", "IRN"), P("Michigan", "USA", 44.3, -85.6)],
        dates=[D("1987", "1987"), D("today", "1987-03-05"), D("next Wednesday", "1987-03-11")],
        quantities=[Q("40 mln dlrs", 40000000, "USD"), Q("100 mln dlrs", 100000000, "USD"),
                    Q("15 days", 15, "days")]),

    # 2. reuters-3455 (Wed 1987-03-11, Riyadh): in an interview before his state visit to Britain later this month,
    #    King Fahd calls on non-OPEC producers to avoid harmful competition with OPEC, says Saudi Arabia adheres to
    #    OPEC's December decisions, urges the world community to help the Palestinians return and calls for a
    #    peaceful end to the Iran-Iraq war. The call on non-OPEC producers REQUEST (no code for them: recipient left
    #    out), the appeal for the Palestinians REQUEST (recipient left out), the call for an end to the war REQUEST
    #    (SAU to IRN and IRQ) and the state visit to come AGREE (future visits AGREE first, CONSULT accepted; SAU to
    #    GBR, in GBR) required; the quoted plea (a restatement), OPEC's December accord (historical), Iran's and
    #    Algeria's calls for a higher price, Saudi Arabia's adherence to the accord, and Britain resisting OPEC's
    #    pleas (with the pleas) optional; the interviewer's question and the King's view of the war forbidden.
    article(REU + "3455", "1987-03-11", [
        E(["REQUEST"], "he called on non-OPEC producers", ["SAU"], location_country="SAU"),
        E(["AGREE", "CONSULT"], "a state visit he will make to Britain", ["SAU"], ["GBR"], modality=FUT,
          date="1987-03", location_country="GBR"),
        E(["AGREE"], "agreed to by OPEC last December", [IGO], req=False, modality=H, date="1986-12"),
        E(["REQUEST"], "must help us in a framework of common", ["SAU"], req=False),
        E(["REQUEST"], "Iran and Algeria have already called for", ["IRN", "DZA"], [IGO], req=False),
        E(["SUPPORT", "COOPERATE", "AGREE"], "was adhering to decisions made at OPEC", ["SAU"], [IGO], req=False),
        E(["REJECT"], "Britain has so far resisted", ["GBR"], [IGO], req=False),
        E(["REQUEST"], "pleas to curb its North Sea oil output", [IGO], ["GBR"], req=False),
        E(["REQUEST"], "urged the world community to help the Palestinians", ["SAU"], location_country="SAU"),
        E(["REQUEST"], "called for a peaceful end to the Iran-Iraq war", ["SAU"], ["IRN", "IRQ"],
          location_country="SAU"),
    ], forbid=[F("was asked whether Saudi Arabia would be prepared", allow=["AGREE"]),
               F("could not be resolved on the battlefield")],
        places=[P("Saudi Arabia", "SAU"), P("Britain", "GBR"), P("Iran", "IRN"), P("Algeria", "DZA")],
        dates=[D("today", "1987-03-11"), D("later this month", "1987-03"), D("last December", "1986-12")],
        quantities=[Q("4.133 mln barrels per day", 4133000, "barrels per day"), Q("18 dlr", 18, "USD"),
                    Q("15.8 mln bpd", 15800000, "bpd")]),

    # 3. reuters-2545 (Thu 1987-03-05, Rome): Italy's treasury minister meets Brazil's finance minister, in Rome on
    #    the fifth leg of a tour seeking governments' support on Brazil's debt, and expresses Italy's willingness to
    #    support his efforts. The meeting CONSULT (the visiting minister as actor; the text has the host as subject,
    #    so both sides either way; in ITA) and the expression of support SUPPORT (AGREE accepted: an offer of
    #    support; ITA to BRA) required; the tour to seek support REQUEST (recipient left out: governments), the
    #    support restated and the minister's quoted call to work together optional.
    article(REU + "2545", "1987-03-05", [
        E(["CONSULT"], "met Brazilian Finance Minister Dilson Funaro today", BR_IT, BR_IT, date="1987-03-05",
          location_country="ITA"),
        E(["SUPPORT", "AGREE"], "expressed Italy's willingness to support his efforts", ["ITA"], ["BRA"],
          location_country="ITA"),
        E(["REQUEST"], "a tour to seek governmental support", ["BRA"], req=False),
        E(["SUPPORT", "AGREE"], "Italy's expression of support was based on reason", ["ITA"], ["BRA"], req=False),
        E(["REQUEST", "SUPPORT"], "we should all work together to help solve them", ["ITA"], req=False),
    ], places=[P("Rome", "ITA", 41.90, 12.50), P("Brazil", "BRA")],
        dates=[D("today", "1987-03-05")]),

    # 4. reuters-18343 (Tue 1987-06-02, Washington): the SEC charges Windsor Holding Co with fraudulently overstating
    #    its 1982 and 1983 income, filing a civil case in the district court; the company and former officers agree
    #    to settle without admitting or denying, consenting to court orders barring further violations; the SEC
    #    also charges three officers and a former director. The SEC's charge ACCUSE (a regulator against a firm,
    #    gold-twenty-second's courts and regulators; USA to the firm, USA or MNC) required; the civil case filed
    #    (the same act), the settlement CONCEDE/AGREE (the firm's act), the consented court orders SANCTION
    #    (COERCE accepted; the orders are the settlement's, not reported as issued) and the further charges against
    #    the officers and the company (details of one complaint) optional; the absence of penalties and the
    #    bankruptcy forbidden.
    article(REU + "18343", "1987-06-02", [
        E(["ACCUSE"], "charged Windsor Holding Co", ["USA"], FIRM_US, location_country="USA"),
        E(["ACCUSE"], "the filing of the civil case", ["USA"], FIRM_US, req=False),
        E(["CONCEDE", "AGREE"], "agreed to settle the charges without admitting", FIRM_US, ["USA"], req=False),
        E(["SANCTION", "COERCE"], "consented to court orders barring them", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "The SEC charged Jose Arrojo", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "resulting in a 1.6 mln dlr overstatement", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "also failed to disclose in an SEC filing", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "were also charged with making false statements", ["USA"], FIRM_US, req=False),
    ], forbid=[F("There were no monetary penalties in the settlement"), F("Windsor filed for bankruptcy")],
        places=[P("Chicago", "USA", 41.88, -87.63)],
        dates=[D("1982", "1982"), D("1983", "1983"), D("May 1985", "1985-05"), D("August 1985", "1985-08"),
               D("last December", "1986-12")],
        quantities=[Q("3.6 mln dlrs", 3600000, "USD"), Q("2.0 mln dlr", 2000000, "USD"),
                    Q("1.6 mln dlr", 1600000, "USD")]),

    # 5. reuters-13021 (Fri 1987-04-03, Landover, Maryland): the United Food and Commercial Workers say more than
    #    1,000 members will demonstrate on Monday at Dart Group's headquarters against its takeover bid for
    #    Supermarkets General; the union is firmly against the bid and charges that Dart's Safeway bid cost
    #    thousands of jobs. The announced demonstration PROTEST (future: the manual's `demo`, announced for a named
    #    day; THREATEN accepted; the union USA to the firm, USA or MNC, in USA) and the union's stand against the bid
    #    REJECT (ACCUSE accepted) required; the quoted refusal (a restatement) and the charge over the Safeway bid
    #    ACCUSE optional; the Hafts' earlier bid for Safeway forbidden (a company deal).
    article(REU + "13021", "1987-04-03", [
        E(["PROTEST", "THREATEN"], "union will demonstrate Monday", ["USA"], FIRM_US, modality=FUT,
          date="1987-04-06", location_country="USA"),
        E(["REJECT", "ACCUSE"], "it is firmly against the Dart bid", ["USA"], FIRM_US, location_country="USA"),
        E(["REJECT", "ACCUSE"], "We do not intend to allow our members", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "Dart's Safeway bid forced a major restructuring", ["USA"], FIRM_US, req=False),
    ], forbid=[F("last year made a bid for California-based Safeway")],
        places=[P("New York", "USA", 40.71, -74.01), P("New Jersey", "USA", 40.06, -74.41), WASHINGTON,
                P("California", "USA", 36.78, -119.42)],
        dates=[D("Monday", "1987-04-06"), D("last year", "1986")],
        quantities=[Q("1,000 rank-and-file members", 1000, "people"), Q("1.73 billion dlr", 1730000000, "USD"),
                    Q("100 mln dlrs", 100000000, "USD")]),

    # 6. reuters-13184 (Fri 1987-04-03, Bogota): the state oil company says Colombia's main oil pipeline was bombed
    #    again, the 31st dynamite attack in nine months, and pumping was suspended. The bombing ASSAULT (an unknown
    #    attacker: no actor, as gold-tenth's bomb by unknown attackers; to the state's pipeline, COL; in COL)
    #    required; the attack restated and the bombings since last July (historical) optional; the state firm's
    #    association with foreign oil companies forbidden (a company deal).
    article(REU + "13184", "1987-04-03", [
        E(["ASSAULT"], "main oil pipeline was bombed again", recipient=["COL"], date="1987-04-03",
          location_country="COL"),
        E(["ASSAULT"], "the early morning dynamite attack", recipient=["COL"], req=False, location_country="COL"),
        E(["ASSAULT"], "bombings since last July", recipient=["COL"], req=False, modality=H),
    ], forbid=[F("Ecopetrol is exploiting Cravo Norte in association")],
        places=[P("Colombia", "COL"), P("Cravo Norte", "COL", 6.30, -70.20), P("Magangue", "COL", 9.24, -74.75),
                P("Bolivar", "COL", 8.67, -74.03)],
        dates=[D("last July", "1986-07")],
        quantities=[Q("170,000 barrels per day", 170000, "barrels per day"), Q("nine months", 9, "months"),
                    Q("2,000 barrels", 2000, "barrels"), Q("110,000 barrels", 110000, "barrels"),
                    Q("10 mln dlrs", 10000000, "USD")]),

    # 7. reuters-17109 (Fri 1987-04-24, Trail, British Columbia): Cominco's 3,200 unionized workers vote 94 pct to
    #    authorize a possible strike; their contracts expire April 30; mediation talks are set for Monday; the union
    #    asks for three pct a year, Cominco offers 40 cents an hour. The strike vote THREATEN (future; PROTEST
    #    accepted, as gold-thirty-second's strike votes; the workers CAN to the firm, CAN or MNC) required; the
    #    mediation talks to come AGREE (CONSULT accepted; reiterated), the pay demand REQUEST and the firm's offer
    #    AGREE optional (gold-twenty-second's pay offer and demand); "no strike date had been set" forbidden but for
    #    the talks its sentence carries.
    article(REU + "17109", "1987-04-24", [
        E(["THREATEN", "PROTEST"], "voted 94 pct in favor of authorizing", ["CAN"], FIRM_CA, modality=FUT,
          location_country="CAN"),
        E(["AGREE", "CONSULT"], "private mediation talks are set for Monday", FIRM_CA, req=False,
          modality=FUT, date="1987-04-27"),
        E(["REQUEST"], "it is asking for a three pct wage hike", ["CAN"], FIRM_CA, req=False),
        E(["AGREE"], "Cominco has offered a 40 ct an hour increase", FIRM_CA, ["CAN"], req=False),
    ], forbid=[F("no strike date had been set", allow=["AGREE", "CONSULT"])],
        places=[P("Trail", "CAN", 49.10, -117.71), P("Kimberley", "CAN", 49.67, -115.98),
                P("British Columbia", "CAN", 53.73, -127.65)],
        dates=[D("April 30", "1987-04-30"), D("Monday", "1987-04-27"), D("1986", "1986"), D("last year", "1986")],
        quantities=[Q("3,200", 3200, "workers"), Q("94 pct", 94, "percent"), Q("three pct", 3, "percent"),
                    Q("14.78 dlrs", 14.78, "CAD")]),

    # 8. reuters-1156 (Tue 1987-03-03, Lagos): after two days of talks in Lagos between Guinea's natural resources
    #    minister and Nigeria's mines minister, a communique says the two states agreed to set up a company with
    #    Liberia for the Mifergui-Nimba iron ore project, Liberia invited to join, and agreed to extend their
    #    uranium prospecting agreement to other minerals. The accord on the company AGREE (COOPERATE and SUPPORT
    #    accepted; both states either side, Liberia a recipient), the talks CONSULT (the visiting Guinean minister
    #    as actor, both sides either way; in NGA) and the extension of the prospecting agreement AGREE (COOPERATE
    #    accepted) required; the invitation to Liberia AGREE (manual: invitations AGREE; REQUEST accepted) and the
    #    World Bank's help with the study (future; its expected finance inside the sentence) optional.
    article(REU + "1156", "1987-03-03", [
        E(["AGREE", "COOPERATE", "SUPPORT"], "Nigeria and Guinea agreed to set up a new", NG_GN, NG_GN + ["LBR"],
          location_country="NGA"),
        E(["CONSULT"], "after two days of talks here", ["GIN", "NGA"], NG_GN, location_country="NGA"),
        E(["AGREE", "REQUEST"], "Liberia was invited to join", NG_GN, ["LBR"], req=False),
        E(["COOPERATE", "AID", "AGREE"], "with the help of the World Bank", [IGO], NG_GN, req=False, modality=FUT),
        E(["AGREE", "COOPERATE"], "Musa and Sylla agreed that because of poor market conditions", NG_GN, NG_GN,
          location_country="NGA"),
    ], places=[P("Guinea", "GIN"), P("Liberia", "LBR"), P("Nigeria", "NGA")],
        dates=[D("May", "1987-05"), D("early 1990", "1990")],
        quantities=[Q("two days", 2, "days"), Q("50 pct", 50, "percent"), Q("16.2 pct", 16.2, "percent"),
                    Q("15 mln tonnes", 15000000, "tonnes"), Q("12 mln", 12000000, "tonnes")]),

    # 9. reuters-18733 (Thu 1987-06-18, Montreal): Canada's National Energy Board denies Quebec-owned Hydro-Quebec's
    #    application to export about three billion dlrs of electricity to New England, after four months of
    #    hearings, because it was not offered first to Canadian provinces; three provinces had opposed the contract
    #    at the hearings; Hydro-Quebec will study the decision and says it is willing to discuss sales with the
    #    provinces. The board's refusal REJECT (a regulator against a firm; SANCTION accepted; CAN to the utility,
    #    CAN or MNC; in CAN) required; the refusal restated, the first outright rejection (a restatement), the
    #    provinces' opposition at the hearings REJECT/ACCUSE (background), the utility's argument against the
    #    finding REJECT and its willingness to discuss AGREE optional; the decision still to be made public, the review and appeal open to the utility, the
    #    utility not yet notified, the contract (a company deal) and "weren't able to demonstrate" forbidden.
    article(REU + "18733", "1987-06-18", [
        E(["REJECT", "SANCTION"], "has denied an application by Quebec-owned Hydro-Quebec", ["CAN"], FIRM_CA,
          location_country="CAN"),
        E(["REJECT", "SANCTION"], "the board rejected tha application", ["CAN"], FIRM_CA, req=False),
        E(["REJECT", "ACCUSE"], "the utility argued that it can generate", FIRM_CA, ["CAN"], req=False),
        E(["AGREE"], "we're willing to discuss it", FIRM_CA, ["CAN"], req=False),
        E(["REJECT", "SANCTION"], "the first the National Energy Board has rejected outright", ["CAN"], FIRM_CA,
          req=False),
        E(["REJECT", "ACCUSE"], "had opposed the contract at Energy Board hearings", ["CAN"], FIRM_CA, req=False,
          modality=H),
    ], forbid=[F("The decision is to be made public later today"), F("can apply for a review of the decision"),
               F("had not yet been officially notified"), F("The contract was a 10-year agreement"),
               F("They weren't able to demonstrate")],
        places=[P("New England", "USA", 43.0, -71.5), P("New Brunswick", "CAN", 46.5, -66.2),
                P("Prince Edward Island", "CAN", 46.25, -63.0), P("Newfoundland", "CAN", 48.5, -56.0)],
        dates=[D("today", "1987-06-18"), D("1990", "1990")],
        quantities=[Q("three billion Canadian dlrs", 3000000000, "CAD"), Q("four months", 4, "months")]),

    # 10. reuters-9532 (Wed 1987-03-25, Washington): Senate Finance Committee chairman Bentsen says he is concerned
    #     about the resolution on bilateral trade negotiations adopted by Canada's House of Commons last week, which
    #     may jeopardize a free trade agreement; he charges that Canada restricts trade 15 ways, hopes Reagan makes
    #     the US position clear when he visits Mulroney next month (April 5-6 in Ottawa) and urges Mulroney to
    #     withdraw a proposed ban on imports of independent films. His concern ACCUSE (gold-twenty-third's
    #     "concerned" ACCUSE; USA to CAN) and his call on Mulroney to withdraw the film proposal REQUEST (USA to
    #     CAN) required; the Commons resolution SUPPORT (last week; CAN to USA), the concern restated, his quoted
    #     demand for a true free trade agreement REQUEST, his charge of Canada's restrictions ACCUSE, his hope that
    #     the president makes it clear REQUEST (USA to USA), his calling the film ban protectionist ACCUSE and the
    #     Reagan-Mulroney meeting to come AGREE (CONSULT accepted) optional.
    article(REU + "9532", "1987-03-25", [
        E(["ACCUSE"], "said he was concerned about a resolution", ["USA"], ["CAN"], location_country="USA"),
        E(["SUPPORT", "AGREE"], "The resolution supports negotiation of a bilateral", ["CAN"], ["USA"], req=False,
          date="1987-03"),
        E(["ACCUSE"], "the resolution may jeopardize the viability", ["USA"], ["CAN"], req=False),
        E(["REQUEST"], "We need a truly free trade agreement", ["USA"], ["CAN"], req=False),
        E(["ACCUSE"], "if these phrases mean the government of Canada", ["USA"], ["CAN"], req=False),
        E(["ACCUSE"], "Canada restricts trade 15 different ways", ["USA"], ["CAN"], req=False),
        E(["AGREE", "CONSULT"], "when the President visits Prime Minister", ["USA"], ["CAN"], req=False,
          modality=FUT),
        E(["REQUEST"], "I hope he makes it clear", ["USA"], ["USA", "CAN"], req=False),
        E(["AGREE", "CONSULT"], "Reagan and Mulroney are scheduled to meet", ["USA", "CAN"], ["CAN", "USA"],
          req=False, modality=FUT, date="1987-04-05", location_country="CAN"),
        E(["REQUEST"], "Bentsen urged Mulroney to withdraw a proposal", ["USA"], ["CAN"], location_country="USA"),
        E(["ACCUSE"], "which the senator called a protectionist measure", ["USA"], ["CAN"], req=False),
    ], places=[P("Canada", "CAN"), P("United States", "USA"), P("Texas", "USA", 31.0, -99.0),
               P("Ottawa", "CAN", 45.42, -75.70)],
        dates=[D("last week", "1987-03"), D("next month", "1987-04"), D("April 5-6", "1987-04-05")],
        quantities=[]),

    # 11. reuters-11209 (Tue 1987-03-31, Seoul): finance ministry officials say the finance minister will visit
    #     Treasury Secretary Baker next week to discuss US requests for an appreciation of the won, leaving for
    #     Washington on Monday for the IMF Interim Committee and talks on Seoul's trade surplus; South Korea has
    #     ruled out a major revaluation. The visit to come AGREE (future visits AGREE first, CONSULT accepted; the
    #     visitor KOR as actor, USA or both either way; from unnamed ministry officials: anonymous; in USA) and the
    #     refusal of a major revaluation REJECT (KOR to USA, whose requests it answers; a standing position, the
    #     story's conflict act, as gold-twenty-third's 20989) required; the US requests REQUEST, the departure for
    #     the IMF meeting and talks (a detail of the visit), the six nations' Paris resolution REQUEST (historical)
    #     and the trade minister's warning to the US Chamber of Commerce ACCUSE/REJECT (earlier this month) optional;
    #     the unset dates, what the minister "is expected to" say and the central bank's fixing of the won
    #     forbidden.
    article(REU + "11209", "1987-03-31", [
        E(["AGREE", "CONSULT"], "Finance Minister Chung In-yong will visit", KR_US, KR_US, modality=FUT,
          date="1987-04", attribution="anonymous", location_country="USA"),
        E(["REQUEST"], "Requests for an appreciation of South Korea's won", ["USA"], ["KOR"], req=False),
        E(["AGREE", "CONSULT"], "Chung would leave for Washington on Monday", ["KOR"], ["USA", IGO], req=False,
          modality=FUT, date="1987-04-06", attribution="anonymous", location_country="USA"),
        E(["REQUEST"], "the resolution reached by the six top industrialised nations", G6, ["KOR", "TWN"],
          req=False, modality=H, date="1987-02"),
        E(["REJECT"], "South Korea has ruled out a major revaluation", ["KOR"], ["USA"], location_country="KOR"),
        E(["ACCUSE", "REJECT"], "Trade Minister Rha Woong-bae told the", ["KOR"], ["USA"], req=False,
          date="1987-03"),
    ], forbid=[F("The dates for the Baker-Chung meeting have yet to be set"),
               F("Chung is expected to outline Seoul's efforts"), F("today fixed the won at a two-year high")],
        places=[P("South Korea", "KOR"), WASHINGTON, P("Taiwan", "TWN"), P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("next week", "1987-04"), D("Monday", "1987-04-06"), D("April 9", "1987-04-09"),
               D("last month", "1987-02"), D("earlier this month", "1987-03"), D("today", "1987-03-31"),
               D("last year", "1986"), D("1985", "1985")],
        quantities=[Q("44.5 billion dlrs", 44500000000, "USD"), Q("5.1 pct", 5.1, "percent"),
                    Q("7.1 billion dlrs", 7100000000, "USD"), Q("4.3 billion", 4300000000, "USD")]),

    # 12. reuters-3892 (Wed 1987-03-11, Rio de Janeiro): the president of Brazil's citrus juice industry association
    #     welcomes the US Commerce Department's final ruling of yesterday sharply cutting its duties on Brazilian
    #     frozen concentrated orange juice (one exporter's duty eliminated, another's cut to 1.96 pct from 8.54 pct
    #     set last October). The welcome SUPPORT (an industry body: BRA or MNC, as gold-twenty-second's business
    #     federation; to USA) and the ruling cutting the duties CONCEDE (the manual's easing of legal restrictions;
    #     RETREAT accepted; USA to the exporters, BRA or MNC; yesterday, the act the news answers) required; the
    #     welcome restated in his quote, and last October's duties SANCTION (historical) optional; his refusal to
    #     estimate stocks and the exporters' officials not available forbidden.
    article(REU + "3892", "1987-03-11", [
        E(["SUPPORT"], "welcomed a decision by the", FIRM_BR, ["USA"], location_country="BRA"),
        E(["SUPPORT"], "recognised the honesty of Brazilian exporters", FIRM_BR, ["USA"], req=False),
        E(["CONCEDE", "RETREAT"], "In a final ruling yesterday", ["USA"], FIRM_BR, date="1987-03-10",
          location_country="USA"),
        E(["SANCTION"], "Duties of 8.54 pct had been set last October", ["USA"], FIRM_BR, req=False, modality=H,
          date="1986-10"),
    ], forbid=[F("declining to estimate the amount of the current stock"),
               F("were not immediately available for comment")],
        places=[P("Brazil", "BRA"), P("Sao Paulo", "BRA", -23.55, -46.63)],
        dates=[D("yesterday", "1987-03-10"), D("last October", "1986-10")],
        quantities=[Q("1.96 pct", 1.96, "percent"), Q("8.54 pct", 8.54, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
