"""Candidate walk for the fifty-eighth article gold (written blind, 'gold-sixty-first'): the short political list
(gold_selection.short_political_list, imported, not rebuilt: 273 Reuters-21578 records of 40-79 words with at least
two political keyword hits), walked over positions 99-137 and then 239-273, nothing else. Declared in advance in
gold_selection.py: gold-fifty-eighth walked 1-98 and gold-fifty-ninth 138-238, each stopping at 25 stories; this
gold takes the two stretches they left, as two walks of the same list. The others were not read here.
Usage (from the repository root): python3 eval/gold-sixty-first/select_stories.py

Rules as gold-fifty-sixth's walk: the story reports an act of a political actor toward another (a government,
minister, armed forces, party, armed group, international lender or body); a business story with a government's act
in it is taken, only its political acts required; labour disputes with an employer, domestic economic, monetary and
fiscal policy, regulation, legislation, polls, corporate news, appointments and resignations, views and forecasts are
skipped; at least one political event (this session's brief); not the same news story as one an earlier gold took
(titles and openings checked against what held_now holds) or one already taken; at most three stories on one
conflict; at most 25 stories, or the stretch's end. WALK_FIRST and WALK_SECOND give each position's reason;
gold_selection.print_list_walks checks that each is the list's order from its start and that no walked record is held
now (held_now: every record a gold now holds, the shared dev gold's, used_records() and audited_records())."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, print_list_walks, short_political_list  # noqa: E402

OWN = "eval/gold-sixty-first/"
LIST_LENGTH = 273  # the list as gold_selection draws it
FIRST_START, FIRST_STOP = 99, 138  # declared in advance: 99-137
SECOND_START, SECOND_STOP = 239, 274  # then 239-273, the list's end
MOST_STORIES = 25

WALK_FIRST = [
    ("reuters-18001", False, "Sarney declares war on inflation and says he will stay five years: domestic economic "
                             "policy, views"),
    ("reuters-587", False, "a firm names a president: appointment, corporate"),
    ("reuters-8285", False, "a private placement: corporate"),
    ("reuters-21093", False, "a firm in talks on being acquired: corporate"),
    ("reuters-4070", False, "a British poll: polls"),
    ("reuters-8917", False, "a firm names a president: appointment"),
    ("reuters-1286", False, "two firms in a pact: corporate"),
    ("reuters-16507", False, "GATT staff strike over pay and pensions: a labour dispute with an employer"),
    ("reuters-19173", False, "a firm names executives: appointment"),
    ("reuters-16467", False, "a firm names a president: appointment"),
    ("reuters-6631", False, "Mexico to sign its commercial bank loan: a state's borrowing from banks, corporate "
                            "finance"),
    ("reuters-9515", False, "Baker criticises Congress's trade bills: domestic legislation"),
    ("reuters-15234", False, "the Group of Five meeting ends: the G-5 meeting of April 8, the news of an earlier "
                             "gold's 15048 (the officials arriving for it the same day)"),
    ("reuters-3213", False, "a unit's president named: appointment"),
    ("reuters-7788", False, "Yugoslavia freezes prices: domestic economic policy; the strikes against the wage "
                            "freeze are background, the news of earlier golds' 5155 and 7530"),
    ("reuters-8235", False, "a firm gets a new president: appointment"),
    ("reuters-18516", False, "New Zealand's tax imputation system: domestic fiscal policy"),
    ("reuters-17790", False, "a firm forms a group: corporate"),
    ("reuters-2418", False, "a firm names a president: appointment"),
    ("reuters-5921", False, "a firm shifts officers: appointment"),
    ("reuters-8916", False, "a firm's control changes: corporate"),
    ("reuters-5763", False, "a firm sets its management: appointment"),
    ("reuters-17309", True, "an explosion at the US military assistance group's building in Manila; bombs thrown "
                            "into its compound last July: attacks on a state's forces abroad (no gold holds a "
                            "story on JUSMAG)"),
    ("reuters-10813", False, "a firm names a chief executive: appointment"),
    ("reuters-1250", False, "Reagan to make an undisclosed announcement: no act, speculation"),
    ("reuters-17411", False, "a Spanish port strike: a labour dispute"),
    ("reuters-16556", False, "an executive off a firm's board: corporate"),
    ("reuters-1334", False, "a firm names a president: appointment"),
    ("reuters-18247", False, "GM labour talks: a labour dispute"),
    ("reuters-486", False, "strike talks at a firm postponed: a labour dispute"),
    ("reuters-13666", False, "Iraq says an Iranian offensive was checked: the news of an earlier gold's 13527 (the "
                             "same title, the same day)"),
    ("reuters-338", True, "Sweden's ruling party gives the government power to decree trade sanctions against South "
                          "Africa: a state's sanctions on another (no gold holds Sweden's sanctions)"),
    ("reuters-11920", False, "a firm names directors: appointment"),
    ("reuters-6937", False, "Sayad to be Brazil's ambassador at the EC: appointment"),
    ("reuters-11900", False, "the Bundesbank holds no press conference: no act"),
    ("reuters-9096", False, "Brazil's new planning minister: appointment"),
    ("reuters-20845", True, "Chile's military rulers impose punishments on members of banned Marxist parties and "
                            "threaten publications: a government's coercion of opposition parties (no gold holds "
                            "this amendment)"),
    ("reuters-9482", False, "Andreotti drops his coalition bid: government formation, no act toward another actor"),
    ("reuters-21239", False, "a firm's director resigns: corporate"),
]

WALK_SECOND = [
    ("reuters-3654", False, "a firm's executives resign: corporate"),
    ("reuters-8278", True, "Tehran radio says Terry Waite was taken hostage as a spy by a Lebanese group: an "
                           "abduction and a charge (no gold holds Waite's kidnapping)"),
    ("reuters-10712", False, "a coconut agency's administrator: appointment"),
    ("reuters-20158", False, "Stoltenberg on the inflation outlook: views"),
    ("reuters-18702", False, "a firm names a CEO: appointment"),
    ("reuters-226", False, "Japan's parties to reopen budget talks: domestic legislation"),
    ("reuters-8432", False, "a firm in acquisition talks: corporate"),
    ("reuters-19600", True, "EC leaders begin their Brussels summit, Mitterrand and foreign ministers joining: a "
                            "summit of states (another news story than earlier golds' 19534, the presidency's "
                            "farm tax proposal, and 19867, a Franco-German meeting on its sidelines)"),
    ("reuters-8583", False, "a car bomb at the British Rhine army's headquarters: the news of an earlier gold's "
                            "8679 (the same bomb, 30 injured, the next morning)"),
    ("reuters-9648", True, "Ecuador signs four IADB loans: an international lender's aid to a state (no gold holds "
                           "these loans)"),
    ("reuters-16217", False, "an executive leaves a firm's board: corporate"),
    ("reuters-19615", False, "a firm's chairman resigns: corporate"),
    ("reuters-838", False, "an exchange names a president: appointment"),
    ("reuters-7372", False, "a unit names an executive: appointment"),
    ("reuters-12206", False, "aid donors promise Senegal 1.8 billion dollars: the news of an earlier gold's 12196 "
                             "(the same promise, the same day)"),
    ("reuters-2838", True, "Iran's oil minister arrives in Algiers for talks on oil prices, greeted by Algeria's "
                           "energy minister: a ministerial visit (another news story than an earlier gold's 3452, "
                           "his UAE talks)"),
    ("reuters-9938", False, "a firm gets an army contract: corporate"),
    ("reuters-21000", False, "a takeover offer: corporate"),
    ("reuters-10179", False, "Costa Rica's central bank chief resigns: resignation"),
    ("reuters-21303", True, "Stoltenberg assumes monetary cooperation will continue, reacting to Baker's criticism "
                            "of German interest rates: a state's answer to another's charge (Baker-Bonn rates 1; "
                            "another news story than earlier golds' 20868, 20907 and 20925, their meeting later "
                            "that day, and 20631, his remark the next day)"),
    ("reuters-11651", False, "a firm's president resigns: corporate"),
    ("reuters-17467", True, "Lebanon's prime minister Karami killed by a bomb in his helicopter: an assassination "
                            "(another news story than an earlier gold's 17844, the acting premier named after it)"),
    ("reuters-5833", False, "strike talks at a firm: a labour dispute"),
    ("reuters-18059", False, "a firm names a president: appointment"),
    ("reuters-17606", False, "a firm names a president: appointment"),
    ("reuters-3843", True, "Jordan's energy minister and a Canadian government corporation sign an oil exploration "
                           "assistance agreement: a state's aid to another (no gold holds this agreement)"),
    ("reuters-5122", False, "a firm names a financial officer: appointment"),
    ("reuters-15355", False, "a chairman resigns after a conviction: corporate, ordinary crime"),
    ("reuters-3710", False, "strike talks at a firm: a labour dispute"),
    ("reuters-21288", False, "a firm names a division president: appointment"),
    ("reuters-10220", False, "Brazil's bankworkers' strike: a labour dispute with employers"),
    ("reuters-11780", True, "Israel's ambassador says Israel and the Soviet Union agreed to exchange delegation "
                            "visits: an agreement between states (no gold holds this agreement)"),
    ("reuters-6826", False, "the Senate defeats a move to block contra aid: domestic legislation"),
    ("reuters-1686", False, "Iran's oil minister due in Algeria on Friday: the visit of 2838, already taken (its "
                            "announcement two days earlier)"),
    ("reuters-5101", False, "a firm's president resigns: corporate"),
]


def main():
    order, records = short_political_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert FIRST_START - 1 + len(WALK_FIRST) < FIRST_STOP, "the first walk runs past its declared stretch"
    assert SECOND_START - 1 + len(WALK_SECOND) < SECOND_STOP, "the second walk runs past its declared stretch"
    assert sum(t for _, t, _ in WALK_FIRST + WALK_SECOND) <= MOST_STORIES, "more stories than the gold takes"
    print_list_walks([("short", order, WALK_FIRST, FIRST_START), ("short", order, WALK_SECOND, SECOND_START)],
                     held=held_now(OWN))


if __name__ == "__main__":
    main()
