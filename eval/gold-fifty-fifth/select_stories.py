"""Candidate walk for the fifty-second article gold (written blind, 'gold-fifty-fifth'): the BBC remainder list
(gold_selection.bbc_remainder_list, imported, not rebuilt: 121 BBC 2005 records of 80-1,200 words with at least three
political keyword hits that no gold or audit held when the list was drawn; the four politics records left first,
then tech, entertainment and sport records shuffled with BBC_REMAINDER_SEED), walked from position 1 to its end
(declared in advance; this session's two other blind golds walk Reuters lists and were not read here).
Usage (from the repository root): python3 eval/gold-fifty-fifth/select_stories.py

Rules as the earlier BBC golds' walks (gold-twentieth, -twenty-first, -twenty-fourth, -twenty-fifth): the story
reports an act of a political actor (a government, minister, party or its leader, MP or parliamentary committee,
court, regulator, police acting for the state, the EU, or a campaign group acting toward another); features,
reviews, match reports, firms' business, private lawsuits, ordinary crime and its trials, sport bodies' discipline,
appointments and views are skipped; at least two events (optional ones counted, as the earlier walks did); not the
same news story as one an earlier gold took; at most three stories on one dispute, at most one opinion piece and one
profile; 12 stories, or fewer where the list runs out (it did: nine taken). The earlier walks' reasons for the
records they skipped are followed where this list holds them again. WALK gives each position's reason;
gold_selection.print_list_walks checks that it is the list's order from START and that no walked record is held by
a gold now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import bbc_remainder_list, held_now, print_list_walks  # noqa: E402

OWN = "eval/gold-fifty-fifth/"
LIST_LENGTH = 121  # the list as gold_selection draws it
START = 1  # declared in advance: the whole list, from its first position

WALK = [
    ("bbc-politics-111", False, "Kilroy-Silk launches Veritas: the story of gold-twentieth's bbc-politics-293 (another "
                                "version; gold-twentieth skipped this record for that reason)"),
    ("bbc-politics-250", False, "pressure groups' plans for the election: opinion, no news event (as gold-twentieth "
                                "skipped it)"),
    ("bbc-politics-397", False, "Blunkett hints at the election date: speculation, no event (as gold-twentieth)"),
    ("bbc-politics-406", False, "a profile of Gordon Brown: no news event (as gold-twentieth)"),
    ("bbc-tech-217", False, "phishing figures from security firms: no political act"),
    ("bbc-tech-261", False, "a talking search engine: a product"),
    ("bbc-tech-133", False, "an airline fires a blogging attendant: a private employment dispute (as "
                            "gold-twenty-first)"),
    ("bbc-entertainment-202", True, "the Public Accounts Committee urges the BBC to let the audit office scrutinise "
                                    "its spending; the BBC answers that the arrangements work: a parliamentary "
                                    "committee's call on a public corporation (UK domestic politics)"),
    ("bbc-sport-405", False, "a rugby match report"),
    ("bbc-sport-234", False, "the FA charges two clubs over crowd trouble: a sport body's discipline"),
    ("bbc-tech-229", False, "a car maker's robotic vehicle: a product"),
    ("bbc-sport-328", False, "a rugby captain's views before a tour"),
    ("bbc-sport-045", False, "a trial date in a steroid distribution case: ordinary crime, a court's schedule"),
    ("bbc-entertainment-010", True, "Uganda's Media Council bans The Vagina Monologues; an MP backs the ban, the "
                                    "organisers accuse the government: a state body's ban and the answers to it"),
    ("bbc-sport-170", False, "a football federation fines a coach: a sport body's discipline"),
    ("bbc-entertainment-026", False, "gallery visitor numbers: figures"),
    ("bbc-entertainment-192", False, "Jerry Springer's views on the opera the BBC showed: views, the protests "
                                    "background"),
    ("bbc-entertainment-080", False, "a US network edits a film's nude scene: a firm's act"),
    ("bbc-tech-123", False, "the Bush campaign's website blocks visitors from abroad: no act of one actor on "
                            "another (as gold-twenty-fourth)"),
    ("bbc-tech-142", False, "text messages after the tsunami: a feature"),
    ("bbc-tech-250", False, "Microsoft's anti-spyware plans: corporate"),
    ("bbc-tech-378", False, "mobile TV forecasts: business"),
    ("bbc-entertainment-258", False, "a singer spared jail for assault and drug offences: ordinary crime"),
    ("bbc-tech-396", False, "games industry costs: business"),
    ("bbc-sport-401", False, "a rugby player's praise: sport"),
    ("bbc-entertainment-182", False, "stars join a tsunami TV special: charity"),
    ("bbc-entertainment-141", False, "police praise a singer who tackled a burglar: ordinary crime"),
    ("bbc-tech-099", False, "blogs and the mainstream media: a feature (as gold-twenty-first)"),
    ("bbc-sport-386", False, "a former government spokesman advises the Lions: an appointment"),
    ("bbc-sport-163", False, "a football match report"),
    ("bbc-tech-125", False, "a game review"),
    ("bbc-entertainment-385", False, "a director's film plans"),
    ("bbc-sport-337", False, "a rugby player's views"),
    ("bbc-tech-097", False, "web donations after the tsunami: charity, no political act"),
    ("bbc-tech-346", False, "a wi-fi security survey: figures"),
    ("bbc-entertainment-058", False, "a film festival's programme"),
    ("bbc-tech-223", False, "satellite maps for Darfur relief: a project, no act between actors"),
    ("bbc-tech-231", False, "officials meet the games industry on age labels: a policy consultation (as "
                            "gold-twenty-first)"),
    ("bbc-sport-091", False, "the steroid distribution trial postponed: ordinary crime, a court's schedule"),
    ("bbc-entertainment-314", False, "a history of the Academy Awards: a feature"),
    ("bbc-entertainment-262", False, "a band's success: a feature"),
    ("bbc-entertainment-246", False, "a singer jailed in Jamaica for swearing on stage: an ordinary offence (the "
                                    "protests against his lyrics background)"),
    ("bbc-entertainment-054", False, "a court postpones a film's release on the petition of defendants in the "
                                    "Mumbai bombings trial: a court deciding between private parties (as "
                                    "gold-twenty-fifth skipped a court deciding a private suit)"),
    ("bbc-entertainment-061", False, "a director on her film: an interview"),
    ("bbc-entertainment-149", False, "a civil suit against a music producer: a private lawsuit"),
    ("bbc-sport-106", False, "a football match report"),
    ("bbc-entertainment-032", False, "a film festival's founder: a feature"),
    ("bbc-tech-342", False, "the European Commission will not redraft the software-patent directive: the news of "
                            "gold-twenty-first's bbc-tech-048 (another version)"),
    ("bbc-tech-400", False, "the US cyber security chief resigns: personnel, one act (as gold-twenty-fifth)"),
    ("bbc-tech-191", False, "a think-tank report: proposals, no act (as gold-twenty-fifth)"),
    ("bbc-tech-357", False, "hijacked computers: researchers' figures"),
    ("bbc-entertainment-281", False, "local clergy urge fans to boycott a concert: a call on the public (no "
                                    "organised group, no recipient acting), the venue's answer a view"),
    ("bbc-tech-208", False, "camera phones and citizen journalism: a feature (as gold-twenty-first)"),
    ("bbc-entertainment-114", False, "a singer misses a bail deadline: ordinary crime"),
    ("bbc-entertainment-178", False, "a TV show's ratings: business"),
    ("bbc-sport-252", False, "a football manager's views"),
    ("bbc-sport-307", False, "a rugby coach criticises a player: sport"),
    ("bbc-tech-288", False, "a game review"),
    ("bbc-sport-278", False, "a football match report"),
    ("bbc-tech-281", False, "security firms' review of cyber crime: no political act (as gold-twenty-fourth)"),
    ("bbc-tech-144", False, "a game review"),
    ("bbc-tech-115", False, "an EU-funded augmented-reality project: no political event (as gold-twenty-fifth)"),
    ("bbc-entertainment-090", False, "a film festival's applause for an anti-Nazi film: a review"),
    ("bbc-sport-197", False, "football crowd trouble and the FA's inquiry: hooliganism and a sport body's "
                            "discipline"),
    ("bbc-entertainment-169", False, "an actor's murder trial: ordinary crime"),
    ("bbc-tech-187", False, "an analyst's column: opinion (as gold-twenty-fifth)"),
    ("bbc-tech-204", False, "a library's wireless access: a service"),
    ("bbc-tech-286", False, "an industry panel on peer-to-peer networks: forecasts (as gold-twenty-fifth)"),
    ("bbc-sport-101", False, "a football match report"),
    ("bbc-sport-311", False, "a rugby match report"),
    ("bbc-tech-395", False, "a technology fair: a feature"),
    ("bbc-entertainment-135", False, "an awards show goes ahead after a stabbing: ordinary crime, a firm's decision"),
    ("bbc-sport-302", False, "a rugby match report"),
    ("bbc-tech-151", False, "'blog' as word of the year: no political event (as gold-twenty-fourth)"),
    ("bbc-tech-270", False, "extortion against betting sites and firms' defences: crime, firms"),
    ("bbc-entertainment-375", False, "testimony at a singer's child abuse trial: ordinary crime"),
    ("bbc-sport-137", False, "the FA brings no charges over a tunnel incident: a sport body's discipline"),
    ("bbc-tech-282", False, "a research lab funded by the Irish government closes: a closure (as "
                            "gold-twenty-fourth)"),
    ("bbc-sport-183", False, "a football manager's views"),
    ("bbc-entertainment-160", False, "an online shop sells a charity single: a commercial agreement"),
    ("bbc-entertainment-293", False, "a singer arrested after a fight at a concert: ordinary crime"),
    ("bbc-entertainment-248", True, "gay rights campaign groups and the reggae industry strike a deal: the industry "
                                    "will not release homophobic songs, the groups drop their campaign: campaign "
                                    "groups acting toward an industry (a truce)"),
    ("bbc-entertainment-037", True, "the Carib chief of Dominica criticises Disney's plans to portray his people as "
                                    "cannibals and seeks the references' removal: a community's elected leader "
                                    "acting toward a firm"),
    ("bbc-sport-211", False, "a footballer criticises his club: sport"),
    ("bbc-tech-147", False, "a firm's anti-spam campaign halted: corporate"),
    ("bbc-sport-048", False, "athletes contest the IAAF's bans: a sport body's discipline"),
    ("bbc-sport-312", False, "a rugby match report"),
    ("bbc-entertainment-110", False, "a music executive arrested for a parole violation: ordinary crime"),
    ("bbc-tech-007", False, "a software maker's security patches: corporate"),
    ("bbc-sport-448", True, "Belgium's sports minister names a Russian tennis player as failing a drugs test; "
                            "Russia's tennis chief condemns him: a minister's charge against a foreign national and "
                            "the answer to it"),
    ("bbc-tech-034", False, "the UK government launches a virus-alert service: a public service (as "
                            "gold-twenty-first)"),
    ("bbc-sport-245", True, "a telephoned bomb threat empties Madrid's Bernabeu stadium; ETA suspected after "
                            "similar warnings and small explosions: political violence (a threat)"),
    ("bbc-sport-118", False, "a football club executive: an interview"),
    ("bbc-entertainment-244", False, "a musician's disappearance ten years ago: a feature"),
    ("bbc-sport-395", False, "a rugby preview"),
    ("bbc-tech-014", False, "the European Parliament rejects the software-patent bill: a fourth story on the patent "
                            "dispute (as gold-twenty-fifth)"),
    ("bbc-entertainment-349", True, "India orders an actress deported to Norway for working on a visitor's visa; "
                                    "she denies wrongdoing: a state's coercion of a foreign national"),
    ("bbc-tech-101", False, "the Bush campaign site blocks visitors outside the US: a site's policy (as "
                            "gold-twenty-fifth)"),
    ("bbc-sport-396", False, "a rugby player's views"),
    ("bbc-tech-029", False, "open-source leaders criticise software patents: no political actor's act (as "
                            "gold-twenty-first)"),
    ("bbc-sport-363", False, "resignations at the Scottish rugby union: a sport body's affairs"),
    ("bbc-tech-368", False, "net firms' attack-detection system: corporate"),
    ("bbc-entertainment-289", True, "musicians' unions call for an end to the US visa burden on British acts; the "
                                    "culture department works with the US embassy, which promises speed: a campaign "
                                    "toward a foreign government and the governments' answers"),
    ("bbc-entertainment-094", False, "a director cuts religious references from a film: a firm's act"),
    ("bbc-tech-119", False, "a games founder buys back his firm: corporate"),
    ("bbc-tech-055", False, "spam figures: figures"),
    ("bbc-entertainment-159", False, "a charity single tops the chart: no political act"),
    ("bbc-sport-235", False, "two football managers' feud: sport"),
    ("bbc-entertainment-043", False, "a funeral and tributes: no political act"),
    ("bbc-entertainment-336", False, "festival awards for war documentaries: a review"),
    ("bbc-entertainment-142", False, "a talent poll: no political act"),
    ("bbc-tech-385", False, "a virus using a footballer's name: crime, firms"),
    ("bbc-entertainment-085", True, "Catholic organisations in India demand a film's withdrawal and plan a protest; "
                                    "the director refuses: a campaign group acting toward another"),
    ("bbc-entertainment-063", False, "a film's award nominations; a court's ruling of November on its subsidies "
                                    "(a suit by producers' associations) background: no news act"),
    ("bbc-entertainment-154", False, "a singer fined over a hotel brawl: ordinary crime"),
    ("bbc-entertainment-166", False, "a TV station refuses a show: a firm's act"),
    ("bbc-entertainment-195", False, "a network's tsunami TV special: charity"),
    ("bbc-entertainment-144", False, "a chart race: no political act"),
    ("bbc-entertainment-213", False, "a TV show reunites Angolan families: a feature"),
    ("bbc-tech-399", False, "an analyst's column against the software-patent directive: opinion (as "
                            "gold-twenty-fifth)"),
    ("bbc-entertainment-143", False, "the prime minister buys a charity single: no act toward another actor"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, _records = bbc_remainder_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    print(len(order), "BBC records in the remainder list, walked from position", START, file=sys.stderr)
    print_list_walks([("bbc", order, WALK, START)], held_now(OWN))


if __name__ == "__main__":
    main()
