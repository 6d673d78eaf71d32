"""Writes articles.json for the fifty-seventh article gold ('gold-sixtieth', written blind): seven 1987 Reuters wire
stories from the stretches of two lists that the thirtieth session's writers did not reach (select_stories.py: the
cross-border list's positions 89-104 and 189-208, then the one-keyword business list's 573-600 and 1,282-1,384; the
stretches ran out with seven stories) that report acts of political actors: Japan's joint rare metals project with
Thailand, Botswana's ban on Zimbabwe's meat, the US dropping its insistence at the rubber pact talks, Latin American
and Caribbean states meeting on their UNCTAD strategy, Taiwan's buying missions to the US, Venezuela and its banks
agreeing revised rescheduling terms, and the Bank of England and the Federal Reserve agreeing joint bank capital
proposals.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events. PLOVER modes, where clear, are named in the comments (the format has no mode field).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

ANON, MEDIA, ORG = "anonymous", "media", "organization"
JP_TH = ["JPN", "THA"]              # a joint project: either party on either side
VEN_BANKS = ["VEN", MNC]            # a debtor and its bank advisory committee: either on either side (earlier golds)
GB_US = ["GBR", "USA"]              # two central banks agreeing: either on either side
RESERVED_CONSUMERS = ["GBR", "DEU", "BEL"]  # consuming states with reservations, West Germany DEU (earlier golds)
RUBBER_CHAIR = [IGO, "THA"]         # the conference chairman, a Thai: as gold-forty-fifth's 4824

ARTICLES = [
    # 1. reuters-3460 (Wed 1987-03-11, Tokyo): Japan's Agency of Natural Resources and Energy said it will begin
    #    experiments with Thailand at the end of March to start commercial production of rare metals in 1989 under a
    #    joint project; an agency official (unnamed: anonymous) said it will set up a 500 mln yen pilot plant in
    #    Bangkok to extract titanium and niobium from tin tailings. The experiments with Thailand COOPERATE (mode:
    #    economic cooperation; AGREE accepted for the joint project; either side; future, end of March) required; the
    #    pilot plant COOPERATE (AID accepted: a plant a state builds in another; JPN to THA; future; in THA) optional;
    #    the official's uncertainty forbidden. No location for the experiments: only the plant's place is named.
    article(REU + "3460", "1987-03-11", [
        E(["COOPERATE", "AGREE"], "will begin experiments with Thailand", JP_TH, JP_TH, modality=FUT,
          date="1987-03"),
        E(["COOPERATE", "AID"], "will set up a 500 mln yen pilot plant", ["JPN"], ["THA"], req=False, modality=FUT,
          attribution=ANON, location_country="THA"),
    ], forbid=[F("it is unclear how much rare metal will be extracted")],
        places=[P("Japan", "JPN"), P("Thailand", "THA"), P("Bangkok", "THA", 13.75, 100.50)],
        dates=[D("end of March", "1987-03"), D("1989", "1989")],
        quantities=[Q("500 mln yen", 500000000, "JPY"), Q("a tonne", 1, "tonnes")]),

    # 2. reuters-10334 (Fri 1987-03-27, Gaborone): Botswana has stopped importing almost all meat products from
    #    Zimbabwe after reports of a suspected foot and mouth outbreak there; its official news agency BOPA,
    #    announcing the ban last night, quoted the agriculture minister (named) as saying only sterilised and canned
    #    animal products would be allowed in; he said Zimbabwean veterinary officials had notified him of the
    #    suspected outbreak at Insiza; Zimbabwean officials were not available for comment; the ban will affect
    #    uncanned meat, milk and more, BOPA reported. The ban SANCTION (mode: discontinue commercial exchanges, an
    #    import ban, as gold-forty-eighth's 5852; BWA to ZWE; media: the official agency's report, as
    #    gold-fifty-sixth's 14850; announced last night with immediate effect, March 26) and the notification COOPERATE
    #    (mode: information sharing; CONSULT accepted; ZWE to BWA; the minister's word), required; the ban announced,
    #    its terms and its scope restated (SANCTION) optional; the non-comment and the beef trade forbidden. No
    #    location: the text names no place for the ban or the notification (Gaborone is only in the dateline).
    article(REU + "10334", "1987-03-27", [
        E(["SANCTION"], "has stopped importing almost all meat products", ["BWA"], ["ZWE"], attribution=MEDIA,
          date="1987-03-26"),
        E(["COOPERATE", "CONSULT"], "veterinary officials had notified him", ["ZWE"], ["BWA"]),
        E(["SANCTION"], "announcing the ban last night", ["BWA"], ["ZWE"], req=False, attribution=MEDIA,
          date="1987-03-26"),
        E(["SANCTION"], "would be allowed into the country", ["BWA"], ["ZWE"], req=False),
        E(["SANCTION"], "The ban will affect products", ["BWA"], ["ZWE"], req=False, modality=FUT,
          attribution=MEDIA),
    ], forbid=[F("were not immediately available for comment"), F("exports much of its high-grade beef")],
        places=[P("Botswana", "BWA"), P("Zimbabwe", "ZWE"), P("Insiza", "ZWE"), P("Bulawayo", "ZWE", -20.15, 28.58),
                P("Matabeleland", "ZWE")],
        dates=[D("last night", "1987-03-26")],
        quantities=[Q("100 km", 100, "km")]),

    # 3. reuters-4941 (Fri 1987-03-13, Geneva): the US has dropped its insistence that the floor price of a new
    #    International Natural Rubber Agreement be revised downward under certain circumstances, conference sources
    #    (anonymous) said; the surprise conciliatory move meets one of the producers' main concerns; Britain, West
    #    Germany and Belgium appeared to have strong reservations; the consumers have been seeking an adjustment of
    #    the floor price; the conference chairman, a Thai, has been holding consultations with producers and
    #    consumers; the consumers are holding a separate meeting ahead of consultations tonight. The concession
    #    CONCEDE (mode: ease a demand; USA; the producers unnamed, no recipient) and the chairman's consultations
    #    CONSULT (IGO or THA, as gold-forty-fifth's 4824), required; the move restated, the reservations REJECT, the
    #    consumers' request REQUEST (no code), their separate meeting CONSULT and the consultations tonight CONSULT
    #    (future) optional; the sources' "remains a problem" forbidden. No location: Geneva is only in the dateline.
    article(REU + "4941", "1987-03-13", [
        E(["CONCEDE"], "dropped its insistence that the floor price", ["USA"], attribution=ANON),
        E(["CONSULT"], "has been holding consultations with producers", RUBBER_CHAIR, attribution=ANON),
        E(["CONCEDE"], "The surprise conciliatory move by the", ["USA"], req=False, attribution=ANON),
        E(["REJECT"], "appeared to have strong reservations", RESERVED_CONSUMERS, req=False, attribution=ANON),
        E(["REQUEST"], "has been seeking an adjustment", req=False, attribution=ANON),
        E(["CONSULT"], "is now holding a separate meeting", req=False, attribution=ANON),
        E(["CONSULT"], "ahead of further consultations", req=False, modality=FUT, attribution=ANON,
          date="1987-03-13"),
    ], forbid=[F("should be automatic remains a problem")],
        places=[P("Britain", "GBR"), P("West Germany", "DEU"), P("Belgium", "BEL"), P("Thailand", "THA")],
        dates=[D("tonight", "1987-03-13")],
        quantities=[Q("360,000 tonnes", 360000, "tonnes"), Q("450,000 tonnes", 450000, "tonnes")]),

    # 4. reuters-5703 (Mon 1987-03-16, San Jose): delegates from across Latin America and the Caribbean opened a
    #    five-day meeting "here" today to map a regional strategy for this year's UNCTAD meeting; representatives
    #    from 26 nations are participating; UNCTAD's annual meeting is scheduled for July in Geneva; in April the
    #    group of 77 will try to hammer out a common position at a preparatory session in Havana. The meeting opened
    #    CONSULT (no actor code: the 26 states are not named, as gold-fifty-sixth's 17227; March 16; in CRI, "here"
    #    being the dateline's San Jose, as gold-fifty-sixth's "will meet here" in BRB) required; the participation
    #    restated (CRI), UNCTAD's July meeting CONSULT (AGREE accepted; IGO; future; in CHE) and the group of 77's
    #    session CONSULT (AGREE accepted; IGO; future, April; in CUB) optional.
    article(REU + "5703", "1987-03-16", [
        E(["CONSULT"], "opened a five-day meeting here today", date="1987-03-16", location_country="CRI"),
        E(["CONSULT"], "are participating in the talks here", req=False, location_country="CRI"),
        E(["CONSULT", "AGREE"], "annual meeting is scheduled for July", [IGO], req=False, modality=FUT,
          date="1987-07", location_country="CHE"),
        E(["CONSULT", "AGREE"], "will attempt to hammer out a common position", [IGO], req=False, modality=FUT,
          date="1987-04", location_country="CUB"),
    ], places=[P("Geneva", "CHE", 46.20, 6.14), P("Havana", "CUB", 23.13, -82.38), P("Cuba", "CUB")],
        dates=[D("today", "1987-03-16"), D("this year", "1987"), D("July", "1987-07"), D("april", "1987-04")],
        quantities=[Q("26 nations", 26, "countries"), Q("five-day", 5, "days")]),

    # 5. reuters-7600 (Fri 1987-03-20, Taipei): Taiwan's leading industrial organisation will send its first buying
    #    mission to the US later this year to reduce the trade surplus with Washington, part of a plan to switch
    #    purchases from Japan; a Board of Foreign Trade official (unnamed: anonymous) said the government would send
    #    two buying missions to America between June and July and might send others later. The government's missions
    #    COOPERATE (mode: economic cooperation, purchases to cut a surplus; CONCEDE and CONSULT accepted; TWN to USA;
    #    future; in USA) required; the federation's mission (a business body's, TWN or MNC; organization; September;
    #    in USA) optional; the purchase and surplus figures and "could give no figure" forbidden. "between June and
    #    July" (two months) gives the missions no event date.
    article(REU + "7600", "1987-03-20", [
        E(["COOPERATE", "CONCEDE", "CONSULT"], "the government would send two buying missions", ["TWN"], ["USA"],
          modality=FUT, attribution=ANON, location_country="USA"),
        E(["COOPERATE", "CONCEDE", "CONSULT"], "will send its first buying mission", ["TWN", MNC], ["USA"],
          req=False, modality=FUT, attribution=ORG, location_country="USA"),
    ], forbid=[F("its members purchased about 4.5 billion"), F("could give no figure on how much would be spent"),
               F("Rose to a record 13.6 billion dlrs")],
        places=[P("Taiwan", "TWN"), P("Washington", "USA", 38.90, -77.04), P("Japan", "JPN"), P("America", "USA")],
        dates=[D("this year", "1987"), D("Last year", "1986"), D("September", "1987-09"), D("June", "1987-06"),
               D("July", "1987-07"), D("1985", "1985")],
        quantities=[Q("4.5 billion", 4500000000, "USD"), Q("1.8 billion", 1800000000, "USD"),
                    Q("80 industrial products", 80, "products"), Q("two buying missions", 2, "missions"),
                    Q("13.6 billion dlrs", 13600000000, "USD"), Q("10.2 billion", 10200000000, "USD")]),

    # 6. reuters-26 (Thu 1987-02-26, New York): Venezuela and its bank advisory committee have agreed in principle on
    #    revised terms of a 21 billion dlr rescheduling signed last February, bankers (anonymous) said; the committee
    #    was meeting in New York this afternoon and could approve the deal later today; Venezuela requested easier
    #    terms after a 40 pct fall in oil income, asked for lower repayments after an earlier request was rebuffed, and
    #    sought a commitment to finance new investment; Chile's 10.6 billion dlr pact with its banks was announced
    #    earlier today; Citibank said Mexico's package will be signed on March 20; bankers want quick successes after
    #    Brazil's unilateral interest suspension last Friday. The agreement AGREE (VEN and MNC, either side, as
    #    gold-forty-seventh's 3539) and Venezuela's request REQUEST (VEN to MNC) required; the package signed last
    #    February AGREE (historical), the committee's meeting CONSULT (in USA), the final approval AGREE
    #    (hypothetical), the further requests REQUEST, the rebuff REJECT (historical), the talks CONSULT, Chile's pact
    #    AGREE, Mexico's signing AGREE (future, March 20; organization: Citibank) and Brazil's suspension SANCTION
    #    (REJECT accepted; historical, February 20) optional; the undisclosed details, the banker's remark and the
    #    bankers' motives forbidden.
    article(REU + "26", "1987-02-26", [
        E(["AGREE"], "have agreed in principle on revisions", VEN_BANKS, VEN_BANKS, attribution=ANON),
        E(["REQUEST"], "Venezuela requested easier terms", ["VEN"], [MNC], attribution=ANON),
        E(["AGREE"], "debt-rescheduling package signed last February", VEN_BANKS, VEN_BANKS, req=False, modality=H,
          date="1986-02", attribution=ANON),
        E(["CONSULT"], "The committee was meeting in New York", [MNC], req=False, attribution=ANON,
          date="1987-02-26", location_country="USA"),
        E(["AGREE"], "could put its final stamp of approval", [MNC], ["VEN"], req=False, modality=HYP,
          attribution=ANON),
        E(["REQUEST"], "asked for a reduction in the repayments", ["VEN"], [MNC], req=False, attribution=ANON),
        E(["REJECT"], "was rebuffed", [MNC], ["VEN"], req=False, modality=H, attribution=ANON),
        E(["REQUEST"], "sought a commitment from the banks", ["VEN"], [MNC], req=False, attribution=ANON),
        E(["CONSULT"], "The breakthrough in the Venezuelan talks", VEN_BANKS, VEN_BANKS, req=False,
          attribution=ANON),
        E(["AGREE"], "rescheduling pact between Chile and its bank", ["CHL", MNC], ["CHL", MNC], req=False,
          attribution=ANON),
        E(["AGREE"], "financing package, including a 7.7 billion", ["MEX", MNC], ["MEX", MNC], req=False,
          modality=FUT, date="1987-03-20", attribution=ORG),
        E(["SANCTION", "REJECT"], "Brazil's unilateral interest suspension", ["BRA"], [MNC], req=False, modality=H,
          date="1987-02-20", attribution=ANON),
    ], forbid=[F("They declined to disclose details"), F("A number of details have still to be finalized"),
               F("banks hope to reduce the incentive")],
        places=[P("Venezuela", "VEN"), P("New York", "USA", 40.71, -74.01), P("Chile", "CHL"), P("Mexico", "MEX"),
                P("Brazil", "BRA")],
        dates=[D("last February", "1986-02"), D("today", "1987-02-26"), D("last year", "1986"), D("1987", "1987"),
               D("1988", "1988"), D("1989", "1989"), D("last night", "1987-02-25"), D("March 20", "1987-03-20"),
               D("last Friday", "1987-02-20")],
        quantities=[Q("21 billion dlr", 21000000000, "USD"), Q("40 pct", 40, "percent"),
                    Q("10.6 billion dlr", 10600000000, "USD"), Q("7.7 billion dlr", 7700000000, "USD")]),

    # 7. reuters-1560 (Wed 1987-03-04, London): the Bank of England and the Federal Reserve Board have agreed new
    #    proposals for joint standards to measure the risk of off-balance-sheet credit exposures, the Bank of England
    #    said; they complement proposals agreed in January between the two central banks on capital adequacy; no final
    #    decisions yet, banks have until April 16 to comment; the rest restates the proposals (two paragraphs are
    #    printed twice, so nothing in them can be anchored). The agreement AGREE (mode: regulatory cooperation;
    #    COOPERATE accepted; GBR and USA, either side) required; January's proposals AGREE (historical) optional; "no
    #    final decisions" and the dilemma forbidden. No location: London is only in the dateline.
    article(REU + "1560", "1987-03-04", [
        E(["AGREE", "COOPERATE"], "have agreed new proposals for joint standards", GB_US, GB_US),
        E(["AGREE", "COOPERATE"], "proposals agreed in January between the two central banks", GB_US, GB_US,
          req=False, modality=H, date="1987-01"),
    ], forbid=[F("no final decisions had been reached yet"), F("said they had faced a dilemma")],
        places=[P("Britain", "GBR")],
        dates=[D("January", "1987-01"), D("April 16", "1987-04-16")],
        quantities=[Q("100 pct", 100, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
