"""Writes articles.json for the thirty-seventh article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 506, after
gold-thirty-fourth) that report acts of political actors: Taiwan's central bank refusing the textile makers' plea on
the currency, the Dutch finance ministry's talks with foreign tax authorities, Yugoslavia's refinancing request to
the Paris Club and its rejection of the IMF's criticism, the US Supreme Court leaving the Chinese bond ruling
intact, Reagan's veto threat against the House trade bill, the Contra leader Calero's records for the Iran arms
grand jury, South Korea's trade mission purchases and its minister's trip to Ottawa, US officials' refusal to help
Brazil outside its banks, Ecuador's reaffirmed suspension of payments to banks, MITI's chip production guidelines
and the US-Japan talks on the sanctions, Reagan's commitment to the Louvre accord after the October crash, and the
OECD states' accord on export credits.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

CONTRAS = ["NIC", IMG]             # the Contra rebels: Nicaragua plus IMG (gold/README.md's armed groups)
FIRM_TW = ["TWN", MNC]             # Taiwan's textile makers and their federation: TWN or MNC
BANKS = [MNC]                      # foreign creditor banks, unnamed and of many countries: MNC
BANKS_US = ["USA", MNC]            # US regional banks: their home country or MNC
PARIS_CLUB = [IGO]                 # the Paris Club of creditor governments: IGO (gold-thirtieth's 11591)
OECD = [IGO, "USA", "FRA", "JPN"]  # the OECD's western industrialised nations: IGO, or the states named
G7 = ["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN", IGO]   # the major industrial nations: any of them, or IGO
US_JP = ["USA", "JPN"]
US_JP_DE = ["USA", "JPN", "DEU"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-891 (Tue 1987-03-03, Taipei): a spokesman of the Taiwan Textile Federation says the central bank
    #    governor rejected the textile makers' request to halt the Taiwan dollar's rise, telling representatives of
    #    19 textile associations last Saturday that the rate could not be fixed because of US pressure; the
    #    federation had asked on February 19. The refusal REJECT (a central bank against an industry: TWN to the
    #    makers, TWN or MNC; in TWN; known from the federation's spokesman: organization) required; the meeting at
    #    which he told them (the refusal restated; CONSULT accepted, last Saturday), the US pressure REQUEST (USA to
    #    TWN, background) and the federation's February 19 request REQUEST (a business body's act) optional; the
    #    bankers' forecast and the governor's condition on the surplus forbidden.
    article(REU + "891", "1987-03-03", [
        E(["REJECT"], "rejected a request by textile makers", ["TWN"], FIRM_TW, attribution="organization",
          location_country="TWN"),
        E(["REJECT", "CONSULT"], "telling representatives of 19 textile", ["TWN"], FIRM_TW, req=False,
          date="1987-02-28", attribution="organization", location_country="TWN"),
        E(["REQUEST"], "Pressure for an appreciation", ["USA"], ["TWN"], req=False),
        E(["REQUEST"], "The Federation asked the government on February 19", FIRM_TW, ["TWN"], req=False,
          modality=H, date="1987-02-19"),
    ], forbid=[F("Many local bankers and economists predict"), F("this would depend on Taiwan's")],
        places=[P("Taiwan", "TWN"), P("South Korea", "KOR"), P("Hong Kong", "HKG", 22.32, 114.17),
                P("Singapore", "SGP", 1.35, 103.82)],
        dates=[D("last Saturday", "1987-02-28"), D("February 19", "1987-02-19"), D("September 1985", "1985-09"),
               D("calendar 1986", "1986"), D("last year", "1986")],
        quantities=[Q("14 pct", 14, "percent"), Q("13.6 billion U.S. Dlrs", 13600000000, "USD"),
                    Q("562 mln U.S. Dlrs", 562000000, "USD"), Q("7.8 billion U.S. Dlrs", 7800000000, "USD"),
                    Q("2.8 billion U.S. Dlrs", 2800000000, "USD")]),

    # 2. reuters-11363 (Tue 1987-03-31, The Hague): the Dutch finance ministry says it is discussing with foreign
    #    fiscal authorities, mainly West German and Belgian, ways to combat evasion of tax on interest earned abroad,
    #    seeking their co-operation; the minister told parliament yesterday of his revenue aims and that he will
    #    accept no delay in banks' reporting. The talks CONSULT (NLD to DEU and BEL; COOPERATE accepted: a joint
    #    effort under way) required; the co-operation sought REQUEST (a restatement of the talks' aim), the banks'
    #    willingness to co-operate (the minister's account of firms) and his refusal of any delay (a demand on the
    #    banks) optional; the banks' reporting he expects and the target date not set forbidden.
    article(REU + "11363", "1987-03-31", [
        E(["CONSULT", "COOPERATE"], "it is discussing with foreign fiscal authorities", ["NLD"], ["DEU", "BEL"]),
        E(["REQUEST", "COOPERATE"], "the ministry was therefore seeking co-operation", ["NLD"], ["DEU", "BEL"],
          req=False),
        E(["AGREE", "COOPERATE"], "Dutch banks seemed willing to co-operate", ["NLD", MNC], ["NLD"], req=False),
        E(["REQUEST", "REJECT"], "I cannot and will not accept any delay", ["NLD"], ["NLD", MNC], req=False),
    ], forbid=[F("He expected Dutch banks soon to start"), F("There was no firm target date")],
        dates=[D("yesterday", "1987-03-30"), D("1988", "1988")],
        quantities=[Q("100 mln guilders", 100000000, "NLG"), Q("300 mln", 300000000, "NLG"),
                    Q("one billion guilders", 1000000000, "NLG"), Q("20 pct", 20, "percent")]),

    # 3. reuters-8390 (Mon 1987-03-23, Belgrade): the deputy prime minister, before a meeting with the Paris Club,
    #    says Yugoslavia is seeking to refinance two billion dlrs of debt and expects understanding from the 16
    #    creditor countries when they meet on March 30 (Tanjug); he says the IMF criticised Yugoslavia's policies in
    #    a report of a commission that visited in December and January, and that "we cannot accept this
    #    assessment". The refinancing request REQUEST (YUG to the Paris Club, IGO; in YUG) and the rejection of the
    #    IMF's assessment REJECT (YUG to IGO) required; the Paris Club meeting to come AGREE (CONSULT accepted;
    #    March 30; from Tanjug: media), the IMF's criticism ACCUSE (reported by him, in a report: background) and
    #    the IMF commission's visit CONSULT (historical) optional; the repayments told are figures, not events.
    article(REU + "8390", "1987-03-23", [
        E(["REQUEST"], "Yugoslavia was seeking to refinance", ["YUG"], PARIS_CLUB, location_country="YUG"),
        E(["AGREE", "CONSULT"], "when they meet on March 30", ["YUG"] + PARIS_CLUB, ["YUG"] + PARIS_CLUB,
          req=False, modality=FUT, date="1987-03-30", attribution="media"),
        E(["ACCUSE"], "the International Monetary Fund criticised", [IGO], ["YUG"], req=False),
        E(["CONSULT"], "an IMF commission which visited Yugoslavia", [IGO], ["YUG"], req=False, modality=H,
          date="1986-12", location_country="YUG"),
        E(["REJECT"], "We cannot accept this assessment", ["YUG"], [IGO], location_country="YUG"),
    ], places=[P("Yugoslavia", "YUG")],
        dates=[D("March 30", "1987-03-30"), D("last December", "1986-12"), D("last Friday", "1987-03-20"),
               D("1986", "1986")],
        quantities=[Q("two billion dlrs", 2000000000, "USD"), Q("16 western creditor countries", 16, "countries"),
                    Q("640 mln dlrs", 640000000, "USD"), Q("325 mln dlrs", 325000000, "USD"),
                    Q("5.97 billion dlrs", 5970000000, "USD"), Q("28.3 billion dlrs", 28300000000, "USD")]),

    # 4. reuters-3374 (Mon 1987-03-09, Washington): the Supreme Court leaves intact an appeals ruling that vacated a
    #    judgment ordering China to pay 41.3 mln dlrs on 1911 railway bonds, declining without comment to hear the
    #    bondholders' appeal; the bondholders sued in 1979, a district court ruled for them in 1982, the appeals
    #    court vacated the award last July on sovereign immunity; China, supported by the administration, argued
    #    immunity. The Supreme Court's refusal REJECT (a court against the bondholders' appeal: USA to USA, the
    #    bondholders, or CHN, the ruling's party; in USA) required; its refusal restated, the suit ACCUSE (1979),
    #    the 1982 judgment SANCTION (COERCE and ACCUSE accepted), the appeals court's vacating REJECT (CONCEDE
    #    accepted; last July), China's argument REJECT, the administration's support SUPPORT and China's refusal to
    #    acknowledge the debt REJECT (background) optional; the 1911 bond issue forbidden (a loan, no event).
    article(REU + "3374", "1987-03-09", [
        E(["REJECT"], "The Supreme Court left intact a", ["USA"], ["USA", "CHN"], location_country="USA"),
        E(["REJECT"], "declined to hear an appeal by the bondholders", ["USA"], ["USA", "CHN"], req=False,
          location_country="USA"),
        E(["ACCUSE"], "bondholders sued China for repayment", ["USA"], ["CHN"], req=False, modality=H, date="1979"),
        E(["SANCTION", "COERCE", "ACCUSE"], "in 1982 issued a judgment", ["USA"], ["CHN"], req=False, modality=H,
          date="1982", location_country="USA"),
        E(["REJECT", "CONCEDE"], "last July vacated the award", ["USA"], ["USA", "CHN"], req=False, modality=H,
          date="1986-07", location_country="USA"),
        E(["REJECT"], "has never acknowledged the debt", ["CHN"], ["USA"], req=False),
        E(["SUPPORT"], "Supported by the Reagan administration", ["USA"], ["CHN"], req=False),
        E(["REJECT"], "China argued that it could not be held liable", ["CHN"], ["USA"], req=False),
    ], forbid=[F("The Imperial Government of China issued bonds")],
        places=[P("Peking", "CHN", 39.90, 116.40), P("Canton", "CHN", 23.13, 113.26),
                P("Alabama", "USA", 32.80, -86.80)],
        dates=[D("1911", "1911"), D("1949", "1949"), D("1979", "1979"), D("1982", "1982"),
               D("last July", "1986-07")],
        quantities=[Q("41.3 mln dlrs", 41300000, "USD"), Q("Nine U.S. bondholders", 9, "people")]),

    # 5. reuters-19163 (Fri 1987-06-19, Washington): Reagan says he would veto the House-passed trade bill requiring
    #    mandatory retaliation if it reached his desk in its present form, in a statement at a White House meeting
    #    with Senate Republicans, saying it would move the country in the wrong direction. The veto threat THREATEN
    #    (USA to USA, the House; REJECT accepted: a refusal of a bill; in USA) required; the quoted threat (a
    #    restatement), the meeting with Senate Republicans CONSULT (USA to USA) and his criticism of the measure
    #    ACCUSE (REJECT accepted) optional.
    article(REU + "19163", "1987-06-19", [
        E(["THREATEN", "REJECT"], "said he would veto a", ["USA"], ["USA"], location_country="USA"),
        E(["CONSULT"], "at a White House meeting with Senate Republicans", ["USA"], ["USA"], req=False,
          location_country="USA"),
        E(["THREATEN", "REJECT"], "I would have no choice but to veto", ["USA"], ["USA"], req=False),
        E(["ACCUSE", "REJECT"], "would move us exactly in the wrong direction", ["USA"], ["USA"], req=False),
    ]),

    # 6. reuters-2759 (Fri 1987-03-06, Washington): the Contra leader Calero, who made public bank statements
    #    yesterday and gave the same records to the grand jury investigating the Iran arms scandal, has turned over
    #    newly found deposits by a company of Oliver North into a Contra account (legal sources) and promised to
    #    pass along further information; the Tower commission reported that up to 19.8 mln dlrs may have been
    #    diverted to the Contras. The records given to the grand jury COOPERATE (the manual's sharing of information;
    #    the Contras NIC or IMG to USA; in USA) and the newly found deposits turned over COOPERATE (from unnamed
    #    legal sources: anonymous) required; the lead's linking of the payments (the same disclosure; ACCUSE
    #    accepted; anonymous), his promise to pass along more AGREE (future; COOPERATE accepted), the Tower
    #    commission's finding ACCUSE (historical; USA to USA) and the Contras' fight against the Sandinista
    #    government ASSAULT (background) optional; his refusal to go into details forbidden.
    article(REU + "2759", "1987-03-06", [
        E(["COOPERATE", "ACCUSE"], "has for the first time linked payments", CONTRAS, ["USA"], req=False,
          attribution="anonymous"),
        E(["COOPERATE"], "provided the same records to a grand jury", CONTRAS, ["USA"], location_country="USA"),
        E(["COOPERATE"], "Calero had turned over the newly disclosed information", CONTRAS, ["USA"],
          attribution="anonymous", location_country="USA"),
        E(["AGREE", "COOPERATE"], "Calero has promised to review in more detail", CONTRAS, ["USA"], req=False,
          modality=FUT, attribution="anonymous"),
        E(["ACCUSE"], "The Tower commission said in its report", ["USA"], ["USA"], req=False, modality=H),
        E(["ASSAULT"], "fighting to overthrow the left-wing Sandinista government", CONTRAS, ["NIC"], req=False),
    ], forbid=[F("Calero declined to go into details")],
        places=[P("Iran", "IRN"), P("Cayman Islands", "CYM", 19.31, -81.25), P("Nicaragua", "NIC")],
        dates=[D("yesterday", "1987-03-05"), D("September 1985", "1985-09"), D("last night", "1987-03-05"),
               D("late October, 1985", "1985-10")],
        quantities=[Q("32 mln dlrs", 32000000, "USD"), Q("19.8 mln dlrs", 19800000, "USD")]),

    # 7. reuters-3902 (Wed 1987-03-11, Washington): South Korea's trade minister, ending a two-week trade mission
    #    during which his team agreed to buy 1.8 billion dlrs of US products, says Seoul will keep a trade surplus
    #    for three to five years to cut its debt, leaves today for trade talks in Ottawa, and has "no thought" of
    #    retaliation. The purchase agreement AGREE (COOPERATE accepted; KOR to USA; in USA) and the trip to Ottawa
    #    for talks AGREE (future visits AGREE first, CONSULT accepted; KOR to CAN; today; in CAN) required; the
    #    trade mission CONSULT (KOR to USA) optional; the question on retaliation (a hypothetical, answered no) and
    #    the barriers he expects to drop forbidden.
    article(REU + "3902", "1987-03-11", [
        E(["AGREE", "COOPERATE"], "a team he led agreed to buy", ["KOR"], ["USA"], location_country="USA"),
        E(["CONSULT"], "at the end of a two-week trade mission", ["KOR"], ["USA"], req=False,
          location_country="USA"),
        E(["AGREE", "CONSULT"], "Rha leaves today for Ottawa", ["KOR"], ["CAN"], modality=FUT, date="1987-03-11",
          location_country="CAN"),
    ], forbid=[F("Asked if South Korea would retaliate"), F("it was likely South Korea would drop barriers")],
        places=[P("South Korea", "KOR"), P("Japan", "JPN"), P("Ottawa", "CAN", 45.42, -75.70)],
        dates=[D("today", "1987-03-11"), D("1986", "1986"), D("1985", "1985")],
        quantities=[Q("44.5 billion dlr", 44500000000, "USD"), Q("4.5 billion dlrs", 4500000000, "USD"),
                    Q("900 mln dlrs", 900000000, "USD"), Q("1.8 billion dlrs", 1800000000, "USD"),
                    Q("800 mln dlrs", 800000000, "USD")]),

    # 8. reuters-1357 (Tue 1987-03-03, Washington): unnamed US officials say the US keeps to its policy that Brazil,
    #    which suspended payments to its banks two weeks ago, must deal with its creditors, not governments ("I
    #    don't see any desire here to scurry around and help Brazil"); an interagency meeting discussed it
    #    yesterday; an official today calls Finance Minister Funaro's argument "nonsense"; Funaro held talks with
    #    Volcker and Baker on Friday; regional banks will meet Volcker tomorrow. The refusal to help REJECT (REQUEST
    #    accepted: the US wants Brazil to deal with its banks; USA to BRA; anonymous; in USA) and the official's
    #    dismissal of Funaro's argument ACCUSE (USA to BRA; anonymous) required; the quoted refusal, the
    #    interagency meeting CONSULT (USA to USA), Brazil's suspension of payments SANCTION (historical; BRA to the
    #    banks, MNC; restated as "stopped interest payments"), Funaro's wish for a political discussion REQUEST,
    #    his talks on Friday CONSULT (BRA to USA), the officials' other criticisms ACCUSE, the regional banks'
    #    meeting with Volcker to come AGREE (CONSULT accepted) and Volcker's dissatisfaction with the major banks
    #    ACCUSE (banking sources: anonymous) optional; the banks' declining to comment forbidden.
    article(REU + "1357", "1987-03-03", [
        E(["REJECT", "REQUEST"], "is sticking for the moment", ["USA"], ["BRA"], attribution="anonymous",
          location_country="USA"),
        E(["REJECT"], "I don't see any desire here to scurry", ["USA"], ["BRA"], req=False,
          attribution="anonymous"),
        E(["SANCTION", "REJECT"], "which two weeks ago suspended debt", ["BRA"], BANKS, req=False, modality=H,
          date="1987-02"),
        E(["CONSULT"], "other agencies held a meeting yesterday", ["USA"], ["USA"], req=False, date="1987-03-02",
          attribution="anonymous", location_country="USA"),
        E(["AGREE", "CONSULT"], "will meet with Federal Reserve Chairman Paul Volcker", BANKS_US, ["USA"],
          req=False, modality=FUT, date="1987-03-04", location_country="USA"),
        E(["SANCTION", "REJECT"], "when it stopped interest payments", ["BRA"], BANKS, req=False, modality=H,
          date="1987-02"),
        E(["REQUEST"], "he wanted a political discussion with industrialized nations", ["BRA"], req=False),
        E(["CONSULT"], "held discussions here on Friday with Volcker", ["BRA"], ["USA"], req=False,
          date="1987-02-27", location_country="USA"),
        E(["ACCUSE"], "he was perplexed by Funaro's decision", ["USA"], ["BRA"], req=False,
          attribution="anonymous"),
        E(["ACCUSE"], "described Funaro's argument as", ["USA"], ["BRA"], date="1987-03-03",
          attribution="anonymous", location_country="USA"),
        E(["ACCUSE"], "if they had not screwed-up their economic policy", ["USA"], ["BRA"], req=False,
          attribution="anonymous"),
        E(["ACCUSE"], "Volcker, for his part, is dissatisfied", ["USA"], BANKS_US, req=False,
          attribution="anonymous"),
    ], forbid=[F("declined to comment because the talks will be held")],
        places=[P("Brazil", "BRA")],
        dates=[D("two weeks ago", "1987-02"), D("yesterday", "1987-03-02"), D("tomorrow", "1987-03-04"),
               D("late last month", "1987-02"), D("Friday", "1987-02-27"), D("today", "1987-03-03")],
        quantities=[Q("108 billion dlrs", 108000000000, "USD"), Q("68 billion dlrs", 68000000000, "USD")]),

    # 9. reuters-5143 (Sat 1987-03-14, Quito): President Febres Cordero says Ecuador will honour its debt when it
    #     can pay, on a visit to the quake zone; Ecuador said yesterday that last week's earthquake forces it to
    #     reaffirm its decision to suspend payments to private foreign banks. The pledge to honour the debt AGREE
    #     (ECU to the banks, MNC; in ECU) and the reaffirmed suspension SANCTION (REJECT accepted; ECU to MNC;
    #     yesterday) required; the quoted pledge (a restatement) optional; the banks' and the World Bank's
    #     calculation of the oil price needed forbidden.
    article(REU + "5143", "1987-03-14", [
        E(["AGREE"], "Ecuador would honour its debt when", ["ECU"], BANKS, location_country="ECU"),
        E(["SANCTION", "REJECT"], "forcing it to reaffirm an earlier decision", ["ECU"], BANKS, date="1987-03-13",
          location_country="ECU"),
        E(["AGREE"], "All legitimate debt is a commitment of honour", ["ECU"], BANKS, req=False,
          location_country="ECU"),
    ], forbid=[F("and the World Bank had calculated")],
        places=[P("Ecuador", "ECU")],
        dates=[D("yesterday", "1987-03-13"), D("last week", "1987-03")],
        quantities=[Q("8.16 billion dlr", 8160000000, "USD"), Q("26 dlrs a barrel", 26, "USD"),
                    Q("12 dlrs", 12, "USD")]),

    # 10. reuters-17912 (Tue 1987-06-02, Tokyo): MITI says it will issue guidelines for third-quarter microchip
    #     production later this month (it asked for an 11 pct cut in the current quarter); US and Japanese officials
    #     met in Washington last week to discuss removing the US sanctions and agreed not to reveal the outcome;
    #     Washington imposed the sanctions in April, saying Tokyo had broken the 1986 chip pact. The guidelines to
    #     come REQUEST (future; a ministry's request to its chipmakers: JPN, recipient unnamed, left out) and the
    #     talks last week CONSULT (both sides either way; in USA) required; the current quarter's cut requested
    #     REQUEST (JPN to JPN or MNC), the agreement not to reveal the outcome AGREE, the April sanctions SANCTION
    #     and the charge that Tokyo broke the pact ACCUSE (historical) optional; "too early to say" and the
    #     analysts' view of prices forbidden.
    article(REU + "17912", "1987-06-02", [
        E(["REQUEST"], "it would issue guidelines later this month", ["JPN"], modality=FUT, date="1987-06",
          location_country="JPN"),
        E(["REQUEST"], "MITI asked that production of 256 kilobit", ["JPN"], ["JPN", MNC], req=False),
        E(["CONSULT"], "Japanese officials met in Washington", US_JP, US_JP, date="1987-05",
          location_country="USA"),
        E(["AGREE"], "both sides agreed not to reveal", US_JP, US_JP, req=False),
        E(["SANCTION"], "Washington imposed the sanctions in April", ["USA"], ["JPN"], req=False, modality=H,
          date="1987-04"),
        E(["ACCUSE"], "Tokyo had failed to abide by a 1986 pact", ["USA"], ["JPN"], req=False, modality=H),
    ], forbid=[F("it was too early to say if the guidelines"), F("industry analysts said the reductions")],
        places=[WASHINGTON],
        dates=[D("later this month", "1987-06"), D("last week", "1987-05"), D("April", "1987-04")],
        quantities=[Q("11 pct", 11, "percent"), Q("10 pct", 10, "percent")]),

    # 11. reuters-20795 (Tue 1987-10-20, Washington; the day after the crash): Reagan says in a statement after a
    #     meeting with his economic advisers that the US remains committed to the Louvre accord, that the US, Japan
    #     and West Germany all reaffirmed their commitment to coordinate policies, that Prime Minister-designate
    #     Takeshita told him by telephone this morning that stable relations with the US were his priority, and
    #     that Baker met West German financial officials and reaffirmed their commitment. The US commitment to the
    #     accord SUPPORT (AGREE accepted; USA to the seven or IGO; in USA), the three states' reaffirmation AGREE
    #     (SUPPORT and COOPERATE accepted), the telephone conversation CONSULT (both sides either way; Tuesday) and
    #     Baker's meeting with the German officials CONSULT (USA to DEU) required; the meeting with his advisers
    #     CONSULT (USA to USA), the quoted commitment and reaffirmations (restatements) and the Louvre agreement
    #     itself AGREE (historical) optional.
    article(REU + "20795", "1987-10-20", [
        E(["SUPPORT", "AGREE"], "said the United States remains committed", ["USA"], G7, location_country="USA"),
        E(["AGREE", "SUPPORT"], "the seven major industrial nations agreed", G7, G7, req=False, modality=H),
        E(["SUPPORT", "AGREE"], "remains committed to the Louvre agreement", ["USA"], G7, req=False),
        E(["CONSULT"], "following a meeting with his top economic advisers", ["USA"], ["USA"], req=False,
          location_country="USA"),
        E(["AGREE", "SUPPORT", "COOPERATE"], "had all reaffirmed their commitment", US_JP_DE, US_JP_DE),
        E(["CONSULT"], "in a telephone conversation Tuesday morning", US_JP, US_JP, date="1987-10-20"),
        E(["CONSULT"], "Baker met with West German financial officials", ["USA"], ["DEU"]),
        E(["AGREE", "SUPPORT"], "reaffirmed their commitment to the Louvre agreement", ["USA", "DEU"],
          ["USA", "DEU"], req=False),
        E(["AGREE", "SUPPORT", "COOPERATE"], "reaffirmed our agreement to coordinate", US_JP_DE, US_JP_DE,
          req=False),
    ], places=[P("Japan", "JPN"), P("West Germany", "DEU")],
        dates=[D("Tuesday morning", "1987-10-20")]),

    # 12. reuters-5973 (Tue 1987-03-17, Paris): the OECD says the western industrialised nations have agreed
    #     reforms of the rules on export credits to developing countries (mixed credits' minimum aid component
    #     raised, subsidised rates cut), after years of US pressure on competitors such as France and Japan; the
    #     agreement rests on a provisional accord of January, some governments, Austria among them, having linked
    #     their final approval to other credit issues for a meeting in mid-April; a senior US official says a major
    #     loophole has been closed. The agreement AGREE (COOPERATE accepted; the OECD states: IGO, or the states
    #     named; in FRA, where the OECD hosted the talks; from the OECD: organization) required; the US pressure
    #     REQUEST (COERCE accepted; historical; USA to FRA and JPN), the provisional accord AGREE (January), the
    #     conditions some governments set REQUEST (AUT to IGO), the mid-April meeting AGREE (future; CONSULT
    #     accepted) and the US official's welcome SUPPORT (anonymous) optional.
    article(REU + "5973", "1987-03-17", [
        E(["AGREE", "COOPERATE"], "The western industrialised nations have", OECD, None, attribution="organization",
          location_country="FRA"),
        E(["REQUEST", "COERCE"], "several years of pressure by the U.S.", ["USA"], ["FRA", "JPN"], req=False,
          modality=H),
        E(["AGREE"], "a provisional accord reached in January", OECD, req=False, modality=H, date="1987-01"),
        E(["REQUEST", "REJECT"], "had linked their final approval", ["AUT"], [IGO], req=False),
        E(["AGREE", "CONSULT"], "would be discussed at a meeting here in mid-April", OECD, req=False,
          modality=FUT, date="1987-04", location_country="FRA"),
        E(["SUPPORT"], "A major loophole in the General Agreement", ["USA"], OECD, req=False,
          attribution="anonymous"),
    ], places=[P("France", "FRA"), P("Japan", "JPN"), P("Austria", "AUT")],
        dates=[D("July this year", "1987-07"), D("July 1988", "1988-07"), D("July next year", "1988-07"),
               D("January", "1987-01"), D("mid-April", "1987-04"), D("today", "1987-03-17")],
        quantities=[Q("35 pct", 35, "percent"), Q("25 pct", 25, "percent"), Q("50 pct", 50, "percent")]),

]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
