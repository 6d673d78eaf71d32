"""Writes articles.json for the forty-second article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked from position 902, after
gold-thirty-ninth's stretch) that report acts of political actors: Ecuador's talks on Venezuelan oil aid after the
earthquake, Argentina's near accord with its creditor banks, Sweden's sanctions against South Africa, the IMF's
warning to Israel, the Philippine investment-note plan put to the bank committee, Japan's rejection of US objections
to the Fairchild sale, Zambia's payment of its IMF arrears, Sri Lanka's drought aid appeal, Brazil's credit-line
standstill with its bank committee, the Group of 10 deputies' meeting in Paris, the Group of Seven communique, and
Japan's GATT complaint against South Korea's trade plan.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

BANKS = [MNC]                      # a debtor's commercial creditor banks or their committee: MNC
EC_VE = ["ECU", "VEN"]
AR_BANKS = ["ARG", MNC]
IL_IMF = ["ISR", IGO]
PH_BANKS = ["PHL", MNC]
ZM_IMF = ["ZMB", IGO]
BR_BANKS = ["BRA", MNC]
# The donors a state's aid appeal names (the others of its fourteen are not named).
LK_DONORS = ["AUS", "CAN", "JPN", "GBR", "USA", "DEU"]
# The states the stories name at the Group of 10 deputies' meeting (Sweden, a member, is not named) and the IMF
# that hosted it; the Group of Seven.
G10 = ["USA", "DEU", "FRA", "GBR", "JPN", "CAN", "ITA", "NLD", "BEL", "CHE", IGO]
G7 = ["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
TOKYO = P("Tokyo", "JPN", 35.68, 139.69)

ARTICLES = [
    # 1. reuters-3609 (Wed 1987-03-11, Caracas): Ecuador's deputy energy minister arrived last night for talks on
    #    further Venezuelan help to its oil industry after last week's earthquake, officials said (unnamed:
    #    anonymous); Venezuela has already agreed to lend Ecuador five mln barrels of crude. The visit for talks
    #    CONSULT (the visitor ECU to the host VEN, either side accepted as the earlier golds' visits; in VEN) and the
    #    loan agreed AGREE (pledged aid, the manual's future AID; AID accepted; VEN to ECU) required; the help sought
    #    REQUEST (ECU to VEN) optional; the export suspension forced by the earthquake (no act toward another)
    #    forbidden.
    article(REU + "3609", "1987-03-11", [
        E(["CONSULT"], "arrived here last night for talks", EC_VE, EC_VE, date="1987-03-10",
          attribution="anonymous", location_country="VEN"),
        E(["REQUEST"], "further Venezuelan assistance", ["ECU"], ["VEN"], req=False, attribution="anonymous"),
        E(["AGREE", "AID"], "has already agreed to lend Ecuador", ["VEN"], ["ECU"]),
    ], forbid=[F("was obliged to suspend crude oil exports")],
        places=[P("Ecuador", "ECU"), P("Venezuela", "VEN"), P("Balao", "ECU", -2.91, -79.81)],
        dates=[D("last night", "1987-03-10"), D("last week", "1987-03")],
        quantities=[Q("five months", 5, "months"), Q("25 miles", 25, "miles"), Q("60 pct", 60, "percent"),
                    Q("five mln barrels", 5000000, "barrels"), Q("180 days", 180, "days")]),

    # 2. reuters-16543 (Mon 1987-04-13, Buenos Aires): Argentina's treasury secretary says the country is near
    #    accord with its creditor banks on refinancing about 30 billion dlrs (in a television interview from
    #    Washington on Saturday: the major obstacles overcome); the economy minister on Thursday, in a speech at the
    #    IMF, accused the banks of standing in the way of an accord; Argentina has resisted renewed on-lending and
    #    sought a fresh-dollar agreement. The negotiation near accord CONSULT (the state with the banks, MNC, either
    #    side; AGREE accepted: no accord is reached yet) and Thursday's accusation ACCUSE (ARG to the banks)
    #    required; the obstacles overcome (the near accord restated), the stuck negotiations CONSULT, the resistance
    #    REJECT and the agreement sought REQUEST (background) optional.
    article(REU + "16543", "1987-04-13", [
        E(["CONSULT", "AGREE"], "is near accord with creditor banks", AR_BANKS, AR_BANKS),
        E(["CONSULT", "AGREE"], "the major obstacles to an agreement", AR_BANKS, AR_BANKS, req=False,
          date="1987-04-11"),
        E(["ACCUSE"], "accused creditor banks of standing in the way", ["ARG"], BANKS, date="1987-04-09"),
        E(["CONSULT"], "Negotiations between Argentina and the banks", AR_BANKS, AR_BANKS, req=False),
        E(["REJECT"], "Argentina has resisted a renewal", ["ARG"], BANKS, req=False),
        E(["REQUEST"], "sought an agreement whereby creditor banks", ["ARG"], BANKS, req=False),
    ], places=[WASHINGTON],
        dates=[D("Saturday", "1987-04-11"), D("Thursday", "1987-04-09")],
        quantities=[Q("30 billion dlrs", 30000000000, "USD")]),

    # 3. reuters-4259 (Thu 1987-03-12, Stockholm): Sweden announced its promised program of unilateral economic
    #    sanctions against South Africa and gave firms an October deadline to cut trade links; the boycott of South
    #    Africa and Namibia takes effect on July 1, with no direct trade from October 1; a parliamentary committee
    #    will investigate loopholes. The sanctions announced SANCTION (SWE to ZAF; in SWE) required; the boycott to
    #    take effect and the ban on direct trade (the program's terms, future; NAM accepted) and the committee's
    #    investigation to come ACCUSE
    #    (the manual's investigate mode; domestic, future) optional; the minister's caution about evasion forbidden.
    article(REU + "4259", "1987-03-12", [
        E(["SANCTION"], "announced its promised program of unilateral economic sanctions", ["SWE"], ["ZAF"],
          location_country="SWE"),
        E(["SANCTION"], "would take effect from July 1", ["SWE"], ["ZAF", "NAM"], req=False, modality=FUT,
          date="1987-07-01"),
        E(["SANCTION"], "no direct trade would be allowed", ["SWE"], ["ZAF", "NAM"], req=False, modality=FUT,
          date="1987-10-01"),
        E(["ACCUSE"], "a parliamentary committee would investigate", ["SWE"], ["SWE"], req=False, modality=FUT),
    ], forbid=[F("was not impossible to get round")],
        places=[P("South Africa", "ZAF"), P("Namibia", "NAM")],
        dates=[D("July 1", "1987-07-01"), D("October 1", "1987-10-01")],
        quantities=[Q("three-month", 3, "months")]),

    # 4. reuters-3558 (Wed 1987-03-11, Tel Aviv): the IMF warned Israel in a report that a continued rapid rise in
    #    wages could undo its stabilisation; an IMF delegation visited Israel this week and issued an interim report
    #    praising its success against inflation; the report supported the Bank of Israel's rate rise; the Bank of
    #    Israel governor's warnings last week and a private bank's forecasts as background. The warning ACCUSE (a
    #    warning with no act of the IMF's own threatened, as the earlier golds; REQUEST and THREATEN accepted; IGO to
    #    ISR) and the delegation's visit CONSULT (IGO and ISR, either side; in ISR) required; the praise and the
    #    support SUPPORT (IGO to ISR), the quoted warning (a restatement), the governor's warnings last week ACCUSE
    #    (domestic, historical) and next month's public sector wage negotiations (domestic, future) optional; the
    #    private bank's forecast and its economist's view of tax policy forbidden.
    article(REU + "3558", "1987-03-11", [
        E(["ACCUSE", "REQUEST", "THREATEN"], "warned Israel in a report", [IGO], ["ISR"], location_country="ISR"),
        E(["CONSULT"], "which visited Israel this week", IL_IMF, IL_IMF, location_country="ISR"),
        E(["SUPPORT"], "an interim report praising Israel's success", [IGO], ["ISR"], req=False),
        E(["ACCUSE", "THREATEN"], "Continued rapid rise in wages would threaten", [IGO], ["ISR"], req=False),
        E(["ACCUSE"], "The report echoed warnings last week", ["ISR"], ["ISR"], req=False, modality=H,
          date="1987-03"),
        E(["CONSULT"], "key public sector wage negotiations", ["ISR"], ["ISR"], req=False, modality=FUT,
          date="1987-04"),
        E(["SUPPORT"], "it supported the Bank of Israel's raising", [IGO], ["ISR"], req=False),
    ], forbid=[F("Hapoalim forecast last week"), F("was implementing a policy of cutting taxes")],
        places=[P("Israel", "ISR"), P("Argentina", "ARG"), P("Brazil", "BRA")],
        dates=[D("1985", "1985"), D("last year", "1986"), D("last week", "1987-03"), D("next month", "1987-04"),
               D("1986", "1986"), D("this year", "1987"), D("January", "1987-01")],
        quantities=[Q("440 pct", 440, "percent"), Q("19.7 pct", 19.7, "percent"), Q("10 pct", 10, "percent"),
                    Q("30 pct", 30, "percent"), Q("9.75 pct", 9.75, "percent")]),

    # 5. reuters-3397 (Mon 1987-03-09, New York): the Philippine finance minister outlined his plan to pay part of
    #    the interest bill with investment notes to the 12-bank advisory committee today; the committee meets
    #    tomorrow on its response, bankers said (anonymous); the Philippines asks the banks to reschedule 3.6 billion
    #    dlrs and ease terms on 5.8 billion; Ongpin insists he will not accept a margin above 5/8 pct and says US
    #    regulators gave his idea a green light. The plan outlined to the committee CONSULT (PHL and the banks, MNC,
    #    either side; AGREE accepted, the plan is an offer; in USA) and the rescheduling asked REQUEST (PHL to the
    #    banks) required; the committee's meeting tomorrow (the banks', future), the plan's offer (hypothetical), the
    #    refusal of a higher margin REJECT and the regulators' green light SUPPORT (as Ongpin reports it) optional;
    #    the bankers' expectation of resistance and their fears forbidden.
    article(REU + "3397", "1987-03-09", [
        E(["CONSULT", "AGREE"], "Ongpin outlined his plan today", PH_BANKS, PH_BANKS, date="1987-03-09",
          location_country="USA"),
        E(["CONSULT"], "meets tomorrow to discuss its response", BANKS, ["PHL"], req=False, modality=FUT,
          date="1987-03-10", attribution="anonymous"),
        E(["AGREE"], "the Philippines would offer to make interest payments", ["PHL"], BANKS, req=False,
          modality=HYP),
        E(["REJECT"], "he would not accept a margin", ["PHL"], BANKS, req=False),
        E(["SUPPORT"], "had given a green light to his idea", ["USA"], ["PHL"], req=False),
        E(["REQUEST"], "is asking the banks to reschedule", ["PHL"], BANKS, location_country="USA"),
    ], forbid=[F("is likely to run into stiff resistance"), F("bankers fear that they would not be able")],
        places=[P("Philippines", "PHL")],
        dates=[D("tomorrow", "1987-03-10"), D("today", "1987-03-09"), D("1987", "1987"), D("1992", "1992")],
        quantities=[Q("5/8 pct", 0.625, "percent"), Q("one pct", 1, "percent"), Q("six years", 6, "years"),
                    Q("3.6 billion dlrs", 3600000000, "USD"), Q("5.8 billion dlrs", 5800000000, "USD")]),

    # 6. reuters-4665 (Fri 1987-03-13, Tokyo): a Foreign Ministry official dismissed the arguments of senior US
    #    officials seeking to block the sale of Fairchild Semiconductor to Fujitsu; Commerce Secretary Baldrige has
    #    asked the White House to consider blocking the sale, US officials said yesterday (unnamed: anonymous);
    #    Weinberger opposes it, Pentagon officials said; US officials charge that Japan's public sector is closed to
    #    US supercomputers; a MITI official says Japan abides by the chip pact. The dismissal REJECT (JPN to USA; in
    #    JPN) and Baldrige's request REQUEST (a secretary to his own government, USA to USA; JPN, the buyer's
    #    state, accepted) required; his concern and Weinberger's opposition ACCUSE (REJECT accepted; USA to JPN),
    #    the officials' claims and repeated charges ACCUSE, the official's further dismissals REJECT and MITI's
    #    statement of compliance (REJECT of the charge; AGREE accepted) optional; the analysts' readings and
    #    Fujitsu's talks forbidden.
    article(REU + "4665", "1987-03-13", [
        E(["REJECT"], "dismissed arguments made by senior", ["JPN"], ["USA"], location_country="JPN"),
        E(["REQUEST"], "has asked the White House to consider blocking", ["USA"], ["USA", "JPN"],
          attribution="anonymous"),
        E(["ACCUSE", "REJECT"], "Baldrige expressed concern that the sale", ["USA"], ["JPN"], req=False,
          attribution="anonymous"),
        E(["ACCUSE", "REJECT"], "also opposes to the sale", ["USA"], ["JPN"], req=False, attribution="anonymous"),
        E(["ACCUSE"], "the sale would give Fujitsu a", ["USA"], ["JPN"], req=False, attribution="anonymous"),
        E(["REJECT"], "national security should not be an issue", ["JPN"], ["USA"], req=False),
        E(["REJECT"], "Takemoto also dismissed", ["JPN"], ["USA"], req=False),
        E(["ACCUSE"], "have repeatedly charged that the Japanese", ["USA"], ["JPN"], req=False,
          attribution="anonymous"),
        E(["REJECT", "AGREE"], "Japan is faithfully abiding", ["JPN"], ["USA"], req=False, attribution="anonymous"),
    ], forbid=[F("is in part an attempt to force Japan"), F("this is a bullying ploy"),
               F("Fujitsu will proceed with talks")],
        places=[P("Japan", "JPN"), P("United States", "USA"), P("Silicon Valley", "USA", 37.39, -122.08)],
        dates=[D("yesterday", "1987-03-12"), D("last year", "1986")]),

    # 7. reuters-6649 (Wed 1987-03-18, Lusaka): Zambia has cleared its 1985 arrears to the IMF with a bank's
    #    bridging loan, the central bank president said after three weeks of discussions with the IMF; another bank
    #    loan and talks with two more banks to pay the 1986 arrears; banks must make a supplementary deposit; the
    #    exchange rate will be adjusted; a delegation will go to Washington to complete negotiations with the IMF
    #    and World Bank, and the two institutions promised big support, diplomatic sources said (anonymous). The
    #    three weeks' discussions CONSULT (either side; in ZMB), the delegation to go AGREE (future; CONSULT
    #    accepted; in USA) and the support promised AGREE (future aid; AID accepted; IGO to ZMB) required; the
    #    arrears cleared COOPERATE (a state meeting its obligations to a lender, ZMB to IGO: a debatable coding, a
    #    payment may be no PLOVER event), the banks' loans AID (MNC to ZMB), the loan talks with banks CONSULT and
    #    the deposit ordered (domestic REQUEST) optional; the rate adjustment (domestic policy) forbidden.
    article(REU + "6649", "1987-03-18", [
        E(["COOPERATE"], "has cleared its arrears to the IMF", ["ZMB"], [IGO], req=False),
        E(["AID"], "obtained a further loan of 45 mln dlr", [MNC], ["ZMB"], req=False),
        E(["CONSULT"], "is currently negotiating loans from two other banks", ["ZMB", MNC], ["ZMB", MNC],
          req=False),
        E(["REQUEST"], "all commercial banks will have to", ["ZMB"], ["ZMB"], req=False),
        E(["CONSULT"], "three weeks' discussions with the IMF", ZM_IMF, ZM_IMF, location_country="ZMB"),
        E(["AGREE", "CONSULT"], "a Zambian delegation would leave for Washington", ZM_IMF, ZM_IMF, modality=FUT,
          attribution="anonymous", location_country="USA"),
        E(["AGREE", "AID"], "the two institutions had promised", [IGO], ["ZMB"], attribution="anonymous"),
    ], forbid=[F("the fixed exchange rate will be adjusted")],
        places=[P("Zambia", "ZMB"), WASHINGTON],
        dates=[D("1985", "1985"), D("1986", "1986")],
        quantities=[Q("145 mln dlr", 145000000, "USD"), Q("45 mln dlr", 45000000, "USD"),
                    Q("165 mln SDR", 165000000, "SDR"), Q("10 pct", 10, "percent"),
                    Q("12.50 kwacha", 12.5, "ZMK")]),

    # 8. reuters-9719 (Thu 1987-03-26, Colombo): Sri Lanka will appeal to its major aid donors for at least 21 mln
    #    dlrs to overcome its worst drought in 26 years; letters go this week to the 14 donor countries, government
    #    officials said (unnamed: anonymous); the foreign minister last week briefed representatives of donor
    #    countries and relief agencies and made a general appeal for help. The appeal to come REQUEST (future; LKA to
    #    the donors, the named ones accepted), last week's briefing CONSULT (either side; in LKA) and the general
    #    appeal REQUEST (LKA to the donors or the agencies, IGO) required; the letters and the money wanted over six
    #    months (the appeal's details), last
    #    year's development aid AID (historical) and the state's own relief (domestic) optional.
    article(REU + "9719", "1987-03-26", [
        E(["REQUEST"], "will appeal to its major aid donors", ["LKA"], LK_DONORS, modality=FUT,
          attribution="anonymous", location_country="LKA"),
        E(["REQUEST"], "letters detailing the extent of the drought", ["LKA"], LK_DONORS, req=False,
          modality=FUT, attribution="anonymous"),
        E(["REQUEST"], "Sri Lanka wanted the money", ["LKA"], LK_DONORS, req=False, attribution="anonymous"),
        E(["AID"], "gave some 700 mln dlrs in development aid", LK_DONORS, ["LKA"], req=False, modality=H,
          date="1986"),
        E(["CONSULT"], "last week briefed representatives of aid-donor countries", ["LKA"] + LK_DONORS + [IGO],
          ["LKA"] + LK_DONORS + [IGO], date="1987-03", location_country="LKA"),
        E(["REQUEST"], "made a general appeal for help", ["LKA"], LK_DONORS + [IGO], date="1987-03",
          location_country="LKA"),
        E(["AID"], "The state had disbursed", ["LKA"], ["LKA"], req=False),
    ], places=[P("Sri Lanka", "LKA"), P("Australia", "AUS"), P("Canada", "CAN"), P("Japan", "JPN"),
               P("Britain", "GBR"), P("West Germany", "DEU")],
        dates=[D("last year", "1986"), D("last week", "1987-03"), D("February", "1987-02")],
        quantities=[Q("21 mln dlrs", 21000000, "USD"), Q("26 years", 26, "years"), Q("14 countries", 14, "countries"),
                    Q("700 mln dlrs", 700000000, "USD"), Q("six-month", 6, "months"),
                    Q("800,000 dlrs", 800000, "USD")]),

    # 9. reuters-9123 (Tue 1987-03-24, Miami): Brazil and its bank advisory committee agreed to transmit a request to
    #    extend 16 billion dlrs of short-term credit lines for 60 days, the central bank president said after talks
    #    with the committee; he does not expect to pay interest to the banks now; Brazil suspended interest payments
    #    last month; the banks had pressed for a token payment; Brazil likely to meet the committee again. The
    #    agreement AGREE (BRA and the banks, MNC, as joint actors: either side), the talks CONSULT (either side; in
    #    USA) and the refusal to pay interest now REJECT (BRA to the banks) required; the request relayed REQUEST
    #    (BRA to the banks), last month's suspension REJECT (historical; SANCTION accepted), the banks' pressing
    #    REQUEST, the decision to be telexed to the creditors tomorrow CONSULT (future), the restated refusal, the
    #    willingness to pay AGREE and the meeting to come (future) optional; "no dramatic developments" forbidden.
    article(REU + "9123", "1987-03-24", [
        E(["AGREE"], "agreed to transmit a request for an extension", BR_BANKS, BR_BANKS, date="1987-03-24",
          location_country="USA"),
        E(["CONSULT"], "Speaking after talks with the committee here", BR_BANKS, BR_BANKS, date="1987-03-24",
          location_country="USA"),
        E(["REJECT"], "he did not expect to make interest payment", ["BRA"], BANKS, location_country="USA"),
        E(["REJECT", "SANCTION"], "Brazil last month suspended interest payments", ["BRA"], BANKS, req=False,
          modality=H, date="1987-02"),
        E(["REQUEST"], "relay the Brazilian request for an extension", ["BRA"], BANKS, req=False),
        E(["CONSULT"], "will be communicated to Brazil's 700 bank creditors", ["BRA"], BANKS, req=False,
          modality=FUT, date="1987-03-25"),
        E(["REQUEST"], "Banks had been pressing Brazil", BANKS, ["BRA"], req=False),
        E(["REJECT"], "the government was unable to comply", ["BRA"], BANKS, req=False),
        E(["AGREE"], "Brazil was willing to pay as soon as it could", ["BRA"], BANKS, req=False),
        E(["AGREE", "CONSULT"], "was likely to meet again with the 14-bank", BR_BANKS, BR_BANKS, req=False,
          modality=FUT),
    ], forbid=[F("no one should expect any dramatic")],
        places=[P("Brazil", "BRA")],
        dates=[D("May 31", "1987-05-31"), D("March 31", "1987-03-31"), D("last month", "1987-02"),
               D("tomorrow", "1987-03-25")],
        quantities=[Q("16 billion dlrs", 16000000000, "USD"), Q("60 days", 60, "days"),
                    Q("68 billion dlrs", 68000000000, "USD")]),

    # 10. reuters-7950 (Fri 1987-03-20, Paris): deputy finance ministers of the Group of 10 met here today at the
    #     IMF's offices to discuss the debt crisis, trade imbalances and currency stability after last month's Paris
    #     accord, sources close to the talks said (anonymous); Italy had refused to attend last month's meeting;
    #     many of the officials met yesterday and today within the OECD to review progress on the US deficit and on
    #     persuading West Germany and Japan to open their economies. The meeting CONSULT (multilateral: the named
    #     states and the IMF, IGO, as actors; in FRA) and the OECD meeting CONSULT (the states and the OECD, IGO)
    #     required; the meeting restated, last month's accord AGREE (historical), Italy's refusal REJECT
    #     (historical), the persuading REQUEST (to DEU and JPN) and the interim committee meeting to come (future;
    #     CONSULT accepted) optional.
    article(REU + "7950", "1987-03-20", [
        E(["CONSULT"], "met here to discuss the world debt crisis", G10, date="1987-03-20", attribution="anonymous",
          location_country="FRA"),
        E(["CONSULT"], "The officials met at the offices", G10, req=False, date="1987-03-20",
          location_country="FRA"),
        E(["AGREE", "CONSULT"], "in preparation for the IMF's interim committee meeting", G10, req=False,
          modality=FUT, date="1987-04", location_country="USA"),
        E(["AGREE"], "the accord last month reached by", ["USA", "DEU", "FRA", "GBR", "JPN", "CAN"], req=False,
          modality=H, date="1987-02"),
        E(["REJECT"], "which refused to attend last month's meeting", ["ITA"], req=False, modality=H,
          date="1987-02"),
        E(["CONSULT"], "had met earlier today and yesterday", G10),
        E(["REQUEST"], "persuading West Germany and Japan to open", None, ["DEU", "JPN"], req=False),
    ], places=[WASHINGTON, P("West Germany", "DEU"), P("France", "FRA"), P("Britain", "GBR"), P("Japan", "JPN"),
               P("Canada", "CAN"), P("Italy", "ITA"), P("Netherlands", "NLD"), P("Belgium", "BEL"),
               P("Switzerland", "CHE")],
        dates=[D("today", "1987-03-20"), D("last month", "1987-02"), D("April", "1987-04"), D("mid-1985", "1985"),
               D("yesterday", "1987-03-19")],
        quantities=[Q("40 pct", 40, "percent"), Q("170 billion dlr", 170000000000, "USD")]),

    # 11. reuters-15450 (Thu 1987-04-09, Washington): finance ministers of the Group of Seven agreed on the need to
    #     stabilise currencies at current levels in a communique after a four-hour meeting at the US Treasury that
    #     ended last night; they welcomed Japan's planned stimulus measures; the communique reaffirms the Paris
    #     commitment of February 22 and says Japan affirmed its intention to open its markets; the Bank of Japan
    #     intervened again. The agreement AGREE (the seven as joint actors; in USA), the meeting CONSULT
    #     (multilateral; in USA), the welcome SUPPORT (the seven to JPN) and Japan's affirmed intention to open its
    #     markets CONCEDE (a promise of eased restrictions; AGREE accepted) required; the quoted reaffirmations and
    #     agreements (restatements), the welcome restated, the February 22 agreement (historical), Stoltenberg's
    #     praise of the meeting SUPPORT and the criticism of Japan ACCUSE (background) optional; the central bank's
    #     market intervention and purchases (no act toward another) forbidden.
    article(REU + "15450", "1987-04-09", [
        E(["AGREE"], "agreed on the need to stabilize currencies", G7, date="1987-04-08", location_country="USA"),
        E(["CONSULT"], "a four-hour meeting at the", G7, date="1987-04-08", location_country="USA"),
        E(["SUPPORT"], "they welcomed new measures planned by the Japanese", G7, ["JPN"], date="1987-04-08",
          location_country="USA"),
        E(["SUPPORT"], "called it a \"good meeting\"", ["DEU"], req=False),
        E(["AGREE"], "The ministers and governors reaffirmed", G7, req=False),
        E(["AGREE"], "They agreed, however, that further actions", G7, req=False),
        E(["SUPPORT"], "It welcomed the plans set this week", G7, ["JPN"], req=False),
        E(["AGREE"], "the ministers reaffirmed the commitment on cooperation", G7, req=False),
        E(["AGREE"], "when they had agreed to stabilize foreign exchange rates", G7, req=False, modality=H,
          date="1987-02-22", location_country="FRA"),
        E(["ACCUSE"], "Japan has come under growing criticism", ["USA", "DEU", "FRA", "GBR", "ITA"], ["JPN"],
          req=False),
        E(["CONCEDE", "AGREE"], "Japan affirmed its intention to open", ["JPN"], location_country="USA"),
        E(["AGREE"], "reaffirmed the view that around", G7, req=False),
    ], forbid=[F("the Bank of Japan intervened again"), F("despite massive dollar purchases")],
        places=[TOKYO, P("Paris", "FRA", 48.86, 2.35), P("United States", "USA"), P("Japan", "JPN"),
                P("West Germany", "DEU"), P("France", "FRA"), P("Britain", "GBR"), P("Italy", "ITA"),
                P("Canada", "CAN")],
        dates=[D("last night", "1987-04-08"), D("February 22", "1987-02-22")],
        quantities=[Q("four-hour", 4, "hours")]),

    # 12. reuters-5810 (Tue 1987-03-17, Seoul): Japan has complained to the GATT secretariat that South Korea's
    #     five-year plan to cut its trade deficit with Japan breaks GATT rules, Trade Ministry officials said
    #     (unnamed: anonymous); Japan submitted a report earlier this month alleging non-tariff barriers; Seoul wants
    #     Tokyo to ease import restrictions. The complaint ACCUSE (JPN to KOR; IGO accepted, the complaint goes to
    #     GATT) and Seoul's wish that Tokyo ease its restrictions REQUEST (KOR to JPN) required; the report submitted
    #     (the complaint's detail), the plan unveiled in November (historical; its import curbs SANCTION) and its
    #     incentives not to import Japanese goods (the plan's terms) optional;
    #     the deficit hope and the officials' reading of Japan's aim forbidden.
    article(REU + "5810", "1987-03-17", [
        E(["ACCUSE"], "Japan has complained to the secretariat", ["JPN"], ["KOR", IGO], attribution="anonymous"),
        E(["ACCUSE"], "Japan submitted a report earlier this month", ["JPN"], ["KOR", IGO], req=False,
          date="1987-03", attribution="anonymous"),
        E(["SANCTION"], "South Korea unveiled the plan in November", ["KOR"], ["JPN"], req=False, modality=H,
          date="1986-11"),
        E(["SANCTION"], "giving incentives to importers not to", ["KOR"], ["JPN"], req=False),
        E(["REQUEST"], "wants Tokyo to ease various import restrictions", ["KOR"], ["JPN"], location_country="KOR"),
    ], forbid=[F("hoped to narrow its trade deficit"), F("was designed to bring South Korea")],
        places=[P("South Korea", "KOR"), P("Japan", "JPN"), P("Seoul", "KOR", 37.57, 126.98), TOKYO],
        dates=[D("earlier this month", "1987-03"), D("November", "1986-11"), D("1991", "1991"), D("1986", "1986"),
               D("1987", "1987")],
        quantities=[Q("two billion dlrs", 2000000000, "USD"), Q("5.45 billion dlrs", 5450000000, "USD"),
                    Q("752 mln dlrs", 752000000, "USD"), Q("727 mln", 727000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
