"""Writes articles.json for the twenty-sixth article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 160, after
gold-twenty-third) that report acts of political actors: US-Japan trade diplomacy (the chip tariffs, farm
quotas), a Senate vote against a Canadian tariff, Canada's threatened ban on Danish pigmeat, a French call on the
Louvre accords after US criticism of West Germany, the World Bank and Indonesia (twice) and Peru, a GATT
chairman's visit to Washington, Poland's price rises and the unions, and a federal insider-trading indictment.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community: EUR or IGO (the earlier golds' convention)
US_JP = ["USA", "JPN"]             # a meeting of both sides: all parties as actor, no recipient
SOVIET = ["SUN", "RUS"]            # the Soviet Union (the earlier golds' convention)
LOUVRE = ["USA", "FRA", "DEU", "JPN", "GBR", "CAN", IGO]   # the Group of Five and Canada, or the group as IGO
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-12776 (Fri 1987-04-03, Tokyo): MITI's vice minister insists that Japan lives up to its chip pact
    #    with the US and denies that it seeks to dominate semiconductors, before emergency talks he will lead in
    #    Washington next week; the US announced tariffs on Japanese electronics last week. The denial REJECT
    #    (JPN to USA), the talks next week AGREE/CONSULT (future; both sides as actor, no recipient) and last
    #    week's tariffs SANCTION (USA to JPN; a recent act, the news's cause, as gold-twenty-third's 17948)
    #    required; his quote restating the denial, the US charge of failure ACCUSE, the 1986 pact AGREE
    #    (historical), his claim of measures already taken and "cannot guarantee ... a specified share" REJECT
    #    optional; his intent to convince the US forbidden (a hope, no act).
    article(REU + "12776", "1987-04-03", [
        E(["REJECT"], "has insisted that the country was living up to its microchip pact", ["JPN"], ["USA"]),
        E(["REJECT", "ACCUSE"], "nor should it be thought, we are trying to dominate", ["JPN"], ["USA"], req=False),
        E(["CONSULT", "AGREE"], "going to Washington next week for emergency talks", US_JP, modality=FUT,
          date="1987-04", location_country="USA"),
        E(["SANCTION"], "last week announced an imposition of tariffs", ["USA"], ["JPN"], date="1987-03"),
        E(["ACCUSE"], "what it sees as Tokyo's failure to abide by the pact", ["USA"], ["JPN"], req=False),
        E(["AGREE"], "Under the agreement Japan would stop selling", US_JP, req=False, modality=H),
        E(["REJECT"], "Tokyo has already taken measures to back up the pact", ["JPN"], ["USA"], req=False),
        E(["REJECT"], "Tokyo cannot guarantee the United States", ["JPN"], ["USA"], req=False),
    ], forbid=[F("he would try his best to convince")],
        places=[WASHINGTON, P("United States", "USA"), P("Japan", "JPN")],
        dates=[D("next week", "1987-04"), D("last week", "1987-03")]),

    # 2. reuters-10670 (timestamp Sun 1987-03-29, dateline Warsaw March 30): Poland's government raised food, fuel
    #    and energy prices but scaled the rises down under pressure from the official unions; Walesa condemned the
    #    rises before a crowd in Gdansk. The concession to the unions CONCEDE (POL to POL) and Walesa's
    #    condemnation ACCUSE (PROTEST accepted: said before a crowd of supporters; POL to POL) required; the
    #    communique's restatement of the concession, the unions' warning earlier this month THREATEN (the
    #    pressure behind the news, weeks old), their criticism of the rises ACCUSE, the government's pledges to
    #    protect purchasing power AGREE (historical), Solidarity's ban (historical), Walesa's restatements and his
    #    support for Gorbachev's reforms SUPPORT optional; the annual plan's figure forbidden. The price rises themselves are economic
    #    policy with no PLOVER interaction (left unannotated).
    article(REU + "10670", "1987-03-29", [
        E(["CONCEDE"], "by reducing the scale of the increases under pressure", ["POL"], ["POL"]),
        E(["CONCEDE"], "in accepting a portion of the trades unions' demands", ["POL"], ["POL"], req=False),
        E(["THREATEN"], "warned earlier this month it would fight", ["POL"], ["POL"], req=False, date="1987-03"),
        E(["ACCUSE"], "the rises would badly affect the lower paid", ["POL"], ["POL"], req=False),
        E(["AGREE"], "despite government pledges to protect", ["POL"], ["POL"], req=False, modality=H),
        E(["ACCUSE", "PROTEST"], "condemned the increases in front of a crowd", ["POL"], ["POL"],
          location_country="POL"),
        E(["SANCTION", "COERCE"], "whose banned organisation has been replaced", ["POL"], ["POL"], req=False,
          modality=H),
        E(["ACCUSE"], "I am decidedly against", ["POL"], ["POL"], req=False),
        E(["SUPPORT"], "I favour the reforms which", ["POL"], SOVIET, req=False),
    ], forbid=[F("its annual plan for the economy had specified")],
        places=[P("Poland", "POL"), P("Gdansk", "POL", 54.35, 18.65)],
        dates=[D("Saturday", "1987-03-28"), D("April 1", "1987-04-01"), D("next month", "1987-04"),
               D("October", "1987-10"), D("earlier this month", "1987-03")],
        quantities=[Q("9.3 pct", 9.3, "percent"), Q("13 pct", 13, "percent"),
                    Q("seven million members", 7000000, "members"), Q("1,500", 1500, "supporters")]),

    # 3. reuters-11254 (Tue 1987-03-31, New York): the US trade representative says in a TV interview that the US
    #    is willing to drop the tariffs on Japanese electronics if Japan abides by the chip agreement, that
    #    Japan's difficulties are of its own making and that Japan failed to implement two parts of the pact.
    #    The conditional offer AGREE (CONCEDE accepted: easing a sanction; USA to JPN), the blame ACCUSE, the
    #    charge of failing the pact ACCUSE and Friday's tariffs SANCTION (USA to JPN; a recent act, the news's
    #    cause, as in reuters-12776) required; his condition restated REQUEST, the charge's details
    #    and the summit meetings scheduled next month AGREE/CONSULT (future) optional; the dollar's fall and "We
    #    don't want to take retaliatory action" forbidden (the latter but for the tariffs of its sentence).
    article(REU + "11254", "1987-03-31", [
        E(["AGREE", "CONCEDE"], "Is willing to drop tariffs on Japanese electronic imports", ["USA"], ["JPN"]),
        E(["REQUEST"], "there has to be a clear indication", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "they have brought on themselves", ["USA"], ["JPN"]),
        E(["SANCTION"], "announced on Friday by President Reagan", ["USA"], ["JPN"], date="1987-03-27"),
        E(["CONSULT", "AGREE"], "the meetings scheduled next month in Washington", US_JP, req=False, modality=FUT,
          date="1987-04", location_country="USA"),
        E(["ACCUSE"], "Japan has failed to implement two parts", ["USA"], ["JPN"]),
        E(["ACCUSE"], "has failed to end predatory pricing", ["USA"], ["JPN"], req=False),
    ], forbid=[F("The dollar fell to 40-year lows"),
               F("We don't want to take retaliatory action", ["SANCTION"])],
        places=[WASHINGTON, P("Japan", "JPN")],
        dates=[D("today", "1987-03-31"), D("Friday", "1987-03-27"), D("next month", "1987-04")],
        quantities=[Q("300 million dlrs", 300000000, "USD")]),

    # 4. reuters-21512 (Mon 1987-10-19, Paris): France's finance minister calls for faithful adherence to the
    #    Louvre accords by all major industrial countries, answering Baker's weekend remarks that the US would
    #    take another look at the accords and that West Germany's rate rise was not in keeping with them. The
    #    call REQUEST (FRA; addressed to all major industrial countries, recipient left out) and Baker's charge
    #    on Sunday ACCUSE (USA to DEU; the recent act the news answers) required; the quoted call, Baker's "take
    #    another look" and "should not expect us to simply sit back" (ACCUSE, THREATEN accepted), his restated
    #    charge, the accords' agreement last February and their reaffirmation last month (historical) optional.
    article(REU + "21512", "1987-10-19", [
        E(["REQUEST"], "issued a firm call for the continued faithful application", ["FRA"]),
        E(["REQUEST"], "I firmly desire a faithfull and firm adherence", ["FRA"], req=False),
        E(["THREATEN", "ACCUSE"], "Would take another look at the accords", ["USA"], ["DEU"], req=False),
        E(["ACCUSE"], "was not in keeping with the accords", ["USA"], ["DEU"], date="1987-10-18"),
        E(["AGREE"], "agreed in Paris last February", LOUVRE, req=False, modality=H, date="1987-02",
          location_country="FRA"),
        E(["SUPPORT", "AGREE"], "The accords were reaffirmed by the Group of Seven", LOUVRE, req=False, modality=H,
          date="1987-09", location_country="USA"),
        E(["ACCUSE"], "not in keeping with the spirit of what we agreed to", ["USA"], ["DEU"], req=False),
        E(["ACCUSE", "THREATEN"], "they should not expect us to simply sit back", ["USA"], ["DEU"], req=False),
    ], places=[P("Paris", "FRA", 48.86, 2.35), WASHINGTON],
        dates=[D("Sunday", "1987-10-18"), D("last week", "1987-10"), D("last February", "1987-02"),
               D("last month", "1987-09")]),

    # 5. reuters-18642 (Thu 1987-06-18, Jakarta): Indonesia rejects the World Bank's recommendations for farm
    #    reform as its donors meet at The Hague to consider 2.5 billion dlrs of aid; the agriculture minister
    #    agrees with one recommendation. The rejection REJECT (IDN to IGO), the donors' meeting CONSULT (the
    #    donor group IGO, Indonesia, the host Netherlands; no recipient), the Bank's call for overhauls REQUEST
    #    (IGO to IDN) and the minister's agreement with one recommendation AGREE (SUPPORT accepted) required; the
    #    minister's quote and replies REJECT, the Bank report's criticisms ACCUSE, the production targets kept
    #    REJECT and his charge against the developed nations ACCUSE (no recipient) optional. The aid itself is
    #    only under consideration (not annotated as AID).
    article(REU + "18642", "1987-06-18", [
        E(["REJECT"], "Indonesia rejected World Bank recommendations", ["IDN"], [IGO]),
        E(["CONSULT"], "the country's foreign aid donors met to consider", [IGO, "IDN", "NLD"],
          date="1987-06-18", location_country="NLD"),
        E(["REJECT", "ACCUSE"], "The general argument presented by the Bank", ["IDN"], [IGO], req=False),
        E(["REQUEST"], "The Bank called for overhauls", [IGO], ["IDN"]),
        E(["ACCUSE"], "agricultural growth was stagnating under subsidies", [IGO], ["IDN"], req=False),
        E(["ACCUSE"], "the subsidies are a waste of money", [IGO], ["IDN"], req=False),
        E(["REJECT"], "Affandi replied that rice is the main staple", ["IDN"], [IGO], req=False),
        E(["AGREE", "SUPPORT"], "Affandi agreed with a bank recommendation", ["IDN"], [IGO]),
        E(["REJECT"], "would continue to maintain production targets", ["IDN"], [IGO], req=False),
        E(["ACCUSE"], "was especially critical of Indonesia's drive", [IGO], ["IDN"], req=False),
        E(["REJECT"], "were good arguments for continuing the sugar drive", ["IDN"], [IGO], req=False),
        E(["ACCUSE"], "price intervention in the developed nations", ["IDN"], req=False),
    ], places=[P("The Hague", "NLD", 52.08, 4.30), P("Indonesia", "IDN")],
        dates=[D("today", "1987-06-18")],
        quantities=[Q("2.5 billion dlrs", 2500000000, "USD"), Q("14 foreign donor nations", 14, "nations"),
                    Q("17 pct", 17, "percent")]),

    # 6. reuters-9989 (Thu 1987-03-26, Washington): the Senate votes 99 to 0 to seek an expedited probe of
    #    Canada's corn tariff to decide whether the US should retaliate, and goes on record against the tariff.
    #    The vote to seek a probe ACCUSE (the investigate mode; REQUEST accepted: it asks the trade
    #    representative; USA to CAN or USA) and the vote against the tariff ACCUSE (disapprove; USA to CAN)
    #    required; the Canadian tribunal's tariff SANCTION (CAN to USA; background), the measure's request
    #    restated and the retaliation it may recommend THREATEN (hypothetical: "if so recommend") optional.
    article(REU + "9989", "1987-03-26", [
        E(["ACCUSE", "REQUEST"], "voted unanimously to seek an expedited", ["USA"], ["CAN", "USA"]),
        E(["ACCUSE"], "the Senate went on record against", ["USA"], ["CAN"]),
        E(["SANCTION"], "tariff approved by the Canadian Import Tribunal", ["CAN"], ["USA"], req=False),
        E(["REQUEST", "ACCUSE"], "The non binding measure asked for a probe", ["USA"], ["USA", "CAN"], req=False),
        E(["THREATEN"], "retaliatory action against Canada", ["USA"], ["CAN"], req=False, modality=HYP),
    ], places=[P("Canada", "CAN"), P("United States", "USA")],
        quantities=[Q("84.9 cents", 0.849, "USD")]),

    # 7. reuters-6216 (Tue 1987-03-17, New York): a lawyer is named in a 24-count federal insider-trading
    #    indictment announced by the US attorney in Manhattan; he was arrested on February 17. The indictment
    #    ACCUSE (sue, indict or charge; USA to USA: the federal prosecutor and a US lawyer) required; the
    #    announcement and the charges restated and the arrest COERCE (historical, optional); the alleged theft
    #    (reported inside the charge), the sentence he could face (hypothetical), his resignation from a law firm
    #    (no public office) and the plea still to come forbidden.
    article(REU + "6216", "1987-03-17", [
        E(["ACCUSE"], "was named today in a 24-count federal indictment", ["USA"], ["USA"], date="1987-03-17"),
        E(["COERCE"], "who was arrested February 17", ["USA"], ["USA"], req=False, modality=H,
          date="1987-02-17"),
        E(["ACCUSE"], "who announced the indictment today", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "Grossman is charged with 12 counts", ["USA"], ["USA"], req=False),
    ], forbid=[F("allegedly stole information from the firm"),
               F("If convicted, he could be sentenced"),
               F("Grossman resigned from the law firm"),
               F("He is scheduled to enter a plea")],
        places=[P("New York", "USA", 40.71, -74.01), P("Manhattan", "USA", 40.78, -73.97)],
        dates=[D("today", "1987-03-17"), D("February 17", "1987-02-17"), D("last July", "1986-07"),
               D("July 21", "1986-07-21"), D("March 26", "1987-03-26")],
        quantities=[Q("1.5 mln dlrs", 1500000, "USD"), Q("1,006", 1006, "options"),
                    Q("33,938 dlrs", 33938, "USD"), Q("120 years", 120, "years"),
                    Q("six mln dlrs", 6000000, "USD")]),

    # 8. reuters-15206 (Wed 1987-04-08, Washington): the chairman of the GATT negotiating group on agriculture is
    #    in Washington for two days of meetings with lawmakers and officials; he met the House Agriculture
    #    Committee this morning. The visit CONSULT (the visitor as actor: IGO to USA) required; the morning
    #    meeting (a detail of the visit), his concern over protectionism ACCUSE and the lawmakers' answers (told
    #    by committee sources: attribution anonymous), the meetings later today and tomorrow and his trip to
    #    Canada (future) and the group's first meeting in February (historical) optional; the meeting expected
    #    in May is left unannotated (a forecast in the sentence of the February meeting).
    article(REU + "15206", "1987-04-08", [
        E(["CONSULT"], "is in Washington today and tomorrow to meet", [IGO], ["USA"], date="1987-04-08",
          location_country="USA"),
        E(["CONSULT"], "met this morning with members of the House", [IGO], ["USA"], req=False, date="1987-04-08",
          location_country="USA"),
        E(["ACCUSE"], "De Zeeuw expressed concern over protectionism", [IGO], ["USA"], req=False,
          attribution="anonymous"),
        E(["REJECT"], "can't eliminate subsidies unilaterally", ["USA"], [IGO], req=False, attribution="anonymous"),
        E(["ACCUSE"], "lawmakers' frustration with Japan's restrictive rice", ["USA"], ["JPN"], req=False,
          attribution="anonymous"),
        E(["CONSULT"], "Later today De Zeeuw will meet", [IGO], ["USA"], req=False, modality=FUT,
          date="1987-04-08"),
        E(["CONSULT"], "De Zeeuw is to meet the House Ways and Means", [IGO], ["USA"], req=False, modality=FUT,
          date="1987-04-09"),
        E(["CONSULT"], "De Zeeuw goes to Canada later this week", [IGO], ["CAN"], req=False, modality=FUT,
          date="1987-04", location_country="CAN"),
        E(["CONSULT"], "held its first meeting in February", [IGO], req=False, modality=H, date="1987-02"),
    ], places=[WASHINGTON, P("Canada", "CAN")],
        dates=[D("today", "1987-04-08"), D("tomorrow", "1987-04-09"), D("this morning", "1987-04-08"),
               D("later this week", "1987-04"), D("in February", "1987-02"), D("in May", "1987-05")]),

    # 9. reuters-18361 (Tue 1987-06-02, Lima): the World Bank has suspended loans to Peru over more than two
    #    months of arrears, after the government decided to stop paying the Bank, the central bank's general
    #    manager says. The suspension SANCTION (IGO to PER) and the decision to stop paying SANCTION (curtail an
    #    exchange; REJECT accepted; PER to IGO) required; the cut in repayments to 10 pct of export earnings
    #    (the standing hard-line stance) and Peru's search for an accommodation since late 1986 REQUEST
    #    (historical), its larger capital subscription SUPPORT/COOPERATE and the Bank's conditional resumption
    #    AGREE (hypothetical) optional; "not withdrawing from
    #    the world bank" (negated) and the reserves projection forbidden.
    article(REU + "18361", "1987-06-02", [
        E(["SANCTION"], "has suspended loans to Peru because", [IGO], ["PER"]),
        E(["SANCTION", "REJECT"], "the government decided to stop paying the World Bank", ["PER"], [IGO]),
        E(["SANCTION", "REJECT"], "has cut repayments to 10 pct of export earnings", ["PER"], req=False,
          modality=H),
        E(["REQUEST"], "Peru had sought an accomodation with the World Bank", ["PER"], [IGO], req=False,
          modality=H),
        E(["SUPPORT", "COOPERATE"], "recently increased its capital suscription", ["PER"], [IGO], req=False),
        E(["AGREE"], "would immediately resume loan disbursements", [IGO], ["PER"], req=False, modality=HYP),
    ], forbid=[F("Peru was not withdrawing from the world bank"),
               F("Reserves were projected to fall")],
        places=[P("Peru", "PER")],
        dates=[D("late 1986", "1986"), D("end-1985", "1985"), D("the end of last year", "1986"),
               D("May 22, 1987", "1987-05-22")],
        quantities=[Q("14.4 billion dlr", 14400000000, "USD"), Q("10 pct", 10, "percent"),
                    Q("three mln dollars", 3000000, "USD"), Q("521 mln dlrs", 521000000, "USD"),
                    Q("14.46 billion dollars", 14460000000, "USD"), Q("5.42 billion dollars", 5420000000, "USD"),
                    Q("2.172 billion dlrs", 2172000000, "USD"), Q("150 mln dlrs", 150000000, "USD")]),

    # 10. reuters-16947 (Tue 1987-04-21, Tokyo): the US agriculture secretary warns in Tokyo that Japanese
    #     officials do not grasp how explosive US protectionist sentiment is; in talks yesterday he and the trade
    #     representative asked Japan's farm minister to negotiate on rice and end beef and citrus quotas, and the
    #     minister rejected the request. His warning ACCUSE (a danger with no act of his own threatened: the
    #     disapproval mode, THREATEN accepted, as gold-twenty-third's 18399; USA to JPN), the talks CONSULT, the
    #     request REQUEST (USA to JPN) and Kato's rejection REJECT (JPN to USA) required; the "harsh mandatory
    #     retaliatory laws" quote and its restatements, his disappointment ACCUSE and his pledge never again to
    #     embargo farm shipments CONCEDE (a promise that a sanction will not happen; AGREE accepted) optional;
    #     Foley's prediction (a forecast; its visit allowed) and the rice bills introduced (legislation in
    #     drafting; the rejection and disappointment of its sentence allowed) forbidden.
    article(REU + "16947", "1987-04-21", [
        E(["ACCUSE", "THREATEN"], "Japanese government officials do not seem to understand", ["USA"], ["JPN"]),
        E(["THREATEN", "ACCUSE"], "We are on the verge of some very harsh", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "Senior Japanese officials do not seem to perceive", ["USA"], ["JPN"], req=False),
        E(["ACCUSE", "THREATEN"], "patience is beginning to be very much frayed", ["USA"], ["JPN"], req=False),
        E(["CONSULT"], "In talks with Japanese Agriculture Minister", US_JP, ["JPN", "USA"], date="1987-04-20",
          location_country="JPN"),
        E(["REQUEST"], "asked Japan to begin negotiations on its rice policy", ["USA"], ["JPN"],
          date="1987-04-20"),
        E(["ACCUSE"], "Lyng said he was disappointed", ["USA"], ["JPN"], req=False),
        E(["REJECT"], "Kato rejected the", ["JPN"], ["USA"], date="1987-04-20"),
        E(["CONCEDE", "AGREE"], "Will never again embargo shipments", ["USA"], ["JPN"], req=False),
    ], forbid=[F("predicted during a visit here", ["CONSULT"]),
               F("legislation on rice retaliation has been introduced", ["REJECT", "ACCUSE"])],
        places=[P("Japan", "JPN"), WASHINGTON],
        dates=[D("yesterday", "1987-04-20"), D("later this month", "1987-04"), D("1964", "1964"),
               D("1973", "1973")]),

    # 11. reuters-19555 (Mon 1987-06-29, Copenhagen): Canada has threatened to stop imports of Danish pigmeat from
    #     July 14 after its inspectors approved two of 33 slaughterhouses (a Danish agriculture ministry official
    #     told Reuters: attribution anonymous); Canada had postponed the July 1 deadline at the European
    #     Commission's request; Denmark's foreign minister says Denmark will not accept a ban. The threat
    #     THREATEN (CAN to DNK; future), the postponement CONCEDE (CAN to EUR/IGO or DNK) and the refusal REJECT
    #     (DNK to CAN) required; the Commission's request REQUEST, Denmark's appeal to it REQUEST, the
    #     slaughterhouse officials' suspicion ACCUSE and the Canadian official's "active discussions" CONSULT
    #     optional; the minister's "I am sure we can reach an understanding" (a forecast; the refusal of its
    #     sentence allowed) and the export figures forbidden.
    article(REU + "19555", "1987-06-29", [
        E(["THREATEN"], "Canada has threatened to stop imports", ["CAN"], ["DNK"], modality=FUT, date="1987-07-14",
          attribution="anonymous"),
        E(["CONCEDE"], "The Canadians postponed the original July 1 deadline", ["CAN"], EC + ["DNK"]),
        E(["REQUEST"], "at the request of the European Commission", EC, ["CAN"], req=False),
        E(["REQUEST"], "which Denmark approached for support", ["DNK"], EC, req=False),
        E(["REJECT"], "Denmark will not accept a ban", ["DNK"], ["CAN"]),
        E(["ACCUSE"], "expressed suspicion that the Canadian action", ["DNK"], ["CAN"], req=False),
        E(["CONSULT"], "We are holding active discussions", ["CAN"], EC + ["DNK"], req=False),
    ], forbid=[F("I am sure we can reach an understanding", ["REJECT"]),
               F("Danish pigmeat exports to Canada were worth")],
        places=[P("Canada", "CAN"), P("Denmark", "DNK"), P("Copenhagen", "DNK", 55.68, 12.57)],
        dates=[D("July 14", "1987-07-14"), D("July 1", "1987-07-01"), D("1986", "1986")],
        quantities=[Q("33 slaughterhouses", 33, "slaughterhouses"), Q("106 mln crowns", 106000000, "DKK"),
                    Q("6.5 billion", 6500000000, "USD")]),

    # 12. reuters-8703 (Tue 1987-03-24, Jakarta): the World Bank's president pledges the Bank's support to help
    #     Indonesia adjust to lower oil prices but says further deregulation is needed, speaking after talks with
    #     President Suharto. The pledge AGREE (manual: broad promises of future aid are AGREE; SUPPORT and AID
    #     accepted; IGO to IDN), the call for deregulation REQUEST (IGO to IDN) and the talks CONSULT (both as
    #     actor and recipient) required; his expectation restating the call and the Bank's past lending AID
    #     (historical) optional; the oil-price fall's effect forbidden (a non-agentive "cut").
    article(REU + "8703", "1987-03-24", [
        E(["AGREE", "SUPPORT", "AID"], "pledged the Bank's support to help Indonesia", [IGO], ["IDN"]),
        E(["REQUEST"], "further deregulation of its protected economy was needed", [IGO], ["IDN"]),
        E(["CONSULT"], "after talks with President Suharto", [IGO, "IDN"], ["IDN", IGO], location_country="IDN"),
        E(["REQUEST"], "he expected Jakarta to do more to liberalise", [IGO], ["IDN"], req=False),
        E(["AID"], "It has received 10.7 billion dlrs", [IGO], ["IDN"], req=False, modality=H),
    ], forbid=[F("which cut the value of its crude exports")],
        places=[P("Indonesia", "IDN")],
        dates=[D("last year", "1986")],
        quantities=[Q("10.7 billion dlrs", 10700000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
