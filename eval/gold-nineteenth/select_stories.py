"""Seeded story choice for the nineteenth article gold, in two parts.
Usage (from /work/main): python3 eval/gold-nineteenth/select_stories.py [PATH/TO/lee_background.cor]
(no path: the Lee corpus is read from the pinned gensim wheel, as eval/gold-sixteenth/fetch_texts.py does).

(a) The end of the Lee walk: gold-sixteenth's candidate list (its filter and seeded shuffle, imported, not copied;
107 political stories of gensim's test_data/lee_background.cor), whose positions 1-93 gold-sixteenth,
gold-seventeenth and gold-eighteenth walked. This gold walks positions 94-107 with gold-eighteenth's rules: a
story is taken when it is political news (conflict and security, protest, diplomacy, domestic politics, aid,
sanctions, law enforcement against public figures), reports at least two events, and is not the same news story
as one an earlier Lee gold took (an earlier or later stage of the same news event counts as the same); at most
three stories on one conflict across this gold; at most seven.

(b) A fresh seeded draw of 1987 Reuters and 2005 BBC politics stories to fill up to twelve:
eval/gold_selection.political_draw with seed 20261216 and the wide filter (the narrow one, 150-600 words and five
political hits, has no candidate left once the exclusions below are applied), excluding every record named by
any eval/gold*/articles.json (this folder's own left out, so the draw re-runs the same), the shared dev gold's
records (eval/gold_selection's world_politics Reuters ids), and every id of eval/audited_ids.json (stories read
in engineers' snapshot audits). Both lists are walked in order with the same rules, about half Reuters, half
BBC. WALK_LEE, WALK_REUTERS and WALK_BBC give each position's reason; README.md repeats them."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script, lee_stories  # noqa: E402
from gold_selection import audited_records, political_draw, used_records  # noqa: E402

SEED = 20261216
DEV_GOLD = "/work/shared/gold/dev/articles.json"

select16 = gold_script("select16", "gold-sixteenth", "select_stories.py")
EARLIER = [n for folder in ("sixteenth", "seventeenth", "eighteenth")
           for n, _, _ in gold_script("select_" + folder, "gold-" + folder, "select_stories.py").WALK]
FIRST_POSITION = len(EARLIER) + 1   # 94

# (line, taken, reason), in the order of the list from position 94.
WALK_LEE = [
    (50, True, "Afghan forces arrest a wounded Al Qaeda fighter at a Kandahar hospital, seven others barricaded "
               "and threatening to blow up their room: conflict and security (Afghanistan 1 in this gold; not "
               "the Kandahar airport battle of gold-sixteenth's line 268)"),
    (13, False, "Afghan-British talks on the international security force end without agreement: the force "
                "agreement of gold-eighteenth's line 82, another stage of the same news"),
    (214, True, "released documents show the United States approved Indonesia's 1975 invasion of East Timor; "
                "Kissinger rejects criticism: diplomacy (historical acts reported as news)"),
    (88, False, "a coroner and the Grand Prix; the British-led force's deployment (the force of gold-eighteenth's "
                "line 82, a later stage); captured fighters and the Tora Bora search (the hunt of "
                "gold-sixteenth's line 133)"),
    (283, False, "the Davis Cup; the Palestinian Authority's crackdown after the Haifa and Jerusalem bombings: the "
                 "crackdown and arrests of gold-sixteenth's line 267 (and gold-seventeenth's line 277)"),
    (253, False, "a computer virus warning: not political"),
    (119, False, "a verbatim duplicate of line 115, taken by gold-eighteenth"),
    (143, True, "Kashmiri militant groups deny the attack on the Indian Parliament and accuse Indian intelligence: "
                "conflict and security (India-Kashmir 1)"),
    (33, False, "bushfires; three teenagers arrested over small fires: not political (no public figure)"),
    (81, True, "a Palestinian killed as Israeli forces move back into Nablus; Arafat's police try to arrest a "
               "Hamas leader; a joint security meeting: conflict (Israeli-Palestinian 1 in this gold; Arafat's "
               "call of gold-sixteenth's line 131 is background here, the events are new)"),
    (114, False, "Cabinet endorses the anti-terrorism measures (the ASIO detention bill of gold-sixteenth's line "
                 "102 and gold-seventeenth's line 106); the Tora Bora search (gold-sixteenth's line 133)"),
    (228, False, "Ruddock says the Pacific Solution works: one policy statement, no second event"),
    (151, True, "construction workers demonstrate outside the building-industry Royal Commission; Labor's "
                "executive to ask Hawke and Wran to guide its renewal: protest and domestic politics"),
    (11, False, "a fireworks fire in Lima, national mourning and an inquiry: a disaster, not political"),
]

# Positions 1-9 of the Reuters draw and 1-6 of the BBC draw (the rest was not walked: twelve reached).
WALK_REUTERS = [
    ("reuters-5574", True, "the United States and Turkey sign a defence and economic aid agreement: aid and "
                           "diplomacy"),
    ("reuters-11330", False, "sugarbeet plantings: not political"),
    ("reuters-12798", False, "South Korean shares fall on government measures: markets"),
    ("reuters-628", False, "the US delegation to leave coffee-quota talks: commodity market talks"),
    ("reuters-4529", True, "Reagan's talks with Moi, Moi's appeal for investment and against apartheid: "
                           "diplomacy"),
    ("reuters-11672", False, "a Raytheon missile contract: corporate"),
    ("reuters-7230", True, "the UAW to authorise a strike at a GM plant unless a contract dispute is settled: "
                           "labour dispute (as gold-eighteenth's line 291)"),
    ("reuters-6595", False, "Latin American coffee producers to meet: commodity market talks"),
    ("reuters-14635", True, "Brazil's debt crisis becomes a political crisis: criticism of Sarney, calls for "
                            "direct elections, strikes: domestic politics"),
]
WALK_BBC = [
    ("bbc-politics-263", False, "an essay on political squabbles: analysis, no news event"),
    ("bbc-politics-100", True, "a freed Guantanamo detainee plans to sue the government; the Home Secretary "
                               "refuses an investigation; the US denies his claims: security and law"),
    ("bbc-politics-375", False, "Brown's budget: an economic policy announcement, no interaction"),
    ("bbc-politics-353", False, "an analysis of Blair's television strategy: no news event"),
    ("bbc-politics-398", True, "the Liberal Democrats launch their local election campaign; the Tories and "
                               "Labour attack their tax pledge: domestic politics"),
    ("bbc-politics-315", True, "the Child Support Agency chief said to have resigned is still in post; MPs' "
                               "criticism: domestic politics"),
]




def dev_gold_records():
    """Corpus ids the shared dev gold names (its Reuters text is a world_politics file, already excluded by
    gold_selection; any other record id would be added here)."""
    if not os.path.exists(DEV_GOLD):
        return set()
    return {a["file"].split("#")[1] for a in json.load(open(DEV_GOLD))["articles"] if "#" in a["file"]}


def print_walk(order, walk, label):
    reasons = {n: ("TAKEN" if taken else "skipped") + ": " + why for n, taken, why in walk}
    assert [n for n, _, _ in walk] == order[:len(walk)], label + ": the draw moved"
    for i, n in enumerate(order[:len(walk)], 1):
        print(label, i, n, "   ", reasons[n])


def walk_lee():
    stories = lee_stories(sys.argv)
    order = select16.candidates(stories)
    assert order[:FIRST_POSITION - 1] == EARLIER, "the earlier golds' walks moved"
    assert [n for n, _, _ in WALK_LEE] == order[FIRST_POSITION - 1:], "the Lee list's end moved"
    for i, (n, taken, why) in enumerate(WALK_LEE, FIRST_POSITION):
        print("lee", i, n, len(stories[n].split()), stories[n][:80])
        print("   ", ("TAKEN" if taken else "skipped") + ": " + why)


AUDITED_THEN = 2033


def walk_draw():
    os.chdir(os.path.dirname(EVAL))   # used_records globs eval/gold*/articles.json from the repository root
    # audited_ids.json held 2,033 ids when this draw was made; later audits' ids would reshuffle the lists
    excluded = (used_records(own_folder="eval/gold-nineteenth/") | audited_records(first=AUDITED_THEN)
                | dev_gold_records())
    reu, bbc = political_draw(SEED, excluded, wide=True)
    print(len(reu), "reuters candidates,", len(bbc), "bbc candidates,", len(excluded), "excluded", file=sys.stderr)
    print_walk(reu, WALK_REUTERS, "reuters")
    print_walk(bbc, WALK_BBC, "bbc")


if __name__ == "__main__":
    walk_lee()
    walk_draw()
    taken = [n for walk in (WALK_LEE, WALK_REUTERS, WALK_BBC) for n, t, _ in walk if t]
    print(len(taken), "taken:", taken, file=sys.stderr)
