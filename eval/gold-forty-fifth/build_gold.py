"""Writes articles.json for the forty-fifth article gold (written blind): twelve 1987 Reuters wire stories from the
business side of the wire (select_stories.py: gold-twenty-second's list walked from position 1,301) that report acts
of political actors: US officials asking Japan's planning minister for help against a recession, Japan's letter to
Baldrige on the telecom carrier, Argentina's praise of its bank committee after the new financing package, the
Philippine bank talks narrowed to pricing, the EC's trade deal with Argentina, Norway's extended oil output cut in
support of OPEC, the Other Milds coffee producers' meeting to come, the US-Japan chip talks opened in Washington,
the ACP states' charge that the EC oils and fats tax would breach its accords, the World Bank's loan to Mexico, the
France-Yugoslavia economic commission, and the rubber pact negotiations at their make-or-break point.
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
EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
JP_US = ["JPN", "USA"]
AR_BANKS = ["ARG", MNC]
PH_BANKS = ["PHL", MNC]
FR_YU = ["FRA", "YUG"]
# The Other Milds coffee producers the story names (a group of states meeting: joint actors, no recipient).
OTHER_MILDS = ["CRI", "DOM", "ECU", "SLV", "GTM", "HND", "IND", "MEX", "NIC", "PNG", "PER"]
# The ACP states' ambassadors: the group (IGO), the chairing Jamaican ambassador's state and the states the story
# names as the worst hit.
ACP = [IGO, "JAM", "CIV", "SEN", "NGA", "PNG"]
# The rubber conference: the negotiating body (IGO) and its chairman's state.
INRA = [IGO, "THA"]
MANILA = P("Manila", "PHL", 14.60, 120.98)

ARTICLES = [
    # 1. reuters-19047 (Fri 1987-06-19, Tokyo): senior US officials are looking to Japan for help in buttressing the
    #    world economy should the US enter recession next year, Japanese government sources said (unnamed:
    #    anonymous); on his visit to the US earlier this month the planning minister was asked by Volcker and
    #    Sprinkel what Japan could do; congressmen and businessmen told him they wanted Japan's package implemented
    #    quickly; some congressmen expressed concern that the surplus was not falling fast enough; no one pressed
    #    him for a further rise of the yen. The officials' looking to Japan for help REQUEST (CONSULT accepted; USA
    #    to JPN), the visit CONSULT (either side; in USA) and the congressmen's wish REQUEST (USA to JPN) required;
    #    the question put by Volcker and Sprinkel (the request's detail), the package well received SUPPORT, the
    #    minister's explanation CONSULT and the congressmen's concern ACCUSE optional; "no one pressed" (negated)
    #    and the sources' worries forbidden.
    article(REU + "19047", "1987-06-19", [
        E(["REQUEST", "CONSULT"], "are looking to Japan for help", ["USA"], ["JPN"], attribution="anonymous"),
        E(["CONSULT"], "During a visit to the", JP_US, JP_US, date="1987-06", attribution="anonymous",
          location_country="USA"),
        E(["REQUEST", "CONSULT"], "Tetsuo Kondo was asked by both", ["USA"], ["JPN"], req=False, date="1987-06",
          attribution="anonymous", location_country="USA"),
        E(["SUPPORT"], "was generally well received", ["USA"], ["JPN"], req=False, attribution="anonymous"),
        E(["REQUEST"], "told Kondo they wanted the measures implemented quickly", ["USA"], ["JPN"],
          attribution="anonymous", location_country="USA"),
        E(["CONSULT"], "The Japanese minister explained", ["JPN"], ["USA"], req=False, attribution="anonymous"),
        E(["ACCUSE"], "some Congressmen expressed concern", ["USA"], ["JPN"], req=False, attribution="anonymous"),
    ], forbid=[F("no one pressed Kondo for a further rise"), F("Some government sources are also worried")],
        places=[P("Japan", "JPN")],
        dates=[D("next year", "1988"), D("earlier this month", "1987-06"), D("1988", "1988"), D("May", "1987-05"),
               D("April", "1987-04")],
        quantities=[Q("6,000 billion yen", 6000000000000, "JPY"), Q("10.2 pct", 10.2, "percent"),
                    Q("10 pct", 10, "percent"), Q("20 pct", 20, "percent")]),

    # 2. reuters-10311 (Fri 1987-03-27, Tokyo): Japan has sought to assure the US it is not trying to keep foreign
    #    equity in a new international telecom carrier below the legal limit, a Post and Telecommunications ministry
    #    official said (unnamed: anonymous); in a letter sent yesterday the postal minister told Baldrige the ministry
    #    does not object to the US firms' participation but opposes any foreign carrier having a management role; the
    #    ministry has urged the merger of the two rival firms and rejected Cable and Wireless's management role; its
    #    director again told ministry officials he opposes the merger proposal. The assurance (a denial of the US
    #    charge: REJECT, CONSULT accepted; JPN to USA) and the opposition to a foreign carrier's management role REJECT
    #    (JPN to USA; GBR, Cable and Wireless's state, accepted) required; the letter CONSULT (the assurance's
    #    carrier), the merger urged (domestic REQUEST) and the earlier rejection of Cable and Wireless optional; the
    #    analysts' and diplomats' readings and the firm director's opposition (a firm's act) forbidden.
    article(REU + "10311", "1987-03-27", [
        E(["REJECT", "CONSULT"], "Japan has sought to assure the", ["JPN"], ["USA"], attribution="anonymous",
          location_country="JPN"),
        E(["CONSULT"], "In a letter sent yesterday", ["JPN"], ["USA"], req=False, date="1987-03-26"),
        E(["REJECT"], "it does oppose any foreign international", ["JPN"], ["USA", "GBR"]),
        E(["REQUEST"], "has urged the merger of the two firms", ["JPN"], ["JPN"], req=False),
        E(["REJECT"], "It has also rejected management participation", ["JPN"], ["GBR"], req=False),
    ], forbid=[F("The move appears to be an effort"), F("again told ministry officials he opposes"),
               F("they think of all sorts of strategies")],
        places=[P("Japan", "JPN")],
        dates=[D("yesterday", "1987-03-26"), D("Thursday", "1987-04-02")],
        quantities=[Q("33 pct", 33, "percent"), Q("20 pct", 20, "percent"), Q("three pct", 3, "percent"),
                    Q("10 pct", 10, "percent")]),

    # 3. reuters-16864 (Fri 1987-04-17, New York): Argentina's undersecretary for external debt expects the new
    #    financing package, announced by the banks on Wednesday, to be completed quickly; he praised the committee
    #    for its cooperation and said the Reagan Administration lent "practical support"; bankers say the US pressed
    #    for an agreement after the economy minister threatened last week at the IMF meeting in Washington to break
    #    off talks; the bankers agreed to give Argentina Mexico's margin; Manila said on Wednesday it would demand the
    #    same spread. The deal announced AGREE (ARG and the banks, MNC, either side) and the praise SUPPORT (ARG to the
    #    banks) required; the US support SUPPORT and pressing REQUEST (anonymous, bankers), the minister's threat last
    #    week THREATEN (historical; in USA), the margin agreed (the deal's term), Argentina's pressing for a
    #    streamlining REQUEST (background), the 1984 package (historical) and Manila's demand REQUEST (PHL to the
    #    banks) optional; the undersecretary's expectation of a quick completion forbidden.
    article(REU + "16864", "1987-04-17", [
        E(["AGREE"], "which was announced by the banks on Wednesday", AR_BANKS, AR_BANKS, date="1987-04-15"),
        E(["SUPPORT"], "Gonzalez praised the committee for its cooperation", ["ARG"], BANKS),
        E(["SUPPORT"], "it had lent \"practical support", ["USA"], ["ARG"], req=False),
        E(["REQUEST"], "had pressed for an agreement", ["USA"], BANKS + ["ARG"], req=False,
          attribution="anonymous"),
        E(["THREATEN"], "threatened at last week's spring meeting", ["ARG"], BANKS, req=False, modality=H,
          date="1987-04", location_country="USA"),
        E(["AGREE"], "bankers agreed to give Argentina the same", BANKS, ["ARG"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "Argentina has pressed hard for a streamlining", ["ARG"], BANKS, req=False),
        E(["AGREE"], "which was agreed with the Citibank-led steering committee", AR_BANKS, AR_BANKS, req=False,
          modality=H, date="1984-12"),
        E(["REQUEST"], "it would demand a spread", ["PHL"], BANKS, req=False, date="1987-04-15"),
    ], forbid=[F("We expect to complete the package very quickly")],
        places=[P("Argentina", "ARG"), P("Washington", "USA", 38.90, -77.04), P("Mexico", "MEX"),
                P("Philippines", "PHL"), P("Venezuela", "VEN"), P("Brazil", "BRA"), MANILA],
        dates=[D("Wednesday", "1987-04-15"), D("December 1984", "1984-12"), D("August 1985", "1985-08"),
               D("last week", "1987-04")],
        quantities=[Q("five mln dlrs", 5000000, "USD"), Q("one mln dlrs", 1000000, "USD"),
                    Q("1.55 billion dlrs", 1550000000, "USD"), Q("12-year", 12, "years"),
                    Q("five years", 5, "years"), Q("7/8 pct", 0.875, "percent"), Q("13/16 pct", 0.8125, "percent"),
                    Q("30 billion dlrs", 30000000000, "USD")]),

    # 4. reuters-9714 (Thu 1987-03-26, New York): the latest round of talks between Philippine officials and the
    #    commercial bank creditors on rescheduling 9.4 billion dlrs is still proceeding with a narrower focus, the
    #    finance secretary said at a briefing on Wednesday; Manila has dropped its two-tier interest payment offer;
    #    foreign banking sources in Manila said on Tuesday that it raised its basic offer to 7/8 over LIBOR; Ongpin
    #    would not discuss the pricing or speculate on an accord; about six investment banks had been approached.
    #    The talks CONSULT (PHL and the banks, MNC, either side; in USA) and the offer dropped CONCEDE (a verbal
    #    concession: the proposal given up; RETREAT accepted; PHL to the banks) required; the raised offer CONCEDE
    #    (AGREE accepted; anonymous), the original offer AGREE (historical), the proposal left on the table AGREE and
    #    the investment banks approached CONSULT optional; the refusals to discuss and to speculate (no act toward
    #    another) and the bankers' reservations forbidden.
    article(REU + "9714", "1987-03-26", [
        E(["CONSULT"], "The latest round of talks between", PH_BANKS, PH_BANKS, location_country="USA"),
        E(["CONCEDE", "RETREAT"], "Manila has dropped a two-tier interest payment offer", ["PHL"], BANKS),
        E(["CONCEDE", "AGREE"], "had raised its basic interest rate offer", ["PHL"], BANKS, req=False,
          attribution="anonymous"),
        E(["AGREE"], "Manila originally offered to pay interest", ["PHL"], BANKS, req=False, modality=H),
        E(["AGREE"], "has now been left on the table", ["PHL"], BANKS, req=False),
        E(["CONSULT"], "about six investment banks had been approached", ["PHL"], BANKS, req=False),
    ], forbid=[F("would not discuss details of the pricing"), F("refused to speculate on when"),
               F("many bankers still had grave reservations")],
        places=[P("Philippines", "PHL"), MANILA],
        dates=[D("Wednesday", "1987-03-25"), D("Tuesday", "1987-03-24")],
        quantities=[Q("9.4 billion dlrs", 9400000000, "USD"), Q("three weeks", 3, "weeks"),
                    Q("six-year", 6, "years"), Q("45 mln dlrs", 45000000, "USD"),
                    Q("1.5 billion dlrs", 1500000000, "USD"), Q("seven-year", 7, "years")]),

    # 5. reuters-20511 (Tue 1987-10-20, Luxembourg): EC foreign ministers agreed a trade deal with Argentina to
    #    compensate it for the entry of Spain and Portugal, EC officials said (unnamed: anonymous), after West Germany
    #    withdrew its objections to larger beef quotas; Ireland and France opposed the deal but were outvoted; the
    #    ministers failed to agree deals with Canada and Japan; the EC asked GATT to arbitrate the fish dispute with
    #    Canada and decided to continue talks with Japan, whose offers of compensation it finds unsatisfactory; De
    #    Clercq: the Japanese concessions were not enough. The deal AGREE (CONCEDE accepted: compensation offered; the
    #    EC to ARG; in LUX), the request to GATT REQUEST (the EC to GATT, IGO; CAN accepted), the decision to continue
    #    talks with Japan CONSULT (AGREE accepted) and De Clercq's rejection of the concessions REJECT (the EC to JPN)
    #    required; West Germany's withdrawn objections CONCEDE, Ireland's and France's opposition REJECT, the terms
    #    offered restated, Argentina's complaint (historical), the negotiation under GATT rules, the EC's
    #    dissatisfaction and Japan's offers AGREE optional; the failure to agree with Canada and Japan forbidden (no
    #    agreement; CONSULT allowed).
    article(REU + "20511", "1987-10-20", [
        E(["AGREE", "CONCEDE"], "agreed a trade deal with Argentina designed", EC, ["ARG"], attribution="anonymous",
          location_country="LUX"),
        E(["CONCEDE"], "after West Germany withdrew objections", ["DEU"], EC + ["ARG"], req=False,
          attribution="anonymous"),
        E(["REJECT"], "Ireland and France continued to oppose the deal", ["IRL", "FRA"], EC + ["ARG"], req=False,
          attribution="anonymous"),
        E(["AGREE", "CONCEDE"], "The improved trade terms were offered", EC, ["ARG"], req=False),
        E(["ACCUSE", "REQUEST"], "after Argentina said that Spain and Portugal's entry", ["ARG"], EC, req=False,
          modality=H),
        E(["CONSULT"], "They have been negotiated under the rules", EC + ["ARG"], EC + ["ARG"], req=False),
        E(["REQUEST"], "the EC had asked GATT to arbitrate", EC, [IGO, "CAN"], attribution="anonymous"),
        E(["CONSULT", "AGREE"], "Ministers also decided to continue talks with Japan", EC, ["JPN"],
          attribution="anonymous", location_country="LUX"),
        E(["REJECT"], "has been unsatisfied with Japanese offers", EC, ["JPN"], req=False),
        E(["AGREE"], "Japan's main offers were to improve", ["JPN"], EC, req=False),
        E(["REJECT"], "We maintain our position that the", EC, ["JPN"], location_country="LUX"),
    ], forbid=[F("ministers failed to agree on new trade deals", allow=["CONSULT"])],
        places=[P("Argentina", "ARG"), P("Spain", "ESP"), P("Portugal", "PRT"), P("Canada", "CAN"),
                P("Japan", "JPN"), P("West Germany", "DEU"), P("Ireland", "IRL"), P("France", "FRA")],
        quantities=[Q("4,500 tonnes", 4500, "tonnes"), Q("34,300 tonnes", 34300, "tonnes"),
                    Q("3,000 tonnes", 3000, "tonnes"), Q("53,000 tonnes", 53000, "tonnes"),
                    Q("5,000 tonnes", 5000, "tonnes"), Q("10 pct", 10, "percent"),
                    Q("550,000 tonnes", 550000, "tonnes")]),

    # 6. reuters-19509 (Mon 1987-06-29, Oslo): Norway will extend its 7.5 pct cut in planned North Sea oil output in
    #    support of OPEC from July 15 to the end of the year, the Oil Ministry spokesman said; "we took a very positive
    #    view of the OPEC meeting in Vienna"; parliament will probably approve the cuts on July 10; the ministry has
    #    written to the oil companies; OPEC agreed this weekend in Vienna on its ceiling; Norway said earlier it would
    #    continue its curbs if OPEC kept its December accord; other producers have pledged support; Britain has
    #    refused to cooperate with OPEC's cuts. The extension COOPERATE (a state's material cooperation with OPEC,
    #    IGO; SUPPORT and AGREE accepted; future, from July 15; in NOR), the positive view SUPPORT (NOR to OPEC) and
    #    OPEC's agreement this weekend AGREE (the news's cause; in AUT) required; the contribution to continue, the
    #    letter to the oil companies (domestic), the earlier conditional pledge AGREE, the other producers' pledged
    #    support SUPPORT, the first round of cuts and OPEC's December accord (historical) and Britain's refusal REJECT
    #    optional; the minister's "no official statement" forbidden.
    article(REU + "19509", "1987-06-29", [
        E(["COOPERATE", "SUPPORT", "AGREE"], "will extend its 7.5 pct cutback", ["NOR"], [IGO], modality=FUT,
          date="1987-07-15", location_country="NOR"),
        E(["SUPPORT"], "We took a very positive view of the OPEC meeting", ["NOR"], [IGO], location_country="NOR"),
        E(["AGREE", "COOPERATE"], "we shall continue making our contribution", ["NOR"], [IGO], req=False,
          modality=FUT),
        E(["CONSULT", "REQUEST"], "The ministry had written to Norway's oil companies", ["NOR"], ["NOR"],
          req=False),
        E(["AGREE"], "OPEC agreed this weekend in Vienna", [IGO], date="1987-06", location_country="AUT"),
        E(["AGREE"], "previously said it would continue its output curbs", ["NOR"], [IGO], req=False,
          modality=H),
        E(["SUPPORT"], "have also pledged support for OPEC's bid", ["RUS", "SUN", "MEX", "CHN", "MYS", "EGY"],
          [IGO], req=False, modality=H),
        E(["COOPERATE"], "Norway decided on the initial round of cuts", ["NOR"], [IGO], req=False, modality=H),
        E(["AGREE"], "following an OPEC agreement last December", [IGO], req=False, modality=H, date="1986-12"),
        E(["REJECT"], "has consistently refused to cooperate with OPEC", ["GBR"], [IGO], req=False),
    ], forbid=[F("has made no official statement")],
        places=[P("Norway", "NOR"), P("Vienna", "AUT", 48.21, 16.37), P("Iceland", "ISL"),
                P("Soviet Union", "RUS"), P("Mexico", "MEX"), P("China", "CHN"), P("Malaysia", "MYS"),
                P("Egypt", "EGY"), P("Britain", "GBR")],
        dates=[D("July 15", "1987-07-15"), D("February 1", "1987-02-01"), D("July 10", "1987-07-10"),
               D("last December", "1986-12"), D("1986", "1986"), D("1995", "1995")],
        quantities=[Q("7.5 pct", 7.5, "percent"), Q("16.6 mln barrels per day", 16600000, "bpd"),
                    Q("18 dlr", 18, "USD"), Q("15.8 mln bpd", 15800000, "bpd"), Q("18.3 mln", 18300000, "bpd"),
                    Q("one mln bpd", 1000000, "bpd"), Q("10 pct", 10, "percent"), Q("840,000 bpd", 840000, "bpd"),
                    Q("1.5 mln bpd", 1500000, "bpd"), Q("80,000 bpd", 80000, "bpd"), Q("40 pct", 40, "percent")]),

    # 7. reuters-12490 (Thu 1987-04-02, London): the Other Milds coffee producers will meet on May 4 in Guatemala to
    #    discuss restoring export quotas, producer delegates said (unnamed: anonymous) after the closing session of
    #    the ICO executive board; the group might consult Brazil and Colombia; the board meeting ended without moves
    #    to restart the quota negotiations, which broke down last month; further consultations and a board session in
    #    Indonesia June 1-5 to come. The meeting to come AGREE (CONSULT accepted; the named producers as joint
    #    actors, no recipient; future; in GTM) and the board meeting CONSULT (the ICO, IGO; in GBR) required; the
    #    consultation with Brazil and Colombia (hypothetical), the negotiations broken down last month (historical),
    #    the consultations expected and the next board session (future) optional.
    article(REU + "12490", "1987-04-02", [
        E(["AGREE", "CONSULT"], "will meet May 4 in Guatemala", OTHER_MILDS, modality=FUT, date="1987-05-04",
          attribution="anonymous", location_country="GTM"),
        E(["CONSULT"], "might consult with Brazil and Colombia", OTHER_MILDS, ["BRA", "COL"], req=False,
          modality=HYP, attribution="anonymous"),
        E(["CONSULT"], "The ICO board meeting ended", [IGO] + OTHER_MILDS, date="1987-04-02",
          attribution="anonymous", location_country="GBR"),
        E(["CONSULT", "REJECT"], "which broke down last month", [IGO] + OTHER_MILDS, req=False, modality=H,
          date="1987-03"),
        E(["CONSULT"], "Producers are expected to hold other consultations", OTHER_MILDS, req=False, modality=FUT),
        E(["CONSULT"], "the next regular board session will be in Indonesia", [IGO], req=False, modality=FUT,
          date="1987-06-01", location_country="IDN"),
    ], places=[P("Guatemala", "GTM"), P("Costa Rica", "CRI"), P("Dominican Republic", "DOM"), P("Ecuador", "ECU"),
               P("El Salvador", "SLV"), P("Honduras", "HND"), P("India", "IND"), P("Mexico", "MEX"),
               P("Nicaragua", "NIC"), P("Papua New Guinea", "PNG"), P("Peru", "PER"), P("Brazil", "BRA"),
               P("Colombia", "COL"), P("Indonesia", "IDN")],
        dates=[D("May 4", "1987-05-04"), D("last month", "1987-03"), D("June 1", "1987-06-01")]),

    # 8. reuters-15761 (Thu 1987-04-09, Washington): a senior Japanese trade official (MITI's vice minister, flown
    #    in from Tokyo) met US negotiators (the deputy trade representative) in an emergency effort to head off the
    #    US tariffs on Japanese semiconductor goods due on April 17; a second round is set for tomorrow; US officials
    #    have said Japan failed to live up to the chip agreement and little could be done to avert the tariffs. The
    #    talks CONSULT (either side; in USA) required; the flight in for the talks (the visit, the same act), the
    #    second round tomorrow (future; AGREE accepted), the officials' charge ACCUSE (a restated background charge;
    #    anonymous) and the tariffs due April 17 SANCTION (future) optional.
    article(REU + "15761", "1987-04-09", [
        E(["CONSULT"], "A senior Japanese trade official met", JP_US, JP_US, date="1987-04-09",
          location_country="USA"),
        E(["CONSULT"], "flew in from Tokyo for the talks", ["JPN"], ["USA"], req=False, location_country="USA"),
        E(["CONSULT", "AGREE"], "A second round of talks is set for tomorrow", JP_US, JP_US, req=False,
          modality=FUT, date="1987-04-10", location_country="USA"),
        E(["ACCUSE"], "Japan has failed to live up to its semiconductor agreement", ["USA"], ["JPN"], req=False,
          attribution="anonymous"),
        E(["SANCTION"], "set to go into effect on April 17", ["USA"], ["JPN"], req=False, modality=FUT,
          date="1987-04-17"),
    ], places=[P("Tokyo", "JPN", 35.68, 139.69)],
        dates=[D("April 17", "1987-04-17"), D("tomorrow", "1987-04-10")],
        quantities=[Q("300 mln dlrs", 300000000, "USD")]),

    # 9. reuters-18150 (Tue 1987-06-02, Brussels): ambassadors to the EC of the ACP states told a press conference
    #    that the EC would breach the Lome Convention and its GATT standstill undertaking if it went ahead with its
    #    proposed oils and fats tax, failing to follow the Lome consultation procedures; EC farm ministers are split
    #    and expected to decide at their meeting from June 15; the US and Malaysia may retaliate if the tax is
    #    approved; the ACP would take such steps only as a very last resort and is in touch with other countries
    #    opposing the plan. The charge ACCUSE (the ACP, IGO, and its named states to the EC; in BEL) required; the
    #    failure to consult and the breach of the undertaking (the charge's details), the Commission's proposed tax
    #    (a plan), the ministers' meeting to come (future), the US and Malaysian threat THREATEN (background), the
    #    ACP's last-resort steps THREATEN (hypothetical) and its contacts with other opponents CONSULT optional.
    article(REU + "18150", "1987-06-02", [
        E(["ACCUSE"], "would breach two international agreements", ACP, EC, location_country="BEL"),
        E(["ACCUSE"], "failed to follow consultation procedures", ACP, EC, req=False, location_country="BEL"),
        E(["ACCUSE"], "would be in breach of an undertaking", ACP, EC, req=False, location_country="BEL"),
        E(["SANCTION"], "has proposed a tax of up to 330", EC, req=False, modality=HYP),
        E(["CONSULT"], "are expected to decide it at a marathon meeting", EC, req=False, modality=FUT,
          date="1987-06-15", location_country="LUX"),
        E(["THREATEN"], "they may take retaliatory action", ["USA", "MYS"], EC, req=False, modality=HYP),
        E(["THREATEN"], "would take such steps only", ACP, EC, req=False, modality=HYP),
        E(["CONSULT"], "is in touch with other countries", ACP, req=False),
    ], places=[P("Luxembourg", "LUX", 49.61, 6.13), P("Malaysia", "MYS"), P("Jamaica", "JAM"),
               P("Ivory Coast", "CIV"), P("Senegal", "SEN"), P("Nigeria", "NGA"), P("Papua New Guinea", "PNG")],
        dates=[D("June 15", "1987-06-15")],
        quantities=[Q("330 European currency units", 330, "XEU"), Q("two billion Ecus", 2000000000, "XEU"),
                    Q("185 mln Ecus", 185000000, "XEU")]),

    # 10. reuters-18797 (Thu 1987-06-18, Washington): the World Bank said it has lent Mexico 400 mln dlrs to support
    #     an agricultural credit project; the loan is guaranteed by the government. The loan AID (IGO to MEX)
    #     required; the government's guarantee (COOPERATE; AGREE accepted; MEX to the bank) optional.
    article(REU + "18797", "1987-06-18", [
        E(["AID"], "it has loaned Mexico 400 mln dlrs", [IGO], ["MEX"]),
        E(["COOPERATE", "AGREE"], "guaranteed by the government", ["MEX"], [IGO], req=False),
    ], places=[P("Mexico", "MEX")],
        quantities=[Q("400 mln dlrs", 400000000, "USD"), Q("15 years", 15, "years"), Q("three years", 3, "years"),
                    Q("7.92 pct", 7.92, "percent")]),

    # 11. reuters-2499 (Thu 1987-03-05, Paris): France and Yugoslavia agreed to set up a joint economic commission of
    #     businessmen, agreed during talks between the French foreign trade minister and a Yugoslav minister, the
    #     French Finance Ministry said; both sides agreed on the need to boost trade, in keeping with last year's
    #     accord. The agreement AGREE (joint actors; in FRA) and the talks CONSULT (either side; in FRA) required;
    #     the need agreed (the agreement restated) and last year's accord (historical) optional.
    article(REU + "2499", "1987-03-05", [
        E(["AGREE"], "agreed to set up a joint economic commission", FR_YU, location_country="FRA"),
        E(["CONSULT"], "was agreed during talks between", FR_YU, FR_YU, location_country="FRA"),
        E(["AGREE"], "both sides had agreed on the need", FR_YU, req=False),
        E(["AGREE"], "an accord signed last year", FR_YU, req=False, modality=H, date="1986"),
    ], places=[P("France", "FRA"), P("Yugoslavia", "YUG")],
        dates=[D("last year", "1986")],
        quantities=[Q("50 pct", 50, "percent"), Q("six years", 6, "years"), Q("two years", 2, "years")]),

    # 12. reuters-4824 (Fri 1987-03-13, Geneva): negotiations on a new International Natural Rubber Agreement approach
    #     the make-or-break point, delegates said (unnamed: anonymous); the conference chairman (Thailand's) is
    #     holding consultations with a small group of producers and consumers; the talks began on Monday and last
    #     until March 20; consumers ask that price adjustments be automatic; producers want the council to keep the
    #     last word and have resisted; consumers may drop their insistence on a lower floor price and producers may
    #     agree to more frequent reviews. The negotiations CONSULT (the conference, IGO, and its chairman's state, as
    #     joint actors) and the chairman's consultations CONSULT, the consumers' request REQUEST and the producers'
    #     resistance REJECT (the unnamed consuming and producing states: no code) required; the talks' opening
    #     (historical), the weekend meetings (hypothetical) and the two possible concessions CONCEDE (hypothetical)
    #     optional; the delegates' optimism forbidden.
    article(REU + "4824", "1987-03-13", [
        E(["CONSULT"], "are approaching the make-or-break point", INRA, attribution="anonymous",
          location_country="CHE"),
        E(["CONSULT"], "is holding consultations with a small group", INRA, location_country="CHE"),
        E(["CONSULT"], "When the talks began on Monday", INRA, req=False, modality=H, date="1987-03-09",
          location_country="CHE"),
        E(["CONSULT"], "he may hold weekend meetings", INRA, req=False, modality=HYP),
        E(["REQUEST"], "Consumers are asking that", attribution="anonymous"),
        E(["REJECT"], "have resisted reducing its role", attribution="anonymous"),
        E(["CONCEDE"], "consumers may consider dropping their insistence", req=False, modality=HYP,
          attribution="anonymous"),
        E(["CONCEDE", "AGREE"], "producers may consider agreeing", req=False, modality=HYP,
          attribution="anonymous"),
    ], forbid=[F("there seems to be optimism")],
        places=[P("Thailand", "THA")],
        dates=[D("Monday", "1987-03-09"), D("March 20", "1987-03-20")],
        quantities=[Q("five pct", 5, "percent"), Q("six months", 6, "months"), Q("12 month", 12, "months")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
