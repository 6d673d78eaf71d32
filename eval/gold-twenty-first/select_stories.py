"""Seeded candidate lists for the twenty-first article gold (written blind): unread Reuters politics items and BBC
tech stories that report acts of political actors. Usage (from the repository root):
python3 eval/gold-twenty-first/select_stories.py

Excluded everywhere: every record named by any eval/gold*/articles.json or the shared dev gold (file fields only;
this folder's own left out, so the lists re-run the same), the world_politics Reuters ids (used_records) and every
id of eval/audited_ids.json (audited_records: stories read in snapshot audits); the records of golds written at
the same time or later (eval/gold-twenty-*/, this one included) are not excluded, so the lists stay the same.
(a) Reuters-21578: gold-twentieth's list (its functions imported, so the list is the same: 80-1,200 words, at least
    3 POL hits and more POL than ECON hits, shuffled with gold-twentieth's seed), walked from position 13 on
    (positions 1-12 are gold-twentieth's walk).
(b) BBC tech: every tech record left (repeated texts dropped, any length) with at least 3 hits of TECH_POL, a
    pattern of political actors and their acts as tech stories name them (governments, ministers, parliaments,
    regulators, courts, police, the EU and UN, bans, sanctions, censorship, elections); sorted by id and shuffled
    with random.Random(SEED).
They were walked in order with the earlier golds' rules: political news (the story reports acts of political
actors), at least two events, not the same news story as one an earlier gold took or one already taken, at most
three stories on one conflict, at most one analysis/opinion piece; up to 5 BBC tech stories, Reuters up to 12
stories in all. WALK_* give each position's reason."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import (audited_records, bbc_candidates, golds_written_after, print_list_walks,  # noqa: E402
                            records_of, used_records)

SEED = 20261129
OWN = "eval/gold-twenty-first/"
REUTERS_FROM = 13          # gold-twentieth walked positions 1-12 of the same list
select20 = gold_script("select20", "gold-twentieth", "select_stories.py")

# Political actors and acts as technology stories name them: the state side of a tech story.
TECH_POL = re.compile(r"\b(governments?|ministers?|minister|parliament\w*|MPs?|MEPs?|congress|senat\w*|"
                      r"regulators?|regulat\w*|watchdog|commission|courts?|judges?|ruled|ruling|lawsuits?|sued|"
                      r"police|arrest\w*|prosecut\w*|charged|jail\w*|convicted|EU|European Union|UN|United Nations|"
                      r"sanctions?|bann?(ed|s)?|censor\w*|election\w*|vot(e|es|ing)|legislation|law|"
                      r"president|officials?|authorities|fined?|crackdown)\b")

WALK_BBC = [
    ("bbc-tech-037", False, "a consumer sues Hewlett Packard over ink cartridges: a private lawsuit, no political "
                            "actor (the OFT inquiry is background)"),
    ("bbc-tech-370", False, "the US Supreme Court hears the file-sharing case: a court hearing a dispute between "
                            "firms, no act of a political actor against a party"),
    ("bbc-tech-120", True, "28 arrested in a seven-nation operation against an identity-fraud website led by the "
                           "US Secret Service; US indictments; the site taken over: law enforcement by states' "
                           "agencies across borders"),
    ("bbc-tech-354", True, "two members of a software-piracy network convicted at the Old Bailey; the US raids, "
                           "arrests and sentences; an extradition fight with Australia: law enforcement (a BBC "
                           "feature: the one analysis piece)"),
    ("bbc-tech-048", True, "the European Commission will not redraft the software-patent directive despite MEPs' "
                           "requests; an MEP's warning: EU institutions' acts"),
    ("bbc-tech-029", False, "open-source leaders criticise software patents: no political actor's act (a patent "
                            "officer's comment)"),
    ("bbc-tech-133", False, "an airline fires a blogging attendant: a private employment dispute"),
    ("bbc-tech-034", False, "the UK government launches a virus-alert service: a public service, no interaction "
                            "between actors"),
    ("bbc-tech-208", False, "camera phones and citizen journalism: a feature, no political event"),
    ("bbc-tech-231", False, "officials meet the games industry on age labels: a policy consultation, one meeting, "
                            "the rest opinions and possible measures"),
    ("bbc-tech-099", False, "blogs and the mainstream media: a feature, no political event"),
    ("bbc-tech-186", True, "Reporters Without Borders accuses China of blocking Google News: censorship by a state, "
                           "an NGO's accusation"),
    ("bbc-tech-258", True, "Poland's request delays the EU software-patent directive: a member state's request, an "
                           "MEP's criticism (another step of 048's legislative dispute, not the same news)"),
]
WALK_REUTERS = [
    ("reuters-18528", False, "New Zealand to sell a stake in Air New Zealand: a privatisation, economic policy"),
    ("reuters-4721", False, "the Liberals hold Truro in a by-election: an election result, no act between actors"),
    ("reuters-20677", False, "a retailer's reorganisation: corporate"),
    ("reuters-3011", False, "a newspaper expects indictments in the Iran arms case: a forecast, the investigation "
                            "background"),
    ("reuters-727", False, "a company forms operating groups: corporate"),
    ("reuters-18469", True, "ruling-party aides urge Chun to reopen talks on electoral reform; party executives "
                            "draw up measures: domestic politics (South Korea 1)"),
    ("reuters-384", False, "a company officer removed: corporate"),
    ("reuters-21023", False, "a banker calls for a monetary meeting: economic"),
    ("reuters-2967", True, "police and security forces enter the Golden Temple after police are fired on: conflict "
                           "and security (Punjab 1)"),
    ("reuters-3280", True, "Iraq says Iran exaggerates the fighting on the northern front: conflict (Iran-Iraq 1)"),
    ("reuters-18160", False, "Shultz plays down the need for a bigger allied force in the Gulf: comments, no act"),
    ("reuters-8215", True, "forces loyal to Momoh foil a coup attempt in Sierra Leone; a senior policeman "
                           "arrested: conflict and security"),
    ("reuters-3410", False, "firms to bid on a map service: corporate"),
    ("reuters-19007", False, "NBC to impose a contract, its union to strike: a dispute between a firm and a union, "
                             "no political actor"),
    ("reuters-1866", False, "a firm answers a former employee's charges: corporate"),
    ("reuters-10048", False, "British and French finance ministers discuss public spending: one meeting, the rest "
                             "economic policy (fewer than two events)"),
    ("reuters-754", False, "coffee quota talks stall: commodity-market negotiations, economic"),
    ("reuters-17748", False, "Reagan urges allies to keep exchange-rate accords: economic policy, one statement"),
    ("reuters-20103", False, "Iran's premier repeats his warning of retaliation for the US raid on oil platforms: "
                             "the news of gold-tenth's 20333 (and gold-wire's 20881)"),
    ("reuters-3176", False, "merger talks end: corporate"),
    ("reuters-19656", False, "Congress negotiators agree farm-credit funding: an appropriations bill, economic "
                             "policy (as gold-nineteenth skipped a budget)"),
    ("reuters-5481", False, "miners strike at private gold and coal mines: a dispute with firms, no political "
                            "actor"),
    ("reuters-8499", True, "union leaders of striking state miners begin talks with the Bolivian government: "
                           "protest and labour politics"),
    ("reuters-8660", True, "Afghan warplanes bomb a Pakistani village, the toll of the day before rises: conflict "
                           "(Afghanistan-Pakistan 1)"),
    ("reuters-17844", True, "Gemayel names an acting premier after Karami's assassination, after consultations; "
                            "Moslem leaders proposed him: domestic politics (Lebanon 1)"),
]


def tech_candidates(excluded):
    """BBC tech records left with at least 3 TECH_POL hits, in file order."""
    import gzip
    keep = set(bbc_candidates(excluded, ("tech",), (1, 100000)))
    out = []
    for line in gzip.open(f"{select20.SHARED}/corpus/bbc-news-2225.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in keep and len(TECH_POL.findall(r["text"])) >= 3:
            out.append(r["id"])
    return out


def shuffled(ids):
    key = lambda i: (i.rsplit("-", 1)[0], int(i.rsplit("-", 1)[1]))  # noqa: E731
    out = sorted(ids, key=key)
    random.Random(SEED).shuffle(out)
    return out


def later_records():
    """Records named by this gold and the golds written after it (GOLD_ORDER): left out of the exclusions, so that
    the lists re-run the same once those golds exist."""
    return records_of([f"{OWN}articles.json", *golds_written_after(OWN)])


def reuters_list(later):
    """gold-twentieth's Reuters list, rebuilt with gold-twentieth's own exclusions (its own gold and the golds
    ``later`` than this one left out), so that it is the same list in the same order."""
    select20.OWN = "eval/gold-twentieth/"
    excluded20 = (used_records(own_folder=select20.OWN) | audited_records() | select20.named_files()) - later
    return select20.reuters_candidates(excluded20)


def lists():
    """This gold's two lists as it drew them (the later golds' draws import it so that theirs are the same):
    gold-twentieth's Reuters list, the shuffled BBC tech list, and the exclusions the tech list was drawn with."""
    later = later_records()
    select20.OWN = OWN
    excluded = (used_records(own_folder=OWN) | audited_records() | select20.named_files()) - later
    return reuters_list(later), shuffled(tech_candidates(excluded)), excluded


def main():
    os.chdir(os.path.dirname(EVAL))
    reu, tech, excluded = lists()
    print(len(reu), "reuters (gold-twentieth's list),", len(reu) - (REUTERS_FROM - 1), "from position",
          REUTERS_FROM, "on;", len(tech), "bbc tech candidates;", len(excluded), "excluded", file=sys.stderr)
    print_list_walks([("bbc-tech", tech, WALK_BBC, 1), ("reuters", reu, WALK_REUTERS, REUTERS_FROM)])


if __name__ == "__main__":
    main()
