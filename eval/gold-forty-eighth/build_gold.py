"""Writes articles.json for the forty-fifth article gold ('gold-forty-eighth', written blind): twelve 1987 Reuters
wire stories from the business side of the wire (select_stories.py: gold-twenty-second's list walked over positions
1,233-1,300 and 1,388-1,417) that report acts of political actors: Nicaragua's trade minister briefing the coffee
producers at the ICO and blaming the consumers, Norway's parliament approving a trade ban against South Africa, the
Philippines' token principal payments in its bank rescheduling, Egypt seeking Arab buyers for its military debts,
the EC farm ministers' struggle over the butter rules, Britain's export credit talks with Nigeria, Ecuador's oil loan
talks with Nigeria and Venezuela, the ELN suspending its pipeline bombings, the US threat of a GATT complaint against
Canada's corn duty, marines blockading ships in Brazil's seafarers' strike, the Gulf Cooperation Council's finance
ministers meeting, and a US undersecretary urging Japan to cut its surplus.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

BANKS = [MNC]                      # a debtor's commercial creditor banks: MNC (earlier golds)
EC = ["EUR", IGO]                  # the European Community and its ministers: EUR or IGO (earlier golds)
PH_BANKS = ["PHL", MNC]
VE_BANKS = ["VEN", MNC]
EG_IMF = ["EGY", IGO]
GB_NG = ["GBR", "NGA"]
EC_VE = ["ECU", "VEN"]
EC_NG = ["ECU", "NGA"]
US_JP = ["USA", "JPN"]
ELN = ["COL", IMG]                 # an armed group: its country or IMG (earlier golds)
# The Gulf Cooperation Council's ministers meeting: the council (IGO) and the six member states the story names,
# as joint actors, no recipient.
GCC = [IGO, "BHR", "KWT", "OMN", "QAT", "SAU", "ARE"]
ICO = [IGO]                        # the International Coffee Organisation and its executive board
NEW_YORK = P("New York", "USA", 40.71, -74.01)

ARTICLES = [
    # 1. reuters-10640 (Sun 1987-03-29, London): Nicaragua's foreign trade minister was in London to brief the ICO
    #    executive board's producer members after a meeting last weekend in Managua of eight Latin American coffee
    #    producers; he told reporters the price fall since the ICO failed to agree quotas on March 1 was disastrous;
    #    he urged continued negotiations among the producers; he said the quota talks broke down last month because
    #    the consumer members lack the political will and tried to dictate to producers. The briefing CONSULT (NIC
    #    to the ICO, IGO; in GBR), the call for continued producer talks REQUEST (no recipient: the producers have no
    #    one code) and the charge against the consumers ACCUSE (no recipient) required; the Managua meeting last
    #    weekend CONSULT (in NIC) optional; the ICO's failure to agree (CONSULT allowed), the minister's view of the
    #    price plunge and the ministers' estimate forbidden.
    article(REU + "10640", "1987-03-29", [
        E(["CONSULT"], "was in London to brief International Coffee", ["NIC"], ICO, location_country="GBR"),
        E(["CONSULT"], "after a meeting last weekend in Managua", ["NIC"], req=False, date="1987-03",
          location_country="NIC"),
        E(["REQUEST"], "He urged continued negotiations among coffee producers", ["NIC"]),
        E(["ACCUSE"], "because consumer members lack the political will", ["NIC"]),
    ], forbid=[F("the ICO failed to agree export quotas", allow=["CONSULT"]),
               F("recent plunge in coffee prices was economically"),
               F("Central American economic ministers have estimated")],
        places=[P("London", "GBR", 51.51, -0.13), P("Managua", "NIC", 12.13, -86.25), P("Brazil", "BRA")],
        dates=[D("last weekend", "1987-03"), D("end-February", "1987-02"), D("March 1", "1987-03-01"),
               D("September", "1987-09"), D("last month", "1987-02")],
        quantities=[Q("300 stg", 300, "GBP"), Q("1,279 stg", 1279, "GBP"), Q("1,580 stg", 1580, "GBP"),
                    Q("720 mln dlrs", 720000000, "USD")]),

    # 2. reuters-5852 (Tue 1987-03-17, Oslo): Norway's parliament has approved an extensive trade ban against South
    #    Africa but left shipowners a loophole for oil shipments, government officials said (unnamed: anonymous); the
    #    unilateral boycott gives domestic companies until late September to cut trade ties with South Africa and
    #    Namibia; the legislation goes to the upper house for formal ratification later this week. The ban approved
    #    SANCTION (NOR to ZAF; in NOR) required; the boycott's terms (future, to ZAF and NAM) and the ratification
    #    to come (future) optional; the critics' reading and the tankers' past trade forbidden.
    article(REU + "5852", "1987-03-17", [
        E(["SANCTION"], "has approved an extensive trade ban against South Africa", ["NOR"], ["ZAF"],
          attribution="anonymous", location_country="NOR"),
        E(["SANCTION"], "The unilateral boycott gives domestic companies", ["NOR"], ["ZAF", "NAM"], req=False,
          modality=FUT, date="1987-09"),
        E(["SANCTION"], "goes to the upper house for formal ratification", ["NOR"], ["ZAF"], req=False,
          modality=FUT, date="1987-03", location_country="NOR"),
    ], forbid=[F("critics said the door will be left open"), F("Norwegian tankers supplied South Africa")],
        places=[P("Norway", "NOR"), P("South Africa", "ZAF"), P("Namibia", "NAM")],
        dates=[D("late September", "1987-09"), D("1986", "1986"),
               D("later this week", "1987-03")],
        quantities=[Q("30 pct", 30, "percent"), Q("36 pct", 36, "percent"), Q("160 mln crowns", 160000000, "NOK"),
                    Q("52 pct", 52, "percent"), Q("265 mln crowns", 265000000, "NOK")]),

    # 3. reuters-11148 (Mon 1987-03-30, New York): the Philippine government has quietly agreed to make token
    #    principal payments in each of the next three years as part of its 10.3 billion dlr bank debt rescheduling
    #    package finalised last Friday, bankers said (unnamed: anonymous); it agreed to the extra prepayment to win a
    #    7/8 pct margin; the bankers insisted on the repayments to draw a parallel with Venezuela, which won a 7/8 pct
    #    spread last month; the Philippines was adamant it could not accept a higher spread; Ongpin did not refer to
    #    the prepayments at the news conference in New York on Friday announcing the agreement; the government has
    #    indicated it will make the payments. The token payments agreed AGREE (CONCEDE accepted; PHL to the banks,
    #    MNC) and the package finalised last Friday AGREE (PHL and the banks, either side) required; the prepayment
    #    agreed (a restatement), the bankers' insistence REQUEST, Venezuela's rescheduling last month AGREE
    #    (historical), Manila's refusal of a higher spread REJECT (during the talks), the agreement announced at the
    #    news conference (the package, restated; in USA) and the government's indication AGREE optional; the
    #    bankers' argument about the benchmark, "could not back down", Ongpin's forecast of no financing gap and the
    #    bankers' expectation of new requests forbidden.
    article(REU + "11148", "1987-03-30", [
        E(["AGREE", "CONCEDE"], "has quietly agreed to make token payments", ["PHL"], BANKS,
          attribution="anonymous"),
        E(["AGREE"], "debt rescheduling package finalized last Friday", PH_BANKS, PH_BANKS, date="1987-03-27",
          attribution="anonymous"),
        E(["AGREE", "CONCEDE"], "agreed to make the extra 111 mln dlr prepayment", ["PHL"], BANKS, req=False,
          attribution="anonymous"),
        E(["REQUEST"], "they insisted on the principal repayments", BANKS, ["PHL"], req=False,
          attribution="anonymous"),
        E(["AGREE"], "which won a 7/8 pct spread", VE_BANKS, VE_BANKS, req=False, modality=H, date="1987-02"),
        E(["REJECT"], "was adamant that it could not accept a spread", ["PHL"], BANKS, req=False,
          attribution="anonymous"),
        E(["AGREE"], "to announce the rescheduling agreement", PH_BANKS, PH_BANKS, req=False, date="1987-03-27",
          location_country="USA"),
        E(["AGREE"], "the government has indicated that it will in fact do so", ["PHL"], BANKS, req=False,
          attribution="anonymous"),
    ], forbid=[F("leading New York bankers hurried to argue"), F("Bankers could not back down either"),
               F("already braced for new loan requests")],
        places=[P("Philippines", "PHL"), P("Venezuela", "VEN"), P("Mexico", "MEX"), P("Argentina", "ARG"),
                P("Brazil", "BRA"), NEW_YORK],
        dates=[D("last Friday", "1987-03-27"), D("1990", "1990"), D("1985", "1985"), D("last month", "1987-02"),
               D("next year", "1988")],
        quantities=[Q("10.3 billion dlr", 10300000000, "USD"), Q("37 mln dlrs", 37000000, "USD"),
                    Q("four pct", 4, "percent"), Q("925 mln dlr", 925000000, "USD"),
                    Q("111 mln dlr", 111000000, "USD"), Q("21 billion dlr", 21000000000, "USD"),
                    Q("7/8 pct", 0.875, "percent"), Q("13/16 pct", 0.8125, "percent"), Q("17-year", 17, "years"), Q("one pct", 1, "percent")]),

    # 4. reuters-17220 (Mon 1987-04-27, Cairo): Egypt is trying to persuade Arab states and banks to buy its military
    #    debts to the US and other Western states so that it can repay them on better terms, an Egyptian official
    #    said (unnamed: anonymous); Egypt has failed to persuade Washington to cut its interest rates; negotiations
    #    on buying the debt have started, with approaches made to Kuwait and Saudi Arabia; the IMF and Egypt have
    #    agreed on economic reforms in return for emergency funds; Egypt will seek loans once the IMF agreement is
    #    signed. The effort to persuade the Arab states REQUEST (EGY; the Arab states and banks have no one code:
    #    recipient left out), the negotiations with Kuwait and Saudi Arabia CONSULT (REQUEST accepted) and the
    #    reforms agreed with the IMF AGREE (EGY and the IMF, IGO, either side) required; the official's quote
    #    (restating the aim), the failed request to Washington (historical), the accord's effect (hypothetical), the
    #    IMF's conditions REQUEST and the loans to be sought (future) optional; "no firm decisions" forbidden.
    article(REU + "17220", "1987-04-27", [
        E(["REQUEST"], "Egypt is trying to persuade Arab states", ["EGY"], attribution="anonymous"),
        E(["REQUEST"], "We want the Arabs to buy the debt", ["EGY"], req=False, attribution="anonymous"),
        E(["REQUEST"], "has failed to persuade Washington", ["EGY"], ["USA"], req=False, modality=H),
        E(["CONSULT", "REQUEST"], "with approaches made to Kuwait and Saudi Arabia", ["EGY"], ["KWT", "SAU"],
          attribution="anonymous"),
        E(["AGREE"], "have agreed on certain economic reforms", EG_IMF, EG_IMF, attribution="anonymous"),
        E(["AGREE"], "An accord with the IMF would open the way", EG_IMF, EG_IMF, req=False, modality=HYP),
        E(["REQUEST"], "the IMF agreement requires Egypt to raise", [IGO], ["EGY"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "Egypt will seek loans from various countries", ["EGY"], req=False, modality=FUT,
          attribution="anonymous"),
    ], forbid=[F("no firm decisions have been reached")],
        places=[P("Egypt", "EGY"), P("United States", "USA"), P("Washington", "USA", 38.90, -77.04),
                P("France", "FRA"), P("Spain", "ESP"), P("West Germany", "DEU"), P("Britain", "GBR"),
                P("Kuwait", "KWT"), P("Saudi Arabia", "SAU"), P("Cairo", "EGY", 30.04, 31.24)],
        quantities=[Q("seven pct", 7, "percent"), Q("4.5 billion dlrs", 4500000000, "USD"),
                    Q("14 pct", 14, "percent"), Q("two billion dlrs", 2000000000, "USD"),
                    Q("40 billion dlr", 40000000000, "USD")]),

    # 5. reuters-672 (Mon 1987-03-02, Brussels): EC agriculture ministers struggled today to finalise new rules
    #    limiting sales of surplus butter into public stores, diplomats said (unnamed: anonymous); the plan is the key
    #    element of the dairy accord agreed in outline last December; West Germany and Ireland are opposed to the
    #    proposed limits; the farm commissioner says farmers must be encouraged to cut production and is keen to reach
    #    an agreement before the price review. The ministers' negotiations CONSULT (the EC, EUR or IGO; in BEL) and
    #    West Germany's and Ireland's opposition REJECT (to the EC) required; the December accord AGREE (historical)
    #    and the commissioner's call on farmers REQUEST (no recipient: domestic) optional; the diplomats' reading and
    #    the commissioner's wish forbidden.
    article(REU + "672", "1987-03-02", [
        E(["CONSULT"], "agriculture ministers struggled today to finalise", EC, date="1987-03-02",
          attribution="anonymous", location_country="BEL"),
        E(["AGREE"], "agreed in outline last December", EC, req=False, modality=H, date="1986-12"),
        E(["REJECT"], "West Germany and Ireland are opposed to proposed limits", ["DEU", "IRL"], EC),
        E(["REQUEST"], "says farmers must be encouraged to cut production", EC, req=False),
    ], forbid=[F("the December agreement itself is not threatened"), F("He is keen to reach an agreement")],
        places=[P("West Germany", "DEU"), P("Ireland", "IRL")],
        dates=[D("today", "1987-03-02"), D("last December", "1986-12"), D("April 1", "1987-04-01")],
        quantities=[Q("9.5 pct", 9.5, "percent"), Q("nine days", 9, "days"), Q("1.2 mln tonnes", 1200000, "tonnes"),
                    Q("two mln dlrs", 2000000, "USD")]),

    # 6. reuters-13050 (Fri 1987-04-03, London): Britain's Export Credits Guarantee Department is holding talks with
    #    Nigeria on resuming insurance cover for British exporters, the head of its debt division said; the ECGD
    #    suspended cover in 1984 after Nigeria fell into arrears; last week Britain and Nigeria agreed bilaterally to
    #    reschedule the insured trade debts; for new support certain criteria would have to be met (the adjustment
    #    programme in effect and endorsed by the IMF, the arrears accepted by the Nigerian government). The talks
    #    CONSULT (GBR and NGA, either side), last week's rescheduling accord AGREE (the talks' cause) and the
    #    department's conditions REQUEST (GBR to NGA) required; the suspension in 1984 SANCTION (historical) optional.
    article(REU + "13050", "1987-04-03", [
        E(["CONSULT"], "is holding talks with Nigeria aimed at resuming", GB_NG, GB_NG),
        E(["SANCTION"], "The ECGD suspended cover on Nigeria in 1984", ["GBR"], ["NGA"], req=False, modality=H,
          date="1984"),
        E(["AGREE"], "last week's bilateral accord between Britain and Nigeria", GB_NG, GB_NG, date="1987-03"),
        E(["REQUEST"], "certain criteria would have to be met", ["GBR"], ["NGA"]),
    ], places=[P("Britain", "GBR"), P("Nigeria", "NGA")],
        dates=[D("1984", "1984"), D("last week", "1987-03"), D("1986", "1986")],
        quantities=[Q("550 mln stg", 550000000, "GBP")]),

    # 7. reuters-9527 (Wed 1987-03-25, Quito): earthquake-stricken Ecuador is negotiating with Nigeria to have it lend
    #    10,000 bpd of crude for export, the deputy energy minister said; Ecuador is negotiating the shipments and
    #    the repayment terms; it is finalising details of a programme under which Venezuela would temporarily lend it
    #    50,000 bpd. The negotiations with Nigeria CONSULT (REQUEST accepted; ECU and NGA, either side) and the
    #    programme with Venezuela being finalised AGREE (CONSULT accepted; ECU and VEN, either side) required; the
    #    negotiation's details (a restatement) and Venezuela's loan to come AID (future) optional.
    article(REU + "9527", "1987-03-25", [
        E(["CONSULT", "REQUEST"], "is negotiating with Nigeria to have the African", EC_NG, EC_NG),
        E(["CONSULT"], "was negotiating a shipments schedule", EC_NG, EC_NG, req=False),
        E(["AGREE", "CONSULT"], "is finalizing details for a program", EC_VE, EC_VE),
        E(["AID"], "Venezuela would temporarily lend the country", ["VEN"], ["ECU"], req=False, modality=FUT),
    ], places=[P("Ecuador", "ECU"), P("Nigeria", "NGA"), P("Venezuela", "VEN")],
        dates=[D("March five", "1987-03-05")],
        quantities=[Q("10,000 barrels per day", 10000, "bpd"), Q("five months", 5, "months"),
                    Q("50,000 bpd", 50000, "bpd")]),

    # 8. reuters-18332 (Tue 1987-06-02, Bogota): the ELN announced the suspension of its bombings of oil pipelines
    #    pending the government's levy of a social tax on foreign oil firms and an 800 mln dlr fine on Occidental;
    #    it carried out 72 attacks between 1984 and 1986, the latest two months ago; in a communique it said it would
    #    demand a tax of one dollar a barrel as a condition for keeping the suspension; the tax authorities are
    #    investigating Occidental for alleged tax evasion; the ELN demands the government charge the penalty. The
    #    suspension RETREAT (CONCEDE accepted; the armed group, COL or IMG, to COL) and the demand of a tax REQUEST
    #    (to COL) required; the attacks (historical) ASSAULT, the latest two months ago ASSAULT (historical), the
    #    investigation of Occidental ACCUSE (COL to the firm: MNC or its state), the fine it could face SANCTION
    #    (hypothetical) and the demand restated optional; "no indication the government would meet" forbidden
    #    (REQUEST allowed: the conditions are the group's).
    article(REU + "18332", "1987-06-02", [
        E(["RETREAT", "CONCEDE"], "announced the suspension of its bombings", ELN, ["COL"]),
        E(["ASSAULT"], "carried out 72 attacks on petroleum pipelines", ELN, ["COL"], req=False, modality=H,
          date="1984"),
        E(["ASSAULT"], "the most recent launched two months ago", ELN, ["COL"], req=False, modality=H,
          date="1987-04"),
        E(["REQUEST"], "the ELN said it would demand a tax", ELN, ["COL"]),
        E(["ACCUSE"], "tax authorities are investigating Occidental", ["COL"], [MNC, "USA"], req=False),
        E(["SANCTION"], "the firm could face a fine", ["COL"], [MNC, "USA"], req=False, modality=HYP),
        E(["REQUEST"], "The ELN demands the government charge the penalty", ELN, ["COL"], req=False),
    ], forbid=[F("There was no indication the government would meet", allow=["REQUEST"])],
        places=[P("Colombia", "COL")],
        dates=[D("1984", "1984"), D("1986", "1986"), D("two months ago", "1987-04")],
        quantities=[Q("800 mln dlrs", 800000000, "USD"), Q("50 mln dlrs", 50000000, "USD"),
                    Q("one dollar", 1, "USD"), Q("225,083 barrels per day", 225083, "bpd")]),

    # 9. reuters-5518 (Mon 1987-03-16, Washington): the US trade representative suggested the US could file a formal
    #    GATT complaint challenging Canada's decision to impose duties on US corn imports; asked about the decision to
    #    apply a duty of 84.9 cents a bushel, he said the US could complain under the subsidies code's dispute
    #    procedures; other options would be an appeal in Canadian courts or retaliation, unlikely at first, a lower
    #    level official said; no decision is expected before the ruling's documents arrive. The threat of a GATT
    #    complaint THREATEN (ACCUSE accepted; USA to CAN) and Canada's duty SANCTION (the news's cause; CAN to USA)
    #    required; the duty restated, the complaint's procedure (restated) and the appeal or retaliation
    #    (hypothetical) optional; "no decision ... is expected" forbidden.
    article(REU + "5518", "1987-03-16", [
        E(["THREATEN", "ACCUSE"], "could file a formal complaint with the General Agreement", ["USA"], ["CAN"]),
        E(["SANCTION"], "Canada's decision to impose duties", ["CAN"], ["USA"]),
        E(["SANCTION"], "Canadian government decision to apply a duty", ["CAN"], ["USA"], req=False),
        E(["THREATEN", "ACCUSE"], "under the dispute settlement procedures", ["USA"], ["CAN"], req=False),
        E(["THREATEN"], "or to retaliate against Canadian goods", ["USA"], ["CAN"], req=False, modality=HYP),
    ], forbid=[F("No decision on U.S. action is expected")],
        places=[P("Canada", "CAN")],
        dates=[D("later this week", "1987-03")],
        quantities=[Q("84.9 cents", 0.849, "USD")]),

    # 10. reuters-3017 (Mon 1987-03-09, Sao Paulo): a strike by Brazil's 40,000 seafarers for pay rises of up to 180
    #     pct may have cost the state oil firm 20 mln dlrs, its commercial director was quoted as saying; more than
    #     170 ships have been halted by the strike, which began on February 27; marines began blockading the ships
    #     on Friday after the strike was ruled illegal, and some strikers are running short of food, the union
    #     president said. The marines' blockade COERCE (BRA to the strikers, BRA) and the strike ruled illegal ACCUSE
    #     (REJECT accepted; BRA to BRA) required; the strike PROTEST (the seafarers, BRA; a labour dispute) optional;
    #     the firm director's estimate forbidden.
    article(REU + "3017", "1987-03-09", [
        E(["PROTEST"], "A strike by Brazil's 40,000 seafarers", ["BRA"], ["BRA"], req=False, date="1987-02-27"),
        E(["COERCE"], "Marines began blockading the ships on Friday", ["BRA"], ["BRA"], date="1987-03-06",
          location_country="BRA"),
        E(["ACCUSE", "REJECT"], "the strike was ruled illegal", ["BRA"], ["BRA"]),
    ], forbid=[F("may have cost the state-owned oil company")],
        places=[P("Brazil", "BRA")],
        dates=[D("February 27", "1987-02-27"), D("Friday", "1987-03-06")],
        quantities=[Q("40,000 seafarers", 40000, "people"), Q("180 pct", 180, "percent"),
                    Q("20 mln dlrs", 20000000, "USD")]),

    # 11. reuters-6137 (Tue 1987-03-17, Abu Dhabi): the Gulf Cooperation Council's finance and economy ministers opened
    #     a two-day meeting to discuss further economic integration, officials said (unnamed: anonymous), with a
    #     recommendation by the central bank governors on a common exchange rate denominator, agreed in January; any
    #     decision goes to a GCC summit due in Saudi Arabia late this year; the Gulf Investment Corporation's general
    #     assembly met earlier in Abu Dhabi. The ministers' meeting CONSULT (the council, IGO, and its six named
    #     states as joint actors, no recipient; in ARE) required; the governors' agreement in January AGREE
    #     (historical), the summit to come CONSULT (future; in SAU) and the investment corporation's assembly CONSULT
    #     (in ARE) optional; the bankers' expectation forbidden.
    article(REU + "6137", "1987-03-17", [
        E(["CONSULT"], "opened a two- day meeting to discuss", GCC, date="1987-03-17", attribution="anonymous",
          location_country="ARE"),
        E(["AGREE"], "The governors agreed in January on a denominator", GCC, req=False, modality=H,
          date="1987-01"),
        E(["CONSULT"], "to a GCC summit meeting due in Saudi Arabia", GCC, req=False, modality=FUT, date="1987",
          location_country="SAU"),
        E(["CONSULT"], "Gulf Investment Corporation met in Abu Dhabi", GCC, req=False, location_country="ARE"),
    ], forbid=[F("some bankers expect the currencies to be linked")],
        places=[P("Bahrain", "BHR"), P("Kuwait", "KWT"), P("Oman", "OMN"), P("Qatar", "QAT"),
                P("Saudi Arabia", "SAU"), P("United Arab Emirates", "ARE"), P("Abu Dhabi", "ARE", 24.45, 54.38)],
        dates=[D("January", "1987-01"), D("late this year", "1987"), D("last year", "1986"), D("1985", "1985")],
        quantities=[Q("1.31 billion dollars", 1310000000, "USD")]),

    # 12. reuters-1951 (Thu 1987-03-05, Tokyo): the US undersecretary of state for economic affairs said he had urged
    #     Japan to do much more to cut its trade surplus with the US, at a press conference after three days of
    #     talks; he urged Tokyo to stimulate domestic demand; he named areas of concern (chips, supercomputers, the
    #     Kansai airport, farm products, car telephones); he warned that the semiconductor agreement was in jeopardy:
    #     Japanese producers still dump chips in third markets. The request REQUEST (USA to JPN; in JPN), the three
    #     days of talks CONSULT (either side; in JPN) and the warning on the chip pact ACCUSE (THREATEN accepted; USA
    #     to JPN) required; the message restated, the call to stimulate demand (detail), the areas of concern ACCUSE
    #     and the dumping charge (detail) optional; his forecast forbidden.
    article(REU + "1951", "1987-03-05", [
        E(["REQUEST"], "he had urged Japan to do much more", ["USA"], ["JPN"], location_country="JPN"),
        E(["CONSULT"], "after three days of talks", US_JP, US_JP, date="1987-03", location_country="JPN"),
        E(["REQUEST"], "Our central message to Japan this week", ["USA"], ["JPN"], req=False),
        E(["REQUEST"], "Wallis urged Tokyo to stimulate domestic demand", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "He named several areas of particular concern", ["USA"], ["JPN"], req=False),
        E(["ACCUSE", "THREATEN"], "governing trade in semiconductors was in jeopardy", ["USA"], ["JPN"]),
        E(["ACCUSE"], "Japanese producers are still dumping microchips", ["USA"], ["JPN"], req=False),
    ], forbid=[F("Forecasting sluggish economic growth")],
        places=[P("Japan", "JPN"), P("United States", "USA"), P("Tokyo", "JPN", 35.68, 139.69),
                P("Washington", "USA", 38.90, -77.04)],
        dates=[D("this week", "1987-03"), D("this year", "1987"), D("1986", "1986")],
        quantities=[Q("three days", 3, "days"), Q("83 billion dlrs", 83000000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
