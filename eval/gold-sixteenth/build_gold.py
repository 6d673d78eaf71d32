"""Writes articles.json for the sixteenth article gold (twelve ABC stories of the Lee background corpus, late 2001,
written blind). The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py.
The texts are not committed: run python3 fetch_texts.py first (it writes texts/lee_bg_NNN.txt).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import (FUT, H, IGO, IMG, LEE_PUB, LEE_TEXTS, MNC, NGO, D, E, F, P, Q, article,  # noqa: E402
                            write_gold)

# The Lee stories carry no date (LEE_PUB stands for it; they fall in 2001-11..2002-01, see gold_authoring). Weekdays,
# "today", "yesterday", "last week/year/October" and the like depend on the unknown day, so they are left out of
# `dates` and of event dates; absolute dates are kept.
PAL = ["PSE"]                 # Palestinians, the Palestinian Authority, Arafat, Fatah
MILITANTS = ["PSE", IMG]      # Hamas, Islamic Jihad, "Palestinian militants" (the dev gold's convention)
TALIBAN = ["AFG", IMG]        # Taliban and Al Qaeda fighters in Afghanistan
ANTI_TALIBAN = ["AFG", IMG]   # Northern Alliance, opposition forces, local Afghan commanders and militias
BANK = ["AUS", MNC]           # an Australian bank takes its home country (MNC accepted, as gold-fifteenth's WeWork)


ARTICLES = [
    # 1. line 102: the Law Council says the Government's proposed ASIO detention powers need safeguards.
    #    Domestic politics; every side AUS (the Law Council, a lawyers' body, AUS or NGO).
    article(LEE_TEXTS + "102.txt", LEE_PUB, [
        E(["REQUEST", "ACCUSE"], "need guarantees to protect the rights of individuals", ["AUS", NGO], ["AUS"]),
        E(["ACCUSE"], "he is concerned ASIO could use the laws", ["AUS", NGO], ["AUS"], req=False),
        E(["ACCUSE"], "it's a very draconian power", ["AUS", NGO], ["AUS"], req=False),
        E(["REQUEST"], "absolutely essential that there be important safeguards", ["AUS", NGO], ["AUS"], req=False),
    ], forbid=[F("wants to give officers the power to detain suspects"),
               F("already has the power to jail people", ["THREATEN"]),
               F("detain people indefinitely", ["ACCUSE"])]),

    # 2. line 75: on the 100th day of the campaign against terrorism Bush calls on allies to freeze the assets of
    #    two groups (UTN, said to have helped Al Qaeda with nuclear weapons, and the Kashmiri LAT, linked to the
    #    attack on the Indian Parliament). Sanctions and accusations. UTN: a Pakistani group posing as a charity.
    article(LEE_TEXTS + "075.txt", LEE_PUB, [
        E(["REQUEST"], "calling on his allies to freeze the assets", ["USA"]),
        E(["ACCUSE"], "the other is alleged to have helped Al Qaeda", ["USA"], ["PAK", NGO, IMG], req=False),
        E(["ACCUSE"], "had established a group called UTN", ["USA"], ["PAK", NGO, IMG], req=False),
        E(["ACCUSE"], "it was the UTN that provided information", ["USA"], ["PAK", NGO, IMG], req=False),
        E(["ACCUSE"], "He also linked a Kashmiri group to the attack", ["USA"], [IMG, "PAK", "IND"]),
        E(["ASSAULT"], "the attack on the Indian Parliament", [IMG, "PAK", "IND"], ["IND"], req=False, modality=H),
        E(["ACCUSE"], "is a stateless sponsor of terrorism", ["USA"], [IMG, "PAK", "IND"], req=False),
        E(["SANCTION", "COERCE"], "has frozen $130 million in terrorist assets", None, [IMG], req=False),
    ], forbid=[F("marked the 100th day of the campaign", ["REQUEST", "ACCUSE"]),
               F("claims to serve the hungry and needy", ["ACCUSE"])],
        places=[P("Afghanistan", "AFG")],
        quantities=[Q("$130 million", 130000000, "dollars")]),

    # 3. line 133: the hunt for bin Laden moves to the forests around Tora Bora; local commanders threaten villagers
    #    who shelter Al Qaeda fighters; Rumsfeld visits US troops at Bagram. Conflict and security.
    article(LEE_TEXTS + "133.txt", LEE_PUB, [
        E(["ASSAULT", "MOBILIZE", "COERCE"], "a swoop through the last caves", ["USA"] + ANTI_TALIBAN, TALIBAN,
          req=False),
        E(["ASSAULT", "MOBILIZE"], "US special forces are now combing the forests", ["USA"], TALIBAN,
          location_country="AFG"),
        E(["COOPERATE"], "alongside anti-Taliban militias", ["USA"] + ANTI_TALIBAN, ["USA"] + ANTI_TALIBAN,
          req=False),
        E(["RETREAT"], "are believed to have scattered into the hills", TALIBAN, req=False),
        E(["THREATEN"], "Local commanders have warned they will shoot any villager", ANTI_TALIBAN, ["AFG"],
          location_country="AFG"),
        E(["ASSAULT"], "US bombing runs have eased off", ["USA"], TALIBAN, req=False),
        E(["MOBILIZE", "ASSAULT"], "move to deeper into the forest", ["USA"], TALIBAN, req=False),
        E(["CONSULT"], "on a visit to US troops at Baghram air base", ["USA"], req=False, location_country="AFG"),
    ], forbid=[F("could reform and there is a good deal yet to be done"),
               F("he believed bin Laden had left the Tora Bora area", ["RETREAT"])],
        places=[P("Tora Bora", "AFG", 34.12, 70.21), P("Pakistan", "PAK"), P("Baghram", "AFG", 34.95, 69.27),
                P("Kabul", "AFG", 34.53, 69.17)],
        quantities=[Q("Up to 500 Al Qaeda fighters", 500, "fighters")]),

    # 4. line 249: more Australian SAS troops arrive in Afghanistan; at the UN-sponsored Bonn talks a Northern
    #    Alliance leader says an interim administration will take power on December 22; a signing is expected.
    #    Conflict and diplomacy. Afghan factions AFG (the Northern Alliance AFG or IMG); the UN IGO or UNO.
    article(LEE_TEXTS + "249.txt", LEE_PUB, [
        E(["MOBILIZE"], "more Australian SAS troops have arrived in Afghanistan", ["AUS"], location_country="AFG"),
        E(["MOBILIZE"], "The forces which arrived today", ["AUS"], req=False),
        E(["MOBILIZE"], "further deployments will happen", ["AUS"], req=False, modality=FUT),
        E(["CONSULT"], "attending the UN-sponsored Afghan talks in Bonn", ANTI_TALIBAN, location_country="DEU"),
        E(["AGREE"], "would assume power on December 22", ANTI_TALIBAN, req=False, modality=FUT,
          date="2001-12-22"),
        E(["CONSULT"], "locked in intensive dialogue for eight days", ["AFG"], req=False),
        E(["CONSULT", "COOPERATE"], "had submitted their lists of nominees to the United Nations", ["AFG"],
          [IGO, "UNO"], req=False),
        E(["AGREE"], "they expect a formal signing ceremony", ["AFG"], req=False, modality=FUT),
    ], forbid=[F("specific tasks, locations and missions will not be revealed"),
               F("would reach agreement on composition of the government", ["CONSULT"]),
               F("I expect a result tonight"),
               F("was expected to be installed in Kabul next week"),
               F("thereupon enjoy international recognition"),
               F("Rabbani is no longer recognised")],
        places=[P("Afghanistan", "AFG"), P("Bonn", "DEU", 50.73, 7.10), P("Kabul", "AFG", 34.53, 69.17),
                P("Petersberg", "DEU", 50.69, 7.21)],
        dates=[D("December 22", "2001-12-22")],
        quantities=[Q("four Afghan groups", 4, "groups")]),

    # 5. line 156: Finance Sector Union members strike at Westpac, NAB and ANZ; Westpac calls the action
    #    unjustified, points to its pay offer and asks the union back to the table. Protest and unrest (labour);
    #    the union AUS, the banks AUS or MNC.
    article(LEE_TEXTS + "156.txt", LEE_PUB, [
        E(["PROTEST"], "Industrial action will affect three", ["AUS"], BANK, req=False),
        E(["PROTEST"], "are striking today for 24 hours", ["AUS"], BANK),
        E(["PROTEST"], "workers at ANZ will follow suit tomorrow", ["AUS"], BANK, req=False, modality=FUT),
        E(["CONSULT"], "ongoing enterprise bargaining negotiations", BANK, req=False),
        E(["ACCUSE", "REJECT"], "says today's action is unjustified", BANK, ["AUS"]),
        E(["AGREE"], "it's a very generous pay offer", BANK, ["AUS"], req=False),
        E(["AGREE"], "we would like to do a deal with the union", BANK, ["AUS"], req=False),
        E(["REQUEST"], "for the union to come back to the negotiating table", BANK, ["AUS"], req=False),
        E(["ACCUSE"], "continuing on with these PR stunts", BANK, ["AUS"], req=False),
    ], forbid=[F("a million hours of overtime"),
               F("contingency plans in place"),
               F("We are hoping to offer normal banking services")],
        quantities=[Q("three of Australia's biggest banks", 3, "banks"), Q("8 per cent", 8, "percent"),
                    Q("a million hours", 1000000, "hours")]),

    # 6. line 131: Kemakeza elected Solomon Islands prime minister, plans disarmament and police reform (first
    #    story); Arafat calls for a halt to armed operations against Israel, France, Britain and the US welcome
    #    it, an Israeli minister says the Palestinian Authority must act (second story on the same line).
    article(LEE_TEXTS + "131.txt", LEE_PUB, [
        E(["COERCE", "ASSAULT"], "militia that conducted last year's coup", ["SLB", IMG], ["SLB"], req=False,
          modality=H),
        E(["SUPPORT"], "endorsed by the rival Guadalcanal militia", ["SLB", IMG], ["SLB"], req=False, modality=H),
        E(["AGREE"], "hopes to get agreement on disarming rival militias", ["SLB"], ["SLB", IMG], req=False,
          modality=FUT),
        E(["AGREE", "CONSULT"], "led to the success of the Townsville Peace conference", ["SLB", IMG], req=False,
          modality=H),
        E(["COERCE", "ASSAULT"], "took part in last year's coup", ["SLB"], ["SLB"], req=False, modality=H),
        E(["AGREE", "REQUEST"], "call for an end to attacks on Israelis", PAL, ["ISR"] + MILITANTS, req=False),
        E(["REQUEST"], "Under enormous international pressure", None, PAL, req=False),
        E(["AGREE", "REQUEST"], "has called for a halt to all armed operations", PAL, ["ISR"] + MILITANTS),
        E(["THREATEN"], "vowed that the perpetrators would be punished", PAL, MILITANTS, req=False),
        E(["SUPPORT"], "France, Britain and the United States have welcomed", ["FRA", "GBR", "USA"], PAL),
        E(["SUPPORT"], "while it is a positive sign", ["ISR"], PAL, req=False),
        E(["REQUEST"], "the Palestinian Authority has to act on its words", ["ISR"], PAL),
    ], forbid=[F("has told his people that there are tough times ahead"),
               F("hundreds of high powered guns remain with the militants"),
               F("law and order will be one of his government's priorities"),
               F("If he proves that he really means to act", ["REQUEST", "SUPPORT"])],
        places=[P("Townsville", "AUS", -19.26, 146.82)]),

    # 7. line 145: after a bus ambush kills 10 settlers Israel cuts ties with Arafat and strikes Gaza City,
    #    Ramallah, Jenin and Nablus; troops shoot children near Rafah; the UN envoy warns of full confrontation.
    #    Conflict. Israel ISR; the Palestinian Authority, police and Fatah PSE; militants PSE or IMG.
    article(LEE_TEXTS + "145.txt", LEE_PUB, [
        E(["ASSAULT"], "have swooped again on Palestinian cities", ["ISR"], PAL, location_country="PSE"),
        E(["SANCTION"], "a decision to cut ties with Yasser Arafat", ["ISR"], PAL),
        E(["ASSAULT"], "blasted security targets in Gaza City, which", ["ISR"], PAL, location_country="PSE"),
        E(["ASSAULT"], "had been pounded the night before", ["ISR"], PAL, req=False, modality=H),
        E(["ASSAULT"], "Palestinian militants killed 10 Israelis", MILITANTS, ["ISR"], req=False, modality=H),
        E(["ASSAULT"], "rocket strikes sent clouds of flames", ["ISR"], PAL, location_country="PSE"),
        E(["ASSAULT"], "also hit by missiles less than 24 hours earlier", ["ISR"], PAL, req=False, modality=H),
        E(["COERCE", "ASSAULT"], "partly reoccupied by Israeli tanks", ["ISR"], PAL, req=False),
        E(["ASSAULT"], "The police station was bombed last October", ["ISR"], PAL, req=False, modality=H),
        E(["ASSAULT"], "a Palestinian mob lynched two Israeli soldiers", PAL, ["ISR"], req=False, modality=H),
        E(["ASSAULT"], "Apaches blasted a building of Mr Arafat's Fatah movement", ["ISR"], PAL,
          location_country="PSE"),
        E(["ASSAULT"], "Israeli troops shot eight Palestinian children", ["ISR"], PAL, attribution="official",
          location_country="PSE"),
        E(["THREATEN", "MOBILIZE"], "it would send its forces into Palestinian self-rule areas", ["ISR"], PAL,
          req=False, modality=H),
        E(["ASSAULT"], "more than a week of repeated air strikes", ["ISR"], PAL, req=False, modality=H),
        E(["ASSAULT"], "F-16s blasted security targets in Gaza City, Nablus", ["ISR"], PAL, location_country="PSE"),
        E(["ASSAULT"], "the bus ambush which killed 10 Jewish settlers", MILITANTS, ["ISR"], req=False, modality=H),
        E(["ASSAULT"], "Apache helicopters also hit a Palestinian Broadcasting Corporation", ["ISR"], PAL,
          location_country="PSE"),
        E(["ASSAULT", "COERCE"], "dynamite the radio mast", ["ISR"], PAL, req=False, modality=H),
        E(["SANCTION", "ACCUSE", "REJECT"], "declared Mr Arafat", ["ISR"], PAL, req=False),
        E(["SUPPORT"], "with the backing of a security cabinet", ["ISR"], ["ISR"], req=False),
        E(["ASSAULT"], "Palestinian militants carried out the bus ambush", MILITANTS, ["ISR"], req=False,
          modality=H),
        E(["ACCUSE"], "had forfeited his role as a peace partner", ["ISR"], PAL),
    ], forbid=[F("plunged into darkness after the raid"),
               F("militants Mr Arafat has failed to arrest", ["THREATEN", "MOBILIZE", "ASSAULT", "REQUEST"]),
               F("refusing to crack down on Islamic hardliners", ["ACCUSE", "SANCTION", "REJECT"]),
               F("close as we've ever been to a full military confrontation"),
               F("if that happens this will either")],
        places=[P("Gaza City", "PSE", 31.50, 34.47), P("West Bank", "PSE"), P("Ramallah", "PSE", 31.90, 35.20),
                P("Jenin", "PSE", 32.46, 35.30), P("Rafah", "PSE", 31.28, 34.25), P("Egypt", "EGY"),
                P("Gaza Strip", "PSE"), P("Nablus", "PSE", 32.22, 35.26)],
        quantities=[Q("10 Israelis", 10, "people"), Q("two Israeli soldiers", 2, "soldiers"),
                    Q("eight Palestinian children", 8, "children"), Q("10 Jewish settlers", 10, "settlers")]),

    # 8. line 268: anti-Taliban forces claim half of Kandahar airport and kill 11 foreign fighters as US bombing
    #    intensifies; a reported suicide attack on an opposition column; US raids near Jalalabad kill civilians.
    #    Conflict. Opposition forces and the Taliban AFG or IMG; a relief agency NGO.
    article(LEE_TEXTS + "268.txt", LEE_PUB, [
        E(["ASSAULT", "COERCE"], "claimed to have captured half of Kandahar airport", ANTI_TALIBAN, TALIBAN,
          location_country="AFG"),
        E(["ASSAULT"], "a further cranking up of US bombardments", ["USA"], TALIBAN, req=False),
        E(["ASSAULT", "COERCE"], "We have now taken half of the airport", ANTI_TALIBAN, TALIBAN, req=False),
        E(["ASSAULT"], "their forces had killed 11 foreign Taliban fighters", ANTI_TALIBAN, TALIBAN),
        E(["ASSAULT", "COERCE"], "overrun a building that appeared", ANTI_TALIBAN, TALIBAN, req=False),
        E(["ASSAULT"], "aerial attacks from US warplanes", ["USA"], TALIBAN, req=False),
        E(["CONSULT"], "after speaking to the opposition leader", ANTI_TALIBAN, ANTI_TALIBAN, req=False),
        E(["ASSAULT"], "Bombing raids by US warplanes on Taliban positions", ["USA"], TALIBAN,
          location_country="AFG"),
        E(["ASSAULT"], "no let-up in the US bombing", ["USA"], TALIBAN, req=False),
        E(["ASSAULT"], "planes were now flying in five-strong sorties", ["USA"], TALIBAN, req=False),
        E(["ASSAULT"], "They are targeting the airport area", ["USA"], TALIBAN, req=False),
        E(["ASSAULT"], "They are also hitting the road", ["USA"], TALIBAN, req=False),
        E(["ASSAULT"], "killed in a suicide attack by Taliban supporters", TALIBAN, ANTI_TALIBAN, req=False,
          modality=H),
        E(["ASSAULT"], "managed to enter an advancing column", TALIBAN, ANTI_TALIBAN, req=False, modality=H),
        E(["AID"], "he had treated six of Agha's men", [NGO], ANTI_TALIBAN, req=False, modality=H),
        E(["ASSAULT"], "three nights of US airstrikes near Jalalabad", ["USA"], ["AFG"], attribution="official",
          location_country="AFG"),
        E(["ASSAULT"], "the bombs targeted an area south of Jalalabad", ["USA"], ["AFG"], req=False),
        E(["ASSAULT"], "the first night of bombings left nearly 80 civilians dead", ["USA"], ["AFG"], req=False),
        E(["ASSAULT"], "A second night of air raids killed eight civilians", ["USA"], ["AFG"], req=False),
    ], forbid=[F("expressed confidence that the airport would fall", ["ASSAULT"]),
               F("not 100 per cent sure we will capture it", ["CONSULT"]),
               F("I believe there were heavy casualties"),
               F("could not be independently verified", ["AID"]),
               F("They were later dispatched to Chaman hospital")],
        places=[P("Kandahar", "AFG", 31.61, 65.71), P("Egypt", "EGY"), P("Libya", "LBY"),
                P("Saudi Arabia", "SAU"), P("Torkotal", "AFG"), P("Chaman", "PAK", 30.92, 66.45),
                P("Jalalabad", "AFG", 34.43, 70.45), P("Tora Bora", "AFG", 34.12, 70.21),
                P("Nangarhar", "AFG")],
        quantities=[Q("11 foreign Taliban fighters", 11, "fighters"), Q("Nearly 100 civilians", 100, "civilians"),
                    Q("200 wounded", 200, "people"), Q("nearly 80 civilians", 80, "civilians"),
                    Q("150 wounded", 150, "people"), Q("four trucks", 4, "trucks"),
                    Q("six of Agha's men", 6, "men")]),

    # 9. line 267: Sharon blames Arafat for the weekend suicide attacks and opens an emergency cabinet meeting;
    #    Erakat calls it a declaration of war; Israeli strikes on Arafat's offices; Hamas calls for more suicide
    #    attacks; Palestinian security services arrest some 100 militants; Amnesty condemns the bombings.
    article(LEE_TEXTS + "267.txt", LEE_PUB, [
        E(["CONSULT"], "has opened an emergency security Cabinet meeting", ["ISR"], req=False),
        E(["ACCUSE"], "placing blame for recent suicide attacks squarely", ["ISR"], PAL),
        E(["CONSULT"], "I called an urgent meeting of the heads", ["ISR"], req=False),
        E(["CONSULT", "AGREE"], "was to discuss its policy on the Palestinian Authority", ["ISR"], req=False,
          modality=FUT),
        E(["THREATEN", "ACCUSE"], "should bear the consequences", ["ISR"], PAL, req=False),
        E(["THREATEN"], "are responsible for their own destruction", ["ISR"], PAL + [IMG], req=False),
        E(["ACCUSE"], "interpreted by a Palestinian official as a call for war", PAL, ["ISR"], req=False),
        E(["ACCUSE"], "Arafat has chosen the path of terrorism", ["ISR"], PAL, req=False),
        E(["ACCUSE"], "Tonight we heard a declaration of war", PAL, ["ISR"]),
        E(["ACCUSE"], "Sharon has chosen the path of darkness", PAL, ["ISR"], req=False),
        E(["ASSAULT"], "Israeli helicopters and warplanes attacked targets", ["ISR"], PAL, location_country="PSE"),
        E(["ASSAULT"], "The air strikes were launched on Palestinian targets", ["ISR"], PAL, req=False),
        E(["ASSAULT"], "weekend suicide attacks by the Islamic militant group Hamas", MILITANTS, ["ISR"], req=False,
          modality=H),
        E(["REJECT"], "Hamas has defied the Palestinian state of emergency", MILITANTS, PAL),
        E(["COERCE"], "the Palestinian state of emergency", PAL, PAL + [IMG], req=False, modality=H),
        E(["THREATEN", "REQUEST"], "called for more suicide attacks against Israel", MILITANTS, ["ISR", "PSE"]),
        E(["ASSAULT"], "the funeral of a gunman who killed a settler", MILITANTS, ["ISR"], req=False, modality=H),
        E(["ASSAULT"], "who shot the settler dead on Sunday", MILITANTS, ["ISR"], req=False, modality=H),
        E(["ASSAULT"], "before being killed by Israeli soldiers", ["ISR"], MILITANTS, req=False, modality=H),
        E(["THREATEN"], "The suicide operations will continue", MILITANTS, ["ISR"], req=False),
        E(["ACCUSE"], "When Sharon kills women and children", MILITANTS, ["ISR"], req=False),
        E(["ASSAULT"], "shortly before the air strikes began", ["ISR"], PAL, req=False),
        E(["COERCE"], "Security services have arrested some 100 militants", PAL, MILITANTS),
        E(["ACCUSE"], "Amnesty International has condemned", [NGO], MILITANTS),
        E(["ACCUSE"], "These attacks are horrifying and tragic", [NGO], MILITANTS, req=False),
        E(["REQUEST"], "We call on armed groups to end immediately", [NGO], MILITANTS, req=False),
        E(["REQUEST"], "called on the Israeli Government and the Palestinian Authority", [NGO], ["ISR", "PSE"]),
    ], forbid=[F("need for unity in order to cope with all the brutalities"),
               F("Every religion and law in the world", ["ASSAULT"])],
        places=[P("West Bank", "PSE"), P("Gaza Strip", "PSE"), P("Jenin", "PSE", 32.46, 35.30),
                P("Gaza City", "PSE", 31.50, 34.47)],
        quantities=[Q("three helicopters", 3, "helicopters"), Q("26 Israelis", 26, "people"),
                    Q("More than 1,000 supporters", 1000, "supporters"), Q("some 100 militants", 100, "militants")]),

    # 10. line 265: unions attack a Foreign Affairs and Trade department report, endorsed by Downer, recommending
    #     that IT work be outsourced to India. Domestic politics; unions and the Government AUS.
    article(LEE_TEXTS + "265.txt", LEE_PUB, [
        E(["ACCUSE"], "is under fire from unions", ["AUS"], ["AUS"]),
        E(["SUPPORT"], "has given his support to the document", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "the Government seems to be encouraging local companies", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "I think that's quite alarming", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "it will not help Australia's rising unemployment", ["AUS"], ["AUS"], req=False),
    ], forbid=[F("recommends Australia outsource information technology", ["ACCUSE"]),
               F("India has a low cost skilled workforce"),
               F("offer attractive direct investment opportunities"),
               F("could become more competitive by outsourcing"),
               F("removing labour laws and bankruptcy laws", ["ACCUSE"]),
               F("may create jobs in India", ["ACCUSE"])],
        places=[P("India", "IND")]),

    # 11. line 162: the Agriculture Minister, back from lobbying in Washington with a farmers' delegation, says he
    #     won no changes to the US farm bill and criticises US farm subsidies. Diplomacy (the one trade dispute).
    article(LEE_TEXTS + "162.txt", LEE_PUB, [
        E(["REJECT"], "has not been able to win any changes to the farm bill", ["USA"], ["AUS"], req=False),
        E(["CONSULT"], "has led a delegation of Australian farmers", ["AUS"], ["USA"], req=False,
          location_country="USA"),
        E(["REQUEST"], "lobbying for some of the Government subsidies", ["AUS"], ["USA"]),
        E(["ACCUSE"], "concerned at the clear intent of the farm lobby", ["AUS"], ["USA"]),
        E(["ACCUSE"], "have now degenerated to a situation", ["AUS"], ["USA"], req=False),
    ], forbid=[F("has not achieved any changes", ["REJECT"]),
               F("Australian farmers will suffer")],
        places=[P("Washington", "USA", 38.90, -77.04), P("USA", "USA")]),

    # 12. line 86: Argentina's Economy Minister Cavallo reported to have resigned; police use teargas on tens of
    #     thousands protesting against the state of emergency in Buenos Aires. Protest and unrest; all sides ARG.
    article(LEE_TEXTS + "086.txt", LEE_PUB, [
        E(["RETREAT"], "is reported to have resigned", ["ARG"], attribution="media"),
        E(["PROTEST"], "in the face of mounting unrest", ["ARG"], ["ARG"], req=False),
        E(["ASSAULT", "COERCE"], "police used teargas to disperse", ["ARG"], ["ARG"], location_country="ARG"),
        E(["PROTEST"], "had massed near the presidential palace", ["ARG"], ["ARG"], location_country="ARG"),
        E(["COERCE"], "It was declared after mounting popular discontent", ["ARG"], ["ARG"], req=False,
          modality=H),
        E(["PROTEST"], "widespread looting in the past few days", ["ARG"], ["ARG"], req=False, modality=H),
    ], forbid=[F("could not be officially confirmed")],
        places=[P("Buenos Aires", "ARG", -34.60, -58.38)]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
