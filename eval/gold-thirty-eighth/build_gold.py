"""Writes articles.json for the thirty-eighth article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked from position 650) that report
acts of political actors: Brazil's finance minister extending his debt tour to Japan, a Treasury official urging
Japan to open its financial markets, the US and EC warnings at the Kashijima trade meeting, the White House budget
director attacking a Senate budget plan, Taiwan's central bank refusing textile makers' plea, Brazil's finance
minister in Washington on the official lenders and the IMF, Britain's famine aid to Mozambique, the US agriculture
secretary warning Japan on beef, Lebanese bank staff striking over kidnapped colleagues, Spain's prime minister
criticizing the protests against his policy, a World Bank mission's loan talks in Brazil, and the US agriculture
secretary's request to Japan's agriculture minister in Tokyo.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
BANKS = [MNC]                      # foreign commercial creditor banks: MNC (no country named)
TOUR = ["USA", "FRA", "GBR", "ITA", "DEU", "CHE"]   # the governments Brazil's finance minister met on his tour
TOUR_EUROPE = ["GBR", "DEU", "FRA", "CHE", "ITA"]  # the European legs still to come on March 2
PARTNERS = ["JPN", "CAN"] + EC     # the trade ministers the US addressed at Kashijima
TEXTILE = ["TWN", MNC]             # Taiwan's textile makers and their federation: TWN or MNC (a business body)
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-2503 (Thu 1987-03-05, Brasilia): unnamed finance ministry sources say Brazil's finance minister,
    #    in Rome today, will extend his tour and fly to Tokyo on Sunday for talks with government officials and
    #    bankers to explain the halt of interest payments; on the week-long tour he met only government officials;
    #    he is due back on March 11. The trip to Japan AGREE (future visits AGREE first, CONSULT accepted; BRA to
    #    JPN; anonymous; in JPN) and the meetings with the governments of the six states visited CONSULT (this
    #    week's, the tour's acts) required; the flight restated, the meeting with private bankers to come (firms)
    #    and February's halt of payments SANCTION/REJECT (historical, to the banks) optional.
    article(REU + "2503", "1987-03-05", [
        E(["AGREE", "CONSULT"], "will extend his international tour", ["BRA"], ["JPN"], modality=FUT,
          attribution="anonymous", location_country="JPN"),
        E(["AGREE", "CONSULT"], "will fly to Tokyo on Sunday", ["BRA"], ["JPN"], req=False, modality=FUT,
          date="1987-03-08", attribution="anonymous", location_country="JPN"),
        E(["SANCTION", "REJECT"], "Brazil halted payment of interest rates", ["BRA"], BANKS, req=False,
          modality=H),
        E(["CONSULT"], "met only with government officials of the countries visited", ["BRA"], TOUR,
          attribution="anonymous"),
        E(["CONSULT", "AGREE"], "he is due to meet private bankers", ["BRA"], BANKS, req=False, modality=FUT,
          attribution="anonymous", location_country="JPN"),
    ], places=[P("Japan", "JPN"), P("Rome", "ITA", 41.90, 12.50), P("Tokyo", "JPN", 35.68, 139.69),
               P("United States", "USA"), P("France", "FRA"), P("England", "GBR", 52.36, -1.17),
               P("West Germany", "DEU"), P("Switzerland", "CHE"), P("Brasilia", "BRA", -15.79, -47.88)],
        dates=[D("today", "1987-03-05"), D("Sunday", "1987-03-08"), D("next Wednesday", "1987-03-11"),
               D("March 11", "1987-03-11")],
        quantities=[Q("109-billion dlrs", 109000000000, "USD"), Q("68 billion dlrs", 68000000000, "USD"),
                    Q("700 private commercial foreign banks", 700, "banks"),
                    Q("6.8 billion dlrs", 6800000000, "USD")]),

    # 2. reuters-2840 (Fri 1987-03-06, Washington): the director of the Treasury's office of international banking
    #    says in a prepared speech that Japan should open its bond and stock markets to more US firms, hopes
    #    discrimination against US banks will be eliminated, says the US is pressing Canada to stop favouring its
    #    own banks and talking with Canadian representatives, and will press for liberalization, not hesitating to
    #    act if negotiations fail. The call on Japan REQUEST (USA to JPN), the pressure on Canada REQUEST and the
    #    talks with Canada CONSULT (USA to CAN; ongoing acts reported now) required; the quoted wish and the hope
    #    (restatements), the pressing to come (future) and the conditional warning THREATEN (no recipient named:
    #    "all foreign markets") optional.
    article(REU + "2840", "1987-03-06", [
        E(["REQUEST"], "said Japan should open its bond and stock markets", ["USA"], ["JPN"],
          location_country="USA"),
        E(["REQUEST"], "The Treasury would like to see greater openness", ["USA"], ["JPN"], req=False),
        E(["REQUEST"], "the Reagan administration hopes", ["USA"], ["JPN"], req=False),
        E(["REQUEST", "ACCUSE"], "was pressing Canada to stop giving favored treatment", ["USA"], ["CAN"]),
        E(["CONSULT"], "was talking with Canadian representatives", ["USA"], ["CAN"]),
        E(["REQUEST"], "press vigorously for", ["USA"], req=False, modality=FUT),
        E(["THREATEN"], "We will not hesitate to take vigorous actions", ["USA"], req=False),
    ], places=[P("Japan", "JPN"), P("Canada", "CAN")]),

    # 3. reuters-17279 (Mon 1987-04-27, Kashijima, Japan): at the weekend meeting of trade ministers (US, Japan,
    #    EC, Canada) the US warns its partners that its deficit must fall by September or a protectionist bill is
    #    highly likely; the EC's external trade chief says stormy weather lies ahead if Japan's surplus stays so
    #    high; Yeutter tells the others there is at least a 50-50 chance of the bill passing. The US warning
    #    THREATEN (REQUEST and ACCUSE accepted; USA to JPN, CAN or the EC; in JPN) and the EC's warning to Japan
    #    THREATEN (ACCUSE accepted; EUR or IGO to JPN) required; Yeutter's statement to the ministers (a
    #    restatement of the warning; CONSULT accepted) optional; what the president would find difficult
    #    (hypothetical) forbidden.
    article(REU + "17279", "1987-04-27", [
        E(["THREATEN", "REQUEST", "ACCUSE"], "warned its major trade partners", ["USA"], PARTNERS,
          location_country="JPN"),
        E(["THREATEN", "ACCUSE"], "there would be stormy weather ahead", EC, ["JPN"], location_country="JPN"),
        E(["THREATEN", "CONSULT"], "told trade leaders from Japan", ["USA"], PARTNERS, req=False,
          location_country="JPN"),
    ], forbid=[F("would have a difficult time vetoing such a bill")],
        places=[P("Japan", "JPN"), P("Canada", "CAN")],
        dates=[D("last year", "1986"), D("this week", "1987-04"), D("March", "1987-03")],
        quantities=[Q("90 billion dlrs", 90000000000, "USD"), Q("15 billion dlr", 15000000000, "USD")]),

    # 4. reuters-10229 (Thu 1987-03-26, Washington): the White House budget director says the Senate Budget
    #    chairman's fiscal 1988 plan is "seriously deficient", cuts defence and raises domestic spending, and
    #    criticizes its tax increase, recalling the president's pledge to veto any tax increase. His criticism
    #    ACCUSE (the executive against a legislator's plan: USA to USA, as gold-twenty-third's 18878) required; the
    #    criticism of the tax increase (the same statement) and the president's veto pledge THREATEN (restated,
    #    "has said repeatedly": historical) optional; the plan's figures forbidden.
    article(REU + "10229", "1987-03-26", [
        E(["ACCUSE"], "seriously deficient", ["USA"], ["USA"], location_country="USA"),
        E(["ACCUSE"], "Miller also criticized the Chiles plan's call", ["USA"], ["USA"], req=False),
        E(["THREATEN"], "he would veto any tax increase", ["USA"], ["USA"], req=False, modality=H),
    ], forbid=[F("While the plan would allow actual 1988 defense spending")],
        quantities=[Q("25 billion dlrs", 25000000000, "USD"), Q("5.6 billion dlrs", 5600000000, "USD"),
                    Q("42.7 billion dlrs", 42700000000, "USD"), Q("13.6 billion dlr", 13600000000, "USD")]),

    # 5. reuters-1002 (Tue 1987-03-03, Taipei): a textile federation spokesman says the central bank governor
    #    rejected textile makers' request to halt the Taiwan dollar's rise, telling 19 textile associations last
    #    Saturday that the government could not fix the rate because of US pressure; the federation asked on
    #    February 19. The governor's refusal REJECT (TWN to the textile makers, TWN or MNC; last Saturday; in TWN)
    #    required; his meeting with the associations (the refusal restated; CONSULT accepted), the US pressure
    #    REQUEST (background) and the federation's request of February 19 REQUEST (a business body's, historical)
    #    optional.
    article(REU + "1002", "1987-03-03", [
        E(["REJECT"], "rejected a request by textile makers", ["TWN"], TEXTILE, date="1987-02-28",
          location_country="TWN"),
        E(["REJECT", "CONSULT"], "telling representatives of 19 textile associations", ["TWN"], TEXTILE,
          req=False, date="1987-02-28"),
        E(["REQUEST"], "Pressure for an appreciation of the local currency", ["USA"], ["TWN"], req=False),
        E(["REQUEST"], "The Federation asked the government on February 19", TEXTILE, ["TWN"], req=False,
          modality=H, date="1987-02-19"),
    ], places=[P("South Korea", "KOR"), P("Hong Kong", "HKG"), P("Singapore", "SGP")],
        dates=[D("last Saturday", "1987-02-28"), D("February 19", "1987-02-19")],
        quantities=[Q("19 textile associations", 19, "associations")]),

    # 6. reuters-359 (Mon 1987-03-02, Washington): Brazil's finance minister, at the embassy, says Brazil would not
    #    have suspended payments with more and faster official finance, will not seek more IMF money, complains
    #    that official lenders imposed tight credit control, and later leaves for debt talks in Europe; the central
    #    bank president sent a telex to creditor banks on Friday. The refusal to seek IMF money REJECT (BRA to IGO)
    #    and the complaint against the official lenders ACCUSE (BRA to IGO) required, both in USA; the lead's
    #    reproach (the complaint restated), "could not be solved by IMF intervention" (the refusal restated), the
    #    departure for talks in Europe (future talks; CONSULT), last week's suspension SANCTION/REJECT (to the
    #    banks), the telex to the banks and Brazil's request to them (financial dealings with banks) optional; the
    #    trade surplus estimate forbidden.
    article(REU + "359", "1987-03-02", [
        E(["ACCUSE"], "faster financing from official lending agencies", ["BRA"], [IGO], req=False),
        E(["REJECT"], "would not seek more money from the International Monetary Fund", ["BRA"], [IGO],
          location_country="USA"),
        E(["REJECT", "ACCUSE"], "could not be solved by IMF intervention", ["BRA"], [IGO], req=False),
        E(["SANCTION", "REJECT"], "stunned the banking community last week", ["BRA"], BANKS, req=False,
          modality=H, date="1987-02"),
        E(["ACCUSE"], "complained that official lending agencies had imposed", ["BRA"], [IGO],
          location_country="USA"),
        E(["CONSULT", "AGREE"], "Later he left Washington for a tour of Europe", ["BRA"], TOUR_EUROPE, req=False,
          modality=FUT),
        E(["CONSULT"], "sent a telex to creditor banks Friday", ["BRA"], BANKS, req=False, date="1987-02-27"),
        E(["REQUEST"], "Brazil's request that banks expedite procedures", ["BRA"], BANKS, req=False),
    ], forbid=[F("estimated the 1987 surplus would be at least eight")],
        places=[WASHINGTON, P("Britain", "GBR"), P("West Germany", "DEU"), P("France", "FRA"),
                P("Switzerland", "CHE"), P("Italy", "ITA")],
        dates=[D("last year", "1986"), D("last week", "1987-02"), D("Friday", "1987-02-27")],
        quantities=[Q("922 mln dlrs", 922000000, "USD"), Q("108 billion dlrs", 108000000000, "USD"),
                    Q("68 billion dlrs", 68000000000, "USD"), Q("44 billion dollars", 44000000000, "USD"),
                    Q("11 billion dlrs", 11000000000, "USD"), Q("four billion dlrs", 4000000000, "USD")]),

    # 7. reuters-11601 (Tue 1987-03-31, Harare): the British High Commission announces that Britain has granted
    #    Mozambique about eight mln sterling for food aid and famine relief (30,000 tonnes of cereals, disaster
    #    relief, refugees), with 1.3 mln sterling for UNHCR and 750,000 to relief agencies. The grant AID (AGREE
    #    accepted: aid granted, partly still to be shipped; GBR to MOZ; in MOZ) and the contribution to UNHCR AID
    #    (AGREE accepted; GBR to IGO) required; the cereal shipments, the further sums (details of the grant) and
    #    the British public's donations (not a political act) optional.
    article(REU + "11601", "1987-03-31", [
        E(["AID", "AGREE"], "Britain has granted Mozambique", ["GBR"], ["MOZ"], location_country="MOZ"),
        E(["AID", "AGREE"], "would be shipped to", ["GBR"], ["MOZ"], req=False, modality=FUT,
          location_country="MOZ"),
        E(["AID", "AGREE"], "Britain will give one mln sterling", ["GBR"], ["MOZ"], req=False),
        # (housekeeping, twenty-fifth session: UN bodies are coded UNO or IGO across the golds; both accepted here too)
        E(["AID", "AGREE"], "Britain would also contribute", ["GBR"], [IGO, "UNO"]),
        E(["AID"], "The British public has also raised", ["GBR"], ["MOZ"], req=False),
    ], places=[P("Mozambique", "MOZ")],
        quantities=[Q("eight mln sterling", 8000000, "GBP"), Q("30,000 tonnes", 30000, "tonnes"),
                    Q("six mln sterling", 6000000, "GBP"), Q("20,000 tonnes", 20000, "tonnes"),
                    Q("750,000 sterling", 750000, "GBP")]),

    # 8. reuters-12603 (Thu 1987-04-02, Washington): the US agriculture secretary, to cattlemen, warns Japan that
    #    keeping its beef import quota might spark a protectionist response, says he and the trade representative
    #    will demand the quota's total elimination by April 1988 on their visit later this month, dismisses
    #    statements in Tokyo that Japan might retaliate, and says the US will press on citrus and rice too. The
    #    warning THREATEN (ACCUSE accepted; USA to JPN; in USA), the announced demand REQUEST (future) and the
    #    dismissal of Japan's retaliation talk REJECT required; the quoted warning (restated), the visit to come
    #    AGREE/CONSULT, Japan's statements THREATEN, the further pressing on citrus and rice (future) and the charge
    #    that the quota denies consumers choice ACCUSE optional; the semiconductor dispute's expected effect and
    #    "aren't going to pick a fight" (forecasts) forbidden.
    article(REU + "12603", "1987-04-02", [
        E(["THREATEN", "ACCUSE"], "warned Japan that the failure to remove", ["USA"], ["JPN"],
          location_country="USA"),
        E(["THREATEN", "ACCUSE"], "if I were a leader in Japan", ["USA"], ["JPN"], req=False),
        E(["AGREE", "CONSULT"], "during a visit to Japan later this month", ["USA"], ["JPN"], req=False,
          modality=FUT, date="1987-04", location_country="JPN"),
        E(["REQUEST"], "will demand", ["USA"], ["JPN"], modality=FUT),
        E(["REJECT"], "Lyng dismissed recent statements in Tokyo", ["USA"], ["JPN"], location_country="USA"),
        E(["THREATEN"], "Japan might retaliate against", ["JPN"], ["USA"], req=False, modality=H),
        E(["ACCUSE"], "does not allow consumers there an adequate choice", ["USA"], ["JPN"], req=False),
        E(["REQUEST"], "will press for", ["USA"], ["JPN"], req=False, modality=FUT),
    ], forbid=[F("may strengthen the U.S. stance"), F("aren't going to pick a fight with us")],
        places=[P("Japan", "JPN"), P("United States", "USA"), P("Tokyo", "JPN", 35.68, 139.69)],
        dates=[D("later this month", "1987-04"), D("April 1988", "1988-04")]),

    # 9. reuters-19503 (Mon 1987-06-29, Beirut): Lebanese bank employees go on a one-day strike, called by the
    #    Central Bank Employees' Union and the Bankers' Association, over three central bank colleagues missing,
    #    believed kidnapped crossing between East and West Beirut in 1985. The strike PROTEST (LBN, recipient left
    #    out: the kidnappers unknown; in LBN) required; its call (restated) and the kidnapping ASSAULT (the
    #    manual's `abduct'; no actor known; historical) optional.
    article(REU + "19503", "1987-06-29", [
        E(["PROTEST"], "went on a one-day", ["LBN"], location_country="LBN"),
        E(["PROTEST"], "was called by the Central Bank", ["LBN"], req=False),
        E(["ASSAULT", "COERCE"], "colleagues missing, believed kidnapped", recipient=["LBN"], req=False,
          modality=H, date="1985", location_country="LBN"),
        E(["ASSAULT", "COERCE"], "are believed to have been kidnapped", recipient=["LBN"], req=False,
          modality=H, date="1985", location_country="LBN"),
    ], places=[P("East Beirut", "LBN", 33.89, 35.52), P("West Beirut", "LBN", 33.89, 35.49)],
        dates=[D("1985", "1985")],
        quantities=[Q("80 Lebanese banks", 80, "banks")]),

    # 10. reuters-17432 (Wed 1987-04-29, Madrid): facing violent labour unrest, Prime Minister Gonzalez tells
    #     Spaniards in a television interview he is determined to bring down inflation, criticizes the protests,
    #     says the illegal work-to-rule at the airline grounds planes, that giving in would be the comfortable
    #     thing and that nothing justifies violence. His criticism of the protests ACCUSE (ESP to ESP; in ESP)
    #     required; the protests and the work-to-rule PROTEST (ongoing, background), his refusal to give in REJECT
    #     and his condemnation of violence ACCUSE (details of the interview) optional; his inflation forecast
    #     forbidden.
    article(REU + "17432", "1987-04-29", [
        E(["ACCUSE"], "Gonzalez criticized widespread protests", ["ESP"], ["ESP"], location_country="ESP"),
        E(["PROTEST"], "protests which have blown up", ["ESP"], ["ESP"], req=False),
        E(["PROTEST"], "the illegal work-to-rule at the airline", ["ESP"], ["ESP", MNC], req=False),
        E(["REJECT"], "would be to give in", ["ESP"], ["ESP"], req=False),
        E(["ACCUSE"], "nothing could justify the use of violence", ["ESP"], ["ESP"], req=False),
    ], forbid=[F("possible to reduce inflation to five pct")],
        places=[P("Spain", "ESP")],
        dates=[D("this year", "1987")],
        quantities=[Q("five pct", 5, "percent"), Q("6.3 pct", 6.3, "percent")]),

    # 11. reuters-18862 (Thu 1987-06-18, Brasilia): unnamed ministry officials say a World Bank mission held talks
    #     today with a senior finance ministry official on Brazil's requests for two billion dlrs of loans; Brazil
    #     gave the Bank information on its economic plan and has invited the IMF to study it next Monday; the
    #     minister will negotiate with creditors next month. The talks CONSULT (IGO and BRA either way; today;
    #     anonymous; in BRA), Brazil's loan request REQUEST (BRA to IGO) and the invitation to the IMF AGREE (the
    #     manual's invitations; REQUEST accepted; BRA to IGO) required; the meeting restated, the information given
    #     COOPERATE/CONSULT and next month's negotiations with creditors (future) optional.
    article(REU + "18862", "1987-06-18", [
        E(["CONSULT"], "A World Bank mission today held talks", [IGO, "BRA"], ["BRA", IGO], date="1987-06-18",
          attribution="anonymous", location_country="BRA"),
        E(["REQUEST"], "was asking for two billion dlrs", ["BRA"], [IGO], attribution="anonymous"),
        E(["CONSULT"], "met Finance Ministry secretary Nailson Nobrega", [IGO], ["BRA"], req=False),
        E(["COOPERATE", "CONSULT"], "had provided the World Bank with information", ["BRA"], [IGO], req=False),
        E(["AGREE", "REQUEST"], "The government has invited the IMF", ["BRA"], [IGO]),
        E(["CONSULT"], "as the basis for negotiations with creditors", ["BRA"], req=False, modality=FUT,
          date="1987-07"),
    ], places=[P("Brazil", "BRA")],
        dates=[D("today", "1987-06-18"), D("July", "1987-07"), D("next Monday", "1987-06-22"),
               D("next month", "1987-07")],
        quantities=[Q("two billion dlrs", 2000000000, "USD"), Q("500 mln dlrs", 500000000, "USD"),
                    Q("111 billion dollar", 111000000000, "USD")]),

    # 12. reuters-16790 (Fri 1987-04-17, Tokyo): a Japanese agriculture ministry official says the US agriculture
    #     secretary asked Japan's agriculture minister, at the meeting opening his 12-day visit, to open the farm
    #     market further; the minister replied that Japan is already the largest grain importer and will keep its
    #     self-sufficiency; the two sides will discuss each item at a meeting on April 20. The request REQUEST (USA
    #     to JPN) and the meeting CONSULT (the visitor USA as actor, both sides either way) required, in JPN; the
    #     visit (the meeting's frame), the minister's replies REJECT, last year's GATT complaints ACCUSE
    #     (historical) and the April 20 meeting (future) optional; the farm market's surpluses forbidden.
    article(REU + "16790", "1987-04-17", [
        E(["REQUEST"], "has asked Japan to open its farm market further", ["USA"], ["JPN"],
          location_country="JPN"),
        E(["CONSULT"], "The meeting with Kato opened", ["USA", "JPN"], ["JPN", "USA"], location_country="JPN"),
        E(["CONSULT", "AGREE"], "12-day visit to Japan by Lyng", ["USA"], ["JPN"], req=False,
          location_country="JPN"),
        E(["REJECT"], "quoted Kato as replying", ["JPN"], ["USA"], req=False),
        E(["ACCUSE"], "Complaints against Japan to the General", ["USA"], ["JPN"], req=False, modality=H,
          date="1986"),
        E(["REJECT"], "Kato said Japan will maintain", ["JPN"], ["USA"], req=False),
        E(["AGREE", "CONSULT"], "will hold detailed discussions", ["USA", "JPN"], ["JPN", "USA"], req=False,
          modality=FUT, date="1987-04-20", location_country="JPN"),
    ], forbid=[F("The world farm market suffers from surpluses")],
        places=[P("Japan", "JPN"), WASHINGTON, P("United States", "USA")],
        dates=[D("last year", "1986"), D("April 20", "1987-04-20"), D("1985", "1985")],
        quantities=[Q("53 pct", 53, "percent"), Q("12 farm products", 12, "products")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
