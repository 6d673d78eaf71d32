"""Writes articles.json for the thirtieth article gold (written blind): twelve 1987 Reuters wire stories from the
business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 284, after
gold-twenty-eighth) that report acts of political actors: Yugoslavia's debt accord with its creditor states,
Japan's answer to the US over the chip pact, US cash aid to Egypt, EC ministers on steel closures, the EC-US pasta
dispute, a Spanish bank strike, the EC's warning to the House over the trade bill, Reagan's highway-bill veto,
an Australian police charge, the World Bank's president on Brazil, the GATT Council on the EC's chip-pact complaint
and British MPs' call for sanctions against Japan. The annotations are data, written by hand below with the
shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts. `file` is
reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of the record's
timestamp, relative dates resolved against it. Only the political acts are required events; firms' acts, market
figures, forecasts and speculation are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
EC_COUNCIL = EC + ["DEU", "GBR", "FRA", "ITA", "BEL", "NLD", "ESP"]   # EC ministers meeting: the EC or a member
US_JP = ["USA", "JPN"]
EC_US = EC + ["USA"]
ES_BANKS = ["ESP", MNC]            # Spanish private banks and their association: their country or MNC
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
BRUSSELS = P("Brussels", "BEL", 50.85, 4.35)

ARTICLES = [
    # 1. reuters-11591 (Tue 1987-03-31, Belgrade): Yugoslavia reaches an accord in Paris today with 16 Western
    #    creditor countries on refinancing part of its debt (from the official news agency). The accord AGREE
    #    (SUPPORT accepted; the creditor states have no single code: the Paris club IGO accepted as recipient) and
    #    the talks that produced it CONSULT required; its restatement, the talks with commercial banks to follow in
    #    April (a negotiation with banks, future) optional; the amounts the accord "should cover" are a forecast
    #    told before the talks (forbidden).
    article(REU + "11591", "1987-03-31", [
        E(["AGREE", "SUPPORT"], "Yugoslavia has reached an agreement with Western creditors", ["YUG"], [IGO],
          date="1987-03-31", location_country="FRA"),
        E(["AGREE", "SUPPORT"], "the agreement was reached in Paris today", ["YUG"], [IGO], req=False,
          date="1987-03-31", location_country="FRA"),
        E(["CONSULT"], "in talks between Yugoslav delegation", ["YUG", IGO], [IGO, "YUG"], date="1987-03-31",
          location_country="FRA"),
        E(["CONSULT", "AGREE"], "the talks with commercial bank creditors", ["YUG"], req=False, modality=FUT,
          date="1987-04"),
    ], forbid=[F("the agreement should cover 1.6 billion dollars")],
        places=[P("Yugoslavia", "YUG"), P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("today", "1987-03-31"), D("this year", "1987"), D("1988", "1988"), D("April", "1987-04")],
        quantities=[Q("19.7 billion dollar", 19700000000, "USD"), Q("1.6 billion dollars", 1600000000, "USD"),
                    Q("3.5 billion", 3500000000, "USD"), Q("16 Western creditor", 16, "countries")]),

    # 2. reuters-8602 (Tue 1987-03-24, Tokyo): Nakasone tells his trade minister at today's cabinet meeting to
    #    redouble efforts to calm US anger over chips (from government officials: anonymous); yesterday MITI wrote to
    #    US policy makers setting out Japan's case (its survey shows no cut-price sales) and its vice minister
    #    suggested a joint investigation. The denial of the dumping charge REJECT (JPN to USA) and the offer of a
    #    joint investigation AGREE (earlier golds: offers AGREE; REQUEST accepted: a proposal) required; the prime
    #    minister's instruction to his minister REQUEST (inside one government: optional, as gold-twenty-second's
    #    ministerial order) and the lede's "intervened" (the same act), the letters CONSULT, MITI telling chip makers
    #    to cut output (a ministry and its own firms), the US charges and threats of retaliation (background) and last
    #    year's pact (historical) optional; the US cabinet council's meeting to come forbidden (a domestic meeting).
    article(REU + "8602", "1987-03-24", [
        E(["REQUEST", "CONSULT"], "intervened to try to resolve", ["JPN"], ["JPN", "USA"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "Nakasone told Trade and Industry Minister Hajime Tamura", ["JPN"], ["JPN"], req=False,
          date="1987-03-24", location_country="JPN", attribution="anonymous"),
        E(["REJECT"], "Japanese producers were not selling at cut-rate prices", ["JPN"], ["USA"],
          location_country="JPN"),
        E(["AGREE", "REQUEST"], "suggested the two countries could conduct a joint investigation", ["JPN"],
          ["USA"], location_country="JPN"),
        E(["CONSULT"], "launched a last-ditch attempt to salvage the pact", ["JPN"], ["USA"], req=False,
          date="1987-03-23"),
        E(["REQUEST"], "telling Japanese chip makers to cut output", ["JPN"], ["JPN"], req=False,
          date="1987-03-23"),
        E(["ACCUSE"], "have accused Tokyo of failing to live up to the accord", ["USA"], ["JPN"], req=False),
        E(["THREATEN"], "have threatened retaliatory action", ["USA"], ["JPN"], req=False),
        E(["AGREE"], "That pact, agreed last year", US_JP, US_JP, req=False, modality=H, date="1986"),
    ], forbid=[F("scheduled meeting of the Reagan administration's Economic Policy Council")],
        places=[P("Japan", "JPN"), P("Tokyo", "JPN", 35.68, 139.69)],
        dates=[D("today", "1987-03-24"), D("Yesterday", "1987-03-23"), D("last year", "1986"),
               D("March", "1987-03")]),

    # 3. reuters-2883 (Fri 1987-03-06, Washington): the US says it is transferring 115 mln dlrs of aid to Egypt as
    #    a cash grant; the State Department's spokeswoman stresses its continued support for Egypt's reforms. The
    #    transfer AID and the support SUPPORT (USA to EGY) required; the 815 mln dlrs Congress voted for 1987 AID
    #    (historical, the legislature's act behind the grant) optional.
    article(REU + "2883", "1987-03-06", [
        E(["AID"], "said it was transferring 115 mln dlrs in aid to Egypt", ["USA"], ["EGY"], location_country="EGY"),
        E(["SUPPORT"], "our continued support for Egypt's reform", ["USA"], ["EGY"], location_country="USA"),
        E(["AID"], "economic aid voted by Congress", ["USA"], ["EGY"], req=False, modality=H),
    ], places=[P("Egypt", "EGY")],
        dates=[D("1987", "1987")],
        quantities=[Q("115 mln dlrs", 115000000, "USD"), Q("815 mln dlrs", 815000000, "USD")]),

    # 4. reuters-7323 (Thu 1987-03-19, Brussels): EC industry ministers agree on Eurofer's plan for voluntary steel
    #    closures and ask the Commission to consult firms and governments on further cuts. The ministers' agreement
    #    AGREE (the EC's council: the EC or any member as actor; no recipient: an industry plan) and their request to
    #    the Commission REQUEST (council to Commission: EC on both sides) required; the meeting of June 1 where they
    #    hope to approve a programme AGREE/CONSULT (future; from Commission sources: anonymous), their finding that
    #    the closures fall short ACCUSE (aimed at an industry lobby) and Narjes telling the ministers of excess
    #    capacity optional; the Commission's new quota system to come (domestic economic policy, no interaction)
    #    forbidden.
    article(REU + "7323", "1987-03-19", [
        E(["AGREE"], "industry ministers agreed on a plan for voluntary steel plant closures", EC_COUNCIL,
          date="1987-03-19", location_country="BEL"),
        E(["REQUEST"], "They asked the EC Executive Commission to consult", EC_COUNCIL, EC, date="1987-03-19",
          location_country="BEL"),
        E(["ACCUSE"], "The ministers resolved that the proposed closures", EC_COUNCIL, req=False),
        E(["AGREE", "CONSULT"], "when they meet again in Brussels on June 1", EC_COUNCIL, req=False,
          modality=FUT, date="1987-06-01", location_country="BEL", attribution="anonymous"),
        E(["CONSULT"], "Narjes told ministers capacity was", EC, EC_COUNCIL, req=False),
    ], forbid=[F("The Commission will draw up a new system")],
        places=[BRUSSELS],
        dates=[D("June 1", "1987-06-01"), D("1990", "1990")],
        quantities=[Q("22,000 jobs", 22000, "jobs"), Q("15.26 mln tonnes", 15260000, "tonnes"),
                    Q("45 pct", 45, "percent"), Q("65 pct", 65, "percent"), Q("30 mln tonnes", 30000000, "tonnes")]),

    # 5. reuters-19546 (Mon 1987-06-29, Brussels): EC-US talks last week failed to settle the pasta dispute
    #    (diplomatic sources: anonymous); the US insists the EC comply with a GATT ruling and dismantle its export
    #    subsidies; the EC offered a compromise, which the US rejected. The talks CONSULT (both sides), the US
    #    demand REQUEST, the EC's offer AGREE and the US rejection REJECT required; last August's settlement of the
    #    citrus dispute AGREE (historical) and the commissioners' visit to Washington on July 7-10 AGREE/CONSULT
    #    (future) optional; "could be reopened" and "possible the US would reimpose" forbidden (speculation).
    article(REU + "19546", "1987-06-29", [
        E(["CONSULT"], "Top-level talks last week between the European Community", EC_US, EC_US, date="1987-06",
          location_country="BEL", attribution="anonymous"),
        E(["REQUEST"], "Insists the EC complies with what it regards", ["USA"], EC),
        E(["AGREE"], "offered a compromise in last week's talks", EC, ["USA"], date="1987-06",
          location_country="BEL", attribution="anonymous"),
        E(["REJECT"], "this was rejected by the", ["USA"], EC, date="1987-06", location_country="BEL",
          attribution="anonymous"),
        E(["AGREE", "SUPPORT"], "when the two sides resolved a related dispute", EC_US, EC_US, req=False,
          modality=H, date="1986-08"),
        E(["AGREE", "CONSULT"], "are due to visit Washington from July 7 to 10", EC, ["USA"], req=False,
          modality=FUT, date="1987-07-07", location_country="USA"),
    ], forbid=[F("the citrus issue could be reopened"), F("It was also possible the")],
        places=[BRUSSELS, WASHINGTON, P("Italy", "ITA")],
        dates=[D("last week", "1987-06"), D("July 1", "1987-07-01"), D("last August", "1986-08"),
               D("next month", "1987-07"), D("July 7", "1987-07-07")],
        quantities=[Q("40 pct", 40, "percent")]),

    # 6. reuters-19226 (Fri 1987-06-19, Madrid): Spanish private bank staff strike for more pay and shorter hours;
    #    the employers offered 4.75 pct last month. The strike PROTEST (gold-twenty-second's strike conventions:
    #    the workers' country as actor, the banks ESP or MNC as recipient) required; the unions' strike call with
    #    its demands (the same strike; REQUEST accepted) and the employers' offer AGREE (last month) optional; the
    #    employers' claim that banks worked normally forbidden.
    article(REU + "19226", "1987-06-19", [
        E(["PROTEST"], "Spanish bank staff went on strike for more pay", ["ESP"], ES_BANKS, date="1987-06-19",
          location_country="ESP"),
        E(["PROTEST", "REQUEST"], "Unions called the strike today", ["ESP"], ES_BANKS, req=False,
          date="1987-06-19", location_country="ESP"),
        E(["AGREE"], "Employers offered a 4.75 pct wage increase", ES_BANKS, ["ESP"], req=False, modality=H,
          date="1987-05"),
    ], forbid=[F("banks in many towns were working almost normally")],
        places=[P("Madrid", "ESP", 40.42, -3.70), P("Barcelona", "ESP", 41.39, 2.17), P("Spain", "ESP")],
        dates=[D("today", "1987-06-19"), D("tomorrow", "1987-06-20"), D("last month", "1987-05")],
        quantities=[Q("eight pct", 8, "percent"), Q("4.75 pct", 4.75, "percent")]),

    # 7. reuters-6716 (Wed 1987-03-18, Washington): the EC's envoy warns the House, in a letter to the Ways and
    #    Means chairman, that the trade bill could prompt retaliation by US trading partners; he backs some of its
    #    provisions and disagrees with others. The warning ACCUSE (a warning of dangers with no act of the EC's
    #    own threatened: gold-twenty-third's convention; THREATEN and REQUEST accepted; EC to USA) and his
    #    disagreement with the retaliation provisions ACCUSE (REJECT accepted) required; the letter's restatement,
    #    his backing of other provisions SUPPORT, the quoted "collision course" and his further warnings and
    #    advice ACCUSE or REQUEST,
    #    the House leaders' rejection of the textile provision (USA on both sides) and Reagan's veto two years ago
    #    REJECT (historical) optional; the leaders' concern that Reagan would veto the bill forbidden (speculation).
    article(REU + "6716", "1987-03-18", [
        E(["ACCUSE", "THREATEN", "REQUEST"], "The European Community (EC) has warned the", EC, ["USA"],
          location_country="USA"),
        E(["ACCUSE", "THREATEN"], "The warning was sent in a letter", EC, ["USA"], req=False),
        E(["SUPPORT"], "he backed aspects of the bill", EC, ["USA"], req=False),
        E(["ACCUSE", "REJECT"], "Denman disagreed with other provisions", EC, ["USA"], location_country="USA"),
        E(["ACCUSE"], "GATT regulations prohibit member nations", EC, ["USA"], req=False),
        E(["REQUEST"], "a president should have flexibility", EC, ["USA"], req=False),
        E(["REQUEST", "ACCUSE"], "Changes in these standards must be agreed upon", EC, ["USA"], req=False),
        E(["ACCUSE", "THREATEN"], "on a collision course with its major trading partners", EC, ["USA"],
          req=False),
        E(["ACCUSE", "THREATEN"], "Denman also said Congress could prompt retaliation", EC, ["USA"], req=False),
        E(["REJECT"], "House leaders have rejected a plan", ["USA"], ["USA"], req=False),
        E(["REJECT"], "similar to a measure passed two years ago but vetoed", ["USA"], ["USA"], req=False,
          modality=H, date="1985"),
    ], forbid=[F("There was concern by the leaders that Reagan would veto")],
        places=[WASHINGTON],
        dates=[D("two years ago", "1985")]),

    # 8. reuters-7758 (Fri 1987-03-20, Washington): Reagan says he will veto the 87.5 billion dlr highway and
    #    transit bill; his spokesman names his reservations and his support for one provision. The announced veto
    #    REJECT (future; THREATEN accepted: a promise of an act against the legislature; USA on both sides)
    #    required; the quoted opposition and the spokesman's reservations ACCUSE (REJECT accepted) and his support
    #    for the states' right to raise the speed limit SUPPORT optional; the administration's lower proposal
    #    forbidden (a figure, no act).
    article(REU + "7758", "1987-03-20", [
        E(["REJECT", "THREATEN"], "said he will veto an 87.5 billion dlr highway", ["USA"], ["USA"], modality=FUT,
          location_country="USA"),
        E(["ACCUSE", "REJECT"], "I am adamantly opposed to the excessive spending", ["USA"], ["USA"],
          req=False),
        E(["ACCUSE", "REJECT"], "Reagan had reservations on 152", ["USA"], ["USA"], req=False),
        E(["SUPPORT"], "Reagan supported the right of states", ["USA"], ["USA"], req=False),
    ], forbid=[F("compared to 8.7 billion proposed by the administration")],
        quantities=[Q("87.5 billion dlr", 87500000000, "USD"), Q("17.8 billion dlrs", 17800000000, "USD"),
                    Q("8.7 billion", 8700000000, "USD"), Q("65 mph", 65, "mph"), Q("55 mph", 55, "mph")]),

    # 9. reuters-912 (Tue 1987-03-03, Sydney): Australian police charged a former Westpac currency clerk with
    #    misappropriating 8,300 dlrs; the arrest is part of the New South Wales Corporate Affairs Commission's
    #    investigation, which is looking into 14 other cases. The charge ACCUSE and the arrest COERCE (AUS on both
    #    sides) required; the police's restatement of the allegation, the commission's investigation ACCUSE (manual:
    #    investigate is ACCUSE), its 14 other cases and the firms' complaints ACCUSE optional; the press reports
    #    "probably exaggerated" and the investment bank's statement forbidden (firms' and officials' comments on
    #    figures).
    article(REU + "912", "1987-03-03", [
        E(["ACCUSE"], "said they charged a former currency clerk", ["AUS"], ["AUS"], location_country="AUS"),
        E(["COERCE"], "the arrest was part of its investigation", ["AUS"], ["AUS"], location_country="AUS"),
        E(["ACCUSE"], "it was alleged the former clerk", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "investigation stemming from complaints", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "complaints from Westpac", ["AUS", MNC], ["AUS"], req=False),
        E(["ACCUSE"], "the CAC was investigating 14 other cases", ["AUS"], ["AUS"], req=False),
    ], forbid=[F("were probably exaggerated"), F("A Kleinwort Benson spokesman declined to comment")],
        places=[P("New South Wales", "AUS")],
        dates=[D("July", "1986-07"), D("yesterday", "1987-03-02"), D("in 1986", "1986")],
        quantities=[Q("8,300 dlrs", 8300, "AUD"), Q("five mln dlrs", 5000000, "AUD"),
                    Q("14 other cases", 14, "cases"), Q("214,000 dlrs", 214000, "AUD")]),

    # 10. reuters-9788 (Thu 1987-03-26, Tokyo): the World Bank's president, in Tokyo, urges Brazil to come up with
    #     an economic plan soon and says the bank backs Baker's debt initiative. The call on Brazil REQUEST (IGO to
    #     BRA) and the backing SUPPORT (IGO to USA: the US Treasury's initiative) required; his concern ACCUSE and
    #     his warning not to squander the time (ACCUSE, REQUEST accepted), Brazil's repeated refusal to go to the
    #     IMF REJECT (background), his visit to meet Japan's leaders CONSULT and last month's stop of interest
    #     payments to commercial banks (historical; banks have no political code) optional; his confidence in
    #     Japan's investment and "still seems willing to talk" forbidden (a forecast, speculation).
    article(REU + "9788", "1987-03-26", [
        E(["REQUEST"], "urged the country to come up with a plan soon", [IGO], ["BRA"], location_country="JPN"),
        E(["ACCUSE"], "I am very concerned about the Brazilian economy", [IGO], ["BRA"], req=False),
        E(["ACCUSE", "REQUEST"], "warned it not to sqaunder the time it", [IGO], ["BRA"], req=False),
        E(["SANCTION", "REJECT"], "its decision last month to stop paying interest", ["BRA"], req=False,
          modality=H, date="1987-02"),
        E(["REJECT"], "it will not go to the International", ["BRA"], [IGO], req=False),
        E(["SUPPORT"], "the World Bank backed", [IGO], ["USA"], location_country="JPN"),
        E(["CONSULT"], "who is here to meet government and business leaders", [IGO], ["JPN"], req=False,
          location_country="JPN"),
    ], forbid=[F("expressed confidence that Japan will make increasing use"),
               F("Brazil still seems willing to talk to the Fund")],
        places=[P("Tokyo", "JPN", 35.68, 139.69), P("Brazil", "BRA"), P("Brasilia", "BRA", -15.79, -47.88),
                P("Mexico", "MEX"),
                P("Japan", "JPN")],
        dates=[D("last month", "1987-02"), D("yesterday", "1987-03-25")],
        quantities=[Q("108 billion dlrs", 108000000000, "USD"), Q("68 billion", 68000000000, "USD")]),

    # 11. reuters-1675 (Wed 1987-03-04, Geneva): the GATT Council defers a decision on a dispute panel over the
    #     EC's complaint against the US-Japan chip pact; seven states supported the complaint; Japan's and the
    #     US's delegates called the charges unfounded but were willing to keep talking. The EC's complaint ACCUSE
    #     (EC to USA and JPN), the states' support for it SUPPORT (each state to the EC) and the US and Japanese
    #     rejection REJECT required; the deferral (no PLOVER type is clean: REJECT, optional), the charge's
    #     restatement, the bilateral talks to continue CONSULT (future), the willingness to talk AGREE, the
    #     Council debate CONSULT and last July's pact AGREE (historical) optional.
    article(REU + "1675", "1987-03-04", [
        E(["REJECT"], "deferred a decision on whether to set up a dispute panel", [IGO], EC, req=False,
          date="1987-03-04", location_country="CHE"),
        E(["ACCUSE"], "Complained the accord breached GATT trade rules", EC, US_JP, location_country="CHE"),
        E(["ACCUSE"], "also charged the agreement gave", EC, US_JP, req=False),
        E(["SUPPORT"], "had supported the EC complaint", ["HKG", "CAN", "CHE", "SGP", "SWE", "MYS", "NGA"], EC,
          date="1987-03-04", location_country="CHE"),
        E(["REJECT"], "replied in the debate that the", US_JP, EC, date="1987-03-04", location_country="CHE"),
        E(["AGREE", "CONSULT"], "they were willing to continue bilateral talks", US_JP, EC, req=False),
        E(["CONSULT"], "the main parties would continue bilateral talks", US_JP + EC, US_JP + EC, req=False,
          modality=FUT),
        E(["CONSULT"], "during the heated Council debate", [IGO] + US_JP + EC, req=False, date="1987-03-04",
          location_country="CHE"),
        E(["AGREE", "SUPPORT"], "The five-year accord signed in July 1986", US_JP, US_JP, req=False, modality=H,
          date="1986-07"),
    ], places=[P("Japan", "JPN"), P("Hong Kong", "HKG"), P("Canada", "CAN"), P("Switzerland", "CHE"),
               P("Singapore", "SGP"),
               P("Sweden", "SWE"), P("Malaysia", "MYS"), P("Nigeria", "NGA")],
        dates=[D("April 15", "1987-04-15"), D("July 1986", "1986-07")]),

    # 12. reuters-9847 (Thu 1987-03-26, London): a hundred Conservative MPs sign a motion calling for trade
    #     sanctions against Japan to force it to open its market; the trade department says the government is
    #     drawing up contingency plans to force Japan to open up, a last resort. The MPs' call REQUEST (GBR; the
    #     call is on their government to act against Japan: GBR or JPN as recipient; THREATEN accepted) and the
    #     contingency plans THREATEN (future: measures held in reserve; GBR to JPN) required; the ideas under
    #     consideration (details of the plans) not annotated; last week's trade figures forbidden (statistics).
    article(REU + "9847", "1987-03-26", [
        E(["REQUEST", "THREATEN"], "have signed a motion calling for trade sanctions against Japan", ["GBR"],
          ["JPN", "GBR"], location_country="GBR"),
        E(["THREATEN"], "was drawing up contingency plans to force Japan", ["GBR"], ["JPN"], modality=FUT,
          location_country="GBR"),
    ], forbid=[F("The government announced last week that Japan had")],
        places=[P("Britain", "GBR"), P("Japan", "JPN"), P("London", "GBR", 51.51, -0.13)],
        dates=[D("last week", "1987-03"), D("in 1986", "1986")],
        quantities=[Q("One hundred", 100, "people"), Q("5.9 billion dlr", 5900000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
