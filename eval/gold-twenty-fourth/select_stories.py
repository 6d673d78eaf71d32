"""Candidate lists for the twenty-fourth article gold (written blind): gold-twenty-first's two lists, walked on.
Usage (from the repository root): python3 eval/gold-twenty-fourth/select_stories.py

No new seed: gold-twenty-first's functions and exclusions are imported, so both lists are the ones it walked
(asserted: their first positions are its walks). (a) Reuters-21578: gold-twentieth's looser-filter list (80-1,200
words, >= 3 POL hits, more POL than ECON hits; 141 items), walked from position 38 on (gold-twentieth walked 1-12,
gold-twenty-first 13-37). (b) BBC tech: gold-twenty-first's shuffled list of 57 tech records with >= 3 TECH_POL
hits, walked from position 14 on. Rules as the earlier golds: political news (the story reports acts of political
actors), at least two events, not the same news story as one an earlier gold took or one already taken, at most
three stories on one conflict, at most one analysis/opinion piece; up to 5 BBC tech stories, Reuters up to 12
stories in all. WALK_* give each walked position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import print_list_walks  # noqa: E402

select21 = gold_script("select21", "gold-twenty-first", "select_stories.py")
REUTERS_FROM = 38          # gold-twentieth walked 1-12, gold-twenty-first 13-37
BBC_FROM = 14              # gold-twenty-first walked 1-13

WALK_BBC = [
    ("bbc-tech-248", False, "Apple sues an unnamed person over product leaks: a private lawsuit, no political actor"),
    ("bbc-tech-273", True, "the state of Texas sues two alleged spammers, who deny wrongdoing; the FTC wins a court "
                           "order against a spam group: a state's and a federal agency's legal action"),
    ("bbc-tech-123", False, "the Bush campaign's website blocks visitors from abroad after an unattributed attack: "
                            "a website's security measure, no act of one actor on another"),
    ("bbc-tech-271", True, "a hacker arrested and indicted after breaking into T-Mobile; the Secret Service "
                           "investigates; on bail: law enforcement (as gold-twenty-first's 120)"),
    ("bbc-tech-151", False, "'blog' as word of the year: no political event"),
    ("bbc-tech-358", False, "an analyst's column on trusted computing: no political actor"),
    ("bbc-tech-096", False, "a California spyware law takes effect: legislation, no actor acting on another (the "
                            "governor's approval the one act)"),
    ("bbc-tech-080", False, "a second delay of the EU software-patent directive: the third step of the dispute "
                            "gold-twenty-first took twice (048, 258), its background restating 258's news; the "
                            "new act is a meeting that did not discuss it"),
    ("bbc-tech-384", False, "China's media market forecasts: business analysis (a regulator's tightened rules "
                            "background from reports)"),
    ("bbc-tech-173", False, "a supercomputer speed record: no political event"),
    ("bbc-tech-281", False, "security firms' review of cyber crime in 2004: no political act but background"),
    ("bbc-tech-355", False, "Apple wins a court ruling making bloggers' providers reveal e-mails: a court "
                            "deciding a private lawsuit (gold-twenty-first's rule for disputes between firms)"),
    ("bbc-tech-132", True, "a brother and sister convicted in the first criminal spam prosecution in Virginia; "
                           "the prosecutors' demands, an acquittal, the lawyer's rejection: a state prosecution"),
    ("bbc-tech-188", False, "a phone-line regulator urges phone firms to warn customers, most of the text readers' "
                            "comments: a consumer-affairs call on firms (as gold-twenty-first skipped 231)"),
    ("bbc-tech-035", True, "Iran jails a blogger for 14 years; Reporters Without Borders criticises the sentence "
                           "and appeals to Khatami; a crackdown on online journalists: a state's repression"),
    ("bbc-tech-251", False, "a deaf people's charity urges the regulator to cut a service's price: a consumer-"
                            "policy request and the regulator's plans"),
    ("bbc-tech-087", False, "a debate on net regulation: opinions, no act"),
    ("bbc-tech-356", False, "a firm's robot: no political event"),
    ("bbc-tech-259", False, "Apple sues three file sharers: a private lawsuit"),
    ("bbc-tech-282", False, "a research lab funded by the Irish government closes: a closure, no act on a party"),
    ("bbc-tech-001", True, "Kyrgyzstan's inking law for elections, paid for by the US government, opposed by a "
                           "petition: election politics and foreign aid (an IFES worker's analysis: the one "
                           "analysis piece)"),
]
WALK_REUTERS = [
    ("reuters-17647", False, "Moi reshuffles Kenya's cabinet: appointments inside a government, no PLOVER "
                             "interaction (as gold-twenty-second skipped 18005, gold-wire's draw skipped 8133, a party reshuffle)"),
    ("reuters-8167", False, "Iraqi warplanes raid Iran's Nowruz oilfield: the news of gold-wire's 8440 (the same "
                            "day's Iraqi report of the raids)"),
    ("reuters-10660", False, "Miyazawa on the dollar's fall: economic"),
    ("reuters-17747", False, "Reagan to press for West German and Japanese growth: economic policy"),
    ("reuters-245", True, "Iraq says it repelled an Iranian attack near Basra; a corps commander replaced: "
                          "conflict (Iran-Iraq 1)"),
    ("reuters-12844", False, "IMF policy coordination: economic"),
    ("reuters-17668", True, "West Germany accepts the double-zero missile plan provided it keeps its Pershing-1a "
                            "missiles: arms control"),
    ("reuters-4738", False, "the Liberals hold Truro: an election result (gold-twenty-first skipped 4721, the same "
                            "story)"),
    ("reuters-18043", True, "South Africa says 1,500 are still detained without trial; many freed: detention "
                            "under emergency rule"),
    ("reuters-19506", False, "the UAE oil minister visits Egypt; Egypt's oil output pledge: OPEC oil policy, "
                             "economic"),
    ("reuters-4740", False, "shipping firms settle with striking seamen: a strike against firms, the government "
                            "only says it will not force a settlement"),
    ("reuters-8452", False, "Ecuador names a new minister: an appointment, no PLOVER interaction (as "
                            "gold-twenty-second skipped 18005); the predecessor's resignation and denial last week "
                            "background"),
    ("reuters-17494", True, "Sri Lankan tea workers strike for citizenship rights; a cabinet committee's promise "
                            "suspended a longer campaign: protest and labour politics"),
    ("reuters-3450", True, "Iran says Iraq lost 3,000 men in its northern offensive: conflict (Iran-Iraq 2; "
                           "gold-fresh's 1938 and gold-twenty-first's 3280 are other days' news of the offensive)"),
    ("reuters-17142", False, "Peru's invitation to silver-marketing talks, central bankers' talks: commodity "
                             "marketing, economic (as gold-twenty-first skipped 754's coffee-quota talks)"),
    ("reuters-20094", False, "EC ministers back a farm-trade reform plan for GATT: trade policy, economic"),
    ("reuters-7594", True, "communist rebels kill 18 soldiers in an ambush on Mindanao: conflict (Philippines 1)"),
    ("reuters-12836", False, "a mining firm offers workers cash to leave: corporate (rebel attacks background)"),
    ("reuters-11357", True, "Senate leaders praise Reagan's retaliation against Japan over a chip accord and urge "
                            "Japan to open its markets: a trade dispute between states (a sanction, a request), "
                            "unlike gold-twenty-first's skipped 17748 (one statement on exchange rates)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    reu, tech, _ = select21.lists()  # gold-twenty-first's two lists, drawn as its main() draws them
    assert [n for n, _, _ in select21.WALK_REUTERS] == reu[12:REUTERS_FROM - 1], "reuters: the list moved"
    assert [n for n, _, _ in select21.WALK_BBC] == tech[:BBC_FROM - 1], "bbc tech: the list moved"
    print(len(reu), "reuters (gold-twentieth's list), from position", REUTERS_FROM, "on;", len(tech),
          "bbc tech candidates (gold-twenty-first's list), from position", BBC_FROM, "on", file=sys.stderr)
    print_list_walks([("bbc-tech", tech, WALK_BBC, BBC_FROM), ("reuters", reu, WALK_REUTERS, REUTERS_FROM)])


if __name__ == "__main__":
    main()
