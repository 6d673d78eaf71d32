"""Writes articles.json for the forty-ninth article gold ('gold-fifty-second', written blind): ten 1987 Reuters
wire stories from the one-keyword business list (select_stories.py: gold_selection.one_keyword_business_list walked
over positions 885-1,134, the whole stretch declared for this gold, which held ten stories) that report acts of
political actors: the Philippines' sugar agency asking the USDA for a larger quota, Congress's committees planning
immunity for Poindexter, Mexico's IADB tourism loan, Venezuela lending Ecuador crude after the earthquake, the
Pentagon appealing the Commerce Department's approval of computer sales to Iran, the Group of 77's Asian officials
meeting in Dhaka, Mexico and its creditor banks signing the new loans, Japan's assurance at the trade ministers'
GATT meeting, the World Bank president calling on Japan to invest more in developing nations, and MITI defending
Japan's record under the microchip pact. The annotations are data, written by hand below with the shorthands of
eval/gold_authoring.py, in the conventions of the earlier golds' build scripts. `file` is
reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of the record's
timestamp, relative dates resolved against it. Only the political acts are required events; firms' acts, market
figures, forecasts and speculation are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

MX_IDB = ["MEX", IGO]              # a signed loan: either party on either side (as gold-twenty-third's 10821)
MX_BANKS = ["MEX", MNC]            # a state's loan agreements with its commercial creditor banks: either side
LENDER = [IGO]                     # the World Bank, the Inter-American Development Bank, the IMF
JP_US = ["JPN", "USA"]

ARTICLES = [
    # 1. reuters-10299 (Fri 1987-03-27, Manila): the Philippines will ask the USDA to increase its 1987 sugar import
    #    quota after market reports that Taiwan cannot fill its quota, the chairman of the Sugar Regulation
    #    Administration (a state agency) told Reuters; the SRA would also protest a USDA move to award Taiwan's
    #    shortfall to the Dominican Republic; "Any Taiwanese shortfall should be awarded to the Philippines"; the
    #    USDA's December allocations and the Philippines' quota cut follow. The request REQUEST and the protest
    #    ACCUSE (REJECT accepted) (PHL to USA; both future, announced plans as gold-fifty-first's 4172) required; the
    #    USDA's award to the Dominican Republic (USA to DOM; a planned move), the quoted demand (restatement) and the
    #    quota cut (SANCTION; historical, a debatable coding) optional; the market reports about Taiwan are not
    #    forbidden (they share the request's sentence).
    article(REU + "10299", "1987-03-27", [
        E(["REQUEST"], "The Philippines will ask the", ["PHL"], ["USA"], modality=FUT),
        E(["ACCUSE", "REJECT"], "the SRA would also protest a USDA move", ["PHL"], ["USA"], modality=FUT),
        E(["AID", "COOPERATE"], "award Taiwan's shortfall to the Dominican Republic", ["USA"], ["DOM"], req=False,
          modality=FUT),
        E(["REQUEST"], "Any Taiwanese shortfall should be awarded", ["PHL"], ["USA"], req=False),
        E(["SANCTION"], "badly hit by a cut in its quota", ["USA"], ["PHL"], req=False, modality=H),
    ], places=[P("Philippines", "PHL"), P("Taiwan", "TWN"), P("Dominican Republic", "DOM")],
        dates=[D("1987", "1987"), D("last December", "1986-12"), D("1986", "1986")],
        quantities=[Q("160,160 short tons", 160160, "short tons"), Q("10,920 short tons", 10920, "short tons"),
                    Q("143,780 short tons", 143780, "short tons"), Q("231,660", 231660, "short tons")]),

    # 2. reuters-5871 (Tue 1987-03-17, Washington): congressional investigators tentatively plan to grant immunity to
    #    former national security adviser Poindexter, who may help track the Iran arms money; the House and Senate
    #    committees probing the scandal are expected to back a preliminary accord their legal advisers reached last
    #    Friday (congressional sources: attribution anonymous); Poindexter resigned in November when the diversion to
    #    the contras was divulged; the investigators and a presidential review commission have not tracked the money;
    #    Poindexter has refused to testify. The plan to grant immunity AGREE (an offer of immunity for testimony, as
    #    gold-twenty-ninth's 4013; CONCEDE accepted; USA on both sides; future) and the advisers' preliminary accord
    #    AGREE (March 13) required; the committees' expected backing (future), their probe and the investigators'
    #    tracking ACCUSE, his resignation RETREAT, the diversion AID and his refusal to testify REJECT (historical)
    #    optional; "could help trace the money" forbidden (speculation) but for the offer's types.
    article(REU + "5871", "1987-03-17", [
        E(["AGREE", "CONCEDE"], "tentatively plan to grant immunity", ["USA"], ["USA"], modality=FUT,
          attribution="anonymous"),
        E(["AGREE"], "a preliminary accord reached last Friday", ["USA"], ["USA"], date="1987-03-13",
          attribution="anonymous"),
        E(["AGREE", "SUPPORT"], "are expected to back", ["USA"], ["USA"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["ACCUSE"], "Senate committees probing the arms scandal", ["USA"], ["USA"], req=False,
          attribution="anonymous"),
        E(["RETREAT"], "Poindexter resigned from his White House post", ["USA"], req=False, modality=H,
          date="1986-11"),
        E(["AID"], "might have been diverted to Nicaraguan contra rebels", ["USA"], ["NIC", "IMG"], req=False,
          modality=H),
        E(["ACCUSE"], "a presidential review commission have not tracked", ["USA"], ["USA"], req=False),
        E(["REJECT"], "Poindexter has refused to testify before Congress", ["USA"], ["USA"], req=False, modality=H),
    ], forbid=[F("Poindexter could help trace the money", ["AGREE", "CONCEDE"])],
        dates=[D("last Friday", "1987-03-13"), D("November", "1986-11")],
        quantities=[Q("30 mln dlrs", 30000000, "USD")]),

    # 3. reuters-9555 (Wed 1987-03-25, Miami): Mexican officials led by the finance minister signed a 100 mln dlr loan
    #    with the Inter-American Development Bank to help finance tourism promotion (15 years, 4-1/2 years' grace);
    #    the IADB approved earlier loans of 207.5 mln dlrs for the sector; the programme announced today costs 334
    #    mln dlrs. The signed loan AID (AGREE and SUPPORT accepted; MEX and the IADB, IGO, on either side; today)
    #    required; the earlier loans (historical) optional.
    article(REU + "9555", "1987-03-25", [
        E(["AID", "AGREE", "SUPPORT"], "signed a 100 mln dlr loan with the", MX_IDB, MX_IDB, date="1987-03-25"),
        E(["AID"], "The IADB has approved previous loans", LENDER, ["MEX"], req=False, modality=H),
    ], places=[P("Mexico", "MEX")],
        dates=[D("today", "1987-03-25")],
        quantities=[Q("100 mln dlr", 100000000, "USD"), Q("15 years", 15, "years"), Q("4-1/2 years", 4.5, "years"),
                    Q("207.5 mln dlrs", 207500000, "USD"), Q("580 mln dlrs", 580000000, "USD"),
                    Q("334 mln dlrs", 334000000, "USD"), Q("29.9 pct", 29.9, "percent")]),

    # 4. reuters-5118 (Fri 1987-03-13, Quito): Venezuela will lend Ecuador up to 12.5 mln barrels of crude to meet its
    #    export commitments and domestic demand, Ecuador's energy minister said today in a statement (the pipeline
    #    was damaged by an earthquake last week); 50,000 bpd up to 7.5 mln barrels for exports, which Venezuela will
    #    sell, handing Ecuador the earnings; Ecuador will repay in crude; Venezuela is lending five mln barrels for
    #    refining. The loan of crude AID (VEN to ECU; future) required; its parts (the export loan, the sale on
    #    Ecuador's behalf, the five mln barrels now lent) and Ecuador's repayments COOPERATE (AGREE accepted; future)
    #    optional; the export suspension forced by the earthquake forbidden.
    article(REU + "5118", "1987-03-13", [
        E(["AID"], "Venezuela will lend Ecuador up to 12.5", ["VEN"], ["ECU"], modality=FUT),
        E(["AID"], "Venezuela would lend 50,000 barrels per day", ["VEN"], ["ECU"], req=False, modality=FUT),
        E(["AID", "COOPERATE"], "Venezuela will sell the crude", ["VEN"], ["ECU"], req=False, modality=FUT),
        E(["COOPERATE", "AGREE"], "Ecuador would repay Venezuela in crude", ["ECU"], ["VEN"], req=False,
          modality=FUT),
        E(["AID"], "Venezuela is lending Ecuador five mln barrels", ["VEN"], ["ECU"], req=False),
        E(["COOPERATE", "AGREE"], "Ecuador would repay that loan", ["ECU"], ["VEN"], req=False, modality=FUT),
    ], forbid=[F("Ecuador was forced to suspend exports")],
        places=[P("Venezuela", "VEN"), P("Ecuador", "ECU"), P("Balao", "ECU")],
        dates=[D("today", "1987-03-13"), D("last week", "1987-03")],
        quantities=[Q("12.5 mln barrels", 12500000, "barrels"), Q("50,000 barrels per day", 50000, "bpd"),
                    Q("7.5 mln barrels", 7500000, "barrels"), Q("five months", 5, "months"),
                    Q("five mln barrels", 5000000, "barrels"), Q("140,000 bpd", 140000, "bpd"),
                    Q("260,000 bpd", 260000, "bpd")]),

    # 5. reuters-3938 (Wed 1987-03-11, Washington): two US agencies dispute a proposal for US firms to sell computers to
    #    Iran: the Commerce Department intends to approve export licences for two firms to sell computers to Iranian
    #    state agencies; the Pentagon will appeal the approval because the technology could be turned against US
    #    security and will ask the National Security Council to prohibit the sales; the State Department did not
    #    object, but Shultz, at a hearing, said "I'm not in favor of sales to Iran" and may weigh in against the deal.
    #    The Pentagon's appeal ACCUSE (REJECT accepted) and its request to the NSC REQUEST (USA on both sides; future)
    #    required; the licences to be approved (COOPERATE, AID or AGREE, USA to IRN or the firms; a debatable coding:
    #    an export licence), Shultz's opposition REJECT and his possible weighing in (hypothetical) optional; "did not
    #    object" (but for Shultz's REJECT in its sentence) and the foreign competitors' business forbidden; the
    #    security argument shares the appeal's sentence and is not forbidden.
    article(REU + "3938", "1987-03-11", [
        E(["ACCUSE", "REJECT"], "The Pentagon will appeal Commerce's approval", ["USA"], ["USA"], modality=FUT),
        E(["REQUEST"], "will ask the National Security Council", ["USA"], ["USA"], modality=FUT),
        E(["COOPERATE", "AID", "AGREE"], "intends to approve export", ["USA"], ["IRN", MNC], req=False,
          modality=FUT),
        E(["REJECT"], "I'm not in favor of sales to Iran", ["USA"], ["USA", "IRN"], req=False),
        E(["REJECT"], "may weigh in against the deal", ["USA"], ["USA", "IRN"], req=False, modality=HYP),
    ], forbid=[F("did not object to the sales", ["REJECT"]),
               F("foreign companies would get the Iran business")],
        places=[P("Iran", "IRN"), P("Maynard", "USA", 42.43, -71.45)]),

    # 6. reuters-2989 (Mon 1987-03-09, Dhaka): officials from 30 Asian states of the Group of 77 are meeting to
    #    finalise the agenda of the group's regional ministerial conference here on Saturday, to which all 43 Asian
    #    members are expected; Bangladesh's commerce minister told them most commodity agreements are close to
    #    collapse; the countries will try to adopt a common strategy against developed countries' protectionism;
    #    the recommendations go to UNCTAD in Geneva in July; a "South Bank" may be discussed. The officials' meeting
    #    CONSULT (the G-77 states, no single actor code; in BGD, today) required; the conference to come CONSULT
    #    (future, Saturday), the common strategy AGREE (COOPERATE accepted; future), the recommendations for UNCTAD
    #    and the South Bank's discussion (future) optional; the minister's assessment (but for a CONSULT: he spoke to
    #    the meeting) and "has not been proposed formally" forbidden.
    article(REU + "2989", "1987-03-09", [
        E(["CONSULT"], "The officials are meeting to finalise the agenda", date="1987-03-09",
          location_country="BGD"),
        E(["CONSULT"], "regional ministerial conference here Saturday", req=False, modality=FUT, date="1987-03-14",
          location_country="BGD"),
        E(["AGREE", "COOPERATE"], "will try to adopt a common strategy", req=False, modality=FUT),
        E(["CONSULT", "REQUEST"], "will be placed before the July", recipient=[IGO], req=False, modality=FUT),
        E(["CONSULT"], "would also discuss the possibility", req=False, modality=FUT, location_country="BGD"),
    ], forbid=[F("Most commodity agreements are close to collapse", ["CONSULT"]),
               F("It has not been proposed formally")],
        places=[P("Dhaka", "BGD", 23.81, 90.41), P("Geneva", "CHE", 46.20, 6.14)],
        dates=[D("Saturday", "1987-03-14"), D("July", "1987-07")],
        quantities=[Q("30 Asian countries", 30, "countries"), Q("43 Asian member countries", 43, "countries")]),

    # 7. reuters-7731 (Fri 1987-03-20, New York): Mexican officials and about 360 creditor banks started to sign the
    #    agreements for 7.7 billion dlrs in new loans, Citibank said as co-chairman of the bank advisory committee
    #    (attribution organization); the package was agreed in principle last October 16; the World Bank will
    #    guarantee parts of the co-financing; the contingency facilities, the IMF's oil facility, the rescheduling's
    #    terms and the trade lines follow; about 60 banks have so far refused to join. The signing AGREE (AID
    #    accepted; MEX and the banks, MNC, on either side) required; the agreement in principle (historical), the
    #    World Bank's guarantees AID (IGO to MEX; future), the banks' agreement on trade lines and refinancing and the
    #    60 banks' refusal REJECT (MNC to MEX) optional; the bankers' expectation and the IMF loan's trigger
    #    (hypothetical terms) forbidden.
    article(REU + "7731", "1987-03-20", [
        E(["AGREE", "AID"], "started to sign agreements for 7.7 billion dlrs", MX_BANKS, MX_BANKS,
          attribution="organization"),
        E(["AGREE"], "was agreed in principle with the committee", MX_BANKS, MX_BANKS, req=False, modality=H,
          date="1986-10-16", attribution="organization"),
        E(["AID", "SUPPORT"], "which will guarantee 500 mln dlrs", LENDER, ["MEX"], req=False, modality=FUT,
          attribution="organization"),
        E(["AID", "SUPPORT"], "half will be guaranteed by the World Bank", LENDER, ["MEX"], req=False,
          modality=FUT, attribution="organization"),
        E(["AGREE", "AID"], "the banks have agreed to prolong", [MNC], ["MEX"], req=False,
          attribution="organization"),
        E(["REJECT"], "have so far refused to join the deal", [MNC], ["MEX"], req=False,
          attribution="organization"),
    ], forbid=[F("Bankers said they expect the loan"), F("This IMF loan would be triggered")],
        places=[P("Mexico", "MEX")],
        dates=[D("last October 16", "1986-10-16"), D("March 1988", "1988-03"), D("April 1988", "1988-04"),
               D("this year", "1987")],
        quantities=[Q("360 creditor banks", 360, "banks"), Q("7.7 billion dlrs", 7700000000, "USD"),
                    Q("five billion dlrs", 5000000000, "USD"), Q("one billion dlrs", 1000000000, "USD"),
                    Q("500 mln dlrs", 500000000, "USD"), Q("1.7 billion dlrs", 1700000000, "USD"),
                    Q("1.2 billion dlrs", 1200000000, "USD"), Q("600 mln sdr", 600000000, "SDR"),
                    Q("451 mln dlrs", 451000000, "USD"), Q("250 mln dlrs", 250000000, "USD"),
                    Q("43.7 billion dlrs", 43700000000, "USD"), Q("8.6 billion dlrs", 8600000000, "USD"),
                    Q("76 billion dlrs", 76000000000, "USD"), Q("99 pct", 99, "percent"),
                    Q("100 mln dlrs", 100000000, "USD"), Q("60 banks", 60, "banks")]),

    # 8. reuters-8244 (Mon 1987-03-23, Taupo, New Zealand): Japan has assured a meeting of trade ministers that it is
    #    making every effort to expand domestic demand and restructure its economy; its trade representative told the
    #    informal GATT meeting, at the first session of the two-day meeting, that a comprehensive economic programme
    #    will be prepared after the budget; agriculture is no exception; protectionist pressures are as strong as
    #    ever. The assurance AGREE (CONSULT accepted; JPN, the meeting no code; today) required; his address to the
    #    meeting CONSULT, the programme to come (future; domestic) optional; his view of protectionism forbidden. No
    #    location: Taupo is only in the dateline.
    article(REU + "8244", "1987-03-23", [
        E(["AGREE", "CONSULT"], "Japan has assured a meeting of trade ministers", ["JPN"], date="1987-03-23"),
        E(["CONSULT"], "told an informal General Agreement on Tariffs and Trade", ["JPN"], [IGO], req=False,
          date="1987-03-23"),
        E(["AGREE"], "a comprehensive economic program will be prepared", ["JPN"], req=False, modality=FUT),
    ], forbid=[F("protectionist pressures in the international economy are as strong as ever")],
        places=[P("Japan", "JPN")],
        dates=[D("last September", "1986-09")],
        quantities=[Q("two-day", 2, "days")]),

    # 9. reuters-10347 (Fri 1987-03-27, Tokyo): World Bank president Conable called on Japan to boost investment in
    #    developing nations, telling about 500 Japanese businessmen and academics "I would be pleased with additional
    #    support" and that Japan could do more; Japan recently agreed to expand its contribution to the IBRD; the
    #    bank is expanding its structural adjustment loans, which "could rise to 30 pct". The call REQUEST (the World
    #    Bank, IGO, to JPN) required; the restated calls, Japan's agreed contribution AID (AGREE accepted; JPN to
    #    IGO; historical) and the expanding adjustment loans AID optional; his forecast forbidden. No location: Tokyo
    #    is only in the dateline.
    article(REU + "10347", "1987-03-27", [
        E(["REQUEST"], "called on Japan to boost investment", LENDER, ["JPN"]),
        E(["REQUEST"], "I would be pleased with additional support", LENDER, ["JPN"], req=False),
        E(["REQUEST"], "Japan could do more to help", LENDER, ["JPN"], req=False),
        E(["AID", "AGREE"], "It has also agreed recently to expand its", ["JPN"], LENDER, req=False, modality=H),
        E(["AID"], "the World Bank was expanding its structural", LENDER, req=False),
    ], forbid=[F("Adjustment loans could rise to 30 pct")],
        places=[P("Japan", "JPN"), P("China", "CHN"), P("India", "IND")],
        dates=[D("this year", "1987")],
        quantities=[Q("500 Japanese businessmen", 500, "people"), Q("25 pct", 25, "percent"),
                    Q("30 pct", 30, "percent"), Q("20 pct", 20, "percent")]),

    # 10. reuters-5850 (Tue 1987-03-17, Tokyo): Japanese officials sought to convince the US that the microchip pact
    #     is working ahead of the US's April 1 deadline: "We are implementing the agreement in good faith", a MITI
    #     division director told foreign reporters; US officials have repeatedly accused Japanese chip makers of
    #     selling below cost; the pact was signed last September; the comments followed Nakasone's call to clear up
    #     misunderstandings; another MITI director denied the below-cost sales; MITI's call to chip makers last month
    #     to cut production; MITI plans further steps and new guidelines. The effort to convince the US REJECT
    #     (CONSULT accepted; JPN to USA) and the denial REJECT (JPN to USA) required; the good-faith quote
    #     (restatement), the US accusations ACCUSE and deadline (historical), the pact AGREE (historical),
    #     Nakasone's call and MITI's call to the chip makers REQUEST (JPN to JPN or the firms) and the steps to come
    #     (future) optional; the officials' forecast and other firms' market share forbidden.
    article(REU + "5850", "1987-03-17", [
        E(["REJECT", "CONSULT"], "Japanese officials sought to convince the", ["JPN"], ["USA"]),
        E(["REJECT"], "denied that Japanese chipmakers were selling", ["JPN"], ["USA"]),
        E(["REJECT", "AGREE"], "We are implementing the agreement in good faith", ["JPN"], ["USA"], req=False),
        E(["ACCUSE"], "have repeatedly accused Japanese", ["USA"], ["JPN", MNC], req=False, modality=H),
        E(["REQUEST", "THREATEN"], "an April 1 deadline set by the", ["USA"], ["JPN"], req=False, modality=H),
        E(["AGREE"], "The agreement, signed last September", JP_US, JP_US, req=False, modality=H,
          date="1986-09"),
        E(["REQUEST"], "followed a call by Prime Minsiter", ["JPN"], ["JPN"], req=False, modality=H),
        E(["REQUEST"], "MITI's call to Japanese chip makers last month", ["JPN"], ["JPN", MNC], req=False,
          modality=H, date="1987-02"),
        E(["COOPERATE", "CONCEDE"], "MITI plans to take further steps", ["JPN"], ["USA"], req=False, modality=FUT),
    ], forbid=[F("regulation of supply and demand should bring positive results"),
               F("South Korean companies are expanding market share")],
        places=[P("Japan", "JPN"), P("United States", "USA")],
        dates=[D("April 1", "1987-04-01"), D("last September", "1986-09"), D("last month", "1987-02"),
               D("this year", "1987")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
