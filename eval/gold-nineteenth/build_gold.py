"""Writes articles.json for the nineteenth article gold (written blind): five ABC stories of late 2001 that end the
Lee background walk of eval/gold-sixteenth to eval/gold-eighteenth, four 1987 Reuters wire stories and three 2005
BBC politics stories of a fresh seeded draw (select_stories.py). The annotations are data, written by hand below
with the shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
The Lee texts are not committed: run python3 fetch_texts.py first (it writes texts/lee_bg_NNN.txt); the Reuters
and BBC texts are the records of shared/corpus/ named in `file`.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import (BBC, BBC_PUB, FUT, H, IMG, LEE_PUB, LEE_TEXTS, MNC, NGO, REU, D, E, F,  # noqa: E402
                            P, Q, article, write_gold)

# The Lee stories carry no date (LEE_PUB stands for it; they fall in 2001-11..2002-01, see gold_authoring); weekdays,
# "today", "yesterday", "earlier this month" and "at the beginning of the month" depend on the unknown day and are
# left out of `dates` and event dates. Dates of past years are kept.
PAL = ["PSE"]                    # Palestinians, Arafat, Palestinian police and officials
MILITANTS = ["PSE", IMG]         # Hamas, "Islamic extremists", "armed protesters" (the earlier golds' convention)
AL_QAEDA = [IMG, "YEM"]          # Arab Al Qaeda fighters in Kandahar ("believed to be a Yemeni")
TALIBAN = ["AFG", IMG]           # the Taliban militia (gold-seventeenth's convention)
KASHMIRI = [IMG, "IND", "PAK"]   # Kashmiri militant groups and their alliance
TIMOR = ["TLS", "PRT"]           # East Timor in 1975, a Portuguese colony
MUBANGA = ["GBR", "ZMB"]         # "dual British and Zambian nationality"
GM = ["USA", MNC]                # a firm takes its home country, MNC accepted (the earlier golds' convention)


ARTICLES = [
    # 1. line 50: Afghan security forces arrest a wounded Arab Al Qaeda fighter at a Kandahar hospital; seven others,
    #    barricaded with weapons, threaten to blow up their room; the governor's men try to persuade them to
    #    surrender. Arrest COERCE; the threat THREATEN; persuading them to surrender REQUEST. Carrying weapons
    #    and the concern for other patients are states, not acts.
    article(LEE_TEXTS + "050.txt", LEE_PUB, [
        E(["COERCE"], "have arrested a wounded Arab Al Qaeda fighter", ["AFG"], AL_QAEDA, location_country="AFG"),
        E(["COERCE"], "the man was arrested when he left his ward", ["AFG"], AL_QAEDA, req=False),
        E(["COERCE"], "was taken into custody when he came out of his ward", ["AFG"], AL_QAEDA, req=False),
        E(["REQUEST"], "We are trying to persuade them not to detonate their explosives", ["AFG"], AL_QAEDA),
        E(["ASSAULT"], "wounded in earlier US bombing of Kandahar airport", ["USA"], AL_QAEDA + ["AFG"],
          req=False, modality=H),
        E(["RETREAT"], "before the departure of the Taliban militia", TALIBAN, req=False, modality=H),
        E(["AID"], "the Taliban had handed over some weapons", TALIBAN, AL_QAEDA, req=False, modality=H),
        E(["THREATEN"], "They have been threatening to blow up their hospital room", AL_QAEDA, ["AFG"]),
    ], forbid=[F("the other seven are carrying weapons"),
               F("We are concerned about the safety of other patients")],
        places=[P("Kandahar", "AFG", 31.61, 65.71)]),

    # 2. line 214: documents released show the United States approved Indonesia's 1975 invasion of East Timor;
    #    Suharto briefed Ford and Kissinger the day before; Kissinger rejects criticism. Approval of another
    #    state's action is SUPPORT (manual: approve policy or action); all acts but Kissinger's are of 1975
    #    (historical). The release of the documents itself is no PLOVER event.
    article(LEE_TEXTS + "214.txt", LEE_PUB, [
        E(["SUPPORT"], "The United States offered full and direct approval", ["USA"], ["IDN"], modality=H,
          date="1975-12"),
        E(["SUPPORT"], "the United States gave a 'green light' to the invasion", ["USA"], ["IDN"], req=False,
          modality=H),
        E(["ASSAULT", "COERCE"], "the opening salvo in an occupation", ["IDN"], TIMOR, req=False, modality=H),
        E(["CONSULT"], "General Suharto briefed US president Gerald Ford", ["IDN", "USA"], ["USA", "IDN"],
          modality=H, date="1975-12-06"),
        E(["CONSULT"], "called in to Jakarta on their way back from a summit", ["USA"], ["IDN"], req=False,
          modality=H, date="1975-12-06"),
        E(["CONSULT"], "a summit in Beijing", ["USA", "CHN"], req=False, modality=H),
        E(["REQUEST"], "We want your understanding", ["IDN"], ["USA"], req=False, modality=H),
        E(["SUPPORT", "AGREE"], "We will understand and will not press you on the issue", ["USA"], ["IDN"],
          req=False, modality=H),
        E(["REJECT"], "who has denied the subject of Timor came up", ["USA"], req=False),
        E(["REQUEST"], "it would be better if it were done after we returned", ["USA"], ["IDN"], req=False,
          modality=H),
        E(["ASSAULT"], "The invasion took place on December 7", ["IDN"], TIMOR, modality=H, date="1975-12-07",
          location_country="TLS"),
        E(["REJECT"], "has consistently rejected criticism of the Ford administration", ["USA"], req=False),
        E(["CONCEDE"], "it was perhaps \"regrettable\"", ["USA"], req=False, modality=H),
    ], forbid=[F("The president will be back on Monday at 2pm Jakarta time")],
        places=[P("East Timor", "TLS"), P("Jakarta", "IDN", -6.21, 106.85), P("Beijing", "CHN", 39.90, 116.40),
                P("New York", "USA")],
        dates=[D("December 6 1975", "1975-12-06"), D("December 7", "1975-12-07"), D("in 1995", "1995")],
        quantities=[Q("200,000 East Timorese", 200000, "people")]),

    # 3. line 143: Kashmiri militant groups deny involvement in the attack on the Indian Parliament and accuse
    #    Indian intelligence. Denying responsibility REJECT (the manual's suggested reading of CAMEO 016), the
    #    accusation ACCUSE; the attack itself (day unknown) optional; a negated claim forbidden.
    article(LEE_TEXTS + "143.txt", LEE_PUB, [
        E(["REJECT"], "denied involvement in Thursday's attack", KASHMIRI, ["IND"]),
        E(["ACCUSE"], "accusing Indian intelligence instead", KASHMIRI, ["IND"]),
        E(["ASSAULT"], "Thursday's attack on the Indian Parliament", None, ["IND"], req=False,
          location_country="IND"),
        E(["REJECT"], "Kashmiris have no connection with this attack", KASHMIRI, ["IND"], req=False),
        E(["ACCUSE"], "it was carried out by Indian intelligence agencies", KASHMIRI, ["IND"], req=False),
        E(["ASSAULT"], "The attack on the Parliament building in New Delhi left at least 12 dead", None, ["IND"],
          req=False, location_country="IND"),
        E(["ACCUSE"], "accused the Indian Government of masterminding the attack", KASHMIRI, ["IND"], req=False),
    ], forbid=[F("have not said who they believe was behind the killings"),
               F("increasing international pressure over Kashmir", ["ACCUSE"])],
        places=[P("New Delhi", "IND", 28.61, 77.21)],
        quantities=[Q("at least 12 dead", 12, "people")]),

    # 4. line 81: a Palestinian killed in a firefight as Israeli forces move back into Nablus; tanks return to a
    #    West Bank village; Arafat's police try to arrest a Hamas leader and clash with armed protesters; the first
    #    joint security meeting since Zinni's recall. Incursions COERCE/ASSAULT/MOBILIZE (gold-eighteenth's
    #    convention); the attempted arrest COERCE; the clash ASSAULT/PROTEST/COERCE (gold-seventeenth's).
    article(LEE_TEXTS + "081.txt", LEE_PUB, [
        E(["ASSAULT"], "killed in a firefight with Israeli forces", ["ISR"], PAL, location_country="PSE"),
        E(["COERCE", "ASSAULT", "MOBILIZE"], "as they moved back into a suburb of Nablus", ["ISR"], PAL,
          location_country="PSE"),
        E(["COERCE", "ASSAULT", "MOBILIZE"], "Tanks and armoured cars moved into an autonomous Palestinian area",
          ["ISR"], PAL, req=False),
        E(["RETREAT"], "that they had quit in the morning", ["ISR"], PAL, req=False),
        E(["COERCE", "ASSAULT", "MOBILIZE"], "Tanks also returned to a West Bank village", ["ISR"], PAL),
        E(["RETREAT"], "The withdrawal had been seen as a sign", ["ISR"], PAL, req=False),
        E(["REQUEST", "AGREE"], "Yasser Arafat's peace call on Sunday", PAL, MILITANTS + ["ISR"], req=False,
          modality=H),
        E(["REJECT"], "Islamic extremists defying his call for a cease-fire", MILITANTS, PAL, req=False),
        E(["COERCE"], "sent his police in the pre-dawn hours today to arrest", PAL, MILITANTS,
          location_country="PSE"),
        E(["ASSAULT", "PROTEST", "COERCE"], "the police clashed with armed protesters", PAL + [IMG], MILITANTS,
          location_country="PSE"),
        E(["COERCE"], "as they tried to arrest Abdel Aziz al-Rantissi", PAL, MILITANTS, req=False),
        E(["CONSULT"], "held their first joint security meeting", ["ISR", "PSE"], ["ISR", "PSE"]),
        E(["RETREAT"], "They moved their forces out of west Nablus", ["ISR"], PAL, req=False),
        E(["COERCE", "ASSAULT", "MOBILIZE"], "but later sent them back in", ["ISR"], PAL, req=False),
        E(["ASSAULT", "COERCE"], "The areas had been stormed", ["ISR"], PAL, req=False, modality=H),
        E(["ASSAULT"], "Hamas suicide bombers killed 26 people", MILITANTS, ["ISR"], req=False, modality=H),
    ], forbid=[F("No forces returned to Beitunya")],
        places=[P("Nablus", "PSE", 32.22, 35.26), P("West Bank", "PSE"), P("Gaza City", "PSE", 31.50, 34.47),
                P("Washington", "USA"), P("Haifa", "ISR", 32.79, 34.99)],
        quantities=[Q("Seven people", 7, "people"), Q("26 people", 26, "people")]),

    # 5. line 151: about 700 construction workers walk off the job to demonstrate outside the building-industry
    #    Royal Commission; the union's secretary says it is treated unfairly; Labor's executive meets and is to ask
    #    Hawke and Wran to guide its renewal. The demonstration PROTEST (unions AUS on both sides); the union's
    #    complaint ACCUSE; party-internal acts optional. A police escort is no coercion.
    article(LEE_TEXTS + "151.txt", LEE_PUB, [
        E(["PROTEST"], "have walked off the job for the third day to demonstrate", ["AUS"], ["AUS"],
          location_country="AUS"),
        E(["SUPPORT"], "have been overwhelmed by support from union members", ["AUS"], ["AUS"], req=False),
        E(["PROTEST"], "the crowd stopped to chant union slogans", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "maintains the union has been treated unfairly", ["AUS"], ["AUS"]),
        E(["ACCUSE"], "it faces allegations of intimidation", ["AUS"], ["AUS"], req=False),
        E(["ACCUSE"], "Mr Kingham is currently giving evidence before the commission", ["AUS"], ["AUS"], req=False),
        E(["AGREE", "REQUEST"], "will be used to help modernise the party", ["AUS"], ["AUS"], req=False,
          modality=FUT),
        E(["CONSULT"], "Labor's national executive is meeting in Canberra", ["AUS"], req=False),
        E(["REQUEST"], "The executive is expected to ask Mr Hawke and Mr Wran", ["AUS"], ["AUS"], req=False,
          modality=FUT),
        E(["REQUEST"], "what I want them to do is to give us guidance", ["AUS"], ["AUS"], req=False),
    ], forbid=[F("Mounted police escorted the protesters", ["PROTEST"])],
        places=[P("Melbourne", "AUS", -37.81, 144.96), P("Canberra", "AUS", -35.28, 149.13)],
        quantities=[Q("About 700 construction workers", 700, "people")]),

    # 6. reuters-5574 (Mon 1987-03-16): the United States and Turkey sign a five-year defence and economic
    #    cooperation agreement; aid this year and a promise to ask Congress for more. Signing an agreement is
    #    SUPPORT (manual, SUPPORT: "sign, or finalize an agreement"; AGREE accepted); the aid AID; promises AGREE.
    article(REU + "5574", "1987-03-16", [
        E(["SUPPORT", "AGREE"], "signed a five-year defence and economic agreement", ["USA", "TUR"], ["TUR", "USA"]),
        E(["AID", "AGREE"], "channel hundreds of millions of dollars a year in aid to Ankara", ["USA"], ["TUR"],
          req=False, modality=FUT),
        E(["SUPPORT", "AGREE"], "The agreement was signed by Secretary of State George", ["USA", "TUR"],
          ["TUR", "USA"], req=False),
        E(["CONSULT"], "after 18 months of negotiations", ["USA", "TUR"], ["TUR", "USA"], req=False, modality=H),
        E(["AGREE"], "pledged it would use \"vigor and determination\"", ["USA"], ["TUR"], req=False),
        E(["AID", "AGREE"], "Turkey will receive nearly 720 mln dlrs in military and economic aid", ["USA"], ["TUR"],
          modality=FUT),
        E(["AGREE", "REQUEST"], "has promised to ask Congress", ["USA"], ["TUR", "USA"], req=False, modality=FUT),
        E(["ACCUSE"], "prompted domestic crticism in Turkey", ["TUR"], ["TUR"], req=False),
    ], places=[P("Ankara", "TUR", 39.93, 32.86), P("Turkey", "TUR")],
        dates=[D("December, 1990", "1990-12"), D("this year", "1987"), D("Next year", "1988")],
        quantities=[Q("720 mln dlrs", 720000000, "USD"), Q("910 mln dlrs", 910000000, "USD")]),

    # 7. reuters-4529 (Thu 1987-03-12): Reagan's talks with Moi; Moi's appeal for investment and against
    #    apartheid; Reagan stresses human rights. Talks CONSULT (both as actor), the appeal and "stressed ... the
    #    importance" REQUEST; past congressional sanctions on South Africa optional.
    article(REU + "4529", "1987-03-12", [
        E(["CONSULT"], "President Reagan today had talks", ["USA", "KEN"], ["KEN", "USA"], date="1987-03-12"),
        E(["REQUEST"], "who afterwards appealed for more", ["KEN"], ["USA"]),
        E(["REQUEST"], "Reagan stressed to Moi the importance", ["USA"], ["KEN"], attribution="anonymous"),
        E(["AGREE"], "the two leaders had found a lot of common ground", ["USA", "KEN"], req=False),
        E(["SANCTION"], "after they had been imposed by Congress", ["USA"], ["ZAF"], req=False, modality=H),
    ], forbid=[F("South Africa had not been a contentious issue", ["AGREE"])],
        places=[P("Kenya", "KEN"), P("South Africa", "ZAF")],
        dates=[D("today", "1987-03-12")]),

    # 8. reuters-7230 (Thu 1987-03-19): the UAW to authorise a strike at GM's Pontiac plant unless a contract
    #    dispute is settled. Authorising a strike to come, conditional on no settlement, THREATEN (PROTEST
    #    accepted); the union's internal meeting CONSULT (optional); the issue and the hope forbidden.
    article(REU + "7230", "1987-03-19", [
        E(["THREATEN", "PROTEST"], "it will authorize a strike by its local", ["USA"], GM, modality=FUT),
        E(["THREATEN", "PROTEST"], "will walk out of the plant next week", ["USA"], GM, req=False, modality=FUT),
        E(["AGREE", "CONSULT"], "triggers an intensive effort to resolve", ["USA"] + GM, req=False, modality=FUT),
        E(["CONSULT"], "met with officials of Local 594", ["USA"], ["USA"], req=False),
    ], forbid=[F("The main unresolved issue is the subcontracting"),
               F("hopeful that a settlement can be reached")],
        places=[P("Pontiac", "USA")],
        dates=[D("later today", "1987-03-19"), D("next week", "1987-03"), D("this morning", "1987-03-19")],
        quantities=[Q("9,000 workers", 9000, "people")]),

    # 9. reuters-14635 (Tue 1987-04-07): Brazil's debt crisis becomes a political crisis: debt talks, calls for
    #    direct elections, Sarney lobbying for a six-year term, criticism from business, unions, the military and
    #    the media, national strikes. Criticism ACCUSE, calls and lobbying REQUEST, strikes PROTEST (all BRA);
    #    the history of 1985 optional; forecasts, denials of a coup and conditionals forbidden.
    article(REU + "14635", "1987-04-07", [
        E(["CONSULT"], "As Brazil enters debt talks with creditors", ["BRA"]),
        E(["REQUEST"], "Calls are increasing for direct presidential elections", ["BRA"], ["BRA"]),
        E(["REQUEST"], "Sarney has been lobbying for a six-year term", ["BRA"], ["BRA"]),
        E(["RETREAT", "CONCEDE"], "when the military bowed out after 21 years of rule", ["BRA"], ["BRA"], req=False,
          modality=H, date="1985-03"),
        E(["REQUEST"], "insisted an electoral college", ["BRA"], ["BRA"], req=False, modality=H),
        E(["SUPPORT"], "He won the grudging support of the PMDB", ["BRA"], ["BRA"], req=False, modality=H),
        E(["ACCUSE"], "The country is a rudderless ship", ["USA"], ["BRA"], req=False, attribution="anonymous"),
        E(["ACCUSE"], "with criticism coming from the business community", ["BRA"], ["BRA"]),
        E(["ACCUSE"], "Many businessmen are unhappy with Sarney's decision", ["BRA"], ["BRA"], req=False),
        E(["REQUEST"], "The business community thinks Brazil should go to the IMF", ["BRA"], ["BRA"], req=False),
        E(["SUPPORT", "ACCUSE"], "Trade unions generally support the debt moratorium", ["BRA"], ["BRA"],
          req=False),
        E(["PROTEST"], "they have organized national strikes of seamen", ["BRA"], ["BRA"], modality=H),
        E(["ACCUSE"], "prompted criticism from some military figures", ["BRA"], ["BRA"], req=False),
        E(["SUPPORT", "REQUEST"], "it was the sovereign right of the Consituent Assembly", ["BRA"], ["BRA"],
          req=False, date="1987-04-06"),
        E(["ACCUSE"], "Sarney has to contend with strong criticism", ["BRA"], ["BRA"], req=False),
        E(["REQUEST"], "He called for direct elections early in 1988", ["BRA"], ["BRA"], req=False,
          attribution="media"),
        E(["ACCUSE"], "The anarcho-populist government of President Jose Sarney has failed", ["BRA"], ["BRA"],
          req=False, attribution="media"),
        E(["PROTEST", "COERCE"], "the biggest wave of land invasions", ["BRA"], ["BRA"], req=False),
    ], forbid=[F("He might have to pay with the presidency"),
               F("almost daily military men deny there is going to be a coup", ["ACCUSE", "REJECT"]),
               F("If the army does stay in the barracks"),
               F("they have not taken a clear stand"),
               F("has thrown tens of thousands of families onto the streets"),
               F("warned yesterday of the possibility"),
               F("Sarney is no position to compromise on debt")],
        places=[P("Brazil", "BRA"), P("Sao Paulo", "BRA", -23.55, -46.63), P("United States", "USA")],
        dates=[D("this week", "1987-04"), D("March 1985", "1985-03"), D("February 20", "1987-02-20"),
               D("yesterday", "1987-04-06"),
               D("early next year", "1988"), D("early in 1988", "1988")],
        quantities=[Q("68 billion dlrs", 68000000000, "USD")]),

    # 10. bbc-politics-100: a freed Guantanamo detainee plans to sue the government, claims an MI6 officer helped
    #     send him there and that he was abused; the Home Secretary refuses an investigation; the Liberal Democrats
    #     want to know whether ministers approved his transfer; the US denies the claims. Suing ACCUSE (CAMEO 115
    #     "bring lawsuit against" is ACCUSE); refusing an investigation REJECT; a denial REJECT; detention COERCE
    #     (optional, past); abuse ASSAULT (optional: reported only in his claims).
    article(BBC + "politics-100", BBC_PUB, [
        E(["ACCUSE", "THREATEN"], "plans to sue the government", MUBANGA, ["GBR"], modality=FUT, attribution="media"),
        E(["COERCE"], "held in Guantanamo Bay for 33 months", ["USA"], MUBANGA, req=False, modality=H),
        E(["ACCUSE"], "claimed in the Observer that an MI6 officer played a key role", MUBANGA, ["GBR"]),
        E(["COERCE"], "following his arrest in Zambia", None, MUBANGA, req=False, modality=H),
        E(["ACCUSE", "ASSAULT"], "said he was brutally interrogated", MUBANGA, ["USA"], req=False),
        E(["REJECT"], "he would not be launching an investigation", ["GBR"], MUBANGA),
        E(["REJECT", "ACCUSE"], "the media reports were not \"well informed\"", ["GBR"], req=False),
        E(["RETREAT"], "were released from the US camp in January", ["USA"], ["GBR"], req=False, modality=H),
        E(["ACCUSE"], "suggested he had been on an al-Qaeda reconnaissance mission", ["GBR"], MUBANGA, req=False,
          modality=H),
        E(["REQUEST"], "tried to recruit him as an agent", ["GBR", "USA"], MUBANGA, req=False, modality=H),
        E(["REJECT"], "but he refused and within three weeks", MUBANGA, ["GBR", "USA"], req=False, modality=H),
        E(["ACCUSE"], "We are hoping to issue proceedings", MUBANGA, ["GBR"], req=False, modality=FUT),
        E(["REQUEST"], "said it was vital to establish whether ministers approved", ["GBR"], ["GBR"]),
        E(["REJECT"], "I'm not organising a specific investigation", ["GBR"], MUBANGA, req=False),
        E(["ACCUSE"], "He claimed he was stripped of his clothes", MUBANGA, ["USA"], req=False),
        E(["ASSAULT"], "an interrogator used a mop to daub him", ["USA"], MUBANGA, req=False, modality=H),
        E(["REJECT"], "The US government denied the claims", ["USA"], MUBANGA),
        E(["REJECT"], "has no doubt that Mr Mubanga was properly detained", ["USA"], MUBANGA, req=False),
        E(["ACCUSE"], "The real problem is the concentration camp conditions", [NGO, "GBR"], ["USA"], req=False),
        E(["ACCUSE"], "really pretending this is all made up", [NGO, "GBR"], ["GBR"], req=False),
        E(["RETREAT"], "were released without charge by UK police", ["GBR"], MUBANGA, req=False, modality=H),
    ], forbid=[F("he could not comment on the activities of British intelligence"),
               F("who insists he does not feel bitter")],
        places=[P("Guantanamo Bay", "CUB"), P("Zambia", "ZMB"), P("Wembley", "GBR"), P("Afghanistan", "AFG"),
                P("Pakistan", "PAK"), P("New York", "USA"), P("Cuba", "CUB")],
        dates=[D("March 2002", "2002-03")]),

    # 11. bbc-politics-398: the Liberal Democrats launch their local election campaign and predict their best
    #     results; the Tories and Labour attack their tax pledge. The attacks ACCUSE (GBR on both sides); the
    #     prediction and the pledge's content forbidden.
    article(BBC + "politics-398", BBC_PUB, [
        E(["ACCUSE"], "The Tories say the Lib Dems would make people pay more tax", ["GBR"], ["GBR"]),
        E(["ACCUSE"], "Labour says the party's sums do not add up", ["GBR"], ["GBR"]),
        E(["SUPPORT"], "I couldn't think of a stronger endorsement of a leader", ["GBR"], ["GBR"], req=False),
    ], forbid=[F("The flagship pledge is to replace council tax"),
               F("We are going to be winning more votes")],
        quantities=[Q("37 English council areas", 37, "council areas")]),

    # 12. bbc-politics-315: the Child Support Agency chief whose departure was announced three months ago is still
    #     in post; Tory and Lib Dem MPs criticise it, the minister calls it a "non-story". MPs' criticism ACCUSE
    #     (GBR on both sides), an inquiry ACCUSE (investigate; optional, past), the minister's answer REJECT
    #     (optional); "did not resign" and "premature to say anything" forbidden.
    article(BBC + "politics-315", BBC_PUB, [
        E(["ACCUSE"], "as MPs grilled him over the agency's poor performance", ["GBR"], ["GBR"], req=False,
          modality=H),
        E(["ACCUSE"], "published a highly critical report", ["GBR"], ["GBR"], req=False, modality=H),
        E(["ACCUSE"], "would wonder why Mr Smith was still in his job", ["GBR"], ["GBR"]),
        E(["ACCUSE"], "launched their inquiry into the CSA's performance", ["GBR"], ["GBR"], req=False,
          modality=H),
        E(["ACCUSE"], "The MPs found American IT giant EDS", ["GBR"], ["USA", MNC], req=False, modality=H),
        E(["ACCUSE"], "said he was \"amazed\" Mr Smith was still in his job", ["GBR"], ["GBR"]),
        E(["REJECT"], "he thought it was a \"non-story\"", ["GBR"], ["GBR"], req=False),
        E(["REJECT"], "he had been absolutely open", ["GBR"], ["GBR"], req=False),
    ], forbid=[F("Officials now say he did not resign"),
               F("it would be \"premature\" to say anything further"),
               F("It is currently chasing outstanding payments")],
        dates=[D("in 1993", "1993"), D("in 2003", "2003")],
        quantities=[Q("£720m", 720000000, "pounds"), Q("£947m", 947000000, "pounds"),
                    Q("£456m", 456000000, "pounds")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
