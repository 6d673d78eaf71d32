"""Seeded candidate list for the seventeenth article gold: the continuation of eval/gold-sixteenth's walk through
the political news stories of the Lee background corpus (ABC, Australia, late 2001; gensim's
test_data/lee_background.cor, one story a line, 300 lines).
Usage (from /work/main): python3 eval/gold-seventeenth/select_stories.py [PATH/TO/lee_background.cor]
(no path: the corpus is read from the pinned gensim wheel, as eval/gold-sixteenth/fetch_texts.py does).

The candidate list is gold-sixteenth's, unchanged: its filter and its seeded shuffle are imported from
eval/gold-sixteenth/select_stories.py (not copied), so both golds walk one and the same list. Gold-sixteenth walked
positions 1-21; this gold starts at position 22 and takes, in order, the next twelve stories that are political
news (conflict and security, protest, diplomacy, domestic politics, aid, sanctions, law enforcement against
public figures), report at least two events, and are not the same story as one taken by either gold; no more
than four stories on one conflict were to be taken. WALK below and README.md give each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import gold_script, lee_stories  # noqa: E402


select16 = gold_script("select16", "gold-sixteenth", "select_stories.py")
FIRST_POSITION = len(select16.WALK) + 1   # 22: the first position gold-sixteenth did not walk

# The walk from position 22, in the order printed: (line, taken, reason).
WALK = [
    (197, True, "Zinni's 48-hour ultimatum; Israel rejects the militants' conditional ceasefire offer: conflict "
                "and diplomacy (Israeli-Palestinian 1)"),
    (220, True, "Hamas threatens Palestinian Authority officials after clashes over Yassin's house arrest; "
                "Egypt's minister mediates: conflict (Israeli-Palestinian 2)"),
    (261, False, "the Bonn agreement on an interim Afghan government: the Bonn talks of gold-sixteenth's line 249 "
                 "(there the agreement was expected), and one agreement with its content"),
    (106, True, "the Government calls on Labor not to delay the ASIO bill; the Police Federation and unions "
                "criticise the air-marshal plans: domestic politics (the bill of line 102, other actors and acts)"),
    (130, False, "Suharto's health; the corruption charges are background: not political news"),
    (65, False, "the army chief confirms an Al Qaeda suspect served in the army and denies a report: statements, "
                "fewer than two events"),
    (234, False, "Downer on a man arrested in India who reportedly confessed to plans: one arrest, statements"),
    (209, True, "a Defence budget blowout; the Opposition demands the minister reveal the projects affected and the "
                "cost of intercepting asylum seekers: domestic politics"),
    (110, True, "Hamas said to plan attacks on strategic targets; Hamas rejected Arafat's call: conflict "
                "(Israeli-Palestinian 3; the reaction to the call of line 131, not its story)"),
    (97, False, "Australian officials to get access to David Hicks: a minister's account of plans (access, "
                "interrogation), one past event (the capture)"),
    (95, False, "Tasmania's lower house passes an abortion bill: a legislative vote, no interaction between actors"),
    (176, True, "anti-Taliban fighters capture key areas of Tora Bora; Bush on the bin Laden tape; US officers "
                "in Somalia: conflict (Afghanistan 1; the battle before line 133's hunt)"),
    (58, True, "Musharraf says bin Laden may be dead, Pakistan guards the border passes: conflict and security "
               "(Afghanistan 2)"),
    (45, False, "an actor's death: not political"),
    (157, False, "a murder trial in Britain: crime, no public figure"),
    (269, True, "Howard to visit Indonesia for a summit with Megawati; talks on military ties: diplomacy"),
    (259, False, "Israeli strikes on symbols of Palestinian autonomy after Sharon blames Arafat: the story of "
                 "gold-sixteenth's line 267"),
    (229, False, "the razor gang and the Education Minister: budget statements, fewer than two events"),
    (126, True, "Greenpeace activists enter the Lucas Heights reactor, more than 40 arrested: protest"),
    (128, True, "Qantas maintenance workers reject a wage freeze, threat of strikes, talks in the IRC: labour "
                "dispute (as gold-sixteenth's bank strike)"),
    (76, False, "Argentina's food riots, death toll 20: the unrest of gold-sixteenth's line 86, a day on"),
    (89, True, "Woomera detention centre: buildings torched, detainees break into a prohibited zone: unrest"),
    (277, True, "Israeli soldiers shoot five Palestinians; Palestinian police arrest Hamas leaders: conflict "
                "(Israeli-Palestinian 4; the arrests are part of the crackdown that line 267 also reports)"),
]




if __name__ == "__main__":
    stories = lee_stories(sys.argv)
    order = select16.candidates(stories)
    print(len(order), "candidates (gold-sixteenth's list); gold-sixteenth walked positions 1 to",
          FIRST_POSITION - 1, file=sys.stderr)
    walked16 = {n for n, _, _ in select16.WALK}
    assert order[:FIRST_POSITION - 1] == [n for n, _, _ in select16.WALK], "gold-sixteenth's walk moved"
    reasons = {n: ("TAKEN" if taken else "skipped") + ": " + why for n, taken, why in WALK}
    for i, n in enumerate(order[FIRST_POSITION - 1:], FIRST_POSITION):
        assert n not in walked16
        print(i, n, len(stories[n].split()), stories[n][:90])
        print("   ", reasons.get(n, "not walked"))
    print(sum(t for _, t, _ in WALK), "taken:", sorted(n for n, t, _ in WALK if t), file=sys.stderr)
