"""Writes articles.json for the forty-seventh article gold ('gold-fiftieth', written blind): twelve 1987 Reuters
wire stories from the one-keyword business list (select_stories.py: gold_selection.one_keyword_business_list()
walked over positions 301-486) that report acts of political actors: Britain's minister to seek an information pact
with Japan, China's cotton talks with Pakistan, Japan's ruling party proposing more farm imports in the US dispute,
Mexico's rescheduling accord with Britain, Reagan blaming the record keeping of the Iran arms affair, the EC ready to
stop Japanese exports deflected from the US market, the World Bank and donors financing the Zambia-Tanzania highway,
Peruvian guerrillas derailing a mineral train, the World Bank's mission to Brazil, a US senator charging Japan with
cheating, Bolivia's offer to buy back its bank debt, and the EC's anti-dumping investigation into Japanese chips.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community, its Commission and members: EUR or IGO (earlier golds)
BANKS = [MNC]                      # a debtor's commercial creditor banks: MNC (earlier golds)
PERU_REBELS = ["PER", IMG]         # an armed group: its country or IMG (earlier golds)
GB_US = ["GBR", "USA"]
CN_PK = ["CHN", "PAK"]
MX_GB = ["MEX", "GBR"]
WB_BR = [IGO, "BRA"]
US_JP = ["USA", "JPN"]
TOKYO = P("Tokyo", "JPN", 35.68, 139.69)
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-13055 (Fri 1987-04-03, London): Britain's Corporate Affairs Minister said he will use a coming trip to
    #    Tokyo to seek a memorandum of understanding between Britain and Japan on exchanging information against
    #    fraud in financial markets, an agreement like the one struck last autumn between the DTI and the SEC and
    #    CFTC; market sources speculate that information passed on by the SEC triggered the DTI's investigations into
    #    Guinness's takeover of Distillers; the probe was launched in December; the department never confirmed it.
    #    The memorandum to be sought REQUEST (AGREE accepted: a cooperative act announced; GBR to JPN; future; in
    #    JPN, the trip's place) required; the trip CONSULT (a future visit: AGREE first, as the manual's future
    #    meetings), the agreement restated, last autumn's pact with the US regulators AGREE (historical, either side)
    #    and the DTI's probe ACCUSE (GBR to the firm, MNC or GBR; historical) optional; the market sources'
    #    speculation forbidden (ACCUSE allowed: the investigations share its sentence).
    article(REU + "13055", "1987-04-03", [
        E(["REQUEST", "AGREE"], "to seek a memorandum of understanding", ["GBR"], ["JPN"], modality=FUT,
          location_country="JPN"),
        E(["AGREE", "CONSULT"], "will use a coming trip to Tokyo", ["GBR"], ["JPN"], req=False, modality=FUT,
          location_country="JPN"),
        E(["REQUEST", "AGREE"], "he would be seeking an agreement", ["GBR"], ["JPN"], req=False, modality=FUT),
        E(["AGREE"], "similar to one struck last autumn", GB_US, GB_US, req=False, modality=H, date="1986"),
        E(["ACCUSE"], "The probe, launched in December", ["GBR"], [MNC, "GBR"], req=False, modality=H,
          date="1986-12"),
    ], forbid=[F("Market sources have persistently speculated", allow=["ACCUSE"])],
        places=[TOKYO, P("Britain", "GBR"), P("Japan", "JPN")],
        dates=[D("last autumn", "1986"), D("last year", "1986"), D("December", "1986-12")]),

    # 2. reuters-16107 (stamped Mon 1987-04-13 01:15, dateline Karachi, April 12): China is negotiating with Pakistan
    #    to buy 5,000 tonnes of cotton this year, after importing as much last year under a barter agreement,
    #    Chinese consulate sources said (unnamed: anonymous); China's ambassador told a meeting of Pakistani
    #    industrialists on Thursday that China intended to increase imports from Pakistan to reduce a trade
    #    imbalance; Pakistani officials' crop estimates. The negotiations CONSULT (CHN and PAK, either side)
    #    required; last year's barter agreement AGREE (historical) and the ambassador's stated intention AGREE (the
    #    manual: future cooperation is AGREE; COOPERATE accepted; CHN to PAK) optional; the officials' estimate
    #    forbidden.
    article(REU + "16107", "1987-04-13", [
        E(["CONSULT"], "China is negotiating with Pakistan to", CN_PK, CN_PK, attribution="anonymous"),
        E(["AGREE"], "under a barter agreement", CN_PK, CN_PK, req=False, modality=H, date="1986",
          attribution="anonymous"),
        E(["AGREE", "COOPERATE"], "China intended to increase imports from Pakistan", ["CHN"], ["PAK"], req=False,
          date="1987-04-09"),
    ], forbid=[F("Pakistani officials estimate the country's cotton output")],
        places=[P("China", "CHN"), P("Pakistan", "PAK")],
        dates=[D("this year", "1987"), D("last year", "1986"), D("Thursday", "1987-04-09")],
        quantities=[Q("5,000 tonnes", 5000, "tonnes"), Q("7.6 mln bales", 7600000, "bales"),
                    Q("375 pounds", 375, "pounds"), Q("7.2 mln bales", 7200000, "bales"),
                    Q("three mln bales", 3000000, "bales")]),

    # 3. reuters-14819 (stamped Tue 1987-04-07 23:38, dateline Tokyo, April 8): Japan's ruling Liberal Democratic
    #    Party has proposed expanding imports of 12 farm products named in a US complaint against Japan to GATT last
    #    year, an LDP official said (unnamed: anonymous); the proposal will be the basis of a more detailed package to
    #    cut the surplus with the US, expected to be formalised before April 19, when the LDP's General Council
    #    chairman visits Washington. The proposal CONCEDE (the manual's promised easing of restrictions; AGREE
    #    accepted; the ruling party, JPN, to USA) required; the US complaint to GATT last year ACCUSE (historical) and
    #    the visit to come (future meetings AGREE, CONSULT accepted; in USA) optional; the expected formalising
    #    forbidden (a forecast).
    article(REU + "14819", "1987-04-07", [
        E(["CONCEDE", "AGREE"], "has proposed expanding imports of 12 farm products", ["JPN"], ["USA"],
          attribution="anonymous"),
        E(["ACCUSE"], "Complaint against Japan to the General Agreement", ["USA"], ["JPN"], req=False, modality=H,
          date="1986"),
        E(["AGREE", "CONSULT"], "Shintaro Abe visits Washington", ["JPN"], ["USA"], req=False, modality=FUT,
          date="1987-04-19", location_country="USA"),
    ], forbid=[F("The party is expected to formalise the package", allow=["AGREE", "CONSULT"])],
        places=[P("Japan", "JPN"), WASHINGTON],
        dates=[D("last year", "1986"), D("April 19", "1987-04-19")],
        quantities=[Q("12 farm products", 12, "products")]),

    # 4. reuters-18949 (Thu 1987-06-18, Mexico City): Mexico signed a rescheduling accord covering 120 mln dlrs of
    #    official debts to Britain, part of a 1.8 billion dlr restructuring agreed with the Paris Club of creditors
    #    last year, the finance ministry said; the finance minister, who signed it, said it reflects stronger
    #    relations between the two countries; the Paris Club deal is part of a 12 billion dlr package agreed with
    #    Mexico's creditors last year. The accord signed SUPPORT (the manual's `sign`; AGREE accepted, as earlier
    #    golds' debt accords; MEX and GBR, either side) required; the Paris Club restructuring last year AGREE
    #    (historical; MEX and the club, IGO), the signature restated and last year's package with the creditors
    #    (historical; the banks MNC, the club IGO) optional.
    article(REU + "18949", "1987-06-18", [
        E(["SUPPORT", "AGREE"], "Mexico signed a rescheduling accord", MX_GB, MX_GB),
        E(["AGREE"], "restructuring agreed with the Paris club", ["MEX", IGO], ["MEX", IGO], req=False, modality=H,
          date="1986"),
        E(["SUPPORT", "AGREE"], "who signed the accord for Mexico", MX_GB, MX_GB, req=False),
        E(["AGREE"], "financial package agreed with Mexico's creditors", ["MEX", IGO, MNC], ["MEX", IGO, MNC],
          req=False, modality=H, date="1986"),
    ], places=[P("Mexico", "MEX"), P("Britain", "GBR")],
        dates=[D("last year", "1986"), D("september 1986", "1986-09"), D("march 1988", "1988-03")],
        quantities=[Q("120 mln dlrs", 120000000, "USD"), Q("1.8 billion dlr", 1800000000, "USD"),
                    Q("10 years", 10, "years"), Q("five years", 5, "years"), Q("1/2 pct", 0.5, "percent"),
                    Q("12 billion dlr", 12000000000, "USD")]),

    # 5. reuters-1896 (Wed 1987-03-04, Washington): Reagan said improper record keeping of the meetings and decisions
    #    of the Iran arms initiative led to his failure to recall whether he approved Israel's arms shipments before
    #    or after the fact; in a televised address he said he is still upset that no-one kept proper records, a
    #    complaint of the Tower commission; Israel made the shipment in August 1985; "I did approve it"; the timing
    #    could determine whether the sale broke laws. Reagan's blame on the record keeping ACCUSE (the manual's
    #    disapprove; USA, no recipient checked; in USA, a president's address to his nation) required; his being
    #    upset (restated), the Tower commission's complaint ACCUSE (historical), Israel's arms shipment AID (the
    #    manual: arms are military aid; ISR to IRN; historical) and his approval of it SUPPORT (AGREE accepted;
    #    historical) optional; the record keeping now and the timing's legal weight forbidden.
    article(REU + "1896", "1987-03-04", [
        E(["ACCUSE"], "improper record keeping of meetings and decisions", ["USA"], location_country="USA"),
        E(["ACCUSE"], "he is still upset that no-one kept proper records", ["USA"], req=False,
          location_country="USA"),
        E(["ACCUSE"], "a complaint made by the Tower commission", ["USA"], req=False, modality=H),
        E(["AID"], "The arms shipment was made in August of 1985", ["ISR"], ["IRN"], req=False, modality=H,
          date="1985-08"),
        E(["SUPPORT", "AGREE"], "I did approve it", ["USA"], ["ISR"], req=False, modality=H),
    ], forbid=[F("plenty of record-keeping now going on"), F("it could determine whether the sale violated")],
        places=[P("Iran", "IRN"), P("Israel", "ISR")],
        dates=[D("August of 1985", "1985-08")]),

    # 6. reuters-16782 (Fri 1987-04-17, Brussels): the EC is ready to take measures to ensure that Japanese exports
    #    shut out of the US market from today are not diverted to it, a Commission spokesman said (an institution's
    #    spokesman: official); Reagan is expected to announce later today 100 pct tariffs on 300 mln dlrs of Japanese
    #    goods; representatives of member states agreed a series of measures last Friday to prevent Tokyo deflecting
    #    exports to the EC; the Commission would decide their content; there is time to put the countermeasures in
    #    place after Easter; the EC fears more Japanese exports; the manufacturers are unlikely to have stocks. The
    #    EC's readiness THREATEN (SANCTION accepted; EC to JPN), the US tariffs to be announced today SANCTION (the
    #    news's cause; USA to JPN; future) and the measures agreed last Friday AGREE (the EC; no recipient checked)
    #    required; the countermeasures to be put in place SANCTION (future) optional; the EC's fear and the
    #    spokesman's expectation on stocks forbidden.
    article(REU + "16782", "1987-04-17", [
        E(["THREATEN", "SANCTION"], "is ready to take measures to ensure", EC, ["JPN"]),
        E(["SANCTION"], "the imposition of 100 pct tariffs", ["USA"], ["JPN"], modality=FUT, date="1987-04-17"),
        E(["AGREE"], "representatives of member states last Friday agreed", EC, date="1987-04-10"),
        E(["SANCTION", "THREATEN"], "to put the countermeasures in place", EC, ["JPN"], req=False, modality=FUT),
    ], forbid=[F("The EC fears Tokyo will step up exports"),
               F("unlikely to have stocks available for")],
        places=[TOKYO, P("United States", "USA")],
        dates=[D("today", "1987-04-17"), D("last Friday", "1987-04-10"), D("April 17", "1987-04-17")],
        quantities=[Q("100 pct", 100, "percent"), Q("300 mln dlrs", 300000000, "USD")]),

    # 7. reuters-10603 (Fri 1987-03-27, Dar es Salaam): the main road between Zambia and Dar es Salaam is to be
    #    rehabilitated for 109 mln dlrs from December, the project coordinator of Tanzania's communications ministry
    #    said; the government is evaluating 52 contractors' bids; the World Bank, the main sponsor, will issue the
    #    final list at the end of April; it is contributing 50 mln dlrs to the project, which the African
    #    Development Bank, Norway and Denmark also finance. The World Bank's contribution AID (IGO to TZA; in TZA,
    #    the road's country) required; the other lenders' and donors' financing AID (the same sentence) optional.
    article(REU + "10603", "1987-03-27", [
        E(["AID"], "The World Bank is contributing 50 mln dlrs", [IGO], ["TZA"], location_country="TZA"),
        E(["AID"], "also being financed by the African Development Bank", [IGO, "NOR", "DNK"], ["TZA"], req=False,
          location_country="TZA"),
    ], places=[P("Zambia", "ZMB"), P("Dar es Salaam", "TZA", -6.79, 39.21), P("Norway", "NOR"),
               P("Denmark", "DNK")],
        dates=[D("December", "1987-12"), D("end of April", "1987-04")],
        quantities=[Q("109 mln dlrs", 109000000, "USD"), Q("293.5 km", 293.5, "km"), Q("800 km", 800, "km"),
                    Q("50 mln dlrs", 50000000, "USD")]),

    # 8. reuters-3862 (Wed 1987-03-11, Lima): Maoist guerrillas using dynamite derailed two locomotives and four
    #    wagons, cutting Peru's only railway from the capital to the central Andes' mines, authorities said (unnamed:
    #    anonymous); the blast yesterday at Chacapalca wrecked a train laden with minerals and 45 metres of track;
    #    crews hoped to restore traffic today; the state minerals marketing firm was assessing the situation, with no
    #    force majeure declared. The derailment ASSAULT (the guerrillas, PER or IMG, to PER; in PER; March 10)
    #    required; the blast restated optional; the missing force majeure declaration forbidden.
    article(REU + "3862", "1987-03-11", [
        E(["ASSAULT"], "Maoist guerrillas using dynamite derailed", PERU_REBELS, ["PER"], date="1987-03-10",
          attribution="anonymous", location_country="PER"),
        E(["ASSAULT"], "in the dynamite blast yesterday at Chacapalca", PERU_REBELS, ["PER"], req=False,
          date="1987-03-10", location_country="PER"),
    ], forbid=[F("There had not been a declaration of force majeure")],
        places=[P("Peru", "PER"), P("Chacapalca", "PER"), P("Lima", "PER", -12.05, -77.04),
                P("Callao", "PER", -12.06, -77.13)],
        dates=[D("yesterday", "1987-03-10"), D("today", "1987-03-11")],
        quantities=[Q("800,000 dlrs", 800000, "USD"), Q("45 metres", 45, "metres"), Q("225 km", 225, "km")]),

    # 9. reuters-15750 (Thu 1987-04-09, Washington): the World Bank's president said it plans to send a mission to
    #    Brazil next week to explore economic conditions; at the IMF and World Bank meeting he said he was optimistic
    #    that something would be worked out between Brazil and its creditors; he met Brazilian officials last night
    #    and said "We agreed to send a mission to Brazil next week". The mission to come AGREE (the manual's future
    #    visits; CONSULT accepted; IGO to BRA; in BRA) and last night's meeting CONSULT (either side) required; the
    #    agreement quoted (restated) optional; his optimism forbidden.
    article(REU + "15750", "1987-04-09", [
        E(["AGREE", "CONSULT"], "plans to send a mission to Brazil next week", [IGO], ["BRA"], modality=FUT,
          date="1987-04", location_country="BRA"),
        E(["CONSULT"], "Conable met last night with Brazilian officials", WB_BR, WB_BR, date="1987-04-08"),
        E(["AGREE"], "We agreed to send a mission", WB_BR, WB_BR, req=False, modality=FUT, date="1987-04"),
    ], forbid=[F("he felt positive and optimistic that something")],
        places=[P("Brazil", "BRA")],
        dates=[D("next week", "1987-04"), D("last night", "1987-04-08")]),

    # 10. reuters-11959 (Wed 1987-04-01, Washington): the Senate Agriculture Committee's chairman charged Japan with
    #     lying and cheating in its trade practices ("have lied, cheated and otherwise misused tariff legislation");
    #     his remarks to a cattlemen's association drew laughter and applause; he called the administration's plan to
    #     raise tariffs on Japanese imports in retaliation for Tokyo's violation of the semiconductor pact "long
    #     overdue". The charge ACCUSE (a legislator, USA, to JPN) required; the quote restated, the tariffs planned
    #     SANCTION (future; USA to JPN), his backing of them SUPPORT (USA) and the violation charged ACCUSE (the
    #     administration's; USA to JPN) optional; the audience's reaction forbidden.
    article(REU + "11959", "1987-04-01", [
        E(["ACCUSE"], "charged Japan with lying and cheating", ["USA"], ["JPN"]),
        E(["ACCUSE"], "have lied, cheated and otherwise misused", ["USA"], ["JPN"], req=False),
        E(["SANCTION", "THREATEN"], "plan to raise tariffs on a variety", ["USA"], ["JPN"], req=False,
          modality=FUT),
        E(["ACCUSE"], "Tokyo's violation of a bilateral", ["USA"], ["JPN"], req=False),
        E(["SUPPORT"], "long overdue", ["USA"], ["USA"], req=False),
    ], forbid=[F("provoked laughter, followed by applause")],
        places=[P("Japan", "JPN"), TOKYO]),

    # 11. reuters-9630 (Wed 1987-03-25, Miami): Bolivia's proposal to buy back at a deep discount the 900 mln dlrs it
    #     owes foreign commercial banks is likely to be accepted, the central bank governor said at the IADB's annual
    #     meeting; the banks' advisory committee is seeking the creditor banks' permission; a banker expects the
    #     waivers within two months; Bolivia halted all payments on its bank debt in March 1984; Bolivia would offer
    #     to buy the debt back at a market price; it intends to pay with aid the United States and West Germany are
    #     providing for coca eradication; he does not expect the buyback to be a model. The buyback proposal AGREE
    #     (an offer; BOL to the banks, MNC) required; the payments halted in 1984 REJECT (SANCTION accepted;
    #     historical), the offer restated (future) and the US and West German aid AID (USA and DEU to BOL) optional;
    #     the governor's confidence, the banker's expectation, the bankers' views, the holdouts and the model
    #     forbidden.
    article(REU + "9630", "1987-03-25", [
        E(["AGREE"], "proposal to repurchase at a deep discount", ["BOL"], BANKS),
        E(["REJECT", "SANCTION"], "Bolivia halted all payments", ["BOL"], BANKS, req=False, modality=H,
          date="1984-03"),
        E(["AGREE"], "Bolivia would offer to buy back the debt", ["BOL"], BANKS, req=False, modality=FUT),
        E(["AID"], "foreign governments, especially the United States", ["USA", "DEU"], ["BOL"], req=False),
    ], forbid=[F("he is confident that this threshold"), F("could be obtained within two months"),
               F("Bankers see little chance"), F("some banks might want to hold out"),
               F("did not expect Bolivia's debt repurchase")],
        places=[P("Bolivia", "BOL"), P("United States", "USA"), P("West Germany", "DEU")],
        dates=[D("March 1984", "1984-03")],
        quantities=[Q("900 mln dlrs", 900000000, "USD"), Q("50 pct", 50, "percent"), Q("10 cts", 0.10, "USD"),
                    Q("four pct", 4, "percent")]),

    # 12. reuters-15447 (Thu 1987-04-09, Brussels): the EC launched an investigation into allegations of dumping by
    #     Japanese semiconductor makers; Tokyo faces an April 17 deadline from Washington for 300 mln dlrs of
    #     tariffs; a European manufacturers' association complained that Japanese firms sold EPROM chips at unfairly
    #     low prices; Japan took 78 pct of the EC market last year; the Commission found sufficient proof to warrant
    #     an investigation that could lead it to impose duties; it claims last year's US-Japanese chip accord gives
    #     US firms privileged access to Japan. The investigation ACCUSE (the manual's investigate mode; EC to JPN or
    #     the firms, MNC) required; the US deadline THREATEN (SANCTION accepted; USA to JPN), the association's
    #     complaint ACCUSE (a trade body: actor not checked), the finding restated, the duties it could impose
    #     SANCTION (hypothetical), the Commission's claim against the US-Japanese accord ACCUSE and that accord AGREE
    #     (historical) optional; the market shares and the firms' statement forbidden.
    article(REU + "15447", "1987-04-09", [
        E(["ACCUSE"], "launched an investigation into allegations of dumping", EC, ["JPN", MNC]),
        E(["THREATEN", "SANCTION"], "already faces a deadline of April 17", ["USA"], ["JPN"], req=False,
          date="1987-04-17"),
        E(["ACCUSE"], "Manufacturers Association complained that Japanese firms", recipient=["JPN", MNC],
          req=False),
        E(["ACCUSE"], "had given sufficient elements of proof", EC, ["JPN", MNC], req=False),
        E(["SANCTION"], "could lead it to impose duties", EC, ["JPN", MNC], req=False, modality=HYP),
        E(["ACCUSE"], "The Commission claims last year's accord", EC, US_JP, req=False),
        E(["AGREE"], "on microchip pricing", US_JP, US_JP, req=False, modality=H, date="1986"),
    ], forbid=[F("Japan last year took 78 pct"), F("had been forced to offer their products")],
        places=[TOKYO, WASHINGTON],
        dates=[D("April 17", "1987-04-17"), D("today", "1987-04-09"), D("last year", "1986"), D("1984", "1984")],
        quantities=[Q("300 mln dlrs", 300000000, "USD"), Q("78 pct", 78, "percent"),
                    Q("170 mln dlr", 170000000, "USD"), Q("60 pct", 60, "percent"), Q("30 pct", 30, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
