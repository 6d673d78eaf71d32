"""Candidate walk for the sixty-first article gold (written blind, 'gold-sixty-fourth'): the remainder list
(gold_selection.remainder_list, imported, not rebuilt: 499 Reuters-21578 records of 80-399 words with at least three
political keyword hits that no gold, audit or earlier use held when it was drawn), walked over positions 334-499, the
stretch declared for this gold before any of the three golds of the thirty-second session read a story
(gold-sixty-second 1-166, gold-sixty-third 167-333, gold-sixty-fourth 334-499); the other two were written at the
same time and were not read here.
Usage (from the repository root): python3 eval/gold-sixty-fourth/select_stories.py [N]

Rules as gold-fifty-eighth's walk: a story is taken when it reports at least one act of a political actor toward
another (a government, minister, head of state, legislature, army, police, armed group, union or party acting toward
another, or an international body); domestic political acts such as a minister's resignation count; a business story
with a government's act in it is taken, only its political acts required; company news, markets, figures, forecasts
and views are no political news; digests of headlines, labour disputes with an employer, domestic economic, monetary
and fiscal policy, regulation, legislation, polls, ordinary crime and natural disasters are skipped; a strike is
taken only as the earlier golds took one (a political strike against a government's policy, as gold-fifty-ninth's
general strike in British Columbia); a government's debt talks with its commercial banks are financial negotiations
(as the earlier walks skipped 10568, 11155 and 270, all in this stretch; gold-fifty-ninth's 13254 the exception),
so only talks and acts between governments or international bodies make a debt story; not the same news story as
one an earlier gold took or one already taken (titles, dates and openings of every held record compared); at most
three stories on one conflict or negotiation; 20 stories. This stretch holds the list's remainder: nearly every
record in it was skipped by an earlier walk, whose reasons were read as precedents and followed unless the
one-event rule of gold-fifty-eighth now takes the story. WALK gives each position's reason;
gold_selection.print_walk checks that it is the list's order from START and that no story taken is held by any gold
now written, the shared dev gold, used_records() or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, positions_asked, print_walk, remainder_list  # noqa: E402

OWN = "eval/gold-sixty-fourth/"
LIST_LENGTH = 499  # the list as gold_selection draws it
START = 334  # declared in advance: this gold walks 334-499
STOP = 500  # the list's end
TAKE_AT_MOST = 20

WALK = [
    ("reuters-13577", False, "a money news digest: headlines of several stories"),
    ("reuters-17335", False, "Reagan hopes to lift the Japan chip sanctions: views in a speech, the same day as the "
                             "held 17216's report of the coming offer"),
    ("reuters-18661", True, "Brazil's CUT union executive proposes a general strike in protest at the government's "
                            "austerity programme: a political strike against a government's policy, as "
                            "gold-fifty-ninth's 17814 (no gold holds it)"),
    ("reuters-16856", False, "Yeutter forecasts that the tariffs on Japan will go ahead: a forecast, the news of the "
                             "held 16794 the same day"),
    ("reuters-14733", False, "a Canadian business digest: headlines of several stories"),
    ("reuters-3379", False, "Airbus has no comment on talks with McDonnell: corporate"),
    ("reuters-1140", False, "Venezuela limits new borrowing; its debt deal with banks: debt policy"),
    ("reuters-7056", False, "the UK Treasury's budget arithmetic: fiscal policy"),
    ("reuters-243", False, "Iran claims a victory near Basra overnight: the battle of the held 245, the same night"),
    ("reuters-13861", False, "a grain board adjusts export prices: prices"),
    ("reuters-17747", True, "Reagan will press West Germany and Japan for growth at the summit: a state's demand on "
                            "others (another news story than the held 17750 from the same day, his hint on Gulf "
                            "patrols)"),
    ("reuters-20008", False, "a state oil firm's advice on output: a firm's forecast"),
    ("reuters-7414", False, "Venezuela approves bond plans: domestic financing"),
    ("reuters-12970", False, "Finland's government resigns: the text and news of the held 12961"),
    ("reuters-10182", False, "a utility's executives retire: corporate"),
    ("reuters-1557", False, "EC sources detail a farm social package: the EC's internal farm policy"),
    ("reuters-8033", False, "Alberta's budget: domestic fiscal policy"),
    ("reuters-9150", False, "an exchange considers changes: business"),
    ("reuters-15814", False, "a firm awaits approval of its debt deal: corporate"),
    ("reuters-9370", False, "firms curb business with Drexel: corporate"),
    ("reuters-9149", False, "an employers' federation's yen forecast: a forecast"),
    ("reuters-5458", False, "Funaro tells a business conference the debt crisis is a world problem: views; the "
                            "refusal to approach the IMF is habitual background"),
    ("reuters-9221", False, "the toll of the Afghan raids on Pakistan rises: the news of the held 9179 (the same "
                            "toll, the same day)"),
    ("reuters-17516", False, "a state oil firm's wells: corporate"),
    ("reuters-8412", False, "police arrest bank managers for embezzlement: ordinary crime"),
    ("reuters-17206", False, "EC ministers likely to criticise finance ideas: speculation before a meeting"),
    ("reuters-11740", False, "Israel's parliament passes the budget: domestic fiscal policy"),
    ("reuters-21023", False, "a banker calls for a monetary meeting: a business view"),
    ("reuters-13494", False, "a Greek official on austerity: domestic views"),
    ("reuters-15812", False, "Nigeria's domestic oil subsidy: domestic economic policy"),
    ("reuters-20409", False, "a former official's views on credit: views"),
    ("reuters-12986", False, "a central bank's GDP forecast: a forecast"),
    ("reuters-14640", False, "Brazil sets up a debt commission: a domestic body, the news of the held 14492"),
    ("reuters-9681", False, "a House panel adopts an exchange rate bill: legislation"),
    ("reuters-6472", False, "an ambassador sees a bright Philippine future: an envoy's forecast"),
    ("reuters-6994", False, "EC farm lobbies back an oils tax: interest groups' views"),
    ("reuters-7626", False, "the Senate wants the chip pact enforced: the news of the held 7521 (the same title)"),
    ("reuters-8437", False, "EC export aid figures: figures"),
    ("reuters-17301", False, "steelmakers and a mine discuss coal prices: corporate"),
    ("reuters-2355", True, "the World Bank's president says his bank has been urging Brazil to draw up a plan and "
                           "that he met Funaro: an international body's demand on and talks with a government "
                           "(Brazil's debt 1; no gold holds it)"),
    ("reuters-9013", False, "a regulator's board members differ on farm credit aid: domestic policy"),
    ("reuters-727", False, "a firm forms operating groups: corporate"),
    ("reuters-17783", False, "a firm's meeting with striking locals: a labour dispute, the story of the held 17805"),
    ("reuters-3800", False, "Austria's growth forecast: a forecast"),
    ("reuters-5261", False, "Finnish markets before the election: market"),
    ("reuters-18395", False, "a confectioners' association writes against the EC oils tax: an interest group's "
                             "views"),
    ("reuters-8681", False, "an employers' chief sees hope for growth: a business view"),
    ("reuters-5233", False, "a capital fund planned with an investment house: finance"),
    ("reuters-19128", False, "OPEC's president expects a calm meeting: a forecast"),
    ("reuters-18104", False, "the White House has not decided whether to lift the chip sanctions: no decision"),
    ("reuters-5835", False, "a sugar output forecast: a forecast"),
    ("reuters-8759", False, "farm payment figures: figures"),
    ("reuters-4721", False, "a by-election result: no act between actors"),
    ("reuters-5159", False, "a minister on a firm's affair in an interview: remarks"),
    ("reuters-6125", False, "a state oil firm's refinery deal: commercial"),
    ("reuters-348", True, "Argentina's debt negotiator, back from talks with Baker, Volcker and the IMF's head, "
                          "confident of an accord; the bridge loan granted by the US and other states: talks and aid "
                          "between governments (Argentina's debt 1; another news story than the held 181, the "
                          "Treasury's part in the loan on February 26)"),
    ("reuters-5193", False, "Jordan's premier on economic priorities: no event"),
    ("reuters-10693", False, "Indonesia limits the oil price impact: domestic fiscal policy"),
    ("reuters-12197", False, "a bank lowers its card rates: corporate"),
    ("reuters-11659", False, "a former savings-bank official sentenced: ordinary crime"),
    ("reuters-14478", False, "Yeutter warns Congress against required retaliation: domestic policy views"),
    ("reuters-12146", False, "a firm explores a buyout: corporate"),
    ("reuters-17073", False, "a Japanese dock strike continues: a labour dispute with employers"),
    ("reuters-6967", False, "shares slide on a government sale: market"),
    ("reuters-9900", False, "a tax-cut bill goes to the cabinet: fiscal policy"),
    ("reuters-754", False, "coffee quota talks stall: commodity-market negotiations, as gold-twenty-first skipped "
                           "them"),
    ("reuters-20447", False, "a banking panel on the share fall: a business view"),
    ("reuters-3176", False, "merger talks end: corporate"),
    ("reuters-17634", False, "a US budget accord may be reached: legislation"),
    ("reuters-13037", False, "an acquisition completed: corporate"),
    ("reuters-13540", False, "a central banker's views on Reagan bonds: views"),
    ("reuters-14953", False, "Tanzania raises prices: domestic fiscal policy"),
    ("reuters-8106", False, "Yeutter sees the US and Japan verging on a trade conflict: views before a meeting"),
    ("reuters-1927", False, "Hawke sees a larger deficit: a forecast"),
    ("reuters-12457", False, "an unnamed Japanese official on friction with the US: views"),
    ("reuters-15763", False, "a banker calls for tax cuts: a business view"),
    ("reuters-525", False, "steelmakers give the EC Commission a plan: an industry lobby's plan"),
    ("reuters-2614", False, "South Africa optimistic about debt talks to come: views"),
    ("reuters-15403", False, "an exchange expects a futures listing: corporate"),
    ("reuters-5221", False, "polls predict a swing in Finland: an election in progress, no act"),
    ("reuters-4147", False, "a firm's cocoa surplus forecast: a forecast"),
    ("reuters-7461", True, "Ecuador's industry and trade minister resigns, denying a link with protests against "
                           "austerity: a minister's resignation, a domestic political act as gold-fifty-eighth took "
                           "them (the unions' strike call is the held 6899's news, optional here)"),
    ("reuters-10660", False, "a minister on the dollar's fall: market"),
    ("reuters-20061", False, "Takeshita faces a tough job, economists say: views"),
    ("reuters-8070", False, "a growth forecast: a forecast"),
    ("reuters-5184", False, "a minister's economic outlook: an assessment"),
    ("reuters-17188", False, "the Soviet government calls results unsatisfactory: an assessment, no interaction"),
    ("reuters-176", False, "LNG imports from Algeria unlikely: a state firm's commercial talks, forecasts"),
    ("reuters-17324", False, "a firm's new group: corporate"),
    ("reuters-3449", False, "a central banker on monetary policy: an assessment"),
    ("reuters-10103", False, "a bank president hopeful on Brazil: comment"),
    ("reuters-12844", False, "data coordination at the IMF: economic policy"),
    ("reuters-6189", False, "alumina exports fall: production figures"),
    ("reuters-14342", False, "the dollar at midsession: market"),
    ("reuters-9969", False, "Brazil asks its banks for a credit extension: a request to banks, the news of the held "
                            "9123 (March 24)"),
    ("reuters-5160", False, "Baldrige warns of a trade war: forecasts and views"),
    ("reuters-5226", False, "a Philippine commission to name more directors of a firm: a government's domestic act "
                            "toward a firm"),
    ("reuters-9651", False, "the farm credit system to ask Congress for aid: a domestic request to come"),
    ("reuters-876", False, "EC farm ministers postpone dairy talks: the EC's internal farm policy"),
    ("reuters-1254", False, "a firm's new markets: corporate"),
    ("reuters-17426", False, "Bangladesh weighs a penalty on a grain supplier: a commercial contract"),
    ("reuters-16081", False, "France approves defence spending: domestic fiscal policy, legislation"),
    ("reuters-263", False, "EC farm ministers consider price cuts: the EC's internal farm policy"),
    ("reuters-2973", False, "Ecuador to export no oil for four months: the quake's effects; its political acts are "
                            "the aid the held 3609 reports"),
    ("reuters-5057", False, "a trade bill's farm provisions: legislation"),
    ("reuters-17364", False, "a firm named in a 1985 fraud suit: a lawsuit, ordinary crime"),
    ("reuters-11463", False, "Ireland's budget: domestic fiscal policy"),
    ("reuters-12755", True, "the Swedish prime minister's visit to China, trade to expand: a head of government's "
                            "visit (no gold holds it)"),
    ("reuters-4552", False, "a House panel approves a trade bill: legislation"),
    ("reuters-8471", False, "an aircraft maker studies a model: corporate"),
    ("reuters-4182", False, "a buyout: corporate"),
    ("reuters-19998", False, "Venezuela sees a flat oil price despite the US attack: a forecast; the attack is "
                             "background"),
    ("reuters-12070", False, "Baker says Brazil is not in crisis: views in testimony"),
    ("reuters-5726", False, "a public offering: finance"),
    ("reuters-18528", False, "an airline welcomes a share sale: privatisation, economic policy"),
    ("reuters-270", False, "the Philippines heads into debt talks with its banks: a negotiation with banks"),
    ("reuters-1591", True, "Funaro meets Swiss ministers on his debt tour: talks between governments (Brazil's debt "
                           "2; another leg than the held 975, 1248 and 2545, the French, German and Italian talks)"),
    ("reuters-4547", False, "Volcker on problem sectors: an assessment"),
    ("reuters-16485", False, "a bank names a vice chairman: corporate"),
    ("reuters-11985", False, "a buyback: corporate"),
    ("reuters-718", False, "a study group on Canada's trade talks: a think tank's views"),
    ("reuters-10308", False, "Japan sets aside yen funds: domestic fiscal policy"),
    ("reuters-3550", False, "Hong Kong raises a borrowing limit: monetary policy"),
    ("reuters-17453", True, "Toshiba hopes its US exports are not hurt by its subsidiary's illegal exports to the "
                            "Soviet Union; Japan's ban and arrests, a US Air Force cancellation reported: a "
                            "government's acts in a business story (another news story than the held 19425, the "
                            "Pentagon's stop of June 19)"),
    ("reuters-5812", False, "intervention prices expected to fall: a forecast of domestic policy"),
    ("reuters-19656", False, "Congress resolves farm credit funding: legislation"),
    ("reuters-6788", False, "a House plan on foreign takeovers: legislation"),
    ("reuters-11785", False, "Hawke will not call a snap election: no act between actors"),
    ("reuters-190", False, "banks voice concern to Brazil's negotiator: creditor banks' act, financial"),
    ("reuters-4333", False, "a firm restructures a unit: corporate"),
    ("reuters-8649", False, "South Africa to announce debt arrangements: an announcement to come"),
    ("reuters-20656", False, "Reagan cancels a reception to watch the market: no act between actors"),
    ("reuters-10568", False, "the Philippines' debt deal with its bank committee: a deal with banks"),
    ("reuters-9755", False, "foreign firms hope to join a telecom firm: corporate"),
    ("reuters-21566", False, "a bond coupon: finance"),
    ("reuters-12436", False, "Zambia's maize crop: a forecast"),
    ("reuters-8354", True, "gunmen wound the Bank of Tokyo's manager in Lima, no group claims it: an attack with no "
                           "known actor, as gold-fifty-eighth's bombings (no gold holds it)"),
    ("reuters-16097", False, "Uganda's coffee board stops offering coffee: a state board's commercial act"),
    ("reuters-20287", False, "Switzerland to redeem debt: domestic fiscal policy"),
    ("reuters-4034", False, "Ecuador will honour its debt: a policy statement"),
    ("reuters-20461", False, "a soybean association calls the EC's policy illegal: an industry group's views"),
    ("reuters-12546", False, "Zimbabwe's government buys into a firm: a commercial purchase"),
    ("reuters-19658", False, "EC-US pasta talks fail: the news of the held 19546 (the same talks, the same day)"),
    ("reuters-1502", False, "a quarterly loss: earnings"),
    ("reuters-13455", False, "Singapore stocks: market"),
    ("reuters-20870", False, "an economist's view of the market: no act"),
    ("reuters-282", False, "an airline's fleet: corporate"),
    ("reuters-19506", True, "the UAE oil minister arrives in Egypt for a visit, Egypt's pledge to restrain output: "
                            "a minister's visit to another state (no gold holds it)"),
    ("reuters-7539", False, "a state bank takes over another: a domestic bank merger"),
    ("reuters-14262", False, "a new chairman: corporate"),
    ("reuters-11594", False, "an executive retires: corporate"),
    ("reuters-4007", False, "a preferred stock priced: market"),
    ("reuters-8167", False, "Iraq raids Iran's Nowruz oilfield: the news of gold-wire's 8440 (the same raid)"),
    ("reuters-21466", False, "a firm restructures units: corporate"),
    ("reuters-11737", False, "a firm in debt talks: corporate"),
    ("reuters-18411", False, "a firm in contract talks with miners: a labour dispute with an employer"),
    ("reuters-11155", False, "Argentina's debt talks with its bank committee: a negotiation with banks"),
    ("reuters-1933", False, "a central bank raises reserve requirements: bank regulation"),
    ("reuters-3942", False, "a firm's contract with Iraq: a firm's sale"),
    ("reuters-17357", False, "a regulator's chairman on a gas market: policy statements"),
    ("reuters-4617", False, "shipping firms settle with striking seamen: a labour dispute with employers (as the "
                            "earlier walks skipped 4740 and 4711)"),
    ("reuters-1632", False, "a firm's pollution settlement: regulation"),
    ("reuters-8053", False, "the US arms negotiator has a heart attack: no political act"),
    ("reuters-234", False, "opinion polls: no act"),
    ("reuters-10138", False, "farm credit aid may be broadened: legislation"),
    ("reuters-17040", False, "a setback for Nakasone in parliament: legislation; the list's end, where the walk "
                             "stops with ten stories"),
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
