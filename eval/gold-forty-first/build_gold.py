"""Writes articles.json for the forty-first article gold (written blind): twelve 1987 Reuters wire stories from the
business side of the wire (select_stories.py: gold-twenty-second's list walked from position 722, after
gold-thirty-eighth's stretch) that report acts of political actors: Japan's finance minister meeting the US Treasury
secretary before the G-7 meeting, a Philippine commission recovering Marcos's wealth, the World Bank's aid programme
for Pakistan, governments opposing a Japanese telecom merger, Thatcher's trade targets and agreements in Moscow,
Alfonsin meeting the IMF's managing director, a California board's complaint against an accounting firm, British and
Australian wheat for Bangladesh, Indonesia's protest against the EC's vegetable oil duty, Japanese chip makers
answering the US tariff plan, Australia's charge against the US farm waiver at GATT, and the Philippine and Argentine
debt talks with their banks.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

US_JP = ["USA", "JPN"]
G6 = ["USA", "JPN", "DEU", "FRA", "GBR", "CAN"]  # the six signers of the Paris accord
PH_FIRMS = ["PHL", MNC]            # Marcos associates' firms and the Manila exchanges: their country or MNC
FIRM_US = ["USA", MNC]             # a US firm: its home country or MNC
UK_US = ["GBR", "USA"]
TELECOM_FIRM = ["GBR", MNC]        # Cable and Wireless: its home country or MNC
UK_SU = ["GBR", "SUN", "RUS"]      # Britain and the Soviet Union (SUN or RUS, as the earlier golds)
AR_IMF = ["ARG", IGO]
EC = [IGO, "EUR"]                  # the European Community: IGO or EUR, as the earlier golds
PH_BANKS = ["PHL", MNC]
AR_BANKS = ["ARG", MNC]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
NEW_YORK = P("New York", "USA", 40.71, -74.01)

ARTICLES = [
    # 1. reuters-14757 (Tue 1987-04-07, Washington): Japanese officials travelling with Finance Minister Miyazawa, who
    #    asked not to be named (anonymous), say Japan will seek to strengthen the Paris currency accord at tomorrow's
    #    G-7 meeting; Miyazawa met Treasury Secretary Baker this afternoon and discussed the dollar/yen rates. The
    #    meeting CONSULT (either side; in USA) required; Japan's intent for the meeting (future REQUEST, CONSULT
    #    accepted), the G-7 meeting to come AGREE (future; CONSULT accepted), its expected reaffirmation (future
    #    AGREE), the US urgings REQUEST (background) and the accord's signing in February AGREE (historical) optional;
    #    the target zones not to be discussed, the officials' view of intervention, Miyazawa's failure to outline the
    #    package and the ruling party's domestic spending package forbidden.
    article(REU + "14757", "1987-04-07", [
        E(["REQUEST", "CONSULT"], "will seek to strengthen the Paris accord", ["JPN"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AGREE", "CONSULT"], "the meeting of the group of seven", ["JPN", IGO], req=False, modality=FUT,
          date="1987-04-08", attribution="anonymous"),
        E(["AGREE"], "signed by the six leading industrial democracies", G6, G6, req=False, modality=H,
          date="1987-02"),
        E(["AGREE"], "will reaffirm the currency pact", G6, G6, req=False, modality=FUT, attribution="anonymous"),
        E(["CONSULT"], "discussed the dollar/yen exchange rates", US_JP, US_JP, date="1987-04-07",
          attribution="anonymous", location_country="USA"),
        E(["REQUEST"], "urgings for Japan to take steps", ["USA"], ["JPN"], req=False, attribution="anonymous"),
    ], forbid=[F("will not be discussed at the G-7 meeting"), F("is not only for the benefit of Japan"),
               F("failed to outline the size"), F("revealed its own economic package")],
        places=[P("Japan", "JPN"), P("United States", "USA")],
        dates=[D("tomorrow", "1987-04-08"), D("February", "1987-02"), D("today", "1987-04-07"),
               D("April one", "1987-04-01")],
        quantities=[Q("5,000 billion yen", 5000000000000, "JPY")]),

    # 2. reuters-5163 (Sun 1987-03-15, Manila): the chairman of the Presidential Commission on Good Government, set up
    #    to recover the illegal wealth of Marcos and his associates, says in an interview that the commission has
    #    recovered cash and property worth about eight billion pesos and sequestered shares of at least 286 firms,
    #    that preliminary agreements were reached with a second associate, and explains last week's decision to
    #    probe brokers' street certificates. The recovery and sequestration COERCE (the manual's seizure; PHL to the
    #    associates and their firms), the probe ACCUSE (investigate mode) and the preliminary agreements AGREE required;
    #    the crates seized (a detail), the coup attempts (historical), an associate's surrender of cash and the orders
    #    lifted in return (last week's announcement; RETREAT), the second associate's surrender of media control, the
    #    exchanges' appeal REQUEST and last Thursday's meeting with their heads CONSULT optional; the commission's
    #    powers, the belief about funds and the market's reaction forbidden.
    article(REU + "5163", "1987-03-15", [
        E(["COERCE"], "has recovered cash and property", ["PHL"], PH_FIRMS),
        E(["COERCE"], "get hold of crates of newly printed currency", ["PHL"], PH_FIRMS, req=False),
        E(["COERCE", "ASSAULT"], "the three coup attempts faced by", ["PHL"], ["PHL"], req=False, modality=H),
        E(["RETREAT", "CONCEDE"], "had turned over 70 mln pesos in cash", ["PHL"], ["PHL"], req=False, modality=H,
          date="1987-03"),
        E(["RETREAT", "CONCEDE"], "had lifted freeze and sequestration orders", ["PHL"], PH_FIRMS, req=False,
          modality=H, date="1987-03"),
        E(["AGREE"], "similar preliminary agreements with another Marcos associate", ["PHL"], ["PHL"]),
        E(["RETREAT", "CONCEDE"], "had surrendered control of several newspapers", ["PHL"], ["PHL"], req=False),
        E(["ACCUSE"], "to probe street certificates", ["PHL"], PH_FIRMS, date="1987-03"),
        E(["REQUEST"], "appealed to Diaz to carry out the probe discreetly", PH_FIRMS, ["PHL"], req=False),
        E(["CONSULT"], "at a meeting with the heads of the two exchanges", ["PHL"], PH_FIRMS, req=False,
          date="1987-03-12"),
    ], forbid=[F("has sweeping powers of sequestration"), F("We believe they still have a lot of funds"),
               F("reacted nervously")],
        places=[P("Philippines", "PHL"), P("Manila", "PHL", 14.60, 120.98), NEW_YORK,
                P("Hawaii", "USA", 20.8, -156.3)],
        dates=[D("May 11", "1987-05-11"), D("February 1986", "1986-02"), D("last week", "1987-03"),
               D("last Tuesday", "1987-03-10"), D("last Thursday", "1987-03-12"), D("1986", "1986")],
        quantities=[Q("eight billion pesos", 8000000000, "PHP"), Q("286", 286, "firms"),
                    Q("70 mln pesos", 70000000, "PHP"), Q("180 mln pesos", 180000000, "PHP"),
                    Q("224 pct", 224, "percent")]),

    # 3. reuters-17197 (Sun 1987-04-26, Paris): the World Bank says it agreed a 2.4 billion dlr aid programme for
    #    Pakistan for 1988, with substantial increases approved for refugee support, citing its progress, and that it
    #    expressed serious concern at Pakistan's budget. The aid programme AGREE (aid pledged: the manual's future AID;
    #    AID accepted; IGO to PAK; in FRA, the dateline) and the concern ACCUSE (the manual's disapproval) required;
    #    the increases for refugees (the programme's part) and the praise of its progress SUPPORT optional; the
    #    deficit forecast forbidden.
    article(REU + "17197", "1987-04-26", [
        E(["AGREE", "AID"], "had agreed a 2.4 billion dlr aid programme", [IGO], ["PAK"], location_country="FRA"),
        E(["SUPPORT"], "citing Pakistan", [IGO], ["PAK"], req=False),
        E(["AID", "AGREE"], "had been approved to help fund support for refugees", [IGO], ["PAK"], req=False),
        E(["ACCUSE"], "had expressed serious concern", [IGO], ["PAK"], location_country="FRA"),
    ], forbid=[F("overall budget deficit is expected to be larger")],
        places=[P("Pakistan", "PAK"), P("Afghanistan", "AFG")],
        dates=[D("1988", "1988"), D("1987", "1987"), D("This year", "1987")],
        quantities=[Q("2.4 billion dlr", 2400000000, "USD")]),

    # 4. reuters-7765 (Fri 1987-03-20, Tokyo): Cable and Wireless resists a merger of two Japan-based telecom firms that
    #    would cut its stake, hoping overseas political pressure will change the plan; its executive says Thatcher and
    #    Shultz have written to the Japanese government about it and a Senate committee, Baldrige and Yeutter have
    #    expressed opposition; the Post and Telecommunications Ministry reiterates its stand; the executive's meeting
    #    with the Keidanren officer arranging the merger ends in deadlock. The letters ACCUSE (the manual's
    #    disapproval; REQUEST accepted: pressure to change the plan; GBR and USA to JPN) and the US officials'
    #    opposition ACCUSE (REJECT accepted) required (both known from the firm's executive: attribution
    #    organization); the protest from abroad, the ministry's reiterated stand REJECT and its suggestion REQUEST, the
    #    firm's resistance and its meeting with the business leader (firms' acts) optional; the deadlock forbidden.
    article(REU + "7765", "1987-03-20", [
        E(["REJECT"], "is resisting attempts to merge", TELECOM_FIRM, ["JPN"], req=False),
        E(["ACCUSE", "PROTEST"], "a storm of protest from abroad", None, ["JPN"], req=False),
        E(["ACCUSE", "REQUEST"], "have written to the Japanese government", UK_US, ["JPN"],
          attribution="organization"),
        E(["ACCUSE", "REJECT"], "have also expressed opposition to the merger", ["USA"], ["JPN"],
          attribution="organization"),
        E(["REJECT"], "reiterated again that it sees no need", ["JPN"], UK_US, req=False),
        E(["REQUEST"], "has also suggested that foreign shareholders", ["JPN"], TELECOM_FIRM + ["USA"], req=False),
        E(["CONSULT"], "Solomon today met Fumio Watanabe", TELECOM_FIRM + ["JPN"], TELECOM_FIRM + ["JPN"],
          req=False, date="1987-03-20"),
    ], forbid=[F("the two sides remained deadlocked")],
        places=[P("Japan", "JPN"), P("United States", "USA"), P("Alaska", "USA", 64.2, -149.5)],
        dates=[D("today", "1987-03-20")],
        quantities=[Q("20 pct", 20, "percent"), Q("three pct", 3, "percent"), Q("400 mln dlr", 400000000, "USD")]),

    # 5. reuters-11222 (Tue 1987-03-31, Moscow): Thatcher says she and Soviet Premier Ryzhkov set targets for increased
    #    trade during talks today (2.5 billion roubles by 1990); after the talks the two were joined by Gorbachev, who
    #    had nine hours of talks with her yesterday, for the signing of agreements on scientific and cultural
    #    exchanges. The trade targets AGREE and the signing AGREE (COOPERATE accepted) required (GBR and the Soviet
    #    Union, SUN or RUS, either side; in RUS); today's talks CONSULT (the same sentence as the targets), her
    #    restatement to the businessmen and yesterday's talks with Gorbachev CONSULT optional; her hope of friendship
    #    forbidden.
    article(REU + "11222", "1987-03-31", [
        E(["AGREE"], "had set targets for increased trade", UK_SU, UK_SU, date="1987-03-31", location_country="RUS"),
        E(["CONSULT"], "during talks earlier today", UK_SU, UK_SU, req=False, date="1987-03-31",
          location_country="RUS"),
        E(["AGREE"], "she had agreed with Ryzhkov", UK_SU, UK_SU, req=False),
        E(["AGREE", "COOPERATE"], "the signing of agreements covering new scientific", UK_SU, UK_SU,
          date="1987-03-31", location_country="RUS"),
        E(["CONSULT"], "had nine hours of talks with her yesterday", UK_SU, UK_SU, req=False, date="1987-03-30",
          location_country="RUS"),
    ], forbid=[F("will also lead to increased friendship")],
        places=[P("Britain", "GBR"), P("Soviet Union", "RUS")],
        dates=[D("today", "1987-03-31"), D("yesterday", "1987-03-30"), D("1990", "1990")],
        quantities=[Q("2.5 billion roubles", 2500000000, "SUR"), Q("400 mln stg", 400000000, "GBP")]),

    # 6. reuters-19456 (Fri 1987-06-19, Philadelphia): President Alfonsin met IMF Managing Director Camdessus for more
    #    than an hour; they discussed Argentina's economy and its bank financing package, whose loan is over 91 pct
    #    subscribed; the IMF has said a critical mass of bank commitments is needed before it disburses the standby
    #    loan approved in principle; Alfonsin begins a four-day private visit to the US. The meeting CONSULT (ARG with
    #    the IMF, IGO, either side; in USA) required; the discussion (the same meeting; its restatement from monetary
    #    sources), the standby approved in principle AGREE (historical; AID accepted), the IMF's condition REQUEST and
    #    the private visit CONSULT optional; the subscription figures, the worry about persuading banks and his speech's
    #    view on integration forbidden.
    article(REU + "19456", "1987-06-19", [
        E(["CONSULT"], "met for more than an hour with International Monetary Fund", AR_IMF, AR_IMF,
          location_country="USA"),
        E(["CONSULT"], "the two men discussed Argentina's economy", AR_IMF, AR_IMF, req=False),
        E(["REQUEST"], "of bank commitments is needed before", [IGO], ["ARG", MNC], req=False),
        E(["CONSULT"], "mostly discussed Argentina's political and economic", AR_IMF, AR_IMF, req=False,
          attribution="anonymous"),
        E(["CONSULT"], "is beginning a four-day private visit", ["ARG"], ["USA"], req=False, location_country="USA"),
    ], forbid=[F("which forms the core of the package, has been subscribed"), F("might take a long time to persuade"),
               F("economic integration is the only way")],
        places=[P("Argentina", "ARG"), P("Philadelphia", "USA", 39.95, -75.17)],
        dates=[D("yesterday", "1987-06-18")],
        quantities=[Q("91.5 pct", 91.5, "percent"), Q("1.95 billion dlr", 1950000000, "USD"),
                    Q("1.83 billion dlr", 1830000000, "USD"), Q("90 pct", 90, "percent"),
                    Q("93 pct", 93, "percent")]),

    # 7. reuters-14938 (Wed 1987-04-08, San Francisco): California's Board of Accountancy filed a complaint seeking
    #    disciplinary action against KMG Main Hurdman over its 1985 audit of a bankrupt investment firm; a hearing will
    #    probably be held within three months. The complaint ACCUSE (the charge; USA to the firm, USA or MNC; in USA)
    #    required; the disciplinary action sought (the same act's aim; SANCTION accepted), the quoted charge and the
    #    accusations detailed (restatements) and the hearing to come optional; the possible penalties, the firm's
    #    non-comment, its merger and the bankruptcy filing (firms' acts) forbidden.
    article(REU + "14938", "1987-04-08", [
        E(["ACCUSE", "SANCTION"], "were seeking disciplinary action", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "a six-page complaint was filed", ["USA"], FIRM_US, location_country="USA"),
        E(["ACCUSE"], "We basically charged that", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "a hearing would probably be held", ["USA"], FIRM_US, req=False, modality=FUT),
        E(["ACCUSE"], "was accused of not properly investigating", ["USA"], FIRM_US, req=False),
    ], forbid=[F("Penalties could range"), F("merged last week with Peat Marwick"),
               F("declined to comment on the board's allegations"), F("filed for protection under Chapter 11")],
        places=[P("California", "USA", 36.8, -119.4), NEW_YORK, P("San Jose", "USA", 37.34, -121.89),
                P("San Francisco", "USA", 37.77, -122.42)],
        dates=[D("1985", "1985"), D("last year", "1986"), D("August 1985", "1985-08"),
               D("February 1986", "1986-02")],
        quantities=[Q("69.7 mln dlrs", 69700000, "USD"), Q("1,068", 1068, "investors")]),

    # 8. reuters-8604 (Tue 1987-03-24, Dhaka): Britain and Australia have offered 129,250 tonnes of wheat to Bangladesh
    #    as grants, officials (unnamed: anonymous) said; Britain's part will be shipped next week for the Food for Work
    #    program, Australia's arrive next month. The offer AGREE (the manual's offer of aid; AID accepted; GBR and AUS
    #    to BGD; in BGD) required; each donor's shipment to come AID (future; AGREE accepted) optional; the price
    #    rise and the government's price expectation forbidden.
    article(REU + "8604", "1987-03-24", [
        E(["AGREE", "AID"], "have offered a total of 129,250 tonnes", ["GBR", "AUS"], ["BGD"], attribution="anonymous",
          location_country="BGD"),
        E(["AID", "AGREE"], "wheat promised by Britain would be shipped", ["GBR"], ["BGD"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AID", "AGREE"], "Australian wheat would arrive in Bangladesh", ["AUS"], ["BGD"], req=False, modality=FUT,
          date="1987-04", attribution="anonymous"),
    ], forbid=[F("have risen at least 15 pct"), F("the government expects prices to fall")],
        places=[P("Britain", "GBR"), P("Australia", "AUS"), P("Bangladesh", "BGD")],
        dates=[D("next month", "1987-04")],
        quantities=[Q("129,250 tonnes", 129250, "tonnes"), Q("79,250 tonnes", 79250, "tonnes"),
                    Q("50,000 tonnes", 50000, "tonnes"), Q("15 pct", 15, "percent")]),

    # 9. reuters-8086 (Sun 1987-03-22, Jakarta): Trade Minister Rachmat Saleh says Indonesia has protested to the EC,
    #    alone and with its ASEAN partners, about the EC's plan to raise import duties on vegetable oils, and regrets
    #    the plan; the finance minister said recently the duties would add a burden. The protest ACCUSE (a diplomatic
    #    protest, as the earlier golds; PROTEST accepted; IDN to the EC, IGO or EUR) required; the quoted protest
    #    (restatement; ASEAN beside IDN), the regret ACCUSE, the finance minister's criticism ACCUSE and the EC's
    #    duty plan (THREATEN or SANCTION; the exporters it hits left out) optional; the undisclosed form forbidden.
    article(REU + "8086", "1987-03-22", [
        E(["ACCUSE", "PROTEST"], "has protested to the European", ["IDN"], EC),
        E(["THREATEN", "SANCTION"], "its plan to raise import duties", EC, req=False, modality=FUT),
        E(["ACCUSE", "PROTEST"], "has protested against the EC plan", ["IDN", IGO], EC, req=False),
        E(["ACCUSE"], "We very much regret", ["IDN"], EC, req=False),
        E(["ACCUSE"], "would add a new burden", ["IDN"], EC, req=False),
    ], forbid=[F("He did not say in what form")],
        places=[P("Indonesia", "IDN")],
        dates=[D("1985", "1985"), D("1986", "1986")],
        quantities=[Q("362,700 tonnes", 362700, "tonnes"), Q("301,400 tonnes", 301400, "tonnes")]),

    # 10. reuters-10608 (Sat 1987-03-28, Tokyo): Japanese chip makers react angrily to the US plan, announced yesterday,
    #     to put up to 300 mln dlrs of tariffs on Japanese imports for the alleged breach of the chip pact; their
    #     association urges the US to reconsider; Tokyo has told its makers to cut output to save the pact. The tariff
    #     plan THREATEN (SANCTION accepted; USA to JPN; yesterday) required; the plan's restatement, the makers'
    #     anger and their association's charge ACCUSE and appeal REQUEST (firms, their country JPN, to USA), Tokyo's
    #     instruction to its makers REQUEST and last year's pact AGREE (historical) optional; the makers' pledge to
    #     the import organisation and the remark on American makers forbidden.
    article(REU + "10608", "1987-03-28", [
        E(["ACCUSE", "PROTEST"], "reacted angrily", ["JPN"], ["USA"], req=False),
        E(["THREATEN", "SANCTION"], "plans to take retaliatory action against them", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "it is premature and even irrational", ["JPN"], ["USA"], req=False),
        E(["REQUEST"], "to reconsider the decision made", ["JPN"], ["USA"], req=False),
        E(["THREATEN", "SANCTION"], "Washington announced plans to slap", ["USA"], ["JPN"], date="1987-03-27"),
        E(["AGREE"], "The agreement, struck late last year", US_JP, US_JP, req=False, modality=H, date="1986"),
        E(["REQUEST", "COERCE"], "Tokyo has instructed its chip makers", ["JPN"], ["JPN"], req=False),
    ], forbid=[F("have pledged three mln dlrs"), F("may not be really interested")],
        places=[P("United States", "USA"), WASHINGTON, P("Tokyo", "JPN", 35.68, 139.69), P("Japan", "JPN")],
        dates=[D("Yesterday", "1987-03-27"), D("late last year", "1986")],
        quantities=[Q("300 mln dlrs", 300000000, "USD"), Q("three mln dlrs", 3000000, "USD")]),

    # 11. reuters-2359 (Thu 1987-03-05, Geneva): Australia's GATT delegate accuses the US of increasing farm
    #     protectionism and calls for an end to its 32-year GATT waiver at the annual meeting that reviews it; the US
    #     ambassador replies that the charges are old and the waiver is part of US law, and that the US agreed to put
    #     it on the table in the Uruguay Round. The charge ACCUSE, the call REQUEST (AUS to USA; IGO accepted, the
    #     appeal made at GATT) and the ambassador's reply REJECT (USA to AUS) required (in CHE); the appeal's and the
    #     charge's restatements, the US agreement to negotiate the waiver AGREE (historical) and the round's launch
    #     last September CONSULT (historical; in URY) optional.
    article(REU + "2359", "1987-03-05", [
        E(["ACCUSE"], "Australia accused the", ["AUS"], ["USA"], date="1987-03-05", location_country="CHE"),
        E(["REQUEST"], "called for an end to Washington's special", ["AUS"], ["USA", IGO], date="1987-03-05",
          location_country="CHE"),
        E(["REQUEST"], "made the appeal at a special annual meeting", ["AUS"], ["USA", IGO], req=False),
        E(["ACCUSE"], "were being contradicted by actions", ["AUS"], ["USA"], req=False),
        E(["ACCUSE"], "had continually been used as a justification", ["AUS"], ["USA"], req=False),
        E(["REJECT"], "These charges have been made since the very beginning", ["USA"], ["AUS"],
          location_country="CHE"),
        E(["AGREE"], "We have agreed to put the waiver on the table", ["USA"], ["AUS", IGO], req=False, modality=H),
        E(["CONSULT"], "launched in Punta del Este last September", None, None, req=False, modality=H,
          date="1986-09", location_country="URY"),
    ], places=[P("Australia", "AUS"), P("United States", "USA"), WASHINGTON,
               P("Punta del Este", "URY", -34.96, -54.95)],
        dates=[D("today", "1987-03-05"), D("last September", "1986-09"), D("1955", "1955")],
        quantities=[Q("Ninety-two", 92, "countries")]),

    # 12. reuters-1870 (Wed 1987-03-04, New York): the Philippines and its bank advisory committee completed a second
    #     day of talks on its request to reschedule 9.4 billion dlrs of debt, bankers (unnamed: anonymous) said;
    #     Argentina's talks on new loans and a rescheduling also continued, the Citibank-led committee making a
    #     counter-proposal. Both talks CONSULT (the state with the banks, MNC, either side; in USA) required; the
    #     rescheduling request REQUEST and the counter-proposal (a bank committee's offer: AGREE, REQUEST accepted)
    #     optional; the bankers' expectation of no early outcome and their hope forbidden.
    article(REU + "1870", "1987-03-04", [
        E(["CONSULT"], "completed a second day of talks", PH_BANKS, PH_BANKS, attribution="anonymous",
          location_country="USA"),
        E(["REQUEST"], "the country's request to reschedule", ["PHL"], [MNC], req=False, attribution="anonymous"),
        E(["CONSULT"], "Talks with Argentina over 2.15 billion dlrs", AR_BANKS, AR_BANKS, attribution="anonymous",
          location_country="USA"),
        E(["AGREE", "REQUEST"], "making a counter-proposal", [MNC], ["ARG"], req=False, attribution="anonymous"),
    ], forbid=[F("would be unrealistic to expect an outcome"), F("Bankers remain hopeful")],
        places=[P("Philippines", "PHL"), P("Argentina", "ARG"), NEW_YORK],
        quantities=[Q("9.4 billion dlrs", 9400000000, "USD"), Q("2.15 billion dlrs", 2150000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
