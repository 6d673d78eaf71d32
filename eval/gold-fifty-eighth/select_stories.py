"""Candidate walk for the fifty-fifth article gold (written blind, 'gold-fifty-eighth'): the short political list
(gold_selection.short_political_list, imported, not rebuilt: 273 Reuters-21578 briefs of 40-79 words with at least
two political keyword hits), walked from position 1 and stopping before 138. Two golds walk disjoint stretches of the
list this session, declared before either read a story: gold-fifty-eighth (this one) 1-137, gold-fifty-ninth 138-273;
the other was written at the same time and was not read here.
Usage (from the repository root): python3 eval/gold-fifty-eighth/select_stories.py [N]

Rules as gold-fifty-sixth's and gold-fifty-first's walks, with the one change this session's brief made for briefs:
a story is taken when it reports at least one act of a political actor toward another (a government, minister,
head of state, legislature, army, armed group, party or international body; domestic political acts such as
resignations, appointments to form a government and refusals to testify count, as gold-twentieth and
gold-twenty-fifth took them); company news, markets, figures, forecasts and views are no political news; a business
story with a government's act in it is taken, only its political acts required; labour disputes with an employer
(the state as employer included), domestic economic, monetary and fiscal policy, regulation, legislation, polls,
accidents and natural disasters are skipped; not the same news story as one an earlier gold took or one already
taken (titles, dates and openings of every held record compared); at most three stories on one conflict or
negotiation; 25 stories. WALK gives each position's reason; gold_selection.print_walk checks that it is the list's
order from START and that no story taken is held by any gold now written, the shared dev gold, used_records() or
audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, positions_asked, print_walk, short_political_list  # noqa: E402

OWN = "eval/gold-fifty-eighth/"
LIST_LENGTH = 273  # the list as gold_selection draws it
START = 1  # declared in advance: this gold walks 1-137
STOP = 138  # declared in advance: gold-fifty-ninth walks from here
TAKE_AT_MOST = 25

WALK = [
    ("reuters-8921", False, "a chairman steps down: corporate"),
    ("reuters-8150", False, "an earthquake in Japan: natural disaster"),
    ("reuters-17281", False, "an opinion poll in Britain: no event"),
    ("reuters-21156", False, "a firm names a president: corporate"),
    ("reuters-9863", True, "Tunisia decides to break diplomatic relations with Iran, accusing its embassy: a state's "
                           "sanction and charge against another (no gold holds this break)"),
    ("reuters-6548", False, "a state authority's commercial paper programme: market, a state body's financing"),
    ("reuters-16882", False, "a firm names a president: corporate"),
    ("reuters-5263", True, "Aquino orders the dissolution of armed civilian vigilante groups: a government's ban "
                           "on armed groups (Philippines 1; no gold holds the vigilantes' dissolution)"),
    ("reuters-17168", False, "merger talks: corporate"),
    ("reuters-16609", False, "a firm names a vice president: corporate"),
    ("reuters-2730", True, "the Soviet arms negotiator reports a breakthrough in the talks on medium-range missiles: "
                           "talks between states (US-Soviet arms talks 1; another news story than "
                           "the held 1574, the US draft treaty of March 4, and 3014, US aides' optimism of March 9)"),
    ("reuters-11335", False, "a bank's gain on a unit sale: corporate"),
    ("reuters-7624", True, "Israeli jets bomb Palestinian targets near Sidon: an air raid (Israel-Palestinians 1; "
                           "another raid than the held 15730 of April 9)"),
    ("reuters-6855", False, "a firm completes a sale: corporate"),
    ("reuters-7153", False, "a savings bank elects officers: corporate"),
    ("reuters-10252", False, "a chairman steps down: corporate"),
    ("reuters-5569", False, "a firm names a president: corporate"),
    ("reuters-18189", False, "a firm elects a president: corporate"),
    ("reuters-19420", False, "a firm sells assets: corporate"),
    ("reuters-255", True, "Shultz likely to visit Moscow for talks after Gorbachev's proposal: a coming visit and a "
                          "proposal between states (US-Soviet arms talks 2; another news story than the held 871, "
                          "Deng's talks with Shultz in Peking, and 1290, Reagan's treaty offer of March 3)"),
    ("reuters-1129", True, "Craxi tells the Senate his coalition government will resign: a government's resignation "
                           "(Italian government crisis 1; the held 219 and 1900 are the crisis before and after)"),
    ("reuters-18804", False, "a committee approves the budget: domestic fiscal policy, legislation"),
    ("reuters-4171", True, "Iran attacks a Saudi supertanker off the UAE: an attack on another state's ship (Gulf war "
                           "1; another attack than the held 8440 of March 23)"),
    ("reuters-20439", False, "a Commerce undersecretary opposes a trade bill's takeover clause: domestic "
                             "legislation, views"),
    ("reuters-19345", False, "a unit head quits: corporate"),
    ("reuters-6918", False, "a firm consolidates divisions: corporate"),
    ("reuters-15631", False, "a firm names a president: corporate"),
    ("reuters-20348", True, "the French finance minister's contacts with G-7 finance ministers on the market crisis: "
                            "consultations between governments (another news story than the held 20282, Wilson's "
                            "word on G-7 discussions, and 21512, Balladur's call of October 19)"),
    ("reuters-6979", True, "North Korea welcomes contacts between its and US diplomats: a state's approval of "
                           "another's step (Korea 1; no gold holds this statement)"),
    ("reuters-13056", True, "Iraq says its forces sank three Iranian boats near its oil terminal: an attack (Gulf "
                            "war 2; no gold holds it; 13074 at 70 is the same text under a second id)"),
    ("reuters-3736", False, "a firm sets a partnership: corporate"),
    ("reuters-15882", False, "a firm removes its chairman: corporate"),
    ("reuters-12825", True, "China says Moscow has agreed to discuss Afghanistan and Kampuchea in the normalisation "
                            "talks: a state's concession to another (no gold holds these talks)"),
    ("reuters-6336", True, "a bomb at the Philippine Military Academy kills one: an attack (Philippines 2)"),
    ("reuters-7050", False, "a chief executive resigns: corporate"),
    ("reuters-17012", False, "an opposition leader to meet a firm's executives on its sale: corporate, views"),
    ("reuters-9968", False, "a firm names a financial officer: corporate"),
    ("reuters-13043", False, "a firm ends merger talks: corporate"),
    ("reuters-18282", False, "a president to retire: corporate"),
    ("reuters-17150", False, "a firm elects officers: corporate"),
    ("reuters-12984", False, "a chairman to recommend a president: corporate"),
    ("reuters-3744", False, "acquisition talks: corporate"),
    ("reuters-497", False, "firms conclude talks: corporate"),
    ("reuters-17019", False, "a unit chairman retires: corporate"),
    ("reuters-10575", True, "Chadian troops reportedly recapture Faya Largeau, the Libyan base: a battle between "
                            "states (Chad-Libya 1; another news story than the held 9695 and 9882, the Libyan "
                            "withdrawal reported on March 25-26, and 9209, the Ouadi Doum battle)"),
    ("reuters-5533", False, "a firm completes an asset sale: corporate"),
    ("reuters-4035", True, "a British minister criticises the EC's proposed oils tax and pledges to fight it: a "
                           "state's charge against an international body's proposal (EC oils tax 1; another news "
                           "story than the held 1848, 7625, 18393 and the other governments' stands)"),
    ("reuters-10698", True, "North Korea agrees to the South's proposal of prime ministers' talks and proposes a "
                            "preparatory meeting: an agreement between states (Korea 2; another news story than the "
                            "held 5801, the South's proposal of March 17, which this reply answers)"),
    ("reuters-18175", False, "an official resigns: corporate"),
    ("reuters-19805", False, "a president resigns: corporate"),
    ("reuters-5753", False, "a firm names officials: corporate"),
    ("reuters-16639", False, "a president resigns: corporate"),
    ("reuters-318", True, "Gemayel agrees to three points of a Syrian-brokered plan: a leader's agreement with "
                          "another state's plan (Lebanon's civil war 1; no gold holds this plan)"),
    ("reuters-2766", True, "Reagan announces he is sending Shultz to Moscow for talks: a coming visit between states "
                           "(US-Soviet arms talks 3; another news story than 255, the March 2 report that no "
                           "decision had been reached)"),
    ("reuters-16931", True, "rebel soldiers force their way into army headquarters in Manila and free prisoners, "
                            "loyal forces surround them: a mutiny and its containment (Philippines 3; no gold holds "
                            "it)"),
    ("reuters-16229", False, "Shultz arrives in Moscow and meets Shevardnadze: the news of the held 16218 and 16550 "
                             "(the same day, the same talks), and a fourth story on US-Soviet arms talks"),
    ("reuters-19122", True, "Spanish dockers strike in protest at the government's plans to privatise port "
                            "services (firms hire extra dockers): a protest against a government (no gold holds "
                            "this strike; the held 16962 is the April strike over the dockers' reinstatement)"),
    ("reuters-4539", False, "management changes: corporate"),
    ("reuters-1441", False, "Iran announces a new offensive in northern Iraq: the news of the held 1899 (the same "
                            "day, the same offensive in Iraqi Kurdistan)"),
    ("reuters-9197", False, "strike talks at a firm: a labour dispute with an employer"),
    ("reuters-4887", False, "talks to sell a firm: corporate"),
    ("reuters-10383", False, "Bonn welcomes the public sector wage settlement: a labour settlement with the state as "
                             "employer, domestic"),
    ("reuters-6071", True, "Poindexter refuses to testify before a House committee: a refusal toward a legislature "
                           "(another news story than the held 5405 and 5871, the immunity plans)"),
    ("reuters-8546", False, "a firm ends buyout talks: corporate"),
    ("reuters-7513", False, "a firm names a president: corporate"),
    ("reuters-11921", False, "Kuwait's government and firms to study investments in Egypt, a chamber of commerce's "
                             "proposals: business, a study to come"),
    ("reuters-15752", False, "Reagan declares Maine a disaster area: natural disaster, domestic relief"),
    ("reuters-13082", False, "Portugal's government ousted in a censure vote: the news of the held 13084 (the same "
                             "title and day)"),
    ("reuters-4975", False, "a bank official dies: corporate"),
    ("reuters-13074", False, "Iraq sinks three Iranian boats: the text of 13056, already taken"),
    ("reuters-17610", False, "a firm names a unit head: corporate"),
    ("reuters-10417", True, "a French government team arrives in Madagascar to negotiate a structural adjustment "
                            "credit: talks on aid between states (no gold holds them)"),
    ("reuters-6915", False, "Reagan sends Congress export control proposals: domestic regulation, legislation"),
    ("reuters-20565", False, "a bank elects a chairman: corporate"),
    ("reuters-12199", False, "a treasury bill yield: market"),
    ("reuters-2256", False, "metal workers' unions reject employers' wage offer: a labour dispute with employers"),
    ("reuters-4853", False, "a firm names a president: corporate"),
    ("reuters-13688", False, "a seamen's strike ends with an agreement with a state shipping firm: a labour dispute "
                             "with an employer"),
    ("reuters-1183", False, "the Italian government resigns: the news of 1129, already taken (the same day)"),
    ("reuters-18960", False, "two firms sign a memorandum: corporate"),
    ("reuters-7874", False, "a firm cuts its workforce: corporate"),
    ("reuters-6564", False, "a bank hires a president: corporate"),
    ("reuters-4996", False, "a firm names a president: corporate"),
    ("reuters-20484", False, "an Italian treasury official says a G-7 meeting is unlikely: a forecast, views"),
    ("reuters-253", True, "Canadian and Egyptian wheat negotiators fail to agree, the Canadian team to return for "
                          "more talks: trade negotiations between governments (no gold holds these talks)"),
    ("reuters-5067", False, "a president resigns for a new post: corporate"),
    ("reuters-8574", True, "the US agriculture secretary will ask Japan to remove its beef import restrictions: a "
                           "state's coming demand on another (another news story than the held 12603, Lyng's "
                           "warning of April 2)"),
    ("reuters-15434", True, "a blast believed to be a bomb kills three in Gaborone, soldiers seal off the scene: an "
                            "attack (no gold holds it)"),
    ("reuters-12273", False, "the House Budget Committee approves a budget plan: domestic fiscal policy, legislation"),
    ("reuters-3291", False, "US and Soviet negotiators to resume the medium-range missile talks: a fourth story on "
                            "US-Soviet arms talks (at most three on one negotiation)"),
    ("reuters-11973", False, "a firm names a financial officer: corporate"),
    ("reuters-10645", False, "a South African minister injured in a shooting at his home, no crime suspected: an "
                             "accident, no act"),
    ("reuters-5110", False, "Canada's budget deficit: figures"),
    ("reuters-21397", False, "a firm names a chief executive: corporate"),
    ("reuters-8323", False, "the Belgian prime minister defends his austerity programme: domestic fiscal policy, "
                            "views"),
    ("reuters-15277", False, "a firm names a president: corporate"),
    ("reuters-6993", False, "strike talks at a firm: a labour dispute with an employer"),
    ("reuters-3113", True, "Cossiga asks Andreotti to form a new government despite the Socialists' opposition: a "
                           "head of state's request (Italian government crisis 2; another news story than the held "
                           "1900 of March 4 and 4854 of March 13); the twenty-fifth story, where the walk stops"),
]


def main():
    order, records = short_political_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
