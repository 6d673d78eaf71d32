"""Writes articles.json for the forty-sixth article gold ('gold-forty-ninth', written blind): twelve 1987 Reuters
wire stories from the one-keyword business list (select_stories.py: gold_selection.one_keyword_business_list()
walked over positions 1-155 of its declared stretch 1-300) that report acts of political actors: the World Bank's
three loans to India, the fusion reactor project agreed by the US, the Soviet Union, the EC and Japan, South
Korea's tariff cuts for the US, US credit guarantees for North Yemen and for Bangladesh at their requests, Bonn's
commitment to the Louvre accord after Baker's criticism, Stoltenberg's answer and his meeting with Baker, Chile's
talks on its official debts, the EC office agreed with China, Mexico's denial that British banks balk at its loan
package, Yugoslavia's loan request to the EC, and the World Bank's mission to Brazil.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community and its commission: EUR or IGO (earlier golds)
# The fusion project's four parties, as joint actors and either side: the US, the Soviet Union (SUN or RUS, as the
# earlier golds), the European Community (EUR or IGO) and Japan.
FUSION = ["USA", "SUN", "RUS", "EUR", IGO, "JPN"]
# The Louvre accord's Group of Seven, as gold-thirty-seventh's 20795 gives it.
G7 = ["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN", IGO]
US_DE = ["USA", "DEU"]
CL_LENDERS = ["CHL", IGO]
CL_BANKS = ["CHL", MNC]
CN_EC = ["CHN", "EUR", IGO]
BR_WB = ["BRA", IGO]
UK_BANKS = [MNC, "GBR"]            # British commercial banks in a debtor's package: MNC (earlier golds) or Britain
YU = ["YUG", "SRB"]                # Yugoslavia: YUG as the earlier golds, SRB accepted
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-19246 (Fri 1987-06-19, Washington): the World Bank said it has extended three loans to India
    #    totalling 929 mln dlrs, for two power projects and one for water supply and sewage: a 485 mln dlr loan, a
    #    375 mln dlr loan, and a 53 mln dlr bank loan with an International Development Association loan of 16 mln
    #    dlrs for Madras's water supply. The three loans extended AID (IGO to IND) required; each loan's detail and
    #    the IDA loan (IGO to IND) optional.
    article(REU + "19246", "1987-06-19", [
        E(["AID"], "it has extended three loans to India", [IGO], ["IND"]),
        E(["AID"], "supported by a 485 mln dlr loan", [IGO], ["IND"], req=False),
        E(["AID"], "supported by a 375 mln dlr loan", [IGO], ["IND"], req=False),
        E(["AID"], "an International Development Association loan of 16 mln dlrs", [IGO], ["IND"], req=False),
    ], places=[P("India", "IND"), P("Madras", "IND", 13.08, 80.27)],
        quantities=[Q("929 mln dlrs", 929000000, "USD"), Q("485 mln dlr", 485000000, "USD"),
                    Q("375 mln dlr", 375000000, "USD"), Q("53 mln dlrs", 53000000, "USD"),
                    Q("16 mln dlrs", 16000000, "USD")]),

    # 2. reuters-20060 (Tue 1987-10-20, Vienna): East and West on Monday decided to go ahead with a nuclear fusion
    #    project, the IAEA said; representatives of the US, the Soviet Union, the European Community and Japan agreed
    #    to develop plans for a thermonuclear reactor; work is due to begin next year near Munich; a decision on
    #    building an actual reactor will not be made until completion; a US researcher's cost estimate last month.
    #    The decision to go ahead AGREE (COOPERATE accepted; the four parties as joint actors, either side) required,
    #    dated Monday; the parties' agreement to develop plans (the decision restated with its parties) and the
    #    project approved on Monday (restated) optional; "a decision will not be made" and the researcher's estimate
    #    forbidden. The meeting's place is not said (the dateline is the agency's): no event location.
    article(REU + "20060", "1987-10-20", [
        E(["AGREE", "COOPERATE"], "East and West on Monday decided to go ahead", FUSION, FUSION,
          date="1987-10-19"),
        E(["AGREE", "COOPERATE"], "agreed to develop plans for a revolutionary", FUSION, FUSION, req=False,
          date="1987-10-19"),
        E(["AGREE", "COOPERATE"], "the project approved on Monday", FUSION, FUSION, req=False, date="1987-10-19"),
    ], forbid=[F("a decision will not be made until its completion"),
               F("the development of a demonstration plant would cost")],
        places=[P("Soviet Union", "RUS"), P("Japan", "JPN"), P("Munich", "DEU", 48.14, 11.58),
                P("West Germany", "DEU")],
        dates=[D("on Monday", "1987-10-19"), D("next year", "1988"), D("1990", "1990"), D("last month", "1987-09")],
        quantities=[Q("10 years", 10, "years")]),

    # 3. reuters-17511 (Mon 1987-06-01, Seoul): South Korea will cut import taxes on 50 goods to help reduce its trade
    #    surplus with the US, the Finance Ministry said today; the cuts of five to 30 pct take effect on July 1;
    #    today's announcement brings to 157 the goods so treated this year; the 157 are among about 290 items on
    #    which Washington has asked Seoul to lower tariffs; the official on the government's policy. The tariff cuts
    #    CONCEDE (RETREAT and AGREE accepted; KOR to USA, as gold-twenty-second's duty cut) and Washington's request
    #    REQUEST (USA to KOR; the news's cause) required; today's announcement (restated) and this year's similar
    #    measures (historical) optional; the official's statement of policy forbidden.
    article(REU + "17511", "1987-06-01", [
        E(["CONCEDE", "RETREAT", "AGREE"], "South Korea will cut import taxes on 50", ["KOR"], ["USA"],
          location_country="KOR"),
        E(["REQUEST"], "Washington has asked Seoul to lower tariffs", ["USA"], ["KOR"]),
        E(["CONCEDE", "RETREAT", "AGREE"], "Today's announcement brings to 157", ["KOR"], ["USA"], req=False,
          date="1987-06-01"),
        E(["CONCEDE", "RETREAT"], "similar measures were taken this year", ["KOR"], ["USA"], req=False,
          modality=H, date="1987"),
    ], forbid=[F("This is in line with the government's policy")],
        places=[P("South Korea", "KOR"), P("United States", "USA"), WASHINGTON,
                P("Seoul", "KOR", 37.57, 126.98)],
        dates=[D("today", "1987-06-01"), D("July 1", "1987-07-01"), D("1986", "1986"), D("1985", "1985"),
               D("this year", "1987")],
        quantities=[Q("50 goods", 50, "goods"), Q("30 pct", 30, "percent"), Q("290 items", 290, "items"), Q("7.3 billion dlrs", 7300000000, "USD"),
                    Q("4.3 billion", 4300000000, "USD")]),

    # 4. reuters-9550 (Wed 1987-03-25, Washington): the US Commodity Credit Corporation has authorized an additional
    #    10.0 mln dlrs in credit guarantees for sales of US vegetable oils to North Yemen, the Agriculture Department
    #    said; at the North Yemen government's request five mln dlrs earmarked for wheat were switched to mixed
    #    poultry feed; the actions raise the guarantees for vegetable oil to 38 mln dlrs; exports must be completed
    #    by September 30, 1987. The guarantees authorized AID (USA to YEM) and the Yemeni request REQUEST (YEM to
    #    USA) required; the switch (AID, COOPERATE accepted) and the actions' totals (restated) optional.
    article(REU + "9550", "1987-03-25", [
        E(["AID"], "has authorized an additional 10.0 mln dlrs", ["USA"], ["YEM"]),
        E(["REQUEST"], "at the request of the North Yemen Government", ["YEM"], ["USA"]),
        E(["AID", "COOPERATE"], "have been switched to cover sales", ["USA"], ["YEM"], req=False),
        E(["AID"], "The actions increase the value of credit guarantees", ["USA"], ["YEM"], req=False),
    ], places=[P("North Yemen", "YEM")],
        dates=[D("September 30, 1987", "1987-09-30")],
        quantities=[Q("10.0 mln dlrs", 10000000, "USD"), Q("five mln dlrs", 5000000, "USD"),
                    Q("38 mln dlrs", 38000000, "USD"), Q("eight mln dlrs", 8000000, "USD"),
                    Q("10 mln dlrs", 10000000, "USD")]),

    # 5. reuters-21339 (Mon 1987-10-19, Bonn): West German government sources said Bonn remained committed to the
    #    Louvre accord struck by the leading western democracies in Paris last February (unnamed: anonymous); over
    #    the weekend US Treasury Secretary Baker criticised the recent rises in West German short-term rates as not
    #    in the spirit of the pact and said the agreement may have to be re-examined; the sources said the rises had
    #    to be seen in the context of rates worldwide. Bonn's commitment SUPPORT (AGREE accepted; DEU to the G7, as
    #    gold-thirty-seventh's 20795) and Baker's criticism ACCUSE (USA to DEU; the news's cause) required; the
    #    accord struck last February (historical; in FRA), the warning that it may be re-examined (THREATEN, ACCUSE
    #    accepted) and the sources' answer (REJECT, ACCUSE accepted; DEU to USA) optional.
    article(REU + "21339", "1987-10-19", [
        E(["SUPPORT", "AGREE"], "Bonn remained committed to the Louvre Accord", ["DEU"], G7, attribution="anonymous"),
        E(["AGREE"], "which was struck by leading western democracies", G7, G7, req=False, modality=H,
          date="1987-02", location_country="FRA"),
        E(["ACCUSE"], "James Baker criticised recent rises", ["USA"], ["DEU"], date="1987-10"),
        E(["THREATEN", "ACCUSE"], "the agreement may have to be re-examined", ["USA"], ["DEU"], req=False),
        E(["REJECT", "ACCUSE"], "had to be seen in the context", ["DEU"], ["USA"], req=False,
          attribution="anonymous"),
    ], places=[P("Bonn", "DEU", 50.73, 7.10), P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("last February", "1987-02"), D("Over the weekend", "1987-10")]),

    # 6. reuters-3614 (Wed 1987-03-11, Santiago): Chile will open talks next month with international lending
    #    agencies on renegotiating 150 mln dlrs of official debts due in 1987 and 1988, the Mercurio newspaper
    #    reported, quoting official sources (attribution media); the terms sought will be like those agreed with the
    #    commercial banks last month; Chile reached agreement with its bank creditors on rescheduling 10.6 billion
    #    dlrs. The talks to open CONSULT (future; CHL and the lenders, IGO, either side) required; the terms to be
    #    sought REQUEST (future), the terms agreed with the banks last month AGREE (historical) and the bank accord
    #    restated (historical) optional.
    article(REU + "3614", "1987-03-11", [
        E(["CONSULT"], "Chile will open talks next month", CL_LENDERS, CL_LENDERS, modality=FUT, date="1987-04",
          attribution="media"),
        E(["REQUEST"], "the terms sought will be similar", ["CHL"], [IGO], req=False, modality=FUT,
          attribution="media"),
        E(["AGREE"], "agreed with the country's commercial banks last month", CL_BANKS, CL_BANKS, req=False,
          modality=H, date="1987-02"),
        E(["AGREE"], "Chile reached agreement with bank creditors", CL_BANKS, CL_BANKS, req=False, modality=H,
          date="1987-02"),
    ], places=[P("Chile", "CHL")],
        dates=[D("next month", "1987-04"), D("last month", "1987-02"), D("1991", "1991")],
        quantities=[Q("150 mln dlrs", 150000000, "USD"), Q("10.6 billion dlrs", 10600000000, "USD"),
                    Q("15-1/2 years", 15.5, "years"), Q("six years'", 6, "years"), Q("one pct", 1, "percent")]),

    # 7. reuters-11174 (Tue 1987-03-31, Peking): China and the European Community signed an agreement on an EC office
    #    in Peking; the vice-foreign minister and the EC's external relations commissioner signed it; EC sources said
    #    the office was likely to open in the second half of the year; De Clercq told the China Daily more joint
    #    ventures should be set up in China to reduce its trade deficit with the EC. The agreement signed AGREE (CHN
    #    and the EC, either side; in CHN) required; the signing restated (in CHN) and De Clercq's call REQUEST (the EC
    #    to CHN) optional; the office's likely opening forbidden.
    article(REU + "11174", "1987-03-31", [
        E(["AGREE"], "signed an agreement on the establishment", CN_EC, CN_EC, location_country="CHN"),
        E(["AGREE"], "signed the accord", CN_EC, CN_EC, req=False, location_country="CHN"),
        E(["REQUEST"], "more joint ventures should be set up", EC, ["CHN"], req=False),
    ], forbid=[F("the office was likely to open")],
        places=[P("China", "CHN")],
        dates=[D("second half of this year", "1987"), D("In 1986", "1986"), D("July", "1987-07")],
        quantities=[Q("5.7 billion dlrs", 5700000000, "USD"), Q("2.6 billion dlrs", 2600000000, "USD")]),

    # 8. reuters-20631 (Tue 1987-10-20, Bonn): Finance Minister Stoltenberg said he was surprised by recent criticism
    #    of West German policies voiced by Baker but added that the criticism was not purely one-sided; he told the
    #    DIHT "Criticism is not a one-way street"; Bonn has often called on the US to reduce its budget deficit; over
    #    the weekend Baker had criticised West German policies (rate rises not in the spirit of the Louvre pact); his
    #    meeting on Monday with Baker had resolved differences; at a news conference he had declined to comment
    #    specifically, but said after three hours of discussions on Monday one remark or another had been clarified.
    #    Stoltenberg's answer ACCUSE (REJECT accepted; DEU to USA), Baker's criticism over the weekend ACCUSE (USA to
    #    DEU; the news's cause) and Monday's meeting that resolved differences CONSULT (AGREE accepted; either side)
    #    required; the criticism named in the lead and the quote (restated), Bonn's calls on the US REQUEST
    #    (habitual) and the three hours of discussions (restated) optional; "declined to comment" forbidden. The
    #    meeting's place is not said: no event location.
    article(REU + "20631", "1987-10-20", [
        E(["ACCUSE", "REJECT"], "the criticism was not purely one-sided", ["DEU"], ["USA"]),
        E(["ACCUSE"], "recent criticism of West German economic policies", ["USA"], ["DEU"], req=False,
          date="1987-10"),
        E(["ACCUSE", "REJECT"], "Criticism is not a one-way street", ["DEU"], ["USA"], req=False),
        E(["REQUEST"], "Bonn has often called on the U.S.", ["DEU"], ["USA"], req=False, modality=H),
        E(["ACCUSE"], "Baker had criticised West German economic policies", ["USA"], ["DEU"], date="1987-10"),
        E(["CONSULT", "AGREE"], "his meeting on Monday with Baker had resolved differences", US_DE, US_DE,
          date="1987-10-19"),
        E(["CONSULT"], "after three hours of discussions on Monday", US_DE, US_DE, req=False, date="1987-10-19"),
    ], forbid=[F("had declined to comment")],
        places=[P("United States", "USA"), P("Bonn", "DEU", 50.73, 7.10)],
        dates=[D("on Monday", "1987-10-19"), D("Over the weekend", "1987-10"), D("last February's", "1987-02"),
               D("earlier on Tuesday", "1987-10-20")],
        quantities=[Q("three hours", 3, "hours")]),

    # 9. reuters-10266 (Thu 1987-03-26, Mexico City): Mexico denied reports that British banks are resisting signing
    #    its 76 billion dlr new loan and rescheduling package; the Finance Ministry said in a statement that all the
    #    British banks had promised their participation, each contribution matching the Mexican government's
    #    request, and that Citibank had received their cables; banking sources in London had said the British banks
    #    were balking to get all participants to contribute equally; French, Swiss and some Canadian banks had
    #    subscribed, the remaining Canadian banks would sign in the next few days. The denial REJECT (MEX; the
    #    reports have no code) and the British banks' promise AGREE (the banks, MNC or GBR, to MEX) required; the
    #    balking reported by banking sources (REJECT; anonymous; denied), the government's request REQUEST, the
    #    cables confirming the commitment, the other banks' subscriptions AGREE and the Canadian signatures to come
    #    (future) optional; the books' closing forbidden.
    article(REU + "10266", "1987-03-26", [
        E(["REJECT"], "Mexico denied reports", ["MEX"]),
        E(["AGREE"], "all the British banks had promised their participation", UK_BANKS, ["MEX"]),
        E(["REJECT"], "the British banks were balking at signing", UK_BANKS, ["MEX"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "the request of the Mexican government", ["MEX"], UK_BANKS, req=False),
        E(["AGREE"], "has received cables from the British banks", UK_BANKS, ["MEX"], req=False),
        E(["AGREE"], "Canadian banks had subscribed to the package", [MNC], ["MEX"], req=False),
        E(["AGREE"], "would sign the accord in the next few days", [MNC], ["MEX"], req=False, modality=FUT),
    ], forbid=[F("the books on the package would be closed")],
        places=[P("Mexico", "MEX"), P("London", "GBR", 51.51, -0.13)],
        dates=[D("mid-April", "1987-04")],
        quantities=[Q("76 billion dlr", 76000000000, "USD"), Q("7.7 billion dlr", 7700000000, "USD"),
                    Q("3.5 billion dlrs", 3500000000, "USD")]),

    # 10. reuters-14509 (Tue 1987-04-07, Washington): the US Commodity Credit Corporation has reallocated 5.0 mln dlrs
    #     in credit guarantees from sales of US wheat to sales of US vegetable oil to Bangladesh, the Agriculture
    #     Department said, at the Bangladesh government's request; the wheat line falls from 25.0 to 20.0 mln dlrs;
    #     sales must be shipped by September 30, 1987. The guarantees reallocated AID (USA to BGD) and the request
    #     REQUEST (BGD to USA) required.
    article(REU + "14509", "1987-04-07", [
        E(["AID", "COOPERATE"], "has reallocated 5.0 mln dlrs", ["USA"], ["BGD"]),
        E(["REQUEST"], "at the request of the Bangladesh government", ["BGD"], ["USA"]),
    ], places=[P("Bangladesh", "BGD")],
        dates=[D("September 30, 1987", "1987-09-30")],
        quantities=[Q("5.0 mln dlrs", 5000000, "USD"), Q("25.0 mln dlrs", 25000000, "USD"),
                    Q("three years", 3, "years"), Q("seven years", 7, "years")]),

    # 11. reuters-9257 (Wed 1987-03-25, Belgrade): Yugoslavia is seeking a 600 mln ECU loan from the European
    #     Community for transport modernisation, Deputy Finance Minister Skapin was quoted by Tanjug; the community
    #     has offered only 380 mln ECUs; Skapin told reporters in Brussels yesterday the loan was only 10 pct of the
    #     funds needed. The request REQUEST (YUG to the EC) and the EC's offer AGREE (offers AGREE; AID accepted; the
    #     EC to YUG) required.
    article(REU + "9257", "1987-03-25", [
        E(["REQUEST"], "Yugoslavia is seeking a loan of 600", YU, EC),
        E(["AGREE", "AID"], "The community has offered Yugoslavia only 380", EC, YU),
    ], places=[P("Yugoslavia", "YUG"), P("Brussels", "BEL", 50.85, 4.35)],
        dates=[D("yesterday", "1987-03-24")],
        quantities=[Q("600 mln ECUs", 600000000, "XEU"), Q("380 mln ECUs", 380000000, "XEU"),
                    Q("10 pct", 10, "percent")]),

    # 12. reuters-15744 (Thu 1987-04-09, Washington): World Bank President Conable said his agency plans to send a
    #     mission to Brazil next week to explore economic conditions; speaking at the IMF and World Bank meeting he
    #     was optimistic something between Brazil and its creditors will be worked out; he met last night with
    #     Brazilian officials and said "We agreed to send a mission to Brazil next week". The mission to come AGREE
    #     (CONSULT accepted: future meetings AGREE first; the bank, IGO, to BRA) and last night's meeting CONSULT
    #     (either side) required; the agreement quoted (restated) optional; his optimism forbidden. The meeting's place
    #     is not said: no event location.
    article(REU + "15744", "1987-04-09", [
        E(["AGREE", "CONSULT"], "plans to send a mission to Brazil", [IGO], ["BRA"], modality=FUT, date="1987-04"),
        E(["CONSULT"], "Conable met last night with Brazilian officials", BR_WB, BR_WB, date="1987-04-08"),
        E(["AGREE", "CONSULT"], "We agreed to send a mission", BR_WB, BR_WB, req=False, modality=FUT,
          date="1987-04"),
    ], forbid=[F("something between Brazil and its creditors will be worked out")],
        places=[P("Brazil", "BRA")],
        dates=[D("next week", "1987-04"), D("last night", "1987-04-08")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
