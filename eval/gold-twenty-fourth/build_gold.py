"""Writes articles.json for the twenty-fourth article gold (written blind): five 2005 BBC tech stories that report
acts of political actors (a state's lawsuit and a federal agency's court order against spammers, a hacker's arrest
and indictment, a criminal conviction for spam, a blogger jailed in Iran, an election law paid for by foreign aid)
and seven 1987 Reuters wire stories (war, arms control, detentions, a strike, a trade dispute), all unread
(select_stories.py). The annotations are data, written by hand below with the shorthands of
eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Records: bbc-news-2225.jsonl.gz#<id> / reuters21578.jsonl.gz#<id>, offsets in their `text` (BBC: body without
title; Reuters: body without title and dateline).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import BBC, BBC_PUB, FUT, H, HYP, IMG, NGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

RSF = [NGO, "FRA"]                 # Reporters Without Borders, a Paris-based NGO
IRAN_IRAQ = ["IRN", "IRQ"]
NPA = ["PHL", IMG]                 # the communist New People's Army: its country or IMG
SUPERPOWERS = ["USA", "SUN"]       # the "superpower plan": the US-Soviet missile talks

ARTICLES = [
    # 1. bbc-tech-273: the state of Texas sues two men it calls top spammers; their firms deny wrongdoing; the
    #    Federal Trade Commission wins a court order stopping a spam group. A state's lawsuit ACCUSE (as being sued
    #    in the earlier golds; required), the denial REJECT (required), the court order a federal agency won
    #    SANCTION/COERCE (required: manual, SANCTION `convict' covers sanctions by court order; it stops the senders
    #    and freezes their assets); the damages sought REQUEST and restatements of the charges optional; the laws'
    #    penalties, the hypothetical damages and the description of the messages forbidden (ACCUSE allowed where the
    #    sentence charges the senders).
    article(BBC + "tech-273", BBC_PUB, [
        E(["ACCUSE"], "has filed a lawsuit against two men", ["USA"], ["USA"]),
        E(["REQUEST", "ACCUSE"], "It is seeking millions of dollars in damages", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "started the legal action as messages sent by the alleged spammers", ["USA"], ["USA"],
          req=False),
        E(["REJECT"], "denied any wrongdoing", ["USA"], ["USA"]),
        E(["ACCUSE"], "The attorney general alleges that messages", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "Mr Abbott said the messages sent by the pair broke laws", ["USA"], ["USA"], req=False),
        E(["REJECT"], "said the lawsuit was groundless", ["USA"], ["USA"], req=False),
        E(["REJECT"], "are in complete compliance with the federal Can-Spam Act", ["USA"], ["USA"], req=False),
        E(["SANCTION", "COERCE"], "has won a court order that stops an international group", ["USA"]),
        E(["ACCUSE"], "The FTC took the action because the messages", ["USA"], req=False),
        E(["SANCTION", "COERCE"], "freezes assets prior to a hearing", ["USA"], req=False),
    ], forbid=[F("All three acts confer cash penalties"),
               F("the two men could face a damages bill"),
               F("are suspected of sending out many millions", ["ACCUSE"]),
               F("the pornographic messages did not identify themselves", ["ACCUSE"]),
               F("Spam is one of the most aggravating")],
        places=[P("Texas", "USA"), P("California", "USA")]),

    # 2. bbc-tech-271: a Californian man arrested in October and indicted by a Los Angeles grand jury for hacking
    #    into T-Mobile's computers; the US Secret Service investigating; on bail. The indictment ACCUSE (required),
    #    the arrest COERCE (required), the lead's "facing charges" ACCUSE, the investigation ACCUSE and bail RETREAT
    #    (optional, as gold-twenty-first's); the hacking itself and the firm's statements forbidden (ACCUSE allowed
    #    where the sentence reports the charges).
    article(BBC + "tech-271", BBC_PUB, [
        E(["ACCUSE"], "A man is facing charges of hacking", ["USA"], ["USA"], req=False),
        E(["COERCE"], "was arrested in October", ["USA"], ["USA"], location_country="USA"),
        E(["COERCE"], "The arrest came a year after", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "The US Secret Service has been investigating the case", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "the US Secret Service was also looking into whether", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "A Los Angeles grand jury indicted Mr Jacobsen", ["USA"], ["USA"], location_country="USA"),
        E(["RETREAT"], "He is currently on bail", ["USA"], ["USA"], req=False),
    ], forbid=[F("took names and social security numbers of 400 customers", ["ACCUSE"]),
               F("we were able to take corrective action immediately"),
               F("also read personal files on the Secret Service agent", ["ACCUSE"]),
               F("T-Mobile is a subsidiary company of Deutsche Telekom")],
        places=[P("Los Angeles", "USA", 34.05, -118.24)],
        dates=[D("October 2004", "2004-10")],
        quantities=[Q("400 customers", 400, "customers"), Q("16.3 million subscribers", 16300000, "subscribers")]),

    # 3. bbc-tech-132: a brother and sister convicted in Virginia of sending spam, the first criminal prosecution
    #    of spammers; the jury recommends nine years and a fine; a third defendant acquitted; the defence calls the
    #    term "outrageous". The conviction SANCTION (COERCE accepted; required), the defence lawyer's rejection
    #    REJECT/ACCUSE (required, as gold-twenty-first's lawyer's denial); the recommended sentence SANCTION/COERCE,
    #    the formal sentencing (future), the acquittal CONCEDE (manual: acquittals CONCEDE; RETREAT accepted), the
    #    prosecutors' charges ACCUSE and demand REQUEST optional; descriptions of the goods sold and spam statistics
    #    forbidden (ACCUSE allowed on the charges).
    article(BBC + "tech-132", BBC_PUB, [
        E(["SANCTION", "COERCE"], "have been convicted of sending hundreds of thousands", ["USA"], ["USA"],
          location_country="USA"),
        E(["ACCUSE"], "It is the first criminal prosecution", ["USA"], ["USA"], req=False),
        E(["SANCTION", "COERCE"], "recommended that the man, Jeremy Jaynes, serve nine years", ["USA"], ["USA"],
          req=False),
        E(["SANCTION", "COERCE"], "They were convicted under a state law", ["USA"], ["USA"], req=False),
        E(["SANCTION", "COERCE"], "They will be formally sentenced next year", ["USA"], ["USA"], req=False,
          modality=FUT),
        E(["CONCEDE", "RETREAT"], "was acquitted", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "Prosecutors said Jaynes was", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "He's been successful ripping people off", ["USA"], ["USA"], req=False),
        E(["SANCTION", "COERCE"], "Jaynes was also found guilty", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "Prosecutors had asked for 15 years in jail", ["USA"], ["USA"], req=False, modality=H),
        E(["REJECT", "ACCUSE"], "called the nine-year recommended term", ["USA"], ["USA"]),
    ], forbid=[F("was supposed to allow people to earn"),
               F("Another item on sale was"),
               F("His sister helped him process credit card payments", ["ACCUSE"]),
               F("Jaynes amassed a fortune", ["ACCUSE"]),
               F("Spam messages are estimated to account")],
        places=[P("Virginia", "USA"), P("North Carolina", "USA")],
        quantities=[Q("$7,500", 7500, "USD"), Q("$24m", 24000000, "USD"), Q("nine years", 9, "years")]),

    # 4. bbc-tech-035: an Iranian blogger jailed for 14 years by a revolutionary court on spying charges;
    #    Reporters Without Borders calls the sentence harsh and asks President Khatami to secure his release; his
    #    lawyer calls the court illegal; a crackdown on online journalists; an online day of action. The sentence
    #    SANCTION/COERCE (required), the NGO's criticism ACCUSE and its appeal to Khatami REQUEST (required), the
    #    lawyer's charge ACCUSE/REJECT (required); the arrests, the crackdown and blocked blogging sites COERCE
    #    (optional: background, habitual), the state's charges ACCUSE, the call for a retrial REQUEST, the day of
    #    action PROTEST and the NGO's restatements optional; web-traffic figures and a campaigner's forecast
    #    forbidden.
    article(BBC + "tech-035", BBC_PUB, [
        E(["SANCTION", "COERCE"], "has been jailed for 14 years on charges of spying", ["IRN"], ["IRN"],
          location_country="IRN"),
        E(["COERCE"], "Arash Sigarchi was arrested last month", ["IRN"], ["IRN"], req=False, modality=H),
        E(["ACCUSE"], "to criticise the arrest of other online journalists", ["IRN"], ["IRN"], req=False, modality=H),
        E(["SANCTION", "COERCE"], "was sentenced by a revolutionary court", ["IRN"], ["IRN"], req=False),
        E(["ACCUSE"], "criticised by human rights watchdog Reporters Without Borders", RSF, ["IRN"], req=False),
        E(["PROTEST"], "an online \"day of action\" to secure his release", [NGO], ["IRN"], req=False, modality=H),
        E(["COERCE"], "have recently clamped down on the growing popularity", ["IRN"], ["IRN"], req=False),
        E(["COERCE"], "restricting access to major blogging sites", ["IRN"], ["IRN"], req=False),
        E(["COERCE"], "is still being held", ["IRN"], ["IRN"], req=False),
        E(["ACCUSE"], "described Mr Sigarchi's sentence as", RSF, ["IRN"]),
        E(["REQUEST"], "called on Iranian President Mohammed Khatami", RSF, ["IRN"]),
        E(["ACCUSE"], "The authorities are trying to make an example of him", RSF, ["IRN"], req=False),
        E(["ACCUSE"], "By handing down this harsh sentence", RSF, ["IRN"], req=False),
        E(["COERCE"], "have arrested about 20 online journalists", ["IRN"], ["IRN"], req=False),
        E(["ACCUSE"], "They accused Mr Sigarchi of a string of crimes", ["IRN"], ["IRN"], req=False),
        E(["ACCUSE", "REJECT"], "labelled the revolutionary court", ["IRN"], ["IRN"]),
        E(["REQUEST"], "called for a retrial in a public court", ["IRN"], ["IRN"], req=False),
        E(["SANCTION", "COERCE"], "Mr Sigarchi was sentenced one day after", ["IRN"], ["IRN"], req=False),
        E(["PROTEST"], "The Committee to Protect Bloggers designated", [NGO], ["IRN"], req=False, modality=H,
          date="2005-02-22"),
    ], forbid=[F("Around 10,000 people visited the campaign's website"),
               F("About 12% of users were based in Iran"),
               F("The eyes of 8 million bloggers"),
               F("The mullahs won't be able to make a move")],
        places=[P("Iran", "IRN"), P("Gilan", "IRN")],
        dates=[D("22 February 2005", "2005-02-22")],
        quantities=[Q("14 years", 14, "years"), Q("about 20 online journalists", 20, "people"),
                    Q("10,000 people", 10000, "people")]),

    # 5. bbc-tech-001 (an IFES worker's analysis: the one analysis piece): Kyrgyzstan's president pushed through a
    #    law on invisible ink for its elections; the US government pays for it; Germany's embassy, the Soros
    #    Foundation and the government bought transparent ballot boxes; a journalist's petition against the ink.
    #    Funding an election's costs AID (AGREE accepted for "agreed to fund"; required), the contributions AID
    #    (required); the petition PROTEST/REQUEST and an NGO coalition's praise SUPPORT optional; passing a law is
    #    no PLOVER event between actors (left unmarked); the polling procedure, experts' assessments and other
    #    countries' elections forbidden.
    article(BBC + "tech-001", BBC_PUB, [
        E(["AID", "AGREE"], "The US government agreed to fund all expenses", ["USA"], ["KGZ"]),
        E(["AID"], "have all contributed to purchase transparent ballot boxes", ["DEU", NGO, "KGZ"], ["KGZ"]),
        E(["PROTEST", "REQUEST"], "began a petition drive against the use of the ink", ["KGZ"], ["KGZ"],
          req=False),
        E(["SUPPORT"], "have lauded the move as an important step forward", [NGO, "KGZ"], ["KGZ"], req=False),
    ], forbid=[F("is seen by many experts as backsliding"),
               F("one election official will scan voter's fingers"),
               F("any voter who refuses to be inked will not receive the ballot"),
               F("both Christian and Islamic leaders assured their populations"),
               F("as the elections in Afghanistan showed"),
               F("The passage of the inking law is, nevertheless")],
        places=[P("Kyrgyz Republic", "KGZ"), P("Ukraine", "UKR"), P("Georgia", "GEO"), P("Serbia", "SRB")],
        dates=[D("27 February", "2005-02-27")],
        quantities=[Q("75 deputies", 75, "deputies")]),

    # 6. reuters-245 (Sun 1987-03-01, Baghdad): Iraq says its troops repelled an overnight attack by three
    #    divisions of Revolutionary Guards near Basra; the corps had a new commander. The attack and the repulse
    #    ASSAULT (both required, Iraq's communique: attribution official); the restatements optional; the change
    #    of commander is internal (forbidden).
    article(REU + "245", "1987-03-01", [
        E(["ASSAULT"], "its troops repelled an", ["IRQ"], ["IRN"], location_country="IRQ", attribution="official"),
        E(["ASSAULT"], "overnight attack by three divisions", ["IRN"], ["IRQ"], location_country="IRQ",
          attribution="official"),
        E(["ASSAULT"], "attack rushed forward positions", ["IRN"], ["IRQ"], req=False),
        E(["ASSAULT"], "whose troops fought off the Iranians", ["IRQ"], ["IRN"], req=False),
    ], forbid=[F("had a new commander", ["ASSAULT"]),
               F("had replaced Major General")],
        places=[P("Basra", "IRQ", 30.51, 47.81)],
        dates=[D("last night", "1987-02-28"), D("this morning", "1987-03-01")],
        quantities=[Q("three divisions", 3, "divisions")]),

    # 7. reuters-17668 (Mon 1987-06-01, Bonn): West Germany says it will accept the superpowers' plan to ban
    #    medium and shorter-range missiles, provided it keeps its 72 Pershing-1a missiles. Accepting the plan AGREE
    #    (required; the superpowers' talks as recipient), the demand to exclude its missiles REQUEST (required);
    #    the condition and the coalition's restatement optional, the coalition's talks CONSULT optional
    #    (party-internal); the diplomats' forecast of a snag forbidden (REQUEST allowed: its sentence holds the
    #    demand).
    article(REU + "17668", "1987-06-01", [
        E(["AGREE"], "West Germany said it would accept a", ["DEU"], SUPERPOWERS),
        E(["REQUEST"], "provided Bonn was allowed to retain", ["DEU"], SUPERPOWERS, req=False),
        E(["AGREE"], "coalition finally said it would agree", ["DEU"], SUPERPOWERS, req=False),
        E(["CONSULT"], "after top-level talks", ["DEU"], ["DEU"], req=False),
        E(["REQUEST"], "Bonn wanted the 72 West German Pershing-1a missiles excluded", ["DEU"], SUPERPOWERS),
    ], forbid=[F("could produce a snag in the Geneva arms talks", ["REQUEST"])],
        places=[P("Geneva", "CHE", 46.20, 6.15)],
        quantities=[Q("72", 72, "missiles")]),

    # 8. reuters-18043 (Tue 1987-06-02, Cape Town): South Africa says it still detains 1,500 people without trial
    #    under emergency rule; rights groups say many were freed, possibly to make room for a new crackdown.
    #    Detention without trial COERCE (required, official), the releases RETREAT (required, the rights groups'
    #    report), the possible crackdown COERCE (hypothetical, optional); earlier lists' figures forbidden.
    article(REU + "18043", "1987-06-02", [
        E(["COERCE"], "it was detaining without trial", ["ZAF"], ["ZAF"], attribution="official"),
        E(["RETREAT"], "many detainees had been freed in recent weeks", ["ZAF"], ["ZAF"]),
        E(["COERCE"], "empty cells for a new government crackdown", ["ZAF"], ["ZAF"], req=False, modality=HYP),
    ], forbid=[F("Previous lists have named up to 8,500 people")],
        places=[P("South Africa", "ZAF")],
        quantities=[Q("1,500", 1500, "people")]),

    # 9. reuters-17494 (Mon 1987-06-01, Colombo): thousands of tea workers of Indian origin strike for citizenship
    #    and voting rights; their union's prayer campaign; a three-day campaign was suspended after a cabinet
    #    committee promised faster procedures. The strike PROTEST (required), the committee's promise CONCEDE/AGREE
    #    (manual, CONCEDE: promises to ease administrative restrictions) (required); the prayer campaign PROTEST, the
    #    demand REQUEST and the suspension RETREAT optional; trade sources on production forbidden. Workers and union
    #    LKA (IND accepted: of Indian origin).
    article(REU + "17494", "1987-06-01", [
        E(["PROTEST"], "went on strike today to press demands", ["LKA", "IND"], ["LKA"], date="1987-06-01",
          location_country="LKA"),
        E(["PROTEST"], "launched a prayer campaign at temples", ["LKA", "IND"], ["LKA"], req=False),
        E(["REQUEST"], "to get the authorities to expedite citizenship procedures", ["LKA", "IND"], ["LKA"],
          req=False),
        E(["RETREAT"], "a three-day campaign was suspended", ["LKA", "IND"], ["LKA"], req=False),
        E(["CONCEDE", "AGREE"], "a Cabinet committee promised to speed up procedures", ["LKA"], ["LKA", "IND"]),
    ], forbid=[F("Trade sources said the strike did not affect production")],
        places=[P("Sri Lanka", "LKA")],
        dates=[D("today", "1987-06-01")],
        quantities=[Q("400,000 members", 400000, "members")]),

    # 10. reuters-3450 (Wed 1987-03-11, London): an Iranian commander says Iraq lost 3,000 men in Iran's week-old
    #     offensive in north-east Iraq and nine counter-attacks were repulsed; 289 captured; Iran backs Kurdish
    #     rebels. The offensive ASSAULT (required), the repulsed counter-attacks ASSAULT (required, both sides);
    #     the captures ASSAULT/COERCE and Iran's support for the rebels SUPPORT/AID and the rebels' operations
    #     ASSAULT optional. Kurdish rebels IRQ/IMG. Iran's news agency quoting a commander: attribution media.
    article(REU + "3450", "1987-03-11", [
        E(["ASSAULT"], "a week-old offensive by Iran's forces", ["IRN"], ["IRQ"], location_country="IRQ"),
        E(["ASSAULT"], "nine Iraqi counter-attacks had been repulsed", IRAN_IRAQ, IRAN_IRAQ, location_country="IRQ",
          attribution="media"),
        E(["ASSAULT", "COERCE"], "another 289 captured", ["IRN"], ["IRQ"], req=False),
        E(["SUPPORT", "AID"], "coupled with support for anti-Iraqi Kurdish rebel operations", ["IRN"],
          ["IRQ", IMG], req=False),
        E(["ASSAULT"], "anti-Iraqi Kurdish rebel operations", ["IRQ", IMG], ["IRQ"], req=False),
    ], places=[P("Haj Omran", "IRQ"), P("Iraqi Kurdistan", "IRQ")],
        quantities=[Q("3,000 casualties", 3000, "casualties"), Q("289", 289, "people")]),

    # 11. reuters-7594 (Fri 1987-03-20, Manila): communist rebels kill 18 soldiers on a patrol in Mindanao, the
    #     army says; the state agency says 18 rebels died; on Tuesday 19 soldiers were killed by land mines on
    #     Luzon. The ambush ASSAULT (required, official), its restatement and the rebels' losses ASSAULT optional,
    #     Tuesday's mines ASSAULT optional (earlier news, no actor named).
    article(REU + "7594", "1987-03-20", [
        E(["ASSAULT"], "Communist rebels killed 18 soldiers", NPA, ["PHL"], location_country="PHL",
          attribution="official"),
        E(["ASSAULT"], "were attacked by guerrillas", NPA, ["PHL"], req=False, location_country="PHL"),
        E(["ASSAULT"], "at least 18 rebels died in the clash", ["PHL"], NPA, req=False, attribution="media"),
        E(["ASSAULT"], "19 soldiers were killed in Quezon province", None, ["PHL"], req=False, date="1987-03-17",
          location_country="PHL"),
    ], places=[P("Mindanao", "PHL"), P("Misamis Occidental", "PHL"), P("Davao del Sur", "PHL"),
               P("Quezon province", "PHL"), P("Luzon", "PHL")],
        dates=[D("Tuesday", "1987-03-17")],
        quantities=[Q("18 soldiers", 18, "soldiers"), Q("70 soldiers", 70, "soldiers"),
                    Q("18 rebels", 18, "rebels"), Q("19 soldiers", 19, "soldiers")]),

    # 12. reuters-11357 (Tue 1987-03-31, Washington): the Senate's Democratic and Republican leaders praise
    #     Reagan's retaliation against Japan for breaking a semiconductor accord, urge Japan to open its markets,
    #     and say they see no trade war. The praise SUPPORT and the call on Japan REQUEST (required); the
    #     retaliation SANCTION and the charge of violating the accord ACCUSE (optional: the earlier news the
    #     praise refers to), "long overdue" SUPPORT (optional restatement); "the first shot in a trade war" and
    #     the denials of a trade war forbidden (no fight; the first sentence's real events allowed).
    article(REU + "11357", "1987-03-31", [
        E(["SUPPORT"], "leaders praised President Reagan", ["USA"], ["USA"]),
        E(["SANCTION"], "for retaliating", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "for violating a semiconducter accord", ["USA"], ["JPN"], req=False),
        E(["SUPPORT"], "decision was long", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "urged Japan to open its markets", ["USA"], ["JPN"]),
    ], forbid=[F("the first shot in a trade war", ["SUPPORT", "SANCTION", "ACCUSE"]),
               F("they saw no trade war over the issue"),
               F("That fear has no basis in fact")],
        places=[P("Japan", "JPN")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
