"""Writes articles.json for the eighteenth article gold (twelve more ABC stories of the Lee background corpus, late
2001, written blind; the walk of eval/gold-sixteenth and eval/gold-seventeenth continued from position 45). The
annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions of
eval/gold-sixteenth/build_gold.py and eval/gold-seventeenth/build_gold.py.
The texts are not committed: run python3 fetch_texts.py first (it writes texts/lee_bg_NNN.txt).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import (FUT, H, IGO, IMG, LEE_PUB, LEE_TEXTS, MNC, NGO, D, E, F, P, Q, article,  # noqa: E402
                            write_gold)

# The Lee stories carry no date (LEE_PUB stands for it; they fall in 2001-11..2002-01, see gold_authoring). Weekdays,
# "today", "yesterday", "last night", "tomorrow", "this afternoon" and "last year" depend on the unknown day, so they
# are left out of `dates` and of event dates; dates whose value is the same for any day of that window are kept
# ("September 11"; "September", "March" and "August" of past acts, which can only be those of 2001; "January 2" and
# "next March", still to come, which can only be 2002's).
PAL = ["PSE"]                 # Palestinians, the Palestinian Authority, Arafat, Palestinian police
MILITANTS = ["PSE", IMG]      # Islamic Jihad, Hamas, the Democratic Front, "a Palestinian suicide bomber"
UN = [IGO, "UNO"]             # the United Nations and its refugee agency
EU = [IGO, "EUR"]             # the European Union (the earlier golds' EC convention)
COMMONWEALTH = [IGO]          # the Commonwealth and its Ministerial Action Group (CMAG)
AUS_GROUP = ["AUS", NGO]      # an Australian church body or campaign group
FIRM = ["AUS", MNC]           # an Australian firm takes its home country (MNC accepted, as the earlier golds)
MOUSSAOUI = ["FRA", "MAR", IMG]  # "a French Moroccan man", charged as an Al Qaeda conspirator
CMAG_STATES = ["AUS", "BGD", "BRB", "BWA", "GBR", "CAN", "MYS", "NGA"]


ARTICLES = [
    # 1. line 5: the Government suspends Afghan asylum seekers' applications; detainees are airlifted from Christmas
    #    Island to Nauru. Asylum policy. Suspending the claims process is COERCE (CAMEO 172 "impose administrative
    #    sanctions" is PLOVER COERCE restrict; SANCTION and REJECT accepted); moving detainees to another country
    #    COERCE (deport; the detainees' nationality is not given, so no recipient there).
    article(LEE_TEXTS + "005.txt", LEE_PUB, [
        E(["COERCE", "SANCTION", "REJECT"], "The Government has suspended their applications", ["AUS"], ["AFG"]),
        E(["COERCE", "SANCTION", "REJECT"], "the claims process has been put on hold", ["AUS"], ["AFG"], req=False),
        E(["COERCE"], "there has been a mass airlift of detainees", ["AUS"]),
        E(["COERCE"], "more than 300 people have been flown from the island", ["AUS"], req=False),
        E(["COERCE"], "The second airlift today delivered 180 asylum seekers to Nauru", ["AUS"], req=False,
          location_country="NRU"),
    ], forbid=[F("it should be safe for Afghani asylum seekers"),
               F("has refused to say for how long", ["COERCE", "SANCTION", "REJECT"]),
               F("have claimed that they are fleeing the Taliban"),
               F("the Taliban is finished"),
               F("there are now 211 detainees remaining"),
               F("a decision regarding their future is yet to be made")],
        places=[P("Kabul", "AFG", 34.53, 69.17), P("Afghanistan", "AFG"), P("Britain", "GBR"), P("Nauru", "NRU")],
        quantities=[Q("more than 300 people", 300, "people"), Q("180 asylum seekers", 180, "asylum seekers"),
                    Q("211 detainees", 211, "detainees")]),

    # 2. line 64: a church leader says the Governor-General must clarify his statement on his handling of abuse
    #    claims; Howard defends him; child protection groups want him to resign; the Opposition leader calls the
    #    explanation insufficient. Domestic politics; every side AUS (church body and groups NGO accepted).
    article(LEE_TEXTS + "064.txt", LEE_PUB, [
        E(["REQUEST"], "says the Governor-General must clarify his statement", AUS_GROUP, ["AUS"]),
        E(["REJECT"], "his statement defending his handling", ["AUS"], req=False, modality=H),
        E(["SUPPORT"], "Prime Minister John Howard is defending Dr Peter Hollingworth", ["AUS"], ["AUS"]),
        E(["ACCUSE"], "against criticism about the way he dealt with the claims", None, ["AUS"], req=False),
        E(["REQUEST"], "Child protection groups still want the Governor-General to resign", AUS_GROUP, ["AUS"]),
        E(["REQUEST"], "says further explanation is needed", AUS_GROUP, ["AUS"], req=False),
        E(["SUPPORT", "REJECT"], "I don't think he should step down at this point", AUS_GROUP, ["AUS"], req=False),
        E(["REQUEST"], "there is probably further work on just clarifying", AUS_GROUP, ["AUS"], req=False),
        E(["ACCUSE"], "has described Dr Hollingworth's explanation as insufficient", ["AUS"], ["AUS"]),
        E(["REQUEST"], "this must be cleared up", ["AUS"], ["AUS"]),
        E(["ACCUSE"], "there are inconsistancies regarding where", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE", "REQUEST"], "that begs the question as to who he got the legal advice from", ["AUS"], ["AUS"],
          req=False),
        E(["REQUEST"], "it's terribly important that we understand", ["AUS"], ["AUS"], req=False),
    ], forbid=[F("alleged child sexual abuse at a Queensland Anglican school", ["REQUEST", "REJECT"]),
               F("the claims of abuse at a Toowoomba Anglican school", ["SUPPORT", "ACCUSE"])],
        places=[P("Queensland", "AUS"), P("Toowoomba", "AUS", -27.56, 151.95), P("Brisbane", "AUS", -27.47, 153.03)]),

    # 3. line 82: a nudist photo shoot (no event); Hill on two Australians believed to have trained with Al Qaeda,
    #    under investigation; Afghanistan's interim government agrees to accept a multinational force after talks
    #    with British officers, the UN to vote. Agreeing to accept peacekeepers is AGREE (a commitment; CONCEDE
    #    accepted: the manual codes an announced future retreat, such as allowing peacekeepers in, CONCEDE).
    article(LEE_TEXTS + "082.txt", LEE_PUB, [
        E(["ACCUSE"], "two Australian men believed to have trained with the Al Qaeda", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "Authorities are continuing investigations into the men", ["AUS"], ["AUS"]),
        E(["ACCUSE"], "who is also accused of fighting alongside the Taliban", None, ["AUS"], req=False),
        E(["AGREE", "CONCEDE"], "interim government has agreed to accept a 3,000-strong multinational force",
          ["AFG"], UN + ["GBR"]),
        E(["AGREE", "SUPPORT"], "geared up for vote authorising the force", UN, ["AFG"], req=False, modality=FUT),
        E(["REJECT", "ACCUSE", "CONSULT"], "Disagreements between US allies over defining the mandate", req=False),
        E(["CONSULT"], "after talks with British military representatives", ["AFG", "GBR"], ["AFG", "GBR"],
          location_country="AFG"),
        E(["AGREE"], "announced the agreement on the security force", ["AFG"], ["GBR"] + UN, req=False),
        E(["AGREE", "CONCEDE", "REJECT"], "the peacekeepers would only be allowed to stay for six months", ["AFG"],
          req=False, modality=FUT),
    ], forbid=[F("his planned mass nude photo shoot"),
               F("has previously served with the Australian Army"),
               F("retired from the defence force"),
               F("left Australia in March"),
               F("a resolution would be adopted by the 15-member Security Council"),
               F("is to appoint a new transitional government"),
               F("The UN draft resolution defines the role")],
        places=[P("South Australia", "AUS"), P("Perth", "AUS", -31.95, 115.86), P("Afghanistan", "AFG"),
                P("Kabul", "AFG", 34.53, 69.17)],
        dates=[D("January 2", "2002-01-02"), D("August", "2001-08"), D("March", "2001-03")],
        quantities=[Q("two Australian men", 2, "men"), Q("3,000", 3000, "troops")]),

    # 4. line 94: Downer says the Commonwealth's action group should put Zimbabwe on its agenda and keep up pressure
    #    on Mugabe to allow election observers; its ministers meet in London. Diplomacy. A call on a body to act on a
    #    third state is REQUEST to the body (the third state accepted as recipient); the coming meeting AGREE/CONSULT
    #    with its members as actor and no recipient.
    article(LEE_TEXTS + "094.txt", LEE_PUB, [
        E(["REQUEST"], "should put Zimbabwe formally on its agenda", ["AUS"], COMMONWEALTH + ["ZWE"]),
        E(["REQUEST"], "should review whether the reported violence", ["AUS"], COMMONWEALTH + ["ZWE"], req=False),
        E(["ACCUSE"], "has violated the Commonwealth's code of good governance", ["AUS"], ["ZWE"], req=False),
        E(["ASSAULT", "COERCE"], "the reported violence and intimidation in Zimbabwe", None, None, req=False),
        E(["AGREE", "CONSULT"], "will meet in London tomorrow for talks on Zimbabwe", COMMONWEALTH + CMAG_STATES,
          modality=FUT, location_country="GBR"),
        E(["SANCTION"], "they have suspended both Fiji and Pakistan", COMMONWEALTH, ["FJI", "PAK"], req=False,
          modality=H),
        E(["COERCE", "ASSAULT"], "following military coups", None, ["FJI", "PAK"], req=False, modality=H),
        E(["CONSULT"], "restricted to informal discussions", COMMONWEALTH, req=False, modality=H),
        E(["COERCE", "ASSAULT"], "the violent campaign of farm occupations", ["ZWE"], ["ZWE"], req=False),
        E(["REQUEST"], "should maintain pressure on President Mugabe", ["AUS"], COMMONWEALTH + ["ZWE"]),
    ], forbid=[F("possible suspension from the organisation", ["REQUEST"])],
        places=[P("Zimbabwe", "ZWE"), P("London", "GBR", 51.51, -0.13), P("Fiji", "FJI"), P("Pakistan", "PAK")],
        dates=[D("next March", "2002-03")]),

    # 5. line 115: Australia negotiates with the United States to interview David Hicks, held on a US ship; it
    #    investigates a report of another Australian fighting for the Taliban. Diplomacy and security. Negotiations
    #    CONSULT with both as actor (REQUEST accepted: the aim is access); an investigation ACCUSE (investigate).
    article(LEE_TEXTS + "115.txt", LEE_PUB, [
        E(["CONSULT", "REQUEST"], "Australia is continuing to negotiate with the United States Government",
          ["AUS", "USA"], ["USA", "AUS"]),
        E(["ASSAULT", "COERCE"], "who was captured fighting alongside Taliban forces", None, ["AUS"], req=False,
          modality=H),
        E(["COERCE"], "Mr Hicks is being held by the United States", ["USA"], ["AUS"], req=False),
        E(["REQUEST"], "officials are trying to gain access", ["AUS"], ["USA"], req=False),
        E(["ACCUSE"], "the Australian Government is investigating reports", ["AUS"], ["AUS"]),
        E(["REQUEST"], "will facilitate Australian authorities interviewing him", ["AUS"], ["USA"], req=False),
    ], forbid=[F("We often get reports of people going"),
               F("We always investigate"),
               F("there are a lot of Australians in Afghanistan"),
               F("it is unclear when Mr Hicks will be back", ["REQUEST"])],
        places=[P("Afghanistan", "AFG")]),

    # 6. line 154: Ruddock rejects the UN refugee commissioner's criticism at a Geneva conference. Diplomacy.
    #    Lubbers's criticism names "some government leaders", so its recipient is left out.
    article(LEE_TEXTS + "154.txt", LEE_PUB, [
        E(["ACCUSE", "REJECT"], "Australia and the United Nations have openly clashed in Geneva", ["AUS"] + UN,
          ["AUS"] + UN, req=False, location_country="CHE"),
        E(["REJECT"], "Philip Ruddock has rejected criticism", ["AUS"], UN, location_country="CHE"),
        E(["ACCUSE"], "criticism of Australia's strong stand on asylum seekers", UN, ["AUS"], req=False),
        E(["ACCUSE"], "base their refugee policies on fear and mistrust", UN),
        E(["REJECT"], "Mr Ruddock rejected that criticism", ["AUS"], UN, req=False),
        E(["REJECT"], "Australia has a very fine record", ["AUS"], UN, req=False),
        E(["ACCUSE"], "the 50-year old convention could be at risk", ["AUS"], req=False),
    ], forbid=[F("We are a generous contributor", ["REJECT"]),
               F("When burden sharing is requested, we respond", ["REJECT"]),
               F("We honour our obligations", ["REJECT"])],
        places=[P("Geneva", "CHE", 46.20, 6.14), P("Australia", "AUS")]),

    # 7. line 160: Moussaoui charged in the United States over the September 11 attacks; Ashcroft says he took part;
    #    Bush on missile defence. Being charged is ACCUSE (manual: allege covers indict and charge).
    article(LEE_TEXTS + "160.txt", LEE_PUB, [
        E(["ACCUSE"], "has been charged in the United States with conspiracy", ["USA"], MOUSSAOUI,
          location_country="USA"),
        E(["ASSAULT"], "the terrorist attacks of September 11", [IMG], ["USA"], req=False, modality=H,
          date="2001-09-11"),
        E(["ACCUSE"], "It is the first indictment", ["USA"], MOUSSAOUI, req=False),
        E(["ACCUSE"], "News of the charge came", ["USA"], MOUSSAOUI, req=False),
        E(["ACCUSE"], "claims he was an active participant in the attacks", ["USA"], MOUSSAOUI),
        E(["ACCUSE"], "Moussaoui is charged with undergoing the same training", ["USA"], MOUSSAOUI, req=False),
    ], forbid=[F("delivered a major foreign policy speech", ["ACCUSE"]),
               F("sought flying lessons a month before the hijackings"),
               F("missile defence is now more essential than ever before"),
               F("We must protect America and our friends"),
               F("needs a dramatically retooled military")],
        places=[P("United States", "USA")],
        dates=[D("September 11", "2001-09-11")]),

    # 8. line 163: the Pacific Solution's secret budget; Nauru's earlier agreement to house asylum seekers; cash
    #    for Nauru's unpaid bills; agreement to raise the places in Nauru to 1,200. Asylum policy and diplomacy.
    #    Paying a state's bills is AID (COOPERATE accepted: it is part of an exchange); the new agreement AGREE
    #    with both as actor (the text does not say who agreed with whom; COOPERATE accepted).
    article(LEE_TEXTS + "163.txt", LEE_PUB, [
        E(["AGREE", "COOPERATE"], "when Nauru first agreed to house and process asylum seekers", ["NRU"], ["AUS"],
          req=False, modality=H, date="2001-09"),
        E(["AID", "COOPERATE"], "was used to meet Nauru's unpaid bills", ["AUS"], ["NRU"]),
        E(["AGREE", "COOPERATE"], "with agreement yesterday to boost the number of boat people places",
          ["AUS", "NRU"], ["NRU", "AUS"]),
    ], forbid=[F("is set at $400 to $500 million"),
               F("It covered everything from the defence costs"),
               F("can be allocated across different portfolios")],
        places=[P("Nauru", "NRU")],
        dates=[D("September", "2001-09")],
        quantities=[Q("800 people", 800, "places"), Q("1,200", 1200, "places")]),

    # 9. line 184: Israel regrets the deaths of two children in a botched helicopter strike on an Islamic Jihad
    #    militant in Hebron and promises an investigation; Zinni meets Arafat and Sharon; Arafat's request and
    #    pledge; Powell meets German leaders; the EU challenges Arafat after talks with Peres and Shaath. Conflict
    #    and diplomacy. Regret is CONCEDE (manual); a promised investigation ACCUSE/AGREE/CONCEDE (future).
    article(LEE_TEXTS + "184.txt", LEE_PUB, [
        E(["CONCEDE"], "The Israel Government has expressed regret", ["ISR"], PAL),
        E(["ACCUSE", "AGREE", "CONCEDE"], "promised an investigation into how two children were killed", ["ISR"],
          modality=FUT),
        E(["ASSAULT"], "during a botched assassination attempt", ["ISR"], MILITANTS, req=False),
        E(["ASSAULT"], "helicopter gunships fired on two cars", ["ISR"], MILITANTS, location_country="PSE"),
        E(["ASSAULT"], "Israeli forces were attempting to kill Mohammed Sidr", ["ISR"], MILITANTS, req=False),
        E(["ACCUSE"], "a man they say is responsible for many attacks", ["ISR"], MILITANTS, req=False),
        E(["ASSAULT"], "He escaped injured", ["ISR"], MILITANTS, req=False),
        E(["CONCEDE"], "he deeply regrets the deaths", ["ISR"], PAL, req=False),
        E(["ACCUSE"], "What happened here is being investigated", ["ISR"], req=False),
        E(["ASSAULT"], "when his truck exploded", None, None, req=False),
        E(["CONSULT"], "who was there to see Palestinian leader Yasser Arafat", ["USA"], PAL, req=False),
        E(["CONSULT"], "Mr Zinni met with Mr Arafat", ["USA", "PSE"], PAL + ["USA"], attribution="official",
          location_country="PSE"),
        E(["CONSULT"], "followed talks between Zinni and Israeli Prime Minister", ["USA", "ISR"], ["ISR", "USA"]),
        E(["THREATEN", "REQUEST"], "the US envoy threatened to quit", ["USA"], ["ISR", "PSE"], req=False,
          modality=H),
        E(["REQUEST"], "President Arafat asked Mr Zinni to put pressure on Israel", PAL, ["USA", "ISR"],
          attribution="official"),
        E(["AGREE"], "Mr Arafat also pledged that he was determined to cooperate", PAL, ["USA"]),
        E(["THREATEN", "REQUEST"], "they had 48 hours to make", ["USA"], ["ISR", "PSE"], req=False, modality=H,
          attribution="official"),
        E(["COOPERATE", "AGREE", "CONSULT"], "the US and Germany were working", ["USA", "DEU"], req=False),
        E(["CONSULT"], "after meeting with German Chancellor Gerhard Schroeder", ["USA", "DEU"], ["DEU", "USA"],
          location_country="DEU"),
        E(["AGREE", "REQUEST"], "we will continue to work as hard as we can", ["USA"], ["ISR", "PSE"], req=False,
          modality=FUT),
        E(["REQUEST"], "the European Union challenged Mr Arafat", EU, PAL, location_country="BEL"),
        E(["CONSULT"], "after talks in Brussels with Israeli Foreign Minister", EU + ["ISR", "PSE"],
          EU + ["ISR", "PSE"], location_country="BEL"),
        E(["REQUEST"], "issued the strongly-worded message", EU, PAL, req=False),
    ], forbid=[F("many Israeli children have also suffered", ["CONCEDE"])],
        places=[P("West Bank", "PSE"), P("Hebron", "PSE", 31.53, 35.10), P("Ramallah", "PSE", 31.90, 35.20),
                P("Washington", "USA", 38.90, -77.04), P("Berlin", "DEU", 52.52, 13.40),
                P("Brussels", "BEL", 50.85, 4.35)],
        quantities=[Q("two children", 2, "children")]),

    # 10. line 201: Sharon says Israel might step up its operations after a botched suicide bombing in Haifa; police
    #     shoot the bomber dead; air strikes on Palestinian police stations to pressure Arafat. Conflict. The warning
    #     THREATEN; the strikes ASSAULT (no separate MOBILIZE: manual); the cabinet meeting CONSULT (optional).
    article(LEE_TEXTS + "201.txt", LEE_PUB, [
        E(["THREATEN"], "Israel might step up its military operations", ["ISR"], PAL + [IMG]),
        E(["ASSAULT"], "following a new Palestinian suicide bombing in Haifa", MILITANTS, ["ISR"], req=False),
        E(["THREATEN"], "we might have to step up our activities", ["ISR"], PAL + [IMG], req=False),
        E(["ASSAULT"], "a Palestinian suicide bomber tried to blow himself up", MILITANTS, ["ISR"],
          location_country="ISR"),
        E(["ASSAULT"], "was quickly shot dead by two policemen", ["ISR"], MILITANTS, location_country="ISR"),
        E(["CONSULT"], "during a weekly cabinet meeting", ["ISR"], req=False),
        E(["ASSAULT"], "has sent in his warplanes, helicopter gunships and tanks", ["ISR"], PAL,
          location_country="PSE"),
        E(["REQUEST", "COERCE"], "to pile pressure on Mr Arafat", ["ISR"], PAL, req=False),
        E(["ASSAULT"], "a wave of suicide bombings on Israeli cities", MILITANTS, ["ISR"], req=False, modality=H),
        E(["ASSAULT"], "Two Palestinians were killed and more than 120 injured", ["ISR"], PAL, req=False),
    ], forbid=[F("were driven to the meeting in an armored bus")],
        places=[P("West Bank", "PSE"), P("Gaza Strip", "PSE"), P("Haifa", "ISR", 32.79, 34.99),
                P("Ramallah", "PSE", 31.90, 35.20)],
        quantities=[Q("Two Palestinians", 2, "people"), Q("more than 120", 120, "people")]),

    # 11. line 208: Israeli incursions near Khan Yunis with arrests and house searches; an F-16 strikes the police
    #     headquarters in Gaza City. Conflict. An incursion COERCE/ASSAULT/MOBILIZE (as gold-sixteenth's
    #     reoccupied town), the arrests COERCE, the air strike ASSAULT.
    article(LEE_TEXTS + "208.txt", LEE_PUB, [
        E(["COERCE", "ASSAULT", "MOBILIZE"], "Israeli tanks and troops have launched two incursions", ["ISR"], PAL,
          location_country="PSE"),
        E(["COERCE"], "arresting several people", ["ISR"], PAL + [IMG], location_country="PSE"),
        E(["COERCE"], "searching houses", ["ISR"], PAL, req=False),
        E(["MOBILIZE", "COERCE"], "undercover soldiers wearing masks arrived first", ["ISR"], PAL, req=False),
        E(["COERCE"], "they were looking for Iffam Abu Daka", ["ISR"], MILITANTS, req=False,
          attribution="official"),
        E(["ASSAULT"], "an Israeli F-16 fighter jet struck three buildings", ["ISR"], PAL, location_country="PSE"),
        E(["ASSAULT"], "were engulfed in flames and destroyed", ["ISR"], PAL, req=False, attribution="official"),
    ], places=[P("Gaza Strip", "PSE"), P("Khan Yunis", "PSE", 31.35, 34.31), P("Gaza City", "PSE", 31.50, 34.47)],
        quantities=[Q("two incursions", 2, "incursions"), Q("three buildings", 3, "buildings"),
                    Q("at least 18 people", 18, "people")]),

    # 12. line 291: the Victorian Government calls unions and Yallourn Energy to talks in a two-year dispute with
    #     work bans; the firm seeks arbitration in the Industrial Relations Commission. Labour dispute, as the
    #     earlier golds' (unions and the state AUS, the firm AUS or MNC). Talks this afternoon AGREE/CONSULT with
    #     all parties as actor; calling the parties in REQUEST (meet; CONSULT accepted); seeking arbitration
    #     REQUEST (ACCUSE accepted: bringing a matter before a tribunal).
    article(LEE_TEXTS + "291.txt", LEE_PUB, [
        E(["AGREE", "CONSULT"], "will take part in government-sponsored talks", FIRM, modality=FUT),
        E(["PROTEST"], "has led to work bans", ["AUS"], FIRM, req=False, modality=H),
        E(["REQUEST"], "as unions press their case", ["AUS"], FIRM, req=False),
        E(["REQUEST", "CONSULT"], "has called in Yallourn Energy and power industry unions", ["AUS"], FIRM),
        E(["AGREE"], "in-principle support for a new enterprise bargaining agreement", FIRM, FIRM, req=False,
          modality=H),
        E(["REQUEST", "ACCUSE"], "seeking compulsory arbitration", FIRM, ["AUS"], modality=FUT),
        E(["REQUEST"], "the only way to do that is for the parties to sit around the table", ["AUS"], FIRM,
          req=False),
    ], forbid=[F("which could lead to blackouts", ["REQUEST", "CONSULT"]),
               F("producing a fifth of the state's electricity"),
               F("it still has not been signed off", ["AGREE"]),
               F("admits the dispute is frustrating")],
        places=[P("Victoria", "AUS")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
