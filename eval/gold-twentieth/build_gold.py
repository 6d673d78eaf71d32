"""Writes articles.json for the twentieth article gold (written blind): two modern news pages of the HTML extraction
benchmark (2019), one 2005 BBC politics story and nine 1987 Reuters wire stories, the last unread stories of those
sources (select_stories.py). The annotations are data, written by hand below with the shorthands of
eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Pages: `file` is html/article-extraction-benchmark/ground-truth.json#<id>, offsets in its articleBody (as
gold-fifteenth); records: reuters21578.jsonl.gz#<id> / bbc-news-2225.jsonl.gz#<id>, offsets in their `text`.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import BBC, BBC_PUB, FUT, H, HYP, IMG, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

PAGE = "html/article-extraction-benchmark/ground-truth.json#"
SOVIET = ["SUN", "RUS"]            # the Soviet Union (the earlier golds' convention)
SALVADOR_REBELS = ["SLV", IMG]     # leftwing guerrillas in El Salvador: their country or IMG

ARTICLES = [
    # 1. USA Today page (2019-11-19, Tuesday): two federal prison officers charged with falsifying records of
    #    checks on Jeffrey Epstein before his suicide; they plead not guilty; senators criticise the Bureau of
    #    Prisons at its director's hearing. Charges ACCUSE (the earlier golds' convention), a not-guilty plea
    #    REJECT (a denial), lawmakers' outrage ACCUSE, a senator calling for an explanation REQUEST. Restatements
    #    of the allegations, the director's admissions, personnel moves and defence statements optional; related
    #    links and the credit line boilerplate.
    article(PAGE + "c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7", "2019-11-19", [
        E(["ACCUSE"], "Two federal prison officers were charged Tuesday", ["USA"], ["USA"], date="2019-11-19",
          location_country="USA"),
        E(["ACCUSE"], "Federal prosecutors alleged that Tova Noel and Michael Thomas", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "Prosecutors alleged that no inmate checks were made", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "they repeatedly failed to conduct mandated checks", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "Each defendant is charged with one count", ["USA"], ["USA"], req=False),
        E(["REJECT"], "Noel and Thomas pleaded not guilty", ["USA"], ["USA"], date="2019-11-19",
          location_country="USA"),
        E(["RETREAT"], "were released on the condition that each post", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "triggered a wave of recriminations", ["USA"], ["USA"], req=False, modality=H),
        E(["ACCUSE"], "ordered multiple investigations into the 66-year-old's suicide", ["USA"], ["USA"], req=False,
          modality=H),
        E(["ACCUSE"], "lawmakers expressed outrage over the security breakdown", ["USA"], ["USA"]),
        E(["ACCUSE"], "called his death \"a crisis of public trust\"", ["USA"], ["USA"], req=False),
        E(["REQUEST", "ACCUSE"], "repeatedly calling for an explanation", ["USA"], ["USA"]),
        E(["ACCUSE"], "Sasse said the charges against the two staffers are overdue", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "need to start giving the public some answers", ["USA"], ["USA"], req=False),
        E(["CONCEDE"], "But she acknowledged that prison authorities discovered", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "profound indictment of the system", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "suggested the disgraced financier may have been murdered", ["USA"], ["USA"], req=False),
        E(["REJECT"], "Hawk Sawyer told lawmakers no evidence supports", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "federal authorities examined the conduct of the staffers", ["USA"], ["USA"], req=False,
          modality=H),
        E(["CONCEDE"], "Noel and Thomas both acknowledged to supervisors", ["USA"], ["USA"], req=False, modality=H,
          date="2019-08-10"),
        E(["REJECT"], "the two were prepared to fight the charges", ["USA"], ["USA"], req=False),
        E(["REJECT"], "chose not to accept a plea agreement offered by prosecutors", ["USA"], ["USA"], req=False),
        E(["COERCE", "SANCTION", "RETREAT"], "Barr reassigned the warden", ["USA"], ["USA"], req=False, modality=H),
        E(["COERCE", "SANCTION"], "placed Noel and Thomas on administrative leave", ["USA"], ["USA"], req=False,
          modality=H),
        E(["CONCEDE"], "Hawk Sawyer acknowledged significant staffing shortages", ["USA"], ["USA"], req=False),
    ], forbid=[F("The conspiracy charge is punishable by up to five years"),
               F("That bastard now won't be able to testify"),
               F("Hawk Sawyer said she couldn't comment"),
               F("It is our hope that we’ll be able to reach a reasonable agreement"),
               F("a guilty plea would “ruin his life.”"),
               F("Figgins declined to address whether Thomas slept"),
               F("confident we will restore the public’s trust"),
               F("would be critical to do it in a step-down fashion")],
        places=[P("Manhattan", "USA", 40.78, -73.97), P("Washington", "USA", 38.90, -77.04),
                P("Palm Beach", "USA", 26.71, -80.04), P("Florida", "USA"), P("San Diego", "USA", 32.72, -117.16)],
        dates=[D("Tuesday", "2019-11-19"), D("Aug. 9", "2019-08-09"), D("Aug. 10", "2019-08-10")],
        quantities=[Q("$100,000", 100000, "USD"), Q("3,000 vacancies", 3000, "vacancies")],
        boilerplate=["Internal memo: Federal prison guards falsified records of cell checks, inmate counts",
                     "Staffers 'don't care': Federal prison suicides were quietly rising before Jeffrey Epstein's "
                     "death in a New York detention center",
                     "Epstein's inner circle eyed: Jeffrey Epstein is dead. Prosecutors could still go after his "
                     "inner circle if they helped him prey on young girls",
                     "Contributing: Kristine Phillips"]),

    # 2. National Review opinion column (2019-11-19) on the impeachment inquiry: the one analysis/opinion piece.
    #    No required event: the columnist's charges, forecasts and hypotheticals are forbidden; past acts he lists
    #    as background (sanctions on Russians, pulling out of a missile agreement, arming Ukraine, the Mueller
    #    investigation, a release of a call transcript is no event) are optional historical.
    article(PAGE + "f5c90a6d5253c3a21ff3168c64bea4b5ffade7a1ba5bed952a59ebee0d648d98", "2019-11-19", [
        E(["ACCUSE"], "Mueller was tasked with investigating Russian collusion", ["USA"], ["USA"], req=False,
          modality=H),
        E(["AGREE"], "offered the Russians a disturbing quid pro quo", ["USA"], ["RUS"], req=False, modality=H),
        E(["REJECT"], "when Obama declined to send arms to Ukraine", ["USA"], ["UKR"], req=False, modality=H),
        E(["SANCTION"], "upping sanctions against Russians", ["USA"], ["RUS"], req=False, modality=H),
        E(["ASSAULT"], "killing hired Russian thugs in Syria", ["USA"], ["RUS"], req=False, modality=H),
        E(["RETREAT", "REJECT"], "pulling out of the warped missile agreement", ["USA"], ["RUS"], req=False,
          modality=H),
        E(["AID"], "and arming Ukraine", ["USA"], ["UKR"], req=False, modality=H),
    ], forbid=[F("the only strategy is to taint the president"),
               F("Polls show that Trump is almost back"),
               F("a rank partisan and sloppy leaker"),
               F("After previously lying that neither he nor his staff"),
               F("the country would not put up with yet another special prosecutor"),
               F("their empty charges that Trump is appeasing Russia"),
               F("only to leverage U.S. aid in exchange"),
               F("Would there have been impeachment proceedings against Obama?"),
               F("Horowitz is likely to have more criminal referrals"),
               F("and attacked Trump’s wife, children, family"),
               F("Schiff has already lied about his staff’s prior contacts"),
               F("Nancy Pelosi wants to wrap up impeachment"),
               F("it’s time to pack up the circus")],
        places=[P("Ukraine", "UKR"), P("Syria", "SYR"), P("Russia", "RUS")],
        dates=[D("July 25th", "2019-07-25"), D("November 2020", "2020-11"), D("Since January 2018", "2018-01")]),

    # 3. bbc-politics-293: Kilroy-Silk launches Veritas after quitting UKIP; UKIP's leaders criticise him and call
    #    on a defecting London Assembly member to stand down. Criticism between parties ACCUSE (parties GBR on both
    #    sides), the call to quit REQUEST; leaving a party is party-internal (optional). The record's second half
    #    is readers' comments: no news event there, their demands and charges forbidden.
    article(BBC + "politics-293", BBC_PUB, [
        E(["ACCUSE"], "would avoid the old parties' \"lies and spin\"", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "UKIP leader Roger Knapman says he is glad", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "Veritas was joining \"an already crowded field", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "the group will just be a parody of the party", ["GBR"], ["GBR"]),
        E(["RETREAT", "REJECT"], "Mr Kilroy-Silk quit UKIP last week", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "He said he was ashamed to be a member of a UKIP", ["GBR"], ["GBR"]),
        E(["ACCUSE"], "While UKIP has turned its back on the British people", ["GBR"], ["GBR"], req=False),
        E(["RETREAT", "REJECT"], "Mr Hockney also left UKIP", ["GBR"], ["GBR"], req=False),
        E(["REQUEST"], "A spokesman for UKIP called on Mr Hockney to quit", ["GBR"], ["GBR"]),
        E(["REQUEST"], "has a moral obligation, if not a legal one", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "Its leader, Roger Knapman, has said he is glad", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "has not been \"straightforward\" in attacking the party", ["GBR"], ["GBR"], req=False),
    ], forbid=[F("promised a \"firm but fair\" policy on immigration"),
               F("It's the BNP in an expensive suit"),
               F("this is just a publicity stunt"),
               F("having exposed it to ridicule by attempting a coup-d'etat"),
               F("like him I am also leaving UKIP"),
               F("He has no mandate to represent the area and should resign"),
               F("UKIP should try to resolve its differences with Kilroy"),
               F("he and the two assembly members should resign"),
               F("he claims victory, wrecks the EU")],
        places=[P("London", "GBR", 51.51, -0.13), P("Ashfield", "GBR")]),

    # 4. reuters-19025 (1987-06-18, dateline Seoul June 19): the government will take emergency measures if the
    #    violent protests go on; demonstrators battled riot police. A conditional warning THREATEN (future, as
    #    gold-nineteenth's strike threat); the protests PROTEST, the clash with police ASSAULT/PROTEST/COERCE
    #    (optional: the same protest), the demand for Chun's resignation the protest's topic (optional REQUEST).
    #    "today" and "yesterday" are of the Seoul dateline (June 19), not of the record's GMT date: left out.
    article(REU + "19025", "1987-06-18", [
        E(["THREATEN"], "will take emergency measures if the present wave", ["KOR"], ["KOR"], modality=FUT),
        E(["CONSULT"], "a meeting of top ministers and security officials", ["KOR"], ["KOR"], req=False),
        E(["PROTEST"], "Thousands of demonstrators took to the streets of Seoul", ["KOR"], ["KOR"],
          location_country="KOR"),
        E(["ASSAULT", "PROTEST", "COERCE"], "battling riot police", ["KOR"], ["KOR"], req=False),
        E(["REQUEST"], "demanding the resignation of President Chun", ["KOR"], ["KOR"], req=False),
        E(["PROTEST"], "the ninth successive day of violent protests", ["KOR"], ["KOR"], req=False),
    ], forbid=[F("a special statement would be made shortly")],
        places=[P("Seoul", "KOR", 37.57, 126.98)]),

    # 5. reuters-19092 (1987-06-19): a 24-hour strike by Belgian public employees against a government pay offer;
    #    electricians come out in support. Strike PROTEST (workers and unions BEL, recipient the government BEL);
    #    its effects (cancelled ferries and flights, few trains) forbidden.
    article(REU + "19092", "1987-06-19", [
        E(["PROTEST"], "A 24-hour strike by Belgian public employees", ["BEL"], ["BEL"], location_country="BEL"),
        E(["PROTEST"], "electricians came out in support", ["BEL"], ["BEL"], req=False),
    ], forbid=[F("Some cross-Channel ferry services from Ostend were cancelled"),
               F("Few trains were running")],
        places=[P("Ostend", "BEL", 51.23, 2.92), P("Antwerp", "BEL", 51.22, 4.40), P("Ghent", "BEL", 51.05, 3.72)]),

    # 6. reuters-18000 (1987-06-02): US and Soviet negotiators complete the text of a draft treaty eliminating
    #    medium-range missiles in Europe. A jointly drafted treaty text AGREE (both as actor; CONSULT accepted: the
    #    talks' outcome, not yet signed); the quoted restatement and the negotiating round optional; the remaining
    #    disagreement forbidden.
    article(REU + "18000", "1987-06-02", [
        E(["AGREE", "CONSULT"], "have completed the text of a draft treaty", ["USA"] + SOVIET, SOVIET + ["USA"]),
        E(["AGREE", "CONSULT"], "the sides have drafted the first joint draft text", ["USA"] + SOVIET,
          SOVIET + ["USA"], req=False),
        E(["CONSULT"], "the work done at the current round", ["USA"] + SOVIET, SOVIET + ["USA"], req=False),
    ], forbid=[F("several areas of disagreement remained to be resolved")]),

    # 7. reuters-2229 (1987-03-05): Baldrige says he may recommend retaliation against Japan if US firms are kept
    #    out of the Kansai airport project; Nakasone has given him a commitment. A conditional threat of
    #    retaliation THREATEN (future); the commitment AGREE (optional: reported, given earlier); his forecast
    #    and the condition forbidden; "one form of retaliation could be" optional THREATEN (hypothetical).
    article(REU + "2229", "1987-03-05", [
        E(["THREATEN"], "he may recommend that the United States retaliate against Japan", ["USA"], ["JPN"],
          modality=FUT),
        E(["AGREE"], "he had a personal commitment from Japanese Prime Minister", ["JPN"], ["USA"], req=False),
        E(["THREATEN", "SANCTION"], "one form of retaliation could be to curb", ["USA"], ["JPN"], req=False,
          modality=HYP),
    ], forbid=[F("I think he will honor that commitment")],
        places=[P("Japan", "JPN"), P("United States", "USA")],
        quantities=[Q("eight billion dlr", 8000000000, "USD"), Q("two billion dlr", 2000000000, "USD")]),

    # 8. reuters-20459 (Tue 1987-10-20): Iran and the Soviet Union provisionally agree to hold talks on an oil
    #    exchange; the agreement was reached during the Iranian oil minister's visit to Moscow last week. Agreeing
    #    to hold talks AGREE (both as actor), the visit CONSULT (visitor actor, host recipient); the talks' topic
    #    (possible technical assistance) forbidden but for AGREE/CONSULT.
    article(REU + "20459", "1987-10-20", [
        E(["AGREE"], "have provisionally agreed to hold talks", ["IRN"] + SOVIET, SOVIET + ["IRN"],
          date="1987-10-20"),
        E(["AGREE"], "the agreement had been reached", ["IRN"] + SOVIET, SOVIET + ["IRN"], req=False),
        E(["CONSULT"], "during a visit to Moscow last week", ["IRN"], SOVIET, date="1987-10",
          location_country="RUS"),
    ], forbid=[F("the possibility of Soviet technical assistance", ["AGREE", "CONSULT"])],
        places=[P("Moscow", "RUS", 55.76, 37.62)],
        dates=[D("Tuesday", "1987-10-20"), D("last week", "1987-10")]),

    # 9. reuters-11389 (1987-03-31): up to 800 leftwing guerrillas attack an army base in northern El Salvador;
    #    about 40 dead, a US military adviser among them. The attack ASSAULT (guerrillas SLV or IMG), the battle's
    #    other mentions optional; an embassy spokesman's confirmation forbidden.
    article(REU + "11389", "1987-03-31", [
        E(["ASSAULT"], "guerrillas attacked the El Paraiso base", SALVADOR_REBELS, ["SLV"], date="1987-03-31",
          location_country="SLV"),
        E(["ASSAULT"], "died today in a major battle", SALVADOR_REBELS + ["SLV"], ["SLV"] + SALVADOR_REBELS,
          req=False, date="1987-03-31"),
        E(["ASSAULT"], "The one-hour battle involved", SALVADOR_REBELS + ["SLV"], ["SLV"] + SALVADOR_REBELS,
          req=False),
    ], forbid=[F("confirmed that a U.S. adviser was among the dead")],
        places=[P("El Salvador", "SLV"), P("Chalatenango", "SLV", 14.04, -88.94),
                P("San Salvador", "SLV", 13.69, -89.19)],
        dates=[D("today", "1987-03-31")],
        quantities=[Q("30 guerrillas", 30, "killed"), Q("12 government soldiers", 12, "killed")]),

    # 10. reuters-14825 (1987-04-08): the French government wins a confidence vote sought by Chirac; the
    #     opposition votes against. Deputies voting to support the prime minister SUPPORT, the opposition voting
    #     against his call REJECT (domestic: FRA on both sides); the headline-like first sentence and the majority
    #     optional restatements.
    article(REU + "14825", "1987-04-08", [
        E(["SUPPORT"], "won, as expected, a vote of parliamentary confidence", ["FRA"], ["FRA"], req=False),
        E(["SUPPORT"], "gave Chirac's cabinet a slim majority", ["FRA"], ["FRA"], req=False),
        E(["SUPPORT"], "voted to support Chirac", ["FRA"], ["FRA"]),
        E(["REJECT"], "voted against the prime minister's call", ["FRA"], ["FRA"]),
    ], quantities=[Q("294 deputies", 294, "deputies")]),

    # 11. reuters-3567 (1987-03-11): Japan's foreign minister cancels his trip to the US tomorrow because of
    #     confusion in parliament; the opposition accused the ruling party of trying to railroad the budget. The
    #     opposition's accusation ACCUSE (JPN on both sides); the cancelled visit optional REJECT (no visit took
    #     place); the ruling party forced to resume debates optional CONCEDE; the US Congress's agenda forbidden.
    article(REU + "3567", "1987-03-11", [
        E(["REJECT"], "has cancelled a trip tomorrow to the U.S.", ["JPN"], ["USA"], req=False),
        E(["CONCEDE"], "have been forced to resume", ["JPN"], ["JPN"], req=False),
        E(["ACCUSE"], "the opposition accused it of trying to railroad", ["JPN"], ["JPN"]),
    ], forbid=[F("the U.S. Congress is to consider legislation")],
        dates=[D("tomorrow", "1987-03-12")]),

    # 12. reuters-9183 (1987-03-25): Zhao tells parliament that the threat of western political ideas behind last
    #     December's student demonstrations has been curbed and accuses unnamed party leaders of laxity. The
    #     accusation ACCUSE (CHN on both sides); the curbing COERCE and the demonstrations PROTEST optional
    #     (historical background).
    article(REU + "9183", "1987-03-25", [
        E(["ACCUSE"], "he accused unnamed party leaders of being weak", ["CHN"], ["CHN"]),
        E(["COERCE"], "has been curbed", ["CHN"], ["CHN"], req=False, modality=H),
        E(["PROTEST"], "widespread student demonstrations last December", ["CHN"], ["CHN"], req=False, modality=H,
          date="1986-12"),
        E(["COERCE"], "we have curbed bourgeois liberalisation", ["CHN"], ["CHN"], req=False, modality=H),
    ], places=[P("China", "CHN")],
        dates=[D("last December", "1986-12")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
