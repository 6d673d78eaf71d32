"""Candidate walk for the thirty-first article gold (written blind). Usage (from the repository root):
python3 eval/gold-thirty-first/select_stories.py [N]

The NEW Reuters list that gold-twenty-ninth opened (Reuters-21578 records of 80-1,200 words with EXACTLY 2 hits of
gold_selection.POL and more POL than ECON hits; 176 candidates, shuffled with random.Random(20261130)), rebuilt by
gold-twenty-ninth's own function (imported, so the list is identical), positions 1-98 asserted to be
gold-twenty-ninth's walk, walked on from position 99 to the end of the list (176).
The stories taken here must be outside every record a gold holds now (gold-thirty-second, written at the same time
from another pool, included), the shared dev gold, used_records() and audited_records() (gold_selection.held_now,
checked by print_walk).
Rules as the earlier golds: political news (the story reports acts of political actors), at least two events, not
the same news story as one an earlier gold took or one already taken (checked by searching the corpus texts of
every held record for the candidates' names and places), at most three stories on one conflict, at most one
analysis/opinion piece; labour disputes with employers, appointments and resignations, economic policy and
economic meetings, commodity meetings, corporate news, consumer advocacy, ordinary crime of private persons,
accidents, natural disasters and forecasts skipped as before; 12 stories wanted, at least 8. The list ran out at
position 176 with 8 taken. WALK gives each walked position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select29 = gold_script("select29", "gold-twenty-ninth", "select_stories.py")
OWN = "eval/gold-thirty-first/"
START = 99                 # gold-twenty-ninth walked positions 1-98 of the list

WALK = [
    ("reuters-5007", False, "British Airways to fly non-stop to Tokyo: corporate"),
    ("reuters-7535", True, "Reagan accuses the Soviet Union of going beyond even a liberal reading of the ABM "
                           "treaty, says the US sees no reason yet to follow suit: arms control (another news story "
                           "than gold-twenty-ninth's 14754, the Senate report on early SDI deployment)"),
    ("reuters-9087", False, "a takeover group cancels a hearing: corporate"),
    ("reuters-3796", False, "Dutch MPs say they can do little in the Rotterdam port redundancy dispute and urge the "
                            "union and employers to settle it: a labour dispute with employers (as gold-twenty-ninth "
                            "skipped 7890)"),
    ("reuters-17121", False, "the Farm Credit System's need for federal aid: economic, a forecast"),
    ("reuters-17829", False, "LTV to negotiate with steelworkers: a labour dispute with an employer"),
    ("reuters-9191", False, "Belgian public debt: economic"),
    ("reuters-17262", False, "Nippon Steel names a president: corporate appointment"),
    ("reuters-7684", False, "Gulf Canada on an oil spill: corporate"),
    ("reuters-15484", False, "Todd Shipyards struck: a labour dispute with an employer"),
    ("reuters-11281", False, "South Korea's finance minister to resist revaluation pressure in talks with Baker: "
                             "economic meetings (as gold-twenty-ninth skipped 20071)"),
    ("reuters-15766", True, "four Brazilian state governors demand the finance minister's removal and a new "
                            "ministerial team: domestic politics (the governors' call; the held 6028 and 15818 are "
                            "other news: Baker's call of March, Funaro's answer of April 9, audited only)"),
    ("reuters-1203", False, "a merger offer: corporate"),
    ("reuters-17724", False, "an auto-safety group asks the US to recall school buses: consumer advocacy (as "
                             "gold-twenty-first's skip of a charity urging a regulator)"),
    ("reuters-20893", False, "Lawson welcomes the reaffirmed Louvre accord: economic policy"),
    ("reuters-19756", True, "House Speaker Wright will question Reagan on the plan to protect Kuwaiti tankers; "
                            "Democrats critical, the administration went ahead without consulting Congress: the "
                            "legislature against the executive, the Gulf (Gulf 1; another news story than "
                            "gold-eleventh's 18231 of June 2)"),
    ("reuters-1207", False, "an adviser doubts a coffee quota pact: a commodity meeting, a forecast"),
    ("reuters-4110", False, "avalanches and floods kill nearly 100 in Georgia: a natural disaster"),
    ("reuters-15433", False, "three Brazilian governors seek Funaro's removal: the news of 15766, taken"),
    ("reuters-12123", False, "Textron's contract final: corporate"),
    ("reuters-15694", False, "Balladur on currency target zones: economic policy"),
    ("reuters-21065", False, "a bid for Cannon Group assets: corporate"),
    ("reuters-11107", False, "a steel joint venture: corporate"),
    ("reuters-2452", False, "the Treasury says only Reagan and Baker speak on the dollar: economic policy, no act "
                            "between actors"),
    ("reuters-8082", True, "the French and West German defence ministers agree in principle on a joint combat "
                           "helicopter at talks in Bonn; a joint commission to be formed: military cooperation "
                           "between states"),
    ("reuters-12999", False, "Volkswagen plans a car plant in China: corporate"),
    ("reuters-17313", False, "Stoltenberg reaffirms the Louvre accord: economic policy"),
    ("reuters-10991", False, "a corporate appointment"),
    ("reuters-6598", False, "the White House will review an oil tax break proposal: economic policy, internal"),
    ("reuters-17318", False, "the Zeebrugge ferry inquiry hears the bow doors were open: an accident's inquiry (as "
                             "gold-twenty-ninth skipped 2968)"),
    ("reuters-14063", False, "the dollar in Zurich: market"),
    ("reuters-1700", False, "cogeneration funding: corporate"),
    ("reuters-11130", False, "a firm cuts staff: corporate"),
    ("reuters-1278", False, "corporate appointments"),
    ("reuters-8496", False, "a no-comment on merger talks: corporate"),
    ("reuters-4442", False, "American Cyanamid plant in Dunkirk: corporate"),
    ("reuters-9654", False, "Brazil's coffee institute head will skip an ICO board meeting: a commodity meeting"),
    ("reuters-13060", False, "a corporate plan"),
    ("reuters-17225", False, "Algeria's Sonatrach signs an LNG deal with a US group: a state firm's commercial "
                             "contract, economic (as gold-twenty-ninth skipped 8081)"),
    ("reuters-2073", False, "seven mine managers to face culpable homicide charges over a mine fire: law "
                            "enforcement against private persons over an accident (as gold-twenty-ninth skipped "
                            "16020, private traders indicted)"),
    ("reuters-4469", False, "Perle resigns from the Pentagon: a resignation (personnel); his forecast of an arms "
                            "accord"),
    ("reuters-8281", False, "an ADR listing: corporate"),
    ("reuters-19828", False, "San Francisco and restructuring: business"),
    ("reuters-8084", False, "Indonesia will need new satellites: a minister's plan, no act between actors"),
    ("reuters-20555", False, "McDonnell Douglas pact with a Chinese firm: corporate"),
    ("reuters-10766", False, "Miyazawa expects a dollar rebound: a forecast, economic"),
    ("reuters-18851", False, "Rio dockers strike over wages: a labour dispute with employers"),
    ("reuters-7044", False, "Deaver indicted: the news of gold-twenty-ninth's 6950"),
    ("reuters-2009", False, "CGE to be privatised: economic policy"),
    ("reuters-5954", True, "a Dutch economics ministry director calls the US tone on Airbus ill-advised and the EC "
                           "oils tax a dangerous provocation and calls on both to accommodate: a speech on US-EC "
                           "trade relations (this gold's one analysis/opinion piece)"),
    ("reuters-17759", False, "Andriessen's oils tax may go to the EC summit: economic policy, legislation in "
                             "drafting"),
    ("reuters-10626", True, "Weinberger says the Soviet Union has tested its SS-18, finished deploying the SS-20 "
                            "and keeps growing in military strength: a defence secretary's charges on Soviet "
                            "weapons (arms race; no held record names the SS-18)"),
    ("reuters-11383", True, "Senate leader Byrd says Reagan's highway-bill veto is confrontation, not leadership; "
                            "the House expected to override: the legislature against the executive (another news "
                            "story than gold-thirtieth's 7758, Reagan's plan to veto, told March 20)"),
    ("reuters-6144", False, "Cominco negotiations: a labour dispute with an employer"),
    ("reuters-18865", False, "Rio dockers strike (18851's news): a labour dispute"),
    ("reuters-804", False, "Baker says Reagan will meet the press soon: no act between actors"),
    ("reuters-17424", False, "meat cutters reject an offer: a labour dispute with employers"),
    ("reuters-15789", False, "a corporate appointment"),
    ("reuters-17632", False, "Quebec workers end a strike: a labour dispute with an employer"),
    ("reuters-2195", False, "farmers' union concerned about British Sugar's ownership: corporate, economic"),
    ("reuters-8160", False, "a refinery shut: corporate"),
    ("reuters-11251", False, "Hapag orders a ship from China: corporate"),
    ("reuters-10736", False, "Miyazawa's forecast (10766's news): economic"),
    ("reuters-7572", False, "French farmers' union on the CAP: economic policy advocacy"),
    ("reuters-2980", False, "Aquino swears in four cabinet secretaries: appointments"),
    ("reuters-6414", False, "the Ivorian minister delayed for the cocoa council: a commodity meeting"),
    ("reuters-159", False, "the Army to renegotiate a radio contract: corporate procurement"),
    ("reuters-9155", False, "Madagascar extends Amoco's exploration agreement: a government contract with a firm, "
                            "economic (as gold-twenty-ninth skipped 8081)"),
    ("reuters-5262", False, "a Soviet scientist on Chernobyl pollution; flood evacuations prepared: no act between "
                            "actors"),
    ("reuters-19594", True, "two supertankers attacked by Iranian gunboats anchor off Bahrain; the Stark, hit by "
                            "Iraq last month, leaves: the tanker war (Gulf 2; the named ships are in no held record)"),
    ("reuters-20508", False, "Texaco expects the Texas court to hear its case: a dispute between firms"),
    ("reuters-2842", False, "Perle says Reagan has decided against early SDI deployment and may adopt a looser ABM "
                            "reading: a position on own policy, no act on another actor (as gold-twenty-ninth "
                            "skipped 3204)"),
    ("reuters-8886", False, "a corporate appointment"),
    ("reuters-10938", False, "McDonnell unit pact: corporate"),
    ("reuters-10631", False, "a tentative pact in a GM strike: a labour dispute with an employer"),
    ("reuters-1796", False, "chip makers' consortium and antitrust: corporate"),
    ("reuters-17695", False, "a corporate resignation"),
    ("reuters-4618", False, "North's suit dismissed: the news of gold-twenty-ninth's 4752"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select29.new_list()
    assert [n for n, _, _ in select29.WALK_NEW] == order[:START - 1], "the list moved"
    assert len(order) == START + len(WALK) - 1, "the walk does not reach the list's end"
    held = held_now(OWN)
    print(len(order), "reuters in gold-twenty-ninth's new list, from position", START, "on", file=sys.stderr)
    print_walk(order, records, WALK, START, held, positions_asked(sys.argv))


if __name__ == "__main__":
    main()
