"""Writes articles.json for the twenty-eighth article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 216, after
gold-twenty-sixth) that report acts of political actors: US pressure on Taiwan's currency, the Group of Seven and
the Louvre accord, the Asian Development Bank and Taiwan, EC farm ministers over the Commission's price plan, Gulf
oil ministers meeting, FAO food aid, Japan's fighter cooperation with the US, the IMF and Kenya, EC experts on
action against Japan, Japanese aid to the Philippines, Brazil's seamen's strike and Ecuador's quota request to
OPEC after its earthquake. The annotations are data, written by hand below with the shorthands of
eval/gold_authoring.py, in the conventions of the earlier golds' build scripts. `file` is
reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of the record's
timestamp, relative dates resolved against it. Only the political acts are required events; firms' acts, market
figures, forecasts and speculation are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
US_TW = ["USA", "TWN"]             # talks of both sides: all parties as actor
G5_CAN = ["USA", "JPN", "DEU", "FRA", "GBR", "CAN", IGO]            # the Louvre accord's parties, or the group
G7 = G5_CAN + ["ITA"]              # the Group of Seven's meeting: any member or the group as IGO
EC_COUNCIL = EC + ["DEU", "GBR", "FRA", "ITA", "BEL", "NLD", "DNK"]   # EC ministers meeting: the EC or a member named
GCC = ["SAU", "ARE", "KWT", "QAT", "BHR", "OMN", IGO]              # the Gulf Cooperation Council's states or IGO
JP_PH = ["JPN", "PHL"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-5183 (timestamp Sun 1987-03-15, dateline Taipei March 16): Taiwan's trade director says US
    #    officials told him in Washington last week that Taiwan would face retaliation unless it let its dollar
    #    rise faster; the US answered Taiwan's request for larger textile quotas by promising talks in May. The US
    #    wish for a faster rise REQUEST (USA to TWN), the conditional warning THREATEN (future: retaliation to come
    #    "unless") and the promise of talks AGREE/CONSULT (future; both sides) required; Taiwan's quota request
    #    REQUEST, last year's textile accord (historical), Siew's visit to Washington CONSULT, the "indications"
    #    that Washington sought a rise REQUEST and the currency talks reported by unnamed Western trade sources
    #    CONSULT (attribution anonymous) optional; the currency's rise forbidden (a market move).
    article(REU + "5183", "1987-03-15", [
        E(["REQUEST"], "wants Taiwan's currency to appreciate faster", ["USA"], ["TWN"]),
        E(["THREATEN"], "unless Taiwan allowed its dollar to rise faster", ["USA"], ["TWN"], modality=FUT,
          date="1987-03", location_country="USA"),
        E(["AGREE", "CONSULT"], "by promising further talks in May", US_TW, US_TW, modality=FUT, date="1987-05"),
        E(["REQUEST"], "responded to Taiwan's request to increase", ["TWN"], ["USA"], req=False),
        E(["AGREE", "SUPPORT"], "Washington signed a three-year accord with Taipei", US_TW, US_TW, req=False,
          modality=H, date="1986"),
        E(["CONSULT"], "Siew returned from Washington on Friday", ["TWN"], ["USA"], req=False, date="1987-03-13",
          location_country="USA"),
        E(["REQUEST"], "Washington was seeking a major rise", ["USA"], ["TWN"], req=False),
        E(["CONSULT"], "Have been holding talks on the currency issue", US_TW, US_TW, req=False,
          attribution="anonymous"),
    ], forbid=[F("the Taiwan dollar had risen by about 15 pct")],
        places=[P("Taiwan", "TWN"), WASHINGTON, P("Taipei", "TWN", 25.03, 121.56)],
        dates=[D("Saturday", "1987-03-14"), D("last week", "1987-03"), D("Friday", "1987-03-13"),
               D("in May", "1987-05"), D("last year", "1986"), D("September 1985", "1985-09")],
        quantities=[Q("13.6 billion", 13600000000, "USD"), Q("0.5 pct", 0.5, "percent"),
                    Q("15 pct", 15, "percent")]),

    # 2. reuters-14987 (Wed 1987-04-08, Washington): before the Group of Seven ministers' meeting of the day, West
    #    Germany's finance minister says the meetings will look at strengthening the Louvre accord; the Bundesbank
    #    president says Japan has not yet fulfilled its stimulation pledges. The day's meetings AGREE/CONSULT
    #    (future: still to come when he spoke; the group's members or IGO as actor, no recipient) and the charge
    #    against Japan ACCUSE (DEU to JPN) required; "we will have to see if the United States is able to do what
    #    they promised" ACCUSE (veiled; DEU to USA) and the February 22 accord AGREE (historical) optional; his
    #    refusal to name the measures and the Bundesbank not having had to sell marks forbidden.
    article(REU + "14987", "1987-04-08", [
        E(["AGREE", "CONSULT"], "today's meetings of major industrial countries", G7, modality=FUT,
          date="1987-04-08", location_country="USA"),
        E(["ACCUSE"], "Japan had not yet fulfilled its pledges", ["DEU"], ["JPN"]),
        E(["ACCUSE"], "we will have to see if the United States is able", ["DEU"], ["USA"], req=False),
        E(["AGREE"], "the February 22 agreement of the Group of Five", G5_CAN, req=False, modality=H,
          date="1987-02-22", location_country="FRA"),
    ], forbid=[F("he declined to say what measures would be discussed"),
               F("without the Bundesbank having had to sell marks")],
        places=[P("Paris", "FRA", 48.86, 2.35), P("United States", "USA"), P("Japan", "JPN"),
                P("West Germany", "DEU")],
        dates=[D("today", "1987-04-08"), D("February 22", "1987-02-22"), D("six months ago", "1986-10")],
        quantities=[Q("85 pct", 85, "percent"), Q("20 pct", 20, "percent")]),

    # 3. reuters-16965 (Tue 1987-04-21, Manila): the Asian Development Bank's president says the bank will not
    #    change its decision to admit China despite Taiwan's protests; a stalemate with Vietnam continues. The
    #    refusal REJECT (IGO to TWN) required; its restatement ("not negotiating"), Taiwan's protests and last
    #    year's boycott (PROTEST/ACCUSE, TWN to IGO), Taiwan's invitation to the annual meeting, the channels of
    #    communication CONSULT, Vietnam's complaint of last year ACCUSE and the bank's halt of loans to it
    #    SANCTION (historical), "new loans seem to be difficult" REJECT and the 1986 loans to India AID
    #    (historical) optional; the loans it "might" lend China forbidden (a forecast).
    article(REU + "16965", "1987-04-21", [
        E(["REJECT"], "will not change its decision to admit China", [IGO], ["TWN"]),
        E(["PROTEST", "ACCUSE"], "despite protests from founder member Taiwan", ["TWN"], [IGO], req=False),
        E(["PROTEST", "REJECT"], "caused a Taiwanese boycott of the ADB's last annual meeting", ["TWN"], [IGO],
          req=False, modality=H, location_country="PHL"),
        E(["AGREE", "CONSULT"], "Taiwan had been invited to the bank's 20th annual meeting", [IGO], ["TWN"],
          req=False, date="1987-04-27", location_country="JPN"),
        E(["REJECT"], "we are not negotiating with a view to changing", [IGO], ["TWN"], req=False),
        E(["CONSULT"], "We have tried to maintain our channels of communication", [IGO], ["TWN"], req=False),
        E(["ACCUSE"], "which complained at last year's meeting", ["VNM"], [IGO], req=False, modality=H),
        E(["SANCTION"], "had unilaterally stopped advancing loans", [IGO], ["VNM"], req=False, modality=H),
        E(["REJECT"], "but new loans seem to be difficult", [IGO], ["VNM"], req=False),
        E(["AID"], "The ADB in 1986 approved two loans to India", [IGO], ["IND"], req=False, modality=H,
          date="1986"),
    ], forbid=[F("the ADB might lend China between")],
        places=[P("Manila", "PHL", 14.60, 120.98), P("Osaka", "JPN", 34.69, 135.50), P("Taiwan", "TWN"),
                P("China", "CHN"), P("Vietnam", "VNM"), P("India", "IND")],
        dates=[D("March 1986", "1986-03"), D("April 27", "1987-04-27"), D("in 1974", "1974"),
               D("last year", "1986")],
        quantities=[Q("7.2 pct", 7.2, "percent"), Q("40.67 mln dlrs", 40670000, "USD"),
                    Q("23 mln dlrs", 23000000, "USD"), Q("25.3 mln dlrs", 25300000, "USD"),
                    Q("250 mln dlrs", 250000000, "USD")]),

    # 4. reuters-11084 (Mon 1987-03-30, Brussels): EC farm ministers split over the Commission's proposals to cut
    #    guaranteed prices: West Germany's minister dismisses them (from diplomatic sources: attribution
    #    anonymous), Britain's says they do not go far enough; the farm commissioner accused officials of some
    #    member states of ignoring realities. The dismissal REJECT (DEU to the EC), the ministers' first discussion
    #    CONSULT (the EC's council: EC or the member states as actor, in Belgium) and the commissioner's charge
    #    ACCUSE (the EC; "some EC states" have no code, recipient left out) required; Britain's "did not go far
    #    enough" ACCUSE, its backing of the proposals SUPPORT and the hackles raised in Washington ACCUSE
    #    optional; the chairman's "would not even attempt to reach agreement" and "could already be doomed"
    #    and "enough EC states appear opposed to this scheme to block its adoption" forbidden (a negated attempt,
    #    forecasts).
    article(REU + "11084", "1987-03-30", [
        E(["REJECT"], "were dismissed by West German minister Ignaz Kiechle", ["DEU"], EC,
          attribution="anonymous"),
        E(["ACCUSE"], "said for some products they did not go far enough", ["GBR"], EC, req=False),
        E(["CONSULT"], "Ministers discussed the Commission's 1987-88 farm price proposals", EC_COUNCIL,
          location_country="BEL"),
        E(["SUPPORT"], "on the whole backs proposals by EC farm commissioner", ["GBR"], EC, req=False),
        E(["ACCUSE"], "Andriessen accused officials of some EC states", EC, date="1987-03-29",
          location_country="BEL"),
        E(["ACCUSE"], "has already raised hackles in Washington", ["USA"], EC, req=False),
    ], forbid=[F("would not even attempt to reach agreement"), F("could already be doomed"),
               F("appear opposed to this scheme to block its adoption")],
        places=[WASHINGTON, P("Netherlands", "NLD"), P("Denmark", "DNK")],
        dates=[D("Tuesday", "1987-03-31"), D("April 1", "1987-04-01"), D("yesterday", "1987-03-29")],
        quantities=[Q("12 mln", 12000000, "farmers"), Q("10 pct", 10, "percent"),
                    Q("two billion Ecus", 2000000000, "XEU"), Q("2.28 billion dlrs", 2280000000, "USD")]),

    # 5. reuters-349 (Mon 1987-03-02, Abu Dhabi): deputy oil ministers of the six Gulf Cooperation Council states
    #    meet in Bahrain today to discuss carrying out the agreement their oil ministers reached in Doha last Sunday
    #    to help each other market crude. The meeting AGREE/CONSULT (future: "will meet today"; all members as
    #    actor, no recipient) and the Doha agreement AGREE (the recent act the meeting implements; COOPERATE
    #    accepted) required; buyers' resistance to OPEC prices forbidden (a market fact). "last Sunday" is left
    #    without a value (the Sunday before, or the day before the Monday story).
    article(REU + "349", "1987-03-02", [
        E(["AGREE", "CONSULT"], "will meet in Bahrain today to discuss coordination", GCC, modality=FUT,
          date="1987-03-02", location_country="BHR"),
        E(["AGREE", "COOPERATE"], "last Sunday's agreement in Doha", GCC, location_country="QAT"),
    ], forbid=[F("face stiff buyer resistance to official OPEC prices")],
        places=[P("Bahrain", "BHR"), P("Doha", "QAT", 25.29, 51.53), P("Saudi Arabia", "SAU"),
                P("United Arab Emirates", "ARE"), P("Kuwait", "KWT"), P("Qatar", "QAT")],
        dates=[D("today", "1987-03-02")]),

    # 6. reuters-11886 (Wed 1987-04-01, Rome): the FAO approves emergency food aid for Ethiopia's drought victims
    #    and further aid for Sri Lanka, Malawi (people displaced from Mozambique) and Vanuatu. Each grant AID (IGO
    #    to the receiving state; AGREE accepted: approved, delivery to come) required; the aid's contents are
    #    details (not annotated).
    article(REU + "11886", "1987-04-01", [
        E(["AID", "AGREE"], "approved emergency food aid worth more than 14.3 mln dlrs", [IGO], ["ETH"],
          location_country="ETH"),
        E(["AID", "AGREE"], "approved more than 1.4 mln dlrs of food aid", [IGO], ["LKA"], location_country="LKA"),
        E(["AID", "AGREE"], "will be made available to Malawi", [IGO], ["MWI"], location_country="MWI"),
        E(["AID", "AGREE"], "340,200 dlrs for cyclone victims in Vanuatu", [IGO], ["VUT"], location_country="VUT"),
    ], places=[P("Ethiopia", "ETH"), P("Wollo", "ETH", 11.5, 39.5), P("Sri Lanka", "LKA"), P("Malawi", "MWI"),
               P("Mozambique", "MOZ"), P("Vanuatu", "VUT")],
        quantities=[Q("14.3 mln dlrs", 14300000, "USD"), Q("30,000 tonnes", 30000, "tonnes"),
                    Q("1,200 tonnes", 1200, "tonnes"), Q("1.4 mln dlrs", 1400000, "USD"),
                    Q("8,000 families", 8000, "families"), Q("583,225 dlrs", 583225, "USD"),
                    Q("96,700 people", 96700, "people"), Q("340,200 dlrs", 340200, "USD")]),

    # 7. reuters-11169 (Tue 1987-03-31, Tokyo): Japan's defence minister says Japan has decided to develop its next
    #    fighter (FSX) in cooperation with the US, a decision made after talks with the US defence secretary and
    #    not in response to outside pressure; last week Reagan said the US would impose tariffs on Japanese goods.
    #    The decision to cooperate AGREE (manual: agreement for future cooperation is AGREE;
    #    COOPERATE accepted; JPN to USA) required; the denial of pressure REJECT,
    #    the spokesman's restatement, the earlier talks with Weinberger CONSULT (historical), Reagan's tariffs of
    #    last week SANCTION (THREATEN accepted: announced, not yet in force; background here) and the
    #    ambassador's advice to the foreign minister REQUEST (told by unnamed defence ministry officials) optional;
    #    the contractors' competition and the ministry's plan to build 100 fighters forbidden.
    article(REU + "11169", "1987-03-31", [
        E(["AGREE", "COOPERATE"], "Japan has decided to cooperate", ["JPN"], ["USA"]),
        E(["REJECT"], "the decision was not made in response to outside pressure", ["JPN"], ["USA"], req=False),
        E(["SANCTION", "THREATEN"], "Reagan said last week that the", ["USA"], ["JPN"], req=False,
          date="1987-03"),
        E(["CONSULT"], "made after discussions with", ["JPN", "USA"], ["USA", "JPN"], req=False, modality=H),
        E(["REQUEST"], "told Foreign Minister Tadashi Kuranari that Japan must address", ["JPN"], ["JPN"],
          req=False, attribution="anonymous"),
    ], forbid=[F("has been the focus of competition"), F("plans to build 100 FSX fighters")],
        places=[P("Japan", "JPN"), WASHINGTON],
        dates=[D("last week", "1987-03")],
        quantities=[Q("6.5 billion dlrs", 6500000000, "USD"), Q("830 kms", 830, "km"),
                    Q("100 FSX fighters", 100, "aircraft")]),

    # 8. reuters-5165 (Sun 1987-03-15, Nairobi): the IMF's managing director assured Kenya's president in talks in
    #    Washington yesterday that the IMF will continue to give Kenya maximum support (from the official news
    #    agency). The assurance AGREE (a promise of future aid; SUPPORT and AID accepted; IGO to KEN) and the talks
    #    CONSULT (both as actor) required; the quoted assurance, Moi's thanks SUPPORT and his pressing the US for
    #    more aid REQUEST optional (the appeal to the US is the news gold-nineteenth's reuters-4529 reported three
    #    days before, restated here without a day); Moi's forecast to parliament and the bankers' speculation on a
    #    loan forbidden.
    article(REU + "5165", "1987-03-15", [
        E(["AGREE", "SUPPORT", "AID"], "has assured Kenyan President Daniel Arap Moi", [IGO], ["KEN"],
          date="1987-03-14", location_country="USA"),
        E(["CONSULT"], "made the pledge during talks with Moi", [IGO, "KEN"], ["KEN", IGO], date="1987-03-14",
          location_country="USA"),
        E(["AGREE", "SUPPORT"], "Mr Camdessus assured president Moi", [IGO], ["KEN"], req=False),
        E(["SUPPORT"], "Moi thanked Camdessus for the IMF's help", ["KEN"], [IGO], req=False),
        E(["REQUEST"], "Moi pressed the", ["KEN"], ["USA"], req=False),
    ], forbid=[F("Kenya would face a difficult balance of payments"), F("would be Kenya's first option")],
        places=[WASHINGTON, P("Kenya", "KEN"), P("Nairobi", "KEN", -1.29, 36.82)],
        dates=[D("yesterday", "1987-03-14"), D("Earlier this month", "1987-03"), D("this year", "1987"),
               D("1984", "1984")],
        quantities=[Q("53 mln dlrs", 53000000, "USD"), Q("111 mln", 111000000, "USD")]),

    # 9. reuters-15741 (Thu 1987-04-09, London): Thatcher tells parliament that EC trade experts will meet in
    #    Brussels tomorrow to discuss possible EC action against Japan, on ideas Britain put forward last weekend.
    #    The experts' meeting AGREE/CONSULT (future; the EC as actor, no recipient) required; Britain's proposals
    #    REQUEST (to the EC; THREATEN accepted, since they aim at Japan) and the possible action against dumping
    #    THREATEN (hypothetical: not yet decided) optional.
    article(REU + "15741", "1987-04-09", [
        E(["AGREE", "CONSULT"], "will meet in Brussels tomorrow to discuss possible EC action", EC, modality=FUT,
          date="1987-04-10", location_country="BEL"),
        E(["REQUEST", "THREATEN"], "examine ideas put forward by the", ["GBR"], EC + ["JPN"], req=False),
        E(["THREATEN"], "more effective action against the dumping of components", EC, ["JPN"], req=False,
          modality=HYP),
    ], places=[P("Brussels", "BEL", 50.85, 4.35), P("Japan", "JPN"), P("United States", "USA")],
        dates=[D("tomorrow", "1987-04-10"), D("Last weekend", "1987-04")]),

    # 10. reuters-17271 (Mon 1987-04-27, Osaka): the Philippine finance secretary says his country has received a
    #     300 mln dlr loan from Japan's Export-Import Bank, and that Japan's finance minister, meeting him
    #     yesterday, praised the recent debt rescheduling; the next yen aid package was discussed. The loan AID
    #     (JPN to PHL) and the meeting CONSULT (both sides) required; the minister's satisfaction SUPPORT, the aid
    #     package discussed, the request to raise the aid REQUEST (told inside a forecast of Japan's answer), the
    #     soft-loan request put off, Japan's hint that the aid may fall short REJECT, the World Bank's March loan
    #     AID (historical), his praise of the ADB's support SUPPORT, his wish that the ADB lend more to private
    #     firms REQUEST and the ADB's offer to lend AGREE optional; his expectation of ADB lending
    #     forbidden (a forecast).
    article(REU + "17271", "1987-04-27", [
        E(["AID"], "has received a 300 mln dlr loan", ["JPN"], ["PHL"]),
        E(["AID"], "approved by the World Bank in March", [IGO], ["PHL"], req=False, modality=H, date="1987-03"),
        E(["CONSULT"], "during a meeting here yesterday", JP_PH, JP_PH, date="1987-04-26", location_country="JPN"),
        E(["SUPPORT"], "expressed satisfaction at the recent rescheduling", ["JPN"], ["PHL"], req=False),
        E(["CONSULT"], "was also discussed", JP_PH, JP_PH, req=False),
        E(["REQUEST"], "a Philippine request to raise the aid level", ["PHL"], ["JPN"], req=False),
        E(["REQUEST"], "Discussion on a Philippine request for 500 mln dlrs", ["PHL"], ["JPN"], req=False),
        E(["REJECT"], "The Japanese have indicated we may not get as much", ["JPN"], ["PHL"], req=False),
        E(["SUPPORT"], "the Philippines is very happy about the ADB's support", ["PHL"], [IGO], req=False),
        E(["REQUEST"], "I would like to see them push more aggressively", ["PHL"], [IGO], req=False),
        E(["AGREE"], "they can lend us two billion dlrs", [IGO], ["PHL"], req=False),
    ], forbid=[F("he expects ADB lending to the Philippines")],
        places=[P("Philippines", "PHL"), P("Pakistan", "PAK")],
        dates=[D("in March", "1987-03"), D("yesterday", "1987-04-26"), D("on Tuesday", "1987-04-28"),
               D("next month", "1987-05"), D("last year", "1986"), D("in 1986", "1986")],
        quantities=[Q("5.5 pct", 5.5, "percent"), Q("10.3 billion dlr", 10300000000, "USD"),
                    Q("49 billion yen", 49000000000, "JPY"), Q("500 mln dlrs", 500000000, "USD"),
                    Q("316 mln dlrs", 316000000, "USD"), Q("two billion dlrs", 2000000000, "USD")]),

    # 11. reuters-3329 (Mon 1987-03-09, Rio de Janeiro): Brazilian marines unload ships at the port as the national
    #     seamen's strike enters its tenth day; the seamen rejected the shipowners' offer. The strike PROTEST (the
    #     workers' country as actor, the Brazilian shipowners BRA as recipient) and the rejection of the offer
    #     REJECT required (gold-twenty-second's strike conventions); the marines unloading ships MOBILIZE/COERCE
    #     (the state replacing strikers; no force reported: optional), the strike's start (historical), the union's
    #     conditional demand REQUEST (THREATEN accepted) and the owners' offer AGREE optional; the television's
    #     claim about the port and "no reports of incidents" forbidden.
    article(REU + "3329", "1987-03-09", [
        E(["PROTEST"], "a national strike by 40,000 seamen entered its 10th day", ["BRA"], ["BRA", "MNC"],
          location_country="BRA"),
        E(["MOBILIZE", "COERCE"], "Brazilian marines were today working on the unloading", ["BRA"], ["BRA"],
          req=False, date="1987-03-09", location_country="BRA"),
        E(["PROTEST"], "the first national strike by seamen in 25 years", ["BRA"], ["BRA", "MNC"], req=False,
          modality=H, date="1987-02-27"),
        E(["REQUEST", "THREATEN"], "they would not return to work unless", ["BRA"], ["BRA", "MNC"], req=False),
        E(["AGREE"], "Shipowners have offered a 100 pct raise", ["BRA", "MNC"], ["BRA"], req=False),
        E(["REJECT"], "which the seamen rejected", ["BRA"], ["BRA", "MNC"]),
    ], forbid=[F("the port was operating at full speed"), F("there were no reports of incidents")],
        dates=[D("today", "1987-03-09"), D("February 27", "1987-02-27")],
        quantities=[Q("40,000 seamen", 40000, "seamen"), Q("275 pct", 275, "percent"),
                    Q("100 pct", 100, "percent"), Q("1.5 mln dlrs", 1500000, "USD")]),

    # 12. reuters-4039 (Wed 1987-03-11, Caracas): Ecuador's deputy energy minister, in Caracas to discuss an aid
    #     plan after last week's earthquake cut its oil pipeline, says Ecuador will ask OPEC to raise its export
    #     quota; Venezuela's energy minister said his country would supply part of Ecuador's export commitments.
    #     The request to come REQUEST (future: an announced act; ECU to OPEC, IGO), the visit to discuss aid
    #     CONSULT (the visitor as actor) and Venezuela's pledge AGREE (a promise of aid; AID accepted) required;
    #     the plans under discussion for Venezuelan and Mexican crude loans optional; his hope for a first cargo,
    #     "Mexico might supply" and "may be unable to export" forbidden (a hope, speculation, a forecast).
    article(REU + "4039", "1987-03-11", [
        E(["REQUEST"], "Ecuador will ask OPEC to raise its oil", ["ECU"], [IGO], modality=FUT),
        E(["CONSULT"], "who arrived in Caracas last night to discuss an aid plan", ["ECU"], ["VEN"],
          date="1987-03-10", location_country="VEN"),
        E(["CONSULT", "AID"], "plans now under discussion for Venezuela and Mexico", ["VEN", "MEX", "ECU"],
          ["ECU", "VEN", "MEX"], req=False),
        E(["AGREE", "AID"], "his country would supply an unspecified part", ["VEN"], ["ECU"]),
    ], forbid=[F("he hoped a first cargo"), F("Mexico might supply"), F("may be unable to export oil")],
        places=[P("Caracas", "VEN", 10.49, -66.88), P("Ecuador", "ECU"), P("Venezuela", "VEN"),
                P("Mexico", "MEX"), P("Maracaibo", "VEN", 10.65, -71.61), P("Guayaquil", "ECU", -2.19, -79.89),
                P("Balao", "ECU", -2.91, -79.81)],
        dates=[D("last night", "1987-03-10"), D("last week", "1987-03")],
        quantities=[Q("100,000 barrels per day", 100000, "barrels per day"), Q("300,000 barrels", 300000, "barrels"),
                    Q("50,000 bpd", 50000, "barrels per day"), Q("25 mile", 25, "miles")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
