"""Builds articles.json for the sixty-sixth article gold (written blind, 'gold-sixty-ninth'): the 12 Reuters-21578
records that select_stories.py takes from the two-hit list (all 573 positions), annotated by hand with the shorthands
of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts (gold-sixty-second's above all).
`file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of the
record's timestamp, relative dates resolved against it. Only the political acts are required events; firms' acts,
non-comments and accidents are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

G7 = ["GBR", "USA", "JPN", "DEU", "FRA", "ITA", "CAN", IGO]  # the Group of Seven: its members or IGO
ASEAN = ["IDN", "MYS", "PHL", "SGP", "THA", "BRN", IGO]       # ASEAN: its member states or IGO
US_GERMANY = ["USA", "DEU"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-2073 (Thu 1987-03-05, Johannesburg): seven managers and employees of Kinross Mines will face charges
    #    of culpable homicide after last September's fire in which 177 miners died, the Attorney General's Office
    #    said; three face alternative charges under the Mines and Works Act; the case would probably be heard in
    #    Witbank Regional Court in mid-May. The charges ACCUSE (the manual's judicial charge; ZAF to ZAF, the accused
    #    South Africans, a firm's staff, MNC accepted; future: to be brought; in ZAF) required; the alternative
    #    charges ACCUSE optional; the miners' deaths in the fire (an accident) forbidden.
    article(REU + "2073", "1987-03-05", [
        E(["ACCUSE"], "will face charges of culpable homicide", ["ZAF"], ["ZAF", MNC], modality=FUT,
          location_country="ZAF"),
        E(["ACCUSE"], "face alternative charges of breaking safety regulations", ["ZAF"], ["ZAF", MNC], req=False,
          modality=FUT, location_country="ZAF"),
    ], forbid=[F("The mineworkers were killed last September")],
        places=[P("Kinross", "ZAF", -26.42, 29.08), P("Witbank", "ZAF", -25.87, 29.23)],
        dates=[D("last September", "1986-09"), D("mid-May", "1987-05")],
        quantities=[Q("Seven managers and employees", 7, "people"), Q("177 gold miners", 177, "people"),
                    Q("Three of the accused", 3, "people")]),

    # 2. reuters-12642 (Thu 1987-04-02, London): the G-7 will use next week's IMF meetings in Washington to evaluate
    #    the Paris accord, Lawson said; he goes to Washington on Tuesday for the Interim and Development Committees
    #    and a G-7 meeting; the G-7 and the Interim Committee will discuss the debt problem; he knew of no new debt
    #    initiative; he would raise a coordinated approach within the IMF; he told Funaro in February that Britain
    #    would not press British banks to ease Brazil's terms. The coming G-7 review CONSULT (AGREE accepted, as the
    #    earlier golds' coming meetings; the G-7 among its members; future; in USA) required; his trip to the IMF
    #    meetings (AGREE, CONSULT; GBR to IGO; April 7; in USA), the G-7 meeting restated, the approach he would
    #    raise (REQUEST, CONSULT; future) and the refusal he gave Funaro in February REJECT (GBR to BRA; historical;
    #    in GBR: "here") optional; "he knew of no new debt initiative" forbidden.
    article(REU + "12642", "1987-04-02", [
        E(["CONSULT", "AGREE"], "will make use of next week's International Monetary Fund meetings", G7, G7,
          modality=FUT, location_country="USA"),
        E(["AGREE", "CONSULT"], "I shall be going to Washington", ["GBR"], [IGO] + G7, req=False, modality=FUT,
          date="1987-04-07", location_country="USA"),
        E(["CONSULT", "AGREE"], "we shall of course be having a meeting of the G-7", G7, G7, req=False,
          modality=FUT, location_country="USA"),
        E(["REQUEST", "CONSULT"], "something he would raise within the IMF", ["GBR"], [IGO], req=False,
          modality=FUT),
        E(["REJECT"], "Britain would not intervene", ["GBR"], ["BRA"], req=False, modality=H, date="1987-02",
          location_country="GBR"),
    ], forbid=[F("he knew of no new debt initiative")],
        places=[WASHINGTON, P("Brazil", "BRA")],
        dates=[D("Tuesday", "1987-04-07"), D("in February", "1987-02"), D("next Thursday", "1987-04-09")]),

    # 3. reuters-4676 (Fri 1987-03-13, Tokyo): Japan agreed in talks with the US to amend its laws to let more
    #    companies provide international value-added network services, a Post and Telecommunications Ministry
    #    official said; "Special Type Two" firms will be allowed to re-lease lines; steps will assure fairness in
    #    negotiations between carriers and firms; 10 firms have registered since December. The agreement AGREE (JPN
    #    to USA; official: a named ministry's official; historical) required; the domestic steps are regulation.
    article(REU + "4676", "1987-03-13", [
        E(["AGREE"], "Japan agreed in talks with the U.S.", ["JPN"], ["USA"], modality=H),
    ], places=[P("Japan", "JPN")],
        dates=[D("Since December", "1986-12")],
        quantities=[Q("10 companies", 10, "companies")]),

    # 4. reuters-12756 (Fri 1987-04-03, Tokyo): the US is stepping up its bid for a share of the FSX fighter project
    #    as the Defence Agency nears a decision, agency sources said; General Dynamics and McDonnell Douglas have
    #    suggested joint development with Japanese firms; a McDonnell team arrives next Monday; a Pentagon team of
    #    about 10 experts will follow with a one-week visit from April 11 to discuss the plane with the Agency; the
    #    contract is worth about 1,000 billion yen for 100 planes; a decision by June. The Pentagon team's coming
    #    visit AGREE (CONSULT accepted; USA to JPN; future; April 11; in JPN; anonymous: unnamed officials)
    #    required; the US bid (AGREE: an offer, REQUEST accepted; anonymous) optional; the firms' suggestions
    #    forbidden (companies' proposals).
    article(REU + "12756", "1987-04-03", [
        E(["AGREE", "CONSULT"], "A Pentagon team of about 10 experts will follow up", ["USA"], ["JPN"],
          modality=FUT, attribution="anonymous", date="1987-04-11", location_country="JPN"),
        E(["AGREE", "REQUEST"], "The United States is stepping up its bid", ["USA"], ["JPN"], req=False,
          modality=H, attribution="anonymous"),
    ], forbid=[F("Have separately suggested joint development")],
        places=[P("Japan", "JPN")],
        dates=[D("March 30", "1987-03-30"), D("next Monday", "1987-04-06"), D("April 11", "1987-04-11"),
               D("by June", "1987-06")],
        quantities=[Q("about 10 experts", 10, "people"), Q("1,000 billion yen", 1000000000000, "JPY"),
                    Q("100 FSXs", 100, "aircraft"), Q("Five major Japanese makers", 5, "companies")]),

    # 5. reuters-5588 (Mon 1987-03-16, Amman): Jordan is to receive 98.8 mln dlrs in loans for development projects,
    #    Planning Minister Kan'an said; the loans, concluded in the past six months, were made by the European
    #    Investment Bank, the Islamic Development Bank and three Arab funds; they are for Jordan's own 1986-1990 plan,
    #    not the West Bank and Gaza plan; Jordan will seek concessionary loans; GDP grew 2.4 pct. The loans AID (AGREE
    #    accepted, as gold-sixty-fifth's loans; the lenders IGO to JOR; historical; in JOR, the borrower) required;
    #    the restatement naming the lenders optional; the borrowing policy is domestic.
    article(REU + "5588", "1987-03-16", [
        E(["AID", "AGREE"], "Jordan is to receive 98.8 mln dlrs in loans", [IGO], ["JOR"], modality=H,
          location_country="JOR"),
        E(["AID", "AGREE"], "were made by the European Investment Bank", [IGO], ["JOR"], req=False, modality=H,
          location_country="JOR"),
    ], places=[P("West Bank", "PSE"), P("Gaza strip", "PSE")],
        quantities=[Q("98.8 mln dlrs", 98800000, "USD"), Q("nine billion dlr", 9000000000, "USD"),
                    Q("1.3 billion dlr", 1300000000, "USD"), Q("2.4 per cent", 2.4, "percent"),
                    Q("2.9 per cent", 2.9, "percent")]),

    # 6. reuters-1839 (Wed 1987-03-04, Washington): Yeutter plans a July trip to China to discuss trade issues
    #    including China's GATT admission; China could be a GATT member before the year's end; depending on the
    #    negotiations on its terms he could put the final touches on the US part of the agreement during the trip.
    #    The trip AGREE (CONSULT accepted; USA to CHN; future; July; in CHN) required; the negotiations CONSULT
    #    (either side) and the agreement he could finish (AGREE, hypothetical) optional; his views on China's market
    #    are views.
    article(REU + "1839", "1987-03-04", [
        E(["AGREE", "CONSULT"], "he plans a July trip to China", ["USA"], ["CHN"], modality=FUT, date="1987-07",
          location_country="CHN"),
        E(["CONSULT"], "how the negotiations go on the terms", ["USA", "CHN"], ["USA", "CHN"], req=False),
        E(["AGREE"], "he could put the final touches", ["USA"], ["CHN"], req=False, modality="hypothetical",
          location_country="CHN"),
    ], places=[P("China", "CHN")],
        dates=[D("July", "1987-07")]),

    # 7. reuters-20893 (Mon 1987-10-19, London): Lawson welcomed on Monday the US and West German reaffirmation of
    #    the Louvre accord; his office said he welcomed the outcome of the meeting of Baker, Poehl and Stoltenberg in
    #    Frankfurt; afterwards Stoltenberg was confident currencies could be stabilised; the meeting came after
    #    Baker criticised West Germany for raising interest rates. The welcome SUPPORT (GBR to USA and DEU; October
    #    19; in GBR) required; the Frankfurt meeting CONSULT (USA with DEU; historical; in DEU; no day said;
    #    anchored in the office's restatement of the welcome, which is not annotated apart) and Baker's
    #    criticism ACCUSE (USA to DEU; historical) optional; Stoltenberg's confidence is a view.
    article(REU + "20893", "1987-10-19", [
        E(["SUPPORT"], "welcomed on Monday the reaffirmation", ["GBR"], US_GERMANY, date="1987-10-19",
          location_country="GBR"),
        E(["CONSULT"], "the outcome of a meeting between", US_GERMANY, US_GERMANY, req=False,
          modality=H, location_country="DEU"),
        E(["ACCUSE"], "Baker criticised West Germany", ["USA"], ["DEU"], req=False, modality=H),
    ], places=[P("Frankfurt", "DEU", 50.11, 8.68), P("Bonn", "DEU", 50.73, 7.10)],
        dates=[D("Monday", "1987-10-19"), D("last February", "1987-02")]),

    # 8. reuters-14940 (Wed 1987-04-08, Paris): West Germany should take steps to increase its development aid, the
    #    OECD said; its Development Assistance Committee's report said German aid had grown only moderately and might
    #    slow; at about four billion dlrs in 1986 it is 0.46 pct of GNP, above the 0.36 pct average, but might
    #    decline without corrective measures. The call REQUEST (IGO to DEU; official: the body's report) required;
    #    the report's warning that aid might decline (a forecast) is no event.
    article(REU + "14940", "1987-04-08", [
        E(["REQUEST"], "West Germany should take steps to increase", [IGO], ["DEU"]),
    ], places=[P("West Germany", "DEU")],
        dates=[D("1986", "1986")],
        quantities=[Q("four billion dlrs", 4000000000, "USD"), Q("0.46 pct", 0.46, "percent"),
                    Q("0.36 pct", 0.36, "percent")]),

    # 9. reuters-6066 (Tue 1987-03-17, Washington): Baker said the US was not seeking a loan veto in its negotiation
    #    for voting power at the Inter-American Development Bank; the US position is that the biggest contributors
    #    should have the greatest say; it seeks the power to block loan votes with one other country; the issue will
    #    be discussed in Miami later this month at the bank's annual meeting. The US demand REQUEST (USA to IGO)
    #    required; the negotiation CONSULT (USA with IGO) and the coming Miami discussion CONSULT (future; March; in
    #    USA) optional.
    article(REU + "6066", "1987-03-17", [
        E(["REQUEST"], "is seeking the power to block loan votes", ["USA"], [IGO]),
        E(["CONSULT"], "in its negotiation for voting power", ["USA"], [IGO], req=False),
        E(["CONSULT"], "the issue will be discussed in Miami", ["USA", IGO], ["USA", IGO], req=False, modality=FUT,
          date="1987-03", location_country="USA"),
    ], places=[P("Miami", "USA", 25.77, -80.19)],
        dates=[D("later this month", "1987-03")]),

    # 10. reuters-13277 (Mon 1987-04-06, Dhaka): the government's failure to tackle the food crisis could lead to a
    #     famine, the opposition BNP's leader Khaleda Zia told a press conference yesterday; rice prices rose 25 pct
    #     in March and the government began emergency sales; officials said the harvest will ease it; Khaleda blamed
    #     corrupt food officials and the failure to procure grain; stocks of 390,000 tonnes would last two or three
    #     weeks. The charge ACCUSE (the opposition party to the government, BGD to BGD; April 5; in BGD) required;
    #     her charge of corruption ACCUSE optional; the emergency sales and the import target are domestic policy.
    article(REU + "13277", "1987-04-06", [
        E(["ACCUSE"], "The failure of the Bangladesh government to tackle", ["BGD"], ["BGD"], date="1987-04-05",
          location_country="BGD"),
        E(["ACCUSE"], "corrupt practices by food officials", ["BGD"], ["BGD"], req=False, date="1987-04-05",
          location_country="BGD"),
    ], places=[P("Bangladesh", "BGD")],
        dates=[D("yesterday", "1987-04-05"), D("in March", "1987-03"), D("mid-April", "1987-04"),
               D("June 30", "1987-06-30")],
        quantities=[Q("at least 25 pct", 25, "percent"), Q("390,000 tonnes", 390000, "tonnes"),
                    Q("14.5 mln tonnes", 14500000, "tonnes"), Q("1.5 mln tonnes", 1500000, "tonnes"),
                    Q("300,000 tonnes", 300000, "tonnes")]),

    # 11. reuters-10716 (Mon 1987-03-30, Colombo): Finance Minister De Mel has left for Washington to discuss Sri
    #     Lanka's request for an IMF loan facility of up to 6.5 billion rupees, ministry officials said; he will
    #     propose budget and spending cuts to IMF officials; he hopes for approval of facilities from June; he will
    #     attend the Group of 24 meeting in Washington on April 5-8. The trip to discuss the request AGREE (CONSULT,
    #     REQUEST accepted; LKA to IGO; future: the talks to come; in USA; anonymous: unnamed officials) required;
    #     the request REQUEST, his coming proposal (AGREE: an offer) and the G-24 meeting CONSULT (April 5) optional.
    article(REU + "10716", "1987-03-30", [
        E(["AGREE", "CONSULT", "REQUEST"], "has left for Washington to discuss", ["LKA"], [IGO], modality=FUT,
          attribution="anonymous", location_country="USA"),
        E(["REQUEST"], "Sri Lanka's request for an International Monetary Fund", ["LKA"], [IGO], req=False,
          attribution="anonymous"),
        E(["AGREE"], "De Mel will propose to IMF officials", ["LKA"], [IGO], req=False, modality=FUT,
          attribution="anonymous", location_country="USA"),
        E(["CONSULT"], "attend a Washington meeting of the Group of 24", ["LKA"], [IGO], req=False, modality=FUT,
          attribution="anonymous", date="1987-04-05", location_country="USA"),
    ], places=[WASHINGTON],
        dates=[D("starting in June", "1987-06"), D("April 5", "1987-04-05")],
        quantities=[Q("6.5 billion rupees", 6500000000, "LKR")]),

    # 12. reuters-19033 (timestamp Thu 1987-06-18, dateline Singapore June 19): Shultz warned ASEAN's members they
    #     could no longer rely on increased exports to the US for growth and would have to diversify their markets;
    #     he told the foreign ministers of the six members the US would cut its trade deficit faster than many
    #     believed. The warning THREATEN (REQUEST accepted: his call to diversify; USA to ASEAN, its members or IGO;
    #     future; in SGP) required; his address to the foreign ministers CONSULT optional (in SGP). No event date:
    #     the dateline's day is not the timestamp's (as gold-sixty-second's 3437).
    article(REU + "19033", "1987-06-18", [
        E(["THREATEN", "REQUEST"], "warned members of the Association of Southeast Asian Nations", ["USA"], ASEAN,
          modality=FUT, location_country="SGP"),
        E(["CONSULT"], "Shultz told the foreign ministers of Brunei", ["USA"], ASEAN, req=False,
          location_country="SGP"),
    ], places=[P("Brunei", "BRN"), P("Indonesia", "IDN"), P("Malaysia", "MYS"), P("the Philippines", "PHL"),
               P("Singapore", "SGP", 1.29, 103.85), P("Thailand", "THA")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
