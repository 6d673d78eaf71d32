"""Writes articles.json for the twenty-fifth article gold (written blind): two 2005 BBC tech stories that report
acts of political actors (a European Parliament committee's request on the software-patent directive, China's
closure of net cafes) and ten 1987 Reuters wire stories (a government's resignation, Gulf-war diplomacy and
fighting, a state visit, Libya's withdrawal from Chad, a trade dispute, Contra aid in the Senate, arrests, a
farmers' protest, a threat), all unread (select_stories.py). The annotations are data, written by hand below with
the shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Records: bbc-news-2225.jsonl.gz#<id> / reuters21578.jsonl.gz#<id>, offsets in their `text` (BBC: body without
title; Reuters: body without title and dateline).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import (BBC, BBC_PUB, FUT, H, HYP, IGO, IMG, NGO, REU, D, E, F, P, Q, article,  # noqa: E402,F401
                            write_gold)

EU = ["EUR", IGO]                  # EU institutions (Commission, Parliament and its committees), as gold-twenty-first
RSF = [NGO, "FRA"]                 # Reporters Without Borders, a Paris-based NGO
YUG = ["YUG", "SRB"]               # Yugoslavia in 1987: its own code, Serbia accepted
SUPERPOWERS = ["USA", "SUN", "RUS"]  # "the superpowers" of 1987: the US and the Soviet Union (RUS accepted)
CONTRAS = ["NIC", IMG]             # the Nicaraguan Contra rebels: their country or IMG
YUG_UAE = YUG + ["ARE"]

ARTICLES = [
    # 1. bbc-tech-030: the European Parliament's Legal Affairs Committee (JURI) orders a rewrite of the software-
    #    patent directive and says the Commission should re-submit it; opponents welcome the decision. The order
    #    to rewrite REQUEST (required; committee and Commission EUR/IGO on both sides, as gold-twenty-first's EU
    #    lawmaking); its restatement, MEPs not backing the draft REJECT, Poland's two rejections REJECT (earlier
    #    news), two MEPs backing it SUPPORT and the opponents' welcome SUPPORT optional; critics' and supporters'
    #    opinions and the lobbying pressure forbidden.
    article(BBC + "tech-030", BBC_PUB, [
        E(["REQUEST"], "has ordered a rewrite of the proposals", EU, EU),
        E(["REQUEST"], "said the Commission should re-submit", EU, EU, req=False),
        E(["REJECT"], "after MEPs failed to back it", EU, EU, req=False),
        E(["REJECT"], "rejected its adoption twice in two months", ["POL"], EU, req=False, modality=H),
        E(["SUPPORT"], "Only two MEPs backed the draft law", EU, EU, req=False),
        E(["SUPPORT"], "Opponents of the draft directive welcomed the decision", None, EU, req=False),
    ], forbid=[F("It has had vocal critics who say"),
               F("Supporters say it would let firms protect"),
               F("Intense lobbying on the issue has started"),
               F("Critics are concerned that the directive could lead"),
               F("Supporters say current laws are inefficient")],
        places=[P("Poland", "POL")]),

    # 2. bbc-tech-002: Chinese authorities closed 12,575 net cafes from October to December 2004, the government
    #    says (Xinhua's report); earlier crackdowns: rules of 2002, permits demanded, 700 websites shut and 224
    #    people arrested in August 2004. The closure COERCE (SANCTION accepted: a state closing businesses as a
    #    restriction; required; attribution official for "the country's government said"); its restatements, the
    #    habitual controls and the earlier crackdowns COERCE, the demand for permits REQUEST and RSF's report
    #    ACCUSE optional (background or habitual, as gold-twenty-fourth's Iranian crackdown); the fire that killed
    #    25 people and China's worries forbidden (COERCE allowed where the sentence holds a law).
    article(BBC + "tech-002", BBC_PUB, [
        E(["COERCE", "SANCTION"], "Chinese authorities closed 12,575 net cafes", ["CHN"], ["CHN"],
          attribution="official", location_country="CHN"),
        E(["COERCE", "SANCTION"], "most of the net cafes were closed down", ["CHN"], ["CHN"], req=False,
          attribution="media"),
        E(["COERCE", "SANCTION"], "many of those most recently closed", ["CHN"], ["CHN"], req=False),
        E(["COERCE"], "steps the Chinese government has taken to crack down", ["CHN"], ["CHN"], req=False),
        E(["COERCE"], "the crackdown was carried out to create", ["CHN"], ["CHN"], req=False, attribution="media"),
        E(["COERCE"], "Rules introduced in 2002 demand that net cafes", ["CHN"], ["CHN"], req=False, modality=H),
        E(["COERCE", "SANCTION"], "The 12,575 cafes were shut", ["CHN"], ["CHN"], req=False),
        E(["COERCE"], "China also tries to dictate the types of computer games", ["CHN"], ["CHN"], req=False),
        E(["COERCE"], "has moved against net cafes", ["CHN"], ["CHN"], req=False, modality=H),
        E(["COERCE"], "are required to use software that controls", ["CHN"], ["CHN"], req=False),
        E(["COERCE"], "authorities moved to clean up net cafes", ["CHN"], ["CHN"], req=False, modality=H),
        E(["REQUEST", "COERCE"], "demanded that all of them get permits", ["CHN"], ["CHN"], req=False, modality=H),
        E(["COERCE"], "shut down 700 websites", ["CHN"], ["CHN"], req=False, modality=H, date="2004-08"),
        E(["COERCE"], "arrested 224 people", ["CHN"], ["CHN"], req=False, modality=H, date="2004-08"),
        E(["COERCE"], "it introduced new controls to block overseas sex sites", ["CHN"], None, req=False,
          modality=H),
        E(["ACCUSE"], "said in a report that Chinese government technologies", RSF, ["CHN"], req=False),
    ], forbid=[F("China has long been worried that net cafes"),
               F("a fire at one cafe that killed 25 people", ["COERCE"]),
               F("Net cafes are hugely popular in China")],
        places=[P("China", "CHN")],
        dates=[D("August 2004", "2004-08")],
        quantities=[Q("12,575 net cafes", 12575, "net cafes"), Q("700 websites", 700, "websites"),
                    Q("224 people", 224, "people"), Q("25 people", 25, "people")]),

    # 3. reuters-12961 (Fri 1987-04-03, Helsinki): Prime Minister Sorsa's government resigns formally after the
    #    election, clearing the way for the Conservatives; the president asks it to stay on as caretaker. The
    #    resignation RETREAT (manual: resignations of government officials; required), the president's request
    #    REQUEST (required, attribution official: "officials said"); the restatement optional; the election result
    #    and "clearing the way" forbidden (no act between actors).
    article(REU + "12961", "1987-04-03", [
        E(["RETREAT"], "majority government resigned", ["FIN"], None, location_country="FIN"),
        E(["RETREAT"], "The resignation was in line with tradition", ["FIN"], None, req=False),
        E(["REQUEST"], "asked the outgoing coalition", ["FIN"], ["FIN"], attribution="official"),
    ], forbid=[F("clearing the way for the Conservatives", ["RETREAT"]),
               F("which gave the Conservatives nine more seats", ["RETREAT"])],
        quantities=[Q("nine more seats", 9, "seats")]),

    # 4. reuters-19819 (Mon 1987-06-29, Abu Dhabi): the UAE's minister of state for foreign affairs, back from
    #    Belgrade, says Yugoslavia and the UAE agreed to start efforts to end the Iran-Iraq war and to call for a
    #    Middle East peace conference; the first senior UAE visit since ties were set up last November. The
    #    agreement AGREE (manual: parties' intent to end a conflict is AGREE; required, the two states on both
    #    sides, Iraq and Iran accepted as recipient; attribution official), the visit CONSULT (the visitor actor,
    #    the host recipient; required); the return from Belgrade CONSULT, the quoted restatement AGREE/CONSULT
    #    (attribution media: the Emirates news agency quoting him), the call for a conference REQUEST, support
    #    for the Non-Aligned states SUPPORT and the diplomatic ties of last November SUPPORT optional.
    article(REU + "19819", "1987-06-29", [
        E(["AGREE"], "have agreed to initiate efforts to end the Iraq", YUG_UAE, YUG_UAE + ["IRQ", "IRN"],
          attribution="official"),
        E(["CONSULT"], "on return from Belgrade", ["ARE"], YUG, req=False),
        E(["AGREE", "CONSULT"], "We agreed during the talks", YUG_UAE, YUG_UAE + ["IRQ", "IRN"], req=False,
          attribution="media"),
        E(["REQUEST", "AGREE"], "call for an international peace conference", YUG_UAE, None, req=False),
        E(["SUPPORT"], "to revive and support the Non-Aligned", YUG_UAE, None, req=False),
        E(["CONSULT"], "the first senior UAE official to visit Yugoslavia", ["ARE"], YUG,
          location_country="SRB"),
        E(["SUPPORT"], "established diplomatic relations last", YUG_UAE, YUG_UAE, req=False, modality=H,
          date="1986-11"),
    ], places=[P("Belgrade", "SRB", 44.82, 20.46), P("Yugoslavia", "SRB")],
        dates=[D("today", "1987-06-29"), D("last\nNovember", "1986-11")]),

    # 5. reuters-17117 (Fri 1987-04-24, Baghdad): Iraq says its warplanes hit two large naval targets in the Gulf
    #    and shot down an Iranian F-4. The ship attacks ASSAULT (required; the ships' flags unnamed, so no
    #    recipient checked) and the downing ASSAULT (required), both a military spokesman's (attribution
    #    official); the "hits" restatement optional; the lack of confirmation and the planes' return forbidden.
    article(REU + "17117", "1987-04-24", [
        E(["ASSAULT"], "its warplanes attacked two large naval targets", ["IRQ"], None, date="1987-04-24",
          attribution="official"),
        E(["ASSAULT"], "scored accurate and\neffective hits", ["IRQ"], None, req=False, attribution="official"),
        E(["ASSAULT"], "intercepted an Iranian F-4 Phantom and shot it down", ["IRQ"], ["IRN"],
          attribution="official"),
    ], forbid=[F("There was no immediate confirmation of the raids"),
               F("All Iraqi\nwarplanes returned safely to base")],
        dates=[D("today", "1987-04-24")],
        quantities=[Q("two large naval targets", 2, "naval targets")]),

    # 6. reuters-871 (record 1987-03-02, dateline Peking, March 3): Deng tells the visiting Shultz that China's
    #    troubles are over; they discuss the Iran arms scandal and Hu Yaobang's fall. The meeting CONSULT (the
    #    visitor actor, the host recipient; both sides accepted; required); "the two discussed" a restatement
    #    (optional), the arms sales to Iran COOPERATE/AID and Hu's fall RETREAT (background, optional); Deng's
    #    remarks on troubles forbidden (opinions).
    article(REU + "871", "1987-03-02", [
        E(["CONSULT"], "Deng Xiaoping told\nvisiting", ["USA", "CHN"], ["CHN", "USA"],
          location_country="CHN"),
        E(["CONSULT"], "The two discussed", ["USA", "CHN"], ["CHN", "USA"], req=False),
        E(["COOPERATE", "AID"], "Arms sales\nto Iran", ["USA"], ["IRN"], req=False, modality=H),
        E(["RETREAT"], "the fall of Communist Party leader Hu Yaobang", ["CHN"], None, req=False, modality=H),
    ], forbid=[F("I know the President has had some difficulties"),
               F("When one is running a\ngovernment one has to deal with troubles"),
               F("As for the troubles we recently encountered")]),

    # 7. reuters-9695 (record 1987-03-25, dateline Washington, March 26): Libyan forces appear to be leaving Faya
    #    Largeau, their last stronghold in Chad, after defeats by French-backed government troops, US and French
    #    officials say. The withdrawal RETREAT (required, attribution official), the State Department's
    #    restatement optional, the defeats ASSAULT (earlier news, optional); France's non-confirmation and the
    #    official's assessment of morale forbidden (RETREAT allowed in the first: its sentence names the
    #    departure).
    article(REU + "9695", "1987-03-25", [
        E(["RETREAT"], "Libyan forces appear to be\nwithdrawing", ["LBY"], ["TCD"], location_country="TCD",
          attribution="official"),
        E(["ASSAULT"], "after suffering defeats at the hands of French-backed government troops", ["TCD"],
          ["LBY"], req=False, modality=H),
        E(["RETREAT"], "Libyan forces are leaving Faya", ["LBY"], ["TCD"], req=False, attribution="official"),
    ], forbid=[F("could not confirm the\ndeparture", ["RETREAT"]),
               F("They are deprived of air cover and supplies")],
        places=[P("Chad", "TCD"), P("Faya\nLargeau", "TCD", 17.93, 19.10)]),

    # 8. reuters-16924 (Fri 1987-04-17, Washington): Japan's embassy is "deeply disappointed" by Reagan's tariffs
    #    over the semiconductor pact, says Japan has been implementing it, and will complain to GATT and seek new
    #    talks. The disappointment ACCUSE (manual: diplomatic protests are ACCUSE `disapprove'; required), the
    #    denial that it broke the pact REJECT (required, as earlier golds' denials), the GATT complaint ACCUSE
    #    (future; GATT or the US as recipient) and the talks sought REQUEST/AGREE (future) required; the tariffs
    #    SANCTION and the US charge ACCUSE (the earlier news, optional).
    article(REU + "16924", "1987-04-17", [
        E(["ACCUSE"], "deeply disappointed", ["JPN"], ["USA"]),
        E(["SANCTION"], "the tariffs\nannounced by President Reagan in retaliation", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "for Japan's not honoring its\nsemiconductor agreement", ["USA"], ["JPN"], req=False),
        E(["REJECT"], "Japan had been fully implementing the pact", ["JPN"], ["USA"]),
        E(["ACCUSE"], "Japan would complain to the General", ["JPN"], ["USA", IGO], modality=FUT),
        E(["REQUEST", "AGREE"], "seek\nnew talks with Washington", ["JPN"], ["USA"], modality=FUT),
    ], forbid=[F("the results were starting to show", ["REJECT"])]),

    # 9. reuters-9703 (Thu 1987-03-26, Washington): Byrd fails to win the 60 votes to force a Senate vote on a
    #    bill demanding that Reagan account for Contra aid, and drops his effort; the aid's last instalment became
    #    available last weekend. Dropping the effort CONCEDE (manual: withdrawing a demand; RETREAT accepted;
    #    required); the aid becoming legally available AID (optional: a debatable reading, availability rather
    #    than a transfer; the Contras NIC or IMG), the failed vote REJECT and the bill's demand REQUEST (a
    #    defeated motion: optional), the aid diverted from arms sales to Iran and the package approved last year
    #    AID optional (background).
    article(REU + "9703", "1987-03-26", [
        E(["REJECT"], "failed to win the 60 votes", ["USA"], ["USA"], req=False, date="1987-03-25"),
        E(["REQUEST"], "a bill demanding President Reagan account", ["USA"], ["USA"], req=False),
        E(["AID"], "millions of dollars\ndiverted to the rebels", ["USA"], CONTRAS, req=False, modality=H),
        E(["CONCEDE", "RETREAT"], "Byrd said he would drop his effort", ["USA"], ["USA"]),
        E(["AID"], "aid package approved last year", ["USA"], CONTRAS, req=False, modality=H),
        E(["AID"], "the aid became\nlegally available to the Contras", ["USA"], CONTRAS, req=False),
    ], dates=[D("yesterday", "1987-03-25"), D("last year", "1986")],
        quantities=[Q("60 votes", 60, "votes")]),

    # 10. reuters-622 (Mon 1987-03-02, Saragossa): thousands of farmers battle police in Saragossa during a march
    #     demanding a better EC deal, exchange stones for tear gas and rubber pellets and occupy government
    #     buildings; in Malaga citrus growers dump lemons against EC duties. The battle with police PROTEST
    #     (riot; ASSAULT accepted; required), the police's tear gas ASSAULT (as earlier golds' teargas; COERCE
    #     accepted; required), the lemon dumping PROTEST (required); the march PROTEST (the same protest), the
    #     occupation PROTEST/COERCE, the EC duties SANCTION, Spain joining the EC and the farmers' complaint ACCUSE
    #     optional. The farmers ESP; the EC EUR/IGO, ESP accepted as the protests' recipient (local government).
    article(REU + "622", "1987-03-02", [
        E(["PROTEST", "ASSAULT"], "Spanish farmers battled\npolice", ["ESP"], ["ESP"] + EU, location_country="ESP"),
        E(["PROTEST"], "during a march to demand a better deal", ["ESP"], EU + ["ESP"], req=False),
        E(["ASSAULT", "COERCE"], "traded stones for tear gas and rubber pellets", ["ESP"], ["ESP"],
          location_country="ESP"),
        E(["PROTEST", "COERCE"], "occupied local government buildings", ["ESP"], ["ESP"], req=False),
        E(["PROTEST"], "citrus growers dumped more than 20 tonnes of lemons", ["ESP"], EU + ["ESP"],
          location_country="ESP"),
        E(["SANCTION"], "duties levied by the EC", EU, ["ESP"], req=False),
        E(["COOPERATE", "AGREE", "SUPPORT"], "Spain joined the community", ["ESP"], EU, req=False, modality=H,
          date="1986-01"),
        E(["ACCUSE"], "farmers say they have suffered competition", ["ESP"], EU, req=False),
    ], places=[P("Saragossa", "ESP", 41.65, -0.88), P("Malaga", "ESP", 36.72, -4.42)],
        dates=[D("January last year", "1986-01")],
        quantities=[Q("20 tonnes", 20, "tonnes")]),

    # 11. reuters-17436 (Mon 1987-06-01, Abu Dhabi): Iran's foreign minister, visiting the UAE on a Gulf tour,
    #     warns that Iran will combat any superpower intervention in the Gulf; Reagan's pledge to protect Kuwaiti
    #     tankers. The warning THREATEN (required; the superpowers USA or SUN), the visit CONSULT (required); the
    #     quoted and reported restatements THREATEN and Reagan's pledge AGREE/SUPPORT/COOPERATE (background)
    #     optional; the possible Iranian attack hypothetical (forbidden, the pledge's types allowed).
    article(REU + "17436", "1987-06-01", [
        E(["THREATEN"], "warned that Iran would combat any superpower", ["IRN"], SUPERPOWERS),
        E(["THREATEN"], "Will not allow the superpowers", ["IRN"], SUPERPOWERS, req=False),
        E(["CONSULT"], "visiting the United Arab Emirates", ["IRN"], ["ARE"], location_country="ARE"),
        E(["THREATEN"], "to prevent any interference", ["IRN"], SUPERPOWERS, req=False),
        E(["AGREE", "SUPPORT", "COOPERATE"], "has\npledged to keep the Gulf sealanes open", ["USA"], ["KWT"],
          req=False),
    ], forbid=[F("from possible Iranian attack", ["AGREE", "SUPPORT", "COOPERATE"])],
        places=[P("United Arab Emirates", "ARE")]),

    # 12. reuters-10862 (Mon 1987-03-30, Ankara): Ozal says Turkey's latest row with Greece over Aegean oil rights
    #     shows the need for talks, after talks with Turkey's ambassador to Athens, back from a meeting with
    #     Papandreou; a reply to Greece soon; he does not say whether he takes up Papandreou's renewed offer to go
    #     to the International Court of Justice. The call for talks AGREE/REQUEST (manual: a party's call to end
    #     a conflict is AGREE, a call for talks REQUEST; required), the ambassador's meeting with Papandreou
    #     CONSULT (required; the visiting envoy actor, the host recipient); Ozal's talks with his own ambassador
    #     CONSULT (internal, optional), the reply promised AGREE/CONSULT (future, optional), Papandreou's offer
    #     AGREE (offers are AGREE, as eval/gold's conventions; REQUEST accepted; optional: earlier, renewed).
    article(REU + "10862", "1987-03-30", [
        E(["AGREE", "REQUEST"], "showed\nthe need for talks", ["TUR"], ["GRC"]),
        E(["CONSULT"], "after talks with Turkey's ambassador", ["TUR"], ["TUR"], req=False),
        E(["CONSULT"], "arrived last night from a meeting with Greek", ["TUR"], ["GRC"]),
        E(["AGREE", "CONSULT"], "A reply would be made to\nGreece shortly", ["TUR"], ["GRC"], req=False,
          modality=FUT),
        E(["AGREE", "REQUEST"], "renewed offer to go to the International Court", ["GRC"], ["TUR"], req=False),
    ], forbid=[F("such a move was not the only way", ["AGREE", "REQUEST"])],
        places=[P("Greece", "GRC"), P("Athens", "GRC", 37.98, 23.73),
                P("The Hague", "NLD", 52.08, 4.30)],
        dates=[D("last night", "1987-03-29")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
