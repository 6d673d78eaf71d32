"""Writes articles.json for the thirty-first article gold (written blind): eight 1987 Reuters wire stories, the last
political ones of gold-twenty-ninth's new list of records with exactly two political keyword hits (positions
99-176, select_stories.py): Reagan's charge that the Soviet Union goes beyond the ABM treaty, Brazilian governors
demanding the finance minister's removal, the House Speaker to question Reagan on the Gulf tanker plan, a
French-West German agreement on a combat helicopter, a Dutch official's speech on US-EC trade quarrels,
Weinberger on a Soviet missile test, the Senate leader on Reagan's highway veto and Iranian gunboats attacking two
supertankers, all unread. The annotations are data, written by hand below with the shorthands of
eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Records: reuters21578.jsonl.gz#<id>, offsets in their `text` (body without title and dateline).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402,F401

SOVIET = ["SUN", "RUS"]       # the Soviet Union, as gold-twentieth codes it
EC = ["EUR", IGO]             # the European Community: EUR or IGO (the earlier golds' convention)
FR_DE = ["FRA", "DEU"]        # France and West Germany (modern geography, as the earlier golds code it)
TANKERS = ["NOR", "LBR"]      # the two supertankers' flags: a Norwegian ship and a Liberian-registered one

ARTICLES = [
    # 1. reuters-7535 (Thu 1987-03-19, Washington): Reagan accuses the Soviet Union, at a news conference, of
    #    exceeding a restrictive reading of the 1972 ABM treaty, says the US sees no reason yet to follow suit;
    #    speculation that the administration moves toward a looser reading; Reagan says no decision is made. The
    #    charge ACCUSE (required; a US president's statement: USA, the press conference in the dateline city),
    #    his quoted words ACCUSE (restatement, optional); the US not following suit is a statement of its own
    #    policy (no act on another actor, left unannotated); the speculation forbidden.
    article(REU + "7535", "1987-03-19", [
        E(["ACCUSE"], "accused the Soviet Union of exceeding", ["USA"], SOVIET, attribution="official",
          location_country="USA"),
        E(["ACCUSE"], "has been going even beyond a liberal interpretation", ["USA"], SOVIET, req=False,
          attribution="official", location_country="USA"),
    ], forbid=[F("There has been speculation the")]),

    # 2. reuters-15766 (Thu 1987-04-09, Rio de Janeiro): four powerful state governors call for the removal of
    #    Finance Minister Funaro (commentators: the call lays bare Sarney's weakness); the demand came last night
    #    at a news conference in Sao Paulo: the economy is in crisis, they want a new ministerial team, otherwise
    #    a risk of social chaos. The call for a minister to go REQUEST (as eval/gold: calls for a leader to go are
    #    REQUEST; ACCUSE accepted: a demand that is also a censure), governors against the federal government,
    #    both BRA, required, location BRA (Sao Paulo); the restatement "the demand ... came last night" and "they
    #    wanted a new ministerial team" optional, and so the commentators' mention of "their call" (REQUEST only);
    #    the commentators' reading (no act of theirs) and the warning of social chaos (a hypothetical consequence,
    #    no act of their own threatened) forbidden.
    article(REU + "15766", "1987-04-09", [
        E(["REQUEST", "ACCUSE"], "are calling for the removal of Finance Minister", ["BRA"], ["BRA"],
          date="1987-04-08", location_country="BRA"),
        E(["REQUEST"], "The demand for Funaro's resignation came last night", ["BRA"], ["BRA"], req=False,
          date="1987-04-08", location_country="BRA"),
        E(["REQUEST", "ACCUSE"], "they wanted a new ministerial team", ["BRA"], ["BRA"], req=False,
          date="1987-04-08", location_country="BRA"),
        E(["REQUEST"], "their call, front-page headlines", ["BRA"], ["BRA"], req=False, date="1987-04-08"),
    ], forbid=[F("laid bare President Jose Sarney's political weakness", ["REQUEST"]),
               F("there was a risk of social chaos")],
        places=[P("Sao Paulo", "BRA", -23.55, -46.63), P("Minas Gerais", "BRA"),
                P("Mato Grosso do Sul", "BRA")],
        dates=[D("today", "1987-04-09"), D("last night", "1987-04-08")]),

    # 3. reuters-19756 (Mon 1987-06-29, Washington): House Speaker Wright says he will question Reagan tomorrow
    #    about his plan to protect Kuwaiti tankers with US warships from Iranian attacks; Democrats have been
    #    critical but have not decided whether to legislate against it; Wright says the administration went ahead
    #    with reflagging without asking congressional leaders' advice. Questioning the president tomorrow CONSULT
    #    (a meeting; REQUEST accepted; modality future; USA on both sides, location USA; required), Wright's charge
    #    that the administration went ahead without asking Congress ACCUSE (required); the Democrats' criticism
    #    ACCUSE (habitual, optional), the plan to protect Kuwaiti tankers AID/COOPERATE (a plan, future, optional),
    #    the reflagging AGREE/COOPERATE/AID (historical, optional) and Iran's attacks ASSAULT (habitual
    #    background, optional); the legislation they might try to pass forbidden (undecided).
    article(REU + "19756", "1987-06-29", [
        E(["CONSULT", "REQUEST"], "would question President Reagan tomorrow", ["USA"], ["USA"], modality=FUT,
          date="1987-06-30", location_country="USA"),
        E(["ACCUSE"], "without asking Congressional leaders for their advice", ["USA"], ["USA"],
          location_country="USA"),
        E(["ACCUSE"], "have been critical of Reagan's plan", ["USA"], ["USA"], req=False, location_country="USA"),
        E(["AID", "COOPERATE", "MOBILIZE"], "his plan to protect Kuwaiti oil tankers", ["USA"], ["KWT"], req=False,
          modality=FUT),
        E(["AGREE", "COOPERATE", "AID"], "gone ahead with plans to reflag the Kuwaiti tankers", ["USA"], ["KWT"],
          req=False),
        E(["ASSAULT"], "from attacks by Iran in the Gulf", ["IRN"], ["KWT"], req=False),
    ], forbid=[F("try to pass legislation to prohibit it")],
        places=[P("Gulf", None), P("Texas", "USA")],
        dates=[D("tomorrow", "1987-06-30")]),

    # 4. reuters-8082 (Sun 1987-03-22, Paris): France and West Germany have reached broad agreement on design
    #    specifications for a joint combat helicopter, the French Defence Ministry says; the two defence ministers
    #    "agreed in principle" during talks in Bonn on Friday; a joint commission will be formed and report by
    #    July; the project (1984) calls for two firms to build 400 helicopters. The agreement AGREE (COOPERATE
    #    accepted: joint arms development) and the talks CONSULT, both required, France and West Germany on both
    #    sides, location DEU (the talks in Bonn), attribution official; "agreed in principle" (restatement, the
    #    Friday date) and the joint commission to be formed COOPERATE (future) optional; the firms' project (a
    #    plan, firms) and the "different views" (no act) left unannotated.
    article(REU + "8082", "1987-03-22", [
        E(["AGREE", "COOPERATE"], "have reached broad agreement on design", FR_DE, FR_DE, date="1987-03-20",
          attribution="official", location_country="DEU"),
        E(["CONSULT"], "during talks in Bonn on Friday", FR_DE, FR_DE, date="1987-03-20", attribution="official",
          location_country="DEU"),
        E(["AGREE", "COOPERATE"], "had \"agreed in principle\" on a common concept", FR_DE, FR_DE, req=False,
          date="1987-03-20", attribution="official", location_country="DEU"),
        E(["COOPERATE", "AGREE"], "A joint commission will now be formed", FR_DE, FR_DE, req=False, modality=FUT,
          attribution="official"),
    ], places=[P("Bonn", "DEU", 50.73, 7.10), P("Munich", "DEU", 48.14, 11.58)],
        dates=[D("Friday", "1987-03-20"), D("July", "1987-07")],
        quantities=[Q("400", 400, "helicopters")]),

    # 5. reuters-5954 (Tue 1987-03-17, The Hague): the director general of the Dutch Economics Ministry's foreign
    #    affairs division, speaking at a lunch in The Hague, says US-EC relations will get worse, calls the
    #    strident tone of US declarations on Airbus ill-advised and the EC fats and oils tax proposal a dangerous
    #    provocation, foresees more crises and a push to the brink of trade war, and says EC decision-making must
    #    become less self-centred and the US administration must convince Congress. A speech (this gold's one
    #    analysis/opinion piece). His censure of the US tone ACCUSE (NLD to USA; required; location NLD, The Hague),
    #    his censure of the EC proposal ACCUSE (NLD to the EC; optional: the same sentence's second charge, a
    #    member's criticism of its own community's proposal), his prescriptions for the EC and the US REQUEST
    #    (optional: advice in a speech); the forecasts of worse relations and more crises, the risks of
    #    brinkmanship and the brink of trade war forbidden (forecasts and assessments, no act).
    article(REU + "5954", "1987-03-17", [
        E(["ACCUSE"], "strident tone of US declarations on Airbus ill-advised", ["NLD"], ["USA"],
          attribution="official", location_country="NLD"),
        E(["ACCUSE"], "oils tax proposal a dangerous provocation", ["NLD"], EC, req=False, attribution="official",
          location_country="NLD"),
        E(["REQUEST"], "decision-making in the EC must become less self-centred", ["NLD"], EC, req=False,
          attribution="official", location_country="NLD"),
        E(["REQUEST"], "will have to exercise the authority to convince Congress", ["NLD"], ["USA"], req=False,
          attribution="official", location_country="NLD"),
    ], forbid=[F("are likely to get worse before they get better"), F("warned of more to come"),
               F("quite a few more crises"), F("the risks of brinkmanship"), F("to the brink of actual trade war")],
        places=[P("The Hague", "NLD", 52.08, 4.31)]),

    # 6. reuters-10626 (record 1987-03-28 23:08, dateline New York, March 29): US Defence Secretary Weinberger
    #    tells CNN interviewers the Soviet Union continues to grow in military strength and has tested its SS-18
    #    missile, finished deploying the SS-20 last year and is advanced on its follow-on: "They never stop." The
    #    Soviet missile test MOBILIZE (manual, MOBILIZE `weapons': a demonstration of military capability short of
    #    force; CAMEO 150 "demonstrate military power"; no recipient checked; required, attribution official: told by
    #    a US minister; no place said), its quoted "successful test" (restatement, optional), the SS-20 deployment MOBILIZE (historical, optional), his charge that the Soviets keep arming ACCUSE (USA to
    #    the Soviet Union; optional: an assessment more than a censure); the interview's place is not said.
    article(REU + "10626", "1987-03-28", [
        E(["MOBILIZE"], "has tested its SS-18 intermediate-range missile", SOVIET, None, attribution="official"),
        E(["MOBILIZE"], "successful test so far as we know", SOVIET, None, req=False, attribution="official"),
        E(["MOBILIZE"], "They finished deploying the SS-20", SOVIET, None, req=False, modality=H,
          attribution="official"),
        E(["ACCUSE"], "They never stop", ["USA"], SOVIET, req=False, attribution="official"),
    ]),

    # 7. reuters-11383 (Tue 1987-03-31, Washington): Senate majority leader Byrd tells reporters Reagan's veto of
    #    an 88 billion dlr highway bill "does not show leadership", "Government by veto is not leadership ... It's
    #    confrontation", Reagan is trying to show he is back by vetoing; the House is expected to override today.
    #    Byrd's censure ACCUSE (the legislature against the executive, both USA; required; location USA), his
    #    quoted charges ACCUSE (restatements, optional), the veto itself REJECT (background, historical, optional,
    #    as gold-thirtieth's vetoes); the expected override and "if the House overrides" forbidden (a forecast and
    #    a hypothetical).
    article(REU + "11383", "1987-03-31", [
        E(["ACCUSE"], "highway construction bill does not show leadership", ["USA"], ["USA"],
          attribution="official", location_country="USA"),
        E(["ACCUSE"], "Government by veto is not leadership", ["USA"], ["USA"], req=False, attribution="official",
          location_country="USA"),
        E(["ACCUSE"], "is attempting to show he's back", ["USA"], ["USA"], req=False, attribution="official",
          location_country="USA"),
        E(["REJECT"], "President Reagan's veto of an 88 billion", ["USA"], ["USA"], req=False, modality=H,
          location_country="USA"),
    ], forbid=[F("The House is expected to override the veto today"), F("if the House overrides")],
        places=[P("West Virginia", "USA")],
        dates=[D("today", "1987-03-31")],
        quantities=[Q("88 billion", 88000000000, "USD")]),

    # 8. reuters-19594 (Mon 1987-06-29, Bahrain): two supertankers attacked in the Gulf by Iranian gunboats on
    #    Saturday anchor off Bahrain for inspection (shipping sources); the Norwegian Mia Margrethe and the
    #    Liberian-registered Stena Concordia came under fire off the Saudi Arabian coastline; the US frigate Stark,
    #    damaged last month in an Iraqi air attack, left Bahrain on Sunday. The gunboat attack ASSAULT (IRN to the
    #    ships' flag states; required; attribution anonymous: unnamed shipping sources; location SAU: the one place
    #    the text gives for it, "off the Saudi Arabian coastline", not Bahrain where the ships lie now), its
    #    restatement "came under fire" optional; the Iraqi attack on the Stark ASSAULT (historical, optional; "in
    #    the Gulf": no country); the anchoring, inspection and the frigate's departure are no acts between actors.
    article(REU + "19594", "1987-06-29", [
        E(["ASSAULT"], "attacked in the Gulf by Iranian gunboats", ["IRN"], TANKERS, date="1987-06-27",
          attribution="anonymous", location_country="SAU"),
        E(["ASSAULT"], "both came under fire off the Saudi Arabian coastline", ["IRN"], TANKERS, req=False,
          date="1987-06-27", attribution="anonymous", location_country="SAU"),
        E(["ASSAULT"], "damaged last month in an Iraqi air attack", ["IRQ"], ["USA"], req=False, modality=H),
    ], places=[P("Bahrain", "BHR"), P("Gulf", None)],
        dates=[D("Saturday", "1987-06-27"), D("Sunday", "1987-06-28")],
        quantities=[Q("224,607", 224607, "tonnes"), Q("273,616", 273616, "tonnes"), Q("four miles", 4, "miles")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
