"""Writes articles.json for the twenty-first article gold (written blind): five 2005 BBC tech stories that report
acts of political actors (law enforcement across borders, a conviction, EU lawmaking, a state's censorship) and
seven 1987 Reuters wire stories, all unread (select_stories.py). The annotations are data, written by hand below
with the shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Records: bbc-news-2225.jsonl.gz#<id> / reuters21578.jsonl.gz#<id>, offsets in their `text` (BBC: body without
title; Reuters: body without title and dateline).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import (BBC, BBC_PUB, FUT, H, HYP, IGO, IMG, MNC, NGO, REU, D, E, F, P, Q,  # noqa: E402
                            article, write_gold)

EU = ["EUR", IGO]                  # EU institutions (the Commission, the Parliament, the Council): EUR or IGO
RSF = [NGO, "FRA"]                 # Reporters Without Borders, a Paris-based NGO
SIKH_MILITANTS = ["IND", IMG]      # extremists campaigning for a Sikh homeland (gold-wire: Sikh extremists IND+IMG)
IRAN_IRAQ = ["IRN", "IRQ"]
# The seven nations of Operation Firewall that the text names (the US, Britain and five where arrests were made).
FIREWALL = ["USA", "GBR", "ARG", "BGR", "CAN", "EST", "POL", "SWE"]

ARTICLES = [
    # 1. bbc-tech-120: 28 people arrested after a seven-nation operation led by the US Secret Service against an
    #    identity-fraud website; a British teenager arrested by the National Hi-Tech Crime Unit and bailed; 19
    #    indicted in New Jersey; the site taken over. Arrests COERCE, indictments ACCUSE (the earlier golds'
    #    conventions); the arrested come from many countries, so the arrests' recipient is left out. Release on
    #    bail RETREAT and the joint investigation COOPERATE/ACCUSE optional; the investigators' descriptions of the
    #    crimes (but for ACCUSE) and a police chief's general remark forbidden, his warning to criminals an optional THREATEN.
    article(BBC + "tech-120", BBC_PUB, [
        E(["COERCE"], "have been arrested after a global operation", FIREWALL),
        E(["ACCUSE"], "Those arrested are accused of operating", ["USA"], req=False),
        E(["COERCE"], "was arrested by the National Hi-Tech Crime Unit", ["GBR"], ["GBR"], location_country="GBR"),
        E(["RETREAT"], "but has been bailed", ["GBR"], ["GBR"], req=False),
        E(["COOPERATE"], "Operation Firewall, led by the US Secret Service", ["USA"], req=False),
        E(["COERCE"], "The British teenager was arrested on Wednesday", ["GBR"], ["GBR"], req=False),
        E(["RETREAT"], "He has now been bailed to return", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "who have indicted 19 people in Newark", ["USA"], location_country="USA"),
        E(["COERCE"], "several people had been arrested in Argentina", FIREWALL[2:], req=False, attribution="official"),
        E(["ACCUSE"], "one of the ringleaders was believed to be a Russian", ["USA"], ["RUS"], req=False),
        E(["ACCUSE", "COOPERATE"], "spent 15 months looking into the activities", None, req=False, modality=H),
        E(["ACCUSE"], "the American investigators went undercover", ["USA"], req=False, modality=H),
        E(["COERCE"], "has now been taken over by the US Secret Service", ["USA"], req=False),
        E(["ACCUSE"], "We believe that the suspects have trafficked", ["GBR"], req=False),
        E(["THREATEN"], "will be targeted by law enforcement", ["GBR"], req=False, modality=FUT),
    ], forbid=[F("criminals were using the websites to traffic", ["ACCUSE"]),
               F("The websites shared tips on how to commit fraud"),
               F("The internet offers huge legitimate benefits")],
        places=[P("Camberley", "GBR", 51.34, -0.74), P("Surrey", "GBR"), P("Newark", "USA", 40.74, -74.17),
                P("New Jersey", "USA"), P("Argentina", "ARG"), P("Bulgaria", "BGR"), P("Canada", "CAN"),
                P("Estonia", "EST"), P("Sweden", "SWE")],
        dates=[D("July 2003", "2003-07")],
        quantities=[Q("19 people", 19, "people"), Q("$4m", 4000000, "USD"), Q("4,000 members", 4000, "members")]),

    # 2. bbc-tech-354 (a BBC feature: the one analysis piece): two members of the Drink Or Die piracy network
    #    convicted at the Old Bailey; the background: a US Customs investigation, raids and arrests in six
    #    countries, US sentences, a British-born Australian fighting extradition. A conviction SANCTION (manual:
    #    `convict'; COERCE accepted, as a conviction may end in prison); the past investigation, raids, arrests and
    #    sentences optional historical; the suspect's lawyer denying the charge REJECT (required: told the BBC for
    #    this story), his other claims optional; officials' and an industry body's opinions and figures forbidden
    #    (among them "a great coup", no coup).
    article(BBC + "tech-354", BBC_PUB, [
        E(["SANCTION", "COERCE"], "have been convicted at the Old Bailey", ["GBR"], ["GBR"], location_country="GBR"),
        E(["ACCUSE"], "took a dim view of networks such as DOD", ["GBR", "USA"], req=False),
        E(["ACCUSE"], "the US Customs Service began an investigation into DOD", ["USA"], req=False, modality=H,
          date="2000-10"),
        E(["COERCE"], "US Customs co-ordinated a series of raids", ["USA"], req=False, modality=H),
        E(["COERCE"], "Seventy search warrants were executed", ["USA", "GBR", "AUS", "NOR", "SWE", "FIN"], req=False,
          modality=H),
        E(["COERCE"], "At least 60 people were arrested worldwide", ["USA", "GBR", "AUS", "NOR", "SWE", "FIN"],
          req=False, modality=H),
        E(["SANCTION", "COERCE"], "was handed down to Sankus", ["USA"], ["USA"], req=False, modality=H),
        E(["REJECT"], "who is still fighting against extradition", ["AUS"], ["USA"], req=False),
        E(["ACCUSE"], "US Customs claimed Mr Griffiths was one of DOD's leaders", ["USA"], ["AUS"], req=False),
        E(["REJECT"], "it was a laughable suggestion", ["AUS"], ["USA"]),
        E(["REJECT"], "The allegation that he was the group's co-leader is illusory", ["AUS"], ["USA"], req=False),
        E(["REQUEST"], "he should be prosecuted in Australia, not the US", ["AUS"], ["AUS", "USA"], req=False,
          modality=HYP),
        E(["AGREE", "COOPERATE"], "decision to accept the extradition request", ["AUS"], ["USA"], req=False,
          modality=H),
        E(["ACCUSE"], "was typical of their current", ["AUS"], ["AUS"], req=False),
        E(["REJECT", "ACCUSE", "REQUEST"], "the outcome of his appeal against the decision", ["AUS"], ["AUS"],
          req=False),
        E(["ACCUSE"], "whose trial at the Old Bailey ended on Friday", ["GBR"], ["GBR"], req=False),
        E(["COERCE"], "We raided a number of universities", ["USA"], ["USA"], req=False, modality=H),
    ], forbid=[F("There is no suggestion any of them profited financially"),
               F("DOD did not appear to be motivated by money"),
               F("It cost US industries a lot of money"),
               F("the destruction of DOD was a great coup"),
               F("Internet piracy of computer software remains a gigantic problem"),
               F("29% of computer software in Britain was believed to have been pirated"),
               F("It may seem like a victimless crime")],
        places=[P("Old Bailey", "GBR", 51.52, -0.10), P("Britain", "GBR"), P("Australia", "AUS"),
                P("Norway", "NOR"), P("Finland", "FIN"), P("Philadelphia", "USA", 39.95, -75.17),
                P("North Carolina", "USA")],
        dates=[D("October 2000", "2000-10")],
        quantities=[Q("60 people", 60, "people"), Q("46 months", 46, "months"), Q("£1bn", 1000000000, "GBP")]),

    # 3. bbc-tech-048: the European Commission will not re-draft the software-patent directive despite MEPs'
    #    requests (Barroso's letter to the Parliament's president); an MEP's earlier warning that the Parliament
    #    would reject the Council's version. Refusing a request REJECT (EU institutions EUR/IGO on both sides);
    #    the letter, the MEPs' requests, the ministers' May 2004 agreement and the Commission's support optional;
    #    a conditional warning THREATEN (future, as gold-twentieth's conditional threats); the directive's next
    #    steps, forecasts and critics' and supporters' views forbidden.
    article(BBC + "tech-048", BBC_PUB, [
        E(["REJECT"], "will not be re-drafted by the European Commission", EU, EU),
        E(["REQUEST"], "despite requests by MEPs", EU, EU, req=False),
        E(["AGREE", "SUPPORT"], "the Council of Ministers will adopt a draft version", EU, req=False, modality=FUT),
        E(["REJECT"], "did not intend to refer a new proposal", EU, EU, req=False),
        E(["SUPPORT"], "as it had supported the agreement reached by ministers", EU, EU, req=False, modality=H),
        E(["AGREE"], "the agreement reached by ministers in May 2004", EU, req=False, modality=H, date="2004-05"),
        E(["THREATEN", "ACCUSE"], "warned two weeks ago that if the Commission ignored", EU + ["FRA"], EU,
          modality=FUT),
        E(["THREATEN", "REJECT"], "the parliament would then reject the Council's version", EU + ["FRA"], EU,
          req=False, modality=FUT),
    ], forbid=[F("it will then return for a second reading"),
               F("it will probably mean further delays"),
               F("Critics are concerned that the directive could lead"),
               F("Supporters say current laws are inefficient")],
        dates=[D("May 2004", "2004-05")]),

    # 4. bbc-tech-186: Reporters Without Borders accuses China of blocking Google News. The NGO's accusation ACCUSE
    #    (required; its restatements and its charge against Google optional); the blocking itself COERCE
    #    (`censor') optional: the watchdog's claim, which Google's reply only half confirms; the net police's
    #    monitoring an optional habitual COERCE. Google "investigating the causes" is no ACCUSE (a firm checking a
    #    fault): forbidden, as Google's replies; the general assessment of China's censorship is left unmarked.
    article(BBC + "tech-186", BBC_PUB, [
        E(["ACCUSE"], "China has been accused of blocking access to Google News", RSF, ["CHN"]),
        E(["COERCE"], "blocking access to Google News by the media watchdog", ["CHN"], req=False),
        E(["ACCUSE"], "It said the aim was to force people", RSF, ["CHN"], req=False),
        E(["COERCE"], "A net police force monitors websites", ["CHN"], ["CHN"], req=False),
        E(["ACCUSE"], "China is censoring Google News", RSF, ["CHN"], req=False),
        E(["ACCUSE"], "Google has let itself be used by Beijing", RSF, [MNC, "USA"], req=False),
    ], forbid=[F("was investigating the causes"),
               F("the search giant said it was looking into the issue"),
               F("we are working to understand and resolve the issue")],
        places=[P("China", "CHN"), P("Paris", "FRA", 48.86, 2.35), P("Beijing", "CHN", 39.90, 116.40)],
        quantities=[Q("110,000 net cafes", 110000, "net cafes"), Q("4,500 news sources", 4500, "news sources")]),

    # 5. bbc-tech-258: the EU software-patent directive put on hold after Poland asks for more time and wants the
    #    software patents excluded; an Austrian Green MEP's criticism. A member state's request to the EU REQUEST
    #    (required), its wish for new wording REQUEST (optional), the MEP's statement ACCUSE (required), the
    #    Parliament's earlier clash with the EU ACCUSE/REJECT (optional; the sentence forbidden for other types:
    #    "clashed" is no fight); critics' views forbidden.
    article(BBC + "tech-258", BBC_PUB, [
        E(["REQUEST", "REJECT"], "a last minute intervention from Poland", ["POL"], EU, req=False),
        E(["REQUEST"], "has requested more time to consider the issue", ["POL"], EU),
        E(["REQUEST"], "Polish ministers want to see the phrasing", ["POL"], EU, req=False),
        E(["ACCUSE"], "Eva Lichtenberg, a Austrian Green member", EU + ["AUT"], EU),
        E(["ACCUSE"], "Smaller, innovative firms cannot afford the patenting", EU + ["AUT"], EU, req=False),
        E(["ACCUSE", "REJECT"], "has already clashed with the European Union", EU, EU, req=False, modality=H),
    ], forbid=[F("Critics say the law would favour large companies"),
               F("is little more than a law on ideas"),
               F("there have been accusations that the process", ["ACCUSE", "REJECT"])],
        places=[P("Poland", "POL")]),

    # 6. reuters-18469 (Thu 1987-06-18, Seoul): aides urge President Chun to reopen talks on electoral reform, the
    #    state radio says; ruling-party executives met to draw up measures. Urging REQUEST (party and president
    #    KOR on both sides; required); the party's own meeting CONSULT (optional, party-internal), the April 13
    #    shelving REJECT (optional, historical); the proposed releases and lifting of a house arrest are plans
    #    (RETREAT/CONCEDE, future, optional).
    article(REU + "18469", "1987-06-18", [
        E(["REQUEST"], "are urging him to reopen talks on electoral reform", ["KOR"], ["KOR"], attribution="media"),
        E(["REQUEST"], "ruling party officials would tell Chun", ["KOR"], ["KOR"], req=False, modality=FUT),
        E(["REJECT"], "an April 13 decision to shelve the debate", ["KOR"], ["KOR"], req=False, modality=H,
          date="1987-04-13"),
        E(["CONSULT"], "Democratic Justice Party executives met today", ["KOR"], req=False, date="1987-06-18"),
        E(["RETREAT", "CONCEDE"], "releasing political detainees", ["KOR"], ["KOR"], req=False, modality=FUT),
        E(["RETREAT", "CONCEDE"], "lifting the house arrest of top dissident", ["KOR"], ["KOR"], req=False,
          modality=FUT),
    ], places=[P("Seoul", "KOR", 37.57, 126.98)],
        dates=[D("April 13", "1987-04-13"), D("today", "1987-06-18")]),

    # 7. reuters-2967 (Sat 1987-03-07, Chandigarh): police and security forces enter the Golden Temple after a
    #    party of plainclothes police is fired on by suspected Sikh extremists; six wounded. Firing on police
    #    ASSAULT (extremists IND/IMG), entering the shrine COERCE (`seize': a raid; MOBILIZE accepted); the
    #    wounding and "300 men entered" restatements optional, last June's stabbing optional historical.
    article(REU + "2967", "1987-03-07", [
        E(["COERCE", "MOBILIZE"], "entered the Golden Temple in Amritsar", ["IND"], SIKH_MILITANTS,
          location_country="IND"),
        E(["ASSAULT"], "were wounded in a shooting incident", SIKH_MILITANTS, ["IND"], req=False),
        E(["COERCE", "MOBILIZE"], "about 300 men entered the complex", ["IND"], SIKH_MILITANTS, req=False),
        E(["ASSAULT"], "a party of plainclothes police were fired on", SIKH_MILITANTS, ["IND"],
          location_country="IND"),
        E(["ASSAULT"], "extremists stabbed a temple guard to death", SIKH_MILITANTS, ["IND"], req=False, modality=H,
          date="1986-06"),
    ], places=[P("Amritsar", "IND", 31.63, 74.87), P("Chandigarh", "IND", 30.73, 76.78), P("Punjab", "IND")],
        dates=[D("last June", "1986-06")],
        quantities=[Q("six people", 6, "people"), Q("300 men", 300, "people")]),

    # 8. reuters-3280 (Mon 1987-03-09, Baghdad): an Iraqi official says Iran exaggerated reports of the fighting on
    #    the northern front; fighting continues in Kurdistan, where Iran launched an offensive last Tuesday. The
    #    charge ACCUSE (required), the continuing fighting ASSAULT (required, both sides), the offensive's launch
    #    ASSAULT (optional, a week earlier: 1987-03-03); the size of the units forbidden.
    article(REU + "3280", "1987-03-09", [
        E(["ACCUSE"], "had exaggerated reports of fighting", ["IRQ"], ["IRN"], date="1987-03-09"),
        E(["ASSAULT"], "fighting continues in the Kurdistan mountain region", IRAN_IRAQ, IRAN_IRAQ),
        E(["ASSAULT"], "where Iran launched its northern offensive", ["IRN"], ["IRQ"], req=False, modality=H,
          date="1987-03-03"),
    ], forbid=[F("the biggest of which is brigade size")],
        places=[P("Iran", "IRN")],
        dates=[D("today", "1987-03-09"), D("last Tuesday", "1987-03-03")]),

    # 9. reuters-8215 (Mon 1987-03-23, Freetown): forces loyal to President Momoh foil a coup attempt apparently led
    #    by senior police officers; a raid on an arsenal, a driver shot dead; a senior policeman arrested; police
    #    and troops patrol the capital. Foiling the coup COERCE/ASSAULT (required), the raid on the arsenal ASSAULT
    #    (required), the arrest COERCE (required); the coup attempt as such COERCE/ASSAULT and the killing in the
    #    raid optional (earlier golds: a coup optional COERCE/ASSAULT), patrols MOBILIZE/COERCE optional; the
    #    silence of the official media forbidden. All Sierra Leone (SLE) on both sides.
    article(REU + "8215", "1987-03-23", [
        E(["COERCE", "ASSAULT"], "foiled an attempted coup", ["SLE"], ["SLE"], location_country="SLE",
          attribution="anonymous"),
        E(["COERCE", "ASSAULT"], "apparently led by senior police officers", ["SLE"], ["SLE"], req=False),
        E(["ASSAULT"], "an unsuccessful raid on a Freetown military arsenal", ["SLE"], ["SLE"],
          location_country="SLE", attribution="anonymous"),
        E(["ASSAULT"], "a police officer's driver was shot dead", ["SLE"], ["SLE"], req=False),
        E(["COERCE"], "a senior policeman was arrested on suspicion", ["SLE"], ["SLE"], attribution="anonymous"),
        E(["MOBILIZE", "COERCE"], "Police and troops patrolled the centre", ["SLE"], req=False),
    ], forbid=[F("There were no immediate reports in the official news media")],
        places=[P("Sierra Leone", "SLE"), P("Freetown", "SLE", 8.48, -13.23)]),

    # 10. reuters-8499 (Mon 1987-03-23, La Paz): union leaders of 9,000 striking state miners begin talks with the
    #     Bolivian government; the labour minister met them; their leader says they will keep pressing. Talks
    #     CONSULT (required; union and government BOL), the minister's meeting CONSULT (optional, the same talks),
    #     the strike PROTEST (optional: reported as the talks' subject), keeping up the pressure PROTEST/THREATEN
    #     (optional, future).
    article(REU + "8499", "1987-03-23", [
        E(["CONSULT"], "began talks with the government today", ["BOL"], ["BOL"], date="1987-03-23"),
        E(["PROTEST"], "to solve their strike over pay", ["BOL"], ["BOL"], req=False),
        E(["CONSULT"], "Alfredo Franco, met with Juan Lechin Oquendo", ["BOL"], ["BOL"], req=False),
        E(["PROTEST", "THREATEN"], "continue with our moves to press the government", ["BOL"], ["BOL"], req=False,
          modality=FUT),
    ], dates=[D("today", "1987-03-23")],
        quantities=[Q("9,000 miners", 9000, "people")]),

    # 11. reuters-8660 (Tue 1987-03-24, Islamabad): Afghan warplanes kill 22 in a second bombing of a Pakistani
    #     village in two days; Afghanistan has denied earlier charges; the toll of yesterday's raid rises to 70.
    #     Air raids ASSAULT (AFG on PAK; the new raid required, yesterday's optional: reported before), the earlier
    #     charges ACCUSE and Afghanistan's denial REJECT (optional, background).
    article(REU + "8660", "1987-03-24", [
        E(["ASSAULT"], "Afghan warplanes killed 22 people", ["AFG"], ["PAK"], location_country="PAK",
          attribution="media"),
        E(["ASSAULT"], "the six planes attacked Angur Adar", ["AFG"], ["PAK"], req=False, location_country="PAK"),
        E(["REJECT"], "Afghanistan has denied", ["AFG"], ["PAK"], req=False),
        E(["ACCUSE"], "charges of bombing Pakistani territory", ["PAK"], ["AFG"], req=False, modality=H),
        E(["ASSAULT"], "yesterday's Afghan bombing in Teri Mangal", ["AFG"], ["PAK"], req=False, date="1987-03-23",
          location_country="PAK"),
    ], places=[P("Angur Adar", "PAK"), P("South Waziristan", "PAK"), P("Teri Mangal", "PAK")],
        dates=[D("yesterday", "1987-03-23")],
        quantities=[Q("22 people", 22, "people"), Q("at least 70", 70, "people")]),

    # 12. reuters-17844 (Mon 1987-06-01, Beirut): President Gemayel names Selim Hoss acting prime minister after
    #     consultations with political and religious leaders, following Premier Karami's assassination; Moslem
    #     leaders had proposed Hoss. Consultations CONSULT (required), proposing a candidate SUPPORT (REQUEST
    #     accepted; required), the appointment SUPPORT (optional: no PLOVER type is clean for naming a premier),
    #     the assassination by a bomb aboard his helicopter ASSAULT (optional, background; no actor named).
    article(REU + "17844", "1987-06-01", [
        E(["SUPPORT"], "named Sunni Moslem Education Minister Selim Hoss", ["LBN"], ["LBN"], req=False),
        E(["ASSAULT"], "following the assassination of Premier Rashid Karami", None, ["LBN"], req=False, modality=H),
        E(["CONSULT"], "After consultations by President Amin Gemayel", ["LBN"], ["LBN"]),
        E(["SUPPORT", "REQUEST"], "Moslem leaders proposed Hoss", ["LBN"], ["LBN"]),
        E(["ASSAULT"], "a bomb that exploded aboard his helicopter", None, ["LBN"], req=False, modality=H),
    ]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
