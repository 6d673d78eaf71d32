"""Writes articles.json for the fifty-first article gold ('gold-fifty-fourth', written blind): twelve 1987 Reuters
wire stories from the one-keyword business list (select_stories.py: gold_selection.one_keyword_business_list walked
over positions 212-300 and 487-572 of its declared stretches 212-300 and 487-600) that report acts of political
actors: Japan ratifying the cocoa agreement, Jamaica's Paris Club rescheduling, Venezuela's possible turn to the IMF
and the IMF mission's meeting, Baker's opposition to Soviet membership of the World Bank and the IMF, the EC's threat
of retaliation over US textile curbs, the IMF's and the development banks' first steps to assist Ecuador, Japan's
car export curb toward the EC, US credit guarantees for Algeria, Taiwan's planned tariff cuts for Washington, Japan
dropping its barriers to US fish, Brazil's creditor banks renewing its credit lines, and the World Bank's support
for Argentina's plans.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
LENDER = [IGO]                     # the IMF, the World Bank, the Inter-American Development Bank
PARIS_CLUB = [IGO]                 # the Paris Club of creditor governments: IGO (gold-thirtieth's 11591)
JM_PC = ["JAM"] + PARIS_CLUB       # a debt accord: either party on either side
VE_IMF = ["VEN", IGO]              # a lender's mission meeting a government: either side
JP_US = ["JPN", "USA"]
SOVIET = ["SUN", "RUS"]            # the Soviet Union, as gold-twentieth codes it
BANKS = [MNC]                      # a debtor's commercial creditor banks
JAPAN_MAKERS = ["JPN", MNC]        # Japanese car makers curbing exports at their ministry's directive
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-19500 (Mon 1987-06-29, Tokyo): Japan will ratify the 1986 International Cocoa Agreement with effect
    #    from July 1 and will renew its membership in the International Cocoa Organisation, Foreign Affairs Ministry
    #    officials said; Japan would take part in an ICCO meeting on July 13 in London to revise buffer stock policy;
    #    the approval was delayed by parliamentary debate over the sales tax. The ratification AGREE (COOPERATE
    #    accepted; JPN to the ICCO, IGO; future, from July 1) required; the membership renewal (a detail of the same
    #    act) and the meeting to come (AGREE first, CONSULT accepted; in GBR) optional; the domestic delay forbidden.
    article(REU + "19500", "1987-06-29", [
        E(["AGREE", "COOPERATE"], "will ratify the 1986 International", ["JPN"], [IGO], modality=FUT,
          date="1987-07-01"),
        E(["AGREE", "COOPERATE"], "will renew its membership in the International Cocoa Organisation", ["JPN"],
          [IGO], req=False, modality=FUT),
        E(["AGREE", "CONSULT"], "would participate in an ICCO meeting", ["JPN"], [IGO], req=False, modality=FUT,
          date="1987-07-13", location_country="GBR"),
    ], forbid=[F("was delayed by parliamentary debate over the sales tax issue")],
        places=[P("Japan", "JPN"), P("London", "GBR", 51.51, -0.13)],
        dates=[D("July 1", "1987-07-01"), D("July 13", "1987-07-13"), D("January 1987", "1987-01")]),

    # 2. reuters-2817 (Fri 1987-03-06, New York): the Jamaican Information Service said the rescheduling agreement
    #    reached with the Paris Club covers 125.5 mln dlrs, not 25.5 mln as announced yesterday; the accord,
    #    clinched on Thursday in Paris, reschedules 100 pct of principal and 85 pct of interest owed between April 1,
    #    1986 and March 31, 1988, over six and ten years. The agreement reached AGREE (JAM and the Paris Club, IGO,
    #    either side; March 5, in FRA; the government's information service: official) required; the accord clinched
    #    on Thursday (restated) and its terms (details) optional.
    article(REU + "2817", "1987-03-06", [
        E(["AGREE"], "the rescheduling agreement reached with the Paris Club", JM_PC, JM_PC, date="1987-03-05",
          location_country="FRA"),
        E(["AGREE"], "clinched on Thursday in Paris", JM_PC, JM_PC, req=False, date="1987-03-05",
          location_country="FRA"),
        E(["AGREE", "CONCEDE"], "will be rescheduled over six years", PARIS_CLUB, ["JAM"], req=False, modality=FUT),
    ], places=[P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("yesterday", "1987-03-05"), D("Thursday", "1987-03-05"), D("April 1, 1986", "1986-04-01"),
               D("March 31, 1988", "1988-03-31")],
        quantities=[Q("125.5 mln dlrs", 125500000, "USD"), Q("25.5 mln dlrs", 25500000, "USD"),
                    Q("100 pct", 100, "percent"), Q("85 pct", 85, "percent"), Q("six years", 6, "years"),
                    Q("10 years", 10, "years")]),

    # 3. reuters-19476 (Fri 1987-06-19, Caracas): Venezuela may turn to the IMF for credits as part of its effort to
    #    reestablish financial flows, Finance Minister Azpurua told reporters ("one of the steps the executive has
    #    begun taking"); he did not say what loans it would seek; an IMF technical team is in Caracas gathering data
    #    for its annual report and its members met ministry officials today; Venezuela has drawn no IMF loans since
    #    1982. The possible request REQUEST (VEN to the IMF, IGO; hypothetical: "may") and today's meeting with the
    #    mission CONSULT (either side; in VEN) required; the loans it would seek (restated) and the team's presence
    #    (CONSULT; in VEN) optional; the loans not drawn forbidden (a negated act).
    article(REU + "19476", "1987-06-19", [
        E(["REQUEST"], "may turn to the international monetary fund for credits", ["VEN"], [IGO], modality=HYP),
        E(["REQUEST"], "loans venezuela would seek from the fund", ["VEN"], [IGO], req=False, modality=HYP),
        E(["CONSULT"], "is currently in caracas gathering data", [IGO], ["VEN"], req=False,
          location_country="VEN"),
        E(["CONSULT"], "Members of the mission met today with officials", VE_IMF, VE_IMF, date="1987-06-19",
          location_country="VEN"),
    ], forbid=[F("has not drawn standby or extended fund facilty loans")],
        places=[P("Venezuela", "VEN"), P("Caracas", "VEN", 10.49, -66.88)],
        dates=[D("1982", "1982"), D("1986", "1986")],
        quantities=[Q("1.371 mln", 1371000, "SDR"), Q("1.75 billion dollars", 1750000000, "USD")]),

    # 4. reuters-6061 (Tue 1987-03-17, Washington): Treasury Secretary Baker said the US opposes Soviet membership of
    #    the World Bank or the IMF; he told a House foreign affairs subcommittee "We do not support and will not
    #    support Soviet membership", the position "unqualified and unconditional"; World Bank President Conable has
    #    in the past suggested future Soviet membership could take place. The opposition REJECT (USA to the Soviet
    #    Union; in USA: a House subcommittee) required; the quoted refusal (restated) and Conable's past suggestion
    #    (SUPPORT; IGO to the Soviet Union; historical) optional.
    article(REU + "6061", "1987-03-17", [
        E(["REJECT"], "opposes Soviet membership of the World Bank", ["USA"], SOVIET, location_country="USA"),
        E(["REJECT"], "We do not support and will not support Soviet membership", ["USA"], SOVIET, req=False),
        E(["SUPPORT"], "has in the past suggested future Soviet membership", [IGO], SOVIET, req=False,
          modality=H),
    ]),

    # 5. reuters-3770 (Wed 1987-03-11, Brussels): the EC expressed disquiet over protectionist moves in the US to
    #    limit textile imports and said it would retaliate immediately if EC exports were hit; De Clercq had written
    #    to Yeutter outlining the Community's concerns, a Commission spokeswoman said; the draft legislation before
    #    Congress would impose permanent quotas. The threat THREATEN (the EC, EUR or IGO, to USA) and De Clercq's
    #    letter ACCUSE (CONSULT accepted: a letter setting out complaints) required; the disquiet ACCUSE and the
    #    quotas the draft would impose (SANCTION; USA; hypothetical, a bill before Congress) optional.
    article(REU + "3770", "1987-03-11", [
        E(["THREATEN"], "it would retaliate immediately if EC exports were hit", EC, ["USA"]),
        E(["ACCUSE", "CONSULT"], "Willy De Clercq had written to his", EC, ["USA"]),
        E(["ACCUSE"], "expressed disquiet over protectionist moves", EC, ["USA"], req=False),
        E(["SANCTION"], "would impose permanent quotas on products", ["USA"], req=False, modality=HYP),
    ], places=[P("United States", "USA")],
        quantities=[Q("12-nation", 12, "countries")]),

    # 6. reuters-4403 (Thu 1987-03-12, Washington): months may pass before major help reaches earthquake-stricken
    #    Ecuador, although the IMF and the development banks have taken the first steps, monetary sources and US
    #    officials said (unnamed: anonymous); the IMF told the Ecuadorean government it was prepared to provide about
    #    50 mln dlrs under its emergency system, Ecuador having to request it; the World Bank and the IDB have
    #    dispatched missions to the region hit by last Thursday's quake to speed disbursements; the World Bank's
    #    undisbursed 277 mln dlrs could be made available. The IMF's offer AGREE (offers and "prepared to" AGREE; AID
    #    accepted; IGO to ECU) and the missions dispatched CONSULT (AID accepted; IGO to ECU; in ECU) required; the
    #    first steps (restated), the request it is up to Ecuador to make (hypothetical), the loans approved in recent
    #    years (historical) and the funds that could be made available (hypothetical) optional; the months before help
    #    arrives forbidden (speculation).
    article(REU + "4403", "1987-03-12", [
        E(["AGREE", "AID"], "it was prepared, under its emergency system", LENDER, ["ECU"], attribution="anonymous"),
        E(["CONSULT", "AID"], "have dispatched missions to the region", LENDER, ["ECU"], attribution="anonymous",
          location_country="ECU"),
        E(["AID", "AGREE"], "have already taken the first steps", LENDER, ["ECU"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "it is up to Ecuador to request the money", ["ECU"], LENDER, req=False, modality=HYP,
          attribution="anonymous"),
        E(["AID"], "it has approved for Ecuador in recent years", LENDER, ["ECU"], req=False, modality=H),
        E(["AID"], "the programs it has approved are for rural development", LENDER, ["ECU"], req=False,
          modality=H),
        E(["AID"], "a portion of this could, potentially, be made available", LENDER, ["ECU"], req=False,
          modality=HYP),
        E(["AID"], "the funds could be then provided for", LENDER, ["ECU"], req=False, modality=HYP),
    ], forbid=[F("It could be months before major")],
        places=[P("Ecuador", "ECU")],
        dates=[D("last Thursday", "1987-03-05")],
        quantities=[Q("50 mln dlrs", 50000000, "USD"), Q("25 per cent", 25, "percent"),
                    Q("one billion dlrs", 1000000000, "USD"), Q("277 mln dlrs", 277000000, "USD")]),

    # 7. reuters-3484 (Wed 1987-03-11, Tokyo): Japanese car makers will curb their exports to the EC following an
    #    unofficial directive from MITI, automobile industry sources said (unnamed: anonymous); exports this year
    #    are likely to be at most unchanged; last week a MITI vice minister said the ministry had asked car makers
    #    to exercise prudence in exporting to Europe; in December makers curbed shipments to meet an earlier MITI
    #    directive to limit 1986 exports. The export curb at the ministry's directive CONCEDE (COOPERATE accepted;
    #    JPN, or the makers MNC, to the EC; future) required; the directive itself (REQUEST accepted; JPN), last
    #    week's request (JPN; historical) and December's curb (historical) optional; the export forecast forbidden.
    article(REU + "3484", "1987-03-11", [
        E(["CONCEDE", "COOPERATE"], "will curb their exports to the European Community", JAPAN_MAKERS, EC,
          modality=FUT, attribution="anonymous"),
        E(["CONCEDE", "REQUEST", "COOPERATE"], "following an unofficial directive", ["JPN"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "the ministry had asked car makers to exercise prudence", ["JPN"], req=False, modality=H,
          date="1987-03"),
        E(["CONCEDE", "COOPERATE"], "makers curbed shipments to meet an earlier directive", JAPAN_MAKERS, req=False,
          modality=H, date="1986-12"),
    ], forbid=[F("are likely to be at most unchanged from last year")],
        dates=[D("this year", "1987"), D("last year", "1986"), D("Last week", "1987-03"), D("January", "1987-01"),
               D("December", "1986-12"), D("1986 exports", "1986")],
        quantities=[Q("1.10 mln units", 1100000, "vehicles"), Q("38 pct", 38, "percent"),
                    Q("174,133 units", 174133, "vehicles"), Q("70.4 pct", 70.4, "percent")]),

    # 8. reuters-16601 (Mon 1987-04-13, Washington): the Commodity Credit Corporation has authorized 3.0 mln dlrs in
    #    credit guarantees for sales of US rice to Algeria under GSM-102, the Agriculture Department said; the
    #    additional guarantees raise the fiscal 1987 programme for Algeria to 469.0 mln dlrs; sales must be exported
    #    by September 30, 1987. The guarantees authorized AID (USA to DZA) required (as gold-forty-ninth's 9550); the
    #    increase of the programme (restated) optional.
    article(REU + "16601", "1987-04-13", [
        E(["AID"], "has authorized 3.0 mln dlrs in credit guarantees", ["USA"], ["DZA"]),
        E(["AID"], "The additional guarantees increase the cumulative", ["USA"], ["DZA"], req=False),
    ], places=[P("Algeria", "DZA")],
        dates=[D("September 30, 1987", "1987-09-30")],
        quantities=[Q("3.0 mln dlrs", 3000000, "USD"), Q("469.0 mln dlrs", 469000000, "USD")]),

    # 9. reuters-8692 (Tue 1987-03-24, Taipei): Taiwan said it plans another round of tariff cuts, possibly within a
    #    month, to narrow its trade surplus with the US; the vice finance minister said a high-level economic
    #    committee recommended cuts on 66 products requested by Washington; the cuts may take effect by the end of
    #    next month; the surplus widened in the first two months. The planned cuts CONCEDE (COOPERATE accepted; TWN
    #    to USA; future, as gold-fifty-first's 4172) required; the committee's recommendation, Washington's request
    #    (REQUEST, USA to TWN; earlier) and the cuts' start (hypothetical: "may") optional; the surplus figures
    #    forbidden.
    article(REU + "8692", "1987-03-24", [
        E(["CONCEDE", "COOPERATE"], "it plans another round of tariff cuts", ["TWN"], ["USA"], modality=FUT),
        E(["CONCEDE", "COOPERATE"], "recommended tariff cuts on 66 products", ["TWN"], ["USA"], req=False),
        E(["REQUEST"], "requested by Washington", ["USA"], ["TWN"], req=False, modality=H),
        E(["CONCEDE", "COOPERATE"], "the cuts may come into effect", ["TWN"], ["USA"], req=False, modality=HYP,
          date="1987-04"),
    ], forbid=[F("Widened in the first two months of this year")],
        places=[P("Taiwan", "TWN"), WASHINGTON],
        dates=[D("next month", "1987-04"), D("this year", "1987"), D("last year", "1986")],
        quantities=[Q("66 products", 66, "products"), Q("2.35 billion dlrs", 2350000000, "USD"),
                    Q("1.87 billion dlrs", 1870000000, "USD")]),

    # 10. reuters-7907 (Fri 1987-03-20, Washington): Japan has agreed to drop barriers to US-caught herring and
    #     pollock, Trade Representative Yeutter announced; the accord was reached after bilateral negotiations that
    #     ended earlier today in Tokyo; the Commerce Department estimated shipments should rise to 85 mln dlrs this
    #     year; the pact would lift quotas; Washington is temporarily suspending its GATT complaint that Japan was
    #     unfairly curbing imports of the two fish, to be reviewed later this year. Japan's agreement to drop its
    #     barriers AGREE (CONCEDE accepted; JPN to USA), the negotiations CONSULT (either side; March 20, in JPN) and
    #     the complaint's suspension RETREAT (CONCEDE accepted; USA to JPN) required; the accord reached (restated),
    #     the quotas to be lifted (future), the complaint's charge ACCUSE (historical) and its review to come
    #     (ACCUSE or THREATEN; future) optional; the shipment estimate forbidden.
    article(REU + "7907", "1987-03-20", [
        E(["AGREE", "CONCEDE"], "Japan has agreed to drop barriers", ["JPN"], ["USA"]),
        E(["CONSULT"], "extensive bilateral negotiations that ended earlier today", JP_US, JP_US,
          date="1987-03-20", location_country="JPN"),
        E(["AGREE"], "the accord was reached", JP_US, JP_US, req=False, date="1987-03-20"),
        E(["CONCEDE", "AGREE"], "the pact would lift quotas", ["JPN"], ["USA"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["RETREAT", "CONCEDE"], "was temporarily suspending a complaint", ["USA"], ["JPN"]),
        E(["ACCUSE"], "Japan was unfairly curbing imports", ["USA"], ["JPN"], req=False, modality=H),
        E(["ACCUSE", "THREATEN"], "the complaint would be reviewed later this year", ["USA"], ["JPN"], req=False,
          modality=FUT, date="1987"),
    ], forbid=[F("shipments of processed pollock products and herring should rise")],
        places=[P("Japan", "JPN"), P("Tokyo", "JPN", 35.68, 139.69), WASHINGTON],
        dates=[D("this year", "1987"), D("later this year", "1987")],
        quantities=[Q("300 mln dlrs", 300000000, "USD"), Q("85 mln dlrs", 85000000, "USD")]),

    # 11. reuters-12041 (Wed 1987-04-01, Brasilia): Brazilian economic officials confirmed that commercial creditors
    #     renewed its short-term credit lines; Finance Ministry sources said a "large majority" of foreign banks had
    #     accepted to extend them before the March 31 deadline; Funaro said all were renewed, mostly by 30 days, some
    #     by 90 or 180; Brazil is pledging for an extension for an indefinite period until it seeks a global
    #     renegotiation; last week it had suggested an extension to May 31. Brazil's plea for an indefinite
    #     extension REQUEST (BRA to the banks, MNC) required (the political act); the banks' renewal (COOPERATE,
    #     AGREE or AID; MNC to BRA; a commercial creditors' act), its restatements and last week's suggestion REQUEST
    #     (historical) optional; the optimism over a renegotiation forbidden.
    article(REU + "12041", "1987-04-01", [
        E(["REQUEST"], "Brazil is pledging for an extension of the deadlines", ["BRA"], BANKS),
        E(["COOPERATE", "AGREE", "AID"], "confirmed a renewal of short-range credit lines", BANKS, ["BRA"],
          req=False),
        E(["COOPERATE", "AGREE", "AID"], "had accepted to extend Brazil's credit lines", BANKS, ["BRA"], req=False,
          attribution="anonymous"),
        E(["COOPERATE", "AGREE", "AID"], "all short range credit lines were renewed", BANKS, ["BRA"], req=False),
        E(["COOPERATE", "AGREE", "AID"], "The credit lines were extended in their majority", BANKS, ["BRA"],
          req=False),
        E(["REQUEST"], "Brazil had suggested to creditors an extension", ["BRA"], BANKS, req=False, modality=H,
          date="1987-03"),
    ], forbid=[F("bringing optimism that renegotiation")],
        places=[P("Brazil", "BRA")],
        dates=[D("March 31", "1987-03-31"), D("Last week", "1987-03"), D("May 31", "1987-05-31")],
        quantities=[Q("109 billion dlrs", 109000000000, "USD"), Q("15 billion dlrs", 15000000000, "USD"),
                    Q("100 pct", 100, "percent"), Q("30 days", 30, "days"), Q("90 days", 90, "days"),
                    Q("180 days", 180, "days"), Q("two months", 2, "months")]),

    # 12. reuters-5227 (Mon 1987-03-16, Buenos Aires): World Bank Vice-President Knox said the bank was eager to
    #     finance Argentina's plans to stimulate growth and that he was urging private banks to grant new loans to
    #     the country, in an interview with the daily La Nacion yesterday (attribution media); Argentina's policies
    #     contained key elements for growth; "We are encouraging creditor banks to grant new loans"; he arrived in
    #     Argentina last Thursday. The bank's readiness to finance AGREE (a broad promise of aid, as
    #     gold-twenty-sixth's 8703; SUPPORT and AID accepted; IGO to ARG) and his urging of private banks REQUEST
    #     (IGO to the banks, MNC) required; his praise of the policies SUPPORT, both restatements and his arrival
    #     CONSULT (a visit; either side; March 12, in ARG; historical) optional.
    article(REU + "5227", "1987-03-16", [
        E(["AGREE", "SUPPORT", "AID"], "the bank was eager to finance Argentine plans", [IGO], ["ARG"],
          attribution="media", date="1987-03-15"),
        E(["REQUEST"], "he was urging private banks to grant new loans", [IGO], BANKS, attribution="media",
          date="1987-03-15"),
        E(["SUPPORT"], "contained key elements to stimulate growth", [IGO], ["ARG"], req=False, attribution="media"),
        E(["AGREE", "SUPPORT", "AID"], "was very interested in financing its growth", [IGO], ["ARG"], req=False,
          attribution="media"),
        E(["REQUEST"], "We are encouraging creditor banks", [IGO], BANKS, req=False, attribution="media"),
        E(["CONSULT"], "who arrived in Argentina last Thursday", [IGO, "ARG"], ["ARG", IGO], req=False,
          modality=H, date="1987-03-12", location_country="ARG"),
    ], places=[P("Argentina", "ARG")],
        dates=[D("yesterday", "1987-03-15"), D("last Thursday", "1987-03-12")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
