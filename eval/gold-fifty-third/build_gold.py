"""Writes articles.json for the fiftieth article gold ('gold-fifty-third', written blind): twelve 1987 Reuters wire
stories from the one-keyword business list (select_stories.py: gold_selection.one_keyword_business_list walked over
positions 1,135-1,281) that report acts of political actors: the US opposing Soviet membership of the World Bank and
the IMF, the US ending its tax treaty with the Netherlands for the Antilles and Aruba, Britain's grants to India,
Malaysia asking Japan for a loan, the ITC's anti-dumping duties on Brazilian orange juice, Thailand seeking
clarification from the US on rice prices, Brazil's creditor banks renewing its credit lines, Greece and the Soviet
Union agreeing on an alumina plant, the IMF's loan to Uganda, Taiwan planning tariff cuts asked by Washington, the
World Bank's loans to Niger and Zaire, and the Soviet Communist Party criticising the Grain Products Ministry.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SOVIET = ["SUN", "RUS"]            # the Soviet Union (the earlier golds' convention)
ZAIRE = ["COD", "ZAR"]             # Zaire, as gold-twenty-ninth and gold-forty-third code it
GB_IN = ["GBR", "IND"]             # a signed grant agreement: either party on either side
GR_SU = ["GRC"] + SOVIET
TW_US = ["TWN", "USA"]
LENDER = [IGO]                     # the IMF, the World Bank and its International Development Association
BANKS = [MNC]                      # a debtor's commercial creditor banks
# The tax treaty applies to the Netherlands Antilles and Aruba, whose foreign relations the Netherlands conducts.
DUTCH = ["NLD", "ANT", "ABW"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
MOSCOW = P("Moscow", "RUS", 55.76, 37.62)

ARTICLES = [
    # 1. reuters-6016 (Tue 1987-03-17, Washington): Treasury Secretary Baker said the US opposes Soviet membership of
    #    the World Bank or the IMF; he told a House foreign affairs subcommittee "We do not support and will not
    #    support Soviet membership", the position "unqualified and unconditional"; he has written to congressman Kemp
    #    outlining it; a questioner noted that World Bank President Conable had suggested future Soviet membership
    #    could take place; Gorbachev had suggested Soviet membership of GATT, which was also rejected; speculation
    #    that Moscow wanted to join. The opposition REJECT (USA to the Soviet Union; in USA: testimony to a House
    #    subcommittee) required; the quoted refusal (restatement), Conable's earlier suggestion SUPPORT (historical),
    #    Gorbachev's suggestion REQUEST (historical) and its rejection REJECT (historical, no actor code) optional;
    #    the speculation forbidden.
    article(REU + "6016", "1987-03-17", [
        E(["REJECT"], "opposes Soviet membership of the World Bank", ["USA"], SOVIET, location_country="USA"),
        E(["REJECT"], "We do not support and will not support", ["USA"], SOVIET, req=False, location_country="USA"),
        E(["SUPPORT", "AGREE"], "has in the past suggested future Soviet membership", LENDER, SOVIET, req=False,
          modality=H),
        E(["REQUEST"], "Gorbachev suggested Soviet membership", SOVIET, [IGO], req=False, modality=H),
        E(["REJECT"], "which was also rejected", recipient=SOVIET, req=False, modality=H),
    ], forbid=[F("there has been speculation Moscow")],
        places=[P("New York", "USA"), MOSCOW]),

    # 2. reuters-19775 (Mon 1987-06-29, Washington): the Treasury said it notified the Netherlands that it was
    #    terminating the 1948 income tax treaty as it applies to the Netherlands Antilles and Aruba, effective January
    #    1, 1988; it decided to end the treaty after eight years of negotiations between the two states failed to
    #    reach an accord (a spokesman); the consequences for Eurobonds, the spokesman's expectations. The notified
    #    termination SANCTION (a state discontinuing an exchange with another; REJECT accepted; USA to NLD, the
    #    Antilles or Aruba) required; its effect date (future) and the decision restated, and the failed
    #    negotiations CONSULT (historical; REJECT accepted) optional; the consequences for bond issuers and the
    #    spokesman's expectation forbidden.
    article(REU + "19775", "1987-06-29", [
        E(["SANCTION", "REJECT"], "notified the Netherlands that it was terminating", ["USA"], DUTCH),
        E(["SANCTION", "REJECT"], "The termination is effective", ["USA"], DUTCH, req=False, modality=FUT,
          date="1988-01-01"),
        E(["SANCTION", "REJECT"], "The Treasury decided to end the treaty", ["USA"], DUTCH, req=False),
        E(["CONSULT", "REJECT"], "had failed to reach an accord", ["USA", "NLD"], ["USA", "NLD"], req=False,
          modality=H),
    ], forbid=[F("may cause bond issuers to call in the bonds early"),
               F("did not expect the action to have an adverse effect")],
        places=[P("Netherlands", "NLD"), P("Aruba", "ABW"), P("United States", "USA")],
        dates=[D("1948", "1948"), D("January 1, 1988", "1988-01-01"), D("1984", "1984")],
        quantities=[Q("eight years", 8, "years"), Q("30 pct", 30, "percent"), Q("10 years", 10, "years")]),

    # 3. reuters-5153 (Sat 1987-03-14, New Delhi): India will get 104.65 mln stg of grants from Britain for its coal,
    #    zinc and lead industries, the British Information Services said; a 31 mln stg grant will be disbursed under
    #    an agreement signed here yesterday between the Indian Finance Ministry and the British Overseas Development
    #    Administration; British coal grants totalled 52 mln stg in the past 10 years; under a separate agreement the
    #    British government agreed to provide 73.65 mln stg for a zinc and lead mine and smelter; the grant will
    #    finance engineering by a British firm. The grants AID (GBR to IND; future: "will get") and the agreement
    #    signed yesterday AID (AGREE and SUPPORT accepted; either party on either side; in IND) required; the separate
    #    agreement (a part of the total), the past grants (historical) and the grant's use (future) optional.
    article(REU + "5153", "1987-03-14", [
        E(["AID", "AGREE"], "as grants from Britain to develop", ["GBR"], ["IND"], modality=FUT),
        E(["AID", "AGREE", "SUPPORT"], "under an agreement signed here yesterday", GB_IN, GB_IN, date="1987-03-13",
          location_country="IND"),
        E(["AID", "AGREE"], "the British government agreed to provide", ["GBR"], ["IND"], req=False),
        E(["AID"], "in the past 10 years", ["GBR"], ["IND"], req=False, modality=H),
        E(["AID"], "The grant will finance the basic engineering", ["GBR"], ["IND"], req=False, modality=FUT),
    ], places=[P("India", "IND"), P("Britain", "GBR"), P("Rampura-Agucha", "IND"), P("Chaneriya", "IND"),
               P("Rajasthan", "IND"), P("Stockton", "GBR")],
        dates=[D("yesterday", "1987-03-13")],
        quantities=[Q("104.65 mln stg", 104650000, "GBP"), Q("31 mln stg", 31000000, "GBP"),
                    Q("52 mln stg", 52000000, "GBP"), Q("73.65 mln stg", 73650000, "GBP"),
                    Q("10 years", 10, "years")]),

    # 4. reuters-15416 (Thu 1987-04-09; the dateline says "March 9", the timestamp April 9, Kuala Lumpur): Malaysia
    #    has asked Japan for a 42 billion yen 25-year loan for gas pipelines, the Overseas Economic Cooperation Fund
    #    (a Japanese government agency) said; its chief representative said the Japanese Government is appraising
    #    the loan; another OECF official said Japan is likely to approve it; the terms if approved; the pipeline is
    #    the second phase of Petronas's project. The request REQUEST (MYS to JPN) required; the appraisal (CONSULT or
    #    COOPERATE, JPN to MYS) and the likely approval AID (hypothetical; anonymous) optional.
    article(REU + "15416", "1987-04-09", [
        E(["REQUEST"], "Malaysia has asked Japan for a 42", ["MYS"], ["JPN"]),
        E(["CONSULT", "COOPERATE"], "the Japanese Government is appraising the loan", ["JPN"], ["MYS"], req=False),
        E(["AID", "AGREE"], "Japan is likely to approve the loan", ["JPN"], ["MYS"], req=False, modality=HYP,
          attribution="anonymous"),
    ], places=[P("Malaysia", "MYS"), P("Japan", "JPN"), P("Trengganu", "MYS"), P("Johor", "MYS"),
               P("Kertih", "MYS")],
        quantities=[Q("42 billion yen", 42000000000, "JPY"), Q("four pct", 4, "percent"),
                    Q("seven years", 7, "years"), Q("three years", 3, "years")]),

    # 5. reuters-16630 (Mon 1987-04-13, Washington): the ITC voted to authorize the Commerce Department to impose
    #    anti-dumping duties on imports of Brazilian frozen concentrated orange juice (3-2, its final ruling); today's
    #    ruling activates a 1.96 pct duty; the ITC found the imports injured US producers; Commerce had ruled on March
    #    9 that they were unfairly priced; bonds required since last October 23; one Brazilian producer excluded; the
    #    ITC will forward its report by April 22, then Commerce and Customs will assess duties; import figures. The
    #    ruling SANCTION (USA to BRA or the exporters; April 13) required; the vote restated, the duty activated, the
    #    injury finding and Commerce's ruling ACCUSE, the bonds required (historical), the producer excluded
    #    (historical) and the duties to be assessed (future) optional; the import share forbidden.
    article(REU + "16630", "1987-04-13", [
        E(["SANCTION"], "voted to authorize the Commerce Department", ["USA"], ["BRA", MNC], date="1987-04-13"),
        E(["SANCTION"], "The ITC voted 3-2 in favor", ["USA"], ["BRA", MNC], req=False, date="1987-04-13"),
        E(["SANCTION"], "activates an anti-dumping duty", ["USA"], ["BRA", MNC], req=False, date="1987-04-13"),
        E(["ACCUSE"], "The ITC found that Brazilian orange juice imports", ["USA"], ["BRA", MNC], req=False),
        E(["ACCUSE"], "had already ruled that the imports were unfairly priced", ["USA"], ["BRA", MNC], req=False,
          modality=H),
        E(["SANCTION"], "has been requiring bond to be posted", ["USA"], ["BRA", MNC], req=False, modality=H),
        E(["CONCEDE"], "would be excluded from the anti-dumping duty", ["USA"], ["BRA", MNC], req=False,
          modality=H),
        E(["SANCTION"], "begin assessing duties", ["USA"], ["BRA", MNC], req=False, modality=FUT),
    ], forbid=[F("Brazilian imports account for about 40 pct")],
        places=[P("United States", "USA")],
        dates=[D("March 9", "1987-03-09"), D("October 23", "1986-10-23"), D("December 1985", "1985-12"),
               D("November 1986", "1986-11"), D("April 22", "1987-04-22")],
        quantities=[Q("1.96 pct", 1.96, "percent"), Q("8.5 pct", 8.5, "percent"), Q("40 pct", 40, "percent"),
                    Q("546 mln gallons", 546000000, "gallons"), Q("622 mln dlrs", 622000000, "USD")]),

    # 6. reuters-17280 (Mon 1987-04-27, Bangkok): Thailand will this week seek clarification from the US about its
    #    decision to freeze rice export prices, Commerce Minister Montri said; he will seek a meeting with the US
    #    ambassador; he said the US has followed a policy of weakening world rice prices with subsidised export
    #    prices; Thai officials on the unchanged US prices; Thailand has criticised the US Farm Act; price and export
    #    figures; the Board of Trade's export forecast. The request for clarification REQUEST (THA to USA; future;
    #    "this week", April 27 to May 1, is not dated) and the charge ACCUSE (THA to USA) required; the meeting
    #    sought (REQUEST, CONSULT or AGREE; future) and the earlier criticism of the Farm Act (historical) optional;
    #    the price figures and the export forecast forbidden.
    article(REU + "17280", "1987-04-27", [
        E(["REQUEST"], "Thailand will this week seek clarification", ["THA"], ["USA"], modality=FUT),
        E(["REQUEST", "CONSULT", "AGREE"], "he will seek a meeting with", ["THA"], ["USA"], req=False, modality=FUT),
        E(["ACCUSE"], "followed a policy of weakening world rice prices", ["THA"], ["USA"]),
        E(["ACCUSE"], "a major rice exporter, has criticised the", ["THA"], ["USA"], req=False, modality=H),
    ], forbid=[F("average export prices of Thai rice fell"), F("Thailand may export more rice")],
        places=[P("Thailand", "THA"), P("Burma", "MMR"), P("Pakistan", "PAK")],
        dates=[D("January", "1987-01"), D("April 8", "1987-04-08"), D("last year", "1986"),
               D("this year", "1987")],
        quantities=[Q("11 weeks", 11, "weeks"), Q("19 pct", 19, "percent"), Q("5.8 pct", 5.8, "percent"),
                    Q("1.23 mln tonnes", 1230000, "tonnes"), Q("1.29 mln", 1290000, "tonnes"),
                    Q("351,889 tonnes", 351889, "tonnes"), Q("93,038", 93038, "tonnes")]),

    # 7. reuters-12038 (Wed 1987-04-01, Brasilia): Brazilian officials confirmed a renewal of short-term credit lines by
    #    commercial creditors; Finance Ministry sources said a large majority of foreign banks had accepted to extend
    #    them before the March 31 deadline; Funaro said all were renewed; Central Bank sources; the terms of the
    #    extensions; Brazil is pledging for an extension for an indefinite period; last week it had suggested an
    #    extension to May 31. The banks' extension COOPERATE (AID and AGREE accepted; MNC to BRA; anonymous: ministry
    #    sources; March 31) and Brazil's plea for an indefinite extension REQUEST (BRA to the banks) required; the
    #    confirmation and Funaro's statement (restatements) and last week's suggestion REQUEST (historical)
    #    optional; the optimism forbidden.
    article(REU + "12038", "1987-04-01", [
        E(["COOPERATE", "AID", "AGREE"], "had accepted to extend Brazil's credit lines", BANKS, ["BRA"],
          date="1987-03-31", attribution="anonymous"),
        E(["COOPERATE", "AID", "AGREE"], "confirmed a renewal of short-range credit lines", BANKS, ["BRA"],
          req=False),
        E(["COOPERATE", "AID", "AGREE"], "all short range credit lines were renewed", BANKS, ["BRA"], req=False),
        E(["REQUEST"], "Brazil is pledging for an extension", ["BRA"], BANKS),
        E(["REQUEST"], "Brazil had suggested to creditors an extension", ["BRA"], BANKS, req=False, modality=H,
          date="1987-03"),
    ], forbid=[F("bringing optimism that renegotiation")],
        places=[P("Brazil", "BRA")],
        dates=[D("March 31", "1987-03-31"), D("last week", "1987-03"), D("May 31", "1987-05-31")],
        quantities=[Q("109 billion dlrs", 109000000000, "USD"), Q("15 billion dlrs", 15000000000, "USD"),
                    Q("100 pct", 100, "percent"), Q("30 days", 30, "days"), Q("90 days", 90, "days"),
                    Q("180 days", 180, "days"), Q("two months", 2, "months")]),

    # 8. reuters-13507 (Tue 1987-04-07, Athens): Greece and the Soviet Union have reached agreement in Moscow on a
    #    joint venture for a 450 mln dlr alumina plant in Greece, government spokesman Roubatis said; the Soviet
    #    Union agreed to buy the plant's entire output; the industry undersecretary, who was in Moscow, will give
    #    details; the project's delays; the Soviet Union later agreed to take the full production. The agreement
    #    AGREE (GRC and the Soviet Union, either side; in RUS) required; the Soviet purchase agreed (a detail), the
    #    undersecretary's stay in Moscow CONSULT (in RUS) and the earlier agreement to take the full production
    #    (historical) optional.
    article(REU + "13507", "1987-04-07", [
        E(["AGREE"], "have reached agreement in Moscow", GR_SU, GR_SU, location_country="RUS"),
        E(["AGREE", "COOPERATE"], "the Soviet Union agreed to buy", SOVIET, ["GRC"], req=False),
        E(["CONSULT"], "who was in Moscow", ["GRC"], SOVIET, req=False, location_country="RUS"),
        E(["AGREE"], "later agreed to take the full production", SOVIET, ["GRC"], req=False, modality=H),
    ], places=[P("Greece", "GRC"), P("Soviet Union", "RUS"), MOSCOW, P("Bulgaria", "BGR")],
        dates=[D("1986", "1986")],
        quantities=[Q("450 mln dlr", 450000000, "USD"), Q("600,000 tonnes", 600000, "tonnes"),
                    Q("400,000 tonnes", 400000, "tonnes")]),

    # 9. reuters-18742 (Thu 1987-06-18, Washington): the IMF said it has loaned Uganda 92.1 mln dlrs to aid economic
    #    recovery; 60 mln dlrs through the structural adjustment facility over three years; 57.5 mln available
    #    immediately; Uganda's economic setbacks and the coffee price. The loan AID (IGO to UGA) required, attribution
    #    official (the lender's own statement, as gold-forty-fifth's 18797); its two parts (details) optional; the
    #    fund's account of the economy forbidden.
    article(REU + "18742", "1987-06-18", [
        E(["AID"], "it has loaned Uganda 92.1 mln dlrs", LENDER, ["UGA"]),
        E(["AID"], "60 mln dlrs of the loan is available", LENDER, ["UGA"], req=False),
        E(["AID"], "57.5 mln dlrs will be available immediately", LENDER, ["UGA"], req=False),
    ], forbid=[F("Uganda's economy has suffered setbacks")],
        places=[P("Uganda", "UGA")],
        dates=[D("1984", "1984")],
        quantities=[Q("92.1 mln dlrs", 92100000, "USD"), Q("60 mln dlrs", 60000000, "USD"),
                    Q("57.5 mln dlrs", 57500000, "USD"), Q("three years", 3, "years")]),

    # 10. reuters-8699 (Tue 1987-03-24, Taipei): Taiwan said it plans another round of tariff cuts, possibly within a
    #     month, to narrow its trade surplus with the US; Vice Finance Minister Ho said a high-level economic committee
    #     recommended cuts on 66 products requested by Washington; the cuts may take effect by the end of next month;
    #     surplus figures. The planned cuts CONCEDE (COOPERATE accepted; TWN to USA; future, as gold-fifty-first's
    #     4172) required; the committee's recommendation (CONCEDE or REQUEST), Washington's request (historical) and
    #     the cuts' start (future) optional; the surplus figures forbidden.
    article(REU + "8699", "1987-03-24", [
        E(["CONCEDE", "COOPERATE"], "it plans another round of tariff cuts", ["TWN"], ["USA"], modality=FUT),
        E(["CONCEDE", "REQUEST"], "a high-level economic committee recommended", ["TWN"], ["USA"], req=False),
        E(["REQUEST"], "66 products requested by Washington", ["USA"], ["TWN"], req=False, modality=H),
        E(["CONCEDE", "COOPERATE"], "the cuts may come into effect", ["TWN"], ["USA"], req=False, modality=FUT,
          date="1987-04"),
    ], forbid=[F("Widened in the first two months")],
        places=[P("Taiwan", "TWN"), WASHINGTON],
        dates=[D("next month", "1987-04"), D("this year", "1987"), D("last year", "1986")],
        quantities=[Q("66 products", 66, "products"), Q("2.35 billion dlrs", 2350000000, "USD"),
                    Q("1.87 billion dlrs", 1870000000, "USD")]),

    # 11. reuters-19845 (Mon 1987-06-29, Washington): the World Bank said it has extended loans totalling 241 mln dlrs
    #     to Niger and Zaire for structural adjustment, through the IDA and the African Facility; Zaire's programme,
    #     a 67 mln dlr IDA loan and a 94 mln dlr African Facility loan, and its goals; Niger's, a 60 mln dlr IDA loan
    #     and a 20 mln dlr African Facility loan. The loans AID (IGO to NER and Zaire) required, attribution official
    #     (the lender's statement); the channel restated and each programme's loans (details) optional.
    article(REU + "19845", "1987-06-29", [
        E(["AID"], "it has extended loans totalling 241 mln dlrs", LENDER, ["NER"] + ZAIRE),
        E(["AID"], "The loans have been made through the International", LENDER, ["NER"] + ZAIRE, req=False),
        E(["AID"], "supported by a 67 mln dlr IDA loan", LENDER, ZAIRE, req=False),
        E(["AID"], "supported by a 60 mln dlr IDA loan", LENDER, ["NER"], req=False),
    ], places=[P("Niger", "NER"), P("Zaire", "COD")],
        quantities=[Q("241 mln dlrs", 241000000, "USD"), Q("67 mln dlr", 67000000, "USD"),
                    Q("94 mln dlr", 94000000, "USD"), Q("60 mln dlr", 60000000, "USD"),
                    Q("20 mln dlr", 20000000, "USD")]),

    # 12. reuters-13458 (Tue 1987-04-07, Moscow): the Soviet Communist Party has criticised the Grain Products Ministry
    #     for poor grain storage, poor bread and bookkeeping, Pravda said; losses of 7.3 mln roubles; Kazakhstan
    #     severely criticised since the ousting of its leader Kunayev last December; its new leader Kolbin has said
    #     the republic performed badly; Tass announced yesterday that Minister Zolotukhin was being retired and
    #     replaced; Pravda added today that two of his deputies were reprimanded. The party's criticism ACCUSE
    #     (SUN or RUS on both sides; attribution media: Pravda) required; Kazakhstan's criticism (historical), the
    #     ousting of its leader (historical), Kolbin's criticism, the minister's retirement (RETREAT or SANCTION;
    #     Tass, April 6) and the deputies' reprimand (ACCUSE or SANCTION) optional; the losses forbidden.
    article(REU + "13458", "1987-04-07", [
        E(["ACCUSE"], "has criticised the country's Grain Products Ministry", SOVIET, SOVIET, attribution="media"),
        E(["ACCUSE"], "has been severely criticised since the ousting", SOVIET, SOVIET, req=False, modality=H,
          attribution="media"),
        E(["SANCTION", "COERCE", "RETREAT"], "the ousting of its veteran leader", SOVIET, SOVIET, req=False,
          modality=H, date="1986-12", attribution="media"),
        E(["ACCUSE"], "has performed so badly", SOVIET, SOVIET, req=False, attribution="media"),
        E(["RETREAT", "SANCTION"], "was being retired and replaced", SOVIET, SOVIET, req=False, date="1987-04-06",
          attribution="media"),
        E(["ACCUSE", "SANCTION"], "two of his deputies reprimanded", SOVIET, SOVIET, req=False, attribution="media"),
    ], forbid=[F("losses in the industry owing to waste and theft")],
        places=[P("Kazakhstan", "KAZ")],
        dates=[D("last December", "1986-12"), D("yesterday", "1987-04-06"), D("today", "1987-04-07")],
        quantities=[Q("7.3 mln roubles", 7300000, "SUR")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
