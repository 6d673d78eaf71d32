"""Candidate walk for the twenty-seventh article gold (written blind): gold-twentieth's Reuters looser-filter list
(141 items, seed 20261217), walked on from position 87, where gold-twenty-fifth stopped. Usage (from the repository
root): python3 eval/gold-twenty-seventh/select_stories.py [N]

No new seed: gold-twenty-fifth's script (and through it gold-twenty-fourth's, gold-twenty-first's and
gold-twentieth's functions and exclusions) is imported, and the list is rebuilt as gold-twenty-fifth rebuilds it
(gold-twentieth's exclusions as they stood when it was drawn). Positions 1-86 must equal gold-twentieth's,
gold-twenty-first's, gold-twenty-fourth's and gold-twenty-fifth's walks ("the list moved" otherwise). The
stories taken here must be outside every record a gold holds now (gold-twenty-eighth, written at the same time from
another pool, included), the shared dev gold, used_records() and audited_records() (gold_selection.held_now,
checked by print_walk).
Rules as the earlier golds: political news (the story reports acts of political actors), at least two events, not
the same news story as one an earlier gold took or one already taken (checked by searching the corpus texts of
every record the golds name, `file` fields only, for the candidates' names and places), at most three stories on
one conflict, at most one analysis/opinion piece; labour disputes with employers, appointments, economic policy,
corporate news and election results skipped as before; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select25 = gold_script("select25", "gold-twenty-fifth", "select_stories.py")
select24 = select25.select24
select21 = select24.select21
select20 = select21.select20
OWN = "eval/gold-twenty-seventh/"
START = 87                 # gold-twentieth walked 1-12, gold-twenty-first 13-37, -fourth 38-56, -fifth 57-86

WALK = [
    ("reuters-20909", True, "Iran's foreign minister, on an official visit to Cuba, briefs Cuban officials on "
                            "the Gulf; a possible Non-Aligned mediation; the US attack on an oil rig that Tehran "
                            "vowed to avenge (background): diplomacy (Gulf 1)"),
    ("reuters-18522", True, "Iran withdraws all but one diplomat from London after Britain withdrew four of its "
                            "six from Tehran; the arrest and abduction that began the row: a diplomatic row "
                            "between states (Iran-Britain)"),
    ("reuters-9776", False, "Libyans appear to be leaving Chad: the news and text of gold-twenty-fifth's 9695"),
    ("reuters-243", False, "Iran claims a victory near Basra overnight: the battle of the same night that a "
                           "gold-twenty-fourth's 245 reports from Iraq's side (the same news story)"),
    ("reuters-8062", True, "Bolivian police fire tear gas at unemployed miners blocking the West German "
                           "president's motorcade: repression and protest (another story than gold-twenty-first's "
                           "8499, the employed miners' strike talks)"),
    ("reuters-4739", False, "New Zealand harbour workers will strike over wage talks: a labour dispute with "
                            "employers, a plan (as gold-twenty-fifth skipped 4778)"),
    ("reuters-13548", True, "Italy's Christian Democrats declare the Craxi government finished and decide to "
                            "withdraw their 16 ministers; the president had rejected its resignation: domestic "
                            "politics (Italy; 13671, the same decision's news, is an audited record, no gold's)"),
    ("reuters-20092", False, "Iran's premier reiterates the vow to retaliate for the US raid on oil platforms: "
                             "the news of gold-tenth's 20333 (Iran's leaders, the premier named, vowing retaliation "
                             "for the same raid)"),
    ("reuters-10182", False, "a utility's executives retire: corporate"),
    ("reuters-19225", False, "letter carriers reject Canada Post's offer; the strike spreads: a labour dispute "
                             "over a contract (as the earlier golds' strikes against employers)"),
    ("reuters-20501", False, "Peru's Economy Ministry starts court proceedings to expropriate five banks: "
                             "economic policy (the bank nationalisation; last week's police action background)"),
    ("reuters-18426", False, "the Panama Canal is unaffected by protests: a spokesman's assurance, no act"),
    ("reuters-17615", False, "no decision yet on renaming Volcker: an appointment not made, no act"),
    ("reuters-14976", False, "Italy's Christian Democrat ministers hand in their resignation: the next day's "
                             "step of the crisis taken at 13548 (the withdrawal it announced), one story on it"),
    ("reuters-18097", False, "the Dutch finance minister welcomes Greenspan's nomination: a comment on an "
                             "appointment (no PLOVER interaction, as gold-twenty-fourth's Greenspan story)"),
    ("reuters-20656", False, "Reagan cancels a reception to follow the stock market: no act between actors"),
    ("reuters-360", False, "American Motors breaks off talks with its union: corporate labour talks"),
    ("reuters-18915", False, "a Soviet minister's delegation tours the Winnipeg exchange: a tour, one act"),
    ("reuters-10770", False, "Miyazawa on the dollar's fall: economic"),
    ("reuters-876", False, "EC farm ministers postpone dairy talks: economic (as gold-twenty-fifth skipped "
                           "11544)"),
    ("reuters-12855", False, "Stoltenberg sees no Italian problem at the G-7: a forecast, Italy's February refusal "
                             "background; economic meetings"),
    ("reuters-13084", True, "Portugal's minority government is ousted in a censure vote backed by three "
                            "opposition parties: domestic politics (parliament against the government)"),
    ("reuters-20505", False, "corporate appointments"),
    ("reuters-6021", False, "corporate"),
    ("reuters-3286", False, "Airbus has no comment on McDonnell talks: corporate (its repeat 3379 skipped by "
                            "gold-twenty-fifth)"),
    ("reuters-3325", False, "corporate appointments"),
    ("reuters-3650", True, "Nigeria's military government imposes a curfew on Kaduna state and closes schools "
                           "after religious clashes kill 11; it urges the media to restraint: unrest and "
                           "repression"),
    ("reuters-3830", False, "a shipping firm leases ships: corporate"),
    ("reuters-222", False, "the Alliance wins the Greenwich by-election: an election result, no act between "
                           "actors"),
    ("reuters-8589", False, "Bolivian miners and the government continue strike talks: the news of "
                            "gold-twenty-first's 8499 (the talks that began the same day)"),
    ("reuters-8053", False, "the US arms negotiator has a heart attack: no political act"),
    ("reuters-17403", True, "Iraq says its warplanes hit a large naval target in the Gulf; Lloyds reports a "
                            "Greek carrier hit: conflict (Gulf 2; another raid, five days after "
                            "gold-twenty-fifth's 17117)"),
    ("reuters-1749", False, "corporate appointments"),
    ("reuters-16749", True, "about 2,000 Haitian cane planters march to protest a sugar mill's closure and blame "
                            "the finance minister: protest (a later step than 16093, the closure, an audited "
                            "record)"),
    ("reuters-16192", False, "metalworkers' wage talks begin: labour talks with employers"),
    ("reuters-3572", False, "a Dutch port union will present its case against redundancies to a parliamentary "
                            "committee: a labour dispute with employers, plans (as gold-twenty-fifth's 4778)"),
    ("reuters-17315", False, "a steel firm settles with its union: corporate labour"),
    ("reuters-19652", False, "Nigeria's military may delay the handover to 1992: a plan and internal decisions, no "
                             "act between actors (as gold-twenty-fifth's 11785)"),
    ("reuters-4617", False, "shipping firms settle with striking seamen: the story gold-twenty-fourth (4740) and "
                            "gold-twenty-fifth (4711) skipped"),
    ("reuters-10170", False, "corporate appointments"),
    ("reuters-9900", False, "a German tax-cut bill goes to the cabinet: economic policy"),
    ("reuters-17218", False, "Baker cancels a trip to Australia: one act, no party acted on"),
    ("reuters-19491", True, "Kuwait, whose shipping Iran attacks, says it has the full support of Saudi Arabia "
                            "and its Gulf allies after its foreign minister's visits: diplomacy (Gulf 3)"),
    ("reuters-16902", True, "Mugabe suspends the unity talks between ZANU-PF and PF-ZAPU: domestic politics "
                            "(Zimbabwe)"),
    ("reuters-2422", False, "corporate appointments"),
    ("reuters-869", True, "Robert Gates withdraws as Reagan's CIA nominee in the face of Senate opposition; Reagan "
                          "accepts it: domestic politics (a later step than gold-heldout's 386, whose text "
                          "says the nomination is in difficulty)"),
    ("reuters-12856", False, "G-7 data coordination to be discussed at the IMF: economic meetings, a plan"),
    ("reuters-737", False, "the auto workers' union wants to revive talks with American Motors: corporate labour"),
    ("reuters-6415", False, "a Spanish union votes against a general strike and for a week of strikes: a union's "
                            "plans over wages, no act on a party yet"),
    ("reuters-17073", False, "a Japanese dock strike continues: a labour dispute with employers"),
    ("reuters-10903", False, "a British minister sees enough EC states against the oils tax: a forecast on a "
                             "proposal (economic)"),
    ("reuters-892", True, "Egypt lets five fugitive Libyan soldiers who landed a military plane stay and flies "
                          "them to Cairo, apparently granting asylum: asylum between states (Egypt-Libya)"),
]


def reuters_list():
    """gold-twentieth's Reuters list, rebuilt with its exclusions as they stood when it was drawn (as
    gold-twenty-fifth's main() rebuilds it), and the records by id."""
    order = select21.reuters_list(select21.later_records())
    return order, read_records(order)


def read_records(ids):
    """The Reuters records of ``ids`` (id -> record)."""
    import gzip
    import json

    want, out = set(ids), {}
    for line in gzip.open(f"{select20.SHARED}/corpus/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in want:
            out[r["id"]] = r
    return out


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = reuters_list()
    assert [n for n, _, _ in select20.WALK_REUTERS] == order[:12], "the list moved"
    assert [n for n, _, _ in select21.WALK_REUTERS] == order[12:37], "the list moved"
    assert [n for n, _, _ in select24.WALK_REUTERS] == order[37:56], "the list moved"
    assert [n for n, _, _ in select25.WALK_REUTERS] == order[56:START - 1], "the list moved"
    print(len(order), "reuters (gold-twentieth's list), from position", START, "on", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
