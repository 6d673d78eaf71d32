"""Candidate lists for the twenty-fifth article gold (written blind): gold-twenty-first's two lists, walked on
past gold-twenty-fourth. Usage (from the repository root): python3 eval/gold-twenty-fifth/select_stories.py

No new seed: gold-twenty-fourth's script (and through it gold-twenty-first's and gold-twentieth's functions and
exclusions) is imported, so both lists are the ones the earlier golds walked (asserted: their first positions are
gold-twenty-first's and gold-twenty-fourth's walks). (a) Reuters-21578: gold-twentieth's looser-filter list
(80-1,200 words, >= 3 POL hits, more POL than ECON hits; 141 items), walked from position 57 on (gold-twentieth
walked 1-12, gold-twenty-first 13-37, gold-twenty-fourth 38-56). (b) BBC tech: gold-twenty-first's shuffled list of
57 tech records with >= 3 TECH_POL hits, walked from position 35 on (gold-twenty-first walked 1-13,
gold-twenty-fourth 14-34). Every walked record is also checked against what the project excludes today
(used_records() | audited_records() | every gold's and the dev gold's `file` ids): none may be taken.
Rules as the earlier golds: political news (the story reports acts of political actors), at least two events, not
the same news story as one an earlier gold took or one already taken, at most three stories on one conflict, at
most one analysis/opinion piece; 12 stories, the rest from Reuters when BBC tech runs out. WALK_* give each walked
position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import audited_records, named_files, print_list_walks, used_records  # noqa: E402

select24 = gold_script("select24", "gold-twenty-fourth", "select_stories.py")
select21 = select24.select21
OWN = "eval/gold-twenty-fifth/"
REUTERS_FROM = 57          # gold-twentieth walked 1-12, gold-twenty-first 13-37, gold-twenty-fourth 38-56
BBC_FROM = 35              # gold-twenty-first walked 1-13, gold-twenty-fourth 14-34

WALK_BBC = [
    ("bbc-tech-399", False, "an analyst's column against the EU software-patent directive: opinion, the acts "
                            "background"),
    ("bbc-tech-390", False, "a spammer's firm seeks bankruptcy protection: corporate, the lawsuits private or "
                            "settled background"),
    ("bbc-tech-191", False, "a think-tank report on online communities: proposals, no act"),
    ("bbc-tech-195", False, "a game maker bans 20,000 pirates' accounts: a firm's act on its customers"),
    ("bbc-tech-145", False, "a survey of musicians: no political event"),
    ("bbc-tech-092", False, "Norway's Supreme Court orders a student to pay the music industry: a court deciding "
                            "a private copyright suit (gold-twenty-fourth's rule for private lawsuits)"),
    ("bbc-tech-027", False, "a charity warns of a scam website and asks the police to help close it: a crime "
                            "warning, no act of a political actor"),
    ("bbc-tech-038", False, "the film industry's lawsuits against file-sharing networks: private lawsuits"),
    ("bbc-tech-187", False, "an analyst's column on a department's e-mail failure: opinion, no act"),
    ("bbc-tech-030", True, "a European Parliament committee asks the Commission to re-submit the software-patent "
                           "directive: an EU institution's request (the third story of the patent dispute after "
                           "gold-twenty-first's 048 and 258; 048's news is the Commission's later refusal, which "
                           "names this request only as background)"),
    ("bbc-tech-400", False, "the US cyber security chief resigns: a resignation inside a department (personnel, "
                            "as appointments), one act"),
    ("bbc-tech-262", False, "broadband figures from the FCC: statistics"),
    ("bbc-tech-072", False, "gadgets and the environment: firms' initiatives and standards, no interaction"),
    ("bbc-tech-371", False, "France launches digital terrestrial TV: business"),
    ("bbc-tech-286", False, "an industry panel on peer-to-peer networks: forecasts, convictions background"),
    ("bbc-tech-115", False, "an EU-funded augmented-reality project: no political event"),
    ("bbc-tech-148", False, "a user sues Apple over the iPod: a private lawsuit"),
    ("bbc-tech-014", False, "the European Parliament rejects the software-patent bill: a fourth story on the "
                            "patent dispute (at most three on one dispute)"),
    ("bbc-tech-044", False, "a civil-liberties group joins the journalists' court fight with Apple: a private "
                            "lawsuit (the dispute of gold-twenty-fourth's skipped 355)"),
    ("bbc-tech-101", False, "the Bush campaign site blocks visitors outside the US: a site's policy (as "
                            "gold-twenty-fourth skipped 123), no act on a party"),
    ("bbc-tech-275", False, "Ofcom consults industry on ultra-wideband rules: a regulator's consultation, plans"),
    ("bbc-tech-164", False, "an analyst's column on identity theft: opinion"),
    ("bbc-tech-002", True, "Chinese authorities close 12,575 net cafes; earlier crackdowns and arrests: a state's "
                           "restrictions (repression)"),
]
WALK_REUTERS = [
    ("reuters-4778", False, "Rotterdam grain workers' unofficial strike over talks with employers: a labour "
                            "dispute with firms, no political actor (as gold-twenty-first skipped 5481)"),
    ("reuters-12961", True, "Finland's government resigns after the election; the president asks it to stay as "
                            "caretaker: a resignation and a request (domestic politics)"),
    ("reuters-19819", True, "Yugoslavia and the UAE agree to start efforts to end the Iran-Iraq war after a "
                            "visit: diplomacy (Iran-Iraq 1)"),
    ("reuters-17117", True, "Iraq says its planes hit two ships in the Gulf and shot down an Iranian F-4: "
                            "conflict (Iran-Iraq 2)"),
    ("reuters-871", True, "Deng tells the visiting Shultz China's troubles are over; they discuss the Iran arms "
                          "scandal: a meeting between states"),
    ("reuters-286", False, "a Shultz visit to Moscow is under consideration: a possible visit, a forecast (as "
                           "gold-twenty-first skipped 3011; gold-thirteenth's 3014 has the decision a week "
                           "later), Gorbachev's proposal background"),
    ("reuters-4711", False, "shipping firms settle with striking seamen: the story gold-twenty-fourth skipped "
                            "(4740)"),
    ("reuters-3437", False, "Japanese police arrest two Poles over computer technology: one act (fewer than two "
                            "events)"),
    ("reuters-14905", False, "the French government wins a confidence vote: the news of gold-twentieth's 14825"),
    ("reuters-7233", False, "the administration objects to the special prosecutor law before a subcommittee: one "
                            "statement on a law, no party acted on"),
    ("reuters-9695", True, "Libyan forces appear to be leaving Faya Largeau after defeats by Chad's troops; US "
                           "and French officials' statements: conflict (Chad-Libya; the dev gold's 9209 is the "
                           "earlier Ouadi Doum battle)"),
    ("reuters-16924", True, "Japan is disappointed by Reagan's tariffs and will complain to GATT and seek talks: a "
                            "trade dispute between states (a later step than gold-twenty-fourth's 11357)"),
    ("reuters-4333", False, "Mobil restructures a unit: corporate"),
    ("reuters-10077", False, "Brazil to reshuffle its cabinet: appointments (as gold-twenty-fourth skipped "
                             "17647)"),
    ("reuters-7550", False, "rebels kill 18 soldiers on Mindanao: the news (and text) of gold-twenty-fourth's "
                            "7594"),
    ("reuters-11785", False, "Hawke will not call a snap election: a decision, no act between actors"),
    ("reuters-3379", False, "Airbus has no comment on McDonnell talks: corporate"),
    ("reuters-9221", False, "the toll of the Afghan raids on Pakistan rises: the news of gold-twenty-first's "
                            "8660 (the same raids, the toll of the day after)"),
    ("reuters-17364", False, "General Dynamics named in a government fraud suit: a lawsuit filed in 1985, one "
                             "act (fewer than two events)"),
    ("reuters-11849", False, "an Ontario minister says Ottawa is backing down on banking centres: financial "
                             "policy, economic"),
    ("reuters-9703", True, "Byrd fails to force a Senate vote demanding an accounting of Contra aid and drops "
                           "his effort; the aid becomes available: legislative politics and aid"),
    ("reuters-15343", False, "a steel firm and its union negotiate: corporate labour talks"),
    ("reuters-8412", False, "Italian police arrest a public savings bank's president and managers for "
                            "embezzlement: ordinary crime (earlier golds skipped single arrests of ordinary "
                            "criminals, e.g. a fraud arrest in Japan and a corporate fraud trial)"),
    ("reuters-622", True, "Spanish farmers battle police and occupy government buildings demanding a better EC "
                          "deal; citrus growers dump lemons: protest and unrest"),
    ("reuters-9910", False, "a French stock-market bill: economic policy"),
    ("reuters-7561", False, "Finland may abolish price controls: economic policy"),
    ("reuters-11544", False, "EC farm ministers extend marketing years: economic"),
    ("reuters-5221", False, "Finland votes, polls predict a swing: an election in progress, no act between "
                            "actors"),
    ("reuters-17436", True, "Iran's foreign minister, visiting the UAE, warns Iran will combat superpower "
                            "intervention in the Gulf: a threat and a visit (Iran-Iraq/Gulf 3; gold-heldout's "
                            "8749 is March's warning, another day's news)"),
    ("reuters-10862", True, "Ozal says Turkey's Aegean row with Greece shows the need for talks after his "
                            "ambassador met Papandreou; Papandreou's offer to go to the World Court: diplomacy "
                            "(Greece-Turkey 1; gold-tenth's 10395 and gold-twelfth's 10452 are the crisis of "
                            "three days before)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    reu, tech, _ = select21.lists()  # gold-twenty-first's two lists, drawn as its main() draws them
    select20 = select21.select20
    assert [n for n, _, _ in select21.WALK_REUTERS] == reu[12:37], "reuters: the list moved"
    assert [n for n, _, _ in select24.WALK_REUTERS] == reu[37:REUTERS_FROM - 1], "reuters: the list moved"
    assert [n for n, _, _ in select21.WALK_BBC] == tech[:13], "bbc tech: the list moved"
    assert [n for n, _, _ in select24.WALK_BBC] == tech[13:BBC_FROM - 1], "bbc tech: the list moved"
    # What the project excludes today (this gold's own records left out): no walked record may be in it.
    now = (used_records(own_folder=OWN) | audited_records()
           | named_files(OWN, f"{select20.SHARED}/gold/dev/articles.json"))
    print(len(reu), "reuters (gold-twentieth's list), from position", REUTERS_FROM, "on;", len(tech),
          "bbc tech candidates (gold-twenty-first's list), from position", BBC_FROM, "on", file=sys.stderr)
    print_list_walks([("bbc-tech", tech, WALK_BBC, BBC_FROM), ("reuters", reu, WALK_REUTERS, REUTERS_FROM)], now)


if __name__ == "__main__":
    main()
