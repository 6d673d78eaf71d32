"""Candidate walk for the fifty-sixth article gold (written blind, 'gold-fifty-ninth'): the short political list
(gold_selection.short_political_list, imported, not rebuilt: 273 Reuters-21578 briefs of 40-79 words with at least
two political keyword hits), walked from position 138. Two golds walk disjoint stretches of the list this session,
declared before either read a story: gold-fifty-eighth 1-137, gold-fifty-ninth (this one) 138-273 (the list's end);
the other was written at the same time and was not read here. The walk stopped at 238 with its 25th story.
Usage (from the repository root): python3 eval/gold-fifty-ninth/select_stories.py [N]

Rules as gold-fifty-sixth's and gold-fifty-first's walks: the story reports at least one act of a political actor (a
government, minister, party, army, armed group, court, prosecutor, parliament, international lender or body acting
toward another); a business story with a government's act in it is taken, only its political acts required; pure
market reports, earnings, figures and forecasts, labour disputes with an employer, domestic economic, monetary and
fiscal policy (state loans and aid to home industry included), regulation, legislation, corporate news,
appointments, commodity meetings and views are skipped; not the same news story as one an earlier gold took (titles
and openings of what held_now holds checked) or one already taken; at most three stories on one conflict; 25
stories. WALK gives each position's reason; gold_selection.print_walk checks that it is the list's order from START
and that no story taken is held by any gold now written, the shared dev gold, used_records() or audited_records()
(held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, positions_asked, print_walk, short_political_list  # noqa: E402

OWN = "eval/gold-fifty-ninth/"
LIST_LENGTH = 273  # the list as gold_selection draws it
START = 138  # declared in advance: gold-fifty-eighth walks 1-137, this gold 138-273
STOP = 274  # the list's end
MOST_TAKEN = 25

WALK = [
    ("reuters-2884", False, "a firm's reorganization: corporate"),
    ("reuters-1281", False, "board nominations: corporate"),
    ("reuters-8832", False, "a firm names a president: corporate"),
    ("reuters-1296", False, "a firm names a president: corporate"),
    ("reuters-10967", False, "the US replaces its Marine guards at its Moscow embassy: an embassy's staffing measure "
                             "with no recipient (the arrests on spying charges are background)"),
    ("reuters-1793", False, "the White House chief of staff has no tax plan: domestic fiscal policy, views"),
    ("reuters-3224", False, "a firm names a chairman: corporate"),
    ("reuters-16928", True, "rebellious troops in Cordoba call off their uprising against the government: an army "
                            "revolt and its end (Argentine army revolt 1; no gold holds the April uprising)"),
    ("reuters-8923", False, "a firm names a chief executive: corporate"),
    ("reuters-9538", False, "a savings bank's sale talks extended: corporate"),
    ("reuters-15068", False, "a firm names a unit head: corporate"),
    ("reuters-14887", True, "Japan's Finance Ministry to hold formal financial talks with France on April 17: talks "
                            "between states (no gold holds these talks)"),
    ("reuters-5002", False, "Colombia opens coffee export registrations: commodity market regulation"),
    ("reuters-6648", False, "the French trade minister sees no reason to doubt Airbus's assessment: a minister's view "
                           "of a consortium's business"),
    ("reuters-6838", True, "a bomb kills eight in a Djibouti cafe, the interior minister calling it a criminal act: "
                           "an attack (no gold holds it)"),
    ("reuters-3838", False, "Austria's growth forecast: a forecast"),
    ("reuters-6174", False, "a bank chief to retire: corporate"),
    ("reuters-21119", False, "the Senate Democratic leader urges the president to fight the deficits: a legislator's "
                             "call on his own government about domestic economic policy"),
    ("reuters-8122", True, "Israeli jets bomb Palestinian targets in south Lebanon: an air raid (Lebanon 1; another "
                           "raid than the held 15730's ninth raid of April 9)"),
    ("reuters-9314", False, "Brazil's seamen settle with shipowners: a labour dispute with employers"),
    ("reuters-19486", True, "Surinam may take the Netherlands to the World Court over aid cut off in 1982: a threat "
                            "of legal action between states (no gold holds it)"),
    ("reuters-10126", False, "Brazil's president to reshuffle his cabinet: appointments"),
    ("reuters-11454", False, "GM Canada to reveal a loan offered by Ottawa and Quebec: state aid to a home plant, "
                             "domestic industrial policy"),
    ("reuters-18553", False, "Britain withdraws four more diplomats from Tehran: the news of gold-twenty-seventh's "
                             "18522 (the same day, which reports this withdrawal)"),
    ("reuters-13254", True, "Argentina's economy minister heads for Washington for debt talks with creditor banks: a "
                            "debtor state's negotiation with its creditor banks, as the earlier golds (another stage "
                            "than the held 4971, 15957 and 16543)"),
    ("reuters-4571", False, "a deputy White House chief of staff chosen: an appointment"),
    ("reuters-6390", True, "suspected communist rebels bomb the Philippine Military Academy: an attack (Philippine "
                           "academy bombing 1; no gold holds it; the held 7594 is another attack)"),
    ("reuters-2788", False, "a firm names a division president: corporate"),
    ("reuters-13007", False, "Colombian inflation: figures"),
    ("reuters-16877", False, "a firm names a chairman: corporate"),
    ("reuters-17902", False, "a bank employees' strike called off: a labour dispute with employers"),
    ("reuters-2285", False, "a firm wins an army contract: corporate"),
    ("reuters-10772", False, "airline pilots' industrial action: a labour dispute with an employer"),
    ("reuters-4247", False, "a former candidate joins a bank: corporate, an appointment"),
    ("reuters-3920", False, "a stake sale: corporate"),
    ("reuters-15244", True, "Ghana to import Iranian crude under an agreement reached in Tehran with its visiting "
                            "foreign minister, Iran to give technical help: an agreement between states (no gold "
                            "holds it)"),
    ("reuters-15081", False, "a firm removes its president: corporate"),
    ("reuters-18312", False, "the president to nominate a regulator: an appointment"),
    ("reuters-13132", False, "a firm names a unit president: corporate"),
    ("reuters-14929", False, "Hong Kong guarantees a state railway's debts: domestic fiscal policy"),
    ("reuters-19993", False, "Japan's finance minister reads the US Treasury Secretary's remarks as reaffirming the "
                             "Louvre accord: a minister's reading of another's words, views"),
    ("reuters-10400", False, "a firm's officers resign: corporate"),
    ("reuters-19361", False, "a bank names a chief executive: corporate"),
    ("reuters-18916", False, "a firm's contracts: corporate"),
    ("reuters-16889", False, "a firm names a unit head: corporate"),
    ("reuters-4421", False, "a chairman to retire: corporate"),
    ("reuters-19996", True, "Japan says it understands the US attack on an Iranian oil platform: a state's support "
                            "for another's attack (Gulf war 1; another state's reaction than the held 20991, "
                            "Britain's backing)"),
    ("reuters-17662", True, "the French cereals board tenders for wheat for Pakistan under France's food aid "
                            "programme: a state's food aid (no gold holds it)"),
    ("reuters-14399", False, "a firm names a division chairman: corporate"),
    ("reuters-16209", False, "firms in an army helicopter programme: corporate"),
    ("reuters-3435", False, "Australia's Reserve Bank buys securities: domestic monetary operations"),
    ("reuters-11051", False, "a firm ends acquisition talks: corporate"),
    ("reuters-21160", False, "a firm names a chief executive: corporate"),
    ("reuters-7172", False, "a firm names officers: corporate"),
    ("reuters-7885", False, "a firm's president dies: corporate"),
    ("reuters-4845", False, "Singapore's port authority to spend on ports: domestic investment"),
    ("reuters-2911", False, "a firm replaces its president: corporate"),
    ("reuters-9179", True, "Pakistan says an Afghan air raid on its villages killed almost 150: a cross-border air "
                           "raid (Afghan war 1; another raid than the held 2267's complaint of March 5)"),
    ("reuters-19566", False, "South Korea's ruling party to seek a direct presidential election: the news of the "
                             "audited 19495 (the same day, the ruling party's reform package)"),
    ("reuters-10986", False, "a firm appoints a president: corporate"),
    ("reuters-4648", False, "Japan's cabinet approves a coin bill: legislation"),
    ("reuters-19298", False, "a firm's executive leaves: corporate"),
    ("reuters-12414", True, "a Soviet deputy prime minister begins economic talks in Bonn with West Germany's "
                            "economics minister: talks between states (no gold holds them)"),
    ("reuters-1681", False, "Colombian inflation: figures"),
    ("reuters-18410", False, "a firm removed from an exchange: corporate"),
    ("reuters-8031", True, "NASA launches an Indonesian satellite under an agreement of the two presidents: a "
                           "state's cooperation with another (no gold holds it)"),
    ("reuters-9089", False, "Canada's energy minister to announce aid for Alberta's energy industry: domestic "
                           "fiscal policy"),
    ("reuters-351", True, "the OECD's secretary-general in Japan, who met the prime minister and ministers, says "
                          "Japan is resolved to stimulate demand: an international body's visit and its reading "
                          "(no gold holds it)"),
    ("reuters-10591", False, "a textile mill with East German machinery opened in Cuba: a domestic inauguration (the "
                             "machinery's supply is not said to be an act of East Germany)"),
    ("reuters-1410", True, "Iraq says it repelled an Iranian attack east of Basra, Iran claims gains: a battle (Gulf "
                           "war 2; the held 2034, 3854 and 4030 are other days' battles)"),
    ("reuters-975", True, "Brazil's finance minister meets France's finance minister and central bank governor on "
                          "his debt mission: talks between states (another news story than the audited "
                          "2563, the tour's end of March 6)"),
    ("reuters-11605", False, "Brazil's bank strike: a labour dispute with employers"),
    ("reuters-19386", False, "an acquisition: corporate"),
    ("reuters-21009", False, "a firm's president resigns: corporate"),
    ("reuters-16462", False, "a bank names a president: corporate"),
    ("reuters-5638", True, "Nigeria's president says more than 500 people arrested in the riots will face summary "
                           "trial: arrests and trials after riots (another stage than the held 3650, the curfew of "
                           "March 11)"),
    ("reuters-15443", True, "the Soviet Union displays devices it says American agents planted in its buildings: a "
                            "charge of spying against another state (another news story than the held 15186, the "
                            "third Marine's arrest)"),
    ("reuters-18826", False, "a firm's chairman resigns: corporate"),
    ("reuters-3544", False, "a firm names a co-chief executive: corporate"),
    ("reuters-6391", True, "a kidnapped Saudi diplomat freed in Beirut, shown by Amal's leader and Syria's "
                           "intelligence chief: a hostage's release (Lebanon 2; no gold holds it)"),
    ("reuters-11021", False, "a unit president resigns: corporate"),
    ("reuters-1775", False, "a firm names an executive: corporate"),
    ("reuters-16191", False, "Turkey to apply tomorrow for EC membership: the news of gold-thirty-sixth's 16491 (the "
                             "same day, which opens with the application)"),
    ("reuters-18895", False, "a merger approved: corporate"),
    ("reuters-15799", True, "Italy's prime minister tells the Senate he is resigning after the Christian Democrats "
                            "withdrew their ministers: a government's resignation (as gold-twenty-fifth's 12961; "
                            "another stage than the held 13671, the fall expected)"),
    ("reuters-2524", False, "a Senate group urges subsidies for Soviet wheat: legislators' call on their own "
                           "government (as gold-fifty-sixth skipped 6296)"),
    ("reuters-21076", False, "Venezuela sees oil market stability despite the Gulf attack: views"),
    ("reuters-8181", True, "an army captain arrested for the academy bombing, the president calling it an attempt "
                           "on her life: an arrest and a charge (Philippine academy bombing 2; another news story than "
                           "6390, the bombing five days earlier)"),
    ("reuters-17609", False, "a firm names a president: corporate"),
    ("reuters-2733", True, "the US and Soviet foreign ministers to meet in Moscow in mid-April, administration "
                           "sources say: a coming meeting between states (another stage than the held 16218 and "
                           "16550, the talks' opening of April 13)"),
    ("reuters-1304", False, "a firm names officers: corporate"),
    ("reuters-7888", False, "the Brazilian Coffee Institute's president leaves for a producers' meeting: a commodity "
                           "meeting"),
    ("reuters-5202", False, "New Zealand borrows on the Eurosterling market: domestic debt management"),
    ("reuters-6403", False, "an opposition boycott forces Japan's stop-gap budget: the news of the audited 6396 "
                           "(the same day, the same provisional budget and boycott)"),
    ("reuters-17814", True, "British Columbia's unionized workers stage a one-day general strike against proposed "
                            "provincial labour legislation: a political strike against a government (no gold "
                            "holds it)"),
    ("reuters-5551", False, "a unit head quits: corporate"),
    ("reuters-21399", False, "a firm's agreement with another: corporate"),
    ("reuters-19114", False, "Seoul's government to warn of emergency measures if protests continue: the news of "
                             "gold-twentieth's 19025 (the day before, the same warning)"),
    ("reuters-16683", False, "a firms' partnership for an army system: corporate"),
    ("reuters-5784", True, "Contra rebels try to blow up a pylon in Managua: an armed group's sabotage attack "
                           "(Nicaragua 1; no gold holds it)"),
    ("reuters-5791", True, "the US Agriculture Secretary warns the EC of serious retaliation if it enacts a tax on "
                           "oils such as US soybean oil: a threat between a state and the Community (EC oils tax "
                           "1; another news story than the held 5391, the producers' view)"),
]


def main():
    order, records = short_political_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert sum(1 for _, taken, _ in WALK if taken) <= MOST_TAKEN, "more stories taken than the walk allows"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
