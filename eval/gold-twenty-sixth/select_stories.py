"""Candidate walk for the twenty-sixth article gold (written blind): gold-twenty-second's list of 1987 Reuters
business stories with political acts (its seed 20261130 and filters, imported, not copied), walked on from
position 160, where gold-twenty-third stopped. Usage (from the repository root):
python3 eval/gold-twenty-sixth/select_stories.py [N]

The list is rebuilt exactly as gold-twenty-third rebuilds it (its g22_excluded: gold-twenty-second's exclusions as
they stood when it was drawn). Positions 1-79 must equal gold-twenty-second's WALK and positions 80-159
gold-twenty-third's ("the list moved" otherwise). The stories taken here must also be outside every gold now
written (gold-twenty-fifth, written at the same time from another pool, included), the shared dev gold,
used_records() and audited_records() (checked below).
Rules as gold-twenty-second and gold-twenty-third: the story reports an act of a political actor (a government,
minister, central bank, court, prosecutor, regulator, parliament, international lender or union acting); pure
market reports, earnings, prices and forecasts are no political news; at least two events (coded as PLOVER's
manual says: a conviction's charges are not coded beside it); not the same news story as one an earlier gold took
or one already taken; at most three stories on one conflict, at most four on one trade dispute, at most one
analysis/opinion piece; 12 stories. WALK gives each position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_authoring import gold_script  # noqa: E402
from gold_selection import held_now, positions_asked, print_walk  # noqa: E402

select23 = gold_script("select23", "gold-twenty-third", "select_stories.py")
select22 = select23.select22
OWN = "eval/gold-twenty-sixth/"
START = len(select22.WALK) + len(select23.WALK) + 1  # 160

WALK = [
    ("reuters-7268", False, "a former broker pleads guilty in a tax scheme: the news act is a private person's plea "
                            "(the indictment of last week background); crime, no act of a political actor in the "
                            "news"),
    ("reuters-7062", False, "an OECD farm-subsidy study's results: a report's figures (a minister's endorsement "
                            "this week a comment)"),
    ("reuters-11387", False, "a sugar firm's offer to EC intervention stocks stands: corporate"),
    ("reuters-10017", False, "talking point on Conrail: corporate"),
    ("reuters-18598", False, "a senator says Reagan's farm plan is doomed: a legislator's view and forecast"),
    ("reuters-13749", False, "energy futures: market report"),
    ("reuters-12776", True, "MITI's vice minister denies that Japan seeks to dominate chips, before emergency talks "
                            "in Washington; last week's US tariffs: trade diplomacy (US-Japan trade 1: chips)"),
    ("reuters-19083", False, "firms launch a gasoline: corporate"),
    ("reuters-14883", False, "Dutch ministries present an insider-trading bill to parliament: a policy proposal, no "
                             "interaction (as gold-twenty-third's 8157)"),
    ("reuters-17131", False, "a sunflower-oil firm's spokesman on exporters' request to the government: an interview,"
                             " lobbying"),
    ("reuters-9310", False, "markets and bankers on South Africa's debt pact with its banks: market reaction, a "
                            "financial deal with banks"),
    ("reuters-10670", True, "Poland's government raises prices, scaled down after union demands; Walesa condemns "
                            "the rises: a government, unions and the opposition acting"),
    ("reuters-20212", False, "a prison firm selected to negotiate a state contract: corporate"),
    ("reuters-11254", True, "Yeutter says the US is willing to drop the tariffs on Japan if Japan abides by the "
                            "chip pact, accuses Japan: trade diplomacy (US-Japan trade 2: chips)"),
    ("reuters-14984", False, "a bank puts Brazil loans on non-accrual: corporate"),
    ("reuters-20608", False, "Texaco on settlement talks: corporate litigation"),
    ("reuters-4444", False, "a French farm association's president cites a USDA report: no act of a political "
                            "actor"),
    ("reuters-15198", False, "a trade official urges business to diversify from coffee: domestic economic advice (as"
                             " gold-twenty-third's 903)"),
    ("reuters-21512", True, "France's finance minister calls for faithful adherence to the Louvre accords after "
                            "Baker's criticism of West Germany: currency diplomacy between states"),
    ("reuters-8483", False, "Brazil's debt deadlines: economic spotlight"),
    ("reuters-9602", False, "the budget director warns against a tax increase, criticises a proposed tax: advocacy "
                            "on proposals not yet legislation (as gold-twenty-third's 5288)"),
    ("reuters-3457", False, "Nissan's local-content deal with a firm: corporate (the threatened duties background)"),
    ("reuters-3090", False, "a World Bank official expects Morocco to get aid at a meeting tomorrow: a forecast "
                            "(the Paris Club rescheduling background)"),
    ("reuters-656", False, "US tin disposals and the tin accord: the same news story as gold-twenty-third's "
                           "reuters-688 (its repeat)"),
    ("reuters-18642", True, "Indonesia rejects the World Bank's farm-reform recommendations as its donors meet: a "
                            "government answering an international lender"),
    ("reuters-20080", False, "Stoltenberg calls the Louvre accord vital: a minister's comment (the Louvre row's "
                             "story taken at 21512)"),
    ("reuters-9989", True, "the Senate votes to seek a probe of Canada's corn tariff and goes on record against it: "
                           "a legislature's act in a trade dispute (US-Canada trade)"),
    ("reuters-6793", False, "a regulator finds railroad revenues inadequate: a finding, no act against a firm"),
    ("reuters-11659", False, "a former savings-bank president sentenced: one event (the sentence; PLOVER's manual "
                             "codes no charges beside a conviction)"),
    ("reuters-17188", False, "the Soviet government calls results unsatisfactory: an assessment, no interaction"),
    ("reuters-13239", False, "the central bank approves debt-equity conversions: financial policy, no interaction"),
    ("reuters-4179", False, "Jamaica caps its borrowing, a rescheduling with its banks: debt policy, a financial "
                            "deal with banks"),
    ("reuters-8121", False, "Brazil's central bank governor meets its bank committee: a financial negotiation with "
                            "banks (as gold-twenty-third's 190, 9996)"),
    ("reuters-6216", True, "a US attorney announces a 24-count insider-trading indictment of a lawyer; his arrest "
                           "last month: law enforcement (as gold-twenty-second's 17302)"),
    ("reuters-2632", False, "Baker expects Brazil and its banks to agree: a forecast"),
    ("reuters-20461", False, "a soybean association threatens an unfair-trade petition against the EC: an industry "
                             "association's act (as gold-twenty-third's 4071), no political actor acting"),
    ("reuters-11706", False, "steelmakers and their union will seek renewed import curbs: advocacy before a hearing"
                             ", a plan"),
    ("reuters-15206", True, "the GATT agriculture group's chairman visits Washington and meets lawmakers: trade "
                            "diplomacy (GATT)"),
    ("reuters-10664", False, "the USSR to hold multi-candidate local elections: a policy announcement, no "
                             "interaction"),
    ("reuters-282", False, "an airline's fleet: corporate"),
    ("reuters-1443", False, "Italian treasury certificates: finance"),
    ("reuters-18361", True, "the World Bank suspends loans to Peru, which stopped paying it: an international "
                            "lender and a government acting"),
    ("reuters-18684", False, "a settlement: corporate"),
    ("reuters-17891", False, "Singapore's securities market: market report"),
    ("reuters-7406", False, "Latin coffee producers' meeting will call on the ICO: a meeting and a call to come, a "
                            "plan"),
    ("reuters-5230", False, "Swiss options and futures: economic spotlight"),
    ("reuters-8669", False, "the Philippines raises its interest offer to banks: a financial negotiation with banks "
                            "(as gold-twenty-second's 9796)"),
    ("reuters-1696", False, "Total's loss: earnings"),
    ("reuters-16947", True, "Lyng warns in Tokyo of US protectionism; Kato rejected the US requests on rice, beef "
                            "and citrus in their talks: trade diplomacy (US-Japan trade 3: farm; another story than "
                            "gold-twenty-second's 893)"),
    ("reuters-348", False, "Argentina's debt negotiator confident of an accord with banks: a forecast on a "
                           "financial negotiation (the bridge loan background)"),
    ("reuters-2597", False, "AT&T proposes regulations: corporate"),
    ("reuters-17419", False, "joint ventures: corporate"),
    ("reuters-19555", True, "Canada threatens to ban Danish pigmeat imports; Denmark will not accept a ban: trade "
                            "dispute between states (Canada-Denmark)"),
    ("reuters-16277", False, "a bank merger: corporate"),
    ("reuters-9002", False, "a bankruptcy filing: corporate"),
    ("reuters-8703", True, "the World Bank's president pledges support to Indonesia after talks with Suharto and "
                           "calls for deregulation: an international lender and a government (another news story "
                           "than 18642, three months earlier)"),
]


def main():
    os.chdir(os.path.dirname(EVAL))
    order, records = select22.candidates(select23.g22_excluded())
    assert [n for n, _, _ in select22.WALK] == order[:len(select22.WALK)], "the list moved"
    assert [n for n, _, _ in select23.WALK] == order[len(select22.WALK):START - 1], "the list moved"
    print(len(order), "reuters candidates (gold-twenty-second's list)", file=sys.stderr)
    print_walk(order, records, WALK, START, held_now(OWN), positions_asked(sys.argv))


if __name__ == "__main__":
    main()
