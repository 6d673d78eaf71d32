"""Writes articles.json for the sixty-first article gold ('gold-sixty-fourth', written blind): ten 1987 Reuters
stories of 80-399 words from the remainder list (select_stories.py: gold_selection.remainder_list walked over
positions 334-499, the list's end) that report acts of political actors: a Brazilian union's proposed general strike
against austerity, Reagan's coming demand for West German and Japanese growth, the World Bank's pressure on Brazil
and its president's talks with Funaro, Argentina's negotiator's talks in New York and the bridge loan of the US and
other states, an Ecuadorean minister's resignation, the Swedish prime minister's visit to China, Funaro's talks in
Berne, Japan's ban and arrests over Toshiba Machine's exports to the Soviet Union, a gun attack on a Japanese bank's
manager in Lima and the UAE oil minister's visit to Egypt.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, non-comments, forecasts and denials are forbid phrases where a coder might
take them for events. The gold format has no mode field: the PLOVER modes the texts make clear are named in the
comments.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

TOSHIBA_MACHINE = ["JPN", MNC]   # a Japanese firm as a target: its state or MNC, as the earlier golds
NEW_YORK = P("New York", "USA", 40.71, -74.01)

ARTICLES = [
    # 1. reuters-18661 (Thu 1987-06-18, Sao Paulo): the national executive of Brazil's CUT union confederation has
    #    proposed a general strike for July 15 in protest at the government's austerity programme; a spokeswoman
    #    said the proposal would be discussed within the union movement; on Friday (June 12) the Sarney government
    #    introduced austerity measures against inflation of more than 1,000 pct and scrapped a wage trigger. The
    #    proposed strike PROTEST (mode: strike, as gold-fifty-ninth's political general strike in British Columbia;
    #    THREATEN accepted: a strike proposed, not yet called; BRA to BRA; future, July 15; in BRA) required; the
    #    government's austerity measures are domestic economic policy, no event.
    article(REU + "18661", "1987-06-18", [
        E(["PROTEST", "THREATEN"], "proposed a general strike for July 15", ["BRA"], ["BRA"], modality=FUT,
          date="1987-07-15", location_country="BRA"),
    ], places=[P("Brazil", "BRA")],
        dates=[D("July 15", "1987-07-15"), D("Friday", "1987-06-12")],
        quantities=[Q("1,000 pct", 1000, "percent")]),

    # 2. reuters-17747 (Mon 1987-06-01, Washington): Reagan said he will use the annual economic summit to press for
    #    economic expansion by West Germany and Japan; in a pre-summit speech he said it will be made clear to Japan
    #    and the Federal Republic that growth-oriented domestic policies are needed. The coming pressure REQUEST
    #    (mode: demand a policy change; USA to DEU and JPN; future) required; the quoted restatement optional. No
    #    event date or location: the summit's are not named.
    article(REU + "17747", "1987-06-01", [
        E(["REQUEST"], "press for economic expansion by West Germany and Japan", ["USA"], ["DEU", "JPN"],
          modality=FUT),
        E(["REQUEST"], "growth-oriented domestic policies are needed", ["USA"], ["JPN", "DEU"], req=False,
          modality=FUT),
    ], places=[P("West Germany", "DEU"), P("Japan", "JPN"), P("Federal Republic of Germany", "DEU")]),

    # 3. reuters-2355 (Thu 1987-03-05, Washington): World Bank president Conable believed Brazil would come up with
    #    a medium term plan and the debt moratorium would be temporary; he said the bank had been urging the
    #    Brazilian government to come up with a specific plan; Brazil must take specific internal action; he expected
    #    Funaro, whom he met last week to discuss the debt suspension, to return for further discussion, no meeting
    #    arranged. The bank's urging REQUEST (IGO to BRA) and the meeting with Funaro CONSULT (either side; no day:
    #    "last week") required; the restated demand and Funaro's expected return (future) optional; the beliefs
    #    and the forecast are views, no event.
    article(REU + "2355", "1987-03-05", [
        E(["REQUEST"], "the bank had been urging the Brazilian government to come up with a specific plan", [IGO],
          ["BRA"]),
        E(["CONSULT"], "who he met with last week to discuss the Brazilian debt suspension action", [IGO, "BRA"],
          ["BRA", IGO]),
        E(["REQUEST"], "believed Brazil must take some specific internal action", [IGO], ["BRA"], req=False),
        E(["CONSULT", "AGREE"], "to return for further discussion", ["BRA"], [IGO], req=False, modality=FUT),
    ], places=[P("Brazil", "BRA")]),

    # 4. reuters-348 (Mon 1987-03-02, Buenos Aires): Argentina's chief debt negotiator Brodersohn, back from talks in
    #    New York with US and world financial officials, is confident of a prompt accord with creditor banks;
    #    Argentina is negotiating with its banks' steering committee and has asked for lower rates and fresh credit;
    #    the growth targets are not negotiable, but Argentina did not want to follow Brazil in suspending payments;
    #    the United States and other industrial nations on Thursday (February 26) granted a 500 mln dlr bridge
    #    loan; Brodersohn held talks with Baker, Volcker and the IMF's head. The talks with Baker and the IMF's head
    #    CONSULT (ARG with USA or IGO, either side; in USA) and the bridge loan AID (mode: economic aid; USA to ARG;
    #    February 26) required, acts between governments; the talks restated, the negotiation with the banks CONSULT
    #    (ARG to MNC), the requests to them REQUEST and the targets "not negotiable" REJECT optional, the banks
    #    being firms (select_stories.py); the confidence of an accord (a forecast) and the refusal to follow Brazil
    #    (a denial of intent) forbidden, the latter but for REJECT (its sentence holds the targets' refusal).
    article(REU + "348", "1987-03-02", [
        E(["CONSULT"], "Brodersohn held talks in New York", ["ARG", "USA"],
          ["USA", IGO, "ARG"], location_country="USA"),
        E(["AID"], "granted Argentina a 500 mln dlr bridge loan", ["USA"], ["ARG"], date="1987-02-26"),
        E(["CONSULT"], "on return from talks in New York", ["ARG"], ["USA", IGO], req=False,
          location_country="USA"),
        E(["CONSULT"], "currently negotiating terms with the steering committee", ["ARG"], [MNC], req=False),
        E(["REQUEST"], "asked for a reduction in interest rates and fresh credit", ["ARG"], [MNC], req=False),
        E(["REJECT"], "the growth targets were not negotiable", ["ARG"], [MNC], req=False),
        E(["REQUEST"], "was seeking 2.15 billion dlrs credit", ["ARG"], [MNC], req=False),
    ], forbid=[F("was confident of a prompt accord"),
               F("did not want to follow Brazil in suspending payments", allow=["REJECT"])],
        places=[NEW_YORK, P("Argentina", "ARG"), P("Brazil", "BRA"), P("United States", "USA")],
        dates=[D("Thursday", "1987-02-26"), D("1987", "1987")],
        quantities=[Q("four pct", 4, "percent"), Q("2.15 billion dlrs", 2150000000, "USD"),
                    Q("500 mln dlr", 500000000, "USD")]),

    # 5. reuters-7461 (Thu 1987-03-19, Quito): Ecuador's minister for industry and trade resigned today but denied
    #    responding to recent protests against the austerity programme adopted after the March 5 earthquake; he said
    #    he was stepping down for personal reasons; he defended the measures adopted last Friday (March 13); unions
    #    have called for a general strike next Wednesday (March 25) to press for their suspension. The resignation
    #    RETREAT (the manual's `resign`; ECU on both sides, as gold-fifty-ninth's resignation; March 19; in ECU)
    #    required; its restatement, the denial REJECT, the protests PROTEST (historical) and the unions' strike call
    #    (PROTEST, REQUEST and THREATEN accepted; future, March 25: the held 6899's news) optional.
    article(REU + "7461", "1987-03-19", [
        E(["RETREAT"], "Minister for Industry and Trade resigned today", ["ECU"], ["ECU"], date="1987-03-19",
          location_country="ECU"),
        E(["REJECT"], "denied he was responding to recent protests", ["ECU"], ["ECU"], req=False),
        E(["PROTEST"], "recent protests against a new austerity program", ["ECU"], ["ECU"], req=False, modality=H,
          location_country="ECU"),
        E(["RETREAT"], "he was stepping down for personal reasons", ["ECU"], ["ECU"], req=False,
          location_country="ECU"),
        E(["PROTEST", "REQUEST", "THREATEN"], "have called for a general strike next Wednesday", ["ECU"], ["ECU"],
          req=False, modality=FUT, date="1987-03-25", location_country="ECU"),
    ], places=[P("Ecuador", "ECU")],
        dates=[D("today", "1987-03-19"), D("last Friday", "1987-03-13"), D("next Wednesday", "1987-03-25"),
               D("March five", "1987-03-05")],
        quantities=[Q("80 pct", 80, "percent"), Q("10 pct", 10, "percent"), Q("one billion dlrs", 1000000000, "USD"),
                    Q("1,000 people", 1000, "people"), Q("about five months", 5, "months")]),

    # 6. reuters-12755 (Fri 1987-04-03, Peking): a big expansion of trade is expected from Swedish Prime Minister
    #    Carlsson's visit to China, an official of China's trade ministry told the China Daily; trade reached 290 mln
    #    dlrs last year, up 32 pct on 1985; Swedish sources said paper mill projects and an aviation agreement would
    #    be discussed during the one week visit. The visit CONSULT (mode: visit; SWE to CHN; in CHN) required; the
    #    discussions to come (anonymous: Swedish sources; future) optional; the expected trade expansion is a
    #    forecast, no event.
    article(REU + "12755", "1987-04-03", [
        E(["CONSULT"], "Carlsson's visit to China", ["SWE"], ["CHN"], location_country="CHN"),
        E(["CONSULT"], "would be discussed during Carlsson's one week visit", ["SWE"], ["CHN"], req=False,
          modality=FUT, attribution="anonymous", location_country="CHN"),
    ], places=[P("China", "CHN"), P("Sweden", "SWE")],
        dates=[D("last year", "1986"), D("1985", "1985")],
        quantities=[Q("290 mln dlrs", 290000000, "USD"), Q("32 pct", 32, "percent")]),

    # 7. reuters-1591 (Wed 1987-03-04, Berne): Brazilian Finance Minister Funaro met his Swiss counterpart Stich,
    #    Economics Minister Delamuraz and the National Bank's president on the fourth leg of a tour on Brazil's debt;
    #    the trip, which has taken him to London, Paris and Bonn, aimed at explaining Brazil's stance to
    #    governments; talks with commercial banks later; a Swiss official said the delegation had made no demands;
    #    Funaro travels to Italy this evening, unclear whether to Japan on Friday (March 6). The meeting CONSULT
    #    (BRA with CHE, either side; in CHE) required; the earlier legs (historical), the talks with banks to come
    #    (MNC; future) and the trip to Italy (AGREE accepted; future; March 4) optional; "had made no demands"
    #    forbidden.
    article(REU + "1591", "1987-03-04", [
        E(["CONSULT"], "met his Swiss counterpart Otto Stich", ["BRA", "CHE"], ["CHE", "BRA"],
          location_country="CHE"),
        E(["CONSULT"], "aimed at explaining his country's stance to governments", ["BRA"], ["GBR", "FRA", "DEU"],
          req=False, modality=H),
        E(["CONSULT", "AGREE"], "Talks with commercial banks will take place at a later date", ["BRA"], [MNC],
          req=False, modality=FUT),
        E(["CONSULT", "AGREE"], "travels to Italy this evening", ["BRA"], ["ITA"], req=False, modality=FUT,
          date="1987-03-04"),
    ], forbid=[F("had made no demands")],
        places=[P("London", "GBR", 51.51, -0.13), P("Paris", "FRA", 48.86, 2.35), P("Bonn", "DEU", 50.73, 7.10),
                P("Italy", "ITA"), P("Japan", "JPN"), P("Brazil", "BRA")],
        dates=[D("this evening", "1987-03-04"), D("Friday", "1987-03-06"), D("1982", "1982")]),

    # 8. reuters-17453 (Mon 1987-06-01, Tokyo): a Toshiba executive hoped the alleged illegal export of high
    #    technology to the Soviet Union by its subsidiary Toshiba Machine would not hurt its US exports; he had no
    #    information that the Defence Department had broken off talks with Toshiba; Kyodo, quoting a US magazine,
    #    said on Saturday (May 30) the US Air Force had decided to cancel a computer purchase because of the
    #    exports; police said last week they had arrested two Toshiba Machine employees; the Japanese government has
    #    banned further shipments to Communist states by Toshiba Machine for a year and by its export agent for three
    #    months. Japan's ban SANCTION (mode: embargo; COERCE accepted; JPN to the firm: JPN or MNC; in JPN) and the
    #    arrests COERCE (mode: arrest; in JPN) required, a government's acts in a business story; the Air Force's
    #    cancellation SANCTION (USA to the firm; media: a news agency quoting a magazine, which the firm's executive
    #    questions) optional; the executive's lack of information on broken-off talks forbidden.
    article(REU + "17453", "1987-06-01", [
        E(["SANCTION", "COERCE"], "has already banned further shipments of goods to Communist states", ["JPN"],
          TOSHIBA_MACHINE, location_country="JPN"),
        E(["COERCE"], "arrested two Toshiba Machine employees", ["JPN"], TOSHIBA_MACHINE, location_country="JPN"),
        E(["SANCTION"], "had decided to cancel an agreement to buy 100 mln dlrs worth of computers", ["USA"],
          TOSHIBA_MACHINE, req=False, attribution="media"),
    ], forbid=[F("had no information to suggest")],
        places=[P("Soviet Union", "RUS")],
        dates=[D("Saturday", "1987-05-30")],
        quantities=[Q("50-pct", 50, "percent"), Q("100 mln dlrs", 100000000, "USD"), Q("one year", 1, "years"),
                    Q("three months", 3, "months")]),

    # 9. reuters-8354 (Mon 1987-03-23, Lima): the general manager of the Bank of Tokyo in Peru was wounded in a
    #    sub-machine gun attack, police said; three gunmen fired on him near his office this morning; bank officials
    #    made no comment; no group immediately claimed responsibility; the bank has loans outstanding to Peru. The
    #    attack ASSAULT (mode: small arms; no actor: the gunmen are unnamed, as the earlier golds' bombings; to the
    #    Japanese bank: JPN or MNC; March 23; in PER) required; its restatement optional; the non-comment and the
    #    unclaimed responsibility forbidden.
    article(REU + "8354", "1987-03-23", [
        E(["ASSAULT"], "was wounded in a sub-machine gun attack", None, ["JPN", MNC], date="1987-03-23",
          location_country="PER"),
        E(["ASSAULT"], "came under fire by three gunmen near his office", None, ["JPN", MNC], req=False,
          date="1987-03-23", location_country="PER"),
    ], forbid=[F("Bank of Tokyo officials made no comment"), F("No group immediately claimed responsibility")],
        places=[P("Peru", "PER")],
        dates=[D("this morning", "1987-03-23")],
        quantities=[Q("three gunmen", 3, "people"), Q("five mln dlrs", 5000000, "USD")]),

    # 10. reuters-19506 (Mon 1987-06-29, Cairo): UAE Oil Minister Oteiba arrived in Alexandria last night (June 28)
    #    for a visit to Egypt, the national news agency MENA said; he had just attended the OPEC ministerial meeting
    #    in Vienna and would stay several days, the agency giving no details; non-OPEC Egypt has pledged to restrain
    #    output to support OPEC's moves; its oil minister said last week output would stay at 870,000 bpd for five
    #    years. The visit CONSULT (mode: visit; ARE to EGY; media; June 28; in EGY) required; the stay (future), the
    #    OPEC meeting (IGO; in AUT) and Egypt's pledge AGREE (SUPPORT and COOPERATE accepted; EGY to IGO) optional;
    #    "gave no details" forbidden.
    article(REU + "19506", "1987-06-29", [
        E(["CONSULT"], "arrived in Alexandria last night for a visit to Egypt", ["ARE"], ["EGY"],
          attribution="media", date="1987-06-28", location_country="EGY"),
        E(["CONSULT"], "would stay for several days", ["ARE"], ["EGY"], req=False, modality=FUT,
          attribution="media", location_country="EGY"),
        E(["CONSULT"], "had just attended the OPEC ministerial meeting in Vienna", ["ARE"], [IGO], req=False,
          location_country="AUT"),
        E(["AGREE", "SUPPORT", "COOPERATE"], "has pledged to restrain output to support OPEC", ["EGY"], [IGO],
          req=False),
    ], forbid=[F("gave no details")],
        places=[P("Alexandria", "EGY", 31.20, 29.92), P("Egypt", "EGY"), P("Vienna", "AUT", 48.21, 16.37)],
        dates=[D("last night", "1987-06-28")],
        quantities=[Q("870,000 barrels per day", 870000, "bpd"), Q("one mln bpd", 1000000, "bpd"),
                    Q("five years", 5, "years")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
