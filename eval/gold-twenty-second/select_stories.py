"""Seeded candidate list for the twenty-second article gold (written blind): the business side of the 1987 Reuters
wire, which the held-out golds also sample ("business stories"). Usage (from the repository root):
python3 eval/gold-twenty-second/select_stories.py

Excluded: every record named by any eval/gold*/articles.json or the shared dev gold (file fields only; this
folder's own left out, so the list re-runs the same), the world_politics Reuters ids (used_records) and every id
of eval/audited_ids.json (audited_records: stories read in snapshot audits).
Candidates: Reuters-21578 records of 80-1,200 words with at least 2 hits of gold_selection.POL and at least as
many ECON hits as POL hits (so disjoint from gold-twentieth's and gold-twenty-first's politics lists, which need
more POL than ECON hits). Sorted by id, shuffled with random.Random(SEED), walked in order with the earlier golds'
rules: the story reports an act of a political actor (a government, minister, central bank or parliament
deciding, banning, sanctioning, imposing tariffs or quotas, negotiating or agreeing with another state,
nationalising, threatening retaliation; a union striking or protesting; a court or regulator acting against a firm
or official); pure market reports, earnings, prices and forecasts are no political news; at least two events; not
the same news story as one an earlier gold took or one already taken; at most three stories on one conflict, at
most four on one trade dispute, at most one analysis/opinion piece; 12 stories. WALK gives each position's
reason."""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import ECON, POL, audited_records, used_records  # noqa: E402
import gold_selection  # noqa: E402

SEED = 20261130
SHARED = "/work/shared"
OWN = "eval/gold-twenty-second/"

WALK = [
    ("reuters-894", True, "MITI tightens curbs on chip exports to preserve the US-Japan semiconductor pact, asks "
                          "makers to certify exporters; US complaints: a government acting on its firms in a trade "
                          "dispute (US-Japan trade 1)"),
    ("reuters-893", True, "a visiting US under-secretary asks Japan to end farm import controls: trade diplomacy "
                          "(US-Japan trade 2)"),
    ("reuters-13419", False, "the dollar in London: market report"),
    ("reuters-8083", False, "a newspaper says banks broke the law; the premier's statement of last month is "
                            "background: no act of a political actor in the news"),
    ("reuters-16130", False, "a takeover offer for Dome Petroleum, analysts' views: corporate"),
    ("reuters-5116", False, "a state oil firm to sign a refinery purchase: a company deal"),
    ("reuters-4422", False, "a regulator's loss forecast for the Farm Credit System: forecast"),
    ("reuters-10618", False, "a central bank official calls for an Arab currency fund: one appeal, the rest "
                             "economic policy"),
    ("reuters-288", False, "Iraq reschedules a euroloan with its creditor banks: a financial deal, no act toward "
                           "a political actor"),
    ("reuters-11249", False, "an airline's losses: earnings"),
    ("reuters-8400", True, "a Lisbon court bars the state grain agency from import tenders; the agriculture "
                           "minister opposes the order: a court acting against a (state) firm, a minister's "
                           "reaction"),
    ("reuters-5145", False, "Ecuador's austerity programme and price freeze: an economic policy announcement, no "
                            "interaction (as gold-nineteenth skipped Brown's budget)"),
    ("reuters-6958", False, "an exchange postpones a futures contract: business (the opposition's boycott is "
                            "background)"),
    ("reuters-18005", False, "Volcker declines a new term, Reagan nominates Greenspan: an appointment, no PLOVER "
                             "interaction"),
    ("reuters-19483", False, "debt futures: market report"),
    ("reuters-17903", False, "Korean firms fear a loan-repayment order of last month: reactions to economic policy"),
    ("reuters-10830", False, "Sri Lanka appeals for drought aid: one event (the appeal) restated, the rest crop "
                             "figures"),
    ("reuters-18867", True, "Britain's defence minister accuses the US of protecting its defence industry; a "
                            "parliamentary report's charges: trade diplomacy (UK-US defence trade)"),
    ("reuters-14654", False, "the dollar in New York: market report"),
    ("reuters-13046", False, "an interview with the World Bank president: comments and forecasts (the US tariffs on "
                             "Japan are background)"),
    ("reuters-19006", False, "Squibb and Cetus: corporate"),
    ("reuters-9796", False, "Philippine debt talks with commercial banks: a financial negotiation, no act toward a "
                            "political actor (as 288)"),
    ("reuters-7304", True, "governments agree a new International Natural Rubber Agreement under UNCTAD; the US "
                           "proposal withdrawn, producers' opposition: negotiating and agreeing between states"),
    ("reuters-6639", False, "a House subcommittee's amendments to the trade bill: legislative drafting, each "
                            "provision a plan"),
    ("reuters-3230", False, "shareholders seek board seats: corporate"),
    ("reuters-16198", False, "Tokyo stocks: market forecast"),
    ("reuters-16856", False, "Yeutter forecasts that the tariffs on Japan will go ahead: a forecast in an interview "
                             "(the tariff decision of March 27 is background)"),
    ("reuters-12401", True, "Japan's agriculture ministry rejects US demands to cut chocolate duties: trade "
                            "diplomacy (US-Japan trade 3)"),
    ("reuters-8471", False, "an aircraft maker studies a new model: corporate"),
    ("reuters-7143", False, "Madagascar's coffee output: production figures"),
    ("reuters-14921", True, "a Manila court enjoins a bank from selling sequestered San Miguel shares; suits before "
                            "the court and the SEC; the government commission's stand: courts and a regulator "
                            "acting on firms, Marcos-era sequestration"),
    ("reuters-12744", False, "an opinion poll: no event"),
    ("reuters-20004", False, "the Mexican exchange head on a market fall: market comment"),
    ("reuters-5561", False, "lawmakers gear up for the trade bill: an analysis of legislation in drafting"),
    ("reuters-6259", False, "farm-programme certificates: agricultural statistics"),
    ("reuters-10807", False, "dealers on Nakasone's currency remark: market comment"),
    ("reuters-17805", True, "striking steelworkers' locals reject a contract; Cominco seeks meetings: a union "
                            "strike (labour dispute 1)"),
    ("reuters-714", False, "a bidding war for Viacom: corporate"),
    ("reuters-12416", False, "Taiwan's reserve losses: economic figures"),
    ("reuters-5193", False, "Jordan's premier on economic priorities in an interview: no event"),
    ("reuters-8714", False, "the dollar's drop tests the Paris accord: market analysis"),
    ("reuters-2383", False, "OPEC's president on output below the ceiling: oil-market statement"),
    ("reuters-15932", False, "salvage at a mine after a fire: corporate, accident"),
    ("reuters-6189", False, "a fall in alumina exports (the unrest that shut the plant is background): production "
                            "figures"),
    ("reuters-19353", False, "Lloyds Bank leaves bond market-making: corporate"),
    ("reuters-3608", False, "a federal research grant to a firm: economic policy, one event"),
    ("reuters-12314", False, "a firm defers interest payments: corporate"),
    ("reuters-7038", False, "Hong Kong's banking commissioner on stability: an annual report"),
    ("reuters-8680", False, "South Africa to announce debt arrangements with creditor banks: an announcement to "
                            "come, a financial deal"),
    ("reuters-5201", False, "German banking authorities weigh swap rules: regulation under consideration, no act"),
    ("reuters-9982", True, "the US Senate condemns the proposed EC oils tax and warns of retaliation: trade "
                           "diplomacy (the EC oils-tax dispute; gold-fourteenth's reuters-5717 is another story of "
                           "it)"),
    ("reuters-1729", False, "a settlement between two firms: corporate"),
    ("reuters-14716", False, "grain export business: market report"),
    ("reuters-13561", False, "debt futures at LIFFE: market report"),
    ("reuters-7873", False, "the rubber pact formally adopted: the story of reuters-7304, already taken"),
    ("reuters-20008", False, "Petronas advises higher oil output: a company's advice, forecast"),
    ("reuters-8164", False, "Bangladesh's growth forecast: forecast"),
    ("reuters-14739", False, "Ontario lawmakers ask US legislators to exempt Canada from the trade bill: one event "
                             "(the request; its quote restates it), lobbying on a bill in drafting"),
    ("reuters-9315", False, "a House committee finishes the trade bill: legislative drafting"),
    ("reuters-15203", False, "Castro on economic plans: a speech, no event"),
    ("reuters-2627", False, "a bank buys an exchange seat: corporate"),
    ("reuters-7803", False, "a minister's traffic forecast: forecast"),
    ("reuters-11029", False, "the Bass group's talks on Taft: corporate"),
    ("reuters-13993", False, "London equities: market report"),
    ("reuters-20752", True, "an indefinite strike by 47,000 carworkers at Autolatina over pay: a strike (labour "
                            "dispute 2)"),
    ("reuters-12662", False, "a bank chairman's optimism on Brazil's debt talks: comment"),
    ("reuters-9722", False, "an earthquake-risk spotlight: analysis, no event"),
    ("reuters-12563", False, "Yeutter's testimony on the pending trade bill: advocacy on legislation in drafting "
                             "(as 6639, 5561, 9315)"),
    ("reuters-17302", True, "Korean prosecutors charge Pan Ocean's chief executive; a state bank ordered to take "
                            "the firm over: law enforcement against a firm"),
    ("reuters-21502", False, "South Yemen plans a pipeline: a plan"),
    ("reuters-15413", False, "a stock split: corporate"),
    ("reuters-3519", False, "Tokyo's government issues a bond: finance"),
    ("reuters-2251", False, "a merger proposal: corporate"),
    ("reuters-20050", False, "Aquino's speech on growth and debt: policy statements, no act toward another actor"),
    ("reuters-14937", False, "the government's capital injection before the Rolls-Royce flotation: a "
                            "privatisation prospectus, no interaction"),
    ("reuters-19559", False, "Kuwait's forecast of OPEC output: forecast (Iraq's refusal to sign is background)"),
    ("reuters-9848", False, "UK trade figures and rate hopes: market comment"),
    ("reuters-12423", False, "an EC sugar tender: market and policy comment"),
    ("reuters-10525", True, "Nigeria and France sign a bilateral agreement rescheduling Nigeria's official debt: "
                            "agreement between states (debt diplomacy)"),
]


def named_files():
    """gold_selection.named_files for this gold (imported by the later golds that walk its lists on)."""
    return gold_selection.named_files(OWN, f"{SHARED}/gold/dev/articles.json")


def candidates(excluded):
    """Reuters ids of 80-1,200 words, POL hits >= 2 and ECON hits >= POL hits, sorted by number, then shuffled."""
    out, records = [], {}
    for line in gzip.open(f"{SHARED}/corpus/reuters21578.jsonl.gz", "rt"):
        r = json.loads(line)
        if r["id"] in excluded or not 80 <= len(r["text"].split()) <= 1200:
            continue
        pol, econ = len(POL.findall(r["text"])), len(ECON.findall(r["text"]))
        if pol >= 2 and econ >= pol:
            out.append(r["id"])
            records[r["id"]] = r
    out.sort(key=lambda i: int(i.rsplit("-", 1)[1]))
    random.Random(SEED).shuffle(out)
    return out, records


def main():
    os.chdir(os.path.dirname(EVAL))
    excluded = used_records(own_folder=OWN) | audited_records() | named_files()
    order, records = candidates(excluded)
    print(len(order), "reuters candidates;", len(excluded), "excluded", file=sys.stderr)
    # The list left out what was held when it was drawn; nothing further is checked (held: none), as before.
    gold_selection.print_walk(order, records, WALK, 1, frozenset(), gold_selection.positions_asked(sys.argv))


if __name__ == "__main__":
    main()
