"""Writes articles.json for the seventeenth article gold (twelve more ABC stories of the Lee background corpus,
late 2001, written blind; the walk of eval/gold-sixteenth continued). The annotations are data, written by hand
below with the shorthands of eval/gold_authoring.py, in the conventions of eval/gold-sixteenth/build_gold.py.
The texts are not committed: run python3 fetch_texts.py first (it writes texts/lee_bg_NNN.txt).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import (FUT, H, HYP, IMG, LEE_PUB, LEE_TEXTS, MNC, NGO, D, E, F, P, Q, article,  # noqa: E402
                            write_gold)

# The Lee stories carry no date (LEE_PUB stands for it; they fall in 2001-11..2002-01, see gold_authoring). Weekdays,
# "today", "last night", "last weekend", "next week" and the like depend on the unknown day, so they are left out of
# `dates` and of event dates; dates that are the same for any day of that window are kept ("September 11", "August" of
# a meeting that followed Megawati's accession in 2001, "Christmas", "February" of a summit still to come).
PAL = ["PSE"]                 # Palestinians, the Palestinian Authority, Arafat, Fatah, Palestinian police
MILITANTS = ["PSE", IMG]      # Hamas, Islamic Jihad, "Palestinian gunmen" (the dev gold's convention)
TALIBAN = ["AFG", IMG]        # Taliban and Al Qaeda fighters in Afghanistan
ANTI_TALIBAN = ["AFG", IMG]   # anti-Taliban fighters, Afghan forces and commanders
BIN_LADEN = [IMG, "AFG", "SAU"]  # bin Laden and Al Qaeda as a network (a Saudi based in Afghanistan)
QANTAS = ["AUS", MNC]         # an Australian firm takes its home country (MNC accepted, as gold-sixteenth's banks)
GREENPEACE = [NGO, "AUS"]     # Greenpeace demonstrators in Sydney


ARTICLES = [
    # 1. line 197: Zinni gives Israel and the Palestinians a 48-hour deadline; Israel has rejected a conditional
    #    ceasefire offer by Hamas, Islamic Jihad and Fatah's military wing. Conflict and diplomacy.
    article(LEE_TEXTS + "197.txt", LEE_PUB, [
        E(["THREATEN", "REQUEST"], "after an ultimatum from the United States special envoy", ["USA"],
          ["ISR", "PSE"], req=False),
        E(["THREATEN", "REQUEST"], "he has given Israel and the Palestinians a 48 hour deadline", ["USA"],
          ["ISR", "PSE"]),
        E(["ASSAULT"], "an upsurge in suicide bombing attacks on Israel", MILITANTS, ["ISR"], req=False),
        E(["ASSAULT"], "a tough Israeli response", ["ISR"], PAL + [IMG], req=False),
        E(["REJECT"], "Israel rejected a temporary ceasefire offer", ["ISR"], MILITANTS),
        E(["AGREE"], "a temporary ceasefire offer by four militant Palestinian groups", MILITANTS, ["ISR"],
          req=False),
        E(["REJECT", "ACCUSE"], "Israel deals only with the Palestinian Authority", ["ISR"], MILITANTS, req=False),
        E(["AGREE"], "The conditional ceasefire offer was made by Hamas", MILITANTS, ["ISR"]),
        E(["ASSAULT"], "a sharp upsurge in fighting in the past 10 days", None, None, req=False),
    ], forbid=[F("if Israel agreed to stop assassinating their members", ["REJECT", "AGREE"])],
        places=[P("Washington", "USA", 38.90, -77.04)],
        quantities=[Q("four militant Palestinian groups", 4, "groups")]),

    # 2. line 220: Hamas's armed wing threatens Palestinian Authority officials after a Hamas supporter dies in
    #    clashes over Yassin's house arrest; Egypt's foreign minister visits Sharon and Arafat; arrests; a
    #    security meeting arranged by Zinni; US pressure on Arafat. Conflict (Palestinian against Palestinian).
    article(LEE_TEXTS + "220.txt", LEE_PUB, [
        E(["THREATEN"], "has threatened to attack officials from the ruling Palestinian Authority", MILITANTS,
          PAL),
        E(["COERCE"], "put Sheikh Ahmed Yassin under house arrest", PAL, MILITANTS, location_country="PSE"),
        E(["ASSAULT", "PROTEST"], "during clashes that erupted", PAL + [IMG], PAL + [IMG],
          location_country="PSE"),
        E(["PROTEST", "ASSAULT", "COERCE"], "hundreds of police confronted 3,000 Hamas supporters", PAL + [IMG],
          PAL + [IMG], req=False),
        E(["ASSAULT", "PROTEST"], "Stone-throwing youths were met with baton charges", PAL + [IMG], PAL + [IMG],
          req=False),
        E(["CONSULT"], "frantic diplomatic activity", None, None, req=False),
        E(["CONSULT"], "made an emergency visit to both Israeli Prime Minister", ["EGY"], ["ISR", "PSE"]),
        E(["REQUEST"], "urging negotiation rather than confrontation", ["EGY"], ["ISR", "PSE"], req=False),
        E(["COERCE"], "they have detained 160 suspects", PAL, MILITANTS, attribution="official"),
        E(["ACCUSE"], "the Israeli Government says Mr Arafat has not done enough", ["ISR"], PAL),
        E(["AGREE", "CONSULT"], "A security meeting has been arranged", ["ISR", "PSE"], modality=FUT),
        E(["CONSULT", "AGREE"], "has been set up by the US special envoy", ["USA"], ["ISR", "PSE"], req=False),
        E(["REQUEST"], "is stepping up the pressure on Mr Arafat", ["USA"], PAL),
    ], forbid=[F("created an unstable situation in Gaza", ["ASSAULT", "PROTEST"])],
        places=[P("Gaza City", "PSE", 31.50, 34.47), P("Gaza", "PSE")],
        quantities=[Q("3,000 Hamas supporters", 3000, "supporters"), Q("160 suspects", 160, "suspects")]),

    # 3. line 106: the Government calls on Labor not to delay the bill giving ASIO detention powers; Labor wants
    #    a parliamentary inquiry; the Police Federation, airlines and unions criticise the air-marshal plans.
    #    Domestic politics; every side AUS (the Police Federation and airline board AUS, NGO accepted).
    article(LEE_TEXTS + "106.txt", LEE_PUB, [
        E(["REQUEST"], "has called on Labor not to delay its plans", ["AUS"], ["AUS"]),
        E(["REQUEST"], "Labor wants a parliamentary inquiry", ["AUS"], ["AUS"]),
        E(["REJECT", "AGREE"], "the Opposition does not want to unnecessarily delay", ["AUS"], ["AUS"], req=False),
        E(["REQUEST"], "get the most thorough public examination", ["AUS"], ["AUS"], req=False),
        E(["REQUEST"], "is relying on Labor not to obstruct the bill's passage", ["AUS"], ["AUS"], req=False),
        E(["REQUEST"], "We're looking to Labor's support for this", ["AUS"], ["AUS"], req=False),
        E(["SUPPORT"], "Labor has supported the counter terrorism proposals", ["AUS"], ["AUS"], req=False,
          modality=H),
        E(["REQUEST"], "an appropriate one for them to support as well", ["AUS"], ["AUS"], req=False),
        E(["REQUEST"], "is under pressure to release more details", None, ["AUS"], req=False),
        E(["ACCUSE"], "are criticising the Government's handling of security", ["AUS", NGO], ["AUS"]),
        E(["MOBILIZE"], "armed air marshals will be on all domestic flights", ["AUS"], req=False, modality=FUT),
        E(["ACCUSE"], "has the Police Federation concerned", ["AUS", NGO], ["AUS"], req=False),
        E(["ACCUSE"], "there are not enough details", ["AUS", NGO], ["AUS"], req=False),
        E(["ACCUSE"], "we know virtually nothing about the training", ["AUS", NGO], ["AUS"], req=False),
        E(["ACCUSE"], "says airlines are wary of the move", ["AUS", NGO, MNC], ["AUS"], req=False),
        E(["ACCUSE"], "saying workers at airports are not being given adequate training", ["AUS"], ["AUS"],
          req=False),
        E(["ASSAULT"], "the terrorist attacks of September 11", [IMG], ["USA"], req=False, modality=H,
          date="2001-09-11"),
    ], forbid=[F("ASIO would have the power to detain suspects"),
               F("could postpone debate on the bill"),
               F("anyone with some sort of weapon on the plane")],
        dates=[D("Christmas", "2001-12-25"), D("September 11", "2001-09-11")]),

    # 4. line 209: a Defence budget blowout from the cost of sending troops to Afghanistan; the Opposition says
    #    the minister must reveal the projects affected and the cost of using the Navy against asylum boats.
    #    Domestic politics (AUS to AUS); the deployment is background.
    article(LEE_TEXTS + "209.txt", LEE_PUB, [
        E(["MOBILIZE"], "the cost of sending troops to Afghanistan", ["AUS"], req=False, modality=H,
          location_country="AFG"),
        E(["MOBILIZE"], "the cost of sending troops to the war against terrorism", ["AUS"], req=False, modality=H),
        E(["REQUEST"], "says Senator Hill must reveal which projects", ["AUS"], ["AUS"]),
        E(["REQUEST"], "should also come clean on the cost", ["AUS"], ["AUS"]),
        E(["COERCE"], "using the Navy to intercept asylum seekers", ["AUS"], req=False),
    ], forbid=[F("no projects will be scrapped", ["MOBILIZE"]),
               F("will have to be reprioritised"),
               F("options are to boost defence spending"),
               F("without knowing it's going to cost extra money")],
        places=[P("Afghanistan", "AFG")]),

    # 5. line 110: an Israeli defence official says Hamas now plans to attack strategic targets; Hamas has
    #    rejected Arafat's call for an end to military operations. Conflict. The official's claim about Hamas's
    #    plans is ACCUSE (gold-fourteenth: a commander saying extremists "were planning to sabotage" ACCUSE).
    article(LEE_TEXTS + "110.txt", LEE_PUB, [
        E(["ASSAULT"], "its guerrilla war against Israel", MILITANTS, ["ISR"], req=False, attribution="media"),
        E(["ACCUSE"], "is now planning to attack strategic targets", ["ISR"], MILITANTS, attribution="official"),
        E(["ASSAULT"], "Hamas has carried out numerous suicide bombings in Israel", MILITANTS, ["ISR"], req=False,
          modality=H, location_country="ISR"),
        E(["REJECT"], "Hamas has rejected a call by Palestinian leader", MILITANTS, PAL),
        E(["AGREE", "REQUEST"], "for an end to all military operations against Israel", PAL,
          ["ISR"] + MILITANTS, req=False, modality=H),
    ], forbid=[F("focus will be on attacking strategic buildings", ["ACCUSE"])],
        places=[P("Israel", "ISR")]),

    # 6. line 176: anti-Taliban fighters capture key areas of Tora Bora; the White House weighs releasing the bin
    #    Laden tape, Bush calls him guilty of murder; US officers reported in Somalia hold talks with a rebel
    #    group. Conflict. Capturing ground ASSAULT (COERCE accepted), as gold-sixteenth.
    article(LEE_TEXTS + "176.txt", LEE_PUB, [
        E(["ASSAULT", "COERCE"], "they have captured key areas in the mountainous Tora Bora region",
          ANTI_TALIBAN, TALIBAN, location_country="AFG"),
        E(["ACCUSE"], "officials say shows Osama bin Laden", ["USA"], BIN_LADEN, req=False),
        E(["ASSAULT"], "damage caused by the September 11 attacks", BIN_LADEN, ["USA"], req=False, modality=H,
          date="2001-09-11"),
        E(["ACCUSE"], "Osama is guilty of incredible murder", ["USA"], BIN_LADEN),
        E(["ACCUSE"], "he represents the worst of civilisation", ["USA"], BIN_LADEN, req=False),
        E(["MOBILIZE"], "United States army officers have secretly entered Somalia", ["USA"], attribution="media",
          location_country="SOM"),
        E(["CONSULT"], "have held discussions with a rebel Somali group", ["USA"], ["SOM", IMG],
          location_country="SOM"),
        E(["SANCTION", "COERCE"], "has taken several steps against Somali individuals", ["USA"], ["SOM"],
          req=False, modality=H),
    ], forbid=[F("considers publicly releasing a videotape", ["ACCUSE", "ASSAULT"]),
               F("reminded of how just the United States' war on terror is"),
               F("before legal experts decide whether the tape can be released")],
        places=[P("Tora Bora", "AFG", 34.12, 70.21), P("Afghanistan", "AFG"), P("London", "GBR", 51.51, -0.13),
                P("Somalia", "SOM")],
        dates=[D("September 11", "2001-09-11")],
        quantities=[Q("Five military personnel", 5, "personnel")]),

    # 7. line 58: Musharraf, visiting China, says bin Laden may have died in the US bombing of Tora Bora and
    #    Pakistan has stepped up security on the border; US and Afghan forces search around Tora Bora.
    #    Conflict and security. The search as gold-sixteenth's "combing the forests" (ASSAULT/MOBILIZE).
    article(LEE_TEXTS + "058.txt", LEE_PUB, [
        E(["ASSAULT"], "the United States bombardment of the Tora Bora caves", ["USA"], TALIBAN, req=False,
          modality=H),
        E(["CONSULT"], "During the visit to Pakistan's close ally China", ["PAK"], ["CHN"], req=False,
          location_country="CHN"),
        E(["MOBILIZE"], "Pakistan had stepped up security along its porous border", ["PAK"], location_country="PAK"),
        E(["MOBILIZE", "COERCE"], "We are guarding each one of these passes", ["PAK"], req=False),
        E(["AGREE", "COOPERATE"], "he will be handed over", ["PAK"], req=False, modality=HYP),
        E(["ASSAULT", "MOBILIZE"], "have been searching for signs of bin Laden", ["USA"] + ANTI_TALIBAN,
          BIN_LADEN, location_country="AFG"),
        E(["ASSAULT"], "the September 11 attacks on New York and Washington", BIN_LADEN, ["USA"], req=False,
          modality=H, date="2001-09-11"),
        E(["RETREAT"], "forces from his Al Qaeda network fled", TALIBAN, req=False, modality=H),
        E(["ASSAULT"], "had launched extensive attacks on the network of caves", ["USA"] + ANTI_TALIBAN, TALIBAN,
          req=False, modality=H),
    ], forbid=[F("could have been killed", ["ASSAULT"]),
               F("he may have lost his life there", ["ASSAULT"]),
               F("bin Laden had probably gone to Pakistan", ["RETREAT"]),
               F("had no idea where bin Laden was")],
        places=[P("Tora Bora", "AFG", 34.12, 70.21), P("Afghanistan", "AFG"), P("Pakistan", "PAK"),
                P("China", "CHN"), P("New York", "USA", 40.71, -74.01), P("Washington", "USA", 38.90, -77.04)],
        dates=[D("September 11", "2001-09-11")],
        quantities=[Q("about eight passes", 8, "passes")]),

    # 8. line 269: Howard will visit Indonesia for a summit with Megawati; talks on its timing; a past meeting
    #    in Jakarta; a people-smuggling summit to be co-hosted; talks on resuming military ties; Megawati's
    #    congratulatory letter. Diplomacy. Future meetings AGREE/CONSULT with both as actor, no recipient.
    article(LEE_TEXTS + "269.txt", LEE_PUB, [
        E(["AGREE", "CONSULT"], "he will go to Indonesia for a summit meeting", ["AUS", "IDN"], modality=FUT),
        E(["CONSULT"], "There have been talks underway", ["AUS", "IDN"], req=False),
        E(["AGREE", "CONSULT"], "he expects to travel to Indonesia", ["AUS", "IDN"], req=False, modality=FUT),
        E(["AGREE", "CONSULT"], "his second visit to Jakarta within a year", ["AUS", "IDN"], req=False,
          modality=FUT),
        E(["CONSULT"], "The two leaders met in Jakarta in August", ["AUS", "IDN"], req=False,
          modality=H, date="2001-08", location_country="IDN"),
        E(["AGREE", "COOPERATE", "CONSULT"], "are co-hosting an international summit", ["AUS", "IDN"], req=False,
          modality=FUT, date="2002-02"),
        E(["CONSULT"], "are also discussing the resumption of military ties", ["AUS", "IDN"]),
        E(["SUPPORT"], "by sending a congratulatory letter to Mr Howard", ["IDN"], ["AUS"]),
    ], places=[P("Indonesia", "IDN"), P("Jakarta", "IDN", -6.21, 106.85)],
        dates=[D("August", "2001-08"), D("February", "2002-02")]),

    # 9. line 126: Greenpeace demonstrators walk into the Lucas Heights reactor and unfurl banners; more than 40
    #    arrested; the minister says security is adequate. Protest; Greenpeace NGO (AUS accepted), the state AUS.
    article(LEE_TEXTS + "126.txt", LEE_PUB, [
        E(["PROTEST"], "despite a major protest this morning", GREENPEACE, ["AUS"], req=False),
        E(["PROTEST"], "Dozens of Greenpeace demonstrators walked through the front entrance", GREENPEACE, ["AUS"],
          location_country="AUS"),
        E(["COERCE"], "More than 40 people were arrested", ["AUS"], GREENPEACE, location_country="AUS"),
        E(["COERCE"], "quickly had the situation under control", ["AUS"], GREENPEACE, req=False),
    ], forbid=[F("We won't be rushed into any change of security procedures"),
               F("could not be stopped")],
        places=[P("Lucas Heights", "AUS", -34.05, 150.98), P("Sydney", "AUS", -33.87, 151.21)],
        quantities=[Q("More than 40 people", 40, "people")]),

    # 10. line 128: Qantas maintenance workers reject a wage freeze; the chief executive's disappointment;
    #     negotiations in the Industrial Relations Commission; threats of industrial action. Labour dispute,
    #     as gold-sixteenth's bank strike: unions AUS, Qantas AUS or MNC.
    article(LEE_TEXTS + "128.txt", LEE_PUB, [
        E(["THREATEN"], "despite threats of industrial action", ["AUS"], QANTAS, req=False),
        E(["REJECT"], "Qantas maintenance workers have rejected the airline's proposals", ["AUS"], QANTAS),
        E(["AGREE"], "the airline's proposals for a wage freeze", QANTAS, ["AUS"], req=False),
        E(["CONSULT"], "As negotiations over the dispute continue", QANTAS, req=False),
        E(["ACCUSE"], "has expressed his disappointment", QANTAS, ["AUS"]),
        E(["AGREE"], "have already agreed in-principle to accept a wages freeze", ["AUS"], QANTAS, req=False,
          modality=H),
        E(["REJECT"], "are refusing to soften their stance", ["AUS"], QANTAS, req=False),
        E(["CONSULT"], "Qantas and two maintenance unions are continuing negotiations", QANTAS),
        E(["ACCUSE"], "unions produced a leaked airline briefing paper", ["AUS"], QANTAS, req=False),
    ], forbid=[F("maintenance workers earn, on average, 28 per cent"),
               F("even if the workers do go out on strike")],
        quantities=[Q("92 per cent", 92, "percent"), Q("28 per cent", 28, "percent"),
                    Q("two maintenance unions", 2, "unions")]),

    # 11. line 89: after detainees torched more than 20 buildings, up to 50 break into a prohibited zone at the
    #     Woomera detention centre; riot police on standby; two acts of self-harm. Unrest in immigration
    #     detention: the detainees' nationality is not given, so their side is left out; the state AUS.
    article(LEE_TEXTS + "089.txt", LEE_PUB, [
        E(["PROTEST", "ASSAULT"], "the torching of more than 20 buildings", None, ["AUS"], location_country="AUS"),
        E(["PROTEST"], "up to 50 detainees breaking into a prohibited zone", None, ["AUS"], location_country="AUS"),
        E(["PROTEST"], "after breaching a fence within the centre", None, ["AUS"], req=False),
        E(["MOBILIZE"], "brought in on standby", ["AUS"], req=False),
    ], forbid=[F("staff considered using water cannon"),
               F("It is not known if they actually resorted to any tough action", ["MOBILIZE"]),
               F("committed acts of self harm", ["PROTEST"]),
               F("taken away in an ambulance")],
        places=[P("Woomera", "AUS", -31.20, 136.82)],
        quantities=[Q("more than 20 buildings", 20, "buildings"), Q("up to 50 detainees", 50, "detainees"),
                    Q("two detainees", 2, "detainees")]),

    # 12. line 277: Israeli soldiers kill five Palestinians near Jenin and Tulkarem; Palestinian police arrest
    #     Hamas leaders in a crackdown after a wave of suicide attacks. Conflict. The sources are unnamed
    #     (attribution anonymous).
    article(LEE_TEXTS + "277.txt", LEE_PUB, [
        E(["ASSAULT"], "Israeli soldiers have shot dead five Palestinians", ["ISR"], PAL + [IMG],
          location_country="PSE"),
        E(["ASSAULT"], "the soldiers shot four Palestinians near Jenin", ["ISR"], PAL + [IMG], req=False,
          attribution="anonymous"),
        E(["ASSAULT"], "Palestinian gunmen opened fire on an army patrol", MILITANTS, ["ISR"],
          attribution="anonymous", location_country="PSE"),
        E(["ASSAULT"], "the troops returned fire", ["ISR"], MILITANTS, req=False),
        E(["ASSAULT"], "Another Palestinian was killed by Israeli soldiers", ["ISR"], PAL + [IMG],
          attribution="anonymous", location_country="PSE"),
        E(["COERCE"], "Palestinian police have arrested three senior leaders", PAL, MILITANTS,
          attribution="anonymous"),
        E(["ASSAULT"], "following a wave of suicide attacks in Israel", MILITANTS, ["ISR"], req=False, modality=H),
        E(["COERCE"], "A Hamas official confirmed the arrests", PAL, MILITANTS, req=False),
        E(["THREATEN", "COERCE"], "police have issued arrest warrants for another two", PAL, MILITANTS,
          req=False),
        E(["COERCE"], "were rounded after Yasser Arafat's Palestinian leadership", PAL, MILITANTS, req=False),
        E(["THREATEN"], "vowed to crackdown on them", PAL, MILITANTS, req=False, modality=H),
        E(["COERCE"], "declared a state of emergency in the Palestinian territories", PAL, PAL + [IMG], req=False,
          modality=H),
    ], forbid=[F("he refused to name them", ["COERCE", "THREATEN"])],
        places=[P("West Bank", "PSE"), P("Jenin", "PSE", 32.46, 35.30), P("Tulkarem", "PSE", 32.31, 35.03),
                P("Israel", "ISR")],
        quantities=[Q("five Palestinians", 5, "people"), Q("four Palestinians", 4, "people"),
                    Q("three senior leaders", 3, "leaders"), Q("75 Islamic militants", 75, "militants")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
