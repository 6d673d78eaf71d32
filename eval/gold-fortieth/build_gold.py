"""Writes articles.json for the fortieth article gold (written blind): twelve 1987 Reuters wire stories from the
business side of the wire (select_stories.py: gold-twenty-second's list walked from position 574, after
gold-thirty-seventh's stretch) that report acts of political actors: Japan's last-ditch talks to avert the US chip
tariffs, the West African central bank's call to join all IMF negotiations, China's view of the MFA protocol it
signed, Lyng's repeated demand that Japan lift its beef and citrus quotas, the EC ministers' diesel emission rules and
their go-ahead for a West German petrol ban, the Philippines' criticism of the EC's oil levy at the GATT ministers'
meeting, Canada's steel monitoring to meet US concerns, Nakasone's regret at the US tariffs and his offer to send an
official, Weizsaecker's call on Argentina's creditor banks during his visit, the G-24 ministers' call for a debt
committee, Chirac's calls and warning on his US visit, and Armacost's visit to Tokyo to come.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

US_JP = ["USA", "JPN"]
US_CN = ["USA", "CHN"]
US_CA = ["USA", "CAN"]
DE_AR = ["DEU", "ARG"]
FR_US = ["FRA", "USA"]
BANKS = [MNC]                      # creditor banks: MNC (no country of their own)
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
TOKYO = P("Tokyo", "JPN", 35.68, 139.69)

ARTICLES = [
    # 1. reuters-15154 (Wed 1987-04-08, Washington): senior Japanese officials open talks tomorrow with US trade
    #    negotiators in a last-ditch effort to avert the tariffs on Japanese electronic goods due on April 17; MITI's
    #    vice minister Kuroda holds two days of meetings with the deputy trade representative; Reagan announced the
    #    tariffs on March 27; Kuroda tells the Asahi Shimbun that Reagan's decision was based on inaccurate data. The
    #    talks to come AGREE (future, as the earlier golds' meetings to come; CONSULT accepted; either side; in USA)
    #    and Kuroda's charge ACCUSE (REJECT accepted; JPN to USA; said on leaving Tokyo) required; the two days of
    #    meetings (the talks' detail), the tariffs announced on March 27 THREATEN (historical; SANCTION accepted), the
    #    Democrats' pledge of trade laws against Reagan's inaction, the quoted charge and the charge that US firms
    #    were not aggressive enough optional; the officials' forecast that the talks will not avert the duties and
    #    the analysts' reading of the move forbidden.
    article(REU + "15154", "1987-04-08", [
        E(["AGREE", "CONSULT"], "open talks with American trade negotiators", US_JP, US_JP, modality=FUT,
          date="1987-04-09", location_country="USA"),
        E(["AGREE", "CONSULT"], "is to hold two days of\nmeetings", US_JP, US_JP, req=False, modality=FUT),
        E(["THREATEN", "SANCTION"], "announced the planned tariffs on March 27", ["USA"], ["JPN"], req=False,
          modality=H, date="1987-03-27"),
        E(["ACCUSE", "THREATEN"], "Congressional Democrats have pledged to enact", ["USA"], ["USA"], req=False),
        E(["ACCUSE", "REJECT"], "decision was based on inaccurate data", ["JPN"], ["USA"], location_country="JPN"),
        E(["ACCUSE"], "has excessive expectations", ["JPN"], ["USA"], req=False),
        E(["ACCUSE"], "had not been aggressive enough", ["JPN"], ["USA"], req=False),
    ], forbid=[F("there was little\nlikelihood the talks would"), F("Trade analysts said his move was aimed")],
        places=[P("Japan", "JPN"), TOKYO, P("United States", "USA")],
        dates=[D("tomorrow", "1987-04-09"), D("April 17", "1987-04-17"), D("March 27", "1987-03-27"),
               D("July 1986", "1986-07"), D("last\nyear", "1986"), D("1985", "1985"), D("today", "1987-04-08")],
        quantities=[Q("100 pct", 100, "percent"), Q("300 mln dlrs", 300000000, "USD"),
                    Q("169.8 billion dlrs", 169800000000, "USD")]),

    # 2. reuters-10936 (Mon 1987-03-30, Abidjan): the governor of the West African CFA zone's central bank (UMOA's)
    #    urges today, after a regular meeting of the zone's finance ministers, that the bank take part in all
    #    negotiations with the IMF, and says the members never envisaged breaking with the Fund; last month UMOA
    #    called for a new relationship with the IMF at an extraordinary meeting in Yamoussoukro; he applauds last
    #    week's cocoa pact agreement. The call REQUEST (the regional central bank, IGO, to the IMF, IGO; in CIV) and
    #    the ministers' meeting CONSULT (seven members' ministers: no one code, sides left out; in CIV) required; last
    #    month's call and the extraordinary meeting's stress on growth policies REQUEST (historical), his assurance
    #    that no break is contemplated (SUPPORT; REJECT accepted), his applause for the cocoa pact SUPPORT and his
    #    call to use the banking system (domestic) optional; his view of the region's problems forbidden.
    article(REU + "10936", "1987-03-30", [
        E(["REQUEST"], "urged that\nthe bank should be involved", [IGO], [IGO], location_country="CIV"),
        E(["CONSULT"], "a regular one-day\nmeeting of UMOA finance ministers", location_country="CIV"),
        E(["REQUEST"], "last month called for a new\nrelationship with the IMF", [IGO], [IGO], req=False, modality=H,
          date="1987-02"),
        E(["REQUEST", "CONSULT"], "stresssed the\nneed for growth-oriented IMF adjustment", [IGO], [IGO], req=False,
          modality=H, date="1987-02"),
        E(["SUPPORT", "REJECT"], "was not contemplating a break with\nthe fund", [IGO], [IGO], req=False),
        E(["SUPPORT"], "He applauded last week's agreement", [IGO], [IGO], req=False),
        E(["REQUEST"], "He also urged action to persuade West Africans", [IGO], req=False),
    ], forbid=[F("many of the region's problems stem from low")],
        places=[P("Ivory Coast", "CIV"), P("Yamoussoukro", "CIV", 6.82, -5.28), P("Benin", "BEN"),
                P("Burkina Faso", "BFA"), P("Mali", "MLI"), P("Niger", "NER"), P("Senegal", "SEN"), P("Togo", "TGO")],
        dates=[D("today", "1987-03-30"), D("last month", "1987-02"), D("last week", "1987-03")],
        quantities=[Q("seven", 7, "countries")]),

    # 3. reuters-17935 (Tue 1987-06-02, Peking): China takes a serious view of the Multi-Fibre Agreement protocol,
    #    which it says infringes GATT principles, the People's Daily says, quoting a trade ministry spokesman; China
    #    signed the protocol on May 31, ten months after the others; a US diplomat says the US had said it would
    #    impose unilateral restraints if China did not sign, and that the two have held two rounds of talks on a new
    #    textile pact. The criticism ACCUSE (CHN to the protocol's parties under GATT, IGO; official: the state paper
    #    quotes the ministry; in CHN), China's signing on May 31 SUPPORT (the manual's `sign`; AGREE accepted) and the
    #    two rounds of talks CONSULT (either side; from an unnamed diplomat: anonymous) required; the spokesman's
    #    restatement, last July's adoption by fifty states (historical), the months of talks, the US threat of
    #    restraints THREATEN (historical) and the ministry's admission of overshipment CONCEDE optional; the
    #    diplomat's export estimate forbidden.
    article(REU + "17935", "1987-06-02", [
        E(["ACCUSE"], "took a serious view of a Multi-Fibre\nAgreement", ["CHN"], [IGO], location_country="CHN"),
        E(["ACCUSE"], "would\naffect international textile trade", ["CHN"], [IGO], req=False),
        E(["AGREE", "SUPPORT"], "adopted the new MFA\nlast July", [IGO], req=False, modality=H, date="1986-07"),
        E(["SUPPORT", "AGREE"], "China signed the protocol on May 31", ["CHN"], [IGO], date="1987-05-31"),
        E(["CONSULT"], "had had months of\ntalks on the issue", US_CN, US_CN, req=False, modality=H,
          attribution="anonymous"),
        E(["THREATEN"], "would have to\nintroduce unilateral restraints", ["USA"], ["CHN"], req=False, modality=H,
          attribution="anonymous"),
        E(["CONSULT"], "had held two rounds of\ntalks", US_CN, US_CN, attribution="anonymous"),
        E(["CONCEDE"], "admitted to last week", ["CHN"], req=False, date="1987-05",
          attribution="anonymous"),
    ], forbid=[F("He estimated total 1987 textile exports")],
        places=[P("China", "CHN"), P("Geneva", "CHE", 46.20, 6.14)],
        dates=[D("July 31", "1986-07-31"), D("last July", "1986-07"), D("May 31", "1987-05-31"),
               D("1986", "1986"), D("1985", "1985"), D("this year", "1987"), D("last week", "1987-05")],
        quantities=[Q("Fifty", 50, "countries"), Q("1.314 billion yuan", 1314000000, "CNY"),
                    Q("870\nmln", 870000000, "CNY"), Q("24 pct", 24, "percent"), Q("15 pct", 15, "percent")]),

    # 4. reuters-20441 (Tue 1987-10-20, Washington): Agriculture Secretary Lyng, in an interview, says the GATT
    #    panel's coming ruling on the US complaint against Japan's quotas on 12 food categories may influence the US
    #    stance on beef and citrus; he repeats the US demand that Japan lift its beef and citrus quotas after March 31
    #    next year and says the US will not negotiate or accept new quotas and would consider them illegal under
    #    GATT. The repeated demand REQUEST (USA to JPN; in USA) and the refusal to negotiate new quotas REJECT
    #    (THREATEN accepted; USA to JPN) required; the complaint challenged before the panel ACCUSE (historical),
    #    Tokyo's stand that the quotas must remain REJECT and the conditional warning that new quotas would be
    #    illegal ACCUSE (future; THREATEN accepted) optional; Lyng's forecasts of the ruling's influence and outcome
    #    forbidden.
    article(REU + "20441", "1987-10-20", [
        E(["REQUEST"], "demand that Japan lift the quotas on\nbeef", ["USA"], ["JPN"], location_country="USA"),
        E(["ACCUSE", "REQUEST"], "which the United\nStates has challenged", ["USA"], ["JPN"], req=False, modality=H),
        E(["REJECT"], "which Tokyo says must remain in place", ["JPN"], ["USA"], req=False),
        E(["REJECT", "THREATEN"], "We will not negotiate new quotas", ["USA"], ["JPN"], location_country="USA"),
        E(["ACCUSE", "THREATEN"], "we would consider that an\nillegal action", ["USA"], ["JPN"], req=False,
          modality=FUT),
    ], forbid=[F("may influence the U.S. stance"), F("he is optimistic the ruling will\nfavor")],
        places=[P("Japan", "JPN"), P("Tokyo", "JPN", 35.68, 139.69), P("United\nStates", "USA")],
        dates=[D("March 31", "1988-03-31"), D("next year", "1988"), D("this year", "1987"),
               D("next\nApril", "1988-04")]),

    # 5. reuters-7952 (Fri 1987-03-20, Brussels): the EC's environment ministers agree on new rules to cut diesel
    #    exhaust emissions from trucks and buses by 20 pct, and give West Germany a go-ahead to move towards a ban on
    #    leaded regular petrol after Bonn requested permission, diplomats say. The agreement AGREE (the members with
    #    each other: IGO, no recipient; in BEL) and the go-ahead SUPPORT (the manual's approval of an action; AGREE
    #    accepted; IGO to DEU; from diplomats: anonymous; in BEL) required; the ministers' meeting CONSULT, the
    #    rules' terms (the same agreement, from diplomats) and Bonn's request REQUEST (DEU to IGO) optional; the
    #    Commission's expected emission fall forbidden.
    article(REU + "7952", "1987-03-20", [
        E(["AGREE"], "agreed on\nnew rules to cut diesel exhaust emissions", [IGO], location_country="BEL"),
        E(["CONSULT"], "EC environment ministers meeting here", [IGO], req=False, attribution="anonymous"),
        E(["AGREE"], "agreed\nmember states would have to reduce", [IGO], req=False, attribution="anonymous"),
        E(["SUPPORT", "AGREE"], "gave West Germany a go-ahead", [IGO], ["DEU"], attribution="anonymous",
          location_country="BEL"),
        E(["REQUEST"], "Bonn\nrequested permission", ["DEU"], [IGO], req=False, attribution="anonymous"),
    ], forbid=[F("was expected to drop to 2.4 mln tonnes")],
        places=[P("West Germany", "DEU"), P("Bonn", "DEU", 50.73, 7.10)],
        dates=[D("April 1988", "1988-04"), D("October 1990", "1990-10")],
        quantities=[Q("20 pct", 20, "percent"), Q("2.4 mln tonnes", 2400000, "tonnes"),
                    Q("three mln tonnes", 3000000, "tonnes"), Q("nine mln", 9000000, "vehicles")]),

    # 6. reuters-8596 (timestamp Tue 1987-03-24 01:11, dateline Taupo, New Zealand, March 23): the Philippines' trade
    #    secretary Concepcion tells the trade ministers at the informal GATT meeting that he wonders whether their
    #    agreements are of any real value after the EC proposed a levy on vegetable oils and ignored Manila's request
    #    for lower coconut oil tariffs. The criticism ACCUSE (PHL to the EC, IGO; in NZL) required; the EC's proposed
    #    levy (THREATEN, SANCTION: a measure proposed against others' exports), the Uruguay declaration of last
    #    September (historical), the criticism restated ACCUSE, the EC's ignoring of Manila's request REJECT
    #    (historical) and the meeting CONSULT optional; his remark that the Council might reject the levy (a forecast;
    #    only the quoted criticism ACCUSE allowed there) and his figure of the industrial nations' savings forbidden.
    article(REU + "8596", "1987-03-24", [
        E(["ACCUSE"], "wondered if their agreement was of any real value", ["PHL"], [IGO], location_country="NZL"),
        E(["THREATEN", "SANCTION"], "(EC) proposed a levy", [IGO], req=False),
        E(["CONSULT"], "speaking at an informal meeting", ["PHL", IGO], ["PHL", IGO], req=False),
        E(["AGREE"], "ministers\ndeclared in Uruguay last September", [IGO], req=False, modality=H, date="1986-09"),
        E(["ACCUSE"], "but proposed a levy on vegetable oils\nand fats", ["PHL"], [IGO], req=False),
        E(["REJECT"], "ignored Manila's request for lower\ntariffs", [IGO], ["PHL"], req=False, modality=H),
    ], forbid=[F("the levy might be rejected by the EC\nCouncil", allow=["ACCUSE"]),
               F("industrialised nations saved about 65 billion")],
        places=[P("Uruguay", "URY"), P("Manila", "PHL", 14.60, 120.98)],
        dates=[D("last September", "1986-09"), D("1985", "1985")],
        quantities=[Q("65 billion", 65000000000, "USD")]),

    # 7. reuters-15313 (Wed 1987-04-08, Ottawa): Canada plans to monitor steel shipments in and out of the country to
    #    appease US concerns over its steel exports, Trade Minister Carney says; Canadian firms are asked to exercise
    #    prudence in the US market and the two countries are considering a joint commission on the steel problem; some
    #    US lawmakers have proposed limiting Canada's share of the US market. The monitoring plan CONCEDE (a promise of
    #    a future step meeting another's concern; COOPERATE and AGREE accepted; CAN to USA; future; in CAN) required;
    #    the quoted restatement, the request to firms (domestic), the joint commission considered AGREE
    #    (hypothetical; CONSULT accepted) and the lawmakers' proposed limit THREATEN (REQUEST and SANCTION accepted;
    #    historical) optional; the shipment figures forbidden.
    article(REU + "15313", "1987-04-08", [
        E(["CONCEDE", "COOPERATE", "AGREE"], "plans to monitor steel shipments", ["CAN"], ["USA"], modality=FUT,
          location_country="CAN"),
        E(["CONCEDE", "COOPERATE", "AGREE"], "the government is taking further action", ["CAN"], ["USA"], req=False,
          modality=FUT),
        E(["REQUEST"], "were being asked to\nexercise prudence", ["CAN"], ["CAN", MNC], req=False),
        E(["AGREE", "CONSULT"], "considering establishing a joint commission", US_CA, US_CA, req=False,
          modality=HYP),
        E(["THREATEN", "REQUEST", "SANCTION"], "lawmakers have proposed Canada's share", ["USA"], ["CAN"], req=False,
          modality=H),
    ], forbid=[F("have risen to 5.7 pct")],
        places=[P("Canada", "CAN")],
        quantities=[Q("5.7 pct", 5.7, "percent"), Q("2.4 pct", 2.4, "percent")]),

    # 8. reuters-10767 (Mon 1987-03-30, Tokyo): Prime Minister Nakasone, quoted by Kyodo, wants the chip dispute with
    #    the US resolved through consultations; expressing regret over the US decision to impose tariffs, he says
    #    Tokyo is willing to send a high-level official to Washington; officials say Japan will request emergency
    #    talks next week; Washington announced the tariffs on Friday. The regret ACCUSE (REJECT accepted; JPN to USA)
    #    and the offer to send an official AGREE (a meeting offered; CONSULT accepted; JPN to USA, either side) required
    #    (in JPN); the quoted wish for consultations AGREE (attribution media: Kyodo's quote), the formal request next
    #    week REQUEST (future; from unnamed officials: anonymous) and Friday's tariff announcement THREATEN
    #    (historical; SANCTION accepted) optional; the expected proposal of a joint investigation forbidden.
    article(REU + "10767", "1987-03-30", [
        E(["AGREE"], "wants to resolve the issue through consultations", ["JPN"], ["USA"], req=False,
          attribution="media"),
        E(["ACCUSE", "REJECT"], "expressing regret over America's decision", ["JPN"], ["USA"],
          location_country="JPN"),
        E(["AGREE", "CONSULT"], "was willing to send a high-level official", US_JP, US_JP, modality=FUT,
          location_country="JPN"),
        E(["REQUEST"], "would make a formal request\nnext week", ["JPN"], ["USA"], req=False, modality=FUT,
          date="1987-04", attribution="anonymous"),
        E(["THREATEN", "SANCTION"], "Washington announced plans to put", ["USA"], ["JPN"], req=False, modality=H,
          date="1987-03-27"),
    ], forbid=[F("Tokyo is expected to propose")],
        places=[P("Japan", "JPN"), WASHINGTON, TOKYO, P("United States", "USA")],
        dates=[D("next week", "1987-04"), D("April 17", "1987-04-17"), D("Friday", "1987-03-27")],
        quantities=[Q("300\nmln dlrs", 300000000, "USD")]),

    # 9. reuters-7532 (Thu 1987-03-19, Buenos Aires): West German President von Weizsaecker, on a four-day official
    #    visit to Argentina, calls on creditor banks to ease pressure on Argentina's debt repayment terms; Argentina
    #    said last month it would suspend payments unless the banks loosened terms and granted a new loan; ecologists
    #    demonstrate against Argentina's plan for a fourth nuclear plant and a German firm's part in it. The call
    #    REQUEST (DEU to the banks, MNC), the visit CONSULT (either side) and the demonstration PROTEST (Argentine
    #    ecologists, ARG, against the government's plan, ARG; the German contractor DEU accepted) required (in ARG);
    #    his quoted remarks on the banks' pressure and on joint action (restatements) and Argentina's conditional
    #    warning of last month THREATEN (historical) optional; his view of Patagonia's potential forbidden.
    article(REU + "7532", "1987-03-19", [
        E(["REQUEST"], "called on creditor banks to ease pressure", ["DEU"], BANKS, location_country="ARG"),
        E(["THREATEN"], "it would suspend debt payments if\ncreditor banks", ["ARG"], BANKS, req=False, modality=H,
          date="1987-02"),
        E(["CONSULT"], "on a four-day official visit to Argentina", DE_AR, DE_AR, location_country="ARG"),
        E(["ACCUSE", "REQUEST"], "cannot remain indifferent to the pressure", ["DEU"], BANKS, req=False),
        E(["REQUEST"], "require joint action from creditor", ["DEU"], req=False),
        E(["PROTEST"], "staged a demonstration to protest", ["ARG"], ["ARG", "DEU"], location_country="ARG"),
    ], forbid=[F("could\nassure the economic future")],
        places=[P("Argentina", "ARG"), P("Patagonia", "ARG", -41.8, -68.9)],
        dates=[D("last month", "1987-02")],
        quantities=[Q("2.15 billion dlr", 2150000000, "USD"), Q("51\nbillion dlrs", 51000000000, "USD")]),

    # 10. reuters-15328 (Wed 1987-04-08, Washington): ministers of the Group of 24 developing countries, in a statement
    #     after their meeting, say the debt crisis is entering a new and dangerous phase and call for a ministerial
    #     committee to examine solutions; the statement says the existing strategy offers no prospect of a solution
    #     and calls for current flows and future credits to be examined. The call for the committee REQUEST (the G-24,
    #     IGO; recipient unnamed, left out) and the ministers' meeting CONSULT (IGO) required (in USA); the criticism
    #     of the existing strategy ACCUSE, the further call (restatement) and the plea for concessional financing
    #     REQUEST optional.
    article(REU + "15328", "1987-04-08", [
        E(["REQUEST"], "called for the formation of a\nministerial committee", [IGO], location_country="USA"),
        E(["CONSULT"], "following a meeting of the ministers", [IGO], location_country="USA"),
        E(["ACCUSE"], "offers no prospect for a\nlasting solution", [IGO], req=False),
        E(["REQUEST"], "called\nfor current flows and future credits", [IGO], req=False),
        E(["REQUEST"], "commensurate financing on concessional terms", [IGO], req=False),
    ]),

    # 11. reuters-10976 (Mon 1987-03-30, New York): French Prime Minister Chirac, on the first day of a three-day
    #     visit to the US, calls in a speech on the leading Western nations to set up a mechanism against volatile
    #     exchange rates, on the countries with high trade surpluses (an apparent reference to Japan) to open their
    #     markets, and warns the US that protectionist measures debated in Congress would bring a tough response from
    #     the EC. The call for the mechanism REQUEST (FRA; the several nations: recipient left out), the call on the
    #     surplus countries REQUEST (FRA to JPN), the warning THREATEN (a conditional warning: future; ACCUSE
    #     accepted; FRA to USA) and the visit CONSULT (either side) required (in USA); the quoted restatements, the
    #     accords as a basis SUPPORT, the Paris accords of February 22 AGREE (historical), the appeal for help to the
    #     Third World REQUEST and the administration's effort to tone down the trade bill (domestic) optional; his
    #     hope for concrete steps at coming meetings forbidden.
    article(REU + "10976", "1987-03-30", [
        E(["REQUEST"], "called on leading Western nations to set up a mechanism", ["FRA"], location_country="USA"),
        E(["REQUEST"], "should agree to set up a monetary", ["FRA"], req=False),
        E(["CONSULT"], "on the first day of a three-day visit", FR_US, FR_US, location_country="USA"),
        E(["SUPPORT"], "should serve as a basis", ["FRA"], req=False),
        E(["AGREE"], "agreed to stabilize exchange\nrates", ["USA", "GBR", "FRA", "DEU", "JPN"], req=False, modality=H,
          date="1987-02-22"),
        E(["REQUEST"], "called on countries\nwith high trade surpluses", ["FRA"], ["JPN"], location_country="USA"),
        E(["THREATEN", "ACCUSE"], "warned the United States that protectionist measures", ["FRA"], ["USA"],
          modality=FUT, location_country="USA"),
        E(["THREATEN"], "will react with energy and solidarity", ["FRA", IGO], ["USA"], req=False, modality=FUT),
        E(["REQUEST"], "is seeking to tone down a tough\ntrade bill", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "appealed for an effort from developed countries", ["FRA"], req=False),
        E(["REQUEST", "AID"], "must be complemented by\nfinancial aid", ["FRA"], req=False),
    ], forbid=[F("he hoped concrete steps could be reached")],
        places=[P("United States", "USA"), P("New York", "USA", 40.71, -74.01), P("Britain", "GBR"),
                P("France", "FRA"), P("West Germany", "DEU"), P("Japan", "JPN"), WASHINGTON,
                P("Venice", "ITA", 45.44, 12.33)],
        dates=[D("February 22", "1987-02-22"), D("June", "1987-06")]),

    # 12. reuters-11558 (Tue 1987-03-31, Washington): Undersecretary of State Armacost will visit Tokyo next week
    #     (April 6-8, the State Department says) for meetings with high-level officials that will include the growing
    #     chip trade row; Reagan announced last week tariffs on Japanese electronic goods from April 17 in retaliation
    #     for Tokyo's alleged failure to live up to the chip pact signed last September. The visit to come AGREE
    #     (future, as the earlier golds' visits to come; CONSULT accepted; either side; in JPN) required; last week's
    #     tariff announcement THREATEN (historical; SANCTION accepted) and last September's pact SUPPORT (historical;
    #     AGREE accepted) optional.
    article(REU + "11558", "1987-03-31", [
        E(["AGREE", "CONSULT"], "will visit Tokyo next week", US_JP, US_JP, modality=FUT, date="1987-04",
          location_country="JPN"),
        E(["THREATEN", "SANCTION"], "announced last week plans to impose", ["USA"], ["JPN"], req=False, modality=H,
          date="1987-03"),
        E(["SUPPORT", "AGREE"], "signed last September", US_JP, US_JP, req=False, modality=H, date="1986-09"),
    ], places=[TOKYO, P("Japan", "JPN")],
        dates=[D("next week", "1987-04"), D("last week", "1987-03"), D("April 17", "1987-04-17"),
               D("last September", "1986-09"), D("April 6", "1987-04-06")],
        quantities=[Q("30 mln dls", 30000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
