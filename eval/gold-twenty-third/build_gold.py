"""Writes articles.json for the twenty-third article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 80) that
report acts of political actors: aid between states and from the World Bank, trade diplomacy between the EC, the
US and Japan, a GATT ministers' meeting, a tin producers' accord, Iraq's rejection of its OPEC quota, a budget
quarrel between the White House and Congress, and a House call on Japan. The annotations are data, written by
hand below with the shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
`file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of the
record's timestamp, relative dates resolved against it. Only the political acts are required events; deals
between firms, market figures, forecasts and speculation are forbid phrases where a coder might take them for
events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community: EUR or IGO (the earlier golds' convention)
DONORS = [IGO, "EUR", "CAN", "BEL", "DEU", "GBR", "SWE", "ITA", "DNK"]   # reuters-1985's donors, any of them
EC_US = ["EUR", IGO, "USA"]        # a future meeting of both sides: all parties as actor, no recipient

ARTICLES = [
    # 1. reuters-1985 (Thu 1987-03-05, Dar es Salaam): the state-run Tanzania Railway Corporation has secured 25.6
    #    mln dlrs of aid from the World Bank, the African Development Bank, the EC and eight states, the transport
    #    minister says on his return from a donors' conference. The aid AID (donors to TZA; the state firm takes
    #    its country) required; the list of contributors (a detail of the same act), the donors' conference
    #    CONSULT (past, the occasion of the aid) and the earlier aid to the Tanzania-Zambia railway (historical)
    #    optional; what the money will buy forbidden (the firm's purchases).
    article(REU + "1985", "1987-03-05", [
        E(["AID"], "has secured 25.6 mln dlrs aid", DONORS, ["TZA"]),
        E(["AID"], "had contributed to the package", DONORS, ["TZA"], req=False),
        E(["CONSULT"], "a World Bank sponsored donors' conference", ["TZA", IGO], [IGO, "TZA"], req=False,
          location_country="USA"),
        E(["AID"], "has already received substantial aid", [IGO], ["TZA", "ZMB"], req=False, modality=H),
    ], forbid=[F("would enable TRC to buy spares")],
        places=[P("Dar es Salaam", "TZA", -6.79, 39.21), P("New York", "USA", 40.71, -74.01),
                P("Tanga", "TZA", -5.07, 39.10), P("South Africa", "ZAF")],
        quantities=[Q("25.6 mln dlrs", 25600000, "USD"), Q("32 locomotives", 32, "locomotives"),
                    Q("800 wagons", 800, "wagons"), Q("67,000 sleepers", 67000, "sleepers")]),

    # 2. reuters-18399 (Mon 1987-06-15, Washington): the EC's representative in Washington, in an op-ed piece,
    #    warns the US against punishing trading partners that run surpluses and says Washington itself trades
    #    unfairly. The warning (no EC act threatened: ACCUSE, the disapproval mode; REQUEST and THREATEN accepted)
    #    and the charge of unfair practices ACCUSE required (EUR or IGO to USA); the call for negotiation through
    #    GATT REQUEST, the rebuttal that the deficit is not due to unfair foreign practices REJECT and the EC's
    #    updated list of US trade barriers ACCUSE optional; the Senate's debate (legislation in drafting), the
    #    "path of ... retaliation" quote (hypothetical) and "hostile or aggressive intent" forbidden.
    article(REU + "18399", "1987-06-15", [
        E(["ACCUSE", "REQUEST", "THREATEN"], "warned the United States against", EC, ["USA"]),
        E(["REQUEST"], "trade disputes should be dealt with through negotiations", EC, ["USA"], req=False),
        E(["ACCUSE"], "It is dangerous to establish a rule", EC, ["USA"], req=False),
        E(["REJECT", "ACCUSE"], "was not purely the result of unfair trade practices", EC, ["USA"], req=False),
        E(["ACCUSE"], "Washington employed what he termed unfair", EC, ["USA"]),
        E(["ACCUSE"], "had recently updated a list", EC, ["USA"], req=False),
    ], forbid=[F("the Senate was to begin debate"),
               F("If we turn to the path of unilateral action"),
               F("with any hostile or aggressive intent")],
        places=[P("United States", "USA"), P("Geneva", "CHE", 46.20, 6.15)],
        dates=[D("today", "1987-06-15"), D("this week", "1987-06")],
        quantities=[Q("170 billion dlr", 170000000000, "USD"), Q("some 30 U.S. trade barriers", 30, "barriers")]),

    # 3. reuters-8592 (Tue 1987-03-24, Taupo, New Zealand): the US trade representative says the trade ministers
    #    meeting informally at Taupo have reached a general consensus on farm trade reform under the GATT round.
    #    The consensus AGREE and the meeting CONSULT (delegates of 22 countries: IGO, no recipient) required; the
    #    round's launch at Punta del Este (historical) optional; the negotiations still ahead and "how that
    #    translates ... into negotiations" forbidden (future talks with no act).
    article(REU + "8592", "1987-03-24", [
        E(["AGREE"], "have reached a general consensus", [IGO, "USA"], location_country="NZL"),
        E(["CONSULT"], "Delegates from 22 countries are meeting informally", [IGO], location_country="NZL"),
        E(["AGREE", "CONSULT"], "round was launched in Punta del Este", [IGO], req=False, modality=H,
          date="1986-09", location_country="URY"),
    ], forbid=[F("how that translates ultimately into negotiations"),
               F("with a couple of years of tough negotiations ahead")],
        places=[P("Punta del Este", "URY", -34.96, -54.95), P("Uruguay", "URY")],
        dates=[D("last September", "1986-09")],
        quantities=[Q("22 countries", 22, "countries"), Q("26 billion dlrs", 26000000000, "USD")]),

    # 4. reuters-17948 (Tue 1987-06-02, Tokyo): Japan's trade minister says Japan is disappointed at the EC's
    #    recent threats of trade retaliation. His disappointment ACCUSE (disapprove; JPN to EUR or IGO) and the EC
    #    foreign ministers' agreement last week to impose tariffs on Japanese goods unless Tokyo opens its markets
    #    THREATEN (a conditional sanction; a recent act, required) required; his "deeply concerned" quote ACCUSE
    #    and the call to expand trade rather than restrict it REQUEST optional; the import figures and the new
    #    understanding centre forbidden (the latter but for ACCUSE: it shares the quote's sentence).
    article(REU + "17948", "1987-06-02", [
        E(["ACCUSE"], "Japan is disappointed at the recent threats", ["JPN"], EC),
        E(["ACCUSE"], "I am deeply concerned that the EC", ["JPN"], EC, req=False),
        E(["THREATEN"], "agreed to impose tariffs", EC, ["JPN"], date="1987-05"),
        E(["REQUEST", "REJECT"], "it should be rectified not by reducing trade", ["JPN"], EC, req=False),
    ], forbid=[F("a new centre designed to improve understanding", ["ACCUSE"]),
               F("Tamura referred to a 55 pct rise")],
        places=[P("Japan", "JPN")],
        dates=[D("Last week", "1987-05"), D("March 31", "1987-03-31")],
        quantities=[Q("55 pct", 55, "percent"), Q("12 EC nations", 12, "nations")]),

    # 5. reuters-17383 (Wed 1987-04-29, London): Britain will ship 39,250 tonnes of feed wheat to China this month
    #    as food aid, the Overseas Development Administration says. The aid announced for this month AGREE (the
    #    earlier golds' convention: future aid is AGREE; AID accepted; GBR to CHN; future) required; the
    #    standing pledge under the Food Aid Convention SUPPORT/AGREE and the allocations to the World Food
    #    Programme AID optional; the exporter's supply forbidden (a firm's contract).
    article(REU + "17383", "1987-04-29", [
        E(["AGREE", "AID"], "Will ship 39,250 tonnes of feed wheat to China", ["GBR"], ["CHN"], modality=FUT,
          date="1987-04"),
        E(["SUPPORT", "AGREE"], "Is pledged to supply 110,700", ["GBR"], [IGO], req=False),
        E(["AID"], "Makes allocations to the World Food Programme", ["GBR"], [IGO], req=False),
    ], forbid=[F("The wheat will be supplied by grain exporter")],
        places=[P("China", "CHN")],
        dates=[D("this month", "1987-04")],
        quantities=[Q("39,250 tonnes", 39250, "tonnes"), Q("3.4 mln stg", 3400000, "GBP"),
                    Q("110,700 tonnes", 110700, "tonnes")]),

    # 6. reuters-688 (Mon 1987-03-02, Washington): a State Department official says US tin disposals will have
    #    little effect on the accord the Association of Tin Producing Countries reached last weekend to limit
    #    exports; the association's chairman had appealed to the US to restrict stockpile releases. The producers'
    #    accord AGREE (IGO, no recipient) and the appeal REQUEST (IGO or the chairman's Indonesia to USA) required;
    #    the official's dismissal REJECT (USA to IGO) optional (a comment that answers the appeal only
    #    implicitly); last year's stockpile sale to two firms forbidden.
    article(REU + "688", "1987-03-02", [
        E(["AGREE"], "an agreement reached last weekend by tin producing", [IGO]),
        E(["REQUEST"], "appealed to the United States to restrict", [IGO, "IDN"], ["USA"]),
        E(["REJECT"], "We don't think that", ["USA"], [IGO, "IDN"], req=False),
    ], forbid=[F("Last year the United States released about")],
        places=[P("United States", "USA")],
        dates=[D("March 1", "1987-03-01"), D("Last year", "1986")],
        quantities=[Q("96,000 tonnes", 96000, "tonnes"), Q("4,900 tonnes", 4900, "tonnes")]),

    # 7. reuters-8135 (Mon 1987-03-23, Taupo, New Zealand): Nigeria's trade minister tells the informal GATT
    #    meeting that the developed countries' deflationary policies swell African debt, and that they must seek
    #    other policies. His charge ACCUSE and his demand REQUEST (NGA; the developed countries have no code, the
    #    recipient is left out) and the meeting CONSULT (IGO) required; the opening "unless developed countries
    #    lower their interest rates", the "inequitable" system, "have slowed down output growth" and the appeal to
    #    the international community optional; the World Bank's estimate forbidden.
    article(REU + "8135", "1987-03-23", [
        E(["ACCUSE"], "reflects the full effect of the deflationary", ["NGA"]),
        E(["REQUEST"], "Developed countries must seek alternatives", ["NGA"]),
        E(["CONSULT"], "Delegates from 23 countries are attending", [IGO], location_country="NZL"),
        E(["REQUEST"], "unless developed countries lower their interest rates", ["NGA"], req=False),
        E(["ACCUSE"], "an inequitable international economic system", ["NGA"], req=False),
        E(["ACCUSE"], "have slowed down output growth", ["NGA"], req=False),
        E(["REQUEST"], "The international community cannot fail to respond", ["NGA"], [IGO], req=False),
    ], forbid=[F("the World Bank estimated 35.3 billion dlrs")],
        places=[P("New Zealand", "NZL"), P("Taupo", "NZL", -38.69, 176.07)],
        quantities=[Q("23 countries", 23, "countries"), Q("35.3 billion dlrs", 35300000000, "USD"),
                    Q("24.5 billion dlrs", 24500000000, "USD")]),

    # 8. reuters-18878 (Thu 1987-06-18, Washington): the White House calls the congressional Democrats'
    #    compromise budget a "pickpocket" plan and bars negotiations on it until budget reforms are adopted. The
    #    charge ACCUSE and the refusal to negotiate REJECT required (USA on both sides: the executive and
    #    Congress); the spokesman's quotes, the restated precondition, the earlier refusal (historical), the
    #    Democrats' call for a summit REQUEST and the conditional interest in a reform package AGREE (hypothetical)
    #    optional.
    article(REU + "18878", "1987-06-18", [
        E(["ACCUSE"], "The White House called a compromise", ["USA"], ["USA"]),
        E(["REJECT"], "barred negotiations on changing", ["USA"], ["USA"]),
        E(["REJECT"], "The president isn't buying it", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "a pickpocket way to lift your wallet", ["USA"], ["USA"], req=False),
        E(["REJECT"], "could not begin until budget reforms are adopted", ["USA"], ["USA"], req=False),
        E(["REJECT"], "has previously said it would not negotiate", ["USA"], ["USA"], req=False, modality=H),
        E(["REQUEST"], "Democratic leaders have called for a", ["USA"], ["USA"], req=False),
        E(["AGREE"], "we would be interested in pursuing it", ["USA"], ["USA"], req=False, modality=HYP),
    ], quantities=[Q("65 billion dlrs", 65000000000, "USD")]),

    # 9. reuters-20989 (Mon 1987-10-19, Luxembourg): the EC is willing to offer the US limited concessions on the
    #    hormone-meat ban at a meeting later this month between the US trade representative and the EC's external
    #    relations commissioner; Washington has said it will take reprisals if the ban goes ahead. The offer
    #    AGREE (CONCEDE accepted; EUR or IGO to USA), the planned meeting AGREE/CONSULT (future; all parties as actor,
    #    no recipient)
    #    and the US threat THREATEN (future, conditional; USA to EUR or IGO) required; the farm commissioner's
    #    restatement to the ministers, the ministers' meeting, the US claim that the ban has no scientific basis
    #    ACCUSE, the ban itself (a plan) and the meeting's restatement optional; "issues which threaten to poison
    #    their trade relations" forbidden but for the offer its sentence carries.
    article(REU + "20989", "1987-10-19", [
        E(["AGREE", "CONCEDE"], "is willing to offer limited concessions", EC, ["USA"]),
        E(["AGREE", "CONSULT"], "at a meeting later this month between", EC_US, modality=FUT,
          date="1987-10"),
        E(["AGREE", "CONCEDE"], "is willing to make some temporary arrangements", EC, ["USA"], req=False),
        E(["CONSULT"], "told agriculture ministers meeting in Luxembourg", EC, req=False, location_country="LUX"),
        E(["SANCTION"], "an EC plan to ban the sales of meat", EC, ["USA"], req=False, modality=FUT),
        E(["THREATEN"], "it will take trade reprisals", ["USA"], EC, modality=FUT),
        E(["ACCUSE"], "It claims the hormones ban has no scientific basis", ["USA"], EC, req=False),
        E(["AGREE", "CONSULT"], "the Yeutter-de Clercq meeting will take place in London", EC_US, req=False,
          modality=FUT, location_country="GBR"),
    ], forbid=[F("which threaten to poison their trade relations", ["AGREE", "CONCEDE"])],
        places=[P("Luxembourg", "LUX", 49.61, 6.13), P("London", "GBR", 51.51, -0.13),
                P("United States", "USA")],
        dates=[D("later this month", "1987-10"), D("January 1", "1988-01-01"), D("next year", "1988")],
        quantities=[Q("130 mln dlrs", 130000000, "USD")]),

    # 10. reuters-19560 (Mon 1987-06-29, Baghdad): Iraq has rejected its new OPEC production quota set in Vienna,
    #     the oil minister quoted by the official news agency. The rejection REJECT (IRQ to IGO) and the OPEC
    #     ministers' accord on Saturday AGREE (IGO; a recent act, as gold-twenty-second's rubber pact) required;
    #     the minister's quote restating the rejection, last December's rejection and demand (historical)
    #     optional; the Gulf war's mention forbidden but for the historical rejection and demand of its sentence.
    article(REU + "19560", "1987-06-29", [
        E(["REJECT"], "Iraq has rejected its new OPEC", ["IRQ"], [IGO]),
        E(["REJECT"], "considering itself as not included in the agreement", ["IRQ"], [IGO], req=False),
        E(["REJECT"], "Last December, Iraq rejected", ["IRQ"], [IGO], req=False, modality=H, date="1986-12"),
        E(["REQUEST"], "demanded a share equal to", ["IRQ"], [IGO], req=False, modality=H, date="1986-12"),
        E(["AGREE"], "The accord reached by OPEC ministers", [IGO], date="1987-06-27", location_country="AUT"),
    ], forbid=[F("its enemy in the nearly seven-year-old Gulf war", ["REJECT", "REQUEST"])],
        places=[P("Vienna", "AUT", 48.21, 16.37)],
        dates=[D("Sunday", "1987-06-28"), D("Last December", "1986-12"), D("Saturday", "1987-06-27")],
        quantities=[Q("1.466 mln bpd", 1466000, "bpd"), Q("16.6 mln bpd", 16600000, "bpd"),
                    Q("1.54 mln bpd", 1540000, "bpd"), Q("13 members", 13, "members")]),

    # 11. reuters-10821 (Mon 1987-03-30, Manila): the Philippines and the World Bank have signed a 300 mln dlr loan
    #     and 10 mln dlrs of technical assistance for the economic recovery. The signing SUPPORT (sign an
    #     agreement; AGREE and AID accepted: the package is a development loan; both sides as actor and
    #     recipient) required; the signatories' restatement and the first tranche expected within a month AGREE
    #     (future aid; AID accepted) optional.
    article(REU + "10821", "1987-03-30", [
        E(["SUPPORT", "AGREE", "AID"], "have signed a 300 mln dlr loan", ["PHL", IGO], [IGO, "PHL"]),
        E(["SUPPORT", "AGREE"], "The loan was signed by Finance Minister", ["PHL", IGO], [IGO, "PHL"], req=False),
        E(["AGREE", "AID"], "the first tranche of 100 mln dlrs was expected", [IGO], ["PHL"], req=False,
          modality=FUT),
    ], places=[P("Philippines", "PHL")],
        quantities=[Q("300 mln dlr", 300000000, "USD"), Q("10 mln dlr", 10000000, "USD"),
                    Q("7.92 pct", 7.92, "percent"), Q("100 mln dlrs", 100000000, "USD")]),

    # 12. reuters-19003 (Thu 1987-06-18, Washington): the House supported a call for Japan to raise its defence
    #     spending, approving an amendment that would require the Secretary of State to enter talks with Japan.
    #     The call REQUEST (USA to JPN) required; the measure's approval and the legislators' call (restatements)
    #     REQUEST and the talks the amendment would require AGREE/CONSULT (hypothetical: the Senate must still
    #     approve; both states as actor)
    #     optional; "we don't have to bash the Japanese" and the Senate's pending approval forbidden.
    article(REU + "19003", "1987-06-18", [
        E(["REQUEST"], "The House today supported a call for Japan", ["USA"], ["JPN"], date="1987-06-18"),
        E(["REQUEST"], "approved a measure that would require", ["USA"], ["JPN"], req=False),
        E(["AGREE", "CONSULT"], "to enter into talks with Japan on increasing", ["USA", "JPN"], req=False,
          modality=HYP),
        E(["REQUEST"], "legislators called on Japan to spend more", ["USA"], ["JPN"], req=False),
    ], forbid=[F("We don't have to bash the Japanese"),
               F("The Senate must approve the measure")],
        places=[P("Japan", "JPN")],
        dates=[D("today", "1987-06-18")],
        quantities=[Q("3 pct", 3, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
