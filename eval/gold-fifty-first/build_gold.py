"""Writes articles.json for the forty-eighth article gold ('gold-fifty-first', written blind): twelve 1987 Reuters
wire stories from the one-keyword business list (select_stories.py: gold_selection.one_keyword_business_list walked
over positions 601-884) that report acts of political actors: Guyana's president dismissing the poisoning reports
after Trinidad and Tobago restricted Guyanese rice, Taiwan's tariff cuts before trade talks with Washington, Taiwan
and the US revising their textile accord, the White House's tariffs on Japanese goods, Taiwan easing import curbs for
its trading partners, the EC's list of US trade barriers, Yugoslavia's EC loan and refused grant, the Group of 10 and
the IMF Interim Committee's consensus on reschedulings, the IDA's credit for India, the World Bank's loans to
Pakistan, Britain calling on Japan to import more, and the EC's GATT charge against the US in the Akzo fibres case.
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
TW_US = ["TWN", "USA"]
YU_EC = ["YUG", "EUR", IGO]        # a signed loan: either party on either side (as gold-twenty-third's 10821)
# The Group of 10 and the IMF Interim Committee meeting: the IMF (IGO) and the Group of 10 states as joint actors, no
# recipient (as gold-forty-second's 7950, which names the G-10 officials' states).
G10 = ["USA", "DEU", "FRA", "GBR", "JPN", "CAN", "ITA", "NLD", "BEL", "CHE", "SWE", IGO]
LENDER = [IGO]                     # the World Bank and its International Development Association
BANKS = [MNC]                      # a debtor's commercial creditor banks
TOKYO = P("Tokyo", "JPN", 35.68, 139.69)
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-5892 (Tue 1987-03-17, Georgetown): President Hoyte said reports of widespread thallium poisoning in
    #    Guyana were mischievous and had damaged its food exports ("There is no ... epidemic", in a radio address
    #    late Sunday); the reports had led some Caribbean newspapers to call for a ban on Guyanese food exports, and
    #    Trinidad and Tobago had restricted imports of Guyanese rice, Hoyte said; he called the reports a
    #    "mischievous invention"; the WHO blacklisted the chemical in 1973; WHO and PAHO tests found seven cases. The
    #    president's dismissal of the reports REJECT (ACCUSE accepted; GUY, the reports' authors no code) and
    #    Trinidad and Tobago's import restriction SANCTION (TTO to GUY; a recent act, the statement's cause) required;
    #    the quoted denial and "mischievous invention" (restatements) and the newspapers' call for a ban REQUEST
    #    (background; no code) optional; the WHO's blacklisting of a chemical and the tests' count forbidden.
    article(REU + "5892", "1987-03-17", [
        E(["REJECT", "ACCUSE"], "were mischievous and had gravely damaged", ["GUY"], date="1987-03-15"),
        E(["REJECT"], "There is no thallium sulphate poisoning epidemic", ["GUY"], req=False, date="1987-03-15"),
        E(["REQUEST"], "some newspapers in the Caribbean to call for a ban", recipient=["GUY"], req=False,
          modality=H),
        E(["SANCTION"], "Trinidad and Tobago had restricted imports", ["TTO"], ["GUY"]),
        E(["REJECT", "ACCUSE"], "Calling the reports a", ["GUY"], req=False),
    ], forbid=[F("blacklisted since 1973 by the World Health Organization"),
               F("which found only seven cases")],
        places=[P("Guyana", "GUY"), P("Trinidad and Tobago", "TTO")],
        dates=[D("Sunday", "1987-03-15"), D("1973", "1973")],
        quantities=[Q("seven cases", 7, "cases")]),

    # 2. reuters-16253 (Mon 1987-04-13, Taipei): Taiwan announced another round of import tariff cuts on 862 foreign
    #    goods shortly before trade talks with Washington, a move to help balance trade with the US; the customs
    #    department's deputy director told reporters on Saturday that the list included 60 items asked by Washington;
    #    the ministry sent the cabinet a proposal to cut the tariffs by five to 50 pct; the cabinet was expected to
    #    approve it next Thursday and the cuts would take effect possibly from April 20. The tariff cuts announced
    #    CONCEDE (COOPERATE accepted; TWN to USA; on Saturday) required; the trade talks to come CONSULT (future;
    #    AGREE accepted), Washington's request for the 60 items REQUEST (earlier), the ministry's proposal to the
    #    cabinet, the cabinet's approval and the cuts' start (future) optional.
    article(REU + "16253", "1987-04-13", [
        E(["CONCEDE", "COOPERATE"], "announced plans for another round", ["TWN"], ["USA"], date="1987-04-11"),
        E(["CONSULT", "AGREE"], "shortly before trade talks with Washington", TW_US, TW_US, req=False,
          modality=FUT),
        E(["REQUEST"], "included 60 items asked by Washington", ["USA"], ["TWN"], req=False, modality=H),
        E(["CONCEDE", "REQUEST"], "the ministry sent a proposal to the cabinet", ["TWN"], req=False),
        E(["CONCEDE", "SUPPORT"], "was expected to give its approval next Thursday", ["TWN"], req=False,
          modality=FUT, date="1987-04-16"),
        E(["CONCEDE", "COOPERATE"], "the new tariff cuts would be implemented", ["TWN"], ["USA"], req=False,
          modality=FUT, date="1987-04-20"),
    ], places=[P("Taiwan", "TWN"), WASHINGTON, P("United States", "USA")],
        dates=[D("Saturday", "1987-04-11"), D("next Thursday", "1987-04-16"), D("April 20", "1987-04-20")],
        quantities=[Q("862 foreign goods", 862, "products"), Q("60 items", 60, "products"),
                    Q("50 pct", 50, "percent")]),

    # 3. reuters-17074 (Fri 1987-04-24, Taipei): Taiwan and the US have revised and extended their textile export
    #    agreement after negotiations in Washington this week, a spokesman for the Taiwan Textile Federation (an
    #    industry body: attribution organization) said; the accord is extended by one year to the end of 1989 and the
    #    US agreed to raise the growth limit of Taiwan's textile exports to one pct from 0.5 pct; his view of the
    #    accord, firms' lost orders and currency and export figures follow. The revised accord AGREE (TWN and USA,
    #    either side; in USA) and the negotiations CONSULT (in USA) required; the extension restated and the US
    #    agreement to raise the limit (CONCEDE accepted: a detail of the accord) optional; the spokesman's view of the
    #    accord, the firms' lost orders and his export forecast forbidden.
    article(REU + "17074", "1987-04-24", [
        E(["AGREE"], "revised and extended their textile export agreement", TW_US, TW_US, date="1987-04",
          attribution="organization", location_country="USA"),
        E(["CONSULT"], "after negotiations in Washington this week", TW_US, TW_US, date="1987-04",
          attribution="organization", location_country="USA"),
        E(["AGREE"], "has been extended by one year", TW_US, TW_US, req=False, attribution="organization"),
        E(["AGREE", "CONCEDE"], "Has agreed to raise the limit on annual growth", ["USA"], ["TWN"], req=False,
          attribution="organization"),
    ], forbid=[F("The new accord is more fair"), F("Taiwanese firms have lost orders"),
               F("Textile exports are expected to remain the same")],
        places=[P("Taiwan", "TWN"), WASHINGTON, P("Hong Kong", "HKG"), P("South Korea", "KOR")],
        dates=[D("this week", "1987-04"), D("1989", "1989"), D("September 1985", "1985-09"),
               D("last year", "1986"), D("this year", "1987")],
        quantities=[Q("three year", 3, "years"), Q("one year", 1, "years"), Q("one pct", 1, "percent"),
                    Q("0.5 pct", 0.5, "percent"), Q("17 pct", 17, "percent"), Q("six pct", 6, "percent"),
                    Q("2.8 billion", 2800000000, "USD"), Q("7.8 billion", 7800000000, "USD")]),

    # 4. reuters-16895 (Fri 1987-04-17, Santa Barbara): the White House announced 100 pct tariffs on 300 mln dlrs of
    #    Japanese electronic goods, effective Friday, imposed because of Japan's alleged failure to honour the chip
    #    agreement (stop dumping, open its market); Reagan regretted that the actions were necessary, said the tariffs
    #    would be eliminated as soon as there is firm evidence that the dumping has stopped and access has improved,
    #    and said he was encouraged by Tokyo's recent actions to improve compliance. The tariffs SANCTION (USA to JPN;
    #    effective April 17), the conditional promise to lift them CONCEDE (AGREE and REQUEST accepted: the conditions
    #    are demands; asserted, as a conditional offer) and Reagan's encouragement by Tokyo's actions SUPPORT
    #    required; the imposition restated, the allegation ACCUSE, the regret restating the tariffs and Tokyo's recent
    #    steps (COOPERATE or CONCEDE, JPN to USA; historical) optional.
    article(REU + "16895", "1987-04-17", [
        E(["SANCTION"], "announced 100 pct tariffs", ["USA"], ["JPN"], date="1987-04-17"),
        E(["SANCTION"], "The tariffs were imposed because of", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "alleged Japanese failure to honor an agreement", ["USA"], ["JPN"], req=False),
        E(["SANCTION"], "I regret that these actions were necessary", ["USA"], ["JPN"], req=False),
        E(["CONCEDE", "AGREE", "REQUEST"], "the tariffs would be eliminated", ["USA"], ["JPN"]),
        E(["SUPPORT"], "he was encouraged by recent actions by Tokyo", ["USA"], ["JPN"]),
        E(["COOPERATE", "CONCEDE"], "to improve compliance with the", ["JPN"], ["USA"], req=False, modality=H),
    ], places=[TOKYO],
        dates=[D("Friday", "1987-04-17")],
        quantities=[Q("100 pct", 100, "percent"), Q("300 mln dlrs", 300000000, "USD")]),

    # 5. reuters-4172 (Thu 1987-03-12, Taipei): Taiwan will relax import controls on more foreign goods, a government
    #    spokesman said today, to give overseas trading partners, especially the US, greater access (an official of
    #    the planning council); curbs on about 400 goods would soon be relaxed; Taiwan announced last month it would
    #    ease curbs on some 600 products; the moves are meant to balance trade with the US; the trade surplus figures
    #    follow. The easing to come CONCEDE (COOPERATE accepted; TWN to USA; future) required; its detail (400 goods)
    #    and last month's announcement (historical) optional; the surplus figures forbidden.
    article(REU + "4172", "1987-03-12", [
        E(["CONCEDE", "COOPERATE"], "Taiwan will relax import controls on", ["TWN"], ["USA"], modality=FUT,
          date="1987-03-12"),
        E(["CONCEDE", "COOPERATE"], "would soon be relaxed", ["TWN"], ["USA"], req=False, modality=FUT),
        E(["CONCEDE", "COOPERATE"], "Taiwan announced it would ease curbs", ["TWN"], ["USA"], req=False,
          modality=H, date="1987-02"),
    ], forbid=[F("trade surplus reached a record")],
        places=[P("Taiwan", "TWN"), P("United States", "USA")],
        dates=[D("today", "1987-03-12"), D("last month", "1987-02"), D("last year", "1986"), D("1985", "1985")],
        quantities=[Q("400 foreign goods", 400, "products"), Q("600", 600, "products"),
                    Q("15.6 billion dlrs", 15600000000, "USD"), Q("10.62 billion", 10620000000, "USD")]),

    # 6. reuters-12602 (Thu 1987-04-02, Brussels): the EC responded to US criticism of its trade policies by
    #    publishing a list of US actions that obstruct EC exports (a 25-page report of alleged malpractices, in
    #    response to a US document of November); De Clercq: the US "were not innocents"; many barriers could be
    #    removed at upcoming trade talks; the report criticises the US export subsidies (figures), says the EC has
    #    reacted by raising its export refunds and will continue, and deplores the US-Japan chip accord. The list
    #    published ACCUSE (the EC, EUR or IGO, to USA) required; the US document of November ACCUSE (historical), the
    #    report of alleged malpractices and De Clercq's remark (restatements), the barriers to be removed at the talks
    #    (future), the criticism of the export programmes, the EC's reaction with export refunds (SANCTION or
    #    THREATEN), the charge against the US farm quotas and the deploring of the chip accord ACCUSE optional; the
    #    subsidy figures forbidden.
    article(REU + "12602", "1987-04-02", [
        E(["ACCUSE"], "by publishing an extensive list", EC, ["USA"], date="1987-04-02"),
        E(["ACCUSE"], "in response to a similar document issued", ["USA"], EC, req=False, modality=H,
          date="1986-11"),
        E(["ACCUSE"], "25-page report of alleged malpractices", EC, ["USA"], req=False),
        E(["ACCUSE"], "Were not innocents in the matter", EC, ["USA"], req=False),
        E(["CONSULT", "AGREE", "REQUEST"], "could be removed at upcoming", EC, ["USA"], req=False, modality=FUT),
        E(["ACCUSE"], "It also criticises programs to boost", EC, ["USA"], req=False),
        E(["SANCTION", "THREATEN"], "has already reacted where necessary", EC, ["USA"], req=False),
        E(["ACCUSE"], "The document also says import quotas", EC, ["USA"], req=False),
        E(["ACCUSE"], "the report deplores a recent", EC, ["USA"], req=False),
    ], forbid=[F("had subsidised exports of 9.7 mln tonnes")],
        dates=[D("November", "1986-11"), D("1985", "1985"), D("mid-March", "1987-03")],
        quantities=[Q("three-year", 3, "years"), Q("9.7 mln tonnes", 9700000, "tonnes"),
                    Q("two mln tonnes", 2000000, "tonnes"), Q("2.8 mln tonnes", 2800000, "tonnes"),
                    Q("620 mln dlrs", 620000000, "USD")]),

    # 7. reuters-18529 (Thu 1987-06-18, Belgrade): Yugoslavia has signed up for a 550 mln ECU loan from the EC, the
    #    official Tanjug news agency said (attribution media); the agreement, yet to be ratified by the 12 EC states
    #    and the European Parliament, was signed last night in Brussels; the loan will complete a motorway and
    #    modernise the railways; Yugoslavia's request for a 100 mln ECU grant was refused by the EC but will be
    #    discussed again. The loan signed AID (AGREE and SUPPORT accepted; either party on either side; June 17, in
    #    BEL) and the grant refused REJECT (the EC to YUG) required; the signing restated, the ratification to come
    #    SUPPORT (future), the loan's use AID (future), the grant request REQUEST (earlier) and the talks to come
    #    CONSULT (future) optional.
    article(REU + "18529", "1987-06-18", [
        E(["AID", "AGREE", "SUPPORT"], "has signed up for a 550 mln ECU loan", YU_EC, YU_EC, date="1987-06-17",
          attribution="media", location_country="BEL"),
        E(["SUPPORT", "AGREE"], "has yet to be ratified by the 12 EC countries", EC, ["YUG"], req=False,
          modality=FUT, attribution="media"),
        E(["AID", "AGREE", "SUPPORT"], "was signed last night in Brussels", YU_EC, YU_EC, req=False,
          date="1987-06-17", attribution="media", location_country="BEL"),
        E(["AID"], "loan will be used to complete", EC, ["YUG"], req=False, modality=FUT, attribution="media"),
        E(["REQUEST"], "Yugoslavia's request for a 100 mln ECU grant", ["YUG"], EC, req=False, modality=H,
          attribution="media"),
        E(["REJECT"], "was refused by the EC", EC, ["YUG"], attribution="media"),
        E(["CONSULT"], "but will be discussed again", YU_EC, YU_EC, req=False, modality=FUT,
          attribution="media"),
    ], places=[P("Yugoslavia", "YUG"), P("Brussels", "BEL", 50.85, 4.35)],
        dates=[D("last night", "1987-06-17")],
        quantities=[Q("550 mln ECU", 550000000, "XEU"), Q("12 EC countries", 12, "countries"),
                    Q("20 year", 20, "years"), Q("7.5 pct", 7.5, "percent"), Q("100 mln ECU", 100000000, "XEU")]),

    # 8. reuters-16082 (Thu 1987-04-09, Washington): countries meeting at the IMF this week are looking at new ways to
    #    resolve third world debt, the Swiss central bank's president said; the Group of 10 and the IMF Interim
    #    Committee reached a consensus today that a Mexico-type rescheduling must be the last; members suggested other
    #    options; no recommendations were agreed; the suggestions (small banks that refused to join reschedulings,
    #    banks' on-lending, exit bonds small banks might be forced to sign) follow. The meetings CONSULT and the
    #    consensus AGREE (the G-10 states and the IMF, IGO, as joint actors, no recipient) required; the members'
    #    suggestions CONSULT (REQUEST accepted) and the small banks' refusal REJECT (banks, MNC; historical)
    #    optional; "no recommendations were agreed" and the exit bonds banks "might be forced to sign" forbidden.
    article(REU + "16082", "1987-04-09", [
        E(["CONSULT"], "Countries meeting at the International Monetary Fund", G10, date="1987-04"),
        E(["AGREE"], "today reached a consensus", G10, date="1987-04-09"),
        E(["CONSULT", "REQUEST"], "Various members suggested other options", G10, req=False, date="1987-04-09"),
        E(["REJECT"], "which refused to participate in reschedulings", BANKS, ["MEX"], req=False, modality=H),
    ], forbid=[F("no recommendations were agreed"), F("might be forced to sign")],
        places=[P("Mexico", "MEX")],
        dates=[D("this week", "1987-04"), D("today", "1987-04-09")],
        quantities=[Q("six months", 6, "months")]),

    # 9. reuters-10250 (Thu 1987-03-26, Washington): the International Development Association said it approved a
    #    114 mln dlr credit for India to support irrigation projects (the lender's own statement, attribution
    #    official as gold-forty-fifth's 18797); the credit supports a 7-year programme; the Indian government and
    #    participating states will add 43 mln dlrs. The credit approved AID (AGREE accepted; the IDA, IGO, to IND)
    #    required; the credit's programme (a detail) and the Indian contribution COOPERATE (AID and AGREE accepted;
    #    IND with the IDA; future, as gold-forty-fifth's government guarantee) optional.
    article(REU + "10250", "1987-03-26", [
        E(["AID", "AGREE"], "it approved a 114 mln dlr credit for India", LENDER, ["IND"]),
        E(["AID"], "the credit supports a 7-year program", LENDER, ["IND"], req=False),
        E(["COOPERATE", "AID", "AGREE"], "participating states will provide 43 mln dlrs", ["IND"], LENDER,
          req=False, modality=FUT),
    ], places=[P("India", "IND")],
        quantities=[Q("114 mln dlr", 114000000, "USD"), Q("7-year", 7, "years"), Q("50-year", 50, "years"),
                    Q("43 mln dlrs", 43000000, "USD")]),

    # 10. reuters-18885 (Thu 1987-06-18, Washington): the World Bank said it has extended Pakistan 220 mln dlrs in
    #     three loans for education, energy conservation and small industry (attribution official, as above); a 145
    #     mln dlr IDA loan for education, 54 mln for small-scale industry and 21 mln for refinery efficiency; the bank
    #     noted Pakistan's low educational attainment as an obstacle. The loans extended AID (the bank, IGO, to PAK)
    #     required; the three loans (details) optional; the bank's remark on educational attainment forbidden (an
    #     observation, no charge against an actor).
    article(REU + "18885", "1987-06-18", [
        E(["AID"], "it has extended Pakistan 220 mln dlrs", LENDER, ["PAK"]),
        E(["AID"], "supported by a 145 mln dlr loan", LENDER, ["PAK"], req=False),
        E(["AID"], "supported by a 54 mln dlr loan", LENDER, ["PAK"], req=False),
        E(["AID"], "supported by a 21 mln dlr loan", LENDER, ["PAK"], req=False),
    ], forbid=[F("is an obstacle to the country's development")],
        places=[P("Pakistan", "PAK")],
        quantities=[Q("220 mln dlrs", 220000000, "USD"), Q("three loans", 3, "loans"),
                    Q("145 mln dlr", 145000000, "USD"), Q("54 mln dlr", 54000000, "USD"),
                    Q("21 mln dlr", 21000000, "USD")]),

    # 11. reuters-4031 (Wed 1987-03-11, London): Britain today called on Japan to increase imports or risk the rise of
    #     protectionism; the trade secretary said Japan must heed a report by a Japanese government advisory body
    #     (December) calling for faster domestic demand, told Japanese businessmen in London that short-term
    #     difficulties should not deflect Japan from reforms, warned of the risk from protectionist lobbies,
    #     especially in the US, and regretted that too much of the trade went one way. The call REQUEST (GBR to JPN;
    #     in GBR) required; the call to heed the report and the call not to be deflected (restatements), the advisory
    #     body's report REQUEST (JPN to JPN; historical), the warning of protectionism (REQUEST or THREATEN) and the
    #     complaint of one-way trade ACCUSE optional; his speculation about governments' action and the trade growth
    #     figures forbidden.
    article(REU + "4031", "1987-03-11", [
        E(["REQUEST"], "Britain today called on Japan to", ["GBR"], ["JPN"], date="1987-03-11",
          location_country="GBR"),
        E(["REQUEST"], "Japan must heed a report", ["GBR"], ["JPN"], req=False, location_country="GBR"),
        E(["REQUEST"], "calling for faster domestic demand", ["JPN"], ["JPN"], req=False, modality=H,
          date="1986-12"),
        E(["REQUEST"], "should not be allowed to deflect Japan", ["GBR"], ["JPN"], req=False,
          location_country="GBR"),
        E(["REQUEST", "THREATEN"], "there is a real risk from protectionist lobbies", ["GBR"], ["JPN"], req=False),
        E(["ACCUSE"], "Regrettably too much of it was in one direction", ["GBR"], ["JPN"], req=False),
    ], forbid=[F("They may well succeed in securing action"), F("there had been substantial growth in the volume")],
        places=[P("Japan", "JPN"), P("Britain", "GBR"), P("London", "GBR", 51.51, -0.13)],
        dates=[D("today", "1987-03-11"), D("December", "1986-12"), D("last year", "1986")],
        quantities=[Q("6.2 billion sterling", 6200000000, "GBP"), Q("9.8 billion dlrs", 9800000000, "USD"),
                    Q("3.7 billion sterling", 3700000000, "GBP"), Q("5.8 billion dlrs", 5800000000, "USD")]),

    # 12. reuters-7771 (Fri 1987-03-20, Brussels): the EC Commission has charged the US with breaking trade rules by
    #     excluding Dutch-made fibres from the US market and said it would take the issue to GATT; it alleged that a
    #     section of the US Tariff Act was incompatible with GATT and would ask GATT to rule on it; Commission officials
    #     did not rule out retaliation; the decision follows a complaint by Akzo, whose fibres were banned from the US
    #     market (the ITC's ban) after DuPont's patent charges; Akzo alleged that the ban was discriminatory; the
    #     Commission charged that EC producers could not defend themselves as in a US court. The charge ACCUSE (the EC,
    #     EUR or IGO, to USA) and the decision to take the issue to GATT ACCUSE (THREATEN and REQUEST accepted; future)
    #     required; the allegation and the charge about EC producers (restatements), the request for a GATT ruling
    #     (to GATT, IGO, or the US; future), the retaliation not ruled out THREATEN (hypothetical; anonymous:
    #     officials), the ITC's ban SANCTION (USA to the firm or the Netherlands; the dispute's cause, earlier),
    #     DuPont's patent charges ACCUSE (a firm's) and Akzo's complaint and allegation ACCUSE (a firm's) optional.
    article(REU + "7771", "1987-03-20", [
        E(["ACCUSE"], "has charged the United States with breaking", EC, ["USA"], date="1987-03-20"),
        E(["ACCUSE", "THREATEN", "REQUEST"], "would take the issue to the world trade body", EC, ["USA"],
          modality=FUT),
        E(["ACCUSE"], "the executive authority alleged", EC, ["USA"], req=False),
        E(["REQUEST", "ACCUSE"], "would ask Geneva-based GATT to rule", EC, [IGO, "USA"], req=False, modality=FUT),
        E(["THREATEN"], "did not rule out retaliatory measures", EC, ["USA"], req=False, modality=HYP,
          attribution="anonymous"),
        E(["ACCUSE"], "follows a complaint to it by the Dutch company", [MNC, "NLD"], EC, req=False),
        E(["SANCTION"], "fibres have been banned from the", ["USA"], [MNC, "NLD"], req=False, modality=H),
        E(["ACCUSE"], "the fibres violate the American company's patents", [MNC, "USA"], [MNC, "NLD"], req=False,
          modality=H),
        E(["ACCUSE"], "Akzo alleged that the ban", [MNC, "NLD"], ["USA"], req=False),
        E(["ACCUSE"], "The EC Commission charged that EC producers", EC, ["USA"], req=False),
    ], places=[P("United States", "USA"), WASHINGTON, P("Geneva", "CHE", 46.20, 6.14)]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
