"""Writes articles.json (the gold is authored here, by hand, as data). Run from this folder: python3 build_gold.py;
then check it with python3 ../gold-wire/check_gold.py articles.json (Reuters and BBC records)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_authoring import D, E, F, P, Q  # noqa: E402

EC = ["EUR", "IGO"]
ARTS = []
R = "reuters21578.jsonl.gz#reuters-"
B = "bbc-news-2225.jsonl.gz#bbc-politics-"

# 1. Ottawa: Mulroney meets the provincial premiers on the free trade talks (Thu 1987-03-12)
ARTS.append({"file": R + "4156", "published": "1987-03-12",
 "events": [
  E(["CONSULT"], "discussions with the Canadian province premiers", ["CAN"], ["CAN"], attribution="official"),
  E(["AGREE", "CONSULT"], "further discussions would be held in June and September", ["CAN"], ["CAN"], req=False,
    modality="future"),
  E(["CONSULT"], "progress was being made in the sweeping", ["CAN"], ["USA"], req=False),
  E(["ACCUSE"], "complained of a lack of progress", ["CAN"], ["CAN"], req=False),
  E(["CONCEDE", "AGREE"], "is prepared to make concessions", ["CAN"], ["USA"], req=False, modality="hypothetical"),
  E(["AGREE"], "are close to reaching a trade deal", ["CAN", "USA"], ["USA", "CAN"], req=False, modality="future",
    attribution="media"),
  E(["AGREE", "CONSULT"], "expected to be presented to the premiers", ["CAN"], ["CAN"], req=False, modality="future"),
 ],
 "forbid": [F("tough to say what will transpire")],
 "places": [P("United States", "USA"), P("Canada", "CAN"), P("Alberta", "CAN"), P("Ontario", "CAN"),
            P("Newfoundland", "CAN")],
 "dates": [D("June", "1987-06"), D("September", "1987-09"), D("October", "1987-10"), D("last night", "1987-03-11")],
 "quantities": [Q("10 premiers", 10, "people")]})

# 2. Nicosia: Rafsanjani vows revenge for the US raid on Iranian oil platforms (Tue 1987-10-20)
ARTS.append({"file": R + "20333", "published": "1987-10-20",
 "events": [
  E(["THREATEN"], "an escalation and promised retaliation", ["IRN"], ["USA"], date="1987-10-20", attribution="official"),
  E(["ASSAULT"], "Warships shelled an Iranian offshore oil platform", ["USA"], ["IRN"], date="1987-10-19"),
  E(["ASSAULT"], "special forces boarded another", ["USA"], ["IRN"], req=False, date="1987-10-19"),
  E(["ACCUSE"], "its Gulf oil platforms an escalation", ["IRN"], ["USA"], req=False),
  E(["ASSAULT"], "Attacks on two of its Gulf", ["USA"], ["IRN"], req=False, date="1987-10-19"),
  E(["ASSAULT"], "Raids on the rigs, one of which was destroyed", ["USA"], ["IRN"], req=False, date="1987-10-19"),
  E(["ASSAULT"], "the attack was a measured response", ["USA"], ["IRN"], req=False, date="1987-10-19"),
  E(["THREATEN"], "we will carry out our duty in the coming days", ["IRN"], ["USA"], req=False),
  E(["THREATEN"], "quick to threaten vengeance", ["IRN"], ["USA"], req=False),
  E(["THREATEN"], "have all vowed retaliation", ["IRN"], ["USA"], req=False),
  E(["THREATEN"], "we will respond to aggression", ["IRN"], ["USA"], req=False),
  E(["ACCUSE"], "squares neither with its superpower image", ["IRN"], ["USA"], req=False),
  E(["ASSAULT"], "Iranian missile attack on the American-flagged Kuwaiti tanker", ["IRN"], ["KWT", "USA"], req=False,
    modality="historical", date="1987-10-16", location_country="KWT"),
 ],
 "forbid": [],
 "places": [P("Gulf", None), P("Tehran", "IRN")],
 "dates": [D("Tuesday", "1987-10-20"), D("last Friday", "1987-10-16")],
 "quantities": []})

# 3. Sydney: Howard sacks Peacock from the shadow cabinet (Mon 1987-03-23)
ARTS.append({"file": R + "8133", "published": "1987-03-23",
 "events": [
  E(["SANCTION", "COERCE"], "sacked from the shadow cabinet Andrew Peacock", ["AUS"], ["AUS"]),
  E(["ACCUSE"], "have prostituted the political and economic debate", ["AUS"], ["AUS"], date="1987-03-22"),
  E(["THREATEN"], "might call an early election", ["AUS"], ["AUS"], req=False, modality="hypothetical"),
  E(["SANCTION", "COERCE"], "relegated Peacock to the back benches", ["AUS"], ["AUS"], req=False),
  E(["ACCUSE"], "Peacock was critical of Howard's leadership", ["AUS"], ["AUS"], req=False, modality="historical"),
  E(["ACCUSE"], "implied disloyalty to him", ["AUS"], ["AUS"], req=False),
  E(["CONCEDE", "AGREE"], "he accepted Howard's right to", ["AUS"], ["AUS"], req=False),
  E(["REJECT"], "refused to answer questions about any leadership challenge", ["AUS"], req=False),
  E(["ACCUSE", "PROTEST"], "campaigned against Howard's leadership", ["AUS"], ["AUS"], req=False),
  E(["REQUEST"], "urged his party to split from the coalition", ["AUS"], ["AUS"], req=False),
 ],
 "forbid": [F("could lead to the collapse of the opposition coalition"),
            F("could encourage his supporters to mount a challenge")],
 "places": [P("Australia", "AUS"), P("Melbourne", "AUS"), P("Queensland", "AUS")],
 "dates": [D("yesterday", "1987-03-22"), D("September 1985", "1985-09")],
 "quantities": []})

# 4. Washington: EC warns Congress it will retaliate against a textile bill (Thu 1987-04-09)
ARTS.append({"file": R + "16018", "published": "1987-04-09",
 "events": [
  E(["THREATEN"], "the community would retaliate against", EC, ["USA"], attribution="official"),
  E(["THREATEN"], "issued the warning in a letter", EC, ["USA"], req=False),
  E(["THREATEN"], "that the EC will retaliate against the United States", EC, ["USA"], req=False),
  E(["REJECT", "ACCUSE"], "Administration officials have also opposed the textile legislation", ["USA"], ["USA"],
    req=False),
  E(["THREATEN"], "would likely prompt a presidential veto", ["USA"], ["USA"], req=False, modality="hypothetical"),
  E(["ACCUSE"], "was concerned about provisions in the Senate", EC, ["USA"], req=False),
  E(["REJECT", "ACCUSE"], "Yeutter has also opposed those provisions", ["USA"], ["USA"], req=False),
  E(["ACCUSE"], "lead to dangerous consequences", EC, ["USA"], req=False),
 ],
 "forbid": [F("would be a substantial reduction of", ["THREATEN"]), F("would impose new tough global quotas"),
            F("would force the Administration to consult often")],
 "places": [P("United States", "USA"), P("Texas", "USA"), P("Europe", None)],
 "dates": [],
 "quantities": []})

# 5. Washington: US and Japanese officials to open talks on semiconductor tariffs (Fri 1987-04-03; the dateline
#    says April 5, so relative days are left unresolved)
ARTS.append({"file": R + "13039", "published": "1987-04-03",
 "events": [
  E(["AGREE", "CONSULT"], "officials meet tomorrow to try to settle a dispute", ["USA", "JPN"], modality="future"),
  E(["SANCTION"], "started to levy a bond on the Japanese goods", ["USA"], ["JPN"]),
  E(["SANCTION"], "penalty tariffs President Reagan has ordered", ["USA"], ["JPN"], req=False, modality="historical",
    date="1987-03-27"),
  E(["SANCTION"], "when ordering the tariffs", ["USA"], ["JPN"], req=False, modality="historical", date="1987-03-27"),
  E(["ACCUSE", "REQUEST"], "would soon end their unfair practices", ["USA"], ["JPN"], req=False,
    modality="historical", date="1987-03-27"),
  E(["AGREE", "CONSULT"], "Technical meetings are to be held", ["USA", "JPN"], req=False, modality="future"),
  E(["AGREE", "CONSULT"], "Meeting with them will", ["USA", "JPN"], req=False, modality="future"),
  E(["AGREE", "CONSULT"], "will be headed by Deputy", ["USA", "JPN"], req=False, modality="future"),
 ],
 "forbid": [F("held out little hope that any accord")],
 "places": [],
 "dates": [D("March 27", "1987-03-27"), D("April 17", "1987-04-17"), D("March 31", "1987-03-31"),
           D("April 13", "1987-04-13")],
 "quantities": [Q("300 mln dlr", 300000000, "USD"), Q("100 per cent", 100, "percent")]})

# 6. Athens: Greece and Turkey on alert over an Aegean research voyage (Fri 1987-03-27)
ARTS.append({"file": R + "10395", "published": "1987-03-27",
 "events": [
  E(["THREATEN"], "were ready to tackle any aggressors", ["GRC"], ["TUR"], date="1987-03-27", attribution="official"),
  E(["MOBILIZE"], "navy and army are in a state of alert", ["TUR"], attribution="official"),
  E(["REQUEST"], "urged Turkey to accept reference of the dispute", ["GRC"], ["TUR"], date="1987-03-26"),
  E(["REJECT"], "this was unacceptable because of preconditions", ["TUR"], ["GRC"], date="1987-03-27"),
  E(["MOBILIZE"], "the sailing of a Turkish research vessel", ["TUR"], ["GRC"], req=False),
  E(["THREATEN"], "give a very hard lesson", ["GRC"], ["TUR"], req=False),
  E(["ACCUSE"], "could be aimed at partitioning the Aegean", ["GRC"], ["TUR"], req=False),
  E(["MOBILIZE"], "would sail into disputed waters", ["TUR"], ["GRC"], req=False, modality="future", date="1987-03-28"),
  E(["MOBILIZE"], "all leave had been cancelled", ["TUR"], req=False),
  E(["COERCE"], "it was taking control of a Canadian-led consortium", ["GRC"], ["CAN"], req=False,
    modality="historical", date="1987-02"),
  E(["ACCUSE"], "in violation of international agreements", ["TUR"], ["GRC"], req=False),
  E(["THREATEN"], "is a cause for war", ["TUR"], ["GRC"], req=False, modality="hypothetical"),
  E(["THREATEN"], "it would defend its national rights", ["GRC"], ["TUR"], req=False, date="1987-03-26"),
  E(["THREATEN"], "we will hinder it", ["GRC"], ["TUR"], req=False),
  E(["MOBILIZE"], "navy ships had gone to the Aegean", ["GRC"], req=False, attribution="media"),
  E(["REJECT", "THREATEN"], "the Greek government would not accept it", ["GRC"], ["USA", "IGO"], req=False),
  E(["REJECT"], "he will not negotiate with Ankara", ["GRC"], ["TUR"], req=False, modality="historical"),
  E(["THREATEN"], "discuss the future of American military bases", ["GRC"], ["USA"], req=False,
    modality="hypothetical"),
  E(["THREATEN"], "perhaps even before the war", ["GRC"], ["USA"], req=False, modality="hypothetical"),
 ],
 "forbid": [F("We are not in a state of war"), F("showed 95 pct of the areas")],
 "places": [P("Aegean", None), P("Athens", "GRC"), P("Cyprus", "CYP"), P("Thassos", "GRC"), P("The Hague", "NLD"),
            P("Ankara", "TUR")],
 "dates": [D("tomorrow morning", "1987-03-28"), D("yesterday", "1987-03-26"), D("last month", "1987-02")],
 "quantities": [Q("95 pct", 95, "percent")]})

# 7. BBC: Blunkett apologises to MPs over the premature murder-law review announcement
ARTS.append({"file": B + "031", "published": "2005-02-15",
 "events": [
  E(["CONCEDE"], "has apologised to MPs", ["GBR"], ["GBR"]),
  E(["SUPPORT"], "welcomed his", ["GBR"], ["GBR"], req=False),
  E(["ACCUSE"], "should have volunteered a formal statement", ["GBR"], ["GBR"], req=False),
  E(["CONCEDE"], "had taken steps to ensure the incident was not repeated", ["GBR"], ["GBR"], req=False),
  E(["REJECT"], "mandatory life sentences would not be abolished", ["GBR"], ["GBR"], req=False),
  E(["REJECT"], "we have no intention of abolishing", ["GBR"], ["GBR"], req=False),
  E(["ACCUSE"], "branded the current murder law", ["GBR"], ["GBR"], req=False, modality="historical"),
  E(["REQUEST"], "also recommended tightening the law", ["GBR"], ["GBR"], req=False),
  E(["REQUEST"], "suggested different kinds of murders", ["GBR"], ["GBR"], req=False),
  E(["REQUEST"], "had been asked to consider reforms", ["GBR"], ["GBR"], req=False, modality="historical"),
 ],
 "forbid": [F("Results of a consultation exercise showed")],
 "places": [P("England", "GBR"), P("Wales", "GBR")],
 "dates": [],
 "quantities": [Q("64 respondents", 64, "people"), Q("146", 146, "people"), Q("21 judges", 21, "people")]})

# 8. BBC: Livingstone again refuses to retract a Nazi jibe at a Jewish reporter
ARTS.append({"file": B + "154", "published": "2005-02-15",
 "events": [
  E(["REJECT"], "has again refused to retract a Nazi insult", ["GBR"], ["GBR"]),
  E(["REQUEST"], "asking him to apologise and withdraw his comments", ["GBR"], ["GBR"]),
  E(["ACCUSE", "REQUEST"], "An official complaint has been made", ["GBR"], ["GBR"]),
  E(["ACCUSE"], "had accused an Evening Standard journalist", ["GBR"], ["GBR"], req=False, modality="historical"),
  E(["REJECT"], "refused to apologise", ["GBR"], ["GBR"], req=False),
  E(["REJECT"], "I don't intend to now", ["GBR"], ["GBR"], req=False),
  E(["AGREE", "CONSULT"], "would be making a full written response", ["GBR"], ["GBR"], req=False, modality="future"),
  E(["ACCUSE"], "examples of intrusion by journalists", ["GBR"], ["GBR"], req=False),
  E(["CONSULT"], "who arrived in London on Tuesday", ["IGO", "NGO"], ["GBR"], req=False),
  E(["ACCUSE"], "if he is a", ["GBR"], ["GBR"], req=False, modality="historical"),
  E(["ACCUSE"], "actually you are just like a concentration camp guard", ["GBR"], ["GBR"], req=False,
    modality="historical"),
 ],
 "forbid": [F("has the power to suspended or bar him", ["THREATEN"])],
 "places": [P("London", "GBR")],
 "dates": [],
 "quantities": [Q("25 members", 25, "people")]})

REUTER_LINE = {"20333", "8133", "10395"}
for a in ARTS:
    a["boilerplate"] = ["REUTER"] if a["file"].split("-")[-1] in REUTER_LINE and "reuters" in a["file"] else []


ABOUT = open("about.txt").read().strip()
json.dump({"about": ABOUT, "articles": ARTS}, open("articles.json", "w"), indent=1, ensure_ascii=False)
print(len(ARTS), "articles,", sum(len(a["events"]) for a in ARTS), "events")
