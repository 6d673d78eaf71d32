"""Candidate walk for the twenty-ninth article gold (written blind). Usage (from the repository root):
python3 eval/gold-twenty-ninth/select_stories.py [N]

(a) gold-twentieth's Reuters looser-filter list (80-1,200 words, >= 3 POL hits, more POL than ECON hits; 141
items, seed 20261217), rebuilt through gold-twenty-seventh's script (and through it the earlier walks' functions
and exclusions), positions 1-138 asserted to be the earlier walks, walked on over its last positions 139-141.
(b) then a NEW Reuters list, disjoint from (a) and from gold-twenty-second's business list by its filter:
Reuters-21578 records of 80-1,200 words with EXACTLY 2 hits of gold_selection.POL and more POL than ECON hits (so
fewer than 3 POL hits: not in (a); more POL than ECON: not in gold-twenty-second's, which needs ECON >= POL),
gold_selection's POL and ECON imported, with gold-twentieth's kind of exclusions (every record named by a gold
written before this one or by the shared dev gold, used_records(), audited_records()); sorted by id, shuffled with
random.Random(20261130), walked from position 1. Its size is printed.
The stories taken here must be outside every record a gold holds now (gold-thirtieth, written at the same time from
another pool, included), the shared dev gold, used_records() and audited_records() (gold_selection.held_now,
checked by print_walk).
Rules as the earlier golds: political news (the story reports acts of political actors), at least two events, not
the same news story as one an earlier gold took or one already taken (checked by searching the corpus texts of
every held record for the candidates' names and places), at most three stories on one conflict, at most one
analysis/opinion piece; labour disputes with employers, appointments, economic policy, corporate news, forecasts
and election results skipped as before; 12 stories. WALK_* give each walked position's reason."""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import ECON, POL, audited_records, held_now, named_files, positions_asked, print_walk  # noqa: E402
from gold_selection import used_records  # noqa: E402

select27 = gold_script("select27", "gold-twenty-seventh", "select_stories.py")
select20 = select27.select20
OWN = "eval/gold-twenty-ninth/"
SEED = 20261130            # the new list's shuffle (as gold-twenty-second's, whose filter is disjoint from this one)
OLD_START = 139            # gold-twentieth 1-12, -twenty-first 13-37, -fourth 38-56, -fifth 57-86, -seventh 87-138

WALK_OLD = [
    ("reuters-17290", True, "the Soviet Union will present its draft treaty eliminating medium-range missiles in "
                            "Europe to the US team in Geneva today; the US draft of early March background: arms "
                            "control diplomacy (another news story than gold-twentieth's 18000, June's joint "
                            "draft text, and the held 1574, March's US draft)"),
    ("reuters-12970", False, "Finland's government resigns, the president asks it to stay as caretaker: the text "
                             "of gold-twenty-fifth's 12961"),
    ("reuters-3204", False, "the White House restates Reagan's opposition to tax increases and an oil import "
                            "fee: a position on policy, no act on another actor"),
]
WALK_NEW = [
    ("reuters-15486", False, "Miyazawa on the G-7's reaffirmed currency accord: economic policy"),
    ("reuters-8593", False, "Haig announces his presidential bid: a candidacy, no act between actors"),
    ("reuters-4752", True, "a US judge dismisses Oliver North's suit against the special prosecutor's Iran-contra "
                           "investigation: a court acting on an official's suit (Iran-contra 1)"),
    ("reuters-16860", False, "GM's labour chief on competitiveness: corporate labour talk"),
    ("reuters-3279", False, "the White House communications director resigns after a week: a staff resignation "
                            "(personnel, as appointments), one act"),
    ("reuters-20071", False, "Stoltenberg on his meeting with Baker on exchange rates: economic meetings (as "
                             "gold-twenty-seventh skipped 12856)"),
    ("reuters-1413", False, "Reagan nominates Webster to head the CIA: an appointment (Gates's withdrawal is "
                            "gold-twenty-seventh's 869)"),
    ("reuters-504", False, "Union Carbide's growth plans: corporate"),
    ("reuters-8214", False, "New Zealand ports reopen after a watersiders' strike: a labour dispute"),
    ("reuters-18868", False, "Canada Post's new offer to striking letter carriers: a labour dispute (as "
                             "gold-twenty-seventh skipped 19225)"),
    ("reuters-16646", False, "Canada's finance minister declines comment on a takeover's tax effects: no act"),
    ("reuters-11280", False, "German industry's growth forecast: economic"),
    ("reuters-8554", False, "Amstutz sees a farm trade accord possible in 1988: a forecast"),
    ("reuters-5724", False, "the Commerce Department declines comment on a cancelled chip sale; the departments' "
                            "opposition background: a no-comment, corporate"),
    ("reuters-11062", False, "shareholders seek a Royal Dutch meeting over South Africa: corporate governance"),
    ("reuters-14652", False, "Data General's outlook: corporate"),
    ("reuters-941", False, "Woolworth and Underwoods fail to agree a bid: corporate"),
    ("reuters-14845", False, "the Chamber of Mines foresees a May Day stoppage: a labour dispute with employers"),
    ("reuters-11323", False, "Eurotunnel's capital increase: corporate (the tunnel bill background)"),
    ("reuters-2968", False, "experts' doubts on ro-ro ferries after the Zeebrugge sinking: an accident and its "
                            "inquiry, no act between actors"),
    ("reuters-21276", False, "the LDP chooses Takeshita as next prime minister: a party's leadership choice "
                             "(appointments)"),
    ("reuters-18026", False, "Data General's new products: corporate"),
    ("reuters-8500", False, "contenders for the SEC chair: an appointment, speculation"),
    ("reuters-8280", False, "corporate appointment"),
    ("reuters-8418", False, "corporate resignation"),
    ("reuters-262", True, "Egypt will host nine African states' talks on debt and Chad agreed by the OAU; "
                          "Boutros Ghali back from Ethiopia and Djibouti: diplomacy (Africa)"),
    ("reuters-1954", False, "Japan's chamber of commerce urges fiscal spending: economic policy advocacy"),
    ("reuters-12425", False, "Cargill strike talks break off: a labour dispute with an employer"),
    ("reuters-7054", False, "an exchange's leaders plan a trip: business"),
    ("reuters-6028", True, "Baker says Brazil must come up with a new economic plan, a message he gave its "
                           "officials in Washington, and backs the Paris Club rescheduling: debt diplomacy between "
                           "states (a demand and a meeting; another day's news than the held 6896 and 8118)"),
    ("reuters-15333", False, "a bank demands a loan repayment: corporate"),
    ("reuters-8081", False, "France to sign the Disneyland contract: a government contract with a firm, economic"),
    ("reuters-17314", False, "Balladur defends the CGCT award: a comment on a privatisation decision, economic"),
    ("reuters-11199", False, "Spanish airline ground staff strike for wages: a labour dispute with employers"),
    ("reuters-4668", False, "Reagan's counsel says Reagan could not recall approving the arms sale; past refusals "
                            "inside the White House: an interview on past internal acts (its text is also 4726's)"),
    ("reuters-15837", False, "Westland cuts jobs: corporate"),
    ("reuters-11151", False, "a labour board complaint against a meat firm: corporate labour"),
    ("reuters-14754", True, "a Senate study says the administration secretly plans early SDI deployment; two "
                            "senators accuse it of a political ploy: the legislature against the executive "
                            "(domestic politics)"),
    ("reuters-10628", True, "the Observer reports China helping Iran develop missiles, one fired at Basra; Iran's "
                            "conditional threat to use Silkworms: military cooperation and the Gulf war (Iran-Iraq 1)"),
    ("reuters-19979", True, "the Pentagon gives preliminary approval for Egypt to produce the M-1A tank; talks "
                            "between the two countries: military cooperation between states"),
    ("reuters-5656", False, "the State Department dismisses Iran's gains in northern Iraq as insignificant: an "
                            "assessment; the capture, two weeks old, the one act"),
    ("reuters-4676", False, "Japan agrees to widen telecom service licences: economic regulation"),
    ("reuters-13240", False, "Plessey wins a US phone order: corporate"),
    ("reuters-1697", False, "US chip makers form a consortium: corporate"),
    ("reuters-17622", False, "Quebec gold workers end a strike: a labour dispute with an employer"),
    ("reuters-16659", False, "a defence contract: corporate"),
    ("reuters-11392", False, "weather and Yugoslav wheat: crops"),
    ("reuters-2822", False, "Mobil reorganises: corporate"),
    ("reuters-11992", False, "a White House appointment expected: appointments"),
    ("reuters-801", False, "Reagan to address the nation; Gates's withdrawal: the news of gold-twenty-seventh's "
                           "869"),
    ("reuters-2732", False, "a partnership restructuring: corporate"),
    ("reuters-16020", False, "three traders indicted for insider trading: ordinary crime of private persons"),
    ("reuters-11437", False, "Amstutz confident the EC oils tax will fail: a forecast"),
    ("reuters-10716", False, "Sri Lanka's finance minister goes to seek an IMF loan: economic policy, a plan (as "
                             "gold-twenty-eighth skipped 16165)"),
    ("reuters-6126", False, "a paper mill strike: a labour dispute with an employer"),
    ("reuters-11406", False, "a new gasoline grade: business"),
    ("reuters-2795", False, "the Navy grounds A-6 jets after a crash: no act between actors"),
    ("reuters-19355", False, "the SEC supports defining insider trading in law: legislation in drafting (as "
                             "gold-twenty-second skipped 6639)"),
    ("reuters-4013", True, "the House Iran-contra committee votes limited immunity for Albert Hakim in return "
                           "for his testimony: an investigation's act on a private party (Iran-contra 2; the held "
                           "5405 is the committees' immunity for Poindexter, another news story)"),
    ("reuters-13023", False, "merger talks end: corporate"),
    ("reuters-12756", False, "US firms bid for Japan's fighter project: a procurement contest, forecasts"),
    ("reuters-12905", False, "Time in cable news talks: corporate"),
    ("reuters-20739", False, "Reagan meets his economic advisers on the market: an internal meeting, economic"),
    ("reuters-4860", False, "support grows for a farm loan market: legislation in drafting, economic"),
    ("reuters-6117", False, "the paper mill strike of 6126"),
    ("reuters-13270", False, "Miyazawa expects the Paris pact reaffirmed: a forecast, economic"),
    ("reuters-6950", True, "Michael Deaver indicted on perjury charges; Reagan wishes him well; Deaver denies: "
                           "law enforcement against a former official"),
]
# Positions 68-98: those taken, and the reasons for those skipped, go on here.
WALK_NEW += [
    ("reuters-4726", False, "the counsel's interview of 4668 (the same text)"),
    ("reuters-9092", False, "a flight attendants' union sues its airline: a labour dispute with an employer"),
    ("reuters-18383", False, "drought and famine in Ghana: no act between actors"),
    ("reuters-13633", False, "a refinery restarts: corporate"),
    ("reuters-12009", False, "speculation on a wheat offer before Shultz's visit: a forecast"),
    ("reuters-14633", False, "a lawmaker endorses a farm credit plan: legislation in drafting, economic"),
    ("reuters-7906", False, "the SEC chairman nominated ambassador: an appointment"),
    ("reuters-7289", False, "Stet and Thomson negotiate: corporate"),
    ("reuters-11342", False, "a military certification of circuits: corporate"),
    ("reuters-7124", False, "Colombia's coffee growers will not attend the Managua meeting: a commodity meeting "
                            "(economic; the federation a private body)"),
    ("reuters-21338", False, "GM Canada's contract offer: a labour dispute with an employer"),
    ("reuters-7890", False, "Spanish coal miners strike against a state firm's lay-offs: a labour dispute with "
                            "an employer"),
    ("reuters-14870", False, "Malaysia shelves a dam project for lack of funds: economic policy"),
    ("reuters-21341", False, "the GM Canada offer of 21338"),
    ("reuters-309", False, "black miners' rally backs the union's threat to seize mines from owners who refuse to "
                           "negotiate: a labour dispute with employers (the NUM wage campaign of the audited 462); "
                           "the cheers for Mandela's release and for the UDF no act of their own"),
    ("reuters-4545", False, "North's suit dismissed: the news (and nearly the text) of 4752, taken"),
    ("reuters-17365", False, "governments in oil drilling: an industry forecast"),
    ("reuters-290", False, "coffee quota talks resume: a commodity meeting, economic"),
    ("reuters-19024", False, "Gandhi's party loses a state election: an election result"),
    ("reuters-4233", False, "Merrill Lynch Canada may buy a broker: corporate"),
    ("reuters-5881", True, "seven black youths killed in KwaMashu township amid clashes between radicals and "
                           "Inkatha supporters, the government reports: political violence (South Africa)"),
    ("reuters-16899", False, "British carmakers' US sales: business"),
    ("reuters-4133", False, "a firm sells US farmland to Japanese buyers: business"),
    ("reuters-17879", False, "forest fires in China: no act between actors"),
    ("reuters-14908", False, "the Chamber of Mines' May Day forecast (the text of 14845): a labour dispute"),
    ("reuters-18984", False, "a candidate for the CFTC chair: an appointment"),
    ("reuters-4655", True, "Du Pont abandons its Lukang plant after a year of residents' environmental protests: "
                           "protest and a foreign firm's concession (Taiwan)"),
    ("reuters-17287", False, "Venezuela's finance minister will seek credits in Japan: economic, a plan"),
    ("reuters-12859", False, "miners' families move into single-sex hostels, talks with the mine owner: a dispute "
                             "with an employer over its hostel rules"),
    ("reuters-19574", False, "Bangladesh shipping employees call off a wage strike: a labour dispute with an "
                             "employer"),
    ("reuters-9348", True, "Iran's prime minister says Iran has better weapons than the Silkworm, warns it will "
                           "take any action to defend the Gulf and accuses Reagan: threat and accusation (Iran-Iraq "
                           "/Gulf 2; another day's news than the held 8109, Iran's assurance on shipping)"),
]


def old_list():
    """gold-twentieth's Reuters list as gold-twenty-seventh rebuilds it, and its records by id."""
    return select27.reuters_list()


def new_list():
    """The new list: Reuters ids of 80-1,200 words with exactly 2 POL hits and more POL than ECON hits, outside the
    exclusions of a gold drawn now (golds written after this one left out, so it re-runs the same), sorted by
    number and shuffled with SEED; and the records by id."""
    excluded = (used_records(own_folder=OWN) | audited_records()
                | named_files(OWN, f"{select20.SHARED}/gold/dev/articles.json"))
    out, records = [], {}
    for line in gzip.open(f"{select20.SHARED}/corpus/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or not 80 <= len(r["text"].split()) <= 1200:
            continue
        pol, econ = len(POL.findall(r["text"])), len(ECON.findall(r["text"]))
        if pol == 2 and pol > econ:
            out.append(r["id"])
            records[r["id"]] = r
    out.sort(key=lambda i: int(i.rsplit("-", 1)[1]))
    random.Random(SEED).shuffle(out)
    return out, records


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = old_list()
    walks = [select20.WALK_REUTERS, select27.select21.WALK_REUTERS, select27.select24.WALK_REUTERS,
             select27.select25.WALK_REUTERS, select27.WALK]
    assert [n for w in walks for n, _, _ in w] == order[:OLD_START - 1], "the list moved"
    assert len(order) == OLD_START + len(WALK_OLD) - 1, "the old list has more positions than walked"
    held = held_now(OWN)
    print(len(order), "reuters (gold-twentieth's list), from position", OLD_START, "on", file=sys.stderr)
    print_walk(order, records, WALK_OLD, OLD_START, held, None)
    new, new_records = new_list()
    print(len(new), "reuters in the new list (exactly 2 POL hits, more POL than ECON), from position 1",
          file=sys.stderr)
    print_walk(new, new_records, WALK_NEW, 1, held, positions_asked(sys.argv))


if __name__ == "__main__":
    main()
