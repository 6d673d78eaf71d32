"""Writes articles.json for the twenty-ninth article gold (written blind): twelve 1987 Reuters wire stories, the last
of gold-twentieth's Reuters politics list (position 139) and eleven of a new list of records with exactly two
political keyword hits (select_stories.py): a Soviet draft missile treaty, a dismissed suit against the Iran-contra
prosecutor, nine African states' talks in Cairo, a US call for a new Brazilian plan, senators' charges over SDI,
Chinese missile help to Iran, US approval of Egyptian tank production, immunity for an Iran-contra witness, a former
aide's perjury indictment, a township killing in South Africa, a firm abandoning a plant after protests in Taiwan and
Iran's prime minister on its missiles, all unread. The annotations are data, written by hand below with the
shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Records: reuters21578.jsonl.gz#<id>, offsets in their `text` (body without title and dateline).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402,F401

SOVIET = ["SUN", "RUS"]       # the Soviet Union, as gold-twentieth codes it
# The nine states the Cairo meeting names (Zaire in modern geography COD, its code of the time ZAR accepted),
# and the OAU that agreed the meeting.
CAIRO_NINE = ["EGY", "ZMB", "DJI", "COD", "ZAR", "UGA", "SLE", "COG", "DZA", "MLI", IGO]
DUPONT = [MNC, "USA"]         # a US company acting abroad

ARTICLES = [
    # 1. reuters-17290 (Mon 1987-04-27, Geneva): the Soviet Union will present today a draft treaty eliminating
    #    all US-Soviet medium-range missiles in Europe, an official source in its negotiating team says; it will
    #    be handed to the American team during talks at the US mission this afternoon; the US presented its own
    #    draft in early March. Presenting a draft treaty in negotiations AGREE (an offer of a treaty, as the
    #    dev gold's "offers are AGREE"; CONSULT accepted: the negotiation), modality future, attribution anonymous,
    #    required; the treaty's content "calling for elimination" (AGREE/REQUEST, a reading of the same offer), the
    #    handing over (a restatement, with the talks) and the US draft of March (background, historical) optional.
    article(REU + "17290", "1987-04-27", [
        E(["AGREE", "CONSULT"], "will present a draft", SOVIET, ["USA"], modality=FUT, date="1987-04-27",
          attribution="anonymous", location_country="CHE"),
        E(["AGREE", "REQUEST"], "calling for elimination of all", SOVIET, ["USA"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AGREE", "CONSULT"], "will be handed over to the American team", SOVIET, ["USA"], req=False,
          modality=FUT, date="1987-04-27", attribution="anonymous", location_country="CHE"),
        E(["AGREE", "CONSULT"], "The United States presented its draft treaty", ["USA"], SOVIET, req=False,
          modality=H),
    ], places=[P("Geneva", "CHE", 46.20, 6.15)],
        dates=[D("today", "1987-04-27"), D("this afternoon", "1987-04-27")]),

    # 2. reuters-4752 (Fri 1987-03-13, Washington): a federal judge dismisses fired White House aide Oliver North's
    #    lawsuit seeking to halt the special prosecutor's Iran-contra investigation; his ruling says the nation
    #    demands disclosure. The dismissal REJECT (a court refusing an official's suit against a state
    #    investigation; required; both sides USA), its restatement ("threw out") optional; North's suit ACCUSE
    #    (manual, ACCUSE: sue; background, optional), the prosecutor's investigation ACCUSE (investigate; optional),
    #    the judge's "the nation demands" REQUEST (a ruling's words, optional), the arms sales to Iran and the
    #    diversion to the contras AID (background, historical, optional).
    article(REU + "4752", "1987-03-13", [
        E(["REJECT"], "Judge dismissed a lawsuit", ["USA"], ["USA"], location_country="USA"),
        E(["REJECT"], "threw out North's suit", ["USA"], ["USA"], req=False, location_country="USA"),
        E(["ACCUSE"], "a lawsuit by fired White House aide", ["USA"], ["USA"], req=False, location_country="USA"),
        E(["ACCUSE"], "empowering special prosecutor Lawrence Walsh to investigate", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "The nation demands an expeditious", ["USA"], ["USA"], req=False),
        E(["AID", "COOPERATE"], "secret White House arms sales to Iran", ["USA"], ["IRN"], req=False, modality=H),
        E(["AID"], "the diversion of profits to contra rebels", ["USA"], ["NIC", "IMG"], req=False, modality=H),
    ], places=[P("Iran", "IRN"), P("Nicaragua", "NIC")]),

    # 3. reuters-262 (record 1987-03-01 22:45, dateline Cairo, March 2): nine African states' representatives will
    #    meet in Cairo on March 11 on the debt crisis and Chad, Egypt's minister of state for foreign affairs says
    #    on his return from Ethiopia and Djibouti; the OAU agreed the meeting and venue; the Congo president will
    #    chair it (Foreign Ministry sources). The meeting CONSULT (AGREE accepted: an agreed future meeting, as
    #    gold-twenty-eighth's G7 meetings), the nine and the OAU on both sides, modality future, required,
    #    attribution official; the OAU's agreement AGREE, the minister's visits to Ethiopia and Djibouti CONSULT
    #    (the visitor actor), the list of participants and the chair (restatements, future) optional.
    article(REU + "262", "1987-03-01", [
        E(["CONSULT", "AGREE"], "will meet here on March 11", CAIRO_NINE, CAIRO_NINE, modality=FUT,
          date="1987-03-11", attribution="official", location_country="EGY"),
        E(["AGREE"], "had been agreed by the Organisation", [IGO], ["EGY"] + CAIRO_NINE, req=False),
        E(["CONSULT"], "on his return from Ethiopia and Djibouti", ["EGY"], ["ETH", "DJI"], req=False, modality=H),
        E(["CONSULT"], "would be represented", CAIRO_NINE, CAIRO_NINE, req=False, modality=FUT,
          location_country="EGY"),
        E(["CONSULT"], "would chair the meeting", ["COG"], CAIRO_NINE, req=False, modality=FUT,
          attribution="anonymous", location_country="EGY"),
    ], places=[P("Ethiopia", "ETH"), P("Djibouti", "DJI"), P("Zambia", "ZMB"), P("Zaire", "COD"),
               P("Uganda", "UGA"), P("Sierra Leone", "SLE"), P("Algeria", "DZA"), P("Mali", "MLI"),
               P("Chad", "TCD")],
        dates=[D("March 11", "1987-03-11")],
        quantities=[Q("nine", 9, "countries")]),

    # 4. reuters-6028 (Tue 1987-03-17, Washington): Treasury Secretary Baker tells a House subcommittee Brazil must
    #    come up with a new economic plan if it hopes for more help from banks, a message he gave Brazilian
    #    officials at talks in Washington earlier this month; he backs the Paris Club's rescheduling of Brazil's
    #    official loans, though Brazil later froze payments to commercial banks. The call REQUEST (manual, REQUEST
    #    `change': policy; required, attribution official) and the backing of the Paris Club's decision SUPPORT
    #    (required; the Paris Club IGO, Brazil accepted as recipient); the earlier message REQUEST and the talks
    #    CONSULT (background, optional), the "new efforts are required" restatement, the rescheduling AID (manual:
    #    debt relief AID; historical) and Brazil's payment freeze SANCTION/REJECT (historical) optional.
    article(REU + "6028", "1987-03-17", [
        E(["REQUEST"], "Brazil should come up with a new economic plan", ["USA"], ["BRA"], attribution="official",
          location_country="USA"),
        E(["REQUEST"], "he had given that message to Brazilian", ["USA"], ["BRA"], req=False, modality=H,
          location_country="USA"),
        E(["CONSULT"], "when they met for talks in Washington", ["BRA", "USA"], ["USA", "BRA"], req=False,
          modality=H, location_country="USA"),
        E(["REQUEST"], "new efforts by the government are now required", ["USA"], ["BRA"], req=False),
        E(["SUPPORT"], "he backed the decision by the Paris Club", ["USA"], [IGO, "BRA"], attribution="official",
          location_country="USA"),
        E(["AID", "AGREE"], "to reschedule loans to Brazil", [IGO], ["BRA"], req=False, modality=H),
        E(["SANCTION", "REJECT"], "froze its payments to commercial bank", ["BRA"], None, req=False, modality=H),
    ], places=[P("Brazil", "BRA"), P("Washington", "USA", 38.90, -77.04)]),

    # 5. reuters-14754 (Tue 1987-04-07, Washington): a Senate study says the administration is secretly planning
    #    an early SDI deployment; Senators Johnston and Proxmire, whose staff prepared it, call near-term deployment
    #    absurd and dangerous and accuse the administration of a political ploy; the administration may decide to
    #    reinterpret the ABM treaty. The accusation ACCUSE (required; senators against the executive, both USA,
    #    attribution official); Johnston's statement, the report's exposure and Proxmire's quoted charges ACCUSE
    #    (quoted restatements, optional); Johnston's "it would force us to ... throw out the ABM treaty" and the
    #    possible reinterpretation forbidden (hypothetical consequences; an internal
    #    debate); the secret plans themselves left unannotated (an internal plan, no act on another actor).
    article(REU + "14754", "1987-04-07", [
        E(["ACCUSE"], "accused the administration of covertly", ["USA"], ["USA"], attribution="official",
          location_country="USA"),
        E(["ACCUSE"], "Near-term deployment is an absurd", ["USA"], ["USA"], req=False, attribution="official",
          location_country="USA"),
        E(["ACCUSE"], "This report exposes the fact", ["USA"], ["USA"], req=False, attribution="official",
          location_country="USA"),
        E(["ACCUSE"], "covertly reorienting the SDI program", ["USA"], ["USA"], req=False, attribution="official",
          location_country="USA"),
    ], forbid=[F("throw out the ABM treaty"), F("may decide later this month to reinterpret")],
        places=[P("America", "USA"), P("Louisiana", "USA"), P("Wisconsin", "USA")]),

    # 6. reuters-10628 (record 1987-03-28 23:11, dateline London, March 29): the Observer, quoting Iranian
    #    sources, says Iran produced a short-range missile with Chinese technological help, fired at Basra, and is
    #    working with Peking on a longer-range one; Iran earlier acknowledged acquiring Chinese-made Silkworms and
    #    said it would use them only if Iraqi raids stopped its oil exports. China's help AID (manual, AID:
    #    military assistance; COOPERATE accepted; required, attribution media: a newspaper's report), the joint
    #    work on the longer-range missile COOPERATE/AID (the same help, optional), the missile fired at Basra
    #    ASSAULT (historical, optional), the Silkworm acquisition AID (supplier unnamed, optional), the conditional
    #    threat THREATEN (background, optional); the "would enable Iran to strike" forbidden (hypothetical).
    article(REU + "10628", "1987-03-28", [
        E(["AID", "COOPERATE"], "with technological help from China", ["CHN"], ["IRN"], attribution="media",
          location_country="IRN"),
        E(["COOPERATE", "AID"], "is working with Peking on a longer-range", ["IRN", "CHN"], ["CHN", "IRN"],
          req=False, attribution="media"),
        E(["ASSAULT"], "had been fired at the Iraqi port of Basra", ["IRN"], ["IRQ"], req=False, modality=H,
          attribution="media", location_country="IRQ"),
        E(["AID", "COOPERATE"], "Iran acknowledged it had acquired", None, ["IRN"], req=False, modality=H),
        E(["THREATEN"], "Iran said it would use its Silkworm", ["IRN"], None, req=False, modality=H),
    ], forbid=[F("would enable Iran to strike")],
        places=[P("China", "CHN"), P("Peking", "CHN", 39.90, 116.40), P("Basra", "IRQ", 30.51, 47.81)],
        quantities=[Q("40 miles", 40, "miles"), Q("180 miles", 180, "miles"), Q("60 miles", 60, "miles"),
                    Q("1,000 pounds", 1000, "pounds")]),

    # 7. reuters-19979 (Mon 1987-06-29, Washington): the Defense Department says it has given preliminary approval
    #    for Egypt to produce the M-1A tank; the State and Defense Departments say talks between the two countries
    #    go on; anonymous Pentagon officials expect Congress to be notified after October 1; Congress could veto
    #    or approve; Israel would be expected to lobby against it. The approval AGREE (an agreement in principle to
    #    future military co-production; COOPERATE accepted; required, official), the talks CONSULT (required,
    #    official); the Army's contract with General Dynamics (a state's purchase from a firm) optional, Egypt's
    #    peace treaty with Israel (background) optional; the forecasts and hypotheticals of Congress and Israel
    #    forbidden.
    article(REU + "19979", "1987-06-29", [
        E(["AGREE", "COOPERATE"], "has given preliminary approval for Egypt", ["USA"], ["EGY"],
          attribution="official", location_country="USA"),
        E(["CONSULT"], "talks were going on between the two countries", ["USA", "EGY"], ["EGY", "USA"],
          attribution="official"),
        E(["COOPERATE", "SUPPORT", "AGREE"], "Army signed a contract four weeks ago", ["USA"], [MNC, "USA"],
          req=False, modality=H),
        E(["SUPPORT", "AGREE"], "has signed a peace treaty with Israel", ["EGY"], ["ISR"], req=False, modality=H),
    ], forbid=[F("probably will not be officially notified"),
               F("Congress would then have 30 days to veto"),
               F("Congress could approve the plan", ["SUPPORT", "AGREE"]),
               F("Israel would also be expected to lobby")],
        places=[P("Egypt", "EGY"), P("Israel", "ISR")],
        dates=[D("October 1", "1987-10-01")],
        quantities=[Q("3.5 billion", 3500000000, "USD"), Q("3,299", 3299, "tanks"),
                    Q("30 days", 30, "days")]),

    # 8. reuters-4013 (Wed 1987-03-11, Washington): the House select committee probing the Iran arms scandal has
    #    voted to grant the arms merchant Albert Hakim limited immunity from prosecution in return for his
    #    testimony; he may be enticed to testify, investigators say; he was involved in the arms-for-hostages
    #    attempt and the diversion to the Nicaraguan rebels. The vote to grant immunity AGREE (an offer of immunity
    #    for testimony, as the dev gold's "offers are AGREE"; CONCEDE accepted; required), the investigators'
    #    "promise of immunity" AGREE (restatement, optional), the committee's probe ACCUSE (investigate; optional),
    #    the arms trade and the diversion AID (background, historical, optional); "may be enticed" forbidden
    #    (a forecast) but for the offer's types.
    article(REU + "4013", "1987-03-11", [
        E(["AGREE", "CONCEDE"], "has voted to grant limited immunity", ["USA"], ["USA"], location_country="USA"),
        E(["AGREE", "CONCEDE"], "by the promise of immunity", ["USA"], ["USA"], req=False, attribution="official"),
        E(["ACCUSE"], "committee probing the Iran arms scandal", ["USA"], ["USA"], req=False,
          location_country="USA"),
        E(["AID", "COOPERATE"], "the attempt to trade arms to Iran", ["USA"], ["IRN"], req=False, modality=H),
        E(["AID"], "diversion of funds and arms to rebels", ["USA"], ["NIC", "IMG"], req=False, modality=H),
    ], forbid=[F("may be enticed into testifying", ["AGREE", "CONCEDE"])],
        places=[P("Lebanon", "LBN"), P("Nicaragua", "NIC")]),

    # 9. reuters-6950 (Wed 1987-03-18, Washington): former White House aide Michael Deaver is indicted on five
    #    counts of perjury about his lobbying contacts; Reagan issues a statement wishing him well; Deaver denies
    #    the charges and predicts acquittal. The indictment ACCUSE (manual, ACCUSE `allege': indict; required),
    #    the denial REJECT (as gold-twentieth's not-guilty plea; required); the restated charges and the grand
    #    jury's investigation ACCUSE, his 1985 resignation RETREAT and Reagan's good wishes SUPPORT (optional:
    #    a personal statement, a debatable SUPPORT); the maximum penalty forbidden (gold-twentieth: penalties a
    #    charge carries), his resignation's type allowed in its sentence.
    article(REU + "6950", "1987-03-18", [
        E(["ACCUSE"], "has been indicted on charges of lying", ["USA"], ["USA"], location_country="USA"),
        E(["ACCUSE"], "perjury indictment charged that Deaver lied", ["USA"], ["USA"], req=False,
          location_country="USA"),
        E(["ACCUSE"], "the grand jury investigating his business", ["USA"], ["USA"], req=False,
          location_country="USA"),
        E(["RETREAT"], "who resigned as deputy White House chief", ["USA"], ["USA"], req=False, modality=H),
        E(["SUPPORT"], "issued a statement wishing Deaver well", ["USA"], ["USA"], req=False,
          location_country="USA"),
        E(["ACCUSE"], "The indictment charged that Deaver lied", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "Charges include that he lied", ["USA"], ["USA"], req=False),
        E(["REJECT"], "denying he had committed perjury", ["USA"], ["USA"], location_country="USA"),
    ], forbid=[F("faces a maximum penalty of 25 years", ["RETREAT"])],
        places=[P("Canada", "CAN")],
        quantities=[Q("25 years", 25, "years")]),

    # 10. reuters-5881 (Tue 1987-03-17, Johannesburg): seven black youths are knifed and shot dead today in
    #     KwaMashu township near Durban, the government reports, "a mass execution"; residents say tension has been
    #     high since Thursday with clashes between black radicals and Inkatha supporters. The killing ASSAULT (the
    #     killers unnamed: no actor checked; the victims South African; required, attribution official: the
    #     government's Bureau for Information), the clashes ASSAULT (PROTEST accepted; both sides ZAF; habitual
    #     background, optional); "no other details" forbidden.
    article(REU + "5881", "1987-03-17", [
        E(["ASSAULT"], "were knifed and shot to death today", None, ["ZAF"], date="1987-03-17",
          attribution="official", location_country="ZAF"),
        E(["ASSAULT", "PROTEST"], "periodic clashes between black radicals", ["ZAF"], ["ZAF"], req=False,
          location_country="ZAF"),
    ], forbid=[F("No other details were immediately available")],
        places=[P("KwaMashu", "ZAF", -29.74, 30.98), P("Durban", "ZAF", -29.86, 31.02)],
        dates=[D("today", "1987-03-17"), D("Thursday", "1987-03-12"), D("this morning", "1987-03-17")],
        quantities=[Q("Seven", 7, "youths")]),

    # 11. reuters-4655 (Fri 1987-03-13, Taipei): Du Pont abandons plans for a chemical plant near Lukang after
    #     almost a year of residents' environmental protests, a company spokesman said yesterday; it will study the
    #     environmental impact and look for another site. Abandoning the plant CONCEDE (a firm yielding to
    #     protesters' demands; the firm MNC or its country USA as actor, Taiwan's residents TWN; required), the
    #     residents' year of protests PROTEST (required; the firm as recipient), the first mention of the protests
    #     optional; the firm's study and site search left unannotated (a firm's plan).
    article(REU + "4655", "1987-03-13", [
        E(["CONCEDE", "RETREAT"], "has abandoned plans to build a chemical factory", DUPONT, ["TWN"],
          location_country="TWN"),
        E(["PROTEST"], "a year of protests by residents", ["TWN"], DUPONT, location_country="TWN"),
        E(["PROTEST"], "after environmental protests", ["TWN"], DUPONT, req=False, location_country="TWN"),
    ], places=[P("Lukang", "TWN", 24.06, 120.43), P("Taiwan", "TWN")],
        dates=[D("yesterday", "1987-03-12")],
        quantities=[Q("160 mln", 160000000, "USD")]),

    # 12. reuters-9348 (Wed 1987-03-25, London): Iran's prime minister, after a cabinet meeting, says Iran has
    #     missiles "more effective" than the Silkworms that worried the US, that they are "not the limit" of its war
    #     capabilities, that US concern is because "Reagan needs this sensation", and that Iran would take any action
    #     to defend the Gulf (Tehran Radio). The warning that Iran would resort to any action THREATEN (required;
    #     the US as recipient; attribution media: a state radio), the charge against Reagan ACCUSE (required);
    #     the missile boast and "not the limit" THREATEN, "nothing to do with the U.S." REJECT, the US spokesman's
    #     statement of last week ACCUSE and the capture of Faw ASSAULT (historical) optional.
    article(REU + "9348", "1987-03-25", [
        E(["THREATEN"], "Iran would resort to any action", ["IRN"], ["USA"], attribution="media",
          location_country="IRN"),
        E(["ACCUSE"], "Reagan needs this sensation now", ["IRN"], ["USA"], attribution="media",
          location_country="IRN"),
        E(["THREATEN"], "missiles at its disposal", ["IRN"], ["USA"], req=False, attribution="media",
          location_country="IRN"),
        E(["THREATEN"], "not the limit of our war capabilities", ["IRN"], ["USA"], req=False, date="1987-03-25",
          attribution="media", location_country="IRN"),
        E(["REJECT", "ACCUSE"], "had nothing to do with the", ["IRN"], ["USA"], req=False, attribution="media",
          location_country="IRN"),
        E(["ACCUSE"], "posed a greater threat to shipping", ["USA"], ["IRN"], req=False, modality=H),
        E(["ASSAULT"], "its forces overran southern Iraq", ["IRN"], ["IRQ"], req=False, modality=H,
          location_country="IRQ"),
    ], places=[P("Tehran", "IRN", 35.69, 51.39), P("Faw peninsula", "IRQ", 29.97, 48.47)],
        dates=[D("today", "1987-03-25")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
