"""Writes articles.json for the thirty-third article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 410, after
gold-thirty-second) that report acts of political actors: an IMF department head resigning with a charge against
the United States, Taiwan's central bank answering legislators, US-Brazil steel talks, Taiwan's charge against China
and its ADB boycott, the EC dairy accord and farm aid, the EC oils and fats tax, Congress's budget leaders asking
Reagan to join a budget effort, Britain's warning against a US textile bill, Guyana seeking donors' help, Taiwan's
talks with the ADB, the World Bank and Sri Lanka, and the Colombia-Ecuador oil agreements.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

ZAIRE = ["COD", "ZAR"]             # Zaire: COD in modern geography, its code of the time accepted (gold-twenty-ninth)
EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
EC_MEMBERS = ["BEL", "DNK", "DEU", "GRC", "ESP", "FRA", "IRL", "ITA", "LUX", "NLD", "PRT", "GBR"]
EC_COUNCIL = EC + EC_MEMBERS       # the EC's ministers meeting: the EC or any member state
US_BR = ["USA", "BRA"]
TW_ADB = ["TWN", IGO]              # talks between Taiwan and the Asian Development Bank: either side
CO_EC = ["COL", "ECU"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-7493 (Thu 1987-03-19, Washington): the head of the IMF's exchange and trade relations department,
    #    C. David Finch, has tendered his resignation, telling the executive board on Wednesday that the United
    #    States brought undue pressure on the Fund to approve funding for Zaire and Egypt (from monetary sources:
    #    anonymous). The charge ACCUSE (the IMF official: IGO to USA) and the resignation RETREAT (the manual's
    #    `resign`; an IGO official's; ACCUSE and PROTEST accepted: a resignation in protest) required, both in the
    #    lede; the charge told to the board, the US pressure itself (REQUEST, alleged), Egypt's talks with the IMF
    #    CONSULT, the US pressing for a quick deal REQUEST, the IMF's loan to Zaire last year (historical), the
    #    alleged pressure over Mexico and Baker's recommendation to the banks 18 months ago optional; the
    #    unreachable officials, the base under consideration, the questions raised about Egypt's ability to repay
    #    and the view of the initiative as a rebuke forbidden.
    article(REU + "7493", "1987-03-19", [
        E(["RETREAT", "PROTEST", "ACCUSE"], "has tendered his resignation", [IGO], [IGO, "USA"],
          attribution="anonymous", location_country="USA"),
        E(["ACCUSE"], "charging that the United States has been pressuring", [IGO], ["USA"],
          attribution="anonymous", location_country="USA"),
        E(["RETREAT"], "he planned to leave by the end of next month", [IGO], [IGO], req=False,
          date="1987-03-18", attribution="anonymous"),
        E(["ACCUSE"], "had brought undue pressure on the IMF", [IGO], ["USA"], req=False, date="1987-03-18",
          attribution="anonymous", location_country="USA"),
        E(["REQUEST", "COERCE"], "to approve funding for Zaire and Egypt", ["USA"], [IGO], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "has pressed many countries to tighten their belts", [IGO], req=False),
        E(["AID", "AGREE"], "The IMF last year approved a 22-month loan package", [IGO], ZAIRE, req=False,
          modality=H, date="1986"),
        E(["CONSULT"], "has been holding talks with the IMF", ["EGY", IGO], [IGO, "EGY"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "with the United States pressing for a quick deal", ["USA"], [IGO, "EGY"], req=False,
          attribution="anonymous"),
        E(["REQUEST", "ACCUSE"], "had brought pressure on the IMF to approve a loan package for Mexico", ["USA"],
          [IGO], req=False, attribution="anonymous"),
        E(["REQUEST"], "He also recommended that commercial banks provide", ["USA"], [MNC], req=False, modality=H),
    ], forbid=[F("Neither Finch nor"), F("seeking access to a military base in Zaire"),
               F("has raised a number of questions about the country's ability"),
               F("was viewed by some at the IMF as a rebuke")],
        places=[P("United States", "USA"), P("Zaire", "COD"), P("Egypt", "EGY"), P("Mexico", "MEX")],
        dates=[D("Wednesday", "1987-03-18"), D("last year", "1986"), D("1982", "1982")],
        quantities=[Q("37 years", 37, "years"), Q("270 mln dlrs", 270000000, "USD"),
                    Q("one billion dlr", 1000000000, "USD"), Q("20 billion dlrs", 20000000000, "USD"),
                    Q("six billion dlrs", 6000000000, "USD")]),

    # 2. reuters-17382 (Wed 1987-04-29, Taipei): the central bank governor defends, in remarks to parliament,
    #    Taiwan's policy of holding most of its reserves in US dollars, answering Monday's call by about 20
    #    legislators to diversify; he says the bank has revised exchange rules, submitted to the cabinet. The
    #    defence REJECT (the bank to the legislators: TWN on both sides, as the earlier golds' executive and
    #    legislature) and the legislators' call REQUEST (TWN to TWN; two days old, the act the news answers, as
    #    gold-twenty-third's recent acts) required; the legislators' charge of losses ACCUSE, "could not sell"
    #    REJECT (a restatement) and the relaxed exchange rules (domestic policy; CONCEDE optional) optional; the
    #    legislators' forecast of further losses and "He declined to give details" forbidden.
    article(REU + "17382", "1987-04-29", [
        E(["REJECT"], "defended Taiwan's policy of holding a large amount", ["TWN"], ["TWN"],
          location_country="TWN"),
        E(["REQUEST"], "asked the government to diversify into other currencies", ["TWN"], ["TWN"],
          date="1987-04-27", location_country="TWN"),
        E(["ACCUSE"], "The legislators said the bank lost about", ["TWN"], ["TWN"], req=False),
        E(["REJECT"], "Chang said the central bank could not sell", ["TWN"], ["TWN"], req=False),
        E(["CONCEDE"], "has further revised foreign exchange rules", ["TWN"], req=False),
    ], forbid=[F("expected the losses to continue"), F("He declined to give details")],
        places=[P("West Germany", "DEU"), P("Japan", "JPN")],
        dates=[D("Monday", "1987-04-27"), D("September 1985", "1985-09"), D("September 1986", "1986-09")],
        quantities=[Q("56 billion", 56000000000, "USD"), Q("90 pct", 90, "percent"),
                    Q("about 20 members", 20, "people"), Q("3.8 billion", 3800000000, "USD")]),

    # 3. reuters-9592 (Wed 1987-03-25, Rio de Janeiro): Brazilian and US trade officials held the first day of a
    #    three-day meeting in Brasilia today on Brazil's steel exports, limited by the restraints of 1984; the
    #    steel institute's spokeswoman says Brazil wants to export more. The talks CONSULT (both sides as actor:
    #    the text does not say who hosts whom beyond the place, BRA) required; the 1984 accords AGREE and the
    #    restraints SANCTION (historical), the institute's wish and the officials' efforts to raise Brazil's share
    #    REQUEST optional; the reports of US supply problems forbidden.
    article(REU + "9592", "1987-03-25", [
        E(["REQUEST"], "Brazil wants to increase its", ["BRA"], ["USA"], req=False),
        E(["SANCTION"], "tough import restraints set in 1984", ["USA"], ["BRA"], req=False, modality=H,
          date="1984"),
        E(["CONSULT"], "held the first of a three-day meeting today", US_BR, US_BR, date="1987-03-25",
          location_country="BRA"),
        E(["AGREE", "SUPPORT"], "reached accords with seven steel-exporting", ["USA"],
          ["AUS", "BRA", "JPN", "MEX", "ESP", "ZAF", "KOR"], req=False, modality=H, date="1984"),
        E(["REQUEST"], "Brazilian officials are trying to increase", ["BRA"], ["USA"], req=False),
    ], forbid=[F("there were reports of domestic supply problems")],
        places=[P("Brasilia", "BRA", -15.79, -47.88), P("Australia", "AUS"), P("Brazil", "BRA"),
                P("Japan", "JPN"), P("Mexico", "MEX"), P("Spain", "ESP"), P("South Africa", "ZAF"),
                P("South Korea", "KOR")],
        dates=[D("today", "1987-03-25"), D("1984", "1984"), D("1985", "1985"), D("1987", "1987"),
               D("1988", "1988"), D("1989", "1989")],
        quantities=[Q("30 pct", 30, "percent"), Q("632,000 tonnes", 632000, "tonnes"),
                    Q("640,000 tonnes", 640000, "tonnes"), Q("670,000 tonnes", 670000, "tonnes")]),

    # 4. reuters-17235 (Mon 1987-04-27, Taipei): Taiwan accuses China of trying to downgrade its status by forcing
    #    the ADB to change its name; it boycotts the ADB's annual meeting, opened in Tokyo today, in protest at the
    #    name change. The charge ACCUSE (TWN to CHN) and the boycott PROTEST (the manual's `boycott`; REJECT and
    #    SANCTION accepted; TWN to the ADB, IGO; at the meeting's place, JPN, as gold-twenty-eighth's boycott)
    #    required; the spokesman's quoted "plot" ACCUSE (a restatement), the meeting CONSULT and the bank's earlier
    #    name change (historical) optional.
    article(REU + "17235", "1987-04-27", [
        E(["ACCUSE"], "Taiwan accused China of trying to downgrade", ["TWN"], ["CHN"], location_country="TWN"),
        E(["PROTEST", "REJECT", "SANCTION"], "Taiwan is boycotting the annual meeting", ["TWN"], [IGO],
          date="1987-04-27", location_country="JPN"),
        E(["CONSULT"], "which opened in Tokyo today", [IGO], req=False, date="1987-04-27", location_country="JPN"),
        E(["SANCTION", "REJECT"], "the Bank's decision to change its name", [IGO], ["TWN"], req=False, modality=H),
        E(["ACCUSE"], "It is a plot by China to downgrade", ["TWN"], ["CHN"], req=False, location_country="TWN"),
    ], places=[P("Tokyo", "JPN", 35.68, 139.69), P("China", "CHN")],
        dates=[D("today", "1987-04-27")]),

    # 5. reuters-1439 (Wed 1987-03-04, Brussels): the EC farm commissioner welcomes the ministers' agreement on
    #    details of dairy output cuts, reached after 36 hours of negotiations, and promises new measures for farmers;
    #    the ministers also approved a 350 mln Ecu package of farm aid, from which he had to withdraw sections at
    #    their objection. The commissioner's welcome SUPPORT (EC to the ministers: the EC or a member), the
    #    ministers' agreement on the rules AGREE (the EC's council, no recipient, as gold-thirtieth's council
    #    agreements) and their approval of the aid package AGREE (SUPPORT accepted: approving policy) required; the
    #    promise of new measures for farmers AGREE (no coded recipient), the negotiations CONSULT, his regret at the
    #    objections ACCUSE/REJECT, the sections withdrawn CONCEDE (gold-twenty-second's withdrawn proposal),
    #    December's preliminary accord (historical) and the plans to resubmit optional; the butter disposal plan
    #    the accord allows, the "bound to be tough" discussions and the Commission's work on proposals forbidden.
    article(REU + "1439", "1987-03-04", [
        E(["SUPPORT"], "Frans Andriessen welcomed the agreement", EC, EC_COUNCIL, location_country="BEL"),
        E(["AGREE"], "promised new measures to help farmers", EC, req=False),
        E(["AGREE"], "A preliminary accord on the dairy package was reached", EC_COUNCIL, req=False, modality=H,
          date="1986-12"),
        E(["CONSULT"], "After 36 hours of negotiations", EC_COUNCIL, req=False, location_country="BEL"),
        E(["AGREE"], "ministers agreed detailed rules for such a suspension", EC_COUNCIL, location_country="BEL"),
        E(["AGREE", "SUPPORT"], "The ministers also approved a three-year", EC_COUNCIL, location_country="BEL"),
        E(["ACCUSE", "REJECT"], "he regretted ministerial objections", EC, EC_COUNCIL, req=False),
        E(["CONCEDE", "RETREAT"], "forced him to withdraw sections of this package", EC, EC_COUNCIL, req=False),
        E(["AGREE", "REQUEST"], "he would revise and resubmit plans", EC, req=False, modality=FUT),
    ], forbid=[F("The Commission will be able to proceed"), F("bound to be tough discussions"),
               F("The Commission is also working on proposals")],
        dates=[D("December", "1986-12")],
        quantities=[Q("3.2 billion European Currency Unit", 3200000000, "XEU"),
                    Q("180,000 tonnes", 180000, "tonnes"), Q("36 hours", 36, "hours"),
                    Q("350 mln Ecu", 350000000, "XEU"), Q("1.3 billion Ecus", 1300000000, "XEU")]),

    # 6. reuters-17389 (Wed 1987-04-29, Luxembourg): the Belgian farm minister, chairman of the EC farm council,
    #    says after a three-day ministers' meeting that he will review the Commission's oils and fats tax in the
    #    light of member states' objections; Commission sources say Britain, the Netherlands and West Germany keep
    #    strong objections. The meeting CONSULT (the EC's council; at the dateline's Luxembourg, LUX) and the three
    #    states' objections REJECT (ACCUSE accepted; to the EC; from Commission sources: anonymous) required; the
    #    review AGREE/CONCEDE (future: a promise to revise in answer to objections), the objections restated and
    #    "a great deal of resistance" ACCUSE/REJECT, and the compromise proposals for the next meeting AGREE
    #    (future) optional; "declined to say", Denmark's and Portugal's conditional acceptance and the blocking
    #    minority forbidden (speculation).
    article(REU + "17389", "1987-04-29", [
        E(["AGREE", "CONCEDE"], "said he would review EC Commission proposals", ["BEL"] + EC, req=False,
          modality=FUT),
        E(["REJECT", "ACCUSE"], "in the light of objections made by certain EC member states", EC_MEMBERS, EC,
          req=False),
        E(["CONSULT"], "after a three-day meeting of ministers", EC_COUNCIL, location_country="LUX"),
        E(["AGREE", "CONSULT"], "to present compromise proposals for the 1987/88 farm price package", ["BEL"] + EC,
          req=False, modality=FUT, date="1987-05-18", location_country="BEL"),
        E(["REJECT", "ACCUSE"], "a great deal of resistance in many delegations", EC_MEMBERS, EC, req=False),
        E(["REJECT", "ACCUSE"], "continue to have strong objections to the tax", ["GBR", "NLD", "DEU"], EC,
          attribution="anonymous"),
    ], forbid=[F("declined to say what aspects", allow=["REJECT", "ACCUSE"]),
               F("Denmark and Portugal might agree to the tax"),
               F("they would be able to block the proposal")],
        places=[P("Brussels", "BEL", 50.85, 4.35), P("Denmark", "DNK"), P("Portugal", "PRT"),
                P("Britain", "GBR"), P("Netherlands", "NLD"), P("West Germany", "DEU")],
        dates=[D("May 18", "1987-05-18")],
        quantities=[Q("330 Ecus", 330, "XEU")]),

    # 7. reuters-4891 (Fri 1987-03-13, Washington): congressional budget leaders ask Reagan to join a bipartisan
    #    effort, or a summit, to write a new budget; the request was made yesterday by the Senate Budget Committee's
    #    chairman at a meeting with the White House chief of staff, who says no decision has been made (from a
    #    Senate source: anonymous). The request REQUEST and the meeting CONSULT required (USA on both sides: the
    #    legislature and the executive, as gold-twenty-third's budget quarrel); the request restated, the
    #    chairman's quoted advice, Congress's rejection of Reagan's January budget REJECT, the House Democrats'
    #    private meetings, the chief of staff's talks with Domenici and Wright CONSULT, his planned talks AGREE
    #    (future) and the budget chairman's push for a summit REQUEST optional; "no decision has been made yet" and
    #    the budget chairman's deficit estimate forbidden.
    article(REU + "4891", "1987-03-13", [
        E(["REQUEST"], "Congressional budget leaders are asking President Reagan", ["USA"], ["USA"],
          attribution="anonymous", location_country="USA"),
        E(["CONSULT"], "at a meeting with Baker", ["USA"], ["USA"], date="1987-03-12", attribution="anonymous",
          location_country="USA"),
        E(["REQUEST"], "The request for White House cooperation was made yesterday", ["USA"], ["USA"], req=False,
          date="1987-03-12", attribution="anonymous"),
        E(["CONSULT"], "House Democrats have been meeting privately", ["USA"], req=False),
        E(["REJECT", "ACCUSE"], "Congress generally has rejected it as unrealistic", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "Chiles asked for cooperation to avoid clashes", ["USA"], ["USA"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "If you start working sooner", ["USA"], ["USA"], req=False, attribution="anonymous"),
        E(["CONSULT"], "Baker has had conversations about the budget problem", ["USA"], ["USA"], req=False),
        E(["AGREE", "CONSULT"], "he plans to have further talks with other Republicans", ["USA"], ["USA"],
          req=False, modality=FUT, attribution="anonymous"),
        E(["REQUEST", "AGREE"], "has been pushing the idea of a budget summit", ["USA"], ["USA"], req=False),
    ], forbid=[F("said no decision has been made yet", allow=["REQUEST"]),
               F("the deficit would be 134 billion dlrs realistically")],
        places=[P("New Mexico", "USA", 34.5, -106.0)],
        dates=[D("yesterday", "1987-03-12"), D("next Tuesday", "1987-03-17"), D("April 15", "1987-04-15"),
               D("January", "1987-01"), D("Thursday", "1987-03-19"), D("1991", "1991")],
        quantities=[Q("134 billion dlrs", 134000000000, "USD"), Q("171", 171000000000, "USD"),
                    Q("108 billion dlrs", 108000000000, "USD"), Q("22 billion dlrs", 22000000000, "USD"),
                    Q("36 billion dlrs", 36000000000, "USD")]),

    # 8. reuters-1809 (Wed 1987-03-04, Washington): Britain's trade and industry secretary, after two days of talks
    #    with administration officials and members of Congress, says protectionist bills in Congress could trigger
    #    EC retaliation ("the community would have to retaliate" if a textile bill passed), echoing Belgium's trade
    #    minister yesterday; he calls for EC-US cooperation to force Japan to open its markets. The warning
    #    THREATEN (future: a retaliation of his own community announced on a condition; ACCUSE accepted, as
    #    gold-twenty-third's warnings; GBR or the EC to USA), the Belgian minister's warning THREATEN (future;
    #    yesterday) and the talks CONSULT (the visitor as actor) required; the quoted retaliation (a restatement),
    #    the Belgian minister's trade talks, the call on the US and the EC to press Japan REQUEST and on them to
    #    cooperate REQUEST, his charges against Japan's surplus, the US tactic of deadlines and the bypassing of
    #    GATT ACCUSE, and "should be judged by GATT" REQUEST optional; "narrowly avoided a confrontation" forbidden
    #    (no act).
    article(REU + "1809", "1987-03-04", [
        E(["THREATEN", "ACCUSE"], "could trigger retaliation by the European Community", ["GBR"] + EC, ["USA"],
          modality=FUT, location_country="USA"),
        E(["THREATEN"], "the community would have to retaliate", ["GBR"] + EC, ["USA"], req=False,
          modality=FUT),
        E(["THREATEN"], "the community would retaliate by imposing taxes", ["BEL"] + EC, ["USA"], modality=FUT,
          date="1987-03-03", location_country="USA"),
        E(["CONSULT"], "after two days of talks with Reagan Administration officials", ["GBR"], ["USA"],
          location_country="USA"),
        E(["CONSULT"], "De Croo was also in Washington for trade talks", ["BEL"], ["USA"], req=False,
          location_country="USA"),
        E(["REQUEST"], "Channon also called for greater", ["GBR"], ["USA", "JPN"] + EC,
          req=False),
        E(["ACCUSE"], "Japan's trade surplus is causing everyone problems", ["GBR"], ["JPN"], req=False),
        E(["REQUEST"], "Channon also called for increased", ["GBR"], ["USA"] + EC, req=False),
        E(["ACCUSE"], "There is increasing reesentment in Europe", ["GBR"], ["USA"], req=False),
        E(["ACCUSE"], "would bypass the trade pact GATT", ["GBR"], ["USA"], req=False),
        E(["REQUEST"], "foreign trade law should be judged by GATT", ["GBR"], ["USA"], req=False),
    ], forbid=[F("narrowly avoided a confrontation")],
        places=[WASHINGTON, P("Japan", "JPN"), P("Spain", "ESP"), P("Portugal", "PRT")],
        dates=[D("yesterday", "1987-03-03"), D("last year", "1986"), D("earlier this year", "1987")],
        quantities=[Q("169.8 billion dlrs", 169800000000, "USD"), Q("51.5 billion dlrs", 51500000000, "USD"),
                    Q("16.7 billion dlrs", 16700000000, "USD")]),

    # 9. reuters-9692 (Wed 1987-03-25, Miami, at the IADB's annual meeting): Guyana's finance minister says his
    #    country is seeking help from donor governments, took its problems in January to the Caribbean Group for
    #    Cooperation and Development, and that a World Bank mission will visit Georgetown this week; Guyana's IMF
    #    arrears bar new loans. The request for help REQUEST (GUY; the donors have no code: recipient left out) and
    #    the mission's announced visit AGREE (future visits AGREE first, CONSULT accepted; IGO to GUY, in GUY)
    #    required; January's approach to the Caribbean group REQUEST/CONSULT (historical), the IADB meeting CONSULT,
    #    the bar on new IMF loans and the undrawn World Bank loan SANCTION and the "dying man" refusal to pay
    #    arrears REJECT optional; his forecast on the arrears forbidden.
    article(REU + "9692", "1987-03-25", [
        E(["REQUEST"], "is now seeking help from donor governments", ["GUY"], location_country="USA"),
        E(["REQUEST", "CONSULT"], "Guyana took its problems in January", ["GUY"], [IGO], req=False, modality=H,
          date="1987-01"),
        E(["SANCTION", "REJECT"], "would not be eligible for new loans", [IGO], ["GUY"], req=False),
        E(["CONSULT"], "during the Inter-American Development Bank (IADB) annual meeting", [IGO, "GUY"], req=False,
          location_country="USA"),
        E(["AGREE", "CONSULT"], "a World Bank mission would visit Georgetown", [IGO], ["GUY"], modality=FUT,
          date="1987-03", location_country="GUY"),
        E(["REJECT"], "Expecting us to pay arrears", ["GUY"], [IGO], req=False),
        E(["SANCTION"], "has been unable to draw down a 40 mln dlr World Bank loan", [IGO], ["GUY"], req=False),
    ], forbid=[F("the government does not expect to be able to reduce its arrears")],
        places=[P("Guyana", "GUY"), P("Georgetown", "GUY", 6.80, -58.16)],
        dates=[D("January", "1987-01"), D("this week", "1987-03"), D("this year", "1987"), D("1987", "1987")],
        quantities=[Q("70 mln dlrs", 70000000, "USD"), Q("100 mln dlrs", 100000000, "USD"),
                    Q("90 mln dlrs", 90000000, "USD"), Q("65 pct", 65, "percent"),
                    Q("40 mln dlr", 40000000, "USD"), Q("40 pct", 40, "percent")]),

    # 10. reuters-8124 (Mon 1987-03-23, Taipei): Taiwan is holding discussions with the ADB to settle the dispute
    #     over its representation (a foreign ministry spokesman); it boycotted last year's annual meeting in protest
    #     at its new name; whether it attends the meeting in Japan depends on the talks; the ADB declines comment.
    #     The talks CONSULT (both sides as actor) required; last year's boycott PROTEST (historical; at Manila, as
    #     gold-twenty-eighth's boycott), the conditional attendance (hypothetical) and the call for a fair solution
    #     REQUEST optional; the ADB spokesman's non-comment forbidden.
    article(REU + "8124", "1987-03-23", [
        E(["CONSULT"], "Taiwan is holding discussions with the", TW_ADB, TW_ADB, location_country="TWN"),
        E(["PROTEST", "REJECT"], "boycotted the annual meeting last year", ["TWN"], [IGO], req=False,
          modality=H, date="1986", location_country="PHL"),
        E(["THREATEN", "AGREE"], "would depend on the results of the talks", ["TWN"], [IGO], req=False,
          modality=HYP),
        E(["REQUEST"], "We are looking for a fair and just solution", ["TWN"], [IGO], req=False),
    ], forbid=[F("an ADB spokesman declined to comment")],
        places=[P("Manila", "PHL", 14.60, 120.98), P("Japan", "JPN"), P("Peking", "CHN", 39.91, 116.40)],
        dates=[D("last year", "1986"), D("April 27", "1987-04-27")]),

    # 11. reuters-15543 (Thu 1987-04-09, Colombo): the Finance Ministry says the World Bank will support Sri
    #     Lanka's development program provided it cuts its deficits; Conable, meeting the finance minister in
    #     Washington, stressed the need for adjustment and reform; the minister asked the Bank for 6.5 billion rupees
    #     of balance of payments support. The conditional pledge AGREE (asserted: the offer is made now, as
    #     gold-twenty-sixth's conditional offers; SUPPORT and REQUEST accepted), the meeting CONSULT (the visiting
    #     minister as actor, at Washington), Conable's call for reform REQUEST and the minister's request for support
    #     REQUEST required; the officials' deficit forecast forbidden.
    article(REU + "15543", "1987-04-09", [
        E(["AGREE", "SUPPORT", "REQUEST"], "The World Bank will support Sri Lanka's development program", [IGO],
          ["LKA"], location_country="USA"),
        E(["CONSULT"], "at a meeting with Sri Lanka's Finance Minister", ["LKA", IGO], [IGO, "LKA"],
          location_country="USA"),
        E(["REQUEST"], "emphasised the need for structural adjustment", [IGO], ["LKA"], location_country="USA"),
        E(["REQUEST"], "de Mel asked the World Bank to give Sri Lanka", ["LKA"], [IGO], location_country="USA"),
    ], forbid=[F("is expected to surpass the projected")],
        places=[WASHINGTON, P("Sri Lanka", "LKA")],
        dates=[D("this year", "1987")],
        quantities=[Q("28.7 billion rupees", 28700000000, "LKR"), Q("two billion rupees", 2000000000, "LKR"),
                    Q("10 billion", 10000000000, "LKR"), Q("6.5 billion rupees", 6500000000, "LKR")]),

    # 12. reuters-17054 (Thu 1987-04-23, Bogota): Colombia's and Ecuador's mines and energy ministers sign an
    #     agreement for joint oil exploration of their jungle border zone; Ecuador will use the new pipeline link
    #     with Colombia for five years (inaugurated May 8) and, once its own pipeline is repaired, will exceed its
    #     OPEC quota to pay debts contracted with Venezuela and Nigeria. The exploration agreement AGREE (SUPPORT and
    #     COOPERATE accepted: signing an agreement), the five-year use of the link AGREE (future cooperation;
    #     COOPERATE accepted) and Ecuador's announced breach of its OPEC quota REJECT (future: a defiance of the
    #     producers' accord; ECU to OPEC, IGO) required; the quoted transport agreement (a restatement), the
    #     inauguration to come, and the debts to Venezuela and Nigeria (historical AID) optional; the link's costs
    #     and earnings forbidden.
    article(REU + "17054", "1987-04-23", [
        E(["AGREE", "COOPERATE"], "Ecuador will use a new pipeline link with Colombia", CO_EC, CO_EC,
          modality=FUT, location_country="COL"),
        E(["AGREE", "COOPERATE"], "The link will be inaugurated on May 8", CO_EC, CO_EC, req=False, modality=FUT,
          date="1987-05-08"),
        E(["REJECT"], "Ecuador will exceed its OPEC quota", ["ECU"], [IGO], modality=FUT, location_country="ECU"),
        E(["AID"], "pay debts contracted with Venezuela and Nigeria", ["VEN", "NGA"], ["ECU"], req=False,
          modality=H),
        E(["AGREE", "SUPPORT", "COOPERATE"], "after signing an agreement for joint oil exploration", CO_EC, CO_EC,
          location_country="COL"),
        E(["AGREE", "COOPERATE"], "The agreement to transport Ecuadorean crude oil", CO_EC, CO_EC, req=False),
    ], forbid=[F("insignificant compared with what we are going to earn")],
        places=[P("Colombia", "COL"), P("Lago Agrio", "ECU", 0.09, -76.89), P("Balao", "ECU", 0.95, -79.65),
                P("Venezuela", "VEN"), P("Nigeria", "NGA"), P("Tumaco", "COL", 1.80, -78.76)],
        dates=[D("May 8", "1987-05-08"), D("March 5", "1987-03-05"), D("September", "1987-09")],
        quantities=[Q("50,000 bpd", 50000, "bpd"), Q("35 mln barrels", 35000000, "barrels"),
                    Q("10.5 mln dlrs", 10500000, "USD"), Q("250,000 bpd", 250000, "bpd"),
                    Q("185,000 bpd", 185000, "bpd"), Q("90 mln dlrs", 90000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
