"""Candidate walk for the fifty-ninth article gold (written blind, 'gold-sixty-second'): the remainder list
(gold_selection.remainder_list, imported, not rebuilt: 499 Reuters-21578 records of 80-399 words with at least three
political keyword hits that no gold, audit or earlier use held when it was drawn), walked from position 1 to 166, its
declared stretch. Three golds walk disjoint stretches of the list this session, declared before any read a story:
gold-sixty-second (this one) 1-166, gold-sixty-third 167-333, gold-sixty-fourth 334-499; the other two were written at
the same time and were not read here.
Usage (from the repository root): python3 eval/gold-sixty-second/select_stories.py [N]

Rules as gold-fifty-eighth's walk: a story is taken when it reports at least one act of a political actor toward
another (a government, minister, head of state, legislature, army, armed group, party or international body;
domestic political acts such as resignations, a ruling council's decisions on a handover of power and arrests count,
as gold-twentieth and gold-twenty-fifth took them); company news, markets, figures, forecasts and views are no
political news; a business story with a political actor's act in it is taken, only its political acts required;
labour disputes with an employer (the state as employer included), domestic economic, monetary and fiscal policy,
regulation, legislation, polls, elections, appointments and reshuffles are skipped; not the same news story as one an
earlier gold took or one already taken (titles, dates and openings of every held record compared); at most three
stories on one conflict or negotiation; 20 stories. WALK gives each position's reason; gold_selection.print_walk
checks that it is the list's order from START and that no story taken is held by any gold now written, the shared
dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, positions_asked, print_walk, remainder_list  # noqa: E402

OWN = "eval/gold-sixty-second/"
LIST_LENGTH = 499  # the list as gold_selection draws it
START = 1  # declared in advance: this gold walks 1-166
STOP = 167  # declared in advance: gold-sixty-third walks from here
TAKE_AT_MOST = 20

WALK = [
    ("reuters-1478", False, "Spain's export drive: domestic economic policy"),
    ("reuters-19591", True, "Chirac attacks the EC Commission's budget proposals before the summit: a member state's "
                            "charge against an international body (no gold holds it)"),
    ("reuters-3011", False, "a paper says indictments are expected in the Iran arms case: a forecast, domestic"),
    ("reuters-17960", False, "acquisition talks: corporate"),
    ("reuters-19927", False, "Venezuela's budget proposal: domestic fiscal policy"),
    ("reuters-17452", False, "a study of tariffs and quotas: views"),
    ("reuters-8164", False, "Bangladesh's growth forecast: figures"),
    ("reuters-20871", True, "Brazil will lift its debt moratorium only after an accord with the banks, a World Bank "
                            "mission arrives: a government's refusal toward its creditor banks (MNC, as gold-fifty-"
                            "fourth's 12041) and an international body's mission (no gold holds it)"),
    ("reuters-20092", True, "Iran's premier repeats in Damascus that Iran will retaliate for the US Navy's attacks on "
                            "its oil platforms: a threat between states (US-Iran in the Gulf 1; another news story "
                            "than the held 21149, Khamenei's vow of October 19, and 20333, Rafsanjani's of "
                            "October 20, and the held reports of the attack itself)"),
    ("reuters-11831", False, "India's interest rate cuts: domestic monetary policy"),
    ("reuters-1857", False, "a congressman urges Reagan to oppose a stock tax: domestic legislation"),
    ("reuters-16277", False, "a bank merger: corporate"),
    ("reuters-7565", False, "flood damage to grain in India: figures, natural disaster"),
    ("reuters-384", False, "a company officer removed: corporate, an ordinary crime"),
    ("reuters-14739", False, "Canadian lawmakers ask their US counterparts for an exemption from the trade bill: the "
                             "news and text of the held 14412 (the same day)"),
    ("reuters-9391", False, "a bank workers' pay strike: a labour dispute with employers (state banks among them)"),
    ("reuters-4989", False, "a plant closure: corporate"),
    ("reuters-17430", False, "the Interior Secretary opposes an oil import fee: domestic policy, views"),
    ("reuters-4143", False, "a firm's liquidity: corporate"),
    ("reuters-9910", False, "a French stock market bill: domestic legislation"),
    ("reuters-8608", True, "Yeutter says US-Japan trade strains remain and he will meet the Japanese delegation at "
                           "Taupo: a coming meeting between states and a charge (US-Japan trade 1; Taupo GATT meeting "
                           "1; another news story than the held 8592 and 8662, his word on a farm trade consensus)"),
    ("reuters-11639", False, "an oil firm's talks with its suppliers: corporate"),
    ("reuters-10606", False, "Taiwan studies suspending foreign exchange controls: domestic monetary policy"),
    ("reuters-19652", True, "Nigeria's ruling council approves a handover to civilian rule in 1992 and a two-party "
                            "limit: a military government's decisions on the transfer of power (no gold holds them)"),
    ("reuters-4256", False, "a US Treasury official's speech: the Philippine debt pact near (a forecast) and advice "
                            "to banks on lending options: views"),
    ("reuters-10694", False, "a takeover bid: corporate"),
    ("reuters-19947", False, "Pakistan's trade policy: domestic economic policy"),
    ("reuters-5777", False, "a carmaker's production approval: regulation, corporate"),
    ("reuters-3434", False, "New Zealand's foreign debt: figures"),
    ("reuters-230", False, "Manila to offer debt bonds to its banks: the news and title of the held 240 and 347"),
    ("reuters-7043", False, "South Africa's financial rand: market"),
    ("reuters-10776", False, "the budget director on taxes: domestic fiscal policy"),
    ("reuters-11167", False, "the US may drop its tariffs if Japan opens up: the news and text of the held 11254"),
    ("reuters-14766", False, "a finance minister on debt strategy: views"),
    ("reuters-18369", False, "Brazil's plan may permit new debt talks: a forecast, views"),
    ("reuters-21250", False, "congressmen call for a domestic economic summit: domestic policy"),
    ("reuters-19225", False, "postal workers reject an offer: a labour dispute (the state as employer)"),
    ("reuters-17686", False, "lumber exports may become unprofitable: figures, an industry's views"),
    ("reuters-16985", False, "Japan sees a need to act on its trade surplus: domestic economic policy, views"),
    ("reuters-16214", False, "a senator's television interview on rate cuts and the budget: monetary and fiscal "
                             "policy, views"),
    ("reuters-18625", False, "New Zealand's budget forecast: fiscal policy, figures"),
    ("reuters-16192", False, "metalworkers' wage talks: a labour dispute with employers"),
    ("reuters-11044", False, "a reorganization plan: corporate"),
    ("reuters-17431", False, "the FTC on an oil import fee: domestic policy"),
    ("reuters-17217", False, "the Philippines gets a Japanese loan: the news and text of the held 17271"),
    ("reuters-8157", False, "Somalia's foreign investment law: legislation"),
    ("reuters-6945", False, "a former premier calls for a cheaper currency: views"),
    ("reuters-12836", True, "Suralco offers its workers cash to leave after guerrilla attacks cut power lines: a "
                            "business story with an armed group's attacks as its cause (Surinam's insurgency 1; no "
                            "gold holds it)"),
    ("reuters-14212", False, "grain certificates' savings: domestic farm policy"),
    ("reuters-9223", False, "a firm undecided on an airport: corporate"),
    ("reuters-3830", False, "a shipping firm's leases: corporate"),
    ("reuters-8151", False, "Australia's trade minister on GATT priorities: views, a minister's hopes for the round"),
    ("reuters-11849", False, "Ottawa backs down on banking centres: domestic policy"),
    ("reuters-21578", False, "stock index options: market"),
    ("reuters-7515", False, "an EC official on the fate of the oils tax: views, a forecast"),
    ("reuters-7143", False, "Madagascar's coffee output: figures"),
    ("reuters-4739", False, "harbour workers' strike over wages: a labour dispute with employers"),
    ("reuters-17874", False, "Venezuela's credits for industrial projects: state financing, business"),
    ("reuters-1866", False, "a firm answers an ex-employee's charges: corporate"),
    ("reuters-9163", False, "Sri Lanka to stop importing sugar: domestic trade policy"),
    ("reuters-10170", False, "a unit names a president: corporate"),
    ("reuters-991", False, "the US asks Japan to end farm import controls: the news and text of the held 893"),
    ("reuters-7561", False, "Finland considers abolishing price controls: domestic economic policy"),
    ("reuters-17166", False, "paper and lumber stocks on a tariff rumour: market"),
    ("reuters-9315", False, "a House panel finishes the trade bill: legislation"),
    ("reuters-357", False, "an inflation forecast: figures"),
    ("reuters-17615", False, "no decision on renaming the Fed chairman: domestic, no act"),
    ("reuters-9887", False, "the Farm Credit System asks the Treasury for a credit line: domestic fiscal policy"),
    ("reuters-12416", False, "Taiwan's reserve losses: figures"),
    ("reuters-17027", False, "Spain's inflation target: domestic monetary policy"),
    ("reuters-4314", True, "Lyng will ask Japan for a share of its rice market on his April visit: a state's coming "
                           "demand on another (US-Japan trade 2; another news story than gold-fifty-eighth's 8574 of "
                           "March 23, on beef, and the held 12603, his warning of April 2)"),
    ("reuters-5453", False, "German growth forecasts: figures"),
    ("reuters-1356", False, "a Senate panel may consider a trade measure: legislation"),
    ("reuters-13749", False, "energy futures: market"),
    ("reuters-18356", False, "a state aluminium firm negotiates credits: business"),
    ("reuters-21449", False, "Moi on debt service and aid: figures, views, a general appeal to the international "
                             "community"),
    ("reuters-6251", False, "the budget office on certificates: domestic farm policy"),
    ("reuters-6546", True, "a bauxite refinery reopens after anti-government rebels' sabotage: a business story with "
                           "an armed group's attack as its cause (Surinam's insurgency 2; no gold holds it)"),
    ("reuters-19717", False, "strikes at paper mills: a labour dispute with an employer"),
    ("reuters-12744", False, "an opinion poll on Thatcher: no event"),
    ("reuters-7550", False, "a rebel ambush in Mindanao: the news and text of the held 7594 (as gold-twenty-fifth's "
                            "walk skipped it)"),
    ("reuters-3493", False, "Indonesian interest rates: market"),
    ("reuters-8885", False, "the Ex-Im Bank's lending policies: domestic policy"),
    ("reuters-19165", False, "Ghana lifts an import ban for drought: domestic trade policy"),
    ("reuters-6079", False, "a House farm proposal: legislation"),
    ("reuters-737", False, "a union wants to revive talks with a carmaker: a labour dispute"),
    ("reuters-6184", False, "the Venezuela-Ecuador oil loan's details: the loan of the held 5118 (announced March "
                            "13), its events the same"),
    ("reuters-7240", False, "a firm's expansion: corporate"),
    ("reuters-9687", False, "members dissolve a co-op: corporate"),
    ("reuters-6021", False, "a new unit: corporate"),
    ("reuters-14976", True, "Italy's Christian Democrat ministers hand in their resignation: a party's withdrawal from "
                            "a government (Italy's government crisis 1; another news story than the held 13548 and "
                            "13671 of April 7, the decision to withdraw and the expected fall)"),
    ("reuters-8752", False, "an exchanges watchdog: regulation"),
    ("reuters-20050", False, "Aquino on growth and debt payments: views, domestic policy"),
    ("reuters-3437", True, "Japanese police arrest two Poles on computer theft charges: a state's arrest of another's "
                           "citizens (no gold holds it)"),
    ("reuters-15246", False, "a Fed governor on money growth: monetary policy"),
    ("reuters-18500", False, "mines agree to cut a coal price: business"),
    ("reuters-17148", False, "a subsidiary takeover: corporate"),
    ("reuters-5325", False, "an opinion poll: no event"),
    ("reuters-2257", False, "France to sell a bank stake: domestic economic policy"),
    ("reuters-1414", False, "a firm's outlook: corporate"),
    ("reuters-8637", True, "the Philippine trade secretary will go to Wellington for talks with New Zealand: a coming "
                           "visit between states (Taupo GATT meeting 2; another news story than the held 8156 and "
                           "8596, his criticism of the EC levy)"),
    ("reuters-10106", False, "a firm ends talks with another: corporate"),
    ("reuters-4740", False, "shipping firms settle with striking seamen: a labour dispute with employers"),
    ("reuters-17242", False, "the Bundesbank warns Bonn on spending: domestic fiscal policy"),
    ("reuters-5031", False, "a meat group to ask the government to retaliate: an industry's petition, domestic trade "
                            "regulation"),
    ("reuters-6511", False, "Iceland to privatise a state bank: domestic economic policy"),
    ("reuters-3204", False, "Reagan against a tax rise: domestic fiscal policy"),
    ("reuters-12563", False, "Yeutter's testimony on the trade bill: domestic legislation"),
    ("reuters-12604", True, "Yeutter doubts Japan can avoid the April 17 chip tariffs, Japanese envoys coming: a "
                            "coming sanction and meeting between states (US-Japan trade 3; another news story than the "
                            "held 11254, 12143 and 13039 of March 31 to April 3)"),
    ("reuters-19688", False, "a purchase extension: corporate"),
    ("reuters-8158", False, "Burma's debt service ratio: figures"),
    ("reuters-3222", False, "a central bank pays arrears: monetary, figures"),
    ("reuters-11180", False, "a cash injection for a state bank: domestic fiscal policy"),
    ("reuters-17218", False, "the Treasury Secretary cancels a trip for business at home: no act toward another "
                             "(gold-twentieth coded a cancelled trip as an optional REJECT only)"),
    ("reuters-17551", False, "a share purchase: corporate"),
    ("reuters-19387", True, "a US trade official back from coffee talks in Colombia, Brazil's stance, letters between "
                            "the two sides: talks between states (no gold holds them)"),
    ("reuters-12405", False, "the Asian Development Bank to open an office in Jakarta: a development bank's "
                             "operations, business"),
    ("reuters-15123", False, "Reagan will reject a tax rise: domestic fiscal policy"),
    ("reuters-222", False, "a by-election result: an election, no act"),
    ("reuters-18426", False, "the Panama Canal unaffected by protests: a commission's statement, the protests only "
                             "background"),
    ("reuters-17454", False, "a central bank on the election's cost: views"),
    ("reuters-8667", False, "Canada's GATT farm reform plan: the news and text of the held 8635"),
    ("reuters-8134", False, "an oil tax cut: fiscal policy"),
    ("reuters-5280", False, "Taiwan says the US wants its dollar to rise: the news and text of the held 5183"),
    ("reuters-4642", True, "Bangladesh will ask the World Bank for more money, a team to visit Washington: a state's "
                           "request to an international body (no gold holds it)"),
    ("reuters-10637", False, "French public sector investment: fiscal policy"),
    ("reuters-1967", False, "an intervention rate cut likely: monetary policy, market"),
    ("reuters-9656", False, "an exchange rate bill: legislation"),
    ("reuters-19127", False, "a tender offer: corporate"),
    ("reuters-16613", False, "a bank considers its Brazil loans: corporate"),
    ("reuters-7343", False, "a House debt plan: legislation"),
    ("reuters-14905", False, "the French government wins a confidence vote: the news of the held 14825 "
                             "(gold-twentieth, the same day and title)"),
    ("reuters-7806", False, "the House budget process collapses: domestic fiscal policy"),
    ("reuters-17180", False, "Brazil's trade surplus: figures"),
    ("reuters-19869", False, "Venezuela's exchange rate for oil earnings: domestic monetary policy"),
    ("reuters-19683", False, "a shareholder list demand: corporate"),
    ("reuters-17748", True, "Reagan, leaving for the Venice summit, says the allies must fulfil the exchange rate "
                            "accords: a call on other states (no gold holds it; another news story than the held "
                            "17750, his hint on Gulf patrols)"),
    ("reuters-1076", False, "a state bank negotiates a purchase: corporate"),
    ("reuters-9466", False, "an opinion poll: no event"),
    ("reuters-7662", False, "a current account forecast: figures"),
    ("reuters-20987", False, "a mining house's strike losses: corporate, a past labour dispute"),
    ("reuters-19989", False, "Miyazawa says the G-7 still backs the Louvre accord: views (no meeting, no contact)"),
    ("reuters-1916", False, "a bank officers' strike: a labour dispute with employers"),
    ("reuters-21568", True, "the Soviet Union agrees to swap refined products for Iranian crude under a protocol "
                            "signed in Moscow: an agreement between states (Iran's oil minister's account; another "
                            "news story than the held 20459, the Soviet spokesman's word of October 20 on talks)"),
    ("reuters-17647", False, "Kenya's president reshuffles his cabinet: appointments and reshuffles are no PLOVER "
                             "interaction (gold-fifty-ninth)"),
    ("reuters-16103", False, "Hungary raises prices: domestic economic policy"),
    ("reuters-10704", False, "Bahrain's money market regime: monetary policy"),
    ("reuters-15539", False, "the Bundesbank's monetary course: monetary policy"),
    ("reuters-8117", False, "Australia's oil taxes: fiscal policy, views"),
    ("reuters-19982", False, "Pakistan's tea import policy: domestic trade policy"),
    ("reuters-18776", False, "Indonesia's debt service ratio: figures"),
    ("reuters-16732", False, "an opinion poll: no event"),
    ("reuters-20505", False, "a firm names officers: corporate"),
    ("reuters-2406", False, "the Canadian dollar's buyers: market"),
    ("reuters-6962", False, "a bond syndicate's shares: regulation"),
    ("reuters-1625", False, "Argentina's creditor banks divided: the Argentine debt talks of the held 1870 (the same "
                            "day, the same talks)"),
    ("reuters-1726", False, "the Bank of Canada's bill sales: monetary policy"),
    ("reuters-7360", False, "a House debt plan: legislation (7343's news)"),
    ("reuters-274", False, "Indonesia's palm oil output: figures"),
    ("reuters-16196", False, "a minister rejects early tax cuts: domestic fiscal policy"),
    ("reuters-11447", False, "a minister calls for currency calm: views"),
    ("reuters-3572", False, "a port union to meet parliamentarians on redundancies: a labour dispute with employers"),
    ("reuters-2068", False, "the EC dairy accord: the Community's farm policy (domestic economic policy)"),
    ("reuters-6373", False, "a state share placement: privatisation, market"),
    ("reuters-12693", False, "the White House disavows Yeutter's dollar remarks: domestic, views"),
    ("reuters-16649", False, "a Kuwaiti daily on OPEC's credibility: views, market; the stretch's end"),
]


def main():
    order, records = remainder_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
