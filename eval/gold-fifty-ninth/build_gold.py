"""Writes articles.json for the fifty-sixth article gold ('gold-fifty-ninth', written blind): twenty-five 1987
Reuters wire briefs of 40-79 words from the short political list (select_stories.py:
gold_selection.short_political_list walked over positions 138-238) that report acts of political actors: an army
revolt called off in Argentina, Japan-France financial talks, a bomb in a Djibouti cafe, an Israeli air raid in south
Lebanon, Surinam's threat to take the Netherlands to the World Court, Argentina's debt talks with its banks, a bomb at
the Philippine Military Academy and a captain arrested for it, a Ghana-Iran oil accord, Japan's understanding of the
US attack on an Iranian oil platform, French food aid wheat for Pakistan, an Afghan air raid on Pakistani villages,
Soviet-West German economic talks, NASA's launch of an Indonesian satellite, the OECD head's visit to Japan, a battle
east of Basra, Brazil's finance minister in Paris, Nigerian rioters sent to summary trial, a Soviet spying charge
against the US, a Saudi diplomat freed in Beirut, the Italian prime minister's resignation, a coming Shultz-
Shevardnadze meeting, a political general strike in British Columbia, a Contra sabotage attack in Managua and a US
threat of retaliation against an EC oils tax.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts (PLOVER modes are named in the comments where the text makes them clear; the
gold format has no mode field). `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only);
`published` is the date of the record's timestamp, relative dates resolved against it. Only the political acts are
required events; non-comments, forecasts and speculation are forbid phrases where a coder might take them for
events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community: EUR or IGO (earlier golds)
SOVIET = ["SUN", "RUS"]            # the Soviet Union, as gold-fifty-third's 6016 and gold-fifty-sixth's 8856
SOVIET_DE = SOVIET + ["DEU"]       # Soviet-West German talks: either side
US_SOVIET = ["USA"] + SOVIET       # a US-Soviet meeting: either side
GH_IR = ["GHA", "IRN"]             # the Ghana-Iran accord: either party on either side
US_ID = ["USA", "IDN"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-16928 (Fri 1987-04-17, Buenos Aires): rebellious troops in Cordoba called off an uprising against
    #    the government, the army command said; congressional leaders said a state of siege would probably not be
    #    needed; officers said army units in Buenos Aires and Misiones provinces had supported the Cordoba regiment;
    #    the troops were objecting to human rights trials. The end of the revolt RETREAT (CONCEDE accepted; the
    #    troops ARG or IMG to ARG, the government; in ARG) required; the support of other units (historical), the
    #    objection to the trials PROTEST (ACCUSE accepted) optional; the state of siege not needed forbidden.
    article(REU + "16928", "1987-04-17", [
        E(["RETREAT", "CONCEDE"], "called off an uprising against", ["ARG", IMG], ["ARG"], location_country="ARG"),
        E(["SUPPORT", "MOBILIZE"], "had supported the Cordoba regiment", ["ARG", IMG], ["ARG", IMG], req=False,
          modality=H, location_country="ARG"),
        E(["PROTEST", "ACCUSE"], "The troops were objecting to human rights trials", ["ARG", IMG], ["ARG"],
          req=False, modality=H, location_country="ARG"),
    ], forbid=[F("probably not be necessary therefore to declare a state of siege")],
        places=[P("Cordoba", "ARG", -31.42, -64.18), P("Buenos Aires", "ARG"), P("Misiones", "ARG")]),

    # 2. reuters-14887 (Wed 1987-04-08, Tokyo): the Finance Ministry plans to hold formal financial talks with France
    #    on April 17 in Tokyo, the second after a first session in May last year; the agenda is not decided; the
    #    delegations' heads named. The talks to come AGREE (CONSULT accepted: future meetings, as the earlier golds;
    #    JPN to FRA; future, April 17; in JPN) required; the first session (either side; historical, 1986-05)
    #    optional; the undecided agenda forbidden.
    article(REU + "14887", "1987-04-08", [
        E(["AGREE", "CONSULT"], "plans to hold formal financial talks with France", ["JPN"], ["FRA"], modality=FUT,
          date="1987-04-17", location_country="JPN"),
        E(["CONSULT"], "after a first session in May last year", ["JPN", "FRA"], ["JPN", "FRA"], req=False,
          modality=H, date="1986-05"),
    ], forbid=[F("The agenda has not yet been decided")],
        places=[P("France", "FRA"), P("Tokyo", "JPN", 35.68, 139.69)],
        dates=[D("April 17", "1987-04-17"), D("May", "1986-05"), D("last year", "1986")]),

    # 3. reuters-6838 (Wed 1987-03-18, Paris): eight people were killed and some 30 injured in a blast in a crowded
    #    cafe in Djibouti, a spokesman for the main newspaper La Nation said by telephone; it appeared to have been
    #    caused by a bomb; the interior minister spoke of "a criminal act". The bombing ASSAULT (explosives; no actor
    #    named; in DJI; media: the newspaper's spokesman) required; the bomb restated and the minister's "criminal
    #    act" ACCUSE (DJI, no recipient) optional. No event date: the day of the blast is not given.
    article(REU + "6838", "1987-03-18", [
        E(["ASSAULT"], "killed and some 30 injured in a blast", recipient=["DJI"], attribution="media",
          location_country="DJI"),
        E(["ASSAULT"], "appeared to have been caused by a bomb", recipient=["DJI"], req=False, attribution="media",
          location_country="DJI"),
        E(["ACCUSE"], "speaking of \"a criminal act", ["DJI"], req=False, attribution="media"),
    ], places=[P("Djibouti", "DJI", 11.59, 43.15), P("Paris", "FRA", 48.86, 2.35)],
        quantities=[Q("Eight people", 8, "people"), Q("some 30", 30, "people")]),

    # 4. reuters-8122 (Mon 1987-03-23, Sidon): Israeli jets bombed Palestinian targets in south Lebanon for the second
    #    time in four days, Lebanese security sources said; the planes attacked targets in the Darb al-Sim area east
    #    of Sidon; a similar raid in the same area on Friday hit two buildings used by guerrillas loyal to Arafat.
    #    The raid ASSAULT (aerial; ISR to the Palestinian guerrillas PSE or IMG, LBN accepted; anonymous: unnamed
    #    security sources; in LBN) required; its restatement and Friday's raid (historical, March 20) optional. No
    #    event date for the raid: the text does not say which day it was.
    article(REU + "8122", "1987-03-23", [
        E(["ASSAULT"], "Israeli jets bombed Palestinian targets", ["ISR"], ["PSE", IMG, "LBN"],
          attribution="anonymous", location_country="LBN"),
        E(["ASSAULT"], "the planes attacked targets in the Darb al-Sim area", ["ISR"], ["PSE", IMG, "LBN"],
          req=False, attribution="anonymous", location_country="LBN"),
        E(["ASSAULT"], "carried out a similar raid in the same area on Friday", ["ISR"], ["PSE", IMG, "LBN"],
          req=False, modality=H, date="1987-03-20", attribution="anonymous", location_country="LBN"),
    ], places=[P("Lebanon", "LBN"), P("Darb al-Sim", "LBN"), P("Sidon", "LBN", 33.56, 35.37)],
        dates=[D("Friday", "1987-03-20")],
        quantities=[Q("two buildings", 2, "buildings")]),

    # 5. reuters-19486 (Fri 1987-06-19, Paramaribo; the record is lower case): Surinam may bring the Dutch government
    #    before the World Court to press for a resumption of a 100 mln dlr aid program cut off in 1982, Prime Minister
    #    Wijdenbosch told a news conference on Tuesday; his government may ask the court for a judgment on the aid,
    #    suspended after the December 1982 murders of 15 opposition leaders in government custody. The threat of
    #    legal action THREATEN (ACCUSE accepted: the manual's "sue"; SUR to NLD; June 16; in SUR) required; the call
    #    for the aid's resumption REQUEST, the request to the court (hypothetical), the aid's cut-off SANCTION
    #    (withdraw aid; NLD to SUR; historical, 1982) and the murders ASSAULT (historical, 1982-12) optional.
    article(REU + "19486", "1987-06-19", [
        E(["THREATEN", "ACCUSE"], "may bring the dutch government before the world court", ["SUR"], ["NLD"],
          date="1987-06-16", location_country="SUR"),
        E(["REQUEST"], "to press for a resumption of a 100 mln dlr aid program", ["SUR"], ["NLD"], req=False,
          date="1987-06-16", location_country="SUR"),
        E(["ACCUSE", "REQUEST"], "may request the court to make a judgment", ["SUR"], ["NLD", IGO], req=False,
          modality=HYP, date="1987-06-16"),
        E(["SANCTION"], "aid program cut off in 1982", ["NLD"], ["SUR"], req=False, modality=H, date="1982"),
        E(["ASSAULT"], "murders of 15 surinamese opposition leaders", ["SUR"], ["SUR"], req=False, modality=H,
          date="1982-12", location_country="SUR"),
    ], places=[P("surinam", "SUR"), P("the hague", "NLD", 52.08, 4.31)],
        dates=[D("tuesday", "1987-06-16"), D("december, 1982", "1982-12")],
        quantities=[Q("100 mln dlr", 100000000, "USD"), Q("15 surinamese opposition leaders", 15, "people")]),

    # 6. reuters-13254 (Sun 1987-04-05, Buenos Aires): Economy Minister Sourrouille was heading for Washington for
    #    talks with creditor banks on rescheduling part of the foreign debt; ministry sources said he hoped to seal an
    #    agreement on 30 bln dlrs; Argentina, seeking 2.15 bln dlrs in fresh loans, has negotiated with the banks'
    #    steering committee since February; he will also attend IMF and World Bank meetings. The coming talks CONSULT
    #    (AGREE accepted; ARG to the banks, MNC; future; in USA) required; the hoped-for agreement (hypothetical;
    #    anonymous), the request for loans REQUEST, the negotiations since February (historical) and the IMF and
    #    World Bank meetings (ARG to IGO; future) optional.
    article(REU + "13254", "1987-04-05", [
        E(["CONSULT", "AGREE"], "was heading for Washington for talks with creditor banks", ["ARG"], [MNC],
          modality=FUT, location_country="USA"),
        E(["AGREE"], "he hoped to seal an agreement rescheduling", ["ARG"], [MNC], req=False, modality=HYP,
          attribution="anonymous"),
        E(["REQUEST"], "seeking 2.15 bln dlrs in fresh loans", ["ARG"], [MNC], req=False),
        E(["CONSULT"], "has been negotiating with the banks' steering committee", ["ARG"], [MNC], req=False,
          modality=H, date="1987-02"),
        E(["CONSULT"], "will also attend International Monetary Fund and World Bank meetings", ["ARG"], [IGO],
          req=False, modality=FUT, location_country="USA"),
    ], places=[WASHINGTON],
        dates=[D("February", "1987-02"), D("1987", "1987")],
        quantities=[Q("30 bln dlrs", 30000000000, "USD"), Q("2.15 bln dlrs", 2150000000, "USD")]),

    # 7. reuters-6390 (Wed 1987-03-18, Manila): suspected communist rebels bombed the Philippine Military Academy,
    #    injuring at least 20 soldiers, the state-run PNA said, quoting military sources; the bomb exploded at 0200 gmt
    #    in Baguio during rehearsals for a graduation President Aquino was to attend. The bombing ASSAULT
    #    (explosives; the rebels PHL or IMG to PHL; media: the news agency; in PHL) required; the restatements
    #    optional. No event date: the text gives the hour, not the day.
    article(REU + "6390", "1987-03-18", [
        E(["ASSAULT"], "Suspected communist rebels bombed the Philippine Military Academy", ["PHL", IMG], ["PHL"],
          attribution="media", location_country="PHL"),
        E(["ASSAULT"], "a bomb had exploded at 0200 gmt at the academy", ["PHL", IMG], ["PHL"], req=False,
          attribution="media", location_country="PHL"),
        E(["ASSAULT"], "The bomb exploded during rehearsals", ["PHL", IMG], ["PHL"], req=False,
          attribution="media", location_country="PHL"),
    ], places=[P("Baguio", "PHL", 16.41, 120.60), P("Manila", "PHL", 14.60, 120.98)],
        quantities=[Q("at least 20 soldiers", 20, "soldiers")]),

    # 8. reuters-15244 (Wed 1987-04-08, London): Ghana will import 15,000 tonnes of crude a year from Iran under an
    #    agreement reached in Tehran today, IRNA reported; the accord was reached between Iran's oil minister and a
    #    visiting Ghanaian delegation headed by the foreign minister; Iran will also provide technical and scientific
    #    assistance. The agreement AGREE (SUPPORT accepted: an accord signed; either party on either side; April 8;
    #    in IRN; media: IRNA) required; the imports COOPERATE (economic exchange; future), the accord restated, the
    #    delegation's visit CONSULT (GHA to IRN) and Iran's technical assistance AID (AGREE accepted; future)
    #    optional.
    article(REU + "15244", "1987-04-08", [
        E(["AGREE", "SUPPORT"], "under an agreement reached in Tehran today", GH_IR, GH_IR, date="1987-04-08",
          attribution="media", location_country="IRN"),
        E(["COOPERATE", "AGREE"], "Ghana will import 15,000 tonnes of crude oil annually", ["GHA"], ["IRN"],
          req=False, modality=FUT, attribution="media"),
        E(["AGREE"], "the accord was reached between Iranian Oil Minister", GH_IR, GH_IR, req=False,
          date="1987-04-08", attribution="media", location_country="IRN"),
        E(["CONSULT"], "a visiting Ghanaian delegation headed by Foreign Minister", ["GHA"], ["IRN"], req=False,
          attribution="media", location_country="IRN"),
        E(["AID", "AGREE"], "Iran will also provide technical and scientific assistance", ["IRN"], ["GHA"],
          req=False, modality=FUT, attribution="media"),
    ], places=[P("Ghana", "GHA"), P("Iran", "IRN"), P("Tehran", "IRN", 35.69, 51.39),
               P("London", "GBR", 51.51, -0.13)],
        dates=[D("today", "1987-04-08")],
        quantities=[Q("15,000 tonnes", 15000, "tonnes")]),

    # 9. reuters-19996 (Mon 1987-10-19 by its timestamp; Tokyo, Oct 20): Japan said it understood why the US attacked
    #    an Iranian oil platform on Monday; the Foreign Ministry's statement: Japan, deeply concerned over the threat
    #    to shipping in the Gulf, "understands the circumstances" that led the US to take these measures; the threat
    #    had increased after the missile attack on a US-flagged tanker in Kuwaiti waters last Friday. Japan's
    #    understanding SUPPORT (approve an action; JPN to USA; in JPN) and the attack it answers ASSAULT (USA to IRN;
    #    October 19; the news's cause) required; the quoted statement SUPPORT and the missile attack on the tanker
    #    ASSAULT (no actor named; to USA; historical, October 16; in KWT) optional. No location for the platform
    #    attack: the text names only the Gulf.
    article(REU + "19996", "1987-10-19", [
        E(["SUPPORT"], "Japan said it understood why", ["JPN"], ["USA"], location_country="JPN"),
        E(["ASSAULT"], "Attacked an Iranian oil platform on Monday", ["USA"], ["IRN"], date="1987-10-19"),
        E(["SUPPORT"], "understands the circumstances that have led", ["JPN"], ["USA"], req=False,
          location_country="JPN"),
        E(["ASSAULT"], "increased after the missile attack", recipient=["USA"], req=False, modality=H,
          date="1987-10-16", location_country="KWT"),
    ], places=[P("Gulf", None), P("United States", "USA")],
        dates=[D("Monday", "1987-10-19"), D("Friday", "1987-10-16")]),

    # 10. reuters-17662 (Mon 1987-06-01, Paris): the French cereals board ONIC will tender on Wednesday for 20,000
    #     tonnes of soft wheat for Pakistan under the French food aid programme, an ONIC official said; shipment June
    #     15 to July 15; ONIC will also tender on June 9 for 65,000 tonnes under the EC food aid programme, for
    #     shipment in August. The food aid AID (humanitarian; FRA to PAK; future, June 3; anonymous: an unnamed
    #     official) required; the EC food aid tender (the EC, no recipient named; future, June 9) optional.
    article(REU + "17662", "1987-06-01", [
        E(["AID"], "will tender Wednesday for 20,000 tonnes soft wheat for Pakistan", ["FRA"], ["PAK"],
          modality=FUT, date="1987-06-03", attribution="anonymous"),
        E(["AID"], "under the European Community food aid programme", EC + ["FRA"], req=False, modality=FUT,
          date="1987-06-09", attribution="anonymous"),
    ], places=[P("Pakistan", "PAK")],
        dates=[D("Wednesday", "1987-06-03"), D("June 15", "1987-06-15"), D("July 15", "1987-07-15"),
               D("June 9", "1987-06-09"), D("August", "1987-08")],
        quantities=[Q("20,000 tonnes", 20000, "tonnes"), Q("65,000 tonnes", 65000, "tonnes")]),

    # 11. reuters-9179 (Wed 1987-03-25, Islamabad): almost 150 people were killed when Afghan aircraft raided Pakistani
    #     villages on Monday, Pakistani officials said; the tolls in three places; the Soviet-backed Afghan government
    #     has not commented. The raid ASSAULT (aerial; AFG to PAK; March 23; in PAK; anonymous: unnamed officials)
    #     required; the non-comment forbidden.
    article(REU + "9179", "1987-03-25", [
        E(["ASSAULT"], "Afghan aircraft raided a number of Pakistani villages", ["AFG"], ["PAK"], date="1987-03-23",
          attribution="anonymous", location_country="PAK"),
    ], forbid=[F("has not commented on the reports")],
        places=[P("Teri Mangal", "PAK"), P("Kurram Agency", "PAK"), P("Lwarai Mandi", "PAK"),
                P("North Waziristan", "PAK"), P("Angur Adar", "PAK"), P("South Waziristan", "PAK")],
        dates=[D("Monday", "1987-03-23")],
        quantities=[Q("Almost 150 people", 150, "people"), Q("81", 81, "people"), Q("about 45 people", 45, "people"),
                    Q("23", 23, "people")]),

    # 12. reuters-12414 (Thu 1987-04-02, Bonn): Soviet deputy prime minister Antonov begins two days of economic
    #     talks in Bonn, including Soviet-West German joint ventures; he and Economics Minister Bangemann head their
    #     delegations to the joint commission; the government spokesman on the round's main points. The talks
    #     CONSULT (either side; April 2; in DEU) required; the delegations' heads restated optional.
    article(REU + "12414", "1987-04-02", [
        E(["CONSULT"], "begins two days of economic talks in Bonn", SOVIET_DE, SOVIET_DE, date="1987-04-02",
          location_country="DEU"),
        E(["CONSULT"], "are heading their respective delegations", SOVIET_DE, SOVIET_DE, req=False,
          location_country="DEU"),
    ], places=[P("Bonn", "DEU", 50.73, 7.10)]),

    # 13. reuters-8031 (Fri 1987-03-20, Cape Canaveral): NASA launched an Indonesian communications satellite, the
    #     first international payload since the Challenger disaster; it was launched under an agreement reached last
    #     year between Reagan and Suharto when they met on Bali. The launch COOPERATE (AID accepted; USA to IDN; in
    #     USA) required; the presidents' agreement AGREE and their meeting CONSULT (either side; historical, 1986;
    #     in IDN) optional. No event date: the launch's day is not written.
    article(REU + "8031", "1987-03-20", [
        E(["COOPERATE", "AID"], "NASA launched an Indonesian communications satellite", ["USA"], ["IDN"],
          location_country="USA"),
        E(["AGREE"], "as the result of an agreement reached last year", US_ID, US_ID, req=False, modality=H,
          date="1986", location_country="IDN"),
        E(["CONSULT"], "when they met on Bali", US_ID, US_ID, req=False, modality=H, date="1986",
          location_country="IDN"),
    ], places=[P("Bali", "IDN", -8.34, 115.09)],
        dates=[D("last year", "1986")],
        quantities=[Q("43 mln dlr", 43000000, "USD")]),

    # 14. reuters-351 (Mon 1987-03-02, Tokyo): Japan appears resolved to encourage domestic demand, the OECD's
    #     director general Paye told a news conference; he has been in Japan exchanging views and met the prime
    #     minister, the foreign minister, the central bank governor and other officials. His meetings CONSULT
    #     (visit; IGO to JPN; in JPN) required; "exchanging views" (the visit restated) optional. His reading of
    #     Japan's resolve is a view, neither event nor forbidden.
    article(REU + "351", "1987-03-02", [
        E(["CONSULT"], "He met with Prime Minister Yasuhiro Nakasone", [IGO], ["JPN"], location_country="JPN"),
        E(["CONSULT"], "has been in Japan exchanging views", [IGO], ["JPN"], req=False, location_country="JPN"),
    ], places=[P("Japan", "JPN")]),

    # 15. reuters-1410 (Tue 1987-03-03, Baghdad): Iraq said its troops repelled an overnight Iranian attack east of
    #     Basra, scene of several Iranian thrusts in two months; the communique: artillery, tank and mortar barrages
    #     with helicopter gunships; Iran said it had made fresh gains southwest of Fish lake, 10 km from Basra. Iraq's
    #     repulse ASSAULT (heavy weapons; IRQ to IRN) and Iran's attack ASSAULT (IRN to IRQ), both in IRQ, required;
    #     the communique's barrages and the earlier thrusts (historical) optional. No event date: "overnight" gives
    #     no day.
    article(REU + "1410", "1987-03-03", [
        E(["ASSAULT"], "its troops repelled an overnight Iranian attack", ["IRQ"], ["IRN"], location_country="IRQ"),
        E(["ASSAULT"], "Iran said it had made fresh gains in the attack", ["IRN"], ["IRQ"], location_country="IRQ"),
        E(["ASSAULT"], "the attackers were met by heavy barrages", ["IRQ"], ["IRN"], req=False,
          location_country="IRQ"),
        E(["ASSAULT"], "scene of several Iranian Gulf war thrusts", ["IRN"], ["IRQ"], req=False, modality=H,
          location_country="IRQ"),
    ], places=[P("Basra", "IRQ", 30.51, 47.81), P("Fish lake", "IRQ")],
        quantities=[Q("10 km", 10, "km")]),

    # 16. reuters-975 (Tue 1987-03-03, Paris): Brazil's finance minister Funaro held separate meetings with France's
    #     finance minister and the Bank of France governor on his European mission to explain the debt crisis,
    #     French officials said; they declined to give details; monetary sources saw a preliminary effort to see if
    #     France could help negotiate the concessions Brazil seeks from banks, governments and lenders. The meetings
    #     CONSULT (visit; BRA to FRA; in FRA; anonymous: unnamed officials) required; the sought help REQUEST (BRA to
    #     FRA; anonymous: monetary sources) and the concessions sought REQUEST (BRA to MNC or IGO) optional; the
    #     non-disclosure forbidden.
    article(REU + "975", "1987-03-03", [
        E(["CONSULT"], "held separate meetings with French Finance Minister", ["BRA"], ["FRA"],
          attribution="anonymous", location_country="FRA"),
        E(["REQUEST"], "to see if France could help to negotiate", ["BRA"], ["FRA"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "financial concessions sought by Brazil", ["BRA"], [MNC, IGO], req=False,
          attribution="anonymous"),
    ], forbid=[F("They declined to disclose details of the talks")],
        places=[P("France", "FRA")]),

    # 17. reuters-5638 (Mon 1987-03-16, Lagos): more than 500 people arrested in last week's riots in northern
    #     Nigeria will face summary trial by a judicial tribunal, President Babangida said; investigations showed the
    #     violence was planned by "evil men"; they would be tried for arson, murder, rape and treason; he called the
    #     crisis "the civilian equivalent of an attempted coup d'etat". The trials ACCUSE (bring to trial; NGA on
    #     both sides; future; in NGA) required; the arrests COERCE and the riots PROTEST (historical), the charge of
    #     planning ACCUSE, the charges restated and the coup comparison ACCUSE optional. No event dates: "last week"
    #     gives no day.
    article(REU + "5638", "1987-03-16", [
        E(["ACCUSE"], "will face summary trial by a judicial tribunal", ["NGA"], ["NGA"], modality=FUT,
          location_country="NGA"),
        E(["COERCE"], "More than 500 people arrested during", ["NGA"], ["NGA"], req=False, modality=H,
          location_country="NGA"),
        E(["PROTEST", "ASSAULT"], "last week's riots in northern Nigeria", ["NGA"], ["NGA"], req=False, modality=H,
          location_country="NGA"),
        E(["ACCUSE"], "the violence was carefully planned by", ["NGA"], ["NGA"], req=False),
        E(["ACCUSE"], "would be tried for arson, murder, rape and treason", ["NGA"], ["NGA"], req=False,
          modality=FUT, location_country="NGA"),
        E(["ACCUSE"], "the civilian equivalent of an attempted coup", ["NGA"], ["NGA"], req=False),
    ], places=[P("Nigeria", "NGA")],
        quantities=[Q("More than 500 people", 500, "people")]),

    # 18. reuters-15443 (Thu 1987-04-09, Moscow): the Soviet Union displayed spying equipment it said American agents
    #     had placed in five Soviet buildings in the US; a Foreign Ministry spokesman said it demonstrated "the
    #     widespread, illegal activities against Soviet people and missions"; diagrams showed devices allegedly found
    #     in the embassy in Washington, the San Francisco consulate and elsewhere. The charge ACCUSE (SUN or RUS to
    #     USA; in RUS) required; the spokesman's words and the devices allegedly found (restatements) optional.
    article(REU + "15443", "1987-04-09", [
        E(["ACCUSE"], "displayed spying equipment it said had been placed by American agents", SOVIET, ["USA"],
          location_country="RUS"),
        E(["ACCUSE"], "the widespread, illegal activities against Soviet people", SOVIET, ["USA"], req=False,
          location_country="RUS"),
        E(["ACCUSE"], "devices allegedly found in the Soviet embassy", SOVIET, ["USA"], req=False,
          location_country="RUS"),
    ], places=[P("United States", "USA"), WASHINGTON, P("San Francisco", "USA", 37.77, -122.42)],
        quantities=[Q("five different Soviet buildings", 5, "buildings")]),

    # 19. reuters-6391 (Wed 1987-03-18, Beirut): a kidnapped Saudi diplomat has been freed in Beirut after 64 days in
    #     captivity, witnesses said; he appeared at a news conference given by Amal's leader Berri, Syria's military
    #     intelligence chief in Lebanon and a Saudi businessman. The release RETREAT (release; the captors unnamed: no
    #     actor; to SAU; in LBN; anonymous: witnesses) required; the kidnapping ASSAULT (abduct; historical) and the
    #     news conference of Amal and Syria's officer (their part in the release; CONSULT, AID accepted) optional.
    article(REU + "6391", "1987-03-18", [
        E(["RETREAT"], "has been freed in Beirut after 64 days in captivity", recipient=["SAU"],
          attribution="anonymous", location_country="LBN"),
        E(["ASSAULT"], "A kidnapped Saudi Arabian diplomat", recipient=["SAU"], req=False, modality=H,
          location_country="LBN"),
        E(["RETREAT", "CONSULT", "AID"], "appeared at a news conference given by", ["LBN", IMG, "SYR"], ["SAU"],
          req=False, location_country="LBN"),
    ], places=[P("Beirut", "LBN", 33.89, 35.50), P("Lebanon", "LBN")],
        quantities=[Q("64 days", 64, "days")]),

    # 20. reuters-15799 (Thu 1987-04-09, Rome): Prime Minister Craxi, whose coalition fell apart yesterday, told the
    #     Senate he was resigning and would go tonight to hand his resignation to President Cossiga; the government
    #     collapsed when the Christian Democrats withdrew their 16 ministers from the 30-member cabinet yesterday. The
    #     resignation RETREAT (resign; ITA; April 9; in ITA) and the ministers' withdrawal RETREAT (SANCTION, PROTEST
    #     accepted; the party ITA to the government ITA; April 8; the news's cause) required; the resignation to be
    #     handed tonight (future) and the coalition's fall (historical) optional.
    article(REU + "15799", "1987-04-09", [
        E(["RETREAT"], "told the Senate he was resigning", ["ITA"], ["ITA"], date="1987-04-09",
          location_country="ITA"),
        E(["RETREAT"], "he would go tonight to hand his resignation", ["ITA"], ["ITA"], req=False, modality=FUT,
          date="1987-04-09", location_country="ITA"),
        E(["RETREAT", "SANCTION", "PROTEST"], "withdraw their 16 ministers", ["ITA"], ["ITA"], modality=H,
          date="1987-04-08", location_country="ITA"),
        E(["RETREAT"], "coalition government fell apart yesterday", ["ITA"], ["ITA"], req=False, modality=H,
          date="1987-04-08", location_country="ITA"),
    ], dates=[D("yesterday", "1987-04-08"), D("tonight", "1987-04-09")],
        quantities=[Q("16 ministers", 16, "ministers"), Q("three and a half years", 3.5, "years")]),

    # 21. reuters-8181 (Mon 1987-03-23, Baguio; the dateline gives no day): military authorities say an unnamed army
    #     captain has been arrested for involvement in last week's bombing of the Philippine Military Academy; the
    #     arrest was ordered after a search of his home found bombs and ammunition; four died and 40 were injured in
    #     the blast, which President Aquino said was an attempt on her life. The arrest COERCE (arrest; PHL on both
    #     sides; in PHL; anonymous: unnamed authorities) required; the arrest order restated, the search COERCE
    #     (seize), the bombing ASSAULT (historical) and Aquino's charge ACCUSE optional. "Attempt on her life" names
    #     no culprit: no recipient.
    article(REU + "8181", "1987-03-23", [
        E(["COERCE"], "has been arrested for involvement", ["PHL"], ["PHL"], attribution="anonymous",
          location_country="PHL"),
        E(["COERCE"], "the arrest of the captain had been ordered", ["PHL"], ["PHL"], req=False,
          attribution="anonymous", location_country="PHL"),
        E(["COERCE"], "a search of his home revealed bombs", ["PHL"], ["PHL"], req=False, modality=H,
          attribution="anonymous", location_country="PHL"),
        E(["ASSAULT"], "last week's bombing of the Philippine Military Academy", recipient=["PHL"], req=False,
          modality=H, location_country="PHL"),
        E(["ACCUSE"], "was designed as an attempt on her life", ["PHL"], req=False),
    ], quantities=[Q("Four people", 4, "people"), Q("40", 40, "people")]),

    # 22. reuters-2733 (Fri 1987-03-06, Washington): Shultz and Shevardnadze will meet in Moscow in mid-April,
    #     administration sources said, April 13 to 16, to discuss the full range of issues; arms control expected to
    #     be the major focus, a breakthrough widely expected on medium-range missiles. The meeting to come AGREE
    #     (CONSULT accepted; either side; future, April 13; in RUS; anonymous) required; the dates restated
    #     optional; the expected breakthrough forbidden (speculation).
    article(REU + "2733", "1987-03-06", [
        E(["AGREE", "CONSULT"], "will meet in Moscow in mid-April", US_SOVIET, US_SOVIET, modality=FUT,
          date="1987-04-13", attribution="anonymous", location_country="RUS"),
        E(["AGREE", "CONSULT"], "they will meet April 13 to 16", US_SOVIET, US_SOVIET, req=False, modality=FUT,
          date="1987-04-13", attribution="anonymous", location_country="RUS"),
    ], forbid=[F("a breakthrough widely expected on removing medium-range nuclear missiles")],
        places=[P("Moscow", "RUS", 55.76, 37.62)],
        dates=[D("April 13", "1987-04-13")]),

    # 23. reuters-17814 (Mon 1987-06-01, Vancouver): thousands of British Columbia's unionized workers staged a one-day
    #     general strike to protest proposed provincial labour legislation; ferries halted, government offices
    #     closed; postal workers refused to cross picket lines; in Vancouver transit workers joined the protest. The
    #     strike PROTEST (strike; the workers CAN to the provincial government CAN; in CAN) required; the postal and
    #     transit workers' part (restatements) optional.
    article(REU + "17814", "1987-06-01", [
        E(["PROTEST"], "staged a one-day general strike to protest", ["CAN"], ["CAN"], location_country="CAN"),
        E(["PROTEST"], "refused to cross picket lines", ["CAN"], ["CAN"], req=False, location_country="CAN"),
        E(["PROTEST"], "transit workers also joined in the protest", ["CAN"], ["CAN"], req=False,
          location_country="CAN"),
    ], places=[P("Vancouver", "CAN", 49.28, -123.12)]),

    # 24. reuters-5784 (Tue 1987-03-17 by its timestamp; Managua, March 16): US-backed Contra rebels tried to blow up
    #     an electricity pylon supplying a Managua industrial zone, the rebels' first sabotage attack in the capital,
    #     Western diplomats say; the Interior Ministry said power supplies were not affected; residents said the
    #     rebels scattered leaflets encouraging rebellion against the Sandinista government. The sabotage ASSAULT
    #     (destroy, explosives; the Contras NIC or IMG to NIC; in NIC) required; the leaflets REQUEST (PROTEST
    #     accepted; anonymous: residents) optional; "not affected" forbidden. No event date: the attack's day is not
    #     written.
    article(REU + "5784", "1987-03-17", [
        E(["ASSAULT"], "tried to blow up an electricity pylon", ["NIC", IMG], ["NIC"], location_country="NIC"),
        E(["REQUEST", "PROTEST"], "scattered leaflets in the area", ["NIC", IMG], ["NIC"], req=False,
          attribution="anonymous", location_country="NIC"),
    ], forbid=[F("power supplies were not affected by the blast")],
        places=[P("Managua", "NIC", 12.13, -86.25)]),

    # 25. reuters-5791 (Tue 1987-03-17, Champaign, Ill.): Agriculture Secretary Lyng warned the EC yesterday it will
    #     face serious retaliation if it enacts a new tax on products such as US soybean oil; he did not think the
    #     tax, still under discussion, would be approved; the US would take serious retaliatory action because the
    #     tax would hit US farmers. The warning THREATEN (USA to the EC, EUR or IGO; March 16; in USA) required; the
    #     restated retaliation optional; his forecast that the tax will fail forbidden.
    article(REU + "5791", "1987-03-17", [
        E(["THREATEN"], "warned the European Community yesterday", ["USA"], EC, date="1987-03-16",
          location_country="USA"),
        E(["THREATEN"], "take serious retaliatory action", ["USA"], EC, req=False, date="1987-03-16",
          location_country="USA"),
    ], forbid=[F("he did not think the tax")],
        dates=[D("yesterday", "1987-03-16")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
