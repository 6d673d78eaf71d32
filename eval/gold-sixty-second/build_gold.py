"""Builds articles.json for the fifty-ninth article gold (written blind, 'gold-sixty-second'): the 16 Reuters-21578
records that select_stories.py takes from the remainder list's positions 1-166, annotated by hand with the
shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts. `file` is
reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of the record's
timestamp, relative dates resolved against it. Only the political acts are required events; firms' acts,
non-comments and speculation are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SOVIET = ["SUN", "RUS"]             # the Soviet Union, as gold-fifty-eighth
EC = ["EUR", IGO]                   # the European Community: EUR or IGO (earlier golds)
REBELS_SUR = ["SUR", IMG]           # Surinam's jungle-based rebels: their country plus IMG, as armed groups
G7_ALLIES = ["JPN", "DEU", "FRA", "GBR", "ITA", "CAN", IGO]  # the United States' allies of the Group of Seven
US_JAPAN = ["USA", "JPN"]
US_COLOMBIA = ["USA", "COL"]
IRAN_SOVIET = ["IRN"] + SOVIET
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
MOSCOW = P("Moscow", "RUS", 55.76, 37.62)

ARTICLES = [
    # 1. reuters-19591 (Mon 1987-06-29, Paris): Prime Minister Chirac has attacked budget proposals of the EC
    #    Commission, saying they ignore efforts to cut spending, and said divisions would be hard to resolve at this
    #    week's EC summit; the Commission proposed linking contributions to economic output; Britain, West Germany and
    #    France insist on stricter spending controls before agreeing to reform; in a radio interview he said the
    #    proposals "are not compatible" with the nations' efforts; EC leaders will also try to resolve a farm spending
    #    dispute; Chirac said West Germany was alone in opposing farm reforms. The attack ACCUSE (REJECT accepted:
    #    a refusal of the proposals; FRA to the EC; in FRA) required; the quoted restatement, the Commission's
    #    proposal AGREE (a proposal), the northern states' insistence REQUEST (REJECT accepted), the summit's coming
    #    attempt CONSULT (future) and Chirac's charge that West Germany alone opposes farm reform ACCUSE optional.
    #    No event date: the interview's day is not given.
    article(REU + "19591", "1987-06-29", [
        E(["ACCUSE", "REJECT"], "has attacked budget proposals made by the European", ["FRA"], EC,
          location_country="FRA"),
        E(["ACCUSE", "REJECT"], "are not compatible with the efforts", ["FRA"], EC, req=False),
        E(["AGREE"], "The Commission has proposed radical changes", EC, req=False, modality=H),
        E(["REQUEST", "REJECT"], "are insisting on stricter spending controls", ["GBR", "DEU", "FRA"], EC,
          req=False),
        E(["CONSULT"], "EC leaders would also try to resolve a dispute", EC, EC, req=False, modality=FUT),
        E(["ACCUSE"], "was alone in opposing reforms", ["FRA"], ["DEU"], req=False),
    ], places=[P("Britain", "GBR"), P("West Germany", "DEU"), P("France", "FRA")],
        quantities=[Q("5.7 billion dlr", 5700000000, "USD"), Q("10 other EC states", 10, "countries")]),

    # 2. reuters-20871 (Mon 1987-10-19, Brasilia): Brazil will only lift the partial moratorium on its foreign debt
    #    after an accord with the private banks, the Finance Ministry said in a statement; the agreement, being
    #    negotiated, must place the debt within the terms Brazil proposed on September 25 (refinancing of interest,
    #    the end of spreads, conversion into bonds); Brazil stopped interest payments to private banks in February;
    #    the token payment the banks want as a condition "will only be made" on major progress; a World Bank mission
    #    arrived on Monday to analyse the economy after the July plan. The refusal to lift the moratorium REJECT
    #    (REQUEST accepted: a condition put to the banks; in BRA; BRA to the creditor banks MNC, as gold-fifty-fourth's
    #    12041; historical: the stand is taken now, as gold-fifty-eighth's pledge to fight a tax) and the World Bank mission's arrival CONSULT (IGO to BRA; October 19; in BRA) required;
    #    the negotiations CONSULT, the condition on the terms REQUEST, the proposals of September 25 AGREE
    #    (historical), the February suspension of payments SANCTION (REJECT accepted; historical), the banks' demand
    #    REQUEST and the refusal of a token payment REJECT optional.
    article(REU + "20871", "1987-10-19", [
        E(["REJECT", "REQUEST"], "will only lift the partial", ["BRA"], [MNC], location_country="BRA"),
        E(["CONSULT"], "a World Bank mission arrived on Monday", [IGO], ["BRA"], date="1987-10-19",
          location_country="BRA"),
        E(["CONSULT"], "currently being negotiated", ["BRA", MNC], ["BRA", MNC], req=False),
        E(["REQUEST"], "must place the debt", ["BRA"], [MNC], req=False),
        E(["AGREE"], "Brazil proposed to the private creditors a refinancing", ["BRA"], [MNC], req=False,
          modality=H, date="1987-09-25"),
        E(["AGREE"], "Brazil also proposed the end of spreads", ["BRA"], [MNC], req=False, modality=H),
        E(["SANCTION", "REJECT"], "Brazil in February stopped interest payments", ["BRA"], [MNC], req=False,
          modality=H, date="1987-02"),
        E(["REQUEST"], "which banks want from the Brazil as a condition", [MNC], ["BRA"], req=False),
        E(["REJECT"], "will only be made when there is a major progress", ["BRA"], [MNC], req=False),
    ], places=[P("Brazil", "BRA")],
        dates=[D("September 25", "1987-09-25"), D("1989", "1989"), D("February", "1987-02"),
               D("Monday", "1987-10-19"), D("July", "1987-07")],
        quantities=[Q("113-billion-dlr", 113000000000, "USD"), Q("10.4 billion dlrs", 10400000000, "USD"),
                    Q("68 billion dlrs", 68000000000, "USD")]),

    # 3. reuters-20092 (Tue 1987-10-20, Damascus): Iranian Premier Mousavi reiterated that his country would
    #    retaliate for US Navy attacks on Gulf oil platforms ("we will retaliate properly for this perfidious American
    #    aggression"), told a news conference in Damascus; on Monday (October 19) US Navy warships blasted the Rostam
    #    platform and Navy personnel stormed a second platform; Washington said the operation aimed at destroying
    #    positions Iran used to track and assault neutral shipping. The threat THREATEN (IRN to USA; future; in SYR,
    #    where it was made) and the Monday attack ASSAULT (USA to IRN; October 19; at sea, no location) required,
    #    the attack being the news's cause; the quoted threat, the charges of jeopardised sovereignty and aggression
    #    ACCUSE, the storming of the second platform ASSAULT and Washington's charge ACCUSE optional.
    article(REU + "20092", "1987-10-20", [
        E(["THREATEN"], "reiterated his country would retaliate", ["IRN"], ["USA"], modality=FUT,
          location_country="SYR"),
        E(["ASSAULT"], "warships blasted the Rostam platform", ["USA"], ["IRN"], date="1987-10-19"),
        E(["THREATEN"], "we will retaliate properly", ["IRN"], ["USA"], req=False, modality=FUT,
          location_country="SYR"),
        E(["ACCUSE"], "jeopardises our national sovereignty", ["IRN"], ["USA"], req=False,
          location_country="SYR"),
        E(["ASSAULT"], "Navy personnel stormed a second platform", ["USA"], ["IRN"], req=False,
          date="1987-10-19"),
        E(["ACCUSE"], "aimed at destroying positions used by Iran", ["USA"], ["IRN"], req=False),
    ], places=[P("Damascus", "SYR", 33.51, 36.29), WASHINGTON],
        dates=[D("Monday", "1987-10-19")]),

    # 4. reuters-8608 (Tue 1987-03-24, Taupo): Trade Representative Yeutter said he was unsure whether issues
    #    straining US-Japanese relations would be resolved before the two countries open trade talks in late April;
    #    the relationship is "very strained"; he is in New Zealand for an informal meeting of trade ministers
    #    reviewing the Uruguay round; he will meet the Japanese delegation over the next few days but declined to
    #    discuss methods; earlier he named the three most contentious issues (semiconductors, Japan's unwillingness to
    #    let public entities buy US supercomputers, the barring of US firms from the Kansai airport project); the
    #    Japanese delegation said yesterday it is making major efforts to dismantle trade barriers; Yeutter: "they are
    #    attempting to move their policies in the right direction". The coming meeting AGREE (CONSULT accepted: a
    #    future meeting; USA to JPN; in NZL) required; the April talks (CONSULT; future), the ministers' meeting
    #    (CONSULT; in NZL), the contentious issues ACCUSE (USA to JPN), the Japanese statement CONCEDE (AGREE
    #    accepted) and Yeutter's approval SUPPORT optional; "declined to discuss methods" forbidden but for AGREE and
    #    CONSULT (its sentence names the meeting).
    article(REU + "8608", "1987-03-24", [
        E(["AGREE", "CONSULT"], "he will meet the Japanese delegation", ["USA"], ["JPN"], modality=FUT,
          location_country="NZL"),
        E(["CONSULT"], "before the two countries open trade talks", US_JAPAN, US_JAPAN, req=False, modality=FUT),
        E(["CONSULT"], "two-day informal meeting of trade ministers", ["USA", "NZL", "JPN"], ["USA", "NZL", "JPN"],
          req=False, location_country="NZL"),
        E(["ACCUSE"], "the three most contentious trade", ["USA"], ["JPN"], req=False),
        E(["CONCEDE", "AGREE"], "they are making major efforts to dismantle trade barriers", ["JPN"], ["USA"],
          req=False, modality=H),
        E(["SUPPORT"], "I am convinced that they are attempting", ["USA"], ["JPN"], req=False),
    ], forbid=[F("declined to discuss methods of relieving the strain", allow=["AGREE", "CONSULT"])],
        places=[P("New Zealand", "NZL"), P("United States", "USA"), P("Osaka", "JPN", 34.69, 135.50)],
        dates=[D("late April", "1987-04"), D("yesterday", "1987-03-23")],
        quantities=[Q("two-day", 2, "days")]),

    # 5. reuters-19652 (Mon 1987-06-29, Lagos): Nigeria's military rulers will transfer power to an elected civilian
    #    government in 1992, two years later than planned, at the end of a gradual handover starting this year,
    #    official sources said; the Armed Forces Ruling Council has approved the main details of the transition,
    #    probably to be announced this week by President Babangida; the council has also chosen to limit the number
    #    of political parties under civilian rule to two. The handover commitment AGREE (RETREAT and CONCEDE
    #    accepted: a promise to yield power; NGA to NGA; future; anonymous: unnamed official sources; in NGA)
    #    required; the council's approval (the same decision) and the two-party limit COERCE (the manual's
    #    restrictions on rights) optional. No event date.
    article(REU + "19652", "1987-06-29", [
        E(["AGREE", "RETREAT", "CONCEDE"], "will transfer power to an elected civilian government", ["NGA"], ["NGA"],
          modality=FUT, attribution="anonymous", location_country="NGA"),
        E(["AGREE", "RETREAT", "CONCEDE"], "has approved the main details of the transition", ["NGA"], ["NGA"],
          req=False, attribution="anonymous", location_country="NGA"),
        E(["COERCE"], "limit the number of political parties", ["NGA"], ["NGA"], req=False,
          attribution="anonymous", location_country="NGA"),
    ], places=[P("Nigeria", "NGA")],
        dates=[D("1992", "1992")],
        quantities=[Q("two years", 2, "years")]),

    # 6. reuters-12836 (Fri 1987-04-03, The Hague): the US-owned Surinam Aluminum Company offered workers a lump sum
    #    to quit because jungle-based rebels have disrupted bauxite mining and alumina smelting, the Dutch agency ANP
    #    said; the firm was hard hit by guerrilla attacks that cut power lines to the area in January; mining at
    #    Moengo ceased four months ago. The guerrilla attacks ASSAULT (SUR or IMG; no recipient code: power lines of a
    #    foreign-owned firm; January; media: ANP; in SUR) required, the attacks being the news's cause; the rebels'
    #    disruption restated optional; the firm's offer forbidden but for ASSAULT (its sentence names the
    #    disruption).
    article(REU + "12836", "1987-04-03", [
        E(["ASSAULT"], "hard hit by guerrilla attacks that cut power lines", REBELS_SUR, attribution="media",
          date="1987-01", location_country="SUR"),
        E(["ASSAULT"], "jungle-based rebels have disrupted bauxite mining", REBELS_SUR, req=False,
          attribution="media", location_country="SUR"),
    ], forbid=[F("offered workers a lump sum", allow=["ASSAULT"])],
        places=[P("Moengo", "SUR", 5.62, -54.40)],
        dates=[D("January", "1987-01")]),

    # 7. reuters-4314 (Thu 1987-03-12, Washington): Agriculture Secretary Lyng said he will ask Japan to offer a share
    #    of its rice market to US exporters when he visits next month (April 14-27); the administration will also ask
    #    Tokyo to remove its quotas on beef and citrus; "We will urge that they consider sharing their rice market";
    #    last year the administration rejected a rice industry petition but said it would reexamine the issue if by
    #    mid-1987 Japan did not roll back its barriers; he will not conduct formal negotiations on beef and citrus;
    #    the US "will ask for a definite liberalization". The rice demand REQUEST (USA to JPN; future, 1987-04; in JPN, on the visit)
    #    required; the visit AGREE (CONSULT accepted; future), the beef and citrus demand REQUEST (future), the quoted
    #    urging, the petition's rejection REJECT (USA to USA; 1986), the conditional reexamination THREATEN
    #    (historical) and the call for liberalization optional; "would not be conducting formal negotiations"
    #    forbidden.
    article(REU + "4314", "1987-03-12", [
        E(["REQUEST"], "he will ask Japan to offer a share of its rice market", ["USA"], ["JPN"], modality=FUT,
          date="1987-04", location_country="JPN"),
        E(["AGREE", "CONSULT"], "when he visits that country next month", ["USA"], ["JPN"], req=False,
          modality=FUT, date="1987-04", location_country="JPN"),
        E(["REQUEST"], "will ask Tokyo to remove its quotas", ["USA"], ["JPN"], req=False, modality=FUT),
        E(["REQUEST"], "We will urge that they consider sharing", ["USA"], ["JPN"], req=False, modality=FUT),
        E(["REJECT"], "rejected a petition by the", ["USA"], ["USA"], req=False, modality=H, date="1986"),
        E(["THREATEN"], "it would reexamine the issue", ["USA"], ["JPN"], req=False, modality=H),
        E(["REQUEST"], "will ask for a definite liberalization", ["USA"], ["JPN"], req=False, modality=FUT),
    ], forbid=[F("would not be conducting formal negotiations")],
        places=[P("Japan", "JPN"), P("Tokyo", "JPN", 35.68, 139.69)],
        dates=[D("next month", "1987-04"), D("April 14", "1987-04-14"), D("Last year", "1986"),
               D("March 1988", "1988-03")],
        quantities=[Q("one per cent", 1, "percent")]),

    # 8. reuters-6546 (Wed 1987-03-18, Rotterdam): the bauxite refinery at Paranam in Surinam, closed at the end of
    #    January after being sabotaged by anti-government rebels, has reopened, a spokesman for the Dutch metals
    #    company Billiton said; the refinery was forced to close when rebels cut the main power line; rebel activity
    #    shut off supplies from Alcoa's mine at Moengo. The sabotage ASSAULT (SUR or IMG; no recipient code: a
    #    foreign-owned refinery; historical, January; organization: a company spokesman; in SUR) required, the
    #    closure it caused being the news's background; the power line cut (restatement) and the rebel activity at
    #    Moengo ASSAULT optional; the reopening and output figures are business news.
    article(REU + "6546", "1987-03-18", [
        E(["ASSAULT"], "after being sabotaged by anti-government rebels", REBELS_SUR, modality=H,
          attribution="organization", date="1987-01", location_country="SUR"),
        E(["ASSAULT"], "when rebels cut the main power line", REBELS_SUR, req=False, modality=H,
          attribution="organization", date="1987-01", location_country="SUR"),
        E(["ASSAULT"], "rebel activity shut off supplies", REBELS_SUR, req=False, modality=H,
          attribution="organization", location_country="SUR"),
    ], places=[P("Paranam", "SUR", 5.62, -55.10), P("Surinam", "SUR"), P("Moengo", "SUR", 5.62, -54.40),
               P("Onverdacht", "SUR", 5.60, -55.18), P("Paramaribo", "SUR", 5.85, -55.20)],
        dates=[D("January", "1987-01")],
        quantities=[Q("1.4 mln tonnes", 1400000, "tonnes"), Q("3,000 tonnes", 3000, "tonnes"),
                    Q("4,000 tonnes", 4000, "tonnes")]),

    # 9. reuters-14976 (Wed 1987-04-08, Rome): Italy's majority Christian Democrats have handed in their resignation
    #    from the five-party government, Deputy Prime Minister Forlani said; he handed a letter of resignation to the
    #    office of Prime Minister Craxi; political sources said the withdrawal meant the coalition had collapsed.
    #    The resignation RETREAT (the manual's `resign`; ITA to ITA; in ITA) required; the letter handed over
    #    (restatement) and the withdrawal named by political sources (anonymous) optional. No event date: the day is
    #    not said.
    article(REU + "14976", "1987-04-08", [
        E(["RETREAT"], "have handed in their resignation from the five-party government", ["ITA"], ["ITA"],
          location_country="ITA"),
        E(["RETREAT"], "he had handed a letter of resignation", ["ITA"], ["ITA"], req=False,
          location_country="ITA"),
        E(["RETREAT"], "the withdrawal of the Christian Democrats", ["ITA"], ["ITA"], req=False,
          attribution="anonymous", location_country="ITA"),
    ], places=[P("Italy", "ITA")],
        quantities=[Q("30 member", 30, "ministers")]),

    # 10. reuters-3437 (timestamp Mon 1987-03-09, dateline Tokyo March 10): police arrested two Polish citizens for
    #     trying to steal Japanese computer technology, local media reports said "today"; the two worked at a
    #     computer company in Tokyo after coming to Japan on tourist visas last October; police officials declined to
    #     comment. The arrest COERCE (the manual's arrest; JPN to POL; media: local reports; in JPN) required; the
    #     police's non-comment forbidden. No event date: the arrest's day is not given, and "today" is the dateline's
    #     day, not the timestamp's, so it is left out of the dates.
    article(REU + "3437", "1987-03-09", [
        E(["COERCE"], "Police arrested two Polish citizens", ["JPN"], ["POL"], attribution="media",
          location_country="JPN"),
    ], forbid=[F("Police officials declined to comment")],
        places=[P("Tokyo", "JPN", 35.68, 139.69), P("Japan", "JPN")],
        dates=[D("last October", "1986-10")],
        quantities=[Q("two Polish citizens", 2, "people")]),

    # 11. reuters-8637 (Tue 1987-03-24, Taupo): Philippine Trade Secretary Concepcion, who two days ago doubted
    #     agreements of international conferences, said he was pleased with the Taupo GATT meeting; the Philippines
    #     would raise tropical fruit trade, which faces barriers in other nations (he named Japan and South Korea);
    #     he would go to Wellington for talks with New Zealand, which has a trade surplus with the Philippines, to
    #     encourage it to switch imports. The coming visit AGREE (CONSULT accepted; PHL to NZL; future; in NZL)
    #     required; the encouragement REQUEST (future), the charge against Japan and South Korea ACCUSE and the
    #     Taupo meeting CONSULT optional.
    article(REU + "8637", "1987-03-24", [
        E(["AGREE", "CONSULT"], "he would go to Wellington for talks with New Zealand", ["PHL"], ["NZL"],
          modality=FUT, location_country="NZL"),
        E(["REQUEST"], "to encourage it to switch imports", ["PHL"], ["NZL"], req=False, modality=FUT),
        E(["ACCUSE"], "Concepcion named Japan and South Korea", ["PHL"], ["JPN", "KOR"], req=False),
        E(["CONSULT"], "meeting gave ministers from more than 20 nations", ["PHL", "NZL"], ["PHL", "NZL"], req=False,
          location_country="NZL"),
    ], places=[P("Wellington", "NZL", -41.29, 174.78), P("New Zealand", "NZL"), P("Japan", "JPN"),
               P("South Korea", "KOR"), P("Ecuador", "ECU"), P("Taupo", "NZL", -38.69, 176.07)],
        quantities=[Q("more than 20 nations", 20, "countries")]),

    # 12. reuters-12604 (Thu 1987-04-02, Washington): Trade Representative Yeutter doubted Japan could avoid the April
    #     17 imposition of US tariffs on its semiconductor products; the three high-level Japanese government
    #     representatives coming in the next few days to discuss the issue would probably be unable to show
    #     compliance; "One could never foreclose all options"; the sanctions "would be lifted only when persuasive
    #     evidence provided demonstrates compliance". The coming tariffs SANCTION (THREATEN accepted: a warning of
    #     them; USA to JPN; future, April 17) and the Japanese envoys' coming talks AGREE (CONSULT accepted; JPN to
    #     USA; future; in USA) required; the condition for lifting THREATEN (REJECT accepted; future) optional; "One
    #     could never foreclose all options" forbidden (speculation).
    article(REU + "12604", "1987-04-02", [
        E(["SANCTION", "THREATEN"], "doubted Japan could avoid the April 17 imposition", ["USA"], ["JPN"],
          modality=FUT, date="1987-04-17"),
        E(["AGREE", "CONSULT"], "would be coming here in the next few days to discuss the issue", ["JPN"],
          ["USA"], modality=FUT, location_country="USA"),
        E(["THREATEN", "REJECT"], "They would be lifted only when persuasive evidence", ["USA"], ["JPN"],
          req=False, modality=FUT),
    ], forbid=[F("One could never foreclose all options")],
        places=[P("Japan", "JPN")],
        dates=[D("April 17", "1987-04-17")],
        quantities=[Q("three high-level", 3, "people")]),

    # 13. reuters-19387 (Fri 1987-06-19, Washington): assistant US trade representative Rosenbaum, just back from trade
    #     talks in Colombia, said prospects for a coffee quota accord are uncertain despite recent Colombian efforts
    #     to bridge differences; one country (Brazil) still does not accept standard criteria; in Bogota he held
    #     technical discussions with Colombian officials; the coffee federation's head left a "positive letter"
    #     answering a US letter last month that praised Colombia's compromise effort and outlined concerns; he could
    #     not be reached for comment on a formula of European roasters; the US has said it will not agree to quotas
    #     unless "objective criteria" are used. The technical discussions CONSULT (USA and COL on either side; in COL)
    #     required; the trade talks restated, Colombia's bridging efforts (CONSULT; historical), the charge against
    #     Brazil ACCUSE, Brazil's negative stance REJECT (historical), the federation's letter SUPPORT (COL to USA),
    #     the US letter's praise SUPPORT (1987-05) and its concerns ACCUSE, and the US refusal REJECT (THREATEN
    #     accepted) optional; the non-comment forbidden.
    article(REU + "19387", "1987-06-19", [
        E(["CONSULT"], "he held technical discussions with Colombian officials", US_COLOMBIA, US_COLOMBIA,
          location_country="COL"),
        E(["CONSULT"], "just back from trade talks in Colombia", US_COLOMBIA, US_COLOMBIA, req=False,
          location_country="COL"),
        E(["CONSULT"], "recent Colombian efforts to bridge differences", ["COL"], req=False, modality=H),
        E(["ACCUSE"], "There is one country which evidently still does not", ["USA"], ["BRA"], req=False),
        E(["REJECT"], "has been negative recently on a reintroduction of quotas", ["BRA"], req=False,
          modality=H),
        E(["SUPPORT"], "Cardenas left a", ["COL"], ["USA"], req=False, modality=H),
        E(["SUPPORT"], "which praised Colombia for trying to find a compromise", ["USA"], ["COL"], req=False,
          modality=H, date="1987-05"),
        E(["ACCUSE"], "outlined several concerns", ["USA"], ["COL"], req=False, modality=H, date="1987-05"),
        E(["REJECT", "THREATEN"], "it will not agree to any coffee quotas", ["USA"], req=False),
    ], forbid=[F("could not be reached later in the day for comment")],
        places=[P("Colombia", "COL"), P("Bogota", "COL", 4.61, -74.08), P("Brazil", "BRA"),
                P("Amsterdam", "NLD", 52.37, 4.90)],
        dates=[D("last month", "1987-05")]),

    # 14. reuters-4642 (Fri 1987-03-13, Dhaka): Bangladesh will seek additional money from the World Bank for
    #     industrial development, Finance Ministry officials said; the government cut its development budget by seven
    #     pct; a team will visit Washington next month for talks with World Bank executives and to ask for 200 mln
    #     dlrs from a credit scheme; donors are expected to offer nearly two billion dlrs at their Paris meeting next
    #     month (1.85 billion in 1986/87). The request REQUEST (BGD to the World Bank, IGO; future; anonymous: unnamed
    #     officials) required; the team's visit AGREE (CONSULT accepted; future, 1987-04; in USA), the donors' coming
    #     offer AID (future; in FRA) and last year's offer AID (historical) optional; the budget cut is domestic
    #     fiscal policy; "They gave no further details" forbidden.
    article(REU + "4642", "1987-03-13", [
        E(["REQUEST"], "will seek additional money", ["BGD"], [IGO], modality=FUT, attribution="anonymous"),
        E(["AGREE", "CONSULT", "REQUEST"], "A team will visit Washington next month", ["BGD"], [IGO], req=False,
          modality=FUT, attribution="anonymous", date="1987-04", location_country="USA"),
        E(["AID"], "are expected to offer Bangladesh", [IGO], ["BGD"], req=False, modality=FUT,
          attribution="anonymous", location_country="FRA"),
        E(["AID"], "They offered 1.85 billion dlrs", [IGO], ["BGD"], req=False, modality=H,
          attribution="anonymous"),
    ], forbid=[F("They gave no further details")],
        places=[P("Bangladesh", "BGD"), WASHINGTON, P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("next month", "1987-04"), D("July", "1987-07")],
        quantities=[Q("seven pct", 7, "percent"), Q("44.4 billion Taka", 44400000000, "BDT"),
                    Q("200 mln dlrs", 200000000, "USD"), Q("1.85 billion dlrs", 1850000000, "USD")]),

    # 15. reuters-17748 (Mon 1987-06-01, Washington): President Reagan, preparing to depart for the Venice economic
    #     summit on Wednesday (June 3), said the United States and its allies must fulfil the agreements on exchange
    #     rate stability; the decisions made last year in Tokyo and at this year's G-7 meetings in Paris and
    #     Washington "cannot be ignored"; "The commitments ... need to be translated into action". The call REQUEST
    #     (USA to the G-7 allies or IGO; in USA, his speech) required; the quoted restatements, the coming summit AGREE (CONSULT
    #     accepted; future, June 3; in ITA) and the G-7 meetings CONSULT (historical) optional.
    article(REU + "17748", "1987-06-01", [
        E(["REQUEST"], "must fulfill agreements on exchange rate stability", ["USA"], G7_ALLIES,
          location_country="USA"),
        E(["REQUEST"], "need to be translated into action", ["USA"], G7_ALLIES, req=False),
        E(["REQUEST"], "cannot be ignored or forgotten", ["USA"], G7_ALLIES, req=False),
        E(["AGREE", "CONSULT"], "preparing to depart for the Venice economic summit", ["USA"], G7_ALLIES,
          req=False, modality=FUT, date="1987-06-03", location_country="ITA"),
        E(["CONSULT"], "meetings of Group of 7 Finance ministers", ["USA"] + G7_ALLIES, ["USA"] + G7_ALLIES,
          req=False, modality=H),
    ], places=[P("Venice", "ITA", 45.44, 12.33), P("United States", "USA"), P("Tokyo", "JPN", 35.68, 139.69),
               P("Paris", "FRA", 48.86, 2.35), WASHINGTON],
        dates=[D("Wednesday", "1987-06-03"), D("last year", "1986")]),

    # 16. reuters-21568 (Mon 1987-10-19, Nicosia): the Soviet Union has agreed to supply Iran with refined oil products
    #     in exchange for 100,000 bpd of crude, the Iranian agency IRNA said, quoting Oil Minister Aqazadeh on his
    #     return to Tehran from Moscow: the agreement was part of a protocol on economic cooperation signed during his
    #     visit; deliveries might double to 200,000 bpd; the two sides agreed to study a pipeline to the Black Sea
    #     through the Soviet Union, which Iran pursues to protect exports from Iraqi air attacks in the Gulf; IRNA made
    #     no mention of gas exports. The swap agreement AGREE (COOPERATE accepted; SUN to IRN; media: IRNA; in RUS) and the
    #     signed protocol SUPPORT (AGREE and COOPERATE accepted: signing an agreement, as the earlier golds; either
    #     side; in RUS) required; the pipeline studies AGREE (COOPERATE accepted), the visit to Moscow CONSULT (IRN to
    #     SUN; in RUS) and the Iraqi air attacks ASSAULT (IRQ to IRN; historical) optional; the non-mention forbidden
    #     but for CONSULT and AGREE (its sentence names the planned gas talks).
    article(REU + "21568", "1987-10-19", [
        E(["AGREE", "COOPERATE"], "has agreed to supply Iran with refined oil products", SOVIET, ["IRN"],
          attribution="media", location_country="RUS"),
        E(["SUPPORT", "AGREE", "COOPERATE"], "a protocol on economic cooperation signed during his visit",
          IRAN_SOVIET, IRAN_SOVIET, attribution="media", location_country="RUS"),
        E(["AGREE", "COOPERATE"], "the two sides agreed to conduct feasibility studies", IRAN_SOVIET, IRAN_SOVIET,
          req=False, attribution="media"),
        E(["CONSULT"], "on his return to Tehran from Moscow", ["IRN"], SOVIET, req=False, attribution="media",
          location_country="RUS"),
        E(["ASSAULT"], "Iraqi air attacks in the Gulf", ["IRQ"], ["IRN"], req=False, modality=H),
    ], forbid=[F("Irna made no mention of natural gas exports", allow=["CONSULT", "AGREE"])],
        places=[P("Iran", "IRN"), P("Tehran", "IRN", 35.69, 51.39), MOSCOW, P("Soviet Union", "RUS"),
                P("Gulf", None), P("Anzali", "IRN", 37.47, 49.46), P("Nowshahr", "IRN", 36.65, 51.50),
                P("Neka", "IRN", 36.65, 53.30), P("Jolfa", "IRN", 38.94, 45.63)],
        quantities=[Q("100,000 barrels per day", 100000, "bpd"), Q("200,000 bpd", 200000, "bpd")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
