"""Candidate walk for the sixtieth article gold (written blind, 'gold-sixty-third'): the remainder list
(gold_selection.remainder_list, imported, not rebuilt: 499 Reuters-21578 records of 80-399 words with at least three
political keyword hits that no gold, audit or use held when it was drawn), walked over positions 167-333 and nothing
else. Three golds walk disjoint stretches of the list this session, declared before any read a story:
gold-sixty-second 1-166, gold-sixty-third (this one) 167-333, gold-sixty-fourth 334-499; the other two were written at
the same time and were not read here.
Usage (from the repository root): python3 eval/gold-sixty-third/select_stories.py [N]

Rules as gold-fifty-eighth's walk: a story is taken when it reports at least one act of a political actor toward
another (a government, minister, head of state, legislature, army, armed group, party, central bank or international
body; domestic political acts such as an executive's challenge to a law before a legislature count, as
gold-twentieth, gold-twenty-fifth and gold-fifty-eighth took them); company news, markets, figures, forecasts and views
are no political news; a business story with a government's act in it is taken, only its political acts required; a
debtor state's negotiation with its creditor banks counts, as the earlier golds took them; labour disputes with an
employer (the state as employer included), domestic economic, monetary and fiscal policy, regulation, legislation,
appointments, polls, accidents and natural disasters are skipped; not the same news story as one an earlier gold,
audit or use holds (the titles and dates of every held Reuters record searched with each candidate's keywords, and
the first 160 characters of those matched, compared) or one already taken; at most three stories on one conflict or
negotiation; 20 stories. The walk reached the stretch's end (333) with 11 stories: most of the stretch is company
news, markets, figures and domestic economic policy, and eighteen of its political stories are held records' news.
WALK gives each position's reason; gold_selection.print_walk checks that it is the list's order from START and that
no story taken is held by any gold now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, positions_asked, print_walk, remainder_list  # noqa: E402

OWN = "eval/gold-sixty-third/"
LIST_LENGTH = 499  # the list as gold_selection draws it
START = 167  # declared in advance: this gold walks 167-333
STOP = 334  # declared in advance: gold-sixty-fourth walks from here
TAKE_AT_MOST = 20

WALK = [
    ("reuters-8452", False, "a president names a trade minister after a resignation: an appointment"),
    ("reuters-18609", False, "Indonesia rejects World Bank farm reform proposals: the held 18642's news (the same "
                             "rejection, the same day)"),
    ("reuters-12847", False, "a bourse tax blocked in the Belgian cabinet: domestic fiscal policy"),
    ("reuters-17394", False, "a US envoy to the OECD on economic convergence: views"),
    ("reuters-12855", False, "Stoltenberg sees no problem over Italy at the G-7 talks: views (Italy's February "
                             "refusal background)"),
    ("reuters-16946", False, "South Korea cuts export finance loans: domestic economic policy"),
    ("reuters-15125", False, "a state chemical firm to be privatised: corporate"),
    ("reuters-12804", False, "Japan denies chip domination charges: the held 12776's news (the same interview, the "
                             "same day)"),
    ("reuters-2965", False, "German tax cuts: domestic fiscal policy"),
    ("reuters-15343", False, "a firm and its union begin negotiations: a labour dispute with an employer"),
    ("reuters-1634", False, "a takeover rumour: market"),
    ("reuters-3286", False, "Airbus declines comment on talks with McDonnell Douglas: corporate"),
    ("reuters-8176", False, "a sugar producer expects a settlement with the EC on export licences: corporate, views"),
    ("reuters-17185", False, "the OECD on Swedish labour costs: an economic survey, views"),
    ("reuters-2422", False, "a firm names officers: corporate"),
    ("reuters-17893", False, "a British opinion poll: no event"),
    ("reuters-11530", False, "Peru's government assumes a state power firm's debt: domestic fiscal policy"),
    ("reuters-10077", False, "Brazil's cabinet reshuffle expected, a presidential source says: a domestic forecast, "
                             "appointments"),
    ("reuters-2848", False, "a US feedgrains council attacks Canada's corn injury ruling: an industry group's views "
                            "(the ruling's reactions held: 2727, Lyng's disappointment the same day)"),
    ("reuters-11260", False, "Japan's trade minister will appeal to firms to import more: domestic economic policy"),
    ("reuters-20094", True, "EC foreign ministers back the Commission's plan for world farm trade reform to be "
                            "presented to GATT: states agreeing a negotiating position (GATT farm trade talks 1; "
                            "another news story than the audited 20335, Lyng's reaction the same day)"),
    ("reuters-919", False, "an index-linked gilt exhausted: domestic debt management"),
    ("reuters-19069", False, "a Sri Lankan state oil firm's supply contracts: a state firm's business"),
    ("reuters-8663", False, "Nakasone intervenes in the microchip dispute: the held 8602's news (the same title, the "
                            "same day)"),
    ("reuters-5173", False, "bank staff accept a pay deal: a labour settlement"),
    ("reuters-9663", False, "a telecommunications bill clears a House panel: domestic legislation"),
    ("reuters-4129", False, "Ecuador to ask OPEC to raise its quota: the held 4039's news (the same title)"),
    ("reuters-2913", False, "US corn growers blast Canada's corn ruling: an industry group's views, as 185"),
    ("reuters-11950", False, "Reagan opposes excise tax rises: domestic fiscal policy"),
    ("reuters-3325", False, "a firm names officials: corporate"),
    ("reuters-14937", False, "the British government's injection into Rolls Royce before its flotation: domestic, a "
                             "privatisation"),
    ("reuters-10618", True, "the Lebanese central bank's vice governor calls for an Arab fund to support the pound: "
                            "a state body's appeal to other states for support (no gold holds it)"),
    ("reuters-14888", False, "a brewer joins the bidding for sequestered shares: corporate"),
    ("reuters-17486", False, "a union rejects a contract: a labour dispute with an employer"),
    ("reuters-3906", False, "Venezuela's cabinet approves a state oil firm's refinery purchase: a state firm's "
                            "business"),
    ("reuters-10696", False, "Hong Kong dealers on Nakasone's words: market views"),
    ("reuters-12609", False, "the IEA's director says a US oil import fee would disrupt markets: an international "
                             "official's views on a proposed policy (as earlier walks skipped such views)"),
    ("reuters-2074", False, "Western Canada's economy: figures, views"),
    ("reuters-18915", True, "the Soviet agriculture minister's delegation visits Winnipeg on a cross-Canada tour, "
                            "with a Canadian official: a state visit (no gold holds it)"),
    ("reuters-19590", False, "Kuwait's budget: domestic fiscal policy"),
    ("reuters-17943", False, "Nakasone and Sumita agree a rate cut is not appropriate: domestic monetary policy"),
    ("reuters-11315", True, "EC ministers approve financial packages for seven Mediterranean states, signed by the "
                            "farm ministers: aid between states (another stage than the audited 5772, the foreign "
                            "ministers' agreement of March 16)"),
    ("reuters-11486", False, "Yugoslavia reaches a Paris Club debt pact: the held 11591's news (the same accord, the "
                             "same day)"),
    ("reuters-19715", False, "a motor industry sends workers on leave: business"),
    ("reuters-6958", False, "a stock futures contract postponed: market"),
    ("reuters-20004", False, "a stock exchange head sees no crisis: market views"),
    ("reuters-2553", False, "Costa Rica's economy minister optimistic about ICO reform: views"),
    ("reuters-16256", False, "trade issues strain the EC's patience with Japan: the held 16139's news (the same "
                             "title, the same day)"),
    ("reuters-20986", False, "Canada's finance minister says the economy is sound: views"),
    ("reuters-3031", False, "Tietmeyer says Bonn takes the currency pact seriously: views"),
    ("reuters-8669", True, "the Philippines raises its interest offer to its creditor banks in New York: a debtor "
                           "state's negotiation with its creditor banks, as the earlier golds (another stage than "
                           "the held 8049 of March 20 and 9714 of March 26)"),
    ("reuters-9215", False, "Brazil and its bank committee agree on a credit request: the held 9123's news (the same "
                            "title)"),
    ("reuters-9055", False, "Volcker's letter on banking bill proposals: domestic legislation"),
    ("reuters-17050", False, "a Japanese agency on the yen's effects: an economic report"),
    ("reuters-19918", False, "an Israeli minister sees exports to the US rising: views"),
    ("reuters-13420", False, "London equities: market"),
    ("reuters-11544", False, "EC farm ministers extend marketing years: EC internal farm regulation"),
    ("reuters-6639", False, "a House panel's plan to bar foreign takeovers: domestic legislation"),
    ("reuters-7803", False, "a British official on air traffic: views"),
    ("reuters-5187", False, "Taiwan's cabinet approves bond issues: domestic debt management"),
    ("reuters-18412", False, "a firm's contract talks stalled: a labour dispute with an employer"),
    ("reuters-6415", False, "a Spanish union votes against a general strike: a union's decision, labour"),
    ("reuters-4006", False, "the US action programme for sub-Saharan Africa: the held 4624's news (the same "
                            "programme, announced the day before its publication there)"),
    ("reuters-18902", False, "Tanzania's budget: domestic fiscal policy"),
    ("reuters-9954", False, "Siemens rebuts US criticism of its CGCT offer: corporate (the French government's call "
                            "for offers background)"),
    ("reuters-18085", False, "OPEC's president on oil prices: views"),
    ("reuters-12670", False, "heating oil options: market"),
    ("reuters-12788", False, "Spain revises economic targets: domestic economic policy"),
    ("reuters-9704", True, "the EC's commissioner says the EC will not bow to pressure for a separate farm trade "
                           "deal, after GATT ministers criticised it: a rejection and charges between states (GATT "
                           "farm trade talks 2; another news story than the held 8592, Yeutter's consensus, the day "
                           "before)"),
    ("reuters-18985", False, "the OECD on German growth: an economic survey"),
    ("reuters-11461", False, "Yeutter says the US and Japan are not in a trade war: the held 11254's news (Yeutter's "
                             "testimony the same day)"),
    ("reuters-9705", False, "Vietnam orders its army to grow food: domestic economic policy"),
    ("reuters-8589", False, "Bolivian miners' strike talks with the state mining firm: a labour dispute (the state "
                            "as employer)"),
    ("reuters-16938", False, "coal price talks between firms: business"),
    ("reuters-8312", False, "a central bank debt director offers to resign: an appointment matter"),
    ("reuters-14613", False, "Yeutter on the power to grant import relief: domestic legislation, views"),
    ("reuters-516", False, "Canada's corn injury ruling due this week: a forecast (the ruling's news held)"),
    ("reuters-18160", False, "Shultz plays down the need for more allied forces in the Gulf: views"),
    ("reuters-9293", False, "Thatcher defends British oil policy in a Saudi newspaper interview: a leader's views "
                            "(the held 8095 the King's visit)"),
    ("reuters-19007", False, "a network will implement a contract: a labour dispute with an employer"),
    ("reuters-9554", False, "Canada may monitor steel shipments, anonymous officials say: a plan (the held 15313 the "
                            "decision)"),
    ("reuters-286", False, "a Shultz visit to Moscow possible, the Soviets say: the held 255's news (the visit under "
                           "consideration, the day after; its second paragraph restates it)"),
    ("reuters-20608", False, "a firm says the market drop may affect its talks: corporate"),
    ("reuters-20677", False, "a firm realigns a unit: corporate"),
    ("reuters-19620", False, "Mauritius may have offshore banking: domestic economic policy"),
    ("reuters-5481", False, "7,000 miners strike at two firms: a labour dispute with employers"),
    ("reuters-17870", False, "Venezuela obtains credit for industrial projects: a state's borrowing, figures"),
    ("reuters-11600", False, "a shareholder campaign: corporate"),
    ("reuters-9225", False, "Brazil and its banks fail to make a breakthrough: the held 9123's news (the same "
                            "meeting's stopgap arrangement, the same day)"),
    ("reuters-8689", False, "a brokerage in talks on purchases: corporate"),
    ("reuters-8599", False, "Yeutter says a GATT round may stop trade problems: views"),
    ("reuters-16607", False, "a Kuwaiti daily on OPEC's credibility: media views"),
    ("reuters-9720", False, "Miyazawa says major nations are acting on the Paris accord: views"),
    ("reuters-17232", False, "a firm buys a supercomputer: corporate"),
    ("reuters-13586", False, "Denmark plans to end sales tax on some items: domestic fiscal policy"),
    ("reuters-3413", False, "an investor discussed control of a firm: corporate"),
    ("reuters-18097", True, "the Dutch finance minister welcomes Reagan's choice of Greenspan for the Fed: a "
                            "government's approval of another's act (no gold holds it)"),
    ("reuters-18459", False, "Indonesia seeks to raise sugar output: domestic economic policy"),
    ("reuters-6959", False, "Australian exports and GDP: figures"),
    ("reuters-21491", False, "a bond market stalled by a Belgian crisis: market"),
    ("reuters-11769", False, "a Chinese vice-governor criticises grain policy: domestic views"),
    ("reuters-627", False, "a car maker's European sales: corporate"),
    ("reuters-1168", False, "a firm gets an army contract: corporate"),
    ("reuters-17142", False, "Mexico yet to answer Peru's silver talks invitation: the held 17149's news (the same "
                             "day)"),
    ("reuters-660", False, "a firm's steps after union talks fail: a labour dispute with an employer"),
    ("reuters-4491", False, "Miller says no tax rises: domestic fiscal policy"),
    ("reuters-12142", False, "a firm gets an army contract: corporate"),
    ("reuters-545", False, "an investor group's talks: corporate"),
    ("reuters-5465", False, "a chairman sells shares: corporate"),
    ("reuters-9776", False, "the Libyans appear to be pulling out of Chad: the held 9695's news (the same title) and "
                            "9882's"),
    ("reuters-20649", True, "Spain's farm minister calls for EC help on maize imports and threatens to withhold "
                            "support for the Commission's output plan: a member state's demand and threat (no gold "
                            "holds it)"),
    ("reuters-8360", False, "France to boost research funds for state industry: domestic economic policy"),
    ("reuters-19540", False, "a Chinese state investment group and an Australian state sign an aluminium joint "
                             "venture: state firms' business"),
    ("reuters-17240", False, "Miyazawa does not think the dollar is in free fall: views"),
    ("reuters-5788", False, "a mine's life extended: corporate"),
    ("reuters-4028", False, "Venezuela to lend Ecuador oil: the held 3594 and 3609's news (the deputy minister's "
                            "talks in Caracas, the same day) and 4609's"),
    ("reuters-3410", False, "firms to bid on a map service: corporate"),
    ("reuters-8092", False, "workers at a car plant call a strike: a labour dispute with an employer"),
    ("reuters-7467", False, "House Republicans withhold votes in the budget markup: domestic fiscal policy, "
                            "legislation"),
    ("reuters-5145", False, "Ecuador adopts an austerity programme: domestic economic policy"),
    ("reuters-12326", False, "Democrats push the budget through committee: domestic fiscal policy, legislation"),
    ("reuters-1674", False, "the wheat board advises a grain price cut: a commodity board"),
    ("reuters-18449", False, "election results lift Italian shares: market"),
    ("reuters-2015", False, "Tanzanian railways secure aid: the held 1985's news (the same title)"),
    ("reuters-5692", False, "Brazil's trade surplus: figures"),
    ("reuters-17480", False, "a union rejects a contract: a labour dispute with an employer"),
    ("reuters-19247", False, "a bank leaves market making: corporate"),
    ("reuters-6930", False, "firms amend a merger: corporate"),
    ("reuters-9846", False, "a bank's talks with dissidents break down: corporate"),
    ("reuters-10048", True, "the French and British finance ministers hold talks in London: consultations between "
                            "governments (no gold holds them)"),
    ("reuters-18427", False, "a soybean price dispute between Uruguayan suppliers and Taiwan's importers: business "
                             "(the Uruguayan government stays out)"),
    ("reuters-16198", False, "Tokyo stocks: market"),
    ("reuters-5684", False, "Brazil's trade surplus: figures"),
    ("reuters-505", False, "a bank negotiates the sale of units: corporate"),
    ("reuters-6922", False, "debt futures: market"),
    ("reuters-5137", False, "Ecuador's president ratifies the suspension of payments to private banks: the held "
                            "5143's news (his words on the debt, reported the next day) and 4037's (the suspension "
                            "sought, March 11)"),
    ("reuters-2704", False, "a bank's refinancing: corporate"),
    ("reuters-1026", False, "Kenya's president on the economy at parliament's opening: domestic economic policy, "
                            "views"),
    ("reuters-10863", False, "British government bonds: market"),
    ("reuters-1749", False, "a firm names a chief executive: corporate"),
    ("reuters-11029", False, "an investor group's talks on a firm: corporate"),
    ("reuters-360", False, "a car maker breaks off talks with its union: a labour dispute with an employer"),
    ("reuters-17315", False, "a firm and its union settle: a labour dispute with an employer"),
    ("reuters-15413", False, "a stock split: corporate"),
    ("reuters-7233", True, "the Reagan administration protests the constitutionality of the special prosecutor law "
                           "before a Senate subcommittee: the executive's challenge to the law behind the "
                           "Iran-contra probe (another news story than the held 3590, senators and the prosecutor on "
                           "testimony, March 11)"),
    ("reuters-9196", False, "Singapore's growth: figures"),
    ("reuters-18414", False, "a firm in talks with miners: a labour dispute with an employer"),
    ("reuters-597", False, "OPEC's president says the market is manipulated: market views"),
    ("reuters-2417", False, "a farm conference calls for reform: views"),
    ("reuters-11587", False, "two US departments' dispute over cargo preference costs: domestic administration"),
    ("reuters-3451", False, "an Australian poll: no event"),
    ("reuters-4266", False, "a firm's earnings prospects: corporate"),
    ("reuters-9751", False, "an Australian growth forecast: figures"),
    ("reuters-8511", False, "inspectors to check Yugoslav price levels: domestic economic policy"),
    ("reuters-248", False, "Saudi Arabia reiterates its commitment to the OPEC accord: commodity policy statements "
                           "(an earlier walk skipped it)"),
    ("reuters-16929", False, "Yeutter almost sure Japan will not retaliate against the tariffs: the held 16895's "
                             "news (the tariffs of the same day), views"),
    ("reuters-16199", False, "two financial institutions fail: business"),
    ("reuters-16564", True, "US officials press the EC to withdraw its meat inspection directive: a state's demand "
                            "to another (another news story than the held 5009, the meat group's complaint of March "
                            "13)"),
    ("reuters-4947", False, "Ecuador's central bank says it cannot service its bank debt: the news of 302 and the "
                            "held 4037"),
    ("reuters-21532", False, "a Philippine inflation forecast: figures"),
    ("reuters-20928", False, "Reagan convinced the economy is sound: views"),
    ("reuters-10210", False, "a British poll: no event"),
    ("reuters-4778", False, "an unofficial strike in Rotterdam's grain sector: a labour dispute with employers"),
    ("reuters-10903", False, "a British minister sees enough EC states against the oils tax: a minister's forecast "
                             "of the vote, views"),
    ("reuters-20501", False, "Peru starts proceedings to expropriate banks: domestic economic policy"),
    ("reuters-9512", False, "tax fraud charges against three men: a domestic criminal case"),
    ("reuters-17060", False, "India aims to export more tea: a trade target"),
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
