"""Writes articles.json for the forty-fourth article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked from position 1151) that report
acts of political actors: Brazil's central bank governor meeting the heads of its bank committee on the frozen
trade lines, the US share of a bridge loan to Argentina, the Andean Development Corp's pipeline loan to Ecuador,
Mozambique's aid appeal in Geneva, Japan's cabinet rescue of aluminium ventures in Indonesia and Brazil, Colombia's
blame of the US for the coffee talks' failure, Jamaica's new IMF drawing, the SEC's complaint against Allied Stores,
Brazil's first meeting with its bank committee in Miami, Funaro's refinancing proposals to the banks, Poland's talks
with the World Bank and the IMF, and Baker's IADB reform negotiation.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

BANKS = [MNC]                      # a debtor's commercial creditor banks or their committee: MNC
BR_BANKS = ["BRA", MNC]
AR_BANKS = ["ARG", MNC]
FIRM_US = ["USA", MNC]             # a US firm: its home country or MNC
JP_IMF = ["JAM", IGO]
PL_LENDERS = ["POL", IGO]          # Poland and the World Bank and IMF (IGO)
US_IADB = ["USA", IGO]             # the US and the Inter-American Development Bank (IGO) or its members
# The donors Mozambique's appeal names as having pledged; the appeal was made in Geneva, where UN agencies (IGO)
# meet donors.
MZ_DONORS = ["USA", "GBR", "ITA", IGO]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
NEW_YORK = P("New York", "USA", 40.71, -74.01)

ARTICLES = [
    # 1. reuters-3542 (Wed 1987-03-11, New York): Brazil's central bank governor Gros will meet senior commercial
    #    bankers here today (the heads of the bank advisory committee) to defuse the anger at the country's
    #    suspension of interest payments, bankers said (unnamed: anonymous); high on the agenda the banks'
    #    complaints about the freeze of trade and interbank lines; the banks agreed last March to extend the lines;
    #    Gros to brief the banks on his and Funaro's tour of Europe and Japan to seek official support. The meeting
    #    today CONSULT (future the same day; AGREE accepted, as the earlier golds' meetings to come; BRA and the banks,
    #    either side; in USA) and the banks' complaints ACCUSE (the banks to BRA; REJECT accepted) required; the
    #    meeting detailed, the suspension and the freeze (historical; SANCTION or REJECT), last March's agreement
    #    (historical), the briefing to come and the tour to seek support REQUEST (historical, to the governments)
    #    optional; a banker's "ill-will" remark and the Brazilian banks' lower spreads forbidden.
    article(REU + "3542", "1987-03-11", [
        E(["CONSULT", "AGREE"], "will meet senior commercial bankers here today", BR_BANKS, BR_BANKS, modality=FUT,
          date="1987-03-11", attribution="anonymous", location_country="USA"),
        E(["CONSULT", "AGREE"], "Gros will meet representatives of Citibank", BR_BANKS, BR_BANKS, req=False,
          modality=FUT, attribution="anonymous"),
        E(["SANCTION", "REJECT"], "unilateral suspension of interest payments", ["BRA"], BANKS, req=False, modality=H),
        E(["ACCUSE", "REJECT"], "banks' complaints about Brazil's accompanying freeze", BANKS, ["BRA"],
          attribution="anonymous"),
        E(["AGREE"], "creditor banks worldwide agreed last March", BANKS, ["BRA"], req=False, modality=H,
          date="1986-03"),
        E(["CONSULT"], "expected to brief the banks on the results", ["BRA"], BANKS, req=False, modality=FUT),
        E(["REQUEST", "CONSULT"], "to seek official support for Brazil's debt stance", ["BRA"], ["JPN"],
          req=False, modality=H),
    ], forbid=[F("a lot of ill-will with the banking community"),
               F("have been able to negotiate lower interest-rate spreads")],
        places=[P("Brazil", "BRA"), P("Japan", "JPN")],
        dates=[D("today", "1987-03-11"), D("last March", "1986-03"), D("March 31, 1987", "1987-03-31")],
        quantities=[Q("68 billion dlrs", 68000000000, "USD"), Q("15 billion dlrs", 15000000000, "USD"),
                    Q("31 billion dlr", 31000000000, "USD"), Q("10-day", 10, "days")]),

    # 2. reuters-181 (Thu 1987-02-26, Washington): the US Treasury said it was willing to take part with other
    #    industrial countries in a 500 mln dlr short-term bridge loan to Argentina, its willingness indicating "our
    #    support for Argentina's economic program"; Argentina announced a wage and price freeze on Wednesday night
    #    and is negotiating with New York bankers for new loans; the IMF approved a stand-by arrangement on February
    #    18; Brazil suspended interest payments last week. The loan share offered AGREE (pledged aid; AID accepted;
    #    USA to ARG) and the support stated SUPPORT (USA to ARG) required; the share's source (the pledge's
    #    detail), the debt talks CONSULT (ARG and the banks, either side; in USA), the IMF's approval
    #    (historical; AID or SUPPORT), Brazil's suspension (historical) and what Argentina wants REQUEST (as
    #    reported) optional; the expectation that Argentina will qualify for IMF
    #    financing (a forecast) forbidden.
    article(REU + "181", "1987-02-26", [
        E(["AGREE", "AID"], "was willing to participate with several other industrial countries", ["USA"], ["ARG"]),
        E(["SUPPORT"], "indicates our support for Argentina's economic program", ["USA"], ["ARG"]),
        E(["CONSULT"], "is negotiating with New York bankers", AR_BANKS, AR_BANKS, req=False,
          location_country="USA"),
        E(["AID"], "share of bridge financing for Argentina would come from", ["USA"], ["ARG"], req=False,
          modality=FUT),
        E(["SUPPORT", "AID"], "approving a new stand-by financing arrangement", [IGO], ["ARG"], req=False,
          modality=H, date="1987-02-18"),
        E(["REJECT", "SANCTION"], "as neighboring Brazil did last week", ["BRA"], BANKS, req=False, modality=H,
          date="1987-02"),
        E(["CONSULT"], "The debt talks in New York are being headed", AR_BANKS, AR_BANKS, req=False,
          location_country="USA"),
        E(["REQUEST"], "Argentina reportedly wants lower interest rates", ["ARG"], BANKS, req=False),
    ], forbid=[F("is expected to qualify for IMF")],
        places=[P("Argentina", "ARG"), NEW_YORK, P("Brazil", "BRA")],
        dates=[D("Wednesday", "1987-02-25"), D("last week", "1987-02"), D("February 18", "1987-02-18")],
        quantities=[Q("500 mln-dlr", 500000000, "USD"), Q("2.15 billion dlrs", 2150000000, "USD"),
                    Q("four-month", 4, "months"), Q("53 billion dlrs", 53000000000, "USD")]),

    # 3. reuters-7496 (Thu 1987-03-19, Caracas): the Andean Development Corp (CAF) said today it is lending 11.7 mln
    #    dlrs to Ecuador to repair the pipeline destroyed by the earthquake earlier this month; the loan was signed
    #    here today by the corporation's president and Ecuador's ambassador; after the earthquake Ecuador asked for
    #    the loan's terms to be changed; Ecuador has asked Venezuela to supply 50,000 bpd while the pipeline is
    #    repaired and has asked OPEC to let it produce 310,000 bpd afterwards. The loan AID (the CAF, IGO, to ECU;
    #    AGREE accepted) and Ecuador's requests to the CAF and to Venezuela REQUEST required; the signing AGREE (the
    #    loan's detail; IGO and ECU either side; in VEN) and the request to OPEC (IGO; gold-twenty-eighth's 4039 is
    #    its news) optional; Ecuador's expected production suspension (no act toward another) forbidden.
    article(REU + "7496", "1987-03-19", [
        E(["AID", "AGREE"], "it is lending 11.7 mln dlrs to Ecuador", [IGO], ["ECU"], date="1987-03-19",
          location_country="VEN"),
        E(["AGREE", "AID"], "the loan was signed here today", [IGO, "ECU"], [IGO, "ECU"], req=False,
          date="1987-03-19", location_country="VEN"),
        E(["REQUEST"], "the ecuadorean government asked for the terms to be changed", ["ECU"], [IGO]),
        E(["REQUEST"], "has asked Venezuela to help", ["ECU"], ["VEN"]),
        E(["REQUEST"], "has asked the organization to allow it", ["ECU"], [IGO], req=False),
    ], forbid=[F("Ecuador expects oil production to be suspended")],
        places=[P("Ecuador", "ECU"), P("Caracas", "VEN", 10.49, -66.88), P("Venezuela", "VEN")],
        dates=[D("today", "1987-03-19"), D("earlier this month", "1987-03")],
        quantities=[Q("11.7 mln dlrs", 11700000, "USD"), Q("25 miles", 25, "miles"), Q("four months", 4, "months"),
                    Q("50,000 barrels per day", 50000, "barrels per day"), Q("210,000 bpd", 210000, "bpd"),
                    Q("310,000 bpd", 310000, "bpd")]),

    # 4. reuters-11426 (Tue 1987-03-31, Geneva): Mozambique appealed for an additional 160 mln dlrs in emergency
    #    humanitarian aid; its prime minister said the US, Britain and Italy had already made pledges towards the
    #    appeal (the US grain, Britain eight mln stg, Italy expected to offer 30-35 mln dlrs); the crisis stems from
    #    the fighting with "armed bandits" and floods. The appeal REQUEST (MOZ to the donors, the named ones or the
    #    UN agencies, IGO; in CHE, where it was made) and the pledges made AGREE (pledged aid; AID accepted; the
    #    three to MOZ) required; each pledge detailed (Italy's expected, future) and the fighting with the guerrillas
    #    (background; ASSAULT, MOZ and IMG either side) optional.
    article(REU + "11426", "1987-03-31", [
        E(["REQUEST"], "Mozambique appealed for an additional 160 mln dlrs", ["MOZ"], MZ_DONORS,
          location_country="CHE"),
        E(["AGREE", "AID"], "had already made pledges towards this new appeal", ["USA", "GBR", "ITA"], ["MOZ"]),
        E(["AGREE", "AID"], "offered grain amounting to a third", ["USA"], ["MOZ"], req=False),
        E(["AGREE", "AID"], "Britain offered eight mln stg", ["GBR"], ["MOZ"], req=False),
        E(["AGREE", "AID"], "Italy was expected to offer", ["ITA"], ["MOZ"], req=False, modality=FUT),
        E(["ASSAULT"], "continued fighting with", ["MOZ", IMG], ["MOZ", IMG], req=False),
    ], places=[P("Mozambique", "MOZ"), P("Britain", "GBR"), P("Italy", "ITA")],
        quantities=[Q("160 mln dlrs", 160000000, "USD"), Q("eight mln stg", 8000000, "GBP"),
                    Q("four million people", 4000000, "people")]),

    # 5. reuters-19041 (Fri 1987-06-19, Tokyo): Japan's cabinet approved a plan to help the financially troubled
    #    aluminium ventures in Indonesia and Brazil, a MITI official said (unnamed: anonymous): more investment shared
    #    by the government and private interests, and the Export-Import Bank will cut its loan rates; Indonesia will
    #    extend another 32 billion yen and Brazil's government has already agreed to invest 6.5 billion yen more;
    #    private banks' rate cuts are expected but not agreed. The cabinet's plan AID (JPN to IDN and BRA, whose
    #    ventures they are; AGREE accepted: the aid is pledged) required; the investments detailed and the rate cut
    #    (the plan's terms, future), Indonesia's own investment (COOPERATE with Japan's; AID accepted) and Brazil's
    #    agreement to invest (historical; COOPERATE accepted) optional; the private banks' expected rate cut and the
    #    sources' reading of Japan's desire forbidden.
    article(REU + "19041", "1987-06-19", [
        E(["AID", "AGREE"], "cabinet approved a plan to help", ["JPN"], ["IDN", "BRA"], attribution="anonymous",
          location_country="JPN"),
        E(["AID"], "Japan will invest 24 billion yen", ["JPN"], ["IDN"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AID"], "They will also provide equal shares", ["JPN"], ["BRA"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AID"], "The Japan Export-Import Bank will cut its rates", ["JPN"], ["IDN", "BRA"], req=False,
          modality=FUT, attribution="anonymous"),
        E(["COOPERATE", "AID"], "Indonesia will also extend another 32 billion yen", ["IDN"], ["JPN"], req=False,
          modality=FUT, attribution="anonymous"),
        E(["AGREE", "COOPERATE"], "has already agreed to invest an additional 6.5 billion yen", ["BRA"], ["JPN"],
          req=False, modality=H, attribution="anonymous"),
    ], forbid=[F("are expected to be reduced to around five pct"), F("reflecting Japan's desire to help")],
        places=[P("Indonesia", "IDN"), P("Brazil", "BRA"), P("Japan", "JPN")],
        quantities=[Q("24 billion yen", 24000000000, "JPY"), Q("68.3 billion yen", 68300000000, "JPY"),
                    Q("6.3 billion yen", 6300000000, "JPY"), Q("45.7 billion yen", 45700000000, "JPY"),
                    Q("91.1 billion yen", 91100000000, "JPY"), Q("32 billion yen", 32000000000, "JPY"),
                    Q("6.5 billion yen", 6500000000, "JPY"), Q("93.2 billion yen", 93200000000, "JPY"),
                    Q("1.8 mln tonnes", 1800000, "tonnes")]),

    # 6. reuters-1715 (Wed 1987-03-04, Bogota): Colombia's finance minister blamed an inflexible US position for the
    #    failure of last week's ICO talks on export quotas, in an interview with Reuters; the US and Brazil have each
    #    blamed the other for the breakdown in London; he deplored intransigent attitudes of producers and
    #    consumers and said the US attitude would have serious economic and political consequences for other
    #    nations. The blame ACCUSE (COL to USA; in COL) and the US and Brazil's mutual blame ACCUSE (either side)
    #    required; the talks that broke down CONSULT (historical; the ICO, IGO, or its named members), the
    #    deploring of intransigence and the warning of consequences ACCUSE (a warning with no act of his own;
    #    restatements) optional; Colombia's revenue hopes and its smaller suffering (forecasts) forbidden.
    article(REU + "1715", "1987-03-04", [
        E(["ACCUSE"], "blamed an inflexible", ["COL"], ["USA"], location_country="COL"),
        E(["ACCUSE"], "have each laid the blame on the other", ["USA", "BRA"], ["USA", "BRA"]),
        E(["CONSULT"], "the breakdown in the negotiations to re-introduce export quotas", [IGO, "USA", "BRA", "COL"],
          req=False, modality=H, location_country="GBR"),
        E(["ACCUSE"], "he deplored that intransigent attitudes", ["COL"], req=False),
        E(["ACCUSE"], "attitude would have serious economic and political consequences", ["COL"], ["USA"],
          req=False),
    ], forbid=[F("Colombia can hope to earn about"), F("would probably suffer less")],
        places=[P("Brazil", "BRA"), P("London", "GBR", 51.51, -0.13), P("Colombia", "COL")],
        dates=[D("1986", "1986"), D("September 30", "1986-09-30")],
        quantities=[Q("1,500 mln dlrs", 1500000000, "USD"), Q("55 pct", 55, "percent"),
                    Q("1,400 mln dlrs", 1400000000, "USD"), Q("10.5 mln bags", 10500000, "bags"),
                    Q("11.5 mln bags", 11500000, "bags")]),

    # 7. reuters-1565 (Wed 1987-03-04, Kingston): Jamaica will draw 40.9 mln SDRs from the IMF's compensatory facility
    #    after the IMF approved a new credit program for the island yesterday, the government announced; it will
    #    also receive 85 mln SDRs under a new stand-by agreement; the agreement signed in January was to last 15
    #    months, but the government now says it will run one year from this month. The IMF's approval AID (IGO to
    #    JAM; SUPPORT and AGREE accepted) required; the drawing and the stand-by money to come (future; AID, the IMF
    #    to JAM, either side accepted), January's agreement (historical) and the shortened term (the government's
    #    own decision; AGREE, a debatable coding) optional.
    article(REU + "1565", "1987-03-04", [
        E(["AID", "SUPPORT", "AGREE"], "following IMF approval yesterday", [IGO], ["JAM"], date="1987-03-03"),
        E(["AID"], "Jamaica will draw down", JP_IMF, JP_IMF, req=False, modality=FUT),
        E(["AID"], "will also receive 85 mln SDRs", [IGO], ["JAM"], req=False, modality=FUT),
        E(["AGREE"], "The new credit agreement signed in January", JP_IMF, JP_IMF, req=False, modality=H,
          date="1987-01"),
        E(["AGREE"], "the government now says it will go for one year", ["JAM"], [IGO], req=False),
    ], places=[P("Jamaica", "JAM")],
        dates=[D("yesterday", "1987-03-03"), D("January", "1987-01"), D("this month", "1987-03")],
        quantities=[Q("40.9 mln", 40900000, "SDR"), Q("85 mln SDRs", 85000000, "SDR"), Q("15 months", 15, "months")]),

    # 8. reuters-19760 (Mon 1987-06-29, Washington): the SEC charged Allied Stores with failing to promptly disclose
    #    its talks with DeBartolo to thwart Campeau's takeover last September; in an administrative complaint against
    #    Allied and its legal adviser, director Kern, the SEC asks for an order that they comply with reporting
    #    rules; the SEC had planned a court brief charging Campeau with an illegal tender offer, never filed; a
    #    federal judge allowed Campeau's share purchase. The charge ACCUSE (USA to the firm, USA or MNC; in USA) and
    #    the order sought REQUEST (SANCTION accepted: the proceeding's aim) required; the complaint and the charges
    #    detailed (restatements) and the planned brief (historical, never filed) optional; the firms' negotiations
    #    and battle for control forbidden.
    article(REU + "19760", "1987-06-29", [
        E(["ACCUSE"], "charged Allied Stores Corp with failing", ["USA"], FIRM_US, location_country="USA"),
        E(["ACCUSE"], "In an administrative complaint, the SEC said", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "the agency charged", ["USA"], FIRM_US, req=False),
        E(["ACCUSE"], "had planned to file a court brief", ["USA"], FIRM_US, req=False, modality=H),
        E(["REQUEST", "SANCTION"], "is asking for an administrative order", ["USA"], FIRM_US),
    ], forbid=[F("began negotiating the sale of six shopping centers"), F("engaged in a bitter battle for control")],
        places=[P("Youngstown", "USA", 41.10, -80.65), P("Ohio", "USA", 40.42, -82.91)],
        dates=[D("last September", "1986-09"), D("Jan 1", "1987-01-01"), D("Sept 25", "1986-09-25"),
               D("Sept 12", "1986-09-12"), D("Sept 29", "1986-09-29"), D("Oct 8", "1986-10-08"),
               D("Oct 3", "1986-10-03"), D("Oct 7", "1986-10-07")],
        quantities=[Q("4.2 billion dlrs", 4200000000, "USD"), Q("405 mln dlrs", 405000000, "USD"),
                    Q("80 pct", 80, "percent"), Q("55 pct", 55, "percent"), Q("48 pct", 48, "percent")]),

    # 9. reuters-8196 (Mon 1987-03-23, Miami): Brazil wants to resume interest payments as soon as possible and is
    #    willing to discuss ways of softening the suspension's impact on bank earnings, central bank governor Gros
    #    said yesterday after his first meeting with the bank advisory committee; he promised a policy statement in
    #    days; the bankers called the meeting inconclusive and were disappointed; lawyers of both sides will draft a
    #    telex by midweek; Gros will formally ask the banks for a 90-day rollover; he would be willing to sit down
    #    with the banks on the 90-day rule. The meeting CONSULT (BRA and the banks, either side; in USA), the
    #    willingness to discuss AGREE (an offer; BRA to the banks) and the rollover to be asked REQUEST (future; BRA
    #    to the banks) required; the promised statement (future), the bankers' disappointment ACCUSE, the freeze
    #    (historical), the telex to draft (future), the willingness to sit down (hypothetical) and the bankers'
    #    dismissal of a bridge loan REJECT optional; banks' forecasts and warnings of earnings setbacks and the
    #    forecast of tough talks forbidden.
    article(REU + "8196", "1987-03-23", [
        E(["AGREE"], "is willing to discuss ways of softening the impact", ["BRA"], BANKS),
        E(["CONSULT"], "after his first meeting with Brazil's bank advisory committee", BR_BANKS, BR_BANKS,
          date="1987-03-22", location_country="USA"),
        E(["AGREE"], "also promised a clear statement", ["BRA"], BANKS, req=False, modality=FUT),
        E(["ACCUSE"], "The bankers also expressed disappointment", BANKS, ["BRA"], req=False,
          attribution="anonymous"),
        E(["SANCTION", "REJECT"], "Brazil has already frozen the lines", ["BRA"], BANKS, req=False, modality=H),
        E(["COOPERATE", "CONSULT"], "will try to draft suitable language", BR_BANKS, BR_BANKS, req=False,
          modality=FUT),
        E(["REQUEST"], "will also formally ask the banks for a 90-day rollover", ["BRA"], BANKS, modality=FUT),
        E(["AGREE"], "he would be willing to sit down with the banks", ["BRA"], BANKS, req=False, modality=HYP),
        E(["REJECT"], "dismissed it as inconsistent", BANKS, ["BRA"], req=False, attribution="anonymous"),
    ], forbid=[F("Citicorp has estimated its profits"), F("have also warned of earnings setbacks"),
               F("are likely to be tough and protracted")],
        places=[P("Brazil", "BRA")],
        dates=[D("yesterday", "1987-03-22"), D("last month", "1987-02"), D("April 15", "1987-04-15"),
               D("1986", "1986")],
        quantities=[Q("68 billion dlrs", 68000000000, "USD"), Q("16 billion dlrs", 16000000000, "USD"),
                    Q("700 creditor banks", 700, "banks"), Q("9.6 billion dlrs", 9600000000, "USD"),
                    Q("50 mln dlrs", 50000000, "USD"), Q("110 billion dlr", 110000000000, "USD")]),

    # 10. reuters-15362 (Wed 1987-04-08, Washington): Funaro, who suspended interest payments to the banks two months
    #     ago, said the creditors had to trust him, that he would not seek approval of Brazil's program outside the
    #     country, and that he unveiled his refinancing proposals to the major creditor banks in New York yesterday;
    #     the banks "agreed on the need to find a solution"; administration officials said the new measures made
    #     little sense (unnamed: anonymous); J.P. Morgan's chairman says the onus is on Brazil. The proposals
    #     unveiled CONSULT (AGREE accepted: the proposals are an offer; BRA and the banks, either side; in USA) and
    #     the demand that creditors trust him REQUEST (BRA to the banks) required; the refusal to seek outside
    #     approval REJECT (of the IMF's endorsement; IGO or the banks), the banks' agreement on the need (as Funaro
    #     reports it), the suspension (historical), the officials' criticism and the banker's ACCUSE, and the
    #     meetings he attends CONSULT optional; the banker's hope of an agreement (a forecast) forbidden.
    article(REU + "15362", "1987-04-08", [
        E(["SANCTION", "REJECT"], "who suspended interest payments to creditor banks", ["BRA"], BANKS, req=False,
          modality=H, date="1987-02"),
        E(["REQUEST"], "said creditors had to trust him", ["BRA"], BANKS, location_country="USA"),
        E(["REJECT"], "he would not seek approval of Brazil's economic program", ["BRA"], [IGO, MNC], req=False),
        E(["CONSULT"], "to attend the Interim Committee and Development Committee meetings", ["BRA", IGO],
          req=False, location_country="USA"),
        E(["CONSULT", "AGREE"], "he unveiled his refinancing proposals", BR_BANKS, BR_BANKS, date="1987-04-07",
          location_country="USA"),
        E(["AGREE"], "agreed on the need to find a solution", BR_BANKS, BR_BANKS, req=False),
        E(["AGREE"], "the commercial banks agreed on Brazil's need", BANKS, ["BRA"], req=False),
        E(["ACCUSE"], "did not make much sense", ["USA"], ["BRA"], req=False, attribution="anonymous"),
        E(["REQUEST", "ACCUSE"], "the onus is still on Brazil", BANKS, ["BRA"], req=False),
        E(["ACCUSE"], "They haven't even come up with a plan yet", BANKS, ["BRA"], req=False),
    ], forbid=[F("remains hopeful that Brazil and its foreign bank")],
        places=[WASHINGTON, NEW_YORK, P("Brazil", "BRA")],
        dates=[D("two months ago", "1987-02"), D("yesterday", "1987-04-07"), D("1991", "1991")],
        quantities=[Q("24 billion dlrs", 24000000000, "USD"), Q("67 billion dlrs", 67000000000, "USD"),
                    Q("200 pct", 200, "percent"), Q("four billion dlrs", 4000000000, "USD")]),

    # 11. reuters-257 (Sun 1987-03-01 by its timestamp; dateline Warsaw, March 2): Poland's talks in Washington with
    #     the World Bank and the IMF on its debt were concrete, open and frank, the head of Poland's National Bank
    #     told the official news agency; he stressed Poland would meet its obligations to the US, though not soon
    #     and not without a cooperative stand of its partners; Poland rejoined the IMF last June and IMF and World
    #     Bank teams have visited Warsaw three times; Poland has said it cannot meet this year's repayments. The
    #     talks CONSULT (POL and the lenders, IGO, either side; in USA) and the stressed commitment to meet its
    #     obligations AGREE (a promise; POL to USA, the lenders accepted) required; the institutions' understanding
    #     SUPPORT, the rejoining (historical), the teams' visits CONSULT (historical; in POL) and the stated
    #     inability to pay REJECT (background) optional; the talks as a step towards credits and the report
    #     expected (forecasts) forbidden. The dateline day is not the record's day: "yesterday" is left out, so the
    #     talks have no event date.
    article(REU + "257", "1987-03-01", [
        E(["CONSULT"], "Poland's talks in Washington with the World Bank", PL_LENDERS, PL_LENDERS,
          location_country="USA"),
        E(["SUPPORT"], "displayed a lot of understanding", [IGO], ["POL"], req=False),
        E(["AGREE"], "he stressed Poland would meet its financial obligations", ["POL"], ["USA", IGO]),
        E(["COOPERATE", "AGREE"], "Since Poland rejoined the IMF last June", ["POL"], [IGO], req=False, modality=H,
          date="1986-06"),
        E(["CONSULT"], "teams have visited Warsaw on fact-finding missions", PL_LENDERS, PL_LENDERS, req=False,
          modality=H, location_country="POL"),
        E(["REJECT"], "will not be able to meet interest repayments", ["POL"], req=False),
    ], forbid=[F("a step towards possible fresh credits"), F("A major report is expected to be issued")],
        places=[WASHINGTON, P("Warsaw", "POL", 52.23, 21.01)],
        dates=[D("last June", "1986-06"), D("this year", "1987")],
        quantities=[Q("33.5 billion dlr", 33500000000, "USD"), Q("36-year", 36, "years")]),

    # 12. reuters-8310 (Mon 1987-03-23, Miami): Treasury Secretary Baker told the IADB's annual meeting he was making
    #     progress negotiating its reform with the other members and that, if it succeeds, Washington would be ready
    #     to put up nine billion dlrs more; the weekend meeting of the bank's governors put the reform off until
    #     June; the US seeks a greater say in bank decisions for itself and the other creditor countries; he called
    #     for sector lending on conditions, better analysis and a reorganisation of staff; the administration has
    #     asked Congress to finance the development banks. The negotiation CONSULT (the US and the IADB, IGO, or its
    #     members; in USA), the offer AGREE (conditional, asserted as the earlier golds' offers; USA to IGO) and the
    #     greater say sought REQUEST (USA to IGO) required; the governors' meeting (historical), the progress quoted
    #     and the change asked (restatements), the further calls and the request to Congress (domestic) optional;
    #     Baker's stopping short of reaffirming the veto position forbidden.
    article(REU + "8310", "1987-03-23", [
        E(["CONSULT"], "he was making progress negotiating reform", US_IADB, US_IADB, location_country="USA"),
        E(["AGREE"], "would be ready to put up an additional nine billion dlrs", ["USA"], [IGO]),
        E(["CONSULT"], "We are making progress in negotiating reforms", US_IADB, US_IADB, req=False),
        E(["CONSULT"], "a weekend meeting of the bank's policy making board", [IGO], req=False, modality=H,
          location_country="USA"),
        E(["REQUEST"], "seeks a greater say in bank decisions", ["USA"], [IGO]),
        E(["REQUEST"], "it is unreasonable to ask for a change", ["USA"], [IGO], req=False),
        E(["REQUEST"], "he wanted the IADB to play a much greater role", ["USA"], [IGO], req=False),
        E(["REQUEST"], "also called for the IADB to improve its analysis", ["USA"], [IGO], req=False),
        E(["REQUEST"], "He urged a wholesale reorganization", ["USA"], [IGO], req=False),
        E(["REQUEST"], "has asked Congress to finance the IADB", ["USA"], ["USA"], req=False),
    ], forbid=[F("he stopped short of reaffirming")],
        places=[WASHINGTON],
        dates=[D("next June", "1987-06")],
        quantities=[Q("nine billion dlrs", 9000000000, "USD"), Q("75 pct", 75, "percent"), Q("70 pct", 70, "percent"),
                    Q("34.5 pct", 34.5, "percent"), Q("54 pct", 54, "percent"), Q("95 pct", 95, "percent"),
                    Q("46 pct", 46, "percent"), Q("35 pct", 35, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
