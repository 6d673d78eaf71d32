"""Writes articles.json for the forty-seventh article gold (written blind): twelve 1987 Reuters wire stories from the
business side of the wire (select_stories.py: gold-twenty-second's list walked over positions 616-649 and 766-790)
that report acts of political actors: the FAO director's talks and accords in Brazil, Argentina's difficult debt
talks and its central bank's talks with the World Bank, Jamaica's bank debt rescheduling agreed in principle,
Brazil's meeting with its bank committee set for April 10, the EC commissioner's backing for China's GATT bid and
the Commission office agreed in Peking, Baldrige's answer to China's complaints on arriving for talks, Zambia's end
of copper shipments through South Africa, Argentina's economy minister off to seek the release of IMF and bank
loans, Manila's debt certificate offer and its spread demand, Argentina's warning that it may break off the bank
talks, the US drafting retaliation in the Argentine soybean tax case, and Brazil's bank committee's grave concern at
the payment suspension.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

BANKS = [MNC]                      # a debtor's commercial creditor banks or their committee: MNC
EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
AR_BANKS = ["ARG", MNC]
BR_BANKS = ["BRA", MNC]
JM_BANKS = ["JAM", MNC]
US_CN = ["USA", "CHN"]
US_AR = ["USA", "ARG"]
EC_CN = EC + ["CHN"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
NEW_YORK = P("New York", "USA", 40.71, -74.01)

ARTICLES = [
    # 1. reuters-12718 (Thu 1987-04-02, Recife): the FAO director, in Brazil for talks with agriculture officials, said
    #    he invited President Sarney to open the International Day of Food in Rome on October 16, offered to send a
    #    technical mission to help the land reform, and signed three accords for FAO technical projects in Brazil
    #    during his stay in the capital; his estimate of 500 million starving. The talks CONSULT (the FAO, IGO, and
    #    BRA, either side; in BRA), the offer AGREE (AID accepted: a mission to help; IGO to BRA) and the accords
    #    signed AGREE (COOPERATE accepted; either side; in BRA) required; the invitation AGREE (REQUEST accepted, as
    #    the earlier golds' invitations) optional; the estimate of the starving forbidden (a statistic).
    article(REU + "12718", "1987-04-02", [
        E(["CONSULT"], "in Brazil for talks with agriculture officials", [IGO, "BRA"], [IGO, "BRA"],
          location_country="BRA"),
        E(["AGREE", "REQUEST"], "he invited President Jose Sarney", [IGO], ["BRA"], req=False,
          location_country="BRA"),
        E(["AGREE", "AID"], "he offered to send a technical mission", [IGO], ["BRA"], location_country="BRA"),
        E(["AGREE", "COOPERATE"], "he signed three accords", [IGO, "BRA"], [IGO, "BRA"], location_country="BRA"),
    ], forbid=[F("are living in critical condition")],
        places=[P("Brazil", "BRA"), P("Rome", "ITA", 41.90, 12.50)],
        dates=[D("October 16", "1987-10-16")],
        quantities=[Q("500 million people", 500000000, "people"), Q("10 pct", 10, "percent"),
                    Q("57 mln dlrs", 57000000, "USD")]),

    # 2. reuters-5036 (Fri 1987-03-13, Buenos Aires): Argentina's central bank president said the negotiations with
    #    the creditor banks on the private sector debt were difficult ("we must try to get them to lower the
    #    spreads") and would not end next week; he leaves for New York tomorrow with the Treasury Secretary to join
    #    the team negotiating with the steering committee; he and the economy minister discussed the loan request with
    #    the World Bank's vice-president, now in Buenos Aires, and Argentina has World Bank support; Argentina said its
    #    growth target is not negotiable and indicated it would not put interest payments ahead of it; the US and 12
    #    other nations granted a bridge loan received this week; the talks began in January. The negotiations
    #    CONSULT (ARG and the banks, MNC, either side) and the discussion with the World Bank CONSULT (either side; in
    #    ARG) required; the spread wanted REQUEST, the trip tomorrow (future; in USA), the World Bank's support
    #    SUPPORT, the target not negotiable REJECT, the conditional refusal to pay THREATEN (hypothetical), the bridge
    #    loan AID (the US as its named lender) and the talks' start (historical) optional; the talks "would not end
    #    next week" forbidden (a forecast).
    article(REU + "5036", "1987-03-13", [
        E(["CONSULT"], "said negotiations with creditor banks", AR_BANKS, AR_BANKS),
        E(["REQUEST"], "We must try to get them to lower the spreads", ["ARG"], BANKS, req=False),
        E(["CONSULT"], "leaves for New York tomorrow", AR_BANKS, AR_BANKS, req=False, modality=FUT,
          date="1987-03-14", location_country="USA"),
        E(["SUPPORT"], "Argentina had World Bank support", [IGO], ["ARG"], req=False),
        E(["CONSULT"], "had discussed Argentina's loan request", ["ARG", IGO], ["ARG", IGO],
          location_country="ARG"),
        E(["REJECT"], "this target is not negotiable", ["ARG"], BANKS, req=False),
        E(["THREATEN"], "would not put payment of interest", ["ARG"], BANKS, req=False, modality=HYP),
        E(["AID"], "granted Argentina a 500 mln dlr bridge", ["USA"], ["ARG"], req=False),
        E(["CONSULT"], "lona began in January", AR_BANKS, AR_BANKS, req=False, modality=H, date="1987-01"),
    ], forbid=[F("would not end next week")],
        places=[P("Argentina", "ARG"), NEW_YORK, P("Buenos Aires", "ARG", -34.60, -58.38),
                P("United States", "USA")],
        dates=[D("next week", "1987-03"), D("tomorrow", "1987-03-14"), D("January", "1987-01"),
               D("this week", "1987-03")],
        quantities=[Q("30 billion dlr", 30000000000, "USD"), Q("2.15 billion dlr", 2150000000, "USD"),
                    Q("four pct", 4, "percent"), Q("500 mln dlr", 500000000, "USD")]),

    # 3. reuters-3539 (timestamp Wed 1987-03-11, dateline New York, March 10): Jamaica agreed in principle with its
    #    bank advisory committee on rescheduling 181 mln dlrs of commercial bank debt, the Jamaican Information
    #    Service said; the Prime Minister, who led the delegation, called the terms very favourable; five days earlier
    #    Jamaica concluded a rescheduling accord with the Paris Club, which followed the IMF's approval on March 5 of
    #    a standby arrangement and a drawing; Seaga reaffirmed the policy of not seeking new bank loans. The agreement
    #    AGREE (JAM and the banks, MNC, either side) required; the terms praised SUPPORT, the Paris Club accord AGREE
    #    (the creditor states as the Paris Club, IGO, as earlier golds accept) and the IMF's approval AID (historical,
    #    March 5) optional. The dateline day differs from the timestamp's: "yesterday" and "five days after" are left
    #    out (as earlier golds did with such records).
    article(REU + "3539", "1987-03-11", [
        E(["AGREE"], "agreed in principle with its bank advisory committee", JM_BANKS, JM_BANKS),
        E(["SUPPORT"], "called the terms very favourable", ["JAM"], BANKS, req=False),
        E(["AGREE"], "successfully concluded a 125.5 mln dlr rescheduling accord", ["JAM", IGO], ["JAM", IGO],
          req=False, modality=H),
        E(["AID"], "approval on March 5", [IGO], ["JAM"], req=False, modality=H, date="1987-03-05"),
    ], places=[P("Jamaica", "JAM")],
        dates=[D("March 5", "1987-03-05"), D("1987", "1987"), D("1989", "1989")],
        quantities=[Q("181 mln dlrs", 181000000, "USD"), Q("12 years", 12, "years"), Q("3.3 mln dlrs", 3300000, "USD"),
                    Q("125.5 mln dlr", 125500000, "USD"), Q("85 mln special drawing rights", 85000000, "SDR"),
                    Q("40.9 mln sdr", 40900000, "SDR"), Q("3.3 billion dlrs", 3300000000, "USD"),
                    Q("12 pct", 12, "percent")]),

    # 4. reuters-11761 (Tue 1987-03-31, New York): a Brazilian delegation led by the central bank president will meet
    #    Brazil's bank advisory committee here on April 10, the committee's chairman said; the parties are expected
    #    to discuss Brazil's economic plans and interim arrangements; the first meeting here since Brazil's unilateral
    #    suspension of interest payments on February 20; the two sides held inconclusive talks in Miami on March 22,
    #    bankers said. The meeting to come AGREE (CONSULT accepted; BRA and the banks, MNC, either side; future, April
    #    10; in USA) required; the agenda (the same meeting), the suspension REJECT (historical; SANCTION accepted, as
    #    gold-forty-second) and the Miami talks CONSULT (historical; anonymous) optional.
    article(REU + "11761", "1987-03-31", [
        E(["AGREE", "CONSULT"], "will meet Brazil's bank advisory committee here", BR_BANKS, BR_BANKS, modality=FUT,
          date="1987-04-10", location_country="USA"),
        E(["CONSULT"], "the parties are expected to discuss", BR_BANKS, BR_BANKS, req=False, modality=FUT,
          date="1987-04-10", location_country="USA"),
        E(["REJECT", "SANCTION"], "unilateral suspension of interest payments", ["BRA"], BANKS, req=False,
          modality=H, date="1987-02-20"),
        E(["CONSULT"], "held inconclusive talks in Miami", BR_BANKS, BR_BANKS, req=False, modality=H,
          date="1987-03-22", attribution="anonymous", location_country="USA"),
    ], places=[P("Miami", "USA", 25.76, -80.19)],
        dates=[D("April 10", "1987-04-10"), D("February 20", "1987-02-20"), D("March 22", "1987-03-22")],
        quantities=[Q("68 billion dlrs", 68000000000, "USD")]),

    # 5. reuters-11352 (Tue 1987-03-31, Peking): the EC's external relations commissioner told a news conference the
    #    Soviet Union will probably demand to follow China into GATT and China's application would involve long and
    #    difficult negotiations; China applied in July 1986 and presented a memorandum in February; the EC strongly
    #    backed the application, others took a tougher line; during his visit he met top Chinese leaders and today
    #    signed an agreement to open a Commission office in Peking. The backing SUPPORT (the EC to CHN), the meetings
    #    with the leaders CONSULT (either side; in CHN) and the agreement signed AGREE (COOPERATE accepted; either
    #    side; in CHN) required; China's application REQUEST (to GATT, IGO; historical), its memorandum (historical)
    #    and the other parties' tougher line REJECT (unnamed: no actor) optional; the commissioner's speculation on
    #    the Soviet Union and his forecast of China's imports forbidden.
    article(REU + "11352", "1987-03-31", [
        E(["REQUEST"], "China formally applied to join GATT", ["CHN"], [IGO], req=False, modality=H, date="1986-07"),
        E(["REQUEST", "CONSULT"], "presented a memorandum backing its application", ["CHN"], [IGO], req=False,
          modality=H, date="1987-02"),
        E(["SUPPORT"], "the EC strongly backed China's application", EC, ["CHN"], location_country="CHN"),
        E(["REJECT"], "took a tougher line", None, ["CHN"], req=False),
        E(["CONSULT"], "has met top Chinese leaders", EC_CN, EC_CN, location_country="CHN"),
        E(["AGREE", "COOPERATE"], "signed an agreement to open a European Community", EC_CN, EC_CN,
          date="1987-03-31", location_country="CHN"),
    ], forbid=[F("which will probably demand to follow China"), F("would force China to import less")],
        places=[P("China", "CHN"), P("Soviet Union", "RUS"), P("Hungary", "HUN"), P("Yugoslavia", "YUG"),
                P("Peking", "CHN", 39.90, 116.40)],
        dates=[D("July 1986", "1986-07"), D("February", "1987-02"), D("today", "1987-03-31"),
               D("this year", "1987")]),

    # 6. reuters-16970 (Tue 1987-04-21, Peking): the US Commerce Secretary said US high technology sales to China are
    #    rising despite Peking's complaints that they are restricted; he spoke at the airport on arriving for talks;
    #    the official Peking Review yesterday accused the US of delaying approval of such sales; he said export
    #    controls are a fraction of the transfers; he and China's foreign trade minister will chair a session of the
    #    joint commission on commerce and trade; a US official listed the issues to be raised. The rebuttal of China's
    #    complaints REJECT (a denial of the other state's charge; USA to CHN), the visit for talks CONSULT (either
    #    side; in CHN) and the magazine's charge ACCUSE (CHN to USA; media; yesterday) required; the commission session
    #    to come CONSULT (AGREE accepted; future; in CHN) and the Administration's fight against protectionist bills
    #    (domestic) optional; his confidence in US firms forbidden (an opinion).
    article(REU + "16970", "1987-04-21", [
        E(["REJECT"], "are rising despite Peking's complaints", ["USA"], ["CHN"], location_country="CHN"),
        E(["CONSULT"], "on arriving here for talks", US_CN, US_CN, location_country="CHN"),
        E(["ACCUSE"], "yesterday accused the United States", ["CHN"], ["USA"], date="1987-04-20",
          attribution="media"),
        E(["REJECT"], "would fight protectionist legislation", ["USA"], ["USA"], req=False, modality=FUT),
        E(["CONSULT", "AGREE"], "will act as chairmen of the fifth session", US_CN, US_CN, req=False, modality=FUT,
          location_country="CHN"),
    ], forbid=[F("he was sure")],
        places=[P("China", "CHN"), P("Peking", "CHN", 39.90, 116.40), WASHINGTON],
        dates=[D("yesterday", "1987-04-20"), D("Last year", "1986")],
        quantities=[Q("60 pct", 60, "percent")]),

    # 7. reuters-6025 (Tue 1987-03-17, Lusaka): Zambia's mines minister confirmed that Zambia had ended copper
    #    shipments through South Africa and announced that its state-run mining company had closed its liaison office
    #    there; the government diverts all mineral exports by rail to Dar es Salaam and Beira; he declined to give
    #    volumes; diplomatic sources had doubted that the ports could cope; the firm's Johannesburg office closed as
    #    redundant (restated). The end of the shipments SANCTION (a state's cut of trade through another; ZMB to ZAF)
    #    and the office closed SANCTION (RETREAT accepted; the state firm: ZMB) required; the diversion (the same act)
    #    and the restated closure optional; his refusal to give volumes and the diplomats' doubts forbidden.
    article(REU + "6025", "1987-03-17", [
        E(["SANCTION"], "had ended copper shipments through South Africa", ["ZMB"], ["ZAF"], location_country="ZMB"),
        E(["SANCTION", "RETREAT"], "had closed down its liaison office", ["ZMB"], ["ZAF"], location_country="ZAF"),
        E(["SANCTION"], "was diverting all mineral exports", ["ZMB"], ["ZAF"], req=False),
        E(["SANCTION", "RETREAT"], "had closed its liaison office in Johannesburg", ["ZMB"], ["ZAF"], req=False,
          location_country="ZAF"),
    ], forbid=[F("declined to say what volume"), F("had earlier expressed doubts")],
        places=[P("Zambia", "ZMB"), P("South Africa", "ZAF"), P("Dar es Salaam", "TZA", -6.79, 39.21),
                P("Tanzania", "TZA"), P("Beira", "MOZ", -19.84, 34.84), P("Mozambique", "MOZ"),
                P("Lusaka", "ZMB", -15.39, 28.32), P("Johannesburg", "ZAF", -26.20, 28.05)],
        dates=[D("1986", "1986")],
        quantities=[Q("100,000 tonnes", 100000, "tonnes"), Q("17,000", 17000, "tonnes")]),

    # 8. reuters-19558 (Mon 1987-06-29, Buenos Aires): Argentina's economy minister left at the weekend for the US for
    #    talks with the creditor banks and the IMF to obtain the release of new loans, the semi-official news agency
    #    said; he would urge the IMF to release a compensatory loan and two standby tranches, delayed by Argentina's
    #    failure to win final approval of a bank loan; the banks have pledged 97 pct of it but the IMF has not defined
    #    the critical mass; the bank committee's chairman said on Friday the loan could be signed in August. The trip
    #    for talks CONSULT (ARG to the banks, MNC, and the IMF, IGO; media; in USA) and the request to the IMF REQUEST
    #    (future; media) required; the banks' pledges AGREE (historical) optional; the undefined critical mass
    #    (negated) and the chairman's forecast forbidden.
    article(REU + "19558", "1987-06-29", [
        E(["CONSULT"], "left at the weekend for the United States", ["ARG"], BANKS + [IGO], date="1987-06",
          attribution="media", location_country="USA"),
        E(["REQUEST"], "would urge the IMF to release", ["ARG"], [IGO], modality=FUT, attribution="media",
          location_country="USA"),
        E(["AGREE"], "Banks have pledged 97 pct", BANKS, ["ARG"], req=False, modality=H),
    ], forbid=[F("has not yet defined what amount"), F("could be signed in August")],
        places=[P("United States", "USA")],
        dates=[D("at the weekend", "1987-06"), D("Friday", "1987-06-26"), D("August", "1987-08")],
        quantities=[Q("480 mln dlrs", 480000000, "USD"), Q("450 mln dlrs", 450000000, "USD"),
                    Q("1.95 billion dlr", 1950000000, "USD"), Q("97 pct", 97, "percent")]),

    # 9. reuters-347 (Mon 1987-03-02, Manila): the Philippines will offer its commercial bank creditors a pricing plan
    #    paying through certificates of indebtedness, the Business Day newspaper said; the finance secretary said on
    #    Saturday the proposal is meant to avoid an impasse when the talks reopen in New York on Tuesday; Manila sticks
    #    to its demand of a 5/8 spread; its representatives have gone to Washington to brief the Fund, the Bank, the
    #    Fed and the Treasury, where the alternative was positively received; he sees no accounting problem. The offer
    #    to come AGREE (PHL to the banks, MNC; future; media), the spread demand REQUEST (PHL to the banks) and the
    #    briefing in Washington CONSULT (PHL to the IMF and World Bank, IGO, and USA; in USA) required; the talks to
    #    reopen on Tuesday (future; AGREE accepted; in USA), the choice offered (the offer restated) and the
    #    alternative positively received SUPPORT optional; his and the regulators' "no problem" forbidden.
    article(REU + "347", "1987-03-02", [
        E(["AGREE"], "The Philippines will offer commercial bank creditors", ["PHL"], BANKS, modality=FUT,
          attribution="media"),
        E(["CONSULT", "AGREE"], "when debt rescheduling talks reopen", ["PHL", MNC], ["PHL", MNC], req=False,
          modality=FUT, date="1987-03-03", location_country="USA"),
        E(["REQUEST"], "Manila is sticking to its demand", ["PHL"], BANKS),
        E(["AGREE"], "will give the banks a choice", ["PHL"], BANKS, req=False, modality=FUT),
        E(["CONSULT"], "Our representatives have gone to Washington", ["PHL"], [IGO, "USA"],
          location_country="USA"),
        E(["SUPPORT"], "it has generally been positively received", [IGO, "USA"], ["PHL"], req=False),
    ], forbid=[F("there is going to be a problem"), F("Neither have the government regulators indicated")],
        places=[P("Philippines", "PHL"), NEW_YORK, P("Manila", "PHL", 14.60, 120.98), WASHINGTON],
        dates=[D("Saturday", "1987-02-28"), D("Tuesday", "1987-03-03")],
        quantities=[Q("3.6 billion dlrs", 3600000000, "USD")]),

    # 10. reuters-15957 (Thu 1987-04-09, Washington): Argentina's economy minister, speaking to the IMF's Interim
    #     Committee, said the "narrow interest" of creditor banks was holding up an accord and warned Argentina may
    #     break off negotiations ("it will be impossible for us to continue negotiating on that basis"); a monetary
    #     source said Baker asked for the banks' names to call them; the minister reminded the committee of the IMF's
    #     February loans, said the banks were flouting a practice and that their demands block the talks; monetary
    #     sources said the banks offer Libor plus 7/8 pct. The warning THREATEN (ARG to the banks, MNC; in USA) and the
    #     charge that the banks hold up the accord ACCUSE (in USA) required; the charge and the warning restated, the
    #     negotiating "seriously" CONSULT, Baker's call to come CONSULT (anonymous; future), the IMF's February loans
    #     AID (historical), the charge of flouting practice ACCUSE and the banks' offer AGREE (anonymous) optional.
    article(REU + "15957", "1987-04-09", [
        E(["ACCUSE"], "of creditor banks was holding up an accord", ["ARG"], BANKS, location_country="USA"),
        E(["THREATEN"], "warned Argentina may break off negotiations", ["ARG"], BANKS, location_country="USA"),
        E(["ACCUSE"], "It is inadmissible that the private narrow interest", ["ARG"], BANKS, req=False,
          location_country="USA"),
        E(["CONSULT"], "it is negotiating seriously with the banks", AR_BANKS, AR_BANKS, req=False),
        E(["THREATEN", "REJECT"], "it will be imposible for us to continue negotiating", ["ARG"], BANKS,
          req=False, location_country="USA"),
        E(["CONSULT"], "give them a call right away", ["USA"], BANKS, req=False, modality=FUT,
          attribution="anonymous"),
        E(["AID"], "the IMF last February approved", [IGO], ["ARG"], req=False, modality=H, date="1987-02"),
        E(["ACCUSE"], "the banks were flouting a long-established practice", ["ARG"], BANKS, req=False,
          location_country="USA"),
        E(["AGREE"], "creditor banks have been offering Argentina", BANKS, ["ARG"], req=False,
          attribution="anonymous"),
    ], places=[P("Argentina", "ARG"), P("Venezuela", "VEN"), P("Mexico", "MEX")],
        dates=[D("Today", "1987-04-09"), D("last February", "1987-02"), D("1985", "1985"), D("last year", "1986")],
        quantities=[Q("1.3-billion-dlr", 1300000000, "USD"), Q("500,000 dlrs", 500000, "USD"),
                    Q("50 billion dlrs", 50000000000, "USD"), Q("24 billion dlrs", 24000000000, "USD"),
                    Q("4.2 billion dlrs", 4200000000, "USD"), Q("7/8 pct", 0.875, "percent"),
                    Q("13/16 pct", 0.8125, "percent")]),

    # 11. reuters-21080 (Mon 1987-10-19, Washington): the US is drafting options including possible trade retaliation
    #     against Argentina in the dispute over its soybean and product export tax differential, after high-level
    #     talks failed earlier this month, US officials said (unnamed: anonymous); a US source: "our only option is
    #     some sort of retaliation"; the US shelved the case earlier this year after Yeutter said Argentina agreed to
    #     end the differential; the deputy trade representative met two Argentine ministers on September 29, who said
    #     they could not narrow the differential further; the US is considering restrictions on imports of corned beef
    #     and leather; a decision is likely soon. The retaliation drafted THREATEN (SANCTION accepted; USA to ARG;
    #     anonymous), the failed talks CONSULT (either side; anonymous) and the Argentine ministers' refusal REJECT
    #     (ARG to USA; September 29) required; the source's restated threat, the case shelved CONCEDE (historical),
    #     Argentina's earlier agreement AGREE (historical), the September 29 meeting CONSULT and the restrictions
    #     considered SANCTION (hypothetical) optional; the decision "likely to be made" forbidden (a forecast).
    article(REU + "21080", "1987-10-19", [
        E(["THREATEN", "SANCTION"], "is drafting options including possible trade retaliation", ["USA"], ["ARG"],
          attribution="anonymous"),
        E(["CONSULT"], "the failure of high-level talks earlier this month", US_AR, US_AR, date="1987-10",
          attribution="anonymous"),
        E(["THREATEN"], "Our only option is some sort of retaliation", ["USA"], ["ARG"], req=False,
          attribution="anonymous"),
        E(["CONCEDE", "RETREAT"], "shelved the NSPA case earlier this year", ["USA"], ["ARG"], req=False, modality=H,
          date="1987"),
        E(["AGREE"], "Argentina agreed to end the differential", ["ARG"], ["USA"], req=False, modality=H),
        E(["CONSULT"], "Michael Smith met Agriculture minister", US_AR, US_AR, req=False, modality=H,
          date="1987-09-29"),
        E(["REJECT"], "they could not narrow the differential further", ["ARG"], ["USA"], modality=H,
          date="1987-09-29"),
        E(["SANCTION", "THREATEN"], "is considering restrictions on imports", ["USA"], ["ARG"], req=False,
          modality=HYP, attribution="anonymous"),
    ], forbid=[F("is likely to be made by the Reagan administration")],
        places=[P("Argentina", "ARG"), P("Buenos Aires", "ARG", -34.60, -58.38)],
        dates=[D("earlier this month", "1987-10"), D("earlier this year", "1987"), D("July", "1987-07"),
               D("September 29", "1987-09-29")],
        quantities=[Q("one pct", 1, "percent")]),

    # 12. reuters-175 (Thu 1987-02-26, New York): Brazil's 14-bank advisory committee expressed "grave concern" to the
    #     chief debt negotiator over the suspension of interest payments, according to the chairman's telex to the
    #     creditor banks; bankers said the phrase belied deep anger over the unilateral move last Friday and the
    #     freeze of short-term lines; the negotiator met the full panel on Tuesday and Wednesday and again this
    #     morning, and told the banks a telex to explain the freeze was being prepared; no plans for the finance
    #     minister to meet bankers on his Washington trip, where he will explain Brazil's actions to Baker, Volcker and
    #     Camdessus; Argentina's Treasury Secretary presents its loan request to the bankers this afternoon; Argentina
    #     has threatened to emulate the moratorium. The committee's concern ACCUSE (the banks, MNC, to BRA) and the
    #     meetings with the panel CONSULT (either side; in USA) required; the suspension and the freeze REJECT
    #     (historical, last Friday; SANCTION accepted), the meeting this morning, the telex to come CONSULT (future),
    #     the minister's explanations to come CONSULT (future; to USA and the IMF, IGO; in USA), Argentina's
    #     presentation of its request REQUEST and its threat THREATEN (historical) optional; the bankers' reading and
    #     "no plans" forbidden.
    article(REU + "175", "1987-02-26", [
        E(["ACCUSE"], "advisory committee expressed", BANKS, ["BRA"], location_country="USA"),
        E(["REJECT", "SANCTION"], "over the country's suspension of interest payments", ["BRA"], BANKS, req=False,
          modality=H, date="1987-02-20"),
        E(["REJECT", "SANCTION"], "its subsequent freeze on some 15 billion dlrs", ["BRA"], BANKS, req=False,
          modality=H),
        E(["CONSULT"], "met the full panel on Tuesday and Wednesday", BR_BANKS, BR_BANKS, date="1987-02-24",
          location_country="USA"),
        E(["CONSULT"], "who met again this morning", BR_BANKS, BR_BANKS, req=False, date="1987-02-26",
          location_country="USA"),
        E(["CONSULT"], "was preparing a telex to explain", ["BRA"], BANKS, req=False, modality=FUT),
        E(["CONSULT"], "Funaro will be explaining Brazil's actions", ["BRA"], ["USA", IGO], req=False, modality=FUT,
          date="1987-02-27", location_country="USA"),
        E(["REQUEST"], "on his country's request for 2.15 billion dlrs", ["ARG"], BANKS, req=False,
          location_country="USA"),
        E(["THREATEN"], "Argentina has threatened to emulate", ["ARG"], BANKS, req=False, modality=H),
    ], forbid=[F("belied the deep anger"), F("there are no plans for Brazilian finance minister")],
        places=[P("Brazil", "BRA"), WASHINGTON, NEW_YORK, P("Argentina", "ARG")],
        dates=[D("last Friday", "1987-02-20"), D("Tuesday", "1987-02-24"), D("Wednesday", "1987-02-25"),
               D("today", "1987-02-26"), D("Saturday", "1987-02-28")],
        quantities=[Q("15 billion dlrs", 15000000000, "USD"), Q("2.15 billion dlrs", 2150000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
