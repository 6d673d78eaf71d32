"""Candidate walk for the thirty-sixth article gold (written blind). Usage (from the repository root):
python3 eval/gold-thirty-sixth/select_stories.py [N]

The Reuters politics lists of the earlier golds are used up (gold-twentieth's list of records with at least 3 hits
of gold_selection.POL, and gold-twenty-ninth's list with EXACTLY 2 hits, walked to its end by gold-thirty-first).
This gold opens a NEW list, disjoint from both by its filter: Reuters-21578 records of 80-1,200 words with EXACTLY 1
hit of gold_selection.POL and 0 hits of gold_selection.ECON (both imported), with the same kind of exclusions
(every record named by a gold written before this one or by the shared dev gold, used_records(),
audited_records()); sorted by id, shuffled with random.Random(20261130), walked from position 1. Its size is
printed (163 candidates).
The stories taken here must be outside every record a gold holds now (gold-thirty-fourth and gold-thirty-fifth,
written at the same time from another pool, included), the shared dev gold, used_records() and audited_records()
(gold_selection.held_now, checked by print_walk).
Rules as the earlier golds: political news (the story reports acts of political actors), at least two events, not
the same news story as one an earlier gold took or one already taken (checked by searching the corpus texts of
every held record for the candidates' names and places), at most three stories on one conflict, at most one
analysis/opinion piece; labour disputes with employers, appointments and resignations, economic policy and
economic meetings, commodity meetings, corporate news, regulation, legislation in drafting, ordinary crime of
private persons, accidents, natural disasters and forecasts skipped as before; 12 stories wanted, at least 8.
With one keyword hit most of the list is not political news. WALK gives each walked position's reason."""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import DEV_GOLD, ECON, POL, SHARED, audited_records, held_now, named_files  # noqa: E402
from gold_selection import positions_asked, print_walk, used_records  # noqa: E402

OWN = "eval/gold-thirty-sixth/"
SEED = 20261130            # as gold-twenty-ninth's list; the filters keep the two lists disjoint

WALK = [
    ("reuters-1774", False, "Reagan accepts the White House counsel's resignation and names a successor: "
                            "appointments and resignations"),
    ("reuters-4046", True, "the Soviet Union carries out a nuclear test, Tass reports; Moscow blamed the end of "
                           "its moratorium on the US refusal to join a test ban: the arms race (a weapons test, "
                           "as gold-thirty-first's 10626)"),
    ("reuters-12129", False, "France names advisers for a bank privatisation: economic policy"),
    ("reuters-13200", False, "Petrobras finds oil in the Amazon: corporate"),
    ("reuters-7486", False, "GM parts workers vote on a contract: labour"),
    ("reuters-5259", False, "an airline route licence: corporate"),
    ("reuters-4180", False, "a firm's order from China: corporate"),
    ("reuters-19208", False, "Greyhound buys Trailways routes: corporate"),
    ("reuters-9407", False, "a court orders Caterpillar workers to end a sit-in: a labour dispute with an "
                            "employer"),
    ("reuters-1406", False, "a Senate committee to take up a farm bill: legislation in drafting"),
    ("reuters-5275", False, "a factory explosion in Harbin: an accident"),
    ("reuters-990", False, "earthquakes in New Zealand: a natural disaster"),
    ("reuters-4718", False, "Japan clarifies fund management rules: economic regulation"),
    ("reuters-11456", False, "Speaker Wright expects the House to override Reagan's highway veto: a forecast "
                             "(the veto is gold-thirtieth's 7758, Byrd's censure gold-thirty-first's 11383)"),
    ("reuters-15432", False, "Miyazawa on the yen: economic policy"),
    ("reuters-12794", True, "the Soviet Union stages an underground nuclear test at Semipalatinsk, its third since "
                            "ending its moratorium; the US and Soviet tests and blame since 1985: the arms race "
                            "(another test and day than 4046, taken)"),
    ("reuters-9716", False, "the Supreme Court upholds an employer's affirmative action programme in a case "
                            "between private parties; the defeat for the administration's policy is the reporter's "
                            "reading: no act between political actors"),
    ("reuters-10620", True, "a Turkish research ship escorted by warships and planes sails for the Aegean; Ozal "
                            "says it will not enter international waters unless Greece does: the Aegean dispute 1 "
                            "(the ship's sailing; the held 10621 is Papandreou's reaction, 10627 Turkey's "
                            "assurance statement, 10395 and 10452 the day before)"),
    ("reuters-794", False, "the Gates nomination withdrawn: the news of gold-twenty-seventh's 869"),
    ("reuters-15955", False, "a brokerage defends drug testing: corporate"),
    ("reuters-15806", False, "the rig count: market statistics"),
    ("reuters-1337", False, "Congress passes an appliance standards bill: economic legislation"),
    ("reuters-4124", False, "the text of 4046, taken"),
    ("reuters-197", False, "relief for oats growers expected: farm policy, a forecast"),
    ("reuters-21210", False, "a board contest: corporate"),
    ("reuters-11157", False, "a court upholds a race contract: corporate"),
    ("reuters-5488", False, "a newspaper group's plans: corporate"),
    ("reuters-21153", False, "NBC strike: a labour dispute with an employer"),
    ("reuters-11296", False, "firms team up for Navy work: corporate"),
    ("reuters-17514", False, "a drug development pact: corporate"),
    ("reuters-1392", False, "Baldrige says the Fujitsu takeover should be reviewed: investment policy, a "
                            "review to come (the held 4158 is his later opposition)"),
    ("reuters-18064", False, "Dole on Greenspan: an appointment"),
    ("reuters-2425", False, "a farm bill markup delayed: legislation in drafting"),
    ("reuters-17286", False, "Caterpillar strikers end their occupation: a labour dispute with an employer"),
    ("reuters-13667", False, "the dollar in Paris: market"),
    ("reuters-9838", False, "a banker on Belgian banks: economic"),
    ("reuters-3587", False, "a merger approved: corporate"),
    ("reuters-5154", True, "Iran has deployed large anti-ship missiles near the Strait of Hormuz, the New York "
                           "Times says; Washington warned Tehran not to use them (CBS): the Gulf 1 (another news "
                           "story than the held 8109, 8675 and 8749 of March 22-24)"),
    ("reuters-5867", False, "a superchip's production: corporate"),
    ("reuters-13541", False, "an earthquake in Japan: a natural disaster"),
    ("reuters-2387", False, "Foley urges caution on a farm credit rescue: economic legislation in drafting"),
    ("reuters-4694", False, "France expects to sign the Disneyland contract: a state contract with a firm, a "
                            "forecast"),
    ("reuters-2955", False, "the Zeebrugge ferry disaster: an accident"),
    ("reuters-12513", False, "a superconducting wire: corporate"),
    ("reuters-10421", False, "Byrd says Reagan may win the highway veto fight: a forecast"),
    ("reuters-19269", False, "US inspectors refuse parts of two Australian beef cargoes: food-safety inspection "
                             "of imports (trade regulation)"),
    ("reuters-2356", False, "drug rights: corporate"),
    ("reuters-2676", False, "a licence: corporate"),
    ("reuters-7510", False, "a new chief of the International Sugar Organization: an appointment"),
    ("reuters-2854", False, "a seminar: corporate"),
    ("reuters-13003", False, "a mine shut after a fire: corporate, an accident"),
    ("reuters-18892", False, "housing construction: corporate"),
    ("reuters-14406", False, "a power station engineer replaced: corporate"),
    ("reuters-19852", False, "the EPA proposes to disapprove clean-air plans and ban construction in 14 areas: "
                             "environmental regulation, proposals"),
    ("reuters-15880", False, "a bank restructures: corporate"),
    ("reuters-8688", True, "Iran test-fires a Silkworm missile off Bandar Abbas and sets up launching sites "
                           "around the Strait of Hormuz, a British naval source says: the Gulf 2 (another news "
                           "story than the held 8109, Iran's denial of March 22, and 9348, Mousavi of March 25)"),
    ("reuters-18682", False, "a merger procedure: corporate"),
    ("reuters-15483", False, "the text of 15432: economic policy"),
    ("reuters-10666", False, "Yao says a leadership reshuffle will come at the party congress; Li on the Soviet "
                             "economy; Taiwan policy restated: personnel and a forecast, policy restated"),
    ("reuters-16059", False, "a firm on an employee's insider-trading indictment: ordinary crime of a private "
                             "person, corporate"),
    ("reuters-11836", False, "coconut product quality: economic policy"),
    ("reuters-4368", False, "a firm's marketing: corporate"),
    ("reuters-9906", False, "the Seaway's opening: transport"),
    ("reuters-6517", False, "a marketing pact: corporate"),
    ("reuters-17959", False, "an anti-AIDS agent: science"),
    ("reuters-16089", False, "a judge keeps a JAL crash suit in the US: civil litigation over an accident"),
    ("reuters-9561", False, "a firm sells a South African unit: corporate"),
    ("reuters-7335", False, "an immune system formula: corporate"),
    ("reuters-10189", False, "a NASA rocket fails: an accident"),
    ("reuters-21438", False, "a computer plan: corporate"),
    ("reuters-507", False, "a pipeline subsidiary: corporate"),
    ("reuters-3706", False, "a patent: corporate"),
    ("reuters-17444", False, "a report urges the EC Commission to act on airfares: economic policy advocacy"),
    ("reuters-269", False, "an earthquake in New Zealand: a natural disaster"),
    ("reuters-20774", False, "a US-escorted convoy runs down the Gulf after the US raids, Washington warns Iran "
                             "again: the news of the held 20464 (the same warning and the same convoy of Ocean "
                             "City and Gas King)"),
    ("reuters-3548", False, "a delisting: corporate"),
    ("reuters-15286", False, "Airbus signs an engine accord: corporate"),
    ("reuters-16254", True, "the prime ministers of China and Portugal sign the agreement returning Macao to "
                            "China in 1999: diplomacy (the formal signing of April 13; the held 8242 is the "
                            "agreement reached in talks on March 23, 7667 and 9670 statements before it)"),
    ("reuters-3170", False, "a bid for a federal contract: corporate"),
    ("reuters-15236", False, "filing deadlines: securities regulation"),
    ("reuters-13851", False, "wheat futures: market"),
    ("reuters-13450", False, "Dassault suspends Mirage deliveries to Egypt over payment delays: a firm's "
                             "commercial dispute, anonymous sources"),
    ("reuters-15650", False, "Iran opens a new offensive north of Baghdad: the news (and title) of the held "
                             "15658"),
    ("reuters-16875", False, "a buyout bid: corporate"),
    ("reuters-11917", False, "Byrd sees a close highway override vote: a forecast"),
    ("reuters-14957", False, "tug crews lift a ban on foreign ships: a labour dispute"),
    ("reuters-10301", False, "the US approves a supercomputer sale to India: the news of the held 10501"),
    ("reuters-4582", False, "Chrysler keeps AMC plans: corporate"),
    ("reuters-15146", False, "Investment Canada allows a takeover: investment regulation"),
    ("reuters-10149", False, "a parts pact: corporate"),
    ("reuters-2923", False, "a UN centre's report on gas contracts: guidelines, no act between actors"),
    ("reuters-16491", True, "Turkey will formally apply to join the EC tomorrow; EC officials on the obstacles, "
                            "members tried to dissuade it: this gold's one analysis piece (the held 9831 is "
                            "Turkey setting a date, March 26)"),
    ("reuters-18132", False, "Stoltenberg praises Volcker: an appointment"),
    ("reuters-10269", False, "NTT may buy a Cray supercomputer: corporate"),
    ("reuters-18244", False, "a congressman on insider-trading enforcement at a hearing: securities regulation, "
                             "a private person's crime"),
    ("reuters-7122", False, "a firm drops units: corporate"),
    ("reuters-17415", False, "offshore drilling: an industry forecast"),
    ("reuters-15301", True, "Reagan agrees to let the House and Senate Iran-contra committees review his diary "
                            "notes: the executive and the legislature's investigation (Iran-contra; no held story "
                            "on the notes)"),
    ("reuters-1231", False, "GM closes a plant: corporate"),
    ("reuters-20878", False, "Venezuela backs Ecuador's OPEC quota bid: a commodity meeting"),
    ("reuters-19473", False, "a sale ended: corporate"),
    ("reuters-1333", False, "the Writers Guild to meet networks: a labour dispute with employers"),
    ("reuters-2958", False, "the ferry disaster: an accident"),
    ("reuters-14839", False, "tug crews' ban on foreign ships: a labour dispute"),
    ("reuters-1516", False, "the EC Commission warns of bankruptcy: the EC's budget, economic"),
    ("reuters-21020", True, "Egypt agrees to build housing estates and roads in Uganda on an Egyptian government "
                            "credit repaid partly in barter: aid between states"),
    ("reuters-11219", False, "a note programme: corporate finance"),
    ("reuters-2299", False, "a state firm's venture talks: corporate"),
    ("reuters-7930", False, "a court order and an airline merger: corporate, labour"),
    ("reuters-17001", False, "coffee auctions: commodities"),
    ("reuters-11081", False, "a spinoff unlikely: corporate"),
    ("reuters-5466", False, "a patent: corporate"),
    ("reuters-19232", False, "a transistor method: corporate"),
    ("reuters-15193", False, "fund dividends: corporate"),
    ("reuters-6911", False, "a firm not an investigation target: corporate"),
    ("reuters-16131", False, "the Macao signing: the news of 16254, taken (a longer text)"),
    ("reuters-18135", False, "a bank merger approved: corporate"),
    ("reuters-4970", False, "bids sought: corporate"),
    ("reuters-11246", False, "the text of 11219: corporate finance"),
    ("reuters-15073", False, "the JAL crash report: an accident"),
    ("reuters-821", False, "the US and the Virgin Islands sign a tax information treaty: tax administration "
                           "with a US territory (economic)"),
    ("reuters-3750", False, "fund dividends: corporate"),
    ("reuters-17495", False, "a drug approval hoped: corporate"),
    ("reuters-13622", False, "the earthquake of 13541: a natural disaster"),
    ("reuters-4577", False, "meatpackers respond to an offer: a labour dispute with an employer"),
    ("reuters-8686", False, "attaches see no proof of worse Chernobyl grain damage: no act between actors"),
    ("reuters-6087", False, "a PCB cleanup pledge: corporate"),
    ("reuters-16504", False, "the text of 16491, taken"),
    ("reuters-2036", False, "a drug treatment: science"),
    ("reuters-3635", False, "snow and floods in Turkey: weather"),
    ("reuters-9227", False, "drought in Thailand: a natural disaster"),
    ("reuters-19488", False, "Qatar's new telecommunications corporation takes over Cable and Wireless's "
                             "franchise with the firm's agreement: a state's commercial arrangement with a firm"),
    ("reuters-8379", True, "kidnappers of four professors say the US hostage Alann Steen is ill and offer to free "
                           "him for 100 detainees in Israel: hostage-taking in Lebanon"),
    ("reuters-20087", False, "Stoltenberg declines comment on currency zones: economic policy, a no-comment"),
    ("reuters-10875", False, "a trade-secret suit between firms: corporate"),
    ("reuters-17744", False, "a bottling strike: a labour dispute with an employer"),
    ("reuters-5578", False, "a firm integrates a unit: corporate"),
    ("reuters-1920", False, "directors reject a merger: corporate"),
    ("reuters-5149", False, "Pechiney's joint-venture protocols with the Soviet Union: corporate (a state firm's "
                            "business)"),
    ("reuters-18107", False, "Lawson on Volcker: an appointment"),
    ("reuters-10559", False, "a futures exchange merger: corporate"),
    ("reuters-12618", False, "Lyng defends meat inspection against press criticism: regulation, a defence of "
                             "own policy"),
    ("reuters-5322", False, "a union gets an order against TWA: a labour dispute with an employer"),
    ("reuters-18255", False, "cogeneration sponsors: corporate"),
    ("reuters-959", False, "works councils and Daimler output: a labour dispute with an employer"),
    ("reuters-16542", True, "Iran says it achieved its objectives in the Basra offensive; Iraq says it routed "
                            "the Iranians; an Iranian commander says they are entrenched east of Basra: the Gulf "
                            "war 3 (a later day's news than the held 14538, 14571 and 14939 of April 7-8 on the "
                            "same offensive, and 15658)"),
    ("reuters-2184", False, "a corporate appointment"),
    ("reuters-8638", False, "drought in Thailand: a natural disaster"),
    ("reuters-11468", False, "a merger schedule: corporate"),
    ("reuters-10750", False, "a refinery reopens: corporate"),
    ("reuters-7111", False, "a unit sold: corporate"),
    ("reuters-2681", False, "the Mississippi opens: transport"),
    ("reuters-5395", False, "a turbine contract: corporate"),
    ("reuters-43", False, "Shultz says he will not resign over the Tower report: a position on his own post "
                          "(resignations), the report's criticism the news of the held 28"),
    ("reuters-10193", False, "laser chip testing: corporate"),
    ("reuters-4651", False, "the text of 4718: economic regulation"),
    ("reuters-2523", False, "class actions against a firm: corporate"),
    ("reuters-10066", False, "merger talks end: corporate"),
    ("reuters-11075", False, "the rig count: market statistics"),
    ("reuters-10641", True, "Turkey pulls its warships back from close escort of its survey ship as the threat "
                            "of conflict with Greece abates: the Aegean dispute 2 (the escort's withdrawal of "
                            "March 29; the held 10627 is Turkey's statement that Athens assured it, the day "
                            "before)"),
]


def new_list():
    """Reuters ids of 80-1,200 words with exactly 1 POL hit and no ECON hit, outside the exclusions of a gold drawn
    now (golds written after this one left out, so that it re-runs the same), sorted by number and shuffled with
    SEED; and the records by id."""
    excluded = used_records(own_folder=OWN) | audited_records() | named_files(OWN, DEV_GOLD)
    out, records = [], {}
    for line in gzip.open(f"{SHARED}/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or not 80 <= len(r["text"].split()) <= 1200:
            continue
        if len(POL.findall(r["text"])) == 1 and not ECON.findall(r["text"]):
            out.append(r["id"])
            records[r["id"]] = r
    out.sort(key=lambda i: int(i.rsplit("-", 1)[1]))
    random.Random(SEED).shuffle(out)
    return out, records


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = new_list()
    print(len(order), "reuters in the new list (exactly 1 POL hit, no ECON hit), from position 1", file=sys.stderr)
    print_walk(order, records, WALK, 1, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
