"""Writes articles.json for the sixtieth article gold ('gold-sixty-third', written blind): eleven 1987 Reuters
records of 80-399 words from the remainder list (select_stories.py: gold_selection.remainder_list walked over
positions 167-333, the whole declared stretch) that report acts of political actors: EC foreign ministers backing
the Commission's farm trade plan for GATT, a Lebanese central banker's call for an Arab fund, a Soviet minister's
delegation touring Canada, the EC's financial packages for seven Mediterranean states, the Philippines' higher
interest offer to its creditor banks, the EC's refusal to split the GATT farm talks, a Dutch minister welcoming
Greenspan's nomination, Spain's demand and threat at the EC farm council, Franco-British finance ministers' talks,
the Reagan administration's objection to the special prosecutor law, and US pressure on the EC's meat directive.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, non-comments, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                   # the European Community and its bodies: EUR or IGO (earlier golds)
GATT = [IGO]                        # GATT and its negotiating groups
BANKS = [MNC]                       # a debtor's commercial creditor banks or their committee: MNC (earlier golds)
MED_STATES = ["TUN", "EGY", "LBN", "ISR", "DZA", "MAR", "JOR"]
FRA_GBR = ["FRA", "GBR"]            # two ministers' talks: either side
G6 = ["USA", "JPN", "DEU", "FRA", "GBR", "CAN"]
SOVIET = ["SUN", "RUS"]             # the Soviet Union, as gold-fifty-sixth's 8856

ARTICLES = [
    # 1. reuters-20094 (Tue 1987-10-20, Luxembourg): EC ministers backed a Commission plan for the reform of world
    #    farm trade, due to be presented to GATT later this month, EC diplomats said; the Commission drew it up in
    #    response to US calls in GATT for an end to all farm subsidies within ten years; the foreign ministers agreed
    #    that despite some member states' reservations it should go to the GATT farm negotiating group in Geneva on
    #    October 26. The backing SUPPORT (AGREE accepted: ministers agreeing a negotiating position; EC on both sides;
    #    anonymous: unnamed diplomats; in LUX, the meeting's dateline) required; the agreement that it be presented
    #    (AGREE, future, the proposal to GATT) and the US calls (REQUEST, historical) optional.
    article(REU + "20094", "1987-10-20", [
        E(["SUPPORT", "AGREE"], "backed a commission plan for the reform of world farm trade", EC, EC,
          attribution="anonymous", location_country="LUX"),
        E(["AGREE"], "the plan should be presented to the next meeting of the GATT farm negotiating group", EC,
          GATT, req=False, modality=FUT, attribution="anonymous", date="1987-10-26"),
        E(["REQUEST"], "for an end to all farm subsidies", ["USA"], GATT + ["EUR"], req=False, modality=H,
          attribution="anonymous"),
    ], places=[P("Geneva", "CHE", 46.20, 6.14)],
        dates=[D("October 26", "1987-10-26")],
        quantities=[Q("10 years", 10, "years")]),

    # 2. reuters-10618 (Sat 1987-03-28, Abu Dhabi): the Lebanese central bank's vice governor called for an Arab fund
    #    to assist the Lebanese pound, which has lost over 80 pct of its value since January 1986; he told an Arab
    #    exchange dealers' conference the bank would keep defending the currency, but Lebanon needed foreign support
    #    more than ever ("We expect a common effort between the central bank and Arab central banks ..."); twelve
    #    years of civil war; the bank's four goals. The call REQUEST (LBN to the Arab states: no one code, the
    #    recipient left out; in ARE, the conference's dateline) required; the quoted expectation and "needed foreign
    #    support" (REQUEST) optional; the bank's domestic goals are no events.
    article(REU + "10618", "1987-03-28", [
        E(["REQUEST"], "called for the establishment of an Arab fund", ["LBN"], location_country="ARE"),
        E(["REQUEST"], "We expect a common effort between the central bank and Arab central banks", ["LBN"],
          req=False, location_country="ARE"),
        E(["REQUEST"], "Lebanon needed foreign support for its", ["LBN"], req=False, location_country="ARE"),
    ], places=[P("Lebanon", "LBN")],
        dates=[D("January 1986", "1986-01")],
        quantities=[Q("80 pct", 80, "percent"), Q("Twelve years", 12, "years")]),

    # 3. reuters-18915 (Thu 1987-06-18, Winnipeg): the head of the Soviet Agriculture Ministry, Murakhovsky, observed
    #    trading this morning at the Winnipeg Commodity Exchange, an exchange spokesman said; he led a delegation of 17
    #    Soviet visitors to the exchange as part of a current cross-Canada tour (a Supreme Soviet member among them);
    #    an assistant deputy minister of Agriculture Canada accompanied the delegation. The visit CONSULT (SUN to CAN;
    #    organization: the exchange's spokesman; in CAN) required; the morning at the exchange (June 18) and the
    #    Canadian official's escort CONSULT (either side) optional. "Winnipeg" stands only inside the exchange's name
    #    and "Canada" inside "cross-Canada" and a ministry's name: no places.
    article(REU + "18915", "1987-06-18", [
        E(["CONSULT"], "led a delegation of 17 Soviet visitors", SOVIET, ["CAN"], attribution="organization",
          location_country="CAN"),
        E(["CONSULT"], "observed trading this morning", SOVIET, ["CAN"], req=False, attribution="organization",
          date="1987-06-18", location_country="CAN"),
        E(["CONSULT"], "The delegation was accompanied by Harold Bjarnason", ["CAN"] + SOVIET, SOVIET + ["CAN"],
          req=False, attribution="organization", location_country="CAN"),
    ], dates=[D("this morning", "1987-06-18")],
        quantities=[Q("17 Soviet visitors", 17, "people")]),

    # 4. reuters-11315 (Tue 1987-03-31, Brussels): EC ministers have approved financial packages for several
    #    Mediterranean states totalling 1.6 billion Ecus, an EC official said; part of special trade agreements with
    #    Tunisia, Egypt, Lebanon, Israel, Algeria, Morocco and Jordan until 1992, with 615 mln Ecus in grants and one
    #    billion Ecus in European Investment Bank loans; the framework was signed yesterday (March 30) by the farm
    #    ministers after the foreign ministers agreed it in principle earlier. The approval AID (EC to the seven
    #    states; anonymous: an unnamed official; in BEL, the dateline) required; the signing (AGREE, AID accepted;
    #    March 30) and the foreign ministers' agreement in principle (AGREE, historical) optional.
    article(REU + "11315", "1987-03-31", [
        E(["AID"], "have approved financial packages for several Mediterranean states", EC, MED_STATES,
          attribution="anonymous", location_country="BEL"),
        E(["AGREE", "AID"], "The framework for the transfers was signed yesterday", EC, MED_STATES, req=False,
          attribution="anonymous", date="1987-03-30", location_country="BEL"),
        E(["AGREE"], "agreed in principle by foreign ministers earlier", EC, MED_STATES, req=False, modality=H,
          attribution="anonymous"),
    ], places=[P("Tunisia", "TUN"), P("Egypt", "EGY"), P("Lebanon", "LBN"), P("Israel", "ISR"),
               P("Algeria", "DZA"), P("Morocco", "MAR"), P("Jordan", "JOR")],
        dates=[D("1992", "1992"), D("yesterday", "1987-03-30")],
        quantities=[Q("1.6 billion", 1600000000, "XEU"), Q("615 mln Ecus", 615000000, "XEU"),
                    Q("one billion Ecus", 1000000000, "XEU")]),

    # 5. reuters-8669 (Tue 1987-03-24, Manila): prospects of a rescheduling of 9.4 billion dlrs of Philippine debt
    #    rose after Manila officials offered a higher interest rate, foreign banking sources said; Finance Secretary
    #    Ongpin made the proposal (7/8 point over Libor, up from 5/8) to the 12-bank advisory committee as the talks
    #    entered their fourth week in New York, to break a deadlock with banks insisting on a full point; two
    #    negotiators returned to Manila last night; Ongpin and the central bank governor started talks to finish the
    #    accord; in November 1986 Citibank refused to endorse the committee's proposal. The proposal AGREE (the
    #    earlier golds' offers; PHL to the banks, MNC; anonymous: banking sources; in USA) required; the lead's offer
    #    (a restatement), the talks CONSULT (either side), the banks' insistence REQUEST, Ongpin's earlier insistence
    #    (REQUEST, historical) and the final talks CONSULT optional; Citibank's old refusal is a firm's act, not coded.
    article(REU + "8669", "1987-03-24", [
        E(["AGREE"], "Finance Secretary Jaime Ongpin made the", ["PHL"], BANKS, attribution="anonymous",
          location_country="USA"),
        E(["AGREE"], "the offer of a higher interest rate by", ["PHL"], BANKS, req=False, attribution="anonymous"),
        E(["CONSULT"], "as the talks entered their fourth week in New York", ["PHL"] + BANKS, BANKS + ["PHL"],
          req=False, attribution="anonymous", location_country="USA"),
        E(["REQUEST"], "who were insisting on a minimum interest spread", BANKS, ["PHL"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "the Philippines would insist on a deal better", ["PHL"], BANKS, req=False, modality=H,
          attribution="anonymous"),
        E(["CONSULT"], "started talks with the banks to put finishing touches", ["PHL"] + BANKS, BANKS + ["PHL"],
          req=False, attribution="anonymous", location_country="USA"),
    ], places=[P("New York", "USA", 40.71, -74.01), P("Manila", "PHL", 14.60, 120.98), P("Mexico", "MEX"),
               P("Philippines", "PHL")],
        dates=[D("last night", "1987-03-23"), D("November 1986", "1986-11"), D("last year", "1986")],
        quantities=[Q("9.4 billion dlrs", 9400000000, "USD"), Q("12-bank", 12, "banks")]),

    # 6. reuters-9704 (timestamp Thu 1987-03-26, dateline Sydney March 25): the EC's external relations commissioner
    #    de Clercq said the EC holds farm trade talks inseparable from the rest of the GATT round and told reporters
    #    here it would not bow to pressure for an early, separate farm agreement; it wants to keep the four-year
    #    schedule agreed at Punta del Este last year; he is on his way to China after a two-day conference of 22 GATT
    #    trade ministers in New Zealand, where several ministers criticised the EC's farm trade practices and called
    #    for urgent reforms, and Yeutter said an early farm accord was important; the EC did not want changes. The
    #    refusal REJECT (EC; the pressure's authors several states: recipient left out; in AUS) required; the
    #    ministers' criticism ACCUSE and call REQUEST (to the EC; their states not named: no actor), Yeutter's call
    #    (REQUEST, USA), the restated "did not want changes" REJECT, the Punta del Este agreement (AGREE, historical,
    #    in URY), the conference (CONSULT, historical, in NZL) and the trip to China (AGREE, CONSULT accepted;
    #    future) optional.
    article(REU + "9704", "1987-03-26", [
        E(["REJECT"], "the EC would not bow to pressure", EC, location_country="AUS"),
        E(["ACCUSE"], "Several of those ministers criticised the EC", None, EC, req=False, modality=H,
          location_country="NZL"),
        E(["REQUEST"], "called for urgent reforms", None, EC, req=False, modality=H, location_country="NZL"),
        E(["REQUEST"], "it was important agreement on agricultural trade", ["USA"], EC + GATT, req=False,
          modality=H),
        E(["REJECT"], "the EC did not want changes", EC, req=False),
        E(["AGREE"], "schedule agreed by members of the General Agreement", GATT, GATT, req=False, modality=H,
          location_country="URY"),
        E(["CONSULT"], "a two-day conference for 22 GATT trade ministers", GATT, GATT, req=False, modality=H,
          location_country="NZL"),
        E(["AGREE", "CONSULT"], "is on his way to China", EC, ["CHN"], req=False, modality=FUT),
    ], places=[P("Punta del Este", "URY", -34.96, -54.95), P("Uruguay", "URY"), P("China", "CHN"),
               P("New Zealand", "NZL")],
        dates=[D("last year", "1986")],
        quantities=[Q("22 GATT trade ministers", 22, "ministers"), Q("eight months", 8, "months"),
                    Q("eight days", 8, "days")]),

    # 7. reuters-18097 (Tue 1987-06-02, The Hague): Dutch Finance Minister Ruding welcomed President Reagan's
    #    decision to name Greenspan as Volcker's successor at the Fed ("an excellent one", his spokesman said; Ruding
    #    also chairs the IMF interim committee) and regretted Volcker's departure. The welcome SUPPORT (NLD to USA;
    #    official: the minister's spokesman; in NLD, the dateline) required; the quoted praise (a restatement)
    #    optional; the nomination is a domestic appointment and the regret no act toward another: neither coded.
    article(REU + "18097", "1987-06-02", [
        E(["SUPPORT"], "welcomed President Reagan's decision", ["NLD"], ["USA"], location_country="NLD"),
        E(["SUPPORT"], "the choice of Alan Greenspan is an excellent one", ["NLD"], ["USA"], req=False,
          location_country="NLD"),
    ]),

    # 8. reuters-10048 (Thu 1987-03-26, London): French Finance Minister Balladur discussed the need to control public
    #    spending in talks here today with Chancellor Lawson, a Treasury spokesman said; they reviewed their
    #    economies and public spending; he declined to comment on whether concerted action for the dollar came up;
    #    the dollar dipped after the six nations' Paris agreement of February 22 to stabilise their currencies. The
    #    talks CONSULT (FRA and GBR on either side; official: the Treasury's spokesman; March 26; in GBR) required;
    #    the review (a restatement) and the Paris agreement (AGREE, historical, February 22, in FRA) optional; the
    #    non-comment forbidden but for CONSULT (it names the talks' subject).
    article(REU + "10048", "1987-03-26", [
        E(["CONSULT"], "discussed the need to control public spending", FRA_GBR, FRA_GBR, date="1987-03-26",
          location_country="GBR"),
        E(["CONSULT"], "the ministers reviewed their economies", FRA_GBR, FRA_GBR, req=False, date="1987-03-26",
          location_country="GBR"),
        E(["AGREE"], "an agreement by six major industrialised nations in Paris", G6, G6, req=False, modality=H,
          date="1987-02-22", location_country="FRA"),
    ], forbid=[F("declined to comment on whether the subject of concerted action", allow=["CONSULT"])],
        places=[P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("today", "1987-03-26"), D("February 22", "1987-02-22")],
        quantities=[Q("six major industrialised nations", 6, "countries")]),

    # 9. reuters-7233 (Thu 1987-03-19, Washington): the Reagan administration protested for the first time the
    #    constitutionality of the 1978 special prosecutor law behind the current Iran-contra investigation; the
    #    attack by Assistant Attorney General Bolton was the first official public objection, though the
    #    administration reportedly opposed the law privately; Bolton told a Senate subcommittee the administration
    #    "believes there are grave constitutional problems" with it. The objection ACCUSE (the manual's disapproval;
    #    REJECT accepted: a refusal of the law; USA to USA, the Congress's law; in USA) required; the testimony's
    #    restatement, the private opposition (REJECT, historical; media: "reportedly") and the Iran-contra
    #    investigation (ACCUSE, the manual's investigations; USA to USA) optional.
    article(REU + "7233", "1987-03-19", [
        E(["ACCUSE", "REJECT"], "protested for the first time the constitutionality", ["USA"], ["USA"],
          location_country="USA"),
        E(["ACCUSE", "REJECT"], "believes there are grave constitutional problems", ["USA"], ["USA"], req=False,
          location_country="USA"),
        E(["REJECT", "ACCUSE"], "the administration privately has opposed", ["USA"], ["USA"], req=False,
          modality=H, attribution="media"),
        E(["ACCUSE"], "led to a current investigation of the Iran-contra scandal", ["USA"], ["USA"], req=False),
    ], dates=[D("1978", "1978")]),

    # 10. reuters-20649 (Tue 1987-10-20, Luxembourg): Spanish farm minister Romero called at the EC farm ministers'
    #     meeting for action to help the Spanish maize market, Spanish diplomatic sources said; massive imports are
    #     due under the EC's promise to the US to bring two mln tonnes of maize and 300,000 tonnes of sorghum into
    #     Spain this year; a management committee may authorise direct purchases this week; Romero urged other EC
    #     states to take some of the imports and threatened to withhold support for the Commission's plan for farm
    #     output limits unless Spain got help; no direct reply was given. The call REQUEST and the threat THREATEN
    #     (ESP to the EC; anonymous: unnamed diplomatic sources; in LUX, the meeting's dateline) required; the urging
    #     of other states (REQUEST) and the EC's promise to the US (AGREE, historical) optional; the committee's
    #     possible decision (speculation) and "no direct reply" forbidden.
    article(REU + "20649", "1987-10-20", [
        E(["REQUEST"], "called for action to help the Spanish maize market", ["ESP"], EC,
          attribution="anonymous", location_country="LUX"),
        E(["THREATEN"], "he threatened to withhold support for the EC Commission plan", ["ESP"], EC,
          attribution="anonymous", location_country="LUX"),
        E(["REQUEST"], "Romero urged that other EC countries should take some of the imports", ["ESP"], EC,
          req=False, attribution="anonymous", location_country="LUX"),
        E(["AGREE"], "the EC has promised the United States", EC, ["USA"], req=False, modality=H,
          attribution="anonymous"),
    ], forbid=[F("may decide this week to authorise the Spanish intervention board"),
               F("no direct reply was given to Romero")],
        places=[P("Spain", "ESP"), P("United States", "USA")],
        quantities=[Q("two mln tonnes", 2000000, "tonnes"), Q("300,000 tonnes", 300000, "tonnes")]),

    # 11. reuters-16564 (Mon 1987-04-13, Washington): US officials held out little hope the EC would withdraw its
    #     meat inspection requirement due April 30, which US producers say will cut off their exports, but expect the
    #     EC to let US plants keep shipping through the year if they submit improvement plans; the meat industry has
    #     prepared a petition asking the administration to retaliate; last December the EC determined that only one
    #     plant of each kind could be approved without further review; the industry expects to file a formal
    #     petition by April 30; an interagency committee reviews the draft; a USTR official said US officials
    #     continued to press the EC to withdraw the rule, with little chance. The pressure REQUEST (USA to the EC;
    #     anonymous: an unnamed official) required; the industry's petition asking for retaliation (REQUEST, USA to
    #     USA) and the EC's determination of last December (SANCTION, COERCE accepted: a bar on US plants; historical)
    #     optional; the officials' forecasts (the hope, the expected permission, the "expectation" of continued
    #     shipments) forbidden.
    article(REU + "16564", "1987-04-13", [
        E(["REQUEST"], "continued to press the EC to withdraw the rule", ["USA"], EC, attribution="anonymous"),
        E(["REQUEST"], "has prepared a petition requesting the Reagan administration to retaliate", ["USA"],
          ["USA"], req=False),
        E(["SANCTION", "COERCE"], "the EC determined that only one", EC, ["USA"], req=False,
          modality=H, date="1986-12"),
    ], forbid=[F("held out little hope the European Community"),
               F("expect the EC to allow"),
               F("the EC will continue to allow shipments")],
        dates=[D("April 30", "1987-04-30"), D("Last December", "1986-12"), D("1985", "1985")],
        quantities=[Q("132 mln dlrs", 132000000, "USD"), Q("nearly 400", 400, "plants")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
