"""Writes articles.json for the forty-sixth article gold (written blind): twelve 1987 Reuters wire stories from the
business side of the wire (select_stories.py: gold-twenty-second's list walked from position 1,061) that report acts
of political actors: the Cartagena debtors' meeting and letter to the G-7, the IMF and World Bank committee's charge
against farm protection, France's proposed World Bank debt facility, the EC's charge against the US at GATT, the
African presidents' appeal to donors at the ECA conference, Manila's debt certificate offer to its banks, King
Fahd's state visit to Britain, Japan's Export-Import Bank loan to Indonesia, Malaysia's minister in Brussels,
Kuwait's denial that it exceeds its OPEC quota, Brazil's warning to its creditors and the donors' aid to Senegal.
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
PH_BANKS = ["PHL", MNC]
SA_GB = ["SAU", "GBR"]
JP_ID = ["JPN", "IDN"]
# The Cartagena group of debtor states: the group (IGO) and the member states the story names (Mexico, the host;
# Uruguay, its chairman's state; Venezuela).
CARTAGENA = [IGO, "MEX", "URY", "VEN"]
# The G-7 leaders the Cartagena letter went to: the seven states (the group as IGO accepted).
G7 = [IGO, "USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"]
# The two presidents who opened the ECA conference: Nigeria's and Congo's (the latter the OAU's chairman: IGO
# accepted).
NG_CG = ["NGA", "COG"]
NEW_YORK = P("New York", "USA", 40.71, -74.01)
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-17450 (Mon 1987-06-01, Guanajuato, Mexico): officials of the Cartagena group of 11 debtor nations met
    #    this week to draw up new debt proposals; a letter this week from Cartagena to the G-7 leaders proposed stable
    #    interest rates; ideas include linking debt to trade and including debt in the GATT talks, but the ministers
    #    have yet to endorse any proposal; the group wants to repay old debt at the 1970s rates; the Philippines
    #    recently protested at its terms; Venezuela has no plans to renegotiate; three presidents meeting in
    #    Montevideo earlier called for stable rates; the initiatives go to the ministers before the IMF and World
    #    Bank meetings. The meeting CONSULT (the group, IGO, and its named states; in MEX) and the letter's proposal
    #    REQUEST (the group to the G-7 states) required; the push for relief summarised, the moves for a summit of
    #    presidents (hypothetical), the group's standing demands, the Philippine protest (historical), the Montevideo
    #    call (historical), Mexico's package agreed last September (historical) and the earlier call for a debt-trade
    #    link optional; the ministers' not yet endorsing, the speculation about Venezuela and Citicorp's decision (a
    #    firm's act) forbidden; the wire's "(SEE ECRA FOR SPOTLIGHT HEADLINES)" line boilerplate.
    article(REU + "17450", "1987-06-01", [
        E(["CONSULT"], "Cartagena group of 11 debtor nations met", CARTAGENA, CARTAGENA, location_country="MEX"),
        E(["REQUEST"], "proposed in\na letter this week from Cartagena", CARTAGENA, G7),
        E(["REQUEST"], "prompted a new push by Latin American nations", CARTAGENA, req=False),
        E(["AGREE", "CONSULT"], "have led to moves for a summit", None, req=False, modality=HYP),
        E(["REQUEST"], "wants to repay debt contracted before the debt", CARTAGENA, req=False),
        E(["ACCUSE", "PROTEST"], "the Philippines' recent protest", ["PHL"], BANKS, req=False, modality=H),
        E(["REJECT"], "there were no plans to renegotiate terms", ["VEN"], BANKS, req=False),
        E(["REQUEST"], "called for stable interest\nrates", None, req=False, modality=H, location_country="URY"),
        E(["AGREE"], "refinancing package agreed last September", ["MEX"] + BANKS, ["MEX"] + BANKS, req=False,
          modality=H, date="1986-09"),
        E(["REQUEST"], "has called for the debt-trade link", CARTAGENA, req=False, modality=H),
    ], forbid=[F("Cartegena ministers have yet to endorse any proposals"),
               F("There has been speculation Venezuela would demand"),
               F("Citicorp has made clear its decision")],
        places=[P("Mexico", "MEX"), NEW_YORK, P("Uruguay", "URY"), P("Venice", "ITA", 45.44, 12.33),
                P("Philippines", "PHL"), P("Argentina", "ARG"), P("Venezuela", "VEN"),
                P("Montevideo", "URY", -34.90, -56.16), P("Brazil", "BRA"), P("Colombia", "COL"), P("Chile", "CHL")],
        dates=[D("this month", "1987-06"), D("February 1986", "1986-02"), D("last September", "1986-09"),
               D("1984", "1984"), D("last year", "1986"), D("later this year", "1987")],
        quantities=[Q("380 billion dlr", 380000000000, "USD"), Q("77 billion dlr", 77000000000, "USD"),
                    Q("7/8 pct", 0.875, "percent"), Q("three billion\ndlrs", 3000000000, "USD"),
                    Q("97.7 billion dlrs", 97700000000, "USD"), Q("78.3 billion", 78300000000, "USD"),
                    Q("36 pct", 36, "percent")],
        boilerplate=["(SEE ECRA FOR SPOTLIGHT HEADLINES)"]),

    # 2. reuters-16092 (Sat 1987-04-11, Washington, dateline April 10): the joint IMF and World Bank Development
    #    Committee said in its communique that industrial countries' protectionist farm policies were a major cause
    #    of depressed commodity prices, and criticised the slow-down in lending to debtor nations; earlier the IMF's
    #    Interim Committee added its voice to the criticism of the commercial banks' delays and welcomed new financing
    #    techniques; on Thursday Baker told the committee that bank lending was disappointing; the banks blame the
    #    debtors in part. The committee's charge ACCUSE (IGO; the industrial countries unnamed), its criticism of the
    #    lending slow-down ACCUSE (IGO) and the Interim Committee's criticism of the banks ACCUSE (IGO to the banks,
    #    MNC) required; the poorer countries' criticism (unnamed; background), the quoted communique, the welcome
    #    SUPPORT, Baker's statement ACCUSE (USA to the banks) and call REQUEST, the committee joining the criticism
    #    and the negotiations bogged down CONSULT optional; the banks' blame forbidden (firms' views).
    article(REU + "16092", "1987-04-11", [
        E(["ACCUSE"], "agricultural policies of industrial countries were a major cause", [IGO],
          attribution="organization", location_country="USA"),
        E(["ACCUSE"], "The committee also criticised the slow-down", [IGO], attribution="organization",
          location_country="USA"),
        E(["ACCUSE"], "have been\nhighly critical of protectionist", None, ["USA", "JPN", "EUR", IGO], req=False),
        E(["ACCUSE"], "Ministers identified protectionist agricultural policies", [IGO], req=False,
          attribution="organization"),
        E(["ACCUSE"], "added its\nvoice to growing criticism", [IGO], BANKS, attribution="organization",
          location_country="USA"),
        E(["SUPPORT"], "it welcomed the exploration of new\nprocedures", [IGO], req=False,
          attribution="organization"),
        E(["ACCUSE"], "commercial bank\nlending to debtor nations last year was disappointing", ["USA"], BANKS,
          req=False, date="1987-04-09", location_country="USA"),
        E(["REQUEST"], "more flexibility in loan programs was needed", ["USA"], BANKS, req=False,
          date="1987-04-09"),
        E(["ACCUSE"], "The Development Committee also joined in the criticism", [IGO], BANKS, req=False,
          attribution="organization"),
        E(["CONSULT"], "A number of bank negotiations are bogged down", ["MEX", "NGA", "ARG"] + BANKS,
          ["MEX", "NGA", "ARG"] + BANKS, req=False),
    ], forbid=[F("say part of the blame goes to the developing countries")],
        places=[P("United States", "USA"), P("Japan", "JPN"), P("Mexico", "MEX"), P("Nigeria", "NGA"),
                P("Argentina", "ARG")],
        dates=[D("Thursday", "1987-04-09"), D("last year", "1986")]),

    # 3. reuters-16036 (Thu 1987-04-09, Washington): the French government said it proposed a new facility for
    #    development and debt reduction under the World Bank, in a statement issued with the meeting of the IMF's
    #    Interim Committee; Paris Club reschedulings should be lengthened; the French also called for a more
    #    concessional IMF compensatory financing facility. The proposal REQUEST (AGREE accepted: an offer; FRA to the
    #    World Bank, IGO; in USA) and the call for an easier IMF facility REQUEST (FRA to the IMF, IGO) required; the
    #    statement's belief, the Paris Club terms proposed (the proposal's detail) and the Interim Committee meeting
    #    CONSULT optional.
    article(REU + "16036", "1987-04-09", [
        E(["REQUEST", "AGREE"], "proposed the creation of a new facility", ["FRA"], [IGO], location_country="USA"),
        E(["CONSULT"], "in conjunction with the meeting of\nthe International Monetary Fund", [IGO], req=False,
          location_country="USA"),
        E(["REQUEST"], "believes it is\nnecessary to take new steps", ["FRA"], req=False),
        E(["REQUEST"], "Paris\nclub reschedulings should have a lengthening", ["FRA"], [IGO], req=False),
        E(["REQUEST"], "The French also called for making the IMF's", ["FRA"], [IGO]),
    ], quantities=[Q("10 years", 10, "years")]),

    # 4. reuters-18835 (Thu 1987-06-18, Geneva): the EC accused the US of violating the political commitment to free
    #    trade (standstill and rollback) through its gasoline tax and customs user fee: its ambassador made the formal
    #    charge to GATT's surveillance body, the GATT spokesman said; the EC was joined by the US in criticising Brazil
    #    for extending its import licence suspensions; the US charged Japan with violating GATT rules by restricting
    #    farm imports and asked for consultations; a US trade official defended the policies; the surveillance body
    #    will send a record of the talks to the Trade Negotiating Committee; yesterday the GATT Council adopted a
    #    panel's report ruling that the US Superfund tax breached the rules and called on Washington to modify it;
    #    Mexico, Canada and the EC brought that dispute last year. The EC's charge ACCUSE (the EC to USA; in CHE),
    #    the criticism of Brazil ACCUSE (the EC and USA to BRA), the US charge against Japan ACCUSE and its request
    #    for consultations REQUEST (USA to JPN) and the US defence REJECT (USA to the EC) required; the formal charge
    #    and the ambassador's charges restated, the Punta del Este pledge (historical), the record sent on, the
    #    Council's ruling and call (yesterday) and the dispute brought last year (historical) optional.
    article(REU + "18835", "1987-06-18", [
        E(["ACCUSE"], "accused the\nUnited States of violating", EC, ["USA"], attribution="organization",
          location_country="CHE"),
        E(["ACCUSE"], "made the formal charge to the\nsurveillance body", EC, ["USA"], req=False,
          attribution="organization", location_country="CHE"),
        E(["ACCUSE"], "in\ncriticising Brazil", EC + ["USA"], ["BRA"], attribution="organization",
          location_country="CHE"),
        E(["ACCUSE"], "The United States charged Japan with violating", ["USA"], ["JPN"],
          attribution="organization", location_country="CHE"),
        E(["REQUEST", "CONSULT"], "The United States asked for\nconsultations with Tokyo", ["USA"], ["JPN"],
          attribution="organization", location_country="CHE"),
        E(["ACCUSE"], "Tran charged that the trade measures contravened", EC, ["USA"], req=False,
          location_country="CHE"),
        E(["ACCUSE"], "Tran criticised Washington", EC, ["USA"], req=False, location_country="CHE"),
        E(["REJECT"], "defended the\npolicies", ["USA"], EC, location_country="CHE"),
        E(["AGREE"], "pledged by ministers in Punta del Este", None, req=False, modality=H, date="1986-09",
          location_country="URY"),
        E(["CONSULT"], "will send a record of today's talks", [IGO], req=False, modality=FUT),
        E(["ACCUSE", "SANCTION"], "yesterday adopted a dispute panel's\nreport", [IGO], ["USA"], req=False,
          date="1987-06-17", location_country="CHE"),
        E(["REQUEST"], "It called on Washington to modify", [IGO], ["USA"], req=False, date="1987-06-17"),
        E(["ACCUSE"], "brought the dispute to the GATT last year", ["MEX", "CAN"] + EC, ["USA"], req=False,
          modality=H, date="1986"),
    ], places=[P("United States", "USA"), P("Brazil", "BRA"), P("Japan", "JPN"), P("Tokyo", "JPN", 35.68, 139.69),
               P("Punta del Este", "URY", -34.96, -54.95), WASHINGTON, P("Mexico", "MEX"), P("Canada", "CAN")],
        dates=[D("last September", "1986-09"), D("yesterday", "1987-06-17"), D("last year", "1986")],
        quantities=[Q("four year", 4, "years")]),

    # 5. reuters-18380 (Mon 1987-06-15, Abuja): Nigeria's and Congo's presidents told the opening of the ECA's
    #    conference that Africa's recovery efforts are not matched by international help and urged Africa's
    #    development partners to act on its debt; Canada's external relations minister backed their view: the rich
    #    countries have not lived up to last year's pact; Sassou-Nguesso, the OAU's chairman, accused the donors of
    #    failing to provide the effort they promised; the conference reviews progress since the UN agreement last
    #    year; the ECA's executive secretary told it the international response has been negative; both presidents
    #    called for the poorest countries' debts to be written off. The appeal REQUEST (NGA and COG; donors unnamed;
    #    in NGA), Canada's backing SUPPORT (CAN to NGA and COG), the accusation ACCUSE (COG, the OAU accepted; donors
    #    unnamed) and the conference CONSULT (the ECA, IGO, and the host; in NGA) required; Canada's quoted charge,
    #    the UN agreement (historical), the ECA secretary's charge, the call for write-offs (the appeal's detail) and
    #    the support won restated optional.
    article(REU + "18380", "1987-06-15", [
        E(["REQUEST"], "urged Africa's development partners to act", NG_CG, location_country="NGA"),
        E(["SUPPORT"], "Their view was backed by Monique Landry", ["CAN"], NG_CG, location_country="NGA"),
        E(["ACCUSE"], "the rich countries have not as yet lived up", ["CAN"], req=False, location_country="NGA"),
        E(["ACCUSE"], "accused international aid donors of failing", ["COG", IGO], location_country="NGA"),
        E(["CONSULT"], "The conference, attended by African ministers", [IGO, "NGA"], location_country="NGA"),
        E(["AGREE"], "both sides agreed at the", None, req=False, modality=H, date="1986"),
        E(["ACCUSE"], "The response from the international community has been\nnegative", [IGO], req=False,
          location_country="NGA"),
        E(["REQUEST"], "called for the debts of\nAfrica's poorest countries", NG_CG, req=False,
          location_country="NGA"),
        E(["SUPPORT"], "They won a degree of support from Landry", ["CAN"], NG_CG, req=False),
    ], places=[P("Nigeria", "NGA"), P("Congo", "COG"), P("Canada", "CAN")],
        dates=[D("last year", "1986")],
        quantities=[Q("175 billion dlrs", 175000000000, "USD"), Q("30 pct", 30, "percent"),
                    Q("five years", 5, "years")]),

    # 6. reuters-240 (Sun 1987-03-01, Manila): the Philippines will offer its commercial bank creditors a pricing plan
    #    paying through certificates of indebtedness instead of cash, the Business Day newspaper said (media); Ongpin
    #    told reporters yesterday the alternative is designed to avoid an impasse when the talks reopen in New York on
    #    Tuesday; Manila sticks to its demand of a 5/8 point spread; its representatives went to Washington to brief
    #    the IMF, the World Bank, the Fed and the Treasury, and the alternative was positively received. The offer to
    #    come AGREE (PHL to the banks, MNC; media), the spread demand REQUEST (PHL to the banks) and the briefing in
    #    Washington CONSULT (PHL to the IMF and World Bank, IGO, and USA; in USA) required; Ongpin's account of the
    #    proposal, the talks reopening on Tuesday (future; CONSULT accepted), the choice offered (restated) and the
    #    positive reception SUPPORT optional; the regulators' silence forbidden (negated).
    article(REU + "240", "1987-03-01", [
        E(["AGREE"], "will offer its commercial", ["PHL"], BANKS, attribution="media"),
        E(["AGREE"], "the alternative proposal is designed to avoid", ["PHL"], BANKS, req=False,
          date="1987-02-28"),
        E(["AGREE", "CONSULT"], "talks reopen in New York on Tuesday", PH_BANKS, PH_BANKS, req=False, modality=FUT,
          date="1987-03-03", location_country="USA"),
        E(["REQUEST"], "Manila is sticking to its demand", ["PHL"], BANKS),
        E(["AGREE"], "will give the banks a choice", ["PHL"], BANKS, req=False),
        E(["CONSULT"], "Our representatives have gone to", ["PHL"], [IGO, "USA"], location_country="USA"),
        E(["SUPPORT"], "generally been positively received", [IGO, "USA"], ["PHL"], req=False),
    ], forbid=[F("Neither have the government\nregulators indicated")],
        places=[P("Philippines", "PHL"), NEW_YORK, WASHINGTON, P("Manila", "PHL", 14.60, 120.98)],
        dates=[D("yesterday", "1987-02-28"), D("Tuesday", "1987-03-03")],
        quantities=[Q("six years", 6, "years"), Q("5/8 percentage points", 0.625, "percent"),
                    Q("3.6 billion dlrs", 3600000000, "USD")]),

    # 7. reuters-8095 (Sun 1987-03-22, London): King Fahd begins a four-day state visit to Britain on Tuesday, to
    #    focus on Britain's trade surplus and on ties; British officials (unnamed: anonymous) said he may ask Britain
    #    to restore relations with Syria, broken off last October, and would be told Britain still needs evidence;
    #    Britain will stress its support for a Middle East peace conference and its concern over Israel's alleged
    #    abuses; the king will hold talks with Thatcher; his ministers will meet their British counterparts; the
    #    nurses' deportation last year; trade officials will discuss countertrade for the arms deal signed last year;
    #    the Saudi oil minister is likely to discuss oil prices, but Britain would not change its refusal to limit its
    #    North Sea output; Saudi Arabia has asked all producers to help stabilise prices. The state visit to come
    #    AGREE (CONSULT accepted; either side; future; in GBR) and Britain's refusal to limit its output REJECT (GBR to
    #    SAU; anonymous) required; the request about Syria (hypothetical), the answer he would get REJECT (future),
    #    relations broken off (historical), the support and concern Britain will stress (future), the talks and
    #    ministers' meetings planned (future), the deportation (historical), the countertrade talks and oil talks
    #    (future), the arms deal (historical), the Saudi request to producers and the British visits (historical)
    #    optional.
    article(REU + "8095", "1987-03-22", [
        E(["AGREE", "CONSULT"], "four-day state visit on Tuesday", SA_GB, SA_GB, modality=FUT, date="1987-03-24",
          location_country="GBR"),
        E(["REQUEST"], "King Fahd may ask Britain to restore", ["SAU"], ["GBR"], req=False, modality=HYP,
          attribution="anonymous"),
        E(["SANCTION"], "broken off by London last", ["GBR"], ["SYR"], req=False, modality=H, date="1986-10"),
        E(["REJECT"], "the king would be told Britain still", ["GBR"], ["SAU", "SYR"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AGREE", "SUPPORT"], "Britain will stress its support", ["GBR"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["ACCUSE"], "concern over alleged", ["GBR"], ["ISR"], req=False, modality=FUT, attribution="anonymous"),
        E(["AGREE", "CONSULT"], "will hold talks with Prime Minister", SA_GB, SA_GB, req=False, modality=FUT,
          location_country="GBR"),
        E(["AGREE", "CONSULT"], "who will hold talks with their British", SA_GB, SA_GB, req=False, modality=FUT,
          location_country="GBR"),
        E(["SANCTION"], "deportation of 35 British nurses", ["SAU"], ["GBR"], req=False, modality=H, date="1986"),
        E(["AGREE", "CONSULT"], "Trade officials will discuss", SA_GB, SA_GB, req=False, modality=FUT),
        E(["AGREE"], "Saudi Arabia has agreed to buy 132 warplanes", SA_GB, SA_GB, req=False, modality=H,
          date="1986"),
        E(["AGREE", "CONSULT"], "is likely to discuss oil\nprice stabilisation", ["SAU"], ["GBR"], req=False,
          modality=HYP),
        E(["REJECT"], "would not change its refusal", ["GBR"], ["SAU"], attribution="anonymous"),
        E(["REQUEST"], "has asked\nall oil-producing countries", ["SAU"], req=False),
        E(["CONSULT"], "went to Saudi Arabia in November", ["GBR"], ["SAU"], req=False, modality=H, date="1986-11",
          location_country="SAU"),
    ], places=[P("Saudi Arabia", "SAU"), P("Britain", "GBR"), P("Syria", "SYR"), P("London", "GBR", 51.51, -0.13),
               P("Israel", "ISR"), P("West Bank", "PSE"), P("Gaza", "PSE"), P("Riyadh", "SAU", 24.71, 46.68)],
        dates=[D("Tuesday", "1987-03-24"), D("last\nOctober", "1986-10"), D("June 1982", "1982-06"),
               D("last year", "1986"), D("November", "1986-11"), D("1967", "1967"), D("1981", "1981")],
        quantities=[Q("1.5 billion stg", 1500000000, "GBP"), Q("436 mln", 436000000, "GBP"),
                    Q("five billion stg", 5000000000, "GBP"), Q("18 dlrs", 18, "USD")]),

    # 8. reuters-3523 (Wed 1987-03-11, Tokyo): Indonesia signed an agreement to borrow up to 150 billion yen in an
    #    untied loan from Japan's governmental Export-Import Bank, a bank spokesman said; the accord was signed by the
    #    visiting Indonesian finance minister and the bank's president; the bank's first untied loan to an Asian
    #    country in co-financing with the World Bank. The loan agreement signed (AID; AGREE and SUPPORT accepted,
    #    as gold-twenty-third's signed World Bank loan; either side; in JPN) required; the signing restated and the
    #    minister's visit CONSULT (IDN to JPN; in JPN) optional.
    article(REU + "3523", "1987-03-11", [
        E(["AID", "AGREE", "SUPPORT"], "signed an agreement to borrow", JP_ID, JP_ID, location_country="JPN"),
        E(["SUPPORT", "AGREE"], "was signed by the\nvisiting", JP_ID, JP_ID, req=False, location_country="JPN"),
        E(["CONSULT"], "visiting Indonesian Finance Minister", ["IDN"], ["JPN"], req=False, location_country="JPN"),
    ], places=[P("Indonesia", "IDN"), P("Japan", "JPN")],
        quantities=[Q("150 billion yen", 150000000000, "JPY")]),

    # 9. reuters-19367 (Fri 1987-06-19, Brussels): Malaysia is to urge the fellow tin producers to pay more for
    #    research, its primary industries minister said; he has told Malaysia's representatives in the ATPC to draw
    #    up a paper, to go to the ATPC meeting in Kuala Lumpur in September; in Brussels he met the EC's farm and
    #    industry commissioners; he fears the Commission would revive the oils and fats tax; Andriessen this week
    #    promised compensation to third countries if the tax was adopted, which Lim doubts would work for Malaysia;
    #    Narjes told him there were no barriers to the EC states' ratifying the rubber agreement; Lim will sign and
    #    ratify it on his visit to New York. The request to come REQUEST (MYS to the ATPC, IGO; future) and the
    #    meeting with the commissioners CONSULT (MYS and the EC; in BEL) required; the instruction to the
    #    representatives (domestic), Andriessen's promise AGREE, Lim's doubt REJECT, the ATPC meeting to come, Narjes's
    #    word, the signature and ratification to come AGREE and Lim's praise of the accord SUPPORT optional.
    article(REU + "19367", "1987-06-19", [
        E(["REQUEST"], "Malaysia is to urge fellow tin", ["MYS"], [IGO], modality=FUT),
        E(["REQUEST"], "he had instructed Malaysia's representatives", ["MYS"], ["MYS"], req=False),
        E(["CONSULT"], "Lim earlier met European Community farm commissioner", ["MYS"], EC,
          location_country="BEL"),
        E(["AGREE"], "Andriessen this week promised", EC, req=False, date="1987-06"),
        E(["REJECT"], "I cannot see how this would work out", ["MYS"], EC, req=False),
        E(["AGREE", "CONSULT"], "would be presented at an ATPC meeting", ["MYS"], [IGO], req=False, modality=FUT,
          date="1987-09", location_country="MYS"),
        E(["CONSULT", "SUPPORT"], "Narjes told him there appeared", EC, ["MYS"], req=False),
        E(["AGREE"], "who will sign and ratify the agreement", ["MYS"], [IGO], req=False, modality=FUT),
        E(["SUPPORT"], "described the present accord as a model", ["MYS"], [IGO], req=False),
    ], places=[P("Malaysia", "MYS"), P("Brussels", "BEL", 50.85, 4.35), P("Kuala Lumpur", "MYS", 3.14, 101.69),
               NEW_YORK],
        dates=[D("this week", "1987-06"), D("September", "1987-09"), D("October", "1987-10")],
        quantities=[Q("250\nmln dlrs", 250000000, "USD")]),

    # 10. reuters-236 (Sun 1987-03-01, Kuwait): Kuwait's oil minister, in remarks published today by al-Qabas (media),
    #     said there were no plans for an emergency OPEC meeting and no member had asked for one; he denied Kuwait was
    #     pumping above its quota (traders named it among those above quota) and delivered a challenge to any oil
    #     company that declared Kuwait sold below official prices; he reaffirmed that the differentials committee's
    #     meeting of March 7 was postponed to April at some members' request; Ecuador's deputy energy minister said
    #     last Wednesday his country wanted OPEC to assign it a lower price and would seek this at the pricing
    #     committee's talks this month. The denial REJECT (KWT; media) and Ecuador's request REQUEST (ECU to OPEC,
    #     IGO) required; the quoted denial, the challenge to the oil companies, the meeting postponed (future, in
    #     April), Ecuador's talks to come and the December ceiling (historical) optional; the "none asked" line (a
    #     negation) and the traders' estimates and naming (market views) forbidden.
    article(REU + "236", "1987-03-01", [
        E(["REJECT"], "He denied Kuwait was pumping above its quota", ["KWT"], attribution="media"),
        E(["REJECT"], "This rumour is baseless", ["KWT"], req=False, attribution="media"),
        E(["REJECT", "THREATEN"], "a challenge to any international", ["KWT"], BANKS, req=False,
          attribution="media"),
        E(["AGREE", "CONSULT"], "has been postponed until the start of", [IGO], req=False, modality=FUT,
          date="1987-04", attribution="media"),
        E(["REQUEST"], "wanted OPEC to assign", ["ECU"], [IGO], date="1987-02-25"),
        E(["REQUEST", "AGREE"], "was to seek this at\ntalks this month", ["ECU"], [IGO], req=False, modality=FUT,
          date="1987-03"),
        E(["AGREE"], "agreed in Geneva last December", [IGO], req=False, modality=H, date="1986-12",
          location_country="CHE"),
    ], forbid=[F("None of the OPEC members has asked"), F("Traders and analysts in international oil markets"),
               F("They named Kuwait and the United Arab Emirates")],
        places=[P("Kuwait", "KWT"), P("United Arab Emirates", "ARE"), P("Ecuador", "ECU"), P("Qatar", "QAT"),
                P("Geneva", "CHE", 46.20, 6.15), NEW_YORK],
        dates=[D("last December", "1986-12"), D("last month", "1987-02"), D("March 7", "1987-03-07"),
               D("last Wednesday", "1987-02-25"), D("this month", "1987-03")],
        quantities=[Q("15.8 mln\nbpd", 15800000, "bpd"), Q("one mln bpd", 1000000, "bpd"),
                    Q("1.2 mln bpd", 1200000, "bpd"), Q("4.0 mln bpd", 4000000, "bpd"),
                    Q("180,000 bpd", 180000, "bpd"), Q("285,000 bpd", 285000, "bpd"),
                    Q("18 dlrs", 18, "USD"), Q("19 dollars", 19, "USD"), Q("16.67 dlrs", 16.67, "USD")]),

    # 11. reuters-5098 (Fri 1987-03-13, Rio de Janeiro): the central bank president said possible retaliation by
    #     Brazil's creditors would not be intelligent, as Brazil would lose its capacity to export and pay; on their
    #     12-day tour he and the finance minister warned the creditors that Brazil could no longer export capital; he
    #     reiterated that Brazil will not accept the IMF's interference, as the creditors suggested; Brazil suspended
    #     interest payments to the banks on February 20; it has not submitted proposals; he will go to Washington next
    #     week for the IADB meeting; Presidency sources say a new economic programme is being prepared. The warning
    #     THREATEN (REQUEST accepted: a plea not to retaliate; BRA; the creditors: the banks, MNC, and creditor
    #     states unnamed) and the rejection of the IMF REJECT (BRA to the IMF, IGO) required; the warning on the tour
    #     (historical) and the tour CONSULT, the creditors' suggestion, the quip about pardoning half the debt, the
    #     suspension (historical) and the IADB meeting to come optional; "has not submitted specific proposals"
    #     forbidden (negated).
    article(REU + "5098", "1987-03-13", [
        E(["THREATEN", "REQUEST"], "would not be an intelligent measure", ["BRA"], location_country="BRA"),
        E(["REQUEST", "THREATEN"], "Dilson Funaro warned", ["BRA"], req=False, modality=H),
        E(["CONSULT"], "12-day globe-trotting tour", ["BRA"], req=False, modality=H),
        E(["REJECT"], "reiterated that Brazil will not accept interference", ["BRA"], [IGO],
          location_country="BRA"),
        E(["REQUEST"], "as creditors suggested", BANKS, ["BRA"], req=False),
        E(["REQUEST"], "We would\nwelcome if they pardoned half our debt", ["BRA"], BANKS, req=False),
        E(["REJECT", "SANCTION"], "Brazil announced suspension of interest payment", ["BRA"], BANKS, req=False,
          modality=H, date="1987-02-20"),
        E(["AGREE", "CONSULT"], "he will be going next week", ["BRA"], [IGO], req=False, modality=FUT,
          date="1987-03", location_country="USA"),
    ], forbid=[F("Brazil has not submitted specific proposals")],
        places=[P("Brazil", "BRA"), WASHINGTON, P("Brasilia", "BRA", -15.79, -47.88)],
        dates=[D("February 20", "1987-02-20"), D("next week", "1987-03")],
        quantities=[Q("24 billion dlrs", 24000000000, "USD"), Q("two billion dlrs", 2000000000, "USD"),
                    Q("68\nbillion dlrs", 68000000000, "USD"), Q("500 mln dlrs", 500000000, "USD"),
                    Q("109 billion dlr", 109000000000, "USD"), Q("12-day", 12, "days")]),

    # 12. reuters-12196 (Wed 1987-04-01, Paris): aid donors have promised Senegal 1.8 billion dlrs in soft loans over
    #     the next three years, the World Bank said in a statement (organization); the aid supports the second phase
    #     of Senegal's "courageous and far-reaching" adjustment programme; Senegal's planning minister described its
    #     recovery; its businessmen will make trips to meet investors; its finance minister deplored the burden of
    #     debt service. The aid promised AGREE (AID accepted; the donors unnamed, the World Bank's group IGO accepted,
    #     to SEN; in FRA) required; the support of the programme and its praise SUPPORT optional; the businessmen's
    #     trips forbidden (not political actors).
    article(REU + "12196", "1987-04-01", [
        E(["AGREE", "AID"], "Aid donors have promised Senegal", [IGO], ["SEN"], attribution="organization",
          location_country="FRA"),
        E(["AID", "SUPPORT"], "The aid was to support the second phase", [IGO], ["SEN"], req=False,
          attribution="organization"),
        E(["SUPPORT"], "courageous and far-reaching", [IGO], ["SEN"], req=False, attribution="organization"),
    ], forbid=[F("Senegalese businessmen would make three")],
        places=[P("Senegal", "SEN"), P("Saudi Arabia", "SAU"), P("United States", "USA"),
                P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("1984", "1984")],
        quantities=[Q("1.8\nbillion dlrs", 1800000000, "USD"), Q("three years", 3, "years"),
                    Q("4.2 pct", 4.2, "percent"), Q("800 billion francs cfa", 800000000000, "XOF"),
                    Q("2.67 billion dlrs", 2670000000, "USD"), Q("50 pct", 50, "percent"),
                    Q("27 pct", 27, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
