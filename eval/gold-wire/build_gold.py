"""Writes articles.json (the gold is authored here, by hand, as data)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_authoring import D, E, F, P, Q  # noqa: E402

UN = ["UNO", "IGO"]
EC = ["EUR", "IGO"]
FRONT = ["ZMB", "MOZ", "BWA", "ZWE"]
ARTS = []

# 1. US at the UN claims self-defence for the attack on an Iranian oil platform (Mon 1987-10-19)
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-20881", "published": "1987-10-19",
 "events": [
  E(["ASSAULT"], "destroying an Iranian oil platform", ["USA"], ["IRN"], attribution="official"),
  E(["CONSULT"], "sent letters about the incident", ["USA"], UN, attribution="official"),
  E(["REQUEST"], "his appeal last Friday for restraint", UN, req=False, modality="historical", date="1987-10-16"),
  E(["CONSULT"], "efforts to obtain a ceasefire between Iran and Iraq", UN, ["IRN", "IRQ"], req=False),
  E(["ASSAULT"], "took defensive action in response", ["USA"], ["IRN"], req=False),
  E(["ASSAULT"], "Iranian attack against American ships", ["IRN"], ["USA"], req=False),
  E(["ASSAULT"], "Iranian Silkworm missile strike last Friday", ["IRN"], ["USA"], date="1987-10-16", location_country="KWT"),
  E(["ASSAULT", "ACCUSE"], "engaged in a variety of actions", ["IRN", "USA"], ["USA", "IRN"], req=False),
  E(["ASSAULT"], "exercised the inherent right of self-defense", ["USA"], ["IRN"], req=False),
  E(["CONSULT"], "met behind closed doors", UN, date="1987-10-19"),
 ],
 "forbid": [],
 "places": [P("Kuwait", "KWT"), P("Iran", "IRN"), P("Iraq", "IRQ"), P("Gulf", None)],
 "dates": [D("last Friday", "1987-10-16"), D("Monday", "1987-10-19")],
 "quantities": []})

# 2. Japanese LDP candidates shun Nakasone before local elections (Thu 1987-04-09)
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-15795", "published": "1987-04-09",
 "events": [
  E(["REJECT"], "have shunned his support", ["JPN"], ["JPN"]),
  E(["PROTEST", "REJECT"], "joined the public outcry", ["JPN"], ["JPN"], req=False),
  E(["REQUEST", "REJECT", "PROTEST"], "campaigning to scrap the sales tax proposal", ["JPN"], ["JPN"], req=False),
  E(["REJECT"], "are challenging the incumbent governor", ["JPN"], ["JPN"], req=False),
  E(["SUPPORT"], "supported by the opposition socialist", ["JPN"], ["JPN"], req=False),
 ],
 "forbid": [F("will do more harm than good", ["REJECT", "ACCUSE"]), F("might have to step down"),
            F("should have about 1,350,000 votes"), F("will serve out his term"),
            F("the opposition is likely to win"), F("can afford to get fairly tough"),
            F("popularity has dropped sharply"), F("Over 2,500 local seats will be filled"),
            F("would have less to spend")],
 "places": [P("Tokyo", "JPN", 35.69, 139.69), P("Fukuoka", "JPN", 33.59, 130.40), P("Hokkaido", "JPN"),
            P("Venice", "ITA", 45.44, 12.33), P("Japan", "JPN")],
 "dates": [D("last July", "1986-07"), D("Sunday", "1987-04-12"), D("April 26", "1987-04-26"),
           D("June 8", "1987-06-08"), D("end of October", "1987-10")],
 "quantities": [Q("five pct", 5, "percent"), Q("2,500", 2500, "seats"), Q("1,350,000", 1350000, "votes"),
                Q("700,000", 700000, "votes")]})

# 3. British minister says he warned Tokyo of sanctions (Sat 1987-04-11)
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-16095", "published": "1987-04-11",
 "events": [
  E(["THREATEN"], "a clear warning of sanctions", ["GBR"], ["JPN"], attribution="official"),
  E(["CONSULT"], "return from a visit to Japan", ["GBR"], ["JPN"], req=False, location_country="JPN"),
  E(["REJECT"], "denied opposition charges", ["GBR"], ["GBR"]),
  E(["ACCUSE"], "his trip had been a failure", ["GBR"], ["GBR"], req=False),
  E(["THREATEN", "CONSULT"], "sent to deliver a clear message", ["GBR"], ["JPN"], req=False),
  E(["THREATEN"], "if our timetable isn't met", ["GBR"], ["JPN"], req=False),
  E(["CONSULT", "REQUEST"], "widely regarded as a test case", ["GBR"], ["JPN"], req=False),
  E(["CONSULT"], "due to take part in talks in Japan", ["GBR"], ["JPN"], req=False, modality="future",
    date="1987-04-14", location_country="JPN"),
  E(["REJECT", "AGREE", "COOPERATE"], "could not go it alone on sanctions", ["GBR"], req=False),
  E(["CONSULT"], "after a meeting of trade officials", EC, req=False, date="1987-04-10"),
  E(["THREATEN", "SANCTION"], "might impose steep new tariffs", EC, ["JPN"], req=False, modality="hypothetical"),
  E(["THREATEN"], "as it has threatened", ["USA"], ["JPN"], req=False),
 ],
 "forbid": [F("had considerable flexibility", ["THREATEN"]), F("We can ban firms", ["THREATEN"]),
            F("It is not simply a question of withdrawing"),
            F("it would be unfortunate if Britain and Japan"), F("there were signs of movement"),
            F("beginning to appreciate that if this")],
 "places": [P("Japan", "JPN"), P("Britain", "GBR"), P("Tokyo", "JPN", 35.69, 139.69)],
 "dates": [D("next Tuesday", "1987-04-14"), D("yesterday", "1987-04-10"), D("Earlier this week", "1987-04")],
 "quantities": []})

# 4. Labour says Thatcher approved missiles for the Contras (Wed 1987-03-25)
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-9247", "published": "1987-03-25",
 "events": [
  E(["ACCUSE"], "there was strong evidence", ["GBR"], ["GBR"], attribution="official"),
  E(["AID"], "to Nicaraguan Contra rebels", ["GBR"], ["NIC", "IMG"], req=False),
  E(["CONSULT"], "during talks last year", ["GBR", "USA"], ["USA", "GBR"], req=False, modality="historical", date="1986"),
  E(["ACCUSE"], "George Foulkes told", ["GBR"], ["USA", "GBR"], req=False),
  E(["REQUEST"], "had tried to obtain 20 Blowpipe missiles", ["USA"], ["GBR"], req=False, modality="historical"),
  E(["REJECT"], "dismissed the claims", ["GBR"], ["GBR"], attribution="official"),
  E(["REQUEST"], "seeking the help of", ["USA"], ["GBR"], req=False, modality="historical"),
  E(["CONSULT", "ACCUSE"], "was discussed during two meetings", ["USA", "GBR"], ["GBR", "USA"], req=False, modality="historical", date="1986"),
  E(["REQUEST", "ACCUSE"], "We need to know what happened", ["GBR"], ["GBR"], req=False),
 ],
 "forbid": [F("Short Brothers is owned by the British Government")],
 "places": [P("Belfast", "GBR", 54.60, -5.93), P("Britain", "GBR"), P("Iran", "IRN")],
 "dates": [D("last year", "1986"), D("in 1986", "1986")],
 "quantities": [Q("20", 20, "missiles"), Q("10 launchers", 10, "launchers")]})

# 5. Violence in Ecuador general strike (published Thu 1987-03-26 01:33; strike day not stated)
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-9713", "published": "1987-03-26",
 "events": [
  E(["PROTEST"], "one-day general strike", ["ECU"], ["ECU"], location_country="ECU"),
  E(["COERCE"], "many arrested in clashes", ["ECU"], ["ECU"], location_country="ECU"),
  E(["ASSAULT", "PROTEST", "COERCE"], "At least 14 people were injured", req=False),
  E(["PROTEST", "ASSAULT"], "demonstrators threw rocks", ["ECU"], ["ECU"], location_country="ECU", attribution="official"),
  E(["COERCE"], "were detained for stoning police", ["ECU"], ["ECU"], req=False, attribution="official"),
  E(["ASSAULT", "PROTEST"], "attacking troops", ["ECU"], ["ECU"], req=False),
  E(["PROTEST"], "they shut down all of", ["ECU"], req=False),
  E(["COERCE", "REJECT", "SANCTION"], "declared illegal by the government", ["ECU"], ["ECU"], req=False),
  E(["REQUEST", "PROTEST"], "pressing the administration to scrap", ["ECU"], ["ECU"], req=False),
 ],
 "forbid": [F("The casualty and damage toll is expected to rise"),
            F("following an earthquake", ["REQUEST", "PROTEST", "REJECT", "COERCE", "SANCTION"])],
 "places": [P("Quito", "ECU", -0.22, -78.51), P("Ecuador", "ECU")],
 "dates": [D("March 5", "1987-03-05"), D("March 13", "1987-03-13")],
 "quantities": [Q("At least 14", 14, "people"), Q("Over 80", 80, "people"), Q("eight cities", 8, "cities"),
                Q("up to 1,000", 1000, "people"), Q("billion dlrs", 1000000000, "USD")]})

# 6. Reuter world news highlights, 1800 GMT (Tue 1987-04-07), eleven items
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-14419", "published": "1987-04-07",
 "events": [
  E(["MOBILIZE", "COERCE"], "Syrian troops marched into the battered Shatila", ["SYR"], location_country="LBN"),
  E(["ASSAULT"], "to quell five months of fighting", ["LBN", "PSE", "IMG"], req=False, modality="historical"),
  E(["MOBILIZE"], "would deploy at points around the camp", ["SYR"], req=False, modality="future", location_country="LBN"),
  E(["COERCE", "ASSAULT"], "besieged by", ["LBN", "IMG"], ["PSE"], req=False, location_country="LBN"),
  E(["SANCTION", "REJECT", "RETREAT"], "would occupy new embassies", ["USA"], ["SUN", "RUS"], req=False, modality="future"),
  E(["ACCUSE"], "would examine serious security breaches", ["USA"], req=False, modality="future"),
  E(["ASSAULT"], "launching a new offensive", ["IRN"], ["IRQ"], location_country="IRQ"),
  E(["ASSAULT"], "had killed over 2,400 Iraqis", ["IRN"], ["IRQ"], req=False),
  E(["ASSAULT"], "had repulsed the attack", ["IRQ"], ["IRN"]),
  E(["SUPPORT", "AGREE"], "Bonn backed a superpower pact", ["DEU"], ["USA"]),
  E(["ACCUSE", "REJECT"], "was concerned about any parallel ban", ["DEU"], ["USA"], req=False),
  E(["CONSULT"], "after talks with King Hussein", ["BEL"], ["JOR"]),
  E(["AGREE", "SUPPORT"], "showing flexibility towards the idea", ["SYR"], req=False),
  E(["REQUEST"], "Kuwait has asked at least four countries", ["KWT"], ["USA", "SUN", "RUS"], attribution="official"),
  E(["REQUEST"], "Britain and China were also asked", ["KWT"], ["GBR", "CHN"], req=False),
  E(["ASSAULT"], "Sikh extremists killed five people", ["IND", "IMG"], ["IND"], location_country="IND"),
  E(["REQUEST"], "urged her to go to the country", ["GBR"], ["GBR"]),
  E(["THREATEN", "REQUEST"], "to withdraw their 16 ministers", ["ITA"], ["ITA"]),
  E(["CONSULT"], "began a swing through", ["VAT"], ["ARG"], req=False, location_country="ARG"),
  E(["SANCTION", "COERCE"], "jailed former deputy prime minister", ["TUR"], ["TUR"], location_country="TUR"),
  E(["SANCTION", "COERCE"], "sentenced five supporters to death", ["TUR"], ["TUR"], req=False),
 ],
 "forbid": [F("was winched upright in a mammoth salvage operation")],
 "places": [P("Shatila", "LBN", 33.86, 35.50), P("Beirut", "LBN", 33.89, 35.50), P("Moscow", "RUS", 55.76, 37.62),
            P("Basra", "IRQ", 30.51, 47.78), P("Belgium", "BEL"), P("Jordan", "JOR"), P("Punjab", "IND"),
            P("Argentina", "ARG"), P("India", "IND"), P("Gulf", None)],
 "dates": [D("tomorrow", "1987-04-08")],
 "quantities": [Q("over 2,400", 2400, "people"), Q("up to 140", 140, "people"), Q("five people", 5, "people"),
                Q("16 ministers", 16, "people"), Q("11 years", 11, "years"), Q("at least four", 4, "countries")]})

# 7. Iraq reports attacks on supertanker and oil targets (Mon 1987-03-23)
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-8440", "published": "1987-03-23",
 "events": [
  E(["ASSAULT"], "had attacked a supertanker and four Iranian oil sites", ["IRQ"], ["IRN"], date="1987-03-23", attribution="official"),
  E(["THREATEN"], "vowed to keep up such raids", ["IRQ"], ["IRN"], modality="future"),
  E(["ASSAULT"], "The surprise escalation of attacks", ["IRQ"], ["IRN"], req=False),
  E(["ASSAULT"], "hit the western jetty", ["IRQ"], ["IRN"], req=False, location_country="IRN", date="1987-03-23"),
  E(["ASSAULT"], "was last raided in January", ["IRQ"], ["IRN"], req=False, modality="historical", date="1987-01"),
  E(["ASSAULT"], "tanker Avaj was hit on Saturday", ["IRQ"], ["IRN"], req=False, date="1987-03-21", attribution="organization"),
  E(["ASSAULT"], "tanker Khark-5 was hit", ["IRQ"], ["IRN"], req=False, modality="historical", date="1987-03-08"),
  E(["ASSAULT"], "also struck Iran's offshore oilfields", ["IRQ"], ["IRN"], req=False, location_country="IRN"),
  E(["ASSAULT"], "have been raided several times", ["IRQ"], ["IRN"], req=False, modality="historical"),
  E(["ASSAULT"], "flew 94 sorties", ["IRQ"], ["IRN"], date="1987-03-23"),
  E(["ASSAULT"], "a clash between Iraqi naval units", ["IRQ", "IRN"], ["IRN", "IRQ"]),
  E(["ASSAULT"], "destroyed and sunk with their", ["IRQ"], ["IRN"], req=False),
 ],
 "forbid": [F("no independent confirmation"), F("not crucially important")],
 "places": [P("Kharg", "IRN", 29.24, 50.31), P("London", "GBR"), P("Baghdad", "IRQ", 33.31, 44.37), P("Gulf", None)],
 "dates": [D("today", "1987-03-23"), D("yesterday", "1987-03-22"), D("Saturday", "1987-03-21"),
           D("August 1985", "1985-08"), D("March eight", "1987-03-08")],
 "quantities": [Q("162,046", 162046, "tons"), Q("94 sorties", 94, "sorties"), Q("80 km", 80, "km"),
                Q("four Iranian oil sites", 4, "sites")]})

# 8. Black policeman killed, 70 hurt in Soweto attack (Tue 1987-04-21)
ARTS.append({"file": "reuters21578.jsonl.gz#reuters-16958", "published": "1987-04-21",
 "events": [
  E(["ASSAULT"], "a bomb was lobbed onto a parade ground", None, ["ZAF"], location_country="ZAF", date="1987-04-21", attribution="official"),
  E(["ASSAULT"], "thrown from a passing vehicle", None, ["ZAF"], req=False, location_country="ZAF"),
  E(["ACCUSE"], "The government has blamed", ["ZAF"], ["ZAF", "IMG"], attribution="official"),
  E(["ASSAULT"], "a spate of limpet mine blasts", ["ZAF", "IMG"], ["ZAF"], req=False, modality="historical"),
  E(["ASSAULT"], "low-level guerrilla war", ["ZAF", "IMG"], ["ZAF"], req=False, modality="historical"),
  E(["ASSAULT"], "after their homes were attacked", None, ["ZAF"], req=False, modality="historical"),
  E(["COERCE"], "a national state of emergency was declared", ["ZAF"], ["ZAF"], req=False, modality="historical", date="1986-06"),
  E(["MOBILIZE", "COERCE"], "police and troops deployed at railway stations", ["ZAF"], location_country="ZAF"),
  E(["PROTEST"], "a bitter strike by black transport workers", ["ZAF"], ["ZAF"], req=False),
  E(["ACCUSE"], "has alleged that the ANC", ["ZAF"], ["ZAF", "IMG"], attribution="official"),
  E(["ACCUSE"], "accusing the government of being soft", ["ZAF"], ["ZAF"], req=False),
  E(["THREATEN", "REQUEST"], "Botha warned neighbouring black-ruled states", ["ZAF"], FRONT, attribution="official"),
  E(["THREATEN"], "would not hesitate to take action", ["ZAF"], FRONT, req=False),
  E(["REJECT"], "denied Botha's charges", FRONT, ["ZAF"]),
  E(["ACCUSE"], "a pretext for South African attacks", FRONT, ["ZAF"], req=False),
  E(["ASSAULT"], "Pretoria has raided alleged ANC bases", ["ZAF"], FRONT + ["IMG"], req=False, modality="historical"),
 ],
 "forbid": [F("Ten officers were seriously wounded"), F("no arrests had been made"),
            F("has claimed some 2,400 lives", ["ASSAULT"])],
 "places": [P("Soweto", "ZAF", -26.27, 27.86), P("South Africa", "ZAF"), P("Zambia", "ZMB"), P("Mozambique", "MOZ"),
            P("Botswana", "BWA"), P("Zimbabwe", "ZWE"), P("Pretoria", "ZAF", -25.75, 28.19)],
 "dates": [D("this morning", "1987-04-21"), D("last June", "1986-06"), D("next month", "1987-05")],
 "quantities": [Q("70", 70, "people"), Q("Ten officers", 10, "people"), Q("60", 60, "people"),
                Q("some 2,400", 2400, "people")]})

BOILER = {"reuters-9713", "reuters-15795", "reuters-16095", "reuters-14419"}
for a in ARTS:
    a["boilerplate"] = ["REUTER"] if a["file"].split("#")[1] in BOILER else []
ABOUT = open("about.txt").read().strip()
json.dump({"about": ABOUT, "articles": ARTS}, open("articles.json", "w"), indent=1, ensure_ascii=False)
print(len(ARTS), "articles,", sum(len(a["events"]) for a in ARTS), "events")
