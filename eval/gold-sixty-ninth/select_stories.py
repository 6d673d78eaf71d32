"""Candidate walk for the sixty-sixth article gold (written blind, 'gold-sixty-ninth'): the two-hit list
(gold_selection.two_hit_list, imported, not rebuilt: 573 Reuters-21578 records of 80-399 words with exactly two
political keyword hits that no gold, audit or earlier use held when it was drawn), walked from position 1. Declared
before any story was read: this gold walks the list from 1 and stops at 20 stories; the thirty-third session's three
other blind golds (gold-sixty-sixth, -sixty-seventh, -sixty-eighth) walk the long list and were not read here. The
walk reached the list's end (573) with twelve stories.
Usage (from the repository root): python3 eval/gold-sixty-ninth/select_stories.py [N]

Rules as gold-sixty-second's walk: a story is taken when it reports at least one act of a political actor toward
another (a government, minister, head of state, legislature, army, armed group, party or international body;
domestic political acts such as resignations, a ruling council's decisions on a handover of power, arrests and
judicial charges count); company news, markets, figures, forecasts and views are no political news; a business story
with a political actor's act in it is taken, only its political acts required; labour disputes with an employer (the
state as employer included), domestic economic, monetary and fiscal policy, regulation, legislation, polls,
elections without an act, appointments and reshuffles are skipped; a cancelled trip alone is skipped; not the same
news story as one an earlier gold took (titles, dates within four days and openings of every record held_now holds
compared) or one already taken; at most three stories on one conflict or negotiation; 20 stories. Most of the list's
records were walked and skipped by earlier walks under their own rules (their READMEs name them); where gold-sixty-
second's rules differ (one act suffices; coming visits and meetings count), this walk follows gold-sixty-second and
says so in the position's reason. WALK gives each position's reason; gold_selection.print_walk checks that it is the
list's order from START and that no story taken is held by any gold now written, the shared dev gold, used_records()
or audited_records() (held_now)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
from gold_selection import held_now, positions_asked, print_walk, two_hit_list  # noqa: E402

OWN = "eval/gold-sixty-ninth/"
LIST_LENGTH = 573  # the list as gold_selection draws it
START = 1  # declared in advance: this gold walks the list from 1
STOP = LIST_LENGTH + 1  # no other gold walks this list: the walk may run to its end
TAKE_AT_MOST = 20
WALK = [
    ("reuters-17055", False, "Golkar's provisional election results: an election, no act"),
    ("reuters-8929", False, "balladur says economic rebound to take years: views or policy statements, no act toward "
                            "another"),
    ("reuters-21357", False, "industrial equity to make proposal to calmat<czm>: corporate"),
    ("reuters-1278", False, "premier industrial <pre> names executives: corporate"),
    ("reuters-629", False, "ford <f> air-bag program flagging - report: corporate"),
    ("reuters-20769", False, "reagan sees room for interest rate declines: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-11423", False, "brazilian firm says westinghouse will compensate: corporate"),
    ("reuters-16176", False, "takeover battle for dome petroleum begins: corporate"),
    ("reuters-18007", False, "christiania raises amount of gold linked bond: market"),
    ("reuters-4442", False, "american cyanamid to set up plant in dunkirk: corporate"),
    ("reuters-2745", False, "rochester gas <rgs> sees further nuclear delays: corporate"),
    ("reuters-10991", False, "cummin named chairman of phlcorp <phx>: corporate"),
    ("reuters-7054", False, "cbt leaders plan april trip to far east: corporate"),
    ("reuters-2073", True, "the Attorney General's Office will charge seven mine managers and employees with culpable "
                           "homicide over the Kinross fire: a state's judicial charges (ACCUSE; gold-thirty-first "
                           "skipped it as law enforcement against private persons, this walk counts charges and "
                           "arrests as gold-sixty-second took 3437; no gold holds it)"),
    ("reuters-3796", False, "Dutch MPs on the Rotterdam port redundancy dispute: a labour dispute with employers"),
    ("reuters-10373", False, "ec extends parts of free food for poor scheme: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-9710", False, "japan seen cutting april bond coupon from five pct: market"),
    ("reuters-3364", False, "api president sees options to avert oil crisis: an industry body's or lobby's views"),
    ("reuters-18491", False, "new zealand forecasts 379 mln dlr budget surplus: figures or a forecast"),
    ("reuters-8496", False, "caesars <caw> has no comment on mts talks: corporate"),
    ("reuters-4661", False, "sandvik, diamant boart in accord on joint venture: corporate"),
    ("reuters-1718", False, "pactel <pac> sees earnings growth: corporate"),
    ("reuters-12859", False, "miners bring their families into single-sex hostels: a labour dispute with the mine "
                             "owners"),
    ("reuters-14629", False, "spartech <sptn> reverse stock split approved: corporate"),
    ("reuters-15932", False, "noranda begins salvage operations at murdochville: corporate"),
    ("reuters-1696", False, "total still expects 1.5 billion franc 1986 loss: corporate"),
    ("reuters-20508", False, "texaco <tx> expects texas court to hear case: corporate"),
    ("reuters-11502", False, "white house says stock market sound and strong: views or policy statements, no act "
                             "toward another"),
    ("reuters-1513", False, "u.k. one billion stg bond issue exhausted: market"),
    ("reuters-14763", False, "a House committee cuts SDI funding: legislation"),
    ("reuters-17879", False, "china forest fires flare again: an accident or a natural disaster"),
    ("reuters-7778", False, "electronic mail<emcac> refinances, president quits: corporate"),
    ("reuters-12642", True, "Lawson will go to Washington for the IMF and G-7 meetings and says he told Funaro in "
                            "February Britain would not press its banks: a coming meeting between states and a refusal"
                            " (gold-thirty-second skipped it as a G-7 preview; gold-sixty-second's rules take coming "
                            "meetings, as its 8637; another news story than the held Lawson stories 11000, 11287, "
                            "12121 of March 30 to April 1)"),
    ("reuters-4632", False, "Japan denies breaking the chip pact: the news of the held 4665 (MITI's remarks the same "
                            "day, as gold-forty-second's walk skipped it)"),
    ("reuters-17622", False, "northgate quebec gold workers end strike: a labour dispute with employers"),
    ("reuters-9560", False, "snc group expects higher 1987 earnings, sales: corporate"),
    ("reuters-19351", False, "group has 5.1 pct of american physicians<amph.o>: corporate"),
    ("reuters-7110", False, "cyclops <cyl>board restructured to include dixon: corporate"),
    ("reuters-15694", False, "france's balladur says target zone notion nearer: views or policy statements, no act "
                             "toward another"),
    ("reuters-10717", False, "japanese shipyards to form cartel, cut output: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-16646", False, "canada's wilson has no comment on dome (dmp): corporate"),
    ("reuters-11392", False, "weather hurting yugoslav wheat - usda report: figures or a forecast"),
    ("reuters-11557", False, "royal dutch/shell <rd> special meeting requested: corporate"),
    ("reuters-7615", False, "pacificorp <ppw> sells serial preferred stock: corporate"),
    ("reuters-11390", False, "u.s. stock market overreacts to tariffs - yeutter: views or policy statements, no act "
                             "toward another"),
    ("reuters-14830", False, "nissan may supply parts to mexican ford, chrysler: corporate"),
    ("reuters-17928", False, "oman central bank to issue treasury bills: domestic economic, fiscal, monetary or trade "
                             "policy"),
    ("reuters-21502", False, "south yemen plans oil export pipeline - mees: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-7268", False, "former broker pleads guilty in u.s. tax scheme: law enforcement against private persons "
                            "(as the earlier walks' fraud cases)"),
    ("reuters-21276", False, "the LDP chooses Takeshita as the next prime minister: a party's leadership choice "
                             "(appointments)"),
    ("reuters-8214", False, "n.z. ports reopen, but further disruption likely: a labour dispute with employers"),
    ("reuters-4676", True, "Japan agreed in talks with the US to amend its laws on international value-added network "
                           "services: an agreement between states (no gold holds it)"),
    ("reuters-11505", False, "manhattan nat'l <mlc> holders vote stock sale: corporate"),
    ("reuters-18658", False, "liberty financial announces merger with equimark: corporate"),
    ("reuters-17330", False, "french producers withdraw sugar from intervention: commodity producers, traders or "
                             "bodies (no act between political actors)"),
    ("reuters-12252", False, "a House budget committee nears agreement: legislation"),
    ("reuters-5262", False, "scientist allays fears about chernobyl pollution: an accident or a natural disaster"),
    ("reuters-11009", False, "halifax engineering <hx> gets contracts: corporate"),
    ("reuters-15698", False, "jp industries <jpi> confirms proposal: corporate"),
    ("reuters-18573", False, "dome <dmp> shareholder files class action suit: corporate"),
    ("reuters-18851", False, "rio de janeiro dockers strike over wages: a labour dispute with employers"),
    ("reuters-10938", False, "mcdonnell <md> unit signs pact with martin <ml>: corporate"),
    ("reuters-19807", False, "dauster says consumers should keep out of quotas: views or policy statements, no act "
                             "toward another"),
    ("reuters-159", False, "army to renegotiate itt <itt> radio contract: a state firm's or agency's commercial act"),
    ("reuters-17262", False, "nippon steel nominates new president: corporate"),
    ("reuters-8510", False, "brunswick <bc> sees higher 1987 first quarter: corporate"),
    ("reuters-14088", False, "african development bank loans rose 42 pct in 1986: figures or a forecast"),
    ("reuters-9708", False, "pacific dunlop announces aids protection discovery: corporate"),
    ("reuters-8764", False, "Conable on Indonesia's debts: views; his visit is the held 8703's (the same day)"),
    ("reuters-3400", False, "conagra <cag> completes merger with trident: corporate"),
    ("reuters-16320", False, "commonwealth aluminum puts plant on the block: corporate"),
    ("reuters-12756", True, "US firms bid for the FSX and a Pentagon team will visit the Defence Agency on April 11: a"
                            " coming visit between states in a business story (another news story than the held 11169 "
                            "of March 31, Japan's decision to cooperate with the US)"),
    ("reuters-17155", False, "spain approves aid funds for steel industry: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-19433", False, "u.s. asks congress to revise tariff categories: legislation or a legislator's views"),
    ("reuters-13023", False, "fcs laboratories <fcsi> terminates deal talks: corporate"),
    ("reuters-4110", False, "georgian avalanches and floods bring deaths: an accident or a natural disaster"),
    ("reuters-157", False, "<nova> wins government okay for husky <hyo> deal: domestic economic, fiscal, monetary or "
                           "trade policy"),
    ("reuters-867", False, "japan unemploymnent rises to record in january: figures or a forecast"),
    ("reuters-15789", False, "endotronics <endo> names new president: corporate"),
    ("reuters-13019", False, "canadian money supply falls in week: market"),
    ("reuters-18302", False, "investment crucial to u.s. textile recovery: views or policy statements, no act toward "
                             "another"),
    ("reuters-4575", False, "brazil needs more external financing - volcker: views or policy statements, no act toward"
                            " another"),
    ("reuters-11858", False, "lower interest rates seen following irish budget: market"),
    ("reuters-2795", False, "u.s. navy grounds some a-6 attack jets: an accident or a natural disaster"),
    ("reuters-10219", False, "mcintyre mines <mp> completes unit sale: corporate"),
    ("reuters-20681", False, "renault to have some debt cancelled by france: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-11249", False, "british caledonian group announces big losses: corporate"),
    ("reuters-11271", False, "Thailand's port authority buys Yugoslav cranes: a commercial purchase"),
    ("reuters-7941", False, "canada committee seeks lower credit card rates: legislation or a legislator's views"),
    ("reuters-5588", True, "Jordan receives loans from the European Investment Bank, the Islamic Development Bank and "
                           "three Arab funds: aid to a state (gold-forty-first skipped it as one act; gold-sixty-"
                           "second's rules take one act; no gold holds it)"),
    ("reuters-4685", False, "japan brokers seek 10 year government bond auction: market"),
    ("reuters-10798", False, "workers to end 4-day strike at general motors: a labour dispute with employers"),
    ("reuters-17136", False, "the ECA on African reforms: a survey's findings"),
    ("reuters-19355", False, "sec supports insider trading definition: legislation or a legislator's views"),
    ("reuters-833", False, "Yeutter warns the EC over the oils tax: the news of the held 1848 (as gold-forty-second's "
                           "walk skipped it)"),
    ("reuters-12425", False, "cargill u.k. strike talks break off without result: a labour dispute with employers"),
    ("reuters-11472", False, "u.s. tax agency increases international audits: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-19685", False, "chrysler <c> reported to be in talks with china: corporate"),
    ("reuters-21338", False, "gm canada to make contract offer to union: a labour dispute with employers"),
    ("reuters-2968", False, "experts had expressed fears over ro-ro safety: an accident or a natural disaster"),
    ("reuters-12764", False, "japan study urges foreign access to farm markets: views or policy statements, no act "
                             "toward another"),
    ("reuters-12123", False, "textron's <txt> 1.4 billion dlr contract final: corporate"),
    ("reuters-21395", False, "american vision <amvc.o> elects new president: corporate"),
    ("reuters-19968", False, "justice opposes quick greyhound-trailways merger: domestic economic, fiscal, monetary or"
                             " trade policy"),
    ("reuters-6259", False, "u.s. certificates to provide wheat/corn supplies: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-19713", False, "gabelli firms hold 28.5 digiorgio <dig> stake: corporate"),
    ("reuters-4422", False, "farm credit loss put at 900 mln first half 1987: figures or a forecast"),
    ("reuters-504", False, "carbide <uk> looks to acquisitions for growth: corporate"),
    ("reuters-6083", False, "zambian exchange auction to resume at end of march: domestic economic, fiscal, monetary "
                            "or trade policy"),
    ("reuters-290", False, "ico talks on coffee quotas to resume at noon: commodity producers, traders or bodies (no "
                           "act between political actors)"),
    ("reuters-4545", False, "a judge dismisses North's suit: the news and text of the held 4752"),
    ("reuters-5120", False, "venezuela's biggest private debtor faces default: corporate"),
    ("reuters-1413", False, "Reagan nominates Webster to head the CIA: an appointment"),
    ("reuters-5796", False, "study predicts u.s. dependence on foreign oil: views or policy statements, no act toward "
                            "another"),
    ("reuters-4010", False, "Jamaica's borrowing cap: domestic debt policy (4179's text)"),
    ("reuters-10461", False, "u.k. issues 250 mln stg in index-linked bonds: market"),
    ("reuters-20202", False, "white house sees 163 billion dlr budget deficit: figures or a forecast"),
    ("reuters-9155", False, "Madagascar extends Amoco's exploration agreement: a state contract with an oil firm "
                            "(economic, as gold-thirty-first skipped it)"),
    ("reuters-7890", False, "spanish coal miners call strikes over layoffs: a labour dispute with employers"),
    ("reuters-16932", False, "Japan will not retaliate now against the US tariffs: the news of the held 16924"),
    ("reuters-8119", False, "minister predicts one pct inflation for singapore: figures or a forecast"),
    ("reuters-7804", False, "leading economists call for more growth abroad: views or policy statements, no act toward"
                            " another"),
    ("reuters-4431", False, "Centromin on copper shipments after guerrillas blew up a railway: the attack is the held "
                            "3862's (March 11), the rest a state firm's statements"),
    ("reuters-7524", False, "president reagan vows to veto any tax increase: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-312", False, "south korea to hold current account surplus down: domestic economic, fiscal, monetary or "
                           "trade policy"),
    ("reuters-15041", False, "report seeks to disallow southern <so> costs: corporate"),
    ("reuters-8240", False, "Nigeria's plea for African debt relief at Taupo: the news and title of the held 8135"),
    ("reuters-4593", False, "Petrobras cancels a Saudi crude purchase: a state oil firm's commercial dispute"),
    ("reuters-5577", False, "new senator backs u.s. farm decoupling proposals: legislation or a legislator's views"),
    ("reuters-20739", False, "reagan convenes meeting on market situation: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-1190", False, "london options market sees continued high growth: market"),
    ("reuters-4082", False, "n.z. budget deficit widens in 10 months to january: figures or a forecast"),
    ("reuters-9087", False, "gencorp <gy> takeover group cancels hearing: corporate"),
    ("reuters-11151", False, "smithfield <sfds> unit gets unfair labor charge: a labour dispute with employers"),
    ("reuters-2842", False, "Perle on Reagan's SDI decision: a position on own policy"),
    ("reuters-15333", False, "engineered systems <esd> unit gets loan notice: corporate"),
    ("reuters-14189", False, "european soy/feed afternoon generally active: market"),
    ("reuters-14611", False, "u.s. energy futures settle with modest gains: market"),
    ("reuters-6215", False, "h.j. heinz <hnz> poised for record year: corporate"),
    ("reuters-15198", False, "colombia business asked to diversify from coffee: domestic economic, fiscal, monetary or"
                             " trade policy"),
    ("reuters-7583", False, "u.k. average gdp rises 2.6 pct in 1986: figures or a forecast"),
    ("reuters-13245", False, "zambian currency falls at foreign exchange auction: market"),
    ("reuters-4860", False, "u.s. farm loan secondary market gains support: legislation or a legislator's views"),
    ("reuters-18026", False, "data general <dgn> offers new network products: corporate"),
    ("reuters-4179", False, "Jamaica's borrowing cap: domestic debt policy"),
    ("reuters-5366", False, "salant <qslt> files reorganization plan: corporate"),
    ("reuters-8160", False, "bp grangemouth refinery shut, hydrocracker damaged: an accident or a natural disaster"),
    ("reuters-9680", False, "dauster says no change in brazil's coffee policy: commodity producers, traders or bodies "
                            "(no act between political actors)"),
    ("reuters-9347", False, "reagan opposes new taxes, seeks budget: domestic economic, fiscal, monetary or trade "
                            "policy"),
    ("reuters-1443", False, "italian treasury to issue new certificates: market"),
    ("reuters-2947", False, "argentina unaffected by brazil's maize decision: figures or a forecast"),
    ("reuters-15433", False, "three Brazilian governors seek Funaro's removal: the news of the held 15766"),
    ("reuters-1839", True, "Yeutter plans a July trip to China to discuss its GATT admission: a coming visit between "
                           "states (gold-thirty-second skipped it as a trip plan; gold-sixty-second's rules take "
                           "coming visits; another news story than the held 925 and 1022 of March 3)"),
    ("reuters-11179", False, "japan to pay five pct less for indian iron ore: a state firm's or agency's commercial "
                             "act"),
    ("reuters-18598", False, "senator says reagan farm reform plans doomed: legislation or a legislator's views"),
    ("reuters-9509", False, "belgium plans to outlaw insider trading: legislation or a legislator's views"),
    ("reuters-9437", False, "todd shipyards <tod> omits commmon dividend: corporate"),
    ("reuters-8578", False, "u.k. profitted from autumn intervention - lawson: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-15837", False, "westland to cut a third of helicopter workforce: corporate"),
    ("reuters-16860", False, "gm <gm> may cease u.s. car assembly - labor chief: a labour dispute with employers"),
    ("reuters-8641", False, "miyazawa says u.s. likely to intervene: "
                            "views or policy statements, no act toward another"),
    ("reuters-2596", False, "dome<dmp> repeats dome mines<dm> stake for sale: corporate"),
    ("reuters-20046", False, "thai stocks plunge in reaction to worldwide trend: market"),
    ("reuters-14618", False, "yeutter calls textile bill \"pure protectionism\": legislation or a legislator's views"),
    ("reuters-14043", False, "dollar closes little changed in frankfurt: market"),
    ("reuters-8964", False, "pdvsa income on oil sales fell 45 pct in 1986: corporate"),
    ("reuters-4103", False, "india 1986/87 cotton export quota up 190,000 bales: domestic economic, fiscal, monetary "
                            "or trade policy"),
    ("reuters-14883", False, "dutch propose strict insider trading law: legislation or a legislator's views"),
    ("reuters-10662", False, "peru says new gold deposits worth 1.3 billion dlrs: figures or a forecast"),
    ("reuters-7176", False, "iranian parliament approves enlarged budget: domestic economic, fiscal, monetary or trade"
                            " policy"),
    ("reuters-12653", False, "belgium says u.s prime rises will aid currencies: views or policy statements, no act "
                             "toward another"),
    ("reuters-7289", False, "stet confirms talks under way with thomson: corporate"),
    ("reuters-19144", False, "oshap technologies <oshsf.o> in joint venture: corporate"),
    ("reuters-2606", False, "ico quota talks failure paralyse hamburg market: market"),
    ("reuters-9946", False, "dollar/yen intervention responds to pressure: market"),
    ("reuters-1110", False, "belgian minister sees new accord on ec oils/fats: views or policy statements, no act "
                            "toward another"),
    ("reuters-19019", False, "canada sets wide-ranging personal tax changes: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-9156", False, "ferruzzi deal with cpc worth 630 mln dlrs: corporate"),
    ("reuters-16859", False, "sony plans video and tape production in thailand: corporate"),
    ("reuters-7406", False, "the Managua coffee producers' meeting to come: the meeting of the held 6595 (March 18) "
                            "and 8105 (its end, March 22)"),
    ("reuters-18984", False, "white house staffer considered to head cftc: personnel or an appointment"),
    ("reuters-17365", False, "governments seen more involved in oil drilling: views or policy statements, no act "
                             "toward another"),
    ("reuters-1902", False, "taiwan shipbuilder looks for japanese ventures: corporate"),
    ("reuters-15936", False, "diana <dna> nominates freedom <frfe> directors: corporate"),
    ("reuters-15349", False, "dome <dmp> plan may force sale of encor stake: corporate"),
    ("reuters-10664", False, "Soviet multi-candidate local elections announced: domestic policy"),
    ("reuters-8423", False, "dominion <d> says group drops opposition to plan: corporate"),
    ("reuters-17126", False, "Baker's speech: policy statements (the Abe meeting background)"),
    ("reuters-17186", False, "brazil trade surplus falls sharply in march: figures or a forecast"),
    ("reuters-14894", False, "freeport to start sulphur mine in philippines: corporate"),
    ("reuters-5523", False, "balladur maintains 1987 french inflation target: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-8453", False, "french economic council pessimistic on 1987 growth: figures or a forecast"),
    ("reuters-5724", False, "u.s. declines comment on schlumberger<slb> move: views or policy statements, no act "
                            "toward another"),
    ("reuters-11299", False, "gaf <gaf> seeks all of borg-warner <bor>: corporate"),
    ("reuters-19986", False, "japan unemployment rises to record 3.2 pct in may: figures or a forecast"),
    ("reuters-10795", False, "british gas repays 750 mln stg debt: corporate"),
    ("reuters-10635", False, "china says foreign debt rising, level not dangerous: views or policy statements, no act "
                             "toward another"),
    ("reuters-16019", False, "cboe to list new s and p options april 20: market"),
    ("reuters-2980", False, "Aquino swears in four cabinet secretaries: appointments"),
    ("reuters-6562", False, "camco signs letter of intent for reed tool: corporate"),
    ("reuters-17575", False, "u.k. bankers consider new ecgd financing plan: corporate"),
    ("reuters-9602", False, "u.s. budget director warns against tax increase: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-18447", False, "the OAU chairman says Africa cannot pay its debts: views"),
    ("reuters-20080", False, "Stoltenberg calls the Louvre accord vital: views (the row's story is the held 21512's)"),
    ("reuters-8895", False, "EC member states cool on the cereal plans: the Community's internal farm policy"),
    ("reuters-19835", False, "pakistan allows private cotton, rice exports: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-17094", False, "gm, isuzu in u.k. truck joint venture: corporate"),
    ("reuters-11281", False, "Korea's finance minister to resist revaluation in talks with Baker: the news of the held"
                             " 11209 (the same day)"),
    ("reuters-7222", False, "french institute pessimistic on 1987 growth: figures or a forecast"),
    ("reuters-9867", False, "neoax <noax> to sell novatronics for 20 mln dlrs: corporate"),
    ("reuters-7871", False, "cook <ccf> to post loss, sell stake: corporate"),
    ("reuters-5140", False, "world bank official calls for banker flexibility: views or policy statements, no act "
                            "toward another"),
    ("reuters-20893", True, "Lawson welcomes the US and West German reaffirmation of the Louvre accord: a state's "
                            "endorsement of others' act (another news story than the held reports of the Frankfurt "
                            "meeting, 20868, 20907, 20925, and Balladur's 21512)"),
    ("reuters-9795", False, "u.s. treasury's baker opposes tax increase: domestic economic, fiscal, monetary or trade "
                            "policy"),
    ("reuters-3457", False, "nissan to boost local content in u.k. cars: corporate"),
    ("reuters-18485", False, "new bangladesh law allows state firm share sales: legislation or a legislator's views"),
    ("reuters-5899", False, "shamrock holdings unit aquires software company: corporate"),
    ("reuters-8593", False, "Haig to run for president: an election, no act"),
    ("reuters-16086", False, "mobil australia reports 38.6 mln dlr 1986 loss: corporate"),
    ("reuters-4170", False, "bankers oppose strict taiwan currency controls: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-11677", False, "overland express <over> negotiates new debt: corporate"),
    ("reuters-4133", False, "japan firm plans to sell u.s. farmland to japanese: corporate"),
    ("reuters-17724", False, "watchdog group seeks u.s. recall of schoolbuses: an industry body's or lobby's views"),
    ("reuters-12605", False, "u.k. to sell royal ordnance to british aerospace: domestic economic, fiscal, monetary or"
                             " trade policy"),
    ("reuters-11437", False, "usda's amstutz confident of ec oils tax defeat: views or policy statements, no act "
                             "toward another"),
    ("reuters-10125", False, "u.s. senate group eyes 37 bln dlr deficit cut: legislation or a legislator's views"),
    ("reuters-14667", False, "nyfe to move to n.y. cotton exchange: market"),
    ("reuters-13240", False, "plessey <plyl.l> wins 100 mln dlr u.s. phone order: corporate"),
    ("reuters-8780", False, "<j.m. resources inc> in merger agreement: corporate"),
    ("reuters-13145", False, "delta dental gets 121.0 mln dlr pentagon contract: corporate"),
    ("reuters-6401", False, "japan to allow more foreign brokers at auctions: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-16745", False, "miyazawa sees eventual lower u.s. trade deficit: views or policy statements, no act "
                             "toward another"),
    ("reuters-4059", False, "convertible yen bond brokerage fee may be cut: market"),
    ("reuters-11062", False, "u.s. group asks special royal dutch<rd> meeting: corporate"),
    ("reuters-21046", False, "henley <heng.o> ends talks with sante fe: corporate"),
    ("reuters-17632", False, "northgate <ngx> quebec workers end strike: a labour dispute with employers"),
    ("reuters-17313", False, "stoltenberg reaffirms commitment to louvre accord: views or policy statements, no act "
                             "toward another"),
    ("reuters-12875", False, "bundesbank gross reserves rise at march close: figures or a forecast"),
    ("reuters-16165", False, "Sri Lanka's budget cuts: fiscal policy (the IMF promise background)"),
    ("reuters-18868", False, "canada post presents new contract offer: a labour dispute with employers"),
    ("reuters-14063", False, "dollar remains in narrow range in quiet zurich: market"),
    ("reuters-14802", False, "simex currency futures ease in early trading: market"),
    ("reuters-6144", False, "cominco <clt> in trail, kimberley negotiations: corporate"),
    ("reuters-17695", False, "rooney quits as service resources <src>unit head: corporate"),
    ("reuters-20212", False, "corrections <ccax.o> seeks 1,000 prison beds: corporate"),
    ("reuters-2822", False, "mobil <mob> reorganizes u.s. exploration, output: corporate"),
    ("reuters-18888", False, "s. african union objects to planned matthey move: a labour dispute with employers"),
    ("reuters-3230", False, "piezo <pepi> preferred holders seek board seats: corporate"),
    ("reuters-19089", False, "philippines approves new car programme: domestic economic, fiscal, monetary or trade "
                             "policy"),
    ("reuters-9907", False, "dutch grain levy test case to start in april: corporate"),
    ("reuters-12627", False, "royal bank canada lowers credit card rate: corporate"),
    ("reuters-8677", False, "bundesbank allocates 6.5 billion marks in tender: market"),
    ("reuters-5134", False, "no heavy coffee export implied-colombia official: commodity producers, traders or bodies "
                            "(no act between political actors)"),
    ("reuters-8955", False, "reagan signs gnma bill with reservations: legislation or a legislator's views"),
    ("reuters-12363", False, "Ottawa and C. Itoh sign a letter of understanding: a government's act with a firm "
                             "(commercial)"),
    ("reuters-903", False, "philippine planning chief urges peso devaluation: views or policy statements, no act "
                           "toward another"),
    ("reuters-3982", False, "the Philippine debt talks with banks postponed: the talks of the held 3534 (the same day)"
                            " and 4611"),
    ("reuters-21304", False, "wang <wan> announces four computers: corporate"),
    ("reuters-16747", False, "no talks set on proposed japan telecom merger: corporate"),
    ("reuters-17612", False, "geodyne <geod.o> sets warrants, acquisition: corporate"),
    ("reuters-18267", False, "data general <dgn> sees little sales upturn: corporate"),
    ("reuters-19776", False, "westinghouse <wx> takes over nuclear plant: corporate"),
    ("reuters-17434", False, "Venezuela's wage rises and price controls: domestic economic policy"),
    ("reuters-13239", False, "philippines approves 80 mln dlr debt conversion: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-4525", False, "house speaker backs oil import forecast plan: legislation or a legislator's views"),
    ("reuters-14940", True, "the OECD's Development Assistance Committee says West Germany should increase its aid: an"
                            " international body's call on a member state (gold-forty-first skipped it as a report's "
                            "recommendation; taken here as a call, as gold-sixty-second took 17748; no gold holds it)"),
    ("reuters-956", False, "taiwan rejects textile maker plea on exchange rate: domestic economic, fiscal, monetary or"
                           " trade policy"),
    ("reuters-9654", False, "the IBC president will not attend the ICO board: a commodity meeting's attendance"),
    ("reuters-309", False, "miners back the union's threat to seize mines: a labour dispute with employers"),
    ("reuters-16354", False, "foster <fwc> unit audit reveals discrepancies: corporate"),
    ("reuters-17650", False, "gm <gm> uaw council opens session: a labour dispute with employers"),
    ("reuters-4622", False, "hearst buys houston chronicle for 400 mln dlrs: corporate"),
    ("reuters-2632", False, "baker sees brazil/banks reaching agreement: views or policy statements, no act toward "
                            "another"),
    ("reuters-2452", False, "treasury says only reagan, baker speak on dlr: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-16899", False, "british automakers see u.s. 1987 sales doubling: an industry body's or lobby's views"),
    ("reuters-12399", False, "thai traders oppose reimposition of coffee quotas: commodity producers, traders or "
                             "bodies (no act between political actors)"),
    ("reuters-4616", False, "miyazawa says exchange rates will stay stable: views or policy statements, no act toward "
                            "another"),
    ("reuters-19065", False, "thai smelter faces tin concentrate supply shortage: corporate"),
    ("reuters-11322", False, "treasury's baker says cooperation working: views or policy statements, no act toward "
                             "another"),
    ("reuters-1893", False, "n.z. writes off meat price stabilisation debt: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-19015", False, "canada financial tax rate increased: "
                             "domestic economic, fiscal, monetary or trade policy"),
    ("reuters-1808", False, "viacom <via> merger expected in 60 to 90 days: corporate"),
    ("reuters-13966", False, "rolls approaches float with profits set to rise: corporate"),
    ("reuters-6598", False, "u.s. oil tax break proposal to be examined: domestic economic, fiscal, monetary or trade "
                            "policy"),
    ("reuters-17951", False, "italian minister approves telecommunications firm: domestic economic, fiscal, monetary "
                             "or trade policy"),
    ("reuters-21341", False, "gm <gm> canada to make contract offer to union: a labour dispute with employers"),
    ("reuters-10744", False, "mannesmann buys indirect majority stake in sachs: corporate"),
    ("reuters-10959", False, "ibc expected to maintain coffee export formula: commodity producers, traders or bodies "
                             "(no act between political actors)"),
    ("reuters-4618", False, "a judge dismisses North's suit: the news of the held 4752"),
    ("reuters-2009", False, "french cge group likely to be privatised in may: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-1729", False, "dynamics corp <dya> in settlement with cts <cts>: corporate"),
    ("reuters-8099", False, "swiss bankers planning compromise on secrecy curbs: an industry body's or lobby's views"),
    ("reuters-948", False, "Australian police charge a former Westpac clerk: the news and title of the held 912"),
    ("reuters-8418", False, "medical graphics <mgcc> chairman resigns: corporate"),
    ("reuters-12678", False, "alcatel to restructure spanish subsidiaries: corporate"),
    ("reuters-14687", False, "reuter commodity highlights 2100 gmt april 7: a news digest"),
    ("reuters-8280", False, "reebok international <rbok> gets new president: corporate"),
    ("reuters-7044", False, "Deaver indicted: the news of the held 6950"),
    ("reuters-8500", False, "judge, ex-senator among contenders for sec post: personnel or an appointment"),
    ("reuters-9296", False, "crossland savings <crld>acquires western savings: corporate"),
    ("reuters-17506", False, "boeing <ba> to acquire defense electronics firm: corporate"),
    ("reuters-15486", False, "Miyazawa on the G-7's resolve: the news and title of the held 15453"),
    ("reuters-4444", False, "french farmers say u.s. subsidises more than ec: an industry body's or lobby's views"),
    ("reuters-8518", False, "harcourt <hbj> disappointed with harper <hpr>: corporate"),
    ("reuters-4662", False, "subroto sees oil market continuing bullish: views or policy statements, no act toward "
                            "another"),
    ("reuters-14126", False, "ec sources say uk wheat plan yet to be approved: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-7684", False, "gulf canada <goc> asserts no damage from spill: corporate"),
    ("reuters-11342", False, "ge <ge> circuits certified by military: corporate"),
    ("reuters-5389", False, "french inflation slows in february: figures or a forecast"),
    ("reuters-8554", False, "amstutz says farm trade accord possible in 1988: views or policy statements, no act "
                            "toward another"),
    ("reuters-10082", False, "pik certificates cost more than cash -- gao: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-10548", False, "honeywell bull sees revenue growth: corporate"),
    ("reuters-8886", False, "nasd president leaves for hambrecht and quist: personnel or an appointment"),
    ("reuters-17225", False, "Sonatrach signs an LNG deal with a US group: a state firm's commercial contract"),
    ("reuters-656", False, "the US says its tin disposals will not affect the producers' accord: the tin story of the "
                           "held 688 (as gold-twenty-sixth's walk skipped it)"),
    ("reuters-8804", False, "e-tron corp reaches agreement with former pres: corporate"),
    ("reuters-17513", False, "entertainment makes buyout offer to crazy eddie: corporate"),
    ("reuters-12423", False, "ec sugar tender said to mark no change in policy: commodity producers, traders or bodies"
                             " (no act between political actors)"),
    ("reuters-17047", False, "japan has no plans for new measures to aid dlr: views or policy statements, no act "
                             "toward another"),
    ("reuters-15836", False, "egypt cancels wheat tender: a state firm's or agency's commercial act"),
    ("reuters-4573", False, "venezuelan president defends refinancing accord: views or policy statements, no act "
                            "toward another"),
    ("reuters-4226", False, "rockefeller says brazil solution will be found: views or policy statements, no act toward"
                            " another"),
    ("reuters-10304", False, "u.s. envoy says manila will pay its debts: views or policy statements, no act toward "
                             "another"),
    ("reuters-20071", False, "Stoltenberg on his meeting with Baker: the meeting of the held 20907 and 20925"),
    ("reuters-377", False, "alcan to close west german aluminium smelter: corporate"),
    ("reuters-13052", False, "minas de almaden raises mercury price: corporate"),
    ("reuters-21040", False, "atlantis <agh> may bid for charter-crellin<crtr.o>: corporate"),
    ("reuters-10631", False, "tentative pact agreed in gm <gm.n> strike: a labour dispute with employers"),
    ("reuters-15873", False, "miyazawa warns about currency shifts: views or policy statements, no act toward another"),
    ("reuters-17287", False, "Venezuela's finance minister to Japan: the news of the held 17228 (the same day)"),
    ("reuters-14719", False, "doe recommends special unit to enrich uranium: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-20474", False, "soviet 1988 oil output target at 625 mln tonnes: figures or a forecast"),
    ("reuters-1947", False, "bank of ceylon to adopt new policies: "
                            "domestic economic, fiscal, monetary or trade policy"),
    ("reuters-11107", False, "steel technologies <sttx> in joint venture: corporate"),
    ("reuters-14949", False, "conrac <cax> in merger talks with several: corporate"),
    ("reuters-6793", False, "u.s. agency finds railroad revenues inadequate: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-11992", False, "howard baker aide expected to get top job: personnel or an appointment"),
    ("reuters-8600", False, "shell australia reports 45.79 mln dlr 1986 profit: corporate"),
    ("reuters-1207", False, "ico pact unlikely by autumn - italian adviser: views or policy statements, no act toward "
                            "another"),
    ("reuters-6126", False, "workers strike at southwest forest mill: a labour dispute with employers"),
    ("reuters-2891", False, "the US cash grant to Egypt: the news and title of the held 2883"),
    ("reuters-12999", False, "vw plans major new plant in china: corporate"),
    ("reuters-21332", False, "wang labs <wan> better net on increased revenues: corporate"),
    ("reuters-7733", False, "italy sets rules for company holdings in banks: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-18607", False, "frost/sullivan <frsl.o> officers to sell shares: corporate"),
    ("reuters-1588", False, "ec appoints new trade chief: personnel or an appointment"),
    ("reuters-13561", False, "long debt futures turn easier in liffe morning: market"),
    ("reuters-17004", False, "soro group to limit fairchild <fen> stock buys: corporate"),
    ("reuters-2449", False, "confidence in opec firms u.s. energy futures: market"),
    ("reuters-2278", False, "fed's johnson stresses price stability: "
                            "views or policy statements, no act toward another"),
    ("reuters-19950", False, "citicorp <cci> savings extends california reach: corporate"),
    ("reuters-9639", False, "unocal <ucl> plans increase in capital spending: corporate"),
    ("reuters-12502", False, "mauritius lifts duty on textile-related goods: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-19018", False, "canada's wilson sets new preferred share tax: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-9002", False, "health research files for bankruptcy: corporate"),
    ("reuters-14881", False, "Japan given little hope of avoiding the sanctions: the news and title of the held 14912"),
    ("reuters-12903", False, "praxis <prax> aids drug to go into wider tests: corporate"),
    ("reuters-19797", False, "Anglo American attacks the Group Areas Act in its annual report: a firm's act"),
    ("reuters-10473", False, "honeywell <hon> completes computer business sale: corporate"),
    ("reuters-17314", False, "balladur defends cgct decision on ericsson: domestic economic, fiscal, monetary or trade"
                             " policy"),
    ("reuters-19024", False, "the Congress (I) party loses a state poll: an election, no act"),
    ("reuters-11007", False, "lower refinery operations seen producing profits: an industry body's or lobby's views"),
    ("reuters-15014", False, "u.k. expects substantial demand for rolls shares: market"),
    ("reuters-1539", False, "u.s. car makers hope to profit from weak dollar: corporate"),
    ("reuters-8258", False, "american motors <amo> statement qualified: corporate"),
    ("reuters-2195", False, "farmers concerned about british sugar ownership: an industry body's or lobby's views"),
    ("reuters-8653", False, "thai international buys two dc 10-30s: a state firm's or agency's commercial act"),
    ("reuters-19574", False, "bangladesh shipping employees call off strike: a labour dispute with employers"),
    ("reuters-16020", False, "three traders indicted for insider trading: law enforcement against private persons (as "
                             "the earlier walks' fraud cases)"),
    ("reuters-2010", False, "five groups apply to buy french telephone group: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-12047", False, "Baker sees no trade war: views"),
    ("reuters-6613", False, "american express <axp> signs debt/equity deal: corporate"),
    ("reuters-17519", False, "saudi renegotiation of aramco deal moving along: a state firm's or agency's commercial "
                             "act"),
    ("reuters-15350", False, "pdvsa signs with agip, arco for coal project: a state firm's or agency's commercial act"),
    ("reuters-14950", False, "top french banker sees china foreign debt very low: views or policy statements, no act "
                             "toward another"),
    ("reuters-1266", False, "aid <aidc> proposes name change: corporate"),
    ("reuters-8081", False, "france to sign disneyland contract on tuesday: a state firm's or agency's commercial act"),
    ("reuters-6428", False, "japan telecom merger could involve u.k.,u.s. firms: corporate"),
    ("reuters-1700", False, "<american ventures inc> has cogeneration funding: corporate"),
    ("reuters-7011", False, "japan to ask chip makers to slash output further: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-5179", False, "paribas plan to adjust ecuador loan terms opposed: corporate"),
    ("reuters-12857", False, "noranda says fire caused 10 mln dlrs in damage: an accident or a natural disaster"),
    ("reuters-7177", False, "u.k. revises retail price index from february: figures or a forecast"),
    ("reuters-6606", False, "u.s energy secretary proposes oil tax incentives: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-5007", False, "british airways <bab> to fly to tokyo non-stop: corporate"),
    ("reuters-5185", False, "tanzania wants to export 200,000 tonnes of maize: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-7540", False, "japan turns away fake south korean footwear: law enforcement against private persons (as "
                            "the earlier walks' fraud cases)"),
    ("reuters-15748", False, "EC experts study action against Japan: the news of the held 15741"),
    ("reuters-18567", False, "sandvik, diamant boart finalise drills merger: corporate"),
    ("reuters-17121", False, "farm credit seen needing up to 4.5 billion dlrs: figures or a forecast"),
    ("reuters-15571", False, "hanson <han> to buy int'l protein <pro> stock: corporate"),
    ("reuters-1954", False, "japan's chamber of commerce urges fiscal spending: an industry body's or lobby's views"),
    ("reuters-17401", False, "u.s. march leading index signals modest growth: figures or a forecast"),
    ("reuters-19169", False, "failure of ec farm price talks disrupts tenders: market"),
    ("reuters-7186", False, "new nymex chairman bradt sets merger priorities: personnel or an appointment"),
    ("reuters-19557", False, "poehl speaks against german interest rate cut: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-19083", False, "japan firms to launch sales of 100 octane gasoline: corporate"),
    ("reuters-9691", False, "china says 1986 budget deficit 7.08 billion yuan: figures or a forecast"),
    ("reuters-8281", False, "airship industries <airsy> adr to trade in u.s.: corporate"),
    ("reuters-841", False, "national bank issues mortgage-backed securities: corporate"),
    ("reuters-2912", False, "diplomat electronics <dpec> to cut costs: corporate"),
    ("reuters-11199", False, "spanish airlines crippled by ground staff strike: a labour dispute with employers"),
    ("reuters-21539", False, "a bankers' association halts trading in the pound: not a political actor"),
    ("reuters-11323", False, "eurotunnel needs capital increase by end july, benard says: corporate"),
    ("reuters-1796", False, "u.s. semiconductor plan raises antitrust issue: corporate"),
    ("reuters-18009", False, "pakistan says good economic growth continues: figures or a forecast"),
    ("reuters-704", False, "nymex will expand off-hour trading april one: market"),
    ("reuters-4668", False, "a counsel's interview on past internal acts"),
    ("reuters-15484", False, "todd shipyards <tod> struck on west coast: a labour dispute with employers"),
    ("reuters-17318", False, "townsend ferry inquiry told bow doors to blame: an accident or a natural disaster"),
    ("reuters-11582", False, "california energy <ceci> negotiates financing: corporate"),
    ("reuters-8084", False, "indonesia will need new satellites by 1995: domestic economic, fiscal, monetary or trade "
                            "policy"),
    ("reuters-16114", False, "n.z. plans eight 250 mln dlr 1987/88 bond tenders: market"),
    ("reuters-3388", False, "ecuador quake causes 950 mln dlrs in losses: an accident or a natural disaster"),
    ("reuters-13235", False, "s. korea orders mergers of troubled companies: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-20805", False, "a former Treasury secretary criticises Reagan: a private person's views"),
    ("reuters-13278", False, "the US to press Japan and West Germany at the G-7: the news of the held 13657 (Baker's "
                             "talks to urge them, the next day)"),
    ("reuters-12977", False, "coastal <cgp> to file plan for transamerican: corporate"),
    ("reuters-9617", False, "lower u.s. soybean loan idea sharply criticized: an industry body's or lobby's views"),
    ("reuters-13633", False, "bp scottish refinery set to restart this week: corporate"),
    ("reuters-8175", False, "small danish bank stops payments - inspectorate: corporate"),
    ("reuters-9092", False, "union takes american airlines to court: a labour dispute with employers"),
    ("reuters-5116", False, "pdvsa to sign champlin refinery deal march 17: a state firm's or agency's commercial act"),
    ("reuters-10100", False, "cardenas sees no major decisions at ico meeting: commodity producers, traders or bodies "
                             "(no act between political actors)"),
    ("reuters-14652", False, "little industry improvement - data general <dgn>: corporate"),
    ("reuters-10554", False, "second fda panel reviews genentech's <gene> tpa: corporate"),
    ("reuters-6066", True, "Baker on the US negotiation for voting power at the IADB, to be discussed in Miami: a "
                           "state's demand in negotiations with an international body (gold-forty-seventh skipped it "
                           "as a restated position; no gold holds it)"),
    ("reuters-12732", False, "anz bank in n.z. raises indicator lending rate: market"),
    ("reuters-4938", False, "canadian money supply rises in week: market"),
    ("reuters-2597", False, "att <t> proposes new simplified regulations: corporate"),
    ("reuters-11519", False, "usda's amstutz \"sympathetic\" to wood credits: views or policy statements, no act "
                             "toward another"),
    ("reuters-16017", False, "cboe to list new s and p options <nsx> april 20: corporate"),
    ("reuters-17670", False, "u.s. trade bill very dangerous for canada, lobby: an industry body's or lobby's views"),
    ("reuters-7038", False, "h.k. banking sector stable, official says: views or policy statements, no act toward "
                            "another"),
    ("reuters-941", False, "woolworth, underwoods fail to agree on bid: corporate"),
    ("reuters-15289", False, "peru decrees firms should buy treasury bonds: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-13319", False, "n.z. dollar ends lower after volatile session: market"),
    ("reuters-1210", False, "u.k. exports body gets new executive director: personnel or an appointment"),
    ("reuters-17353", False, "uk not considering restricting oil output: domestic economic, fiscal, monetary or trade "
                             "policy"),
    ("reuters-11202", False, "cable shares firm on japan speculation: corporate"),
    ("reuters-8800", False, "ec cold aid food scheme may be made permanent: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-8083", False, "a Yugoslav paper says banks broke the law: a newspaper's report, no act"),
    ("reuters-12216", False, "snet <sng> sees good 1987 earnings: corporate"),
    ("reuters-3090", False, "a World Bank official expects Morocco to get aid: a forecast; the donors' meeting is the "
                            "held 4400's"),
    ("reuters-18167", False, "greenspan seen as strong inflation fighter: views or policy statements, no act toward "
                             "another"),
    ("reuters-13328", False, "japan auctions 280 billion yen of four-year notes: market"),
    ("reuters-14870", False, "malaysia shelves huge hydroelectric project: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-20555", False, "mcdonnell douglas <md> in pact with chinese firm: corporate"),
    ("reuters-7760", False, "comex considering new futures contracts: market"),
    ("reuters-13414", False, "equities mainly higher in quiet early london: market"),
    ("reuters-17131", False, "spanish sunoil exporters seek seed clearance: an industry body's or lobby's views"),
    ("reuters-21368", False, "soviets outline 1988 economic targets: figures or a forecast"),
    ("reuters-804", False, "baker says reagan to meet press \"very soon\": domestic economic, fiscal, monetary or "
                           "trade policy"),
    ("reuters-7381", False, "bombay <cury> bases growth on location, costs: corporate"),
    ("reuters-13277", True, "the opposition leader Khaleda Zia blames the government's failure for a coming famine: an"
                            " opposition party's charge against the government (gold-forty-fifth skipped it as one "
                            "act; no gold holds it)"),
    ("reuters-10811", False, "peru announces large new gold find: figures or a forecast"),
    ("reuters-12460", False, "decision expected on u.k royal ordnance sale: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-7099", False, "u.s. personal income rose 0.9 pct in february: figures or a forecast"),
    ("reuters-9933", False, "the Senate hits the EC oils tax: the title of the held 9982"),
    ("reuters-5656", False, "the State Department dismisses Iran's gains in Iraq: an assessment (the push two weeks "
                            "old, background)"),
    ("reuters-10716", True, "Sri Lanka's finance minister leaves for Washington to discuss its request for an IMF "
                            "loan: a state's request to an international body (gold-twenty-ninth skipped it as a plan;"
                            " gold-sixty-second's rules take it as its 4642; no gold holds it)"),
    ("reuters-4443", False, "macmillan bloedel <mmblf> stock up sharply: corporate"),
    ("reuters-3478", False, "tokyo to issue 100 mln dlr bond in new york: market"),
    ("reuters-11251", False, "hapag orders new container ship from china: corporate"),
    ("reuters-18103", False, "bbc declines comment on u.k. poll rumours: corporate"),
    ("reuters-8132", False, "taiwan to boost farm imports from u.s., europe: figures or a forecast"),
    ("reuters-17424", False, "ny meat cutters union rejects latest offer: a labour dispute with employers"),
    ("reuters-13060", False, "bell petroleum <bpsio>, regal to form plan: corporate"),
    ("reuters-1203", False, "imtec <imtc> gets merger offer: corporate"),
    ("reuters-10445", False, "westinghouse <wx> sees higher earnings growth: corporate"),
    ("reuters-12916", False, "missed senate deadline upsets u.s. budget chief: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-3056", False, "renault, chrysler in accord for chrysler to buy amc: corporate"),
    ("reuters-3818", False, "french aerospace industry has mixed 1986: figures or a forecast"),
    ("reuters-12092", False, "Baker sees no Brazil crisis: views"),
    ("reuters-19059", False, "agency head says japan should cut rice price: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-873", False, "opec within output ceiling, subroto says: views or policy statements, no act toward "
                           "another"),
    ("reuters-13659", False, "michigan general <mgl> gets offer commitments: corporate"),
    ("reuters-3069", False, "white engine bought by private investor: corporate"),
    ("reuters-10665", False, "baldrige predicts end of u.s.-japan trade dispute: views or policy statements, no act "
                             "toward another"),
    ("reuters-20030", False, "world could cope with hormuz closure, subroto says: views or policy statements, no act "
                             "toward another"),
    ("reuters-16233", False, "s.atlantic <soaf.o>, independence <inho.o> merge: corporate"),
    ("reuters-6867", False, "shearson sells new cds for japanese banks: corporate"),
    ("reuters-16118", False, "yugoslav economy worsened in 1986, bank data shows: figures or a forecast"),
    ("reuters-3608", False, "canada sets grant for eureka research: domestic economic, fiscal, monetary or trade "
                            "policy"),
    ("reuters-12905", False, "time <tl> in talks on cable news consortium: corporate"),
    ("reuters-11387", False, "beghin-say says sugar offer to ec still stands: commodity producers, traders or bodies "
                             "(no act between political actors)"),
    ("reuters-8982", False, "a House committee eases export controls: legislation"),
    ("reuters-1085", False, "the coffee talks' collapse and a US bill: legislation, analysts' views"),
    ("reuters-9230", False, "dart group raises supermarkets general <sgl> bid: corporate"),
    ("reuters-2627", False, "toronto dominion to buy seat on stock exchange: corporate"),
    ("reuters-7906", False, "sec head nominated u.s. ambassador to netherlands: personnel or an appointment"),
    ("reuters-19033", True, "Shultz warns the ASEAN foreign ministers they cannot rely on more exports to the US: a "
                            "warning to other states at a meeting (gold-thirty-second skipped it as advice; no gold "
                            "holds it)"),
    ("reuters-11406", False, "new gasoline grade to raise u.s. refining costs: an industry body's or lobby's views"),
    ("reuters-2744", False, "canadian money supply rises in week: market"),
    ("reuters-19527", False, "bhp steel sees benefits from investment in 1988: corporate"),
    ("reuters-18571", False, "vessel lost in pacific was carrying lead: an accident or a natural disaster"),
    ("reuters-21423", False, "soviet union sets 4.5 pct industrial output growth: figures or a forecast"),
    ("reuters-8166", False, "beghin-say increases capital to finance expansion: corporate"),
    ("reuters-18201", False, "amoco <an> canada says share amount undecided: corporate"),
    ("reuters-13366", False, "reuter commodities news highlights 0700 gmt - april 7: a news digest"),
    ("reuters-1697", False, "u.s. semiconductor industry form consortium: corporate"),
    ("reuters-12377", False, "sprinkel denounces protectionism: views or policy statements, no act toward another"),
    ("reuters-21556", False, "Balladur insists on the Louvre accords: the news of the held 21512 (as gold-thirty-"
                             "third's walk skipped it)"),
    ("reuters-15625", False, "dollar ends lower in lacklustre frankfurt: market"),
    ("reuters-17829", False, "ltv <qltv> to negotiate with steelworkers: a labour dispute with employers"),
    ("reuters-14906", False, "norway to tighten rules for registering loans: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-3279", False, "a White House aide resigns: personnel"),
    ("reuters-1776", False, "u.s. dairy price support cut seen likely in 1988: legislation or a legislator's views"),
    ("reuters-14734", False, "reuter money news highlights 2145 gmt april 7: a news digest"),
    ("reuters-14837", False, "a House committee proposes defence cuts: legislation"),
    ("reuters-15217", False, "spie batignolles could increase comstock holding: corporate"),
    ("reuters-12370", False, "upi president resigns after five months: corporate"),
    ("reuters-9406", False, "a Senate panel approves a trade mission bill: legislation"),
    ("reuters-9833", False, "foote mineral <fte> to merge into rio tinto: corporate"),
    ("reuters-2467", False, "coffee fall not seen affecting colombia's debt: views or policy statements, no act toward"
                            " another"),
    ("reuters-3955", False, "brazil coffee exports disrupted by strike: a labour dispute with employers"),
    ("reuters-6119", False, "u.s. warns of dependence on foreign oil: domestic economic, fiscal, monetary or trade "
                            "policy"),
    ("reuters-14633", False, "gao farm credit plan supported by key lawmaker: legislation or a legislator's views"),
    ("reuters-12044", False, "diamond shamrock <dia> sees better 1987 earnings: corporate"),
    ("reuters-18494", False, "new zealand to repay up to 600 mln dlrs of debt: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-11873", False, "visual technology <vsalc> control changes: corporate"),
    ("reuters-249", False, "coffee quota talks continue, no accord seen likely: commodity producers, traders or bodies"
                           " (no act between political actors)"),
    ("reuters-7572", False, "french farmers worried over future of cap: an industry body's or lobby's views"),
    ("reuters-18684", False, "systems/computer <sctc.o> in settlement: corporate"),
    ("reuters-19102", False, "u.s. budget chief threatens veto, predicts deal: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-3426", False, "yeutter declines comment on senate rumor: personnel or an appointment"),
    ("reuters-6866", False, "peru short-term trade credit up to 430 mln dlrs: figures or a forecast"),
    ("reuters-2732", False, "tipperary negotiating walker <wep> investment: corporate"),
    ("reuters-14845", False, "south africa mines body sees may day work stoppage: a labour dispute with employers"),
    ("reuters-14436", False, "bank sees strong demand for btp privatisation offer: market"),
    ("reuters-802", False, "canada government spending to rise 3.8 pct: figures or a forecast"),
    ("reuters-19294", False, "canadian money supply falls in week: market"),
    ("reuters-4833", False, "haiti allows importation of banned black pigs: domestic economic, fiscal, monetary or "
                            "trade policy"),
    ("reuters-13270", False, "miyazawa sees big nations reaffirming paris pact: views or policy statements, no act "
                             "toward another"),
    ("reuters-8647", False, "Suzuki negotiates a Hungarian car venture: corporate (the government's request "
                            "background)"),
    ("reuters-1246", False, "peru coffee crop unaffected by rains: commodity producers, traders or bodies (no act "
                            "between political actors)"),
    ("reuters-4233", False, "merrill lynch<mer> canada mulls buying broker: corporate"),
    ("reuters-7124", False, "Colombia's coffee growers' federation will not attend the Managua meeting: a growers' "
                            "body's act (the meeting of the held 6595)"),
    ("reuters-4469", False, "Perle resigns: personnel"),
    ("reuters-4096", False, "dutch sugar trade deny involvement in offer: commodity producers, traders or bodies (no "
                            "act between political actors)"),
    ("reuters-2404", False, "toronto dominion plans green line announcement: corporate"),
    ("reuters-9690", False, "baker declines comment on volcker reappointment: views or policy statements, no act "
                            "toward another"),
    ("reuters-11130", False, "endotronics <endo> reduces staff: corporate"),
    ("reuters-10736", False, "miyazawa expects dollar rebound soon - spokesman: views or policy statements, no act "
                             "toward another"),
    ("reuters-5115", False, "the US says Canada complies with the lumber pact: the news and title of the held 5132"),
    ("reuters-14984", False, "bankers trust <bt> puts brazil on non-accrual: corporate"),
    ("reuters-10221", False, "phlcorp <phx> shareholders approved directors: corporate"),
    ("reuters-18383", False, "drought threatens famine, cocoa damage in ghana: an accident or a natural disaster"),
    ("reuters-17759", False, "andriessen hints fats/oil tax could go to summit: views or policy statements, no act "
                             "toward another"),
    ("reuters-14230", False, "reuter commodities news highlights 1600 gmt - april 7: a news digest"),
    ("reuters-9191", False, "belgian public debt rises in february: figures or a forecast"),
    ("reuters-8257", False, "rains promise bountiful crops in ethiopia: figures or a forecast"),
    ("reuters-8473", False, "bankers hopeful on the Philippine debt talks: the talks of the held 240"),
    ("reuters-5075", False, "spendthrift farm <sfi> to miss note payment: corporate"),
    ("reuters-16659", False, "united technologies gets 502.1 mln dlr contract: corporate"),
    ("reuters-15203", False, "cuba to stimulate economy despite import cuts: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-8173", False, "french gdp should rise 2.3 pct in 1988 - ministry: figures or a forecast"),
    ("reuters-801", False, "reagan to address nation wednesday night: domestic economic, fiscal, monetary or trade "
                           "policy"),
    ("reuters-8819", False, "South Africa and its banks agree new debt terms: the news of the held 8901 and 8990 (the "
                            "same day)"),
    ("reuters-21065", False, "renta inmobiliaria seeks cannon group <can> assets: corporate"),
    ("reuters-20243", False, "swiss 1988 budget has 1.3 billion franc surplus: domestic economic, fiscal, monetary or "
                             "trade policy"),
    ("reuters-6117", False, "workers strike at southwest forest <swf> mill: a labour dispute with employers"),
    ("reuters-11706", False, "u.s. steelmakers, union seek renewed import curb: an industry body's or lobby's views"),
    ("reuters-3414", False, "n.z. foreign debt falls to 32.94 billion dlrs: figures or a forecast"),
    ("reuters-1201", False, "rostenkowski opposes protectionist trade bill: legislation or a legislator's views"),
    ("reuters-3433", False, "miyazawa says paris accord helping stabilise rates: views or policy statements, no act "
                            "toward another"),
    ("reuters-11280", False, "german industry sees growth continuing sluggish: figures or a forecast"),
    ("reuters-11460", False, "treasury's baker not concerned by bond declines: views or policy statements, no act "
                             "toward another"),
    ("reuters-12314", False, "allis-chalmers <ah> defers interest payments: corporate"),
    ("reuters-5807", False, "japan officials see difficulty hitting gnp target: figures or a forecast"),
    ("reuters-6032", False, "Baker on the IADB negotiation: the news and title of 6066, taken at position 427"),
    ("reuters-4268", False, "reagan sends congress federal credit reform bill: legislation or a legislator's views"),
    ("reuters-6414", False, "the ICCO chairman delayed: a commodity meeting's attendance"),
]


def main():
    order, records = two_hit_list()
    assert len(order) == LIST_LENGTH, "the list moved"
    assert START - 1 + len(WALK) < STOP, "the walk runs past its declared stretch"
    assert sum(1 for _, taken, _ in WALK if taken) <= TAKE_AT_MOST, "more stories than the gold takes"
    held = held_now(OWN)
    print_walk(order, records, WALK, START, held, show=positions_asked(sys.argv))


if __name__ == "__main__":
    main()
