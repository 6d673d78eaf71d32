"""Writes articles.json for the thirty-ninth article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked from position 856, after
gold-thirty-fifth's stretch) that report acts of political actors: the IMF chief's visit to the Ivory Coast, the
Philippines' debt talks with its bank committee, Morocco's aid from the World Bank's donor group, regulators closing
two Utah institutions, the IFC's pledge to invest more in Malaysia, Lyng's call on Japan to open its farm market, a
newspaper's report that Iran arms money went to hostage holders, the US aid program for Africa, World Bank and IMF
missions to Uganda, China's call on the US to ease trade curbs, World Bank teams studying Philippine loan requests,
and the US call for stronger GATT powers.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

FIRM_US = ["USA", MNC]             # a US firm (here failed savings and banks): its home country or MNC
BANKS = [MNC]                      # a debtor's commercial bank committee: MNC (no country of their own)
HOSTAGE_HOLDERS = ["LBN", IMG]     # the groups holding hostages in Lebanon: Lebanon plus IMG (gold/README.md)
CI_IMF = ["CIV", IGO]
PH_BANKS = ["PHL", MNC]
MA_IGO = ["MAR", IGO]
MY_IGO = ["MYS", IGO]
US_JP = ["USA", "JPN"]
PH_IGO = ["PHL", IGO]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-19582 (Mon 1987-06-29, Abidjan): the IMF's managing director paid a brief weekend visit to the Ivory
    #    Coast and discussed its economic difficulties with President Houphouet-Boigny; last month the country told
    #    its creditors it had to suspend payments on its foreign debt. The visit CONSULT (an international lender's
    #    mission: IGO to CIV, either side accepted as the earlier golds' meetings; in CIV) required; the discussion
    #    (the same meeting) and last month's suspension REJECT (historical; SANCTION accepted; the creditors, banks
    #    and governments, have no code: recipient left out) optional; his view of the commodity fall forbidden.
    article(REU + "19582", "1987-06-29", [
        E(["CONSULT"], "paid a brief weekend visit to the Ivory Coast", CI_IMF, CI_IMF, location_country="CIV"),
        E(["CONSULT"], "discussed the country's economic difficulties", CI_IMF, CI_IMF, req=False),
        E(["REJECT", "SANCTION"], "informed its creditors it had to suspend payments", ["CIV"], req=False,
          modality=H, date="1987-05"),
    ], forbid=[F("had dealt a harsh blow this year")],
        places=[P("Ivory Coast", "CIV")],
        dates=[D("Last month", "1987-05"), D("this year", "1987")],
        quantities=[Q("eight billion dlrs", 8000000000, "USD")]),

    # 2. reuters-8049 (Fri 1987-03-20, New York): the Philippines and its bank advisory committee completed another
    #    round of debt rescheduling talks without a final agreement and will meet again on Saturday, a senior banker
    #    said (anonymous). The round of talks CONSULT (PHL with the banks, MNC, either side; in USA) and the meeting
    #    set for Saturday AGREE (a meeting to come, as the earlier golds' visits to come; CONSULT accepted) required;
    #    the restructuring sought REQUEST (PHL to the banks) optional; the absence of a final agreement forbidden.
    article(REU + "8049", "1987-03-20", [
        E(["CONSULT"], "completed another round of debt rescheduling talks", PH_BANKS, PH_BANKS,
          attribution="anonymous", location_country="USA"),
        E(["AGREE", "CONSULT"], "will meet again on Saturday", PH_BANKS, PH_BANKS, modality=FUT, date="1987-03-21",
          attribution="anonymous", location_country="USA"),
        E(["REQUEST"], "The Philippines seeks to restructure", ["PHL"], BANKS, req=False),
    ], forbid=[F("did not produce a final agreement")],
        places=[P("Philippines", "PHL"), P("Manila", "PHL", 14.60, 120.98)],
        dates=[D("Saturday", "1987-03-21"), D("today", "1987-03-20")],
        quantities=[Q("9.4 billion dlr", 9400000000, "USD"), Q("27.2 billion dlr", 27200000000, "USD")]),

    # 3. reuters-4400 (Thu 1987-03-12, Paris): Morocco's finance minister says most of the extra aid sought has been
    #    secured after a three-day Consultative Group meeting of donors chaired by the World Bank; the group's
    #    statement urges Morocco to continue adjustment and the group agrees to reconvene in a year; last week's Paris
    #    Club rescheduling and late last year's bank rescheduling as background. The meeting CONSULT (MAR with the
    #    donors, IGO, either side; in FRA), the aid secured AGREE (pledged aid: the manual's future AID is AGREE; AID
    #    accepted; IGO to MAR), the urging REQUEST (IGO to MAR) and the agreement to reconvene AGREE (future meeting;
    #    CONSULT accepted) required; the Paris Club accord AGREE (historical, last week; AID accepted: the manual's
    #    debt relief) and the bank rescheduling (historical), and the satisfaction noted (SUPPORT) optional; the
    #    likely extra aid and the plan's possible needs forbidden.
    article(REU + "4400", "1987-03-12", [
        E(["CONSULT"], "three-day Consultative Group meeting of donors", MA_IGO, MA_IGO, location_country="FRA"),
        E(["AGREE", "AID"], "had already been secured", [IGO], ["MAR"], location_country="FRA"),
        E(["SUPPORT"], "noted with\nsatisfaction", [IGO], ["MAR"], req=False),
        E(["REQUEST"], "urged it to continue recent adjustment efforts", [IGO], ["MAR"], location_country="FRA"),
        E(["AGREE", "CONSULT"], "agreed to reconvene in a year", [IGO], ["MAR"], modality=FUT, date="1988",
          location_country="FRA"),
        E(["AGREE", "AID"], "reached an agreement here last week with the Paris", MA_IGO, MA_IGO, req=False, modality=H,
          date="1987-03"),
        E(["AGREE"], "an agreement late last year to reschedule", ["MAR"], [MNC], req=False, modality=H,
          date="1986"),
    ], forbid=[F("additional sums were\nlikely to emerge"), F("could require further aid")],
        places=[P("Morocco", "MAR")],
        dates=[D("1987", "1987"), D("last week", "1987-03"), D("late last year", "1986"), D("mid 1988", "1988")],
        quantities=[Q("100 mln Special Drawing Rights", 100000000, "SDR"), Q("126 mln dlrs", 126000000, "USD"),
                    Q("900 mln dlrs", 900000000, "USD"),
                    Q("1.8 billion dlrs", 1800000000, "USD"), Q("14 billion dlrs", 14000000000, "USD")]),

    # 4. reuters-16090 (Sat 1987-04-11, Washington, dateline April 10): two Utah institutions failed: the Federal Home
    #    Loan Bank Board closed Summit Savings and Loan and directed the FSLIC to transfer its insured deposits to
    #    another association; the FDIC's board approved Dixie State Bank's assumption of the failed Bank of Iron
    #    County's deposits. The closing COERCE (a regulator seizing a firm; SANCTION accepted; USA to the firm, USA or
    #    MNC) and the FDIC's approval SUPPORT (the manual's approval of an action; AGREE accepted; USA to the firms)
    #    required; the transfer directed (the closing's terms), and the conservatorship of April 14, 1986 (historical)
    #    optional; the failures as such, the first-to-fail count and the assuming bank's purchase forbidden (firms'
    #    and figures).
    article(REU + "16090", "1987-04-11", [
        E(["COERCE", "SANCTION"], "closed Summit Savings and", ["USA"], FIRM_US, location_country="USA"),
        E(["COERCE", "SANCTION"], "directed the Federal\nSavings and Loan Insurance Corporation", ["USA"], FIRM_US,
          req=False),
        E(["SUPPORT", "AGREE"], "has approved the assumption of the deposit", ["USA"], FIRM_US,
          location_country="USA"),
        E(["COERCE", "SANCTION"], "appointed the FSLIC as\nconservator", ["USA"], FIRM_US, req=False, modality=H,
          date="1986-04-14"),
    ], forbid=[F("was the\nfirst bank in Utah to fail"), F("will purchase all of the failed bank's")],
        places=[P("Utah", "USA", 39.3, -111.7), P("Idaho", "USA", 44.1, -114.7), P("Parowan", "USA", 37.84, -112.83),
                P("St George", "USA", 37.10, -113.58), P("Park City", "USA", 40.65, -111.50),
                P("Ogden", "USA", 41.22, -111.97)],
        dates=[D("Monday", "1987-04-13"), D("April 14, 1986", "1986-04-14"), D("this year", "1987")],
        quantities=[Q("20.1 mln dlrs", 20100000, "USD"), Q("19.9 mln dlrs", 19900000, "USD"),
                    Q("3.575 mln dlrs", 3575000, "USD"), Q("116.9 mln dlrs", 116900000, "USD"),
                    Q("120.8 mln dlr", 120800000, "USD"),
                    Q("205 mln dlrs", 205000000, "USD")]),

    # 5. reuters-16949 (Tue 1987-04-21, Kuala Lumpur): the World Bank's International Finance Corporation will raise
    #    its investment in Malaysia to up to 200 mln dlrs, its chief executive said after a two-day meeting with
    #    government and private sector representatives; it is interested in a Sabah state pulp project and talking to
    #    a state holding company about joint ventures. The pledge AGREE (future AID is AGREE; AID accepted; IGO to
    #    MYS; in MYS) and the two-day meeting CONSULT (either side) required; the talks with the state holding company
    #    CONSULT optional; the fund underwriting (a market deal) forbidden.
    article(REU + "16949", "1987-04-21", [
        E(["AGREE", "AID"], "will raise its investment in Malaysia", [IGO], ["MYS"], modality=FUT,
          location_country="MYS"),
        E(["CONSULT"], "a two-day meeting with\ngovernment", MY_IGO, MY_IGO, location_country="MYS"),
        E(["CONSULT"], "is talking to state\ninvestment holding company", MY_IGO, MY_IGO, req=False),
    ], forbid=[F("is involved in underwriting")],
        places=[P("Malaysia", "MYS"), P("Sabah", "MYS", 5.98, 116.07)],
        dates=[D("next month", "1987-05")],
        quantities=[Q("200 mln dlrs", 200000000, "USD"), Q("21.2 mln", 21200000, "USD"),
                    Q("500 mln ringgit", 500000000, "MYR"), Q("60 mln\ndlr", 60000000, "USD")]),

    # 6. reuters-16763 (Fri 1987-04-17, Tokyo): Agriculture Secretary Lyng asks Japan's agriculture minister Kato to
    #    open the farm market further, at the meeting that opens his 12-day visit; Kato replies that Japan is already
    #    the largest grain importer and will keep its self-sufficiency; the two sides will meet again on April 20 with
    #    Yeutter. The request REQUEST (USA to JPN; reported by a Japanese official: official), the meeting CONSULT
    #    (either side; in JPN) and the April 20 meeting AGREE (future; CONSULT accepted) required; Kato's reply
    #    REJECT, his stand on self-sufficiency REJECT, the quoted claim (the request's restatement) and last year's
    #    GATT complaints ACCUSE (historical) optional; the surplus remark forbidden.
    article(REU + "16763", "1987-04-17", [
        E(["REQUEST"], "has asked Japan to open its farm market further", ["USA"], ["JPN"], location_country="JPN"),
        E(["REQUEST"], "the removal of import restrictions would help", ["USA"], ["JPN"], req=False),
        E(["CONSULT"], "The meeting with Kato opened a 12-day visit", US_JP, US_JP, location_country="JPN"),
        E(["REJECT"], "replying that Japan was\nalready the world's largest grain importer", ["JPN"], ["USA"],
          req=False),
        E(["ACCUSE"], "Complaints against Japan to the General Agreement", ["USA"], ["JPN"], req=False, modality=H,
          date="1986"),
        E(["REJECT"], "Japan will maintain its current level", ["JPN"], ["USA"], req=False),
        E(["AGREE", "CONSULT"], "at a meeting on April 20", US_JP, US_JP, modality=FUT, date="1987-04-20",
          location_country="JPN"),
    ], forbid=[F("The world farm market suffers from surpluses")],
        places=[P("Japan", "JPN"), WASHINGTON],
        dates=[D("April 20", "1987-04-20"), D("last year", "1986"), D("1985", "1985")],
        quantities=[Q("53 pct", 53, "percent")]),

    # 7. reuters-6345 (Wed 1987-03-18, New York): the New York Times, quoting US officials and others, says millions
    #    from the US arms sales to Iran were funneled to groups holding American hostages in Lebanon: the middleman
    #    Ghorbanifar deposited two to three mln dlrs with a funding arm of groups including Hizbollah, which denies
    #    holding hostages; some accounts say he paid Iranian officials, up to six mln dlrs to Rafsanjani's family. The
    #    funneling AID (attribution media: the newspaper's report; the payer unnamed: actor left out; to the hostage
    #    holders, LBN or IMG) required; the deposit (the same payment, its detail; the middleman IRN), the arms sales
    #    (historical; COOPERATE accepted), the hostage holding COERCE (ongoing, as reported), the denial REJECT and
    #    the payments to Iranian officials AID optional; the ransom description and the suggestion about expenses
    #    forbidden.
    article(REU + "6345", "1987-03-18", [
        E(["AID"], "were funneled to groups holding American hostages", None, HOSTAGE_HOLDERS,
          attribution="media"),
        E(["AID"], "deposited two to three mln dlrs", ["IRN"], HOSTAGE_HOLDERS, req=False, attribution="media"),
        E(["AID", "COOPERATE"], "proceeds from the\nsale of", ["USA"], ["IRN"], req=False, modality=H,
          attribution="media"),
        E(["COERCE"], "has been reported to be holding American hostages", HOSTAGE_HOLDERS, ["USA"], req=False,
          attribution="media"),
        E(["REJECT"], "has consistently denied the reports", HOSTAGE_HOLDERS, req=False, attribution="media"),
        E(["AID"], "Ghorbanifar paid Iranian officials", ["IRN"], ["IRN"], req=False, attribution="media"),
    ], forbid=[F("The money was described as ransom"), F("the payments suggested the money")],
        places=[P("Iran", "IRN"), P("Lebanon", "LBN")],
        quantities=[Q("10 mln dlrs", 10000000, "USD"),
                    Q("six mln dlrs", 6000000, "USD")]),

    # 8. reuters-4624 (Thu 1987-03-12, Washington): senior US officials detail the action program announced yesterday
    #    to help sub-Saharan Africa overcome hunger and economic problems: a 500 mln dlr Development Fund for Africa,
    #    100 mln dlrs more in food aid, more funding for the World Bank's IDA and a larger share of it sought for
    #    Africa. The program announced AGREE (future aid pledged; AID accepted; the region has no code: recipient left
    #    out; yesterday), the increased IDA funding AID (USA to IGO) and the larger share sought REQUEST (USA to IGO,
    #    from unnamed officials: anonymous) required; the fund to be set up and the food aid (the program's parts,
    #    future) optional; Crocker's forecast of Congress's favour and the comparison with Congress's 1986 vote
    #    forbidden.
    article(REU + "4624", "1987-03-12", [
        E(["AGREE", "AID"], "an action program announced yesterday", ["USA"], modality=FUT, date="1987-03-11",
          location_country="USA"),
        E(["AID", "AGREE"], "a 500-mln dlr Development Fund for Africa will be set up", ["USA"], req=False,
          modality=FUT),
        E(["AID", "AGREE"], "an additional 100 mln\ndlrs in food aid", ["USA"], req=False, modality=FUT),
        E(["AID"], "Washington is also increasing its funding", ["USA"], [IGO], attribution="anonymous",
          location_country="USA"),
        E(["REQUEST"], "is seeking a greater share of a bigger fund", ["USA"], [IGO], attribution="anonymous",
          location_country="USA"),
    ], forbid=[F("he believed Congress will favour the program"), F("would surpass Congress' 1986 vote")],
        places=[WASHINGTON],
        dates=[D("yesterday", "1987-03-11"), D("1986", "1986")],
        quantities=[Q("500-mln dlr", 500000000, "USD"), Q("100 mln\ndlrs", 100000000, "USD"),
                    Q("483 mln dlrs", 483000000, "USD"), Q("37 pct", 37, "percent"),
                    Q("8.7 billion dlrs", 8700000000, "USD"), Q("12.8 billion dlrs", 12800000000, "USD")]),

    # 9. reuters-1224 (Tue 1987-03-03, Kampala): a World Bank team arrived in Uganda for talks on a one billion dlr
    #    recovery program; an IMF team is due over the same period; diplomats expect the government to ask for most of
    #    the money. The World Bank mission CONSULT (IGO to UGA, either side; in UGA) and the IMF team due AGREE
    #    (future; CONSULT accepted; from an unnamed bank official: anonymous) required; the minister's plan of last
    #    month (no act toward another) and the diplomats' expectation forbidden.
    article(REU + "1224", "1987-03-03", [
        E(["CONSULT"], "arrived in Uganda for talks", ["UGA", IGO], ["UGA", IGO], location_country="UGA"),
        E(["AGREE", "CONSULT"], "An International Monetary Fund (IMF) team is due here", ["UGA", IGO], ["UGA", IGO],
          modality=FUT, attribution="anonymous", location_country="UGA"),
    ], forbid=[F("most of the one billion dlrs would go"), F("Diplomats expect the government to ask")],
        places=[P("Uganda", "UGA")],
        dates=[D("last month", "1987-02")],
        quantities=[Q("one billion dlrs", 1000000000, "USD")]),

    # 10. reuters-1022 (Tue 1987-03-03, Peking): China calls on the US, in an official newspaper's editorial timed for
    #     Secretary of State Shultz's visit, to remove curbs on its exports, grant it preferences and ease high
    #     technology controls; the US embassy replies that China's figures are inaccurate and that Peking must
    #     persuade Congress itself; China's commercial counsellor blames US protectionism. The call REQUEST (CHN to
    #     USA; official, the state's paper) and the embassy's reply REJECT (ACCUSE accepted; USA to CHN) required;
    #     Shultz's visit CONSULT, the editorial's quoted demands (restatements) and the counsellor's charge ACCUSE
    #     optional.
    article(REU + "1022", "1987-03-03", [
        E(["REQUEST"], "China called on the United States to\nremove curbs", ["CHN"], ["USA"],
          location_country="CHN"),
        E(["REJECT", "ACCUSE"], "Embassy replied that Chinese figures", ["USA"], ["CHN"], location_country="CHN"),
        E(["CONSULT"], "to coincide with the\nvisit of", ["USA", "CHN"], ["USA", "CHN"],
          req=False, location_country="CHN"),
        E(["REQUEST"], "Should quickly discard its prejudice", ["CHN"], ["USA"], req=False),
        E(["ACCUSE"], "He named them as", ["CHN"], ["USA"], req=False),
    ], places=[P("China", "CHN"), P("United States", "USA"), P("Peking", "CHN", 39.90, 116.40), WASHINGTON],
        dates=[D("today", "1987-03-03")]),

    # 11. reuters-7595 (Fri 1987-03-20, Manila): two World Bank review teams are in the Philippines to assess the
    #     government's requests for housing and land reform loans; the government will ask the donor group for a 500
    #     mln dlr loan; negotiations start next month on a 150 mln dlr loan; the bank approved two loans of 310 mln
    #     dlrs on Tuesday; it cancelled 450 mln dlrs of commitments under Marcos, who was toppled in February 1986.
    #     The review mission CONSULT (either side; in PHL), the requests REQUEST (PHL to IGO) and Tuesday's loans AID
    #     (AGREE accepted; IGO to PHL) required (the mission and requests from unnamed bank officials: anonymous); the
    #     500 mln request (future), the negotiations next month (future), the cancelled commitments SANCTION
    #     (historical; REJECT accepted) and Marcos's fall (historical) optional; the loans' use forbidden.
    article(REU + "7595", "1987-03-20", [
        E(["CONSULT"], "Two World Bank review teams are in the\nPhilippines", PH_IGO, PH_IGO,
          attribution="anonymous", location_country="PHL"),
        E(["REQUEST"], "to assess government requests for funding", ["PHL"], [IGO], attribution="anonymous",
          location_country="PHL"),
        E(["REQUEST"], "will ask for another 500 mln dlr", ["PHL"], [IGO], req=False, modality=FUT),
        E(["AGREE", "CONSULT"], "negotiations will start next month", PH_IGO, PH_IGO, req=False, modality=FUT,
          date="1987-04", attribution="anonymous"),
        E(["AID", "AGREE"], "the world bank approved two loans", [IGO], ["PHL"], date="1987-03-17"),
        E(["SANCTION", "REJECT"], "the bank cancelled 450 mln dlrs", [IGO], ["PHL"], req=False, modality=H,
          attribution="anonymous"),
        E(["COERCE", "PROTEST", "ASSAULT"], "toppled by a military-civilian revolt", ["PHL"], ["PHL"], req=False,
          modality=H, date="1986-02"),
    ], forbid=[F("would be used\nto rehabilitate")],
        places=[P("Philippines", "PHL"), P("Manila", "PHL", 14.60, 120.98)],
        dates=[D("next month", "1987-04"), D("Tuesday", "1987-03-17"), D("1957", "1957"),
               D("February 1986", "1986-02")],
        quantities=[Q("500 mln dlr", 500000000, "USD"), Q("150 mln dlr", 150000000, "USD"),
                    Q("310\nmln dlrs", 310000000, "USD"), Q("4.3\nbillion dlrs", 4300000000, "USD"),
                    Q("450 mln dlrs", 450000000, "USD"), Q("seven billion dlrs", 7000000000, "USD")]),

    # 12. reuters-13908 (Tue 1987-04-07, Geneva): the US deputy trade representative appeals at a GATT committee
    #     meeting for stronger powers to enforce trade rules, links with the IMF and World Bank and accountability of
    #     members, and flies to Brussels today for talks with EC officials; the GATT council is to hear on April 15
    #     the EC's complaint that the US-Japanese chip accord breaches GATT rules; Reagan has said he will impose
    #     tariffs on Japanese goods. The appeal REQUEST (USA to IGO; in CHE) and the Brussels talks AGREE (future,
    #     CONSULT accepted; USA with the EC, IGO; in BEL) required; the further calls (restatements), the EC's
    #     complaint ACCUSE (IGO to USA and JPN), its request for a panel REQUEST and Reagan's announced tariffs
    #     THREATEN (SANCTION accepted) optional.
    article(REU + "13908", "1987-04-07", [
        E(["REQUEST"], "has appealed for\nstronger powers", ["USA"], [IGO], location_country="CHE"),
        E(["REQUEST"], "Smith called for boosting GATT's links", ["USA"], [IGO], req=False),
        E(["REQUEST"], "urged that member states be accountable", ["USA"], [IGO], req=False),
        # (housekeeping, twenty-fifth session: the EC is coded EUR or IGO across the golds; both accepted here too)
        E(["AGREE", "CONSULT"], "flies to Brussels today for talks", ["USA", IGO, "EUR"], ["USA", IGO, "EUR"], modality=FUT,
          date="1987-04-07", location_country="BEL"),
        E(["ACCUSE"], "The EC charges the accord breached GATT", [IGO, "EUR"], US_JP, req=False),
        E(["REQUEST"], "is requesting a GATT dispute\npanel", [IGO], [IGO], req=False),
        E(["THREATEN", "SANCTION"], "has said Washington will impose", ["USA"], ["JPN"], req=False),
    ], places=[P("Brussels", "BEL", 50.85, 4.35), P("Tokyo", "JPN", 35.68, 139.69), WASHINGTON],
        dates=[D("today", "1987-04-07"), D("April 15", "1987-04-15"), D("last September", "1986-09")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
