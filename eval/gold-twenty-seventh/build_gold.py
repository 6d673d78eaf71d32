"""Writes articles.json for the twenty-seventh article gold (written blind): twelve 1987 Reuters wire stories from
gold-twentieth's Reuters list, positions 87-138 (select_stories.py): a foreign minister's visit, a diplomatic row,
police tear gas against protesting miners, a coalition's collapse, a censure vote, a curfew after religious clashes,
a Gulf air raid, a planters' protest, Gulf Arab support for Kuwait, suspended unity talks, a withdrawn nomination and
asylum for defecting soldiers, all unread. The annotations are data, written by hand below with the shorthands of
eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Records: reuters21578.jsonl.gz#<id>, offsets in their `text` (body without title and dateline).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402,F401

GCC = [IGO, "SAU", "BHR", "OMN", "QAT", "ARE"]   # the Gulf Cooperation Council and its members other than Kuwait

ARTICLES = [
    # 1. reuters-20909 (Mon 1987-10-19, Havana): Iran's foreign minister, on a two-day official visit, briefs
    #    Cuban foreign ministry officials on the Gulf, diplomatic sources say; a visit to Nicaragua follows; the
    #    US attack on an Iranian oil rig that Tehran vowed to avenge is background. The briefing CONSULT (the
    #    visitor actor, the host recipient; required; attribution anonymous), the visit itself CONSULT (the same
    #    meeting, optional), the Nicaragua visit CONSULT (future, optional), the US attack ASSAULT and Tehran's
    #    vow THREATEN (background, optional); the possible mediation (hypothetical) and "could not be reached"
    #    forbidden (their sentences' events allowed).
    article(REU + "20909", "1987-10-19", [
        E(["CONSULT"], "informed cuban foreign ministry officials", ["IRN"], ["CUB"], date="1987-10-19",
          attribution="anonymous", location_country="CUB"),
        E(["CONSULT"], "here on a two-day official visit", ["IRN"], ["CUB"], req=False, location_country="CUB"),
        E(["CONSULT"], "a visit to nicaragua", ["IRN"], ["NIC"], req=False, modality=FUT, date="1987-10-20",
          location_country="NIC"),
        E(["ASSAULT"], "Attack on an abandoned iranian oil rig", ["USA"], ["IRN"], req=False, date="1987-10-19"),
        E(["THREATEN"], "which tehran vowed to avenge", ["IRN"], ["USA"], req=False),
    ], forbid=[F("could be linked to a possible mediation", ["CONSULT"]),
               F("could not be reached for comment", ["ASSAULT", "THREATEN"])],
        places=[P("nicaragua", "NIC")],
        dates=[D("monday", "1987-10-19"), D("tuesday", "1987-10-20")]),

    # 2. reuters-18522 (Thu 1987-06-18, London): Tehran Radio says all but one Iranian diplomat in London will go
    #    home within two weeks, after Britain withdrew four of its six diplomats in Tehran; the row began with
    #    the arrest of an Iranian consular official in England and the abduction of a British envoy in Tehran,
    #    later freed. Withdrawing diplomats SANCTION (manual, SANCTION `withdraw': diplomats; required): Iran's
    #    announced one future (attribution media: state radio), Britain's done (official: the Foreign Office's
    #    announcement); the arrest COERCE, the abduction ASSAULT (manual, ASSAULT `abduct'; COERCE accepted) and
    #    the release RETREAT optional (the row's background, historical).
    article(REU + "18522", "1987-06-18", [
        E(["SANCTION"], "diplomat in London would return home", ["IRN"], ["GBR"], modality=FUT,
          attribution="media", location_country="GBR"),
        E(["SANCTION"], "Britain had withdrawn four of its six", ["GBR"], ["IRN"], attribution="official",
          location_country="IRN"),
        E(["COERCE"], "the arrest of an Iranian consular official", ["GBR"], ["IRN"], req=False, modality=H,
          location_country="GBR"),
        E(["ASSAULT", "COERCE"], "the abduction of a British envoy", ["IRN"], ["GBR"], req=False, modality=H,
          location_country="IRN"),
        E(["RETREAT"], "who was later freed", ["IRN"], ["GBR"], req=False, modality=H, location_country="IRN"),
    ], places=[P("London", "GBR", 51.51, -0.13), P("Tehran", "IRN", 35.69, 51.39), P("England", "GBR")],
        quantities=[Q("two weeks", 2, "weeks")]),

    # 3. reuters-8062 (Sat 1987-03-21, La Paz): police fire tear gas to disperse 1,000 unemployed miners blocking
    #    the West German president's motorcade, the information minister says (last night); the president begins
    #    a four-day visit; the miners were among 20,000 laid off. The tear gas ASSAULT (manual, ASSAULT
    #    `crowd-control': an explicit crowd-control weapon; COERCE accepted; required, official) and the miners'
    #    blockade PROTEST (manual, PROTEST `obstruct'; required; the government or the visitor as recipient),
    #    the visit CONSULT (required, the visitor actor); the minister's quoted restatements optional; the
    #    lay-offs left unannotated (a state firm's economic measure).
    article(REU + "8062", "1987-03-21", [
        E(["ASSAULT", "COERCE"], "Police fired tear gas to disperse", ["BOL"], ["BOL"], date="1987-03-20",
          attribution="official", location_country="BOL"),
        E(["PROTEST"], "unemployed miners blocking the route", ["BOL"], ["BOL", "DEU"], date="1987-03-20",
          location_country="BOL"),
        E(["ASSAULT", "COERCE"], "They were forced to use tear gas", ["BOL"], ["BOL"], req=False,
          attribution="official"),
        E(["PROTEST"], "because they blocked the West German", ["BOL"], ["BOL", "DEU"], req=False),
        E(["CONSULT"], "Weizsaecker began a four-day visit here", ["DEU"], ["BOL"], location_country="BOL"),
    ], places=[P("La Paz", "BOL", -16.50, -68.15)],
        dates=[D("last night", "1987-03-20")],
        quantities=[Q("1,000", 1000, "miners"), Q("20,000 miners", 20000, "miners")]),

    # 4. reuters-13548 (Tue 1987-04-07, Rome): Italy's Christian Democrats say the five-party government is
    #    finished and decide to withdraw their 16 ministers before this week's confidence vote; Craxi's
    #    government resigned on March 3 and President Cossiga rejected the resignation, sending it back to
    #    parliament. The decided withdrawal SANCTION (manual, SANCTION `withdraw' from a group; RETREAT accepted:
    #    ministers leaving office; modality future; required); the party document REJECT (a restatement,
    #    optional), the March resignation RETREAT, the president's rejection REJECT and his sending the
    #    government back REQUEST (background, historical, optional).
    article(REU + "13548", "1987-04-07", [
        E(["SANCTION", "RETREAT"], "has decided to withdraw its 16 ministers", ["ITA"], ["ITA"], modality=FUT,
          location_country="ITA"),
        E(["REJECT", "SANCTION"], "Christian Democrat leadership issued a document", ["ITA"], ["ITA"], req=False),
        E(["RETREAT"], "government resigned on March 3", ["ITA"], None, req=False, modality=H, date="1987-03-03",
          location_country="ITA"),
        E(["REJECT"], "has rejected the resignation", ["ITA"], ["ITA"], req=False, modality=H,
          location_country="ITA"),
        E(["REQUEST"], "sent the government back to parliament", ["ITA"], ["ITA"], req=False, modality=H,
          location_country="ITA"),
    ], places=[P("Italy", "ITA")],
        dates=[D("March 3", "1987-03-03")],
        quantities=[Q("16 ministers", 16, "ministers")]),

    # 5. reuters-13084 (Fri 1987-04-03, Lisbon): Portugal's minority government is ousted in a censure vote
    #    backed by three left-wing opposition parties; President Soares, back from Brazil on Sunday, must form a
    #    new government or call an election. The censure vote REJECT (gold-twentieth: the opposition voting
    #    against a government REJECT; required), the parties' votes REJECT (a restatement, optional), the
    #    president's visit to Brazil CONSULT (background, optional); his two options forbidden (hypothetical;
    #    CONSULT allowed in their sentence).
    article(REU + "13084", "1987-04-03", [
        E(["REJECT"], "was ousted in a parliamentary censure vote", ["PRT"], ["PRT"], location_country="PRT"),
        E(["REJECT"], "voted for the motion against", ["PRT"], ["PRT"], req=False, location_country="PRT"),
        E(["CONSULT"], "who returns from a visit to Brazil", ["PRT"], ["BRA"], req=False, location_country="BRA"),
    ], forbid=[F("either forming a new government", ["CONSULT"])],
        places=[P("Portugal", "PRT"), P("Brazil", "BRA")],
        dates=[D("Sunday", "1987-04-05")],
        quantities=[Q("three left-wing opposition parties", 3, "parties"), Q("140", 140, "seats"),
                    Q("250 parliament seats", 250, "seats")]),

    # 6. reuters-3650 (Wed 1987-03-11, Lagos): Nigeria's military government imposes a dusk-to-dawn curfew on
    #    Kaduna state and closes its schools after 11 people died in clashes between Moslems and Christians; its
    #    statement urges the media to restraint. The curfew COERCE (manual, COERCE `curfew'; required), the
    #    school closures COERCE (required), the clashes ASSAULT (communal violence, both sides NGA; PROTEST
    #    accepted: riots; required), the appeal to the media REQUEST (required); "under control" forbidden
    #    (an assessment; its sentence's ASSAULT and ACCUSE allowed: the disturbances and their blame).
    article(REU + "3650", "1987-03-11", [
        E(["COERCE"], "clamped a dusk-to-dawn curfew", ["NGA"], ["NGA"], location_country="NGA"),
        E(["COERCE"], "ordered all schools and colleges there closed", ["NGA"], ["NGA"], location_country="NGA"),
        E(["ASSAULT", "PROTEST"], "11 people died in clashes", ["NGA"], ["NGA"], location_country="NGA"),
        E(["REQUEST"], "urged the media to exercise restraint", ["NGA"], ["NGA"], location_country="NGA"),
    ], forbid=[F("was now under control", ["ASSAULT", "ACCUSE"])],
        places=[P("Kaduna state", "NGA", 10.52, 7.44), P("Kafanchan", "NGA", 9.58, 8.29)],
        quantities=[Q("11 people", 11, "people")]),

    # 7. reuters-17403 (Wed 1987-04-29, Baghdad): Iraqi warplanes hit a large "naval target" in the Gulf today,
    #    a military spokesman says; Lloyds reports a Greek bulk carrier hit in the northern Gulf. The raid
    #    ASSAULT (required, official; the target's flag unnamed in the claim, so no recipient checked; at sea, no
    #    country), its restatement optional; the Lloyds report of the Greek carrier hit ASSAULT (no actor named;
    #    optional, attribution organization); the planes' safe return and the tugs heading to the ship forbidden.
    article(REU + "17403", "1987-04-29", [
        E(["ASSAULT"], "Iraqi warplanes attacked and hit a", ["IRQ"], None, date="1987-04-29",
          attribution="official"),
        E(["ASSAULT"], "the raid took place off the Iranian coast", ["IRQ"], None, req=False,
          attribution="official"),
        E(["ASSAULT"], "was attacked and hit in the engine room", None, ["GRC"], req=False, date="1987-04-29",
          attribution="organization"),
    ], forbid=[F("all aircraft returned safely to base", ["ASSAULT"]),
               F("tugs were heading to aid the ship")],
        dates=[D("today", "1987-04-29"), D("this morning", "1987-04-29")],
        quantities=[Q("84,137 tonnes", 84137, "tonnes")]),

    # 8. reuters-16749 (Mon 1987-04-13, Port-au-Prince): about 2,000 cane planters march to Port-au-Prince
    #    against the closure of Haiti's largest sugar mill and blame the finance minister. The march PROTEST
    #    (required; the government as recipient: the minister they blame) and the blame ACCUSE (required); the
    #    firm's closure, its complaint of smuggling and the lay-off figures forbidden (a firm's acts and
    #    statistics, no political actor).
    article(REU + "16749", "1987-04-13", [
        E(["PROTEST"], "marched to Port-au-Prince to protest", ["HTI"], ["HTI"], location_country="HTI"),
        E(["ACCUSE"], "The protesters blamed Finance Minister", ["HTI"], ["HTI"], location_country="HTI"),
    ], forbid=[F("closed on Friday because of a huge surplus"),
               F("Haiti has been flooded with smuggled"),
               F("The closure idled 3,500 factory workers")],
        places=[P("Port-au-Prince", "HTI", 18.54, -72.34), P("Dominican Republic", "DOM"),
                P("Miami", "USA", 25.77, -80.19)],
        dates=[D("Friday", "1987-04-10")],
        quantities=[Q("2,000", 2000, "planters"), Q("3,500 factory workers", 3500, "workers"),
                    Q("30,000", 30000, "planters")]),

    # 9. reuters-19491 (Mon 1987-06-29, Kuwait): Kuwait, whose shipping Iran has repeatedly attacked, has the full
    #    support of Saudi Arabia and its Gulf allies, a senior official says: the cabinet spokesman, quoted by
    #    KUNA yesterday, says the foreign minister found "complete support" during visits to GCC states. The
    #    support SUPPORT (required, official; Saudi Arabia or the GCC actor), the visits CONSULT (required; the
    #    visitor actor; attribution media: the news agency's quote); the quoted restatement SUPPORT, Iran's
    #    attacks on Kuwaiti shipping ASSAULT (habitual background) and the GCC's support for Iraq SUPPORT
    #    (habitual) optional.
    article(REU + "19491", "1987-06-29", [
        E(["SUPPORT"], "has the full support of Saudi Arabia", GCC, ["KWT"], attribution="official"),
        E(["ASSAULT"], "has come under repeated attack by Iran", ["IRN"], ["KWT"], req=False),
        E(["SUPPORT"], "complete support", GCC, ["KWT"], req=False, attribution="media"),
        E(["CONSULT"], "during visits to Gulf Cooperation Council", ["KWT"], GCC, attribution="media"),
        E(["SUPPORT"], "has generally supported Iraq over Iran", [IGO], ["IRQ"], req=False),
    ], places=[P("Saudi Arabia", "SAU"), P("Bahrain", "BHR"), P("Oman", "OMN"), P("Qatar", "QAT"),
               P("United Arab Emirates", "ARE")],
        dates=[D("yesterday", "1987-06-28")]),

    # 10. reuters-16902 (Fri 1987-04-17, Harare): Mugabe says he suspended the unity talks between his ruling
    #     ZANU-PF and the opposition PF-ZAPU; his party's central committee decided they be discontinued;
    #     diplomats call the collapse a setback. Suspending the talks REJECT (manual, REJECT `meet': refusing
    #     negotiations; SANCTION `discontinue' accepted; required, both parties ZWE), the committee's decision a
    #     restatement (optional); the diplomats' assessment forbidden (the collapse's types allowed).
    article(REU + "16902", "1987-04-17", [
        E(["REJECT", "SANCTION"], "he suspended key talks", ["ZWE"], ["ZWE"], location_country="ZWE"),
        E(["REJECT", "SANCTION"], "decided that the talks be discontinued", ["ZWE"], ["ZWE"], req=False,
          location_country="ZWE"),
    ], forbid=[F("was a major setback for the government", ["REJECT", "SANCTION"])]),

    # 11. reuters-869 (Mon 1987-03-02, Washington): Robert Gates withdraws his name as Reagan's CIA nominee in the
    #     face of a long confirmation battle; Baker announces it and says Reagan accepted it with regret; Gates
    #     had been questioned about the Iran-contra affair and senators had warned his nomination was in trouble.
    #     The withdrawal RETREAT (manual, RETREAT covers resignations: a nominee giving up a post under pressure;
    #     CONCEDE accepted; required; the Senate USA as recipient), its announcement a restatement (optional),
    #     Reagan's acceptance AGREE and the Senate's questioning ACCUSE (manual: investigations are ACCUSE;
    #     CONSULT accepted) optional; the senators' forecast and Gates staying on as deputy forbidden.
    article(REU + "869", "1987-03-02", [
        E(["RETREAT", "CONCEDE"], "withdrew his name from consideration", ["USA"], ["USA"], location_country="USA"),
        E(["RETREAT", "CONCEDE"], "His withdrawal was announced", ["USA"], ["USA"], req=False),
        E(["AGREE"], "the President had accepted it", ["USA"], ["USA"], req=False),
        E(["ACCUSE", "CONSULT"], "had been questioned", ["USA"], ["USA"], req=False, modality=H),
    ], forbid=[F("warned his nomination was in trouble", ["ACCUSE", "CONSULT"]),
               F("Gates would remain as deputy director")]),

    # 12. reuters-892 (record 1987-03-03, Cairo): Egypt lets five fugitive Libyan soldiers who landed a military
    #     plane in the far south last night stay and flies them to Cairo, official sources say; it appears to have
    #     granted their demands for asylum. Letting them stay AID (manual, AID: territorial asylum; required,
    #     attribution anonymous: unnamed official sources; Libya, whose soldiers they are, as recipient, Egypt's
    #     host the same), the flight to Cairo and its restatement AID (optional), the apparent grant of asylum
    #     AID/AGREE and the soldiers' demand REQUEST optional (hedged, "it appeared"); the pilot's unknown status
    #     forbidden. The landing (a defection) left unannotated.
    article(REU + "892", "1987-03-03", [
        E(["AID"], "Egypt allowed five fugitive Libyan", ["EGY"], ["LBY"], attribution="anonymous",
          location_country="EGY"),
        E(["AID"], "flew them to Cairo", ["EGY"], ["LBY"], req=False, location_country="EGY"),
        E(["AID", "AGREE"], "the government had agreed to demands", ["EGY"], ["LBY"], req=False,
          location_country="EGY"),
        E(["REQUEST"], "for political asylum", ["LBY"], ["EGY"], req=False),
        E(["AID"], "Egyptian servicemen flew the Libyans", ["EGY"], ["LBY"], req=False, attribution="anonymous",
          location_country="EGY"),
    ], forbid=[F("was not immediately known")],
        places=[P("Cairo", "EGY", 30.04, 31.24), P("Abu Simbel", "EGY", 22.34, 31.63)],
        dates=[D("last night", "1987-03-02")],
        quantities=[Q("two officers", 2, "officers"), Q("three privates", 3, "privates")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
