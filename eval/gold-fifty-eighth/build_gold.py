"""Writes articles.json for the fifty-fifth article gold ('gold-fifty-eighth', written blind): twenty-five 1987
Reuters wire briefs of 40-79 words from the short political list (select_stories.py:
gold_selection.short_political_list walked over positions 1-98) that report acts of political actors: Tunisia's
break with Iran, Aquino's ban on vigilante groups, the Soviet negotiator's breakthrough in the missile talks, an
Israeli air raid near Sidon, Shultz's coming Moscow visit (twice), Craxi's resignation, Iran's attack on a Saudi
supertanker, Balladur's contacts with G-7 ministers, North Korea's welcome of diplomatic contacts and its agreement
to prime ministers' talks, Iraq sinking Iranian boats, Moscow agreeing to discuss Afghanistan and Kampuchea with
China, a bomb at the Philippine Military Academy, Chad's recapture of Faya Largeau, a British minister against the
EC oils tax, Gemayel agreeing to a Syrian-brokered plan, a mutiny at Manila's army headquarters, Spanish dockers'
strike against port privatisation, Poindexter's refusal to testify, French talks on a credit for Madagascar,
Canada-Egypt wheat talks, Lyng's coming request on Japanese beef, a blast in Gaborone and Andreotti asked to form a
government.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, non-comments, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SOVIET = ["SUN", "RUS"]             # the Soviet Union, as gold-fifty-sixth's 8856
US_SOVIET = ["USA", "SUN", "RUS"]   # US-Soviet talks: either party on either side
EC = ["EUR", IGO]                   # the European Community: EUR or IGO (earlier golds)
PALESTINIANS = ["PSE", IMG]         # Palestinian guerrilla targets, as the earlier golds code them
KOREAS = ["PRK", "KOR"]
CAN_EGY = ["CAN", "EGY"]
MOSCOW = P("Moscow", "RUS", 55.76, 37.62)
PEKING = P("Peking", "CHN", 39.90, 116.40)

ARTICLES = [
    # 1. reuters-9863 (Thu 1987-03-26, Tunis): Tunisia has decided to break diplomatic relations with Iran, the
    #    foreign ministry said; a communique published by the official TAP agency said the Iranian embassy in Tunis
    #    had been engaged in activities liable to disturb public order, among them acts aimed at sowing ideological
    #    confusion and anarchy. The break SANCTION (the manual's `discontinue`: break diplomatic relations; TUN to
    #    IRN) and the charge against the embassy ACCUSE (TUN to IRN), both official (the ministry's communique), in
    #    TUN, required; the charge's details (a restatement) optional. No event date: the decision's day is not given.
    article(REU + "9863", "1987-03-26", [
        E(["SANCTION"], "decided to break diplomatic relations with Iran", ["TUN"], ["IRN"],
          location_country="TUN"),
        E(["ACCUSE"], "had been engaged in activities liable to disturb public order", ["TUN"], ["IRN"],
          location_country="TUN"),
        E(["ACCUSE"], "acts aimed at sowing ideological confusion", ["TUN"], ["IRN"], req=False),
    ], places=[P("Tunisia", "TUN"), P("Iran", "IRN"), P("Tunis", "TUN", 36.81, 10.18)]),

    # 2. reuters-5263 (Mon 1987-03-16, Manila): President Aquino has ordered the dissolution of all armed civilian
    #    vigilante groups around the Philippines, officials said; the order follows protests about the vigilantes by
    #    human-rights activists but goes against calls by the military for more such groups; the vigilantes have
    #    been credited with a role in recent successes against communist rebels. The order COERCE (the manual's
    #    `ban`; RETREAT accepted: disarming; PHL to PHL; anonymous: unnamed officials; in PHL) required; the
    #    activists' protests PROTEST (NGO or PHL to PHL), the military's calls REQUEST (PHL to PHL) and the
    #    vigilantes' successes against the rebels ASSAULT (PHL to PHL or IMG), all historical, optional.
    article(REU + "5263", "1987-03-16", [
        E(["COERCE", "RETREAT"], "ordered the dissolution of all armed civilian vigilante groups", ["PHL"],
          ["PHL"], attribution="anonymous", location_country="PHL"),
        E(["PROTEST"], "follows protests about the activities of vigilantes", ["NGO", "PHL"], ["PHL"], req=False,
          modality=H),
        E(["REQUEST"], "goes against calls by the military", ["PHL"], ["PHL"], req=False, modality=H),
        E(["ASSAULT"], "recent successes in several districts against communist rebels", ["PHL"],
          ["PHL", IMG], req=False, modality=H),
    ], places=[P("Philippines", "PHL")]),

    # 3. reuters-2730 (Fri 1987-03-06, Paris): chief Soviet arms negotiator Vorontsov said Soviet-American talks on
    #    cutting medium-range nuclear missiles had made a breakthrough; he expected a treaty ready for signing within
    #    three to four months following the latest talks in Geneva; he told a news conference "all the elements
    #    point to optimism" and only technical work on treaty language remained. The breakthrough in the talks
    #    CONSULT (AGREE accepted: progress toward an accord; the two states on either side) required; the latest
    #    talks in Geneva (in CHE) and the treaty expected for signing (AGREE; future) optional. No event date.
    article(REU + "2730", "1987-03-06", [
        E(["CONSULT", "AGREE"], "talks on cutting medium-range nuclear missiles had made a breakthrough", US_SOVIET,
          US_SOVIET),
        E(["CONSULT"], "following the latest talks in Geneva", US_SOVIET, US_SOVIET, req=False, modality=H,
          location_country="CHE"),
        E(["AGREE"], "a treaty would be ready for signing", US_SOVIET, US_SOVIET, req=False, modality=FUT),
    ], places=[P("Geneva", "CHE", 46.20, 6.14)],
        quantities=[Q("three to four months", 3, "months")]),

    # 4. reuters-7624 (Fri 1987-03-20, Beirut): Israeli jets bombed Palestinian targets east of the south Lebanese
    #    port town of Sidon, the first such attack this month, local radio stations said; the planes attacked targets
    #    in the Darb al-Sim area a few km east of Sidon; details were not immediately available. The raid ASSAULT
    #    (ISR to PSE or IMG; media: radio stations; in LBN) required; the restatement optional; the non-comment
    #    forbidden. No event date: the day is not said.
    article(REU + "7624", "1987-03-20", [
        E(["ASSAULT"], "Israeli jets bombed Palestinian targets", ["ISR"], PALESTINIANS, attribution="media",
          location_country="LBN"),
        E(["ASSAULT"], "the planes attacked Palestinian targets", ["ISR"], PALESTINIANS, req=False,
          attribution="media", location_country="LBN"),
    ], forbid=[F("Details were not immediately available")],
        places=[P("Sidon", "LBN", 33.56, 35.37), P("Darb al-Sim", "LBN")]),

    # 5. reuters-255 (timestamp Sun 1987-03-01, dateline Peking March 2): Shultz is likely to visit Moscow soon for
    #    talks following new Soviet arms control proposals, US officials said; no decision had been reached on when,
    #    but likely within a month; Gorbachev proposed on Saturday (February 28) that talks on medium range missiles
    #    be separated from other arms issues; Shultz is visiting Peking. The coming visit AGREE (CONSULT accepted:
    #    future visits, as the earlier golds; USA to SUN; future; anonymous: unnamed officials) and Gorbachev's
    #    proposal AGREE (REQUEST accepted: an offer that is also a demand; SUN to USA; February 28) required, the
    #    proposal being the news's cause; the visit in Peking CONSULT (USA to CHN; in CHN) optional; "no decision
    #    had been reached" forbidden but for AGREE and CONSULT (its sentence restates the visit).
    article(REU + "255", "1987-03-01", [
        E(["AGREE", "CONSULT"], "is likely to visit Moscow soon for talks", ["USA"], SOVIET, modality=FUT,
          attribution="anonymous"),
        E(["AGREE", "REQUEST"], "proposed on Saturday that talks on medium range missiles be separated", SOVIET,
          ["USA"], date="1987-02-28"),
        E(["CONSULT"], "is currently visiting Peking", ["USA"], ["CHN"], req=False, location_country="CHN"),
    ], forbid=[F("no decision had been reached", allow=["AGREE", "CONSULT"])],
        places=[MOSCOW, PEKING],
        dates=[D("Saturday", "1987-02-28")]),

    # 6. reuters-1129 (Tue 1987-03-03, Rome): Prime Minister Craxi said his five party coalition government would
    #    resign; he told the Senate he would hand his and the government's resignation to President Cossiga
    #    immediately after leaving the chamber; he has been prime minister since August 1983. The announced
    #    resignation RETREAT (the manual's `resign`; CONCEDE accepted: announced, not yet handed in; ITA; future;
    #    March 3; in ITA) required; the handing over to the president (a restatement, future) optional.
    article(REU + "1129", "1987-03-03", [
        E(["RETREAT", "CONCEDE"], "his five party coalition government would resign", ["ITA"], modality=FUT,
          date="1987-03-03", location_country="ITA"),
        E(["RETREAT", "CONCEDE"], "he would hand his and the government's resignation", ["ITA"], ["ITA"],
          req=False, modality=FUT, date="1987-03-03", location_country="ITA"),
    ], places=[P("Italy", "ITA")],
        dates=[D("August 1983", "1983-08")]),

    # 7. reuters-4171 (Thu 1987-03-12, London): Iran attacked the Saudi Arabian supertanker Arabian Sea (a ship's
    #    name, no place) off the United Arab Emirates last night (March 11), but the vessel could proceed, Lloyds
    #    Shipping Intelligence reported; the ship had sailed on Tuesday after loading oil at Ras Tannurah; the attack
    #    occurred at about 2200 local time. The attack ASSAULT (IRN to SAU, the ship's flag state, as the earlier
    #    golds' gunboat attacks; media: a shipping publication; March 11) required; the restatement optional. No
    #    event location: at sea off the Emirates.
    article(REU + "4171", "1987-03-12", [
        E(["ASSAULT"], "Iran attacked the Saudi Arabian supertanker", ["IRN"], ["SAU"], attribution="media",
          date="1987-03-11"),
        E(["ASSAULT"], "the attack occurred at about 2200 hrs local time", ["IRN"], ["SAU"], req=False,
          attribution="media", date="1987-03-11"),
    ], places=[P("United Arab Emirates", "ARE"), P("Ras Tannurah", "SAU", 26.64, 50.16)],
        dates=[D("last night", "1987-03-11"), D("Tuesday", "1987-03-10")],
        quantities=[Q("315,695-dwt", 315695, "dwt")]),

    # 8. reuters-20348 (Tue 1987-10-20, Paris): Finance Minister Balladur has been in contact with several G-7
    #    finance ministers, in particular Stoltenberg, to discuss the crisis on world markets, ministry sources said;
    #    they did not say whether the contacts had led to concerted action; ministry officials were continuing the
    #    contacts to exchange views. The contacts CONSULT (FRA with DEU and the other G-7 states, either side;
    #    anonymous: ministry sources) required; the continuing contacts (anonymous) optional; "did not say whether"
    #    forbidden. No event date or location.
    article(REU + "20348", "1987-10-20", [
        E(["CONSULT"], "has been in contact with several Finance Ministers", ["FRA", "DEU"], ["DEU", "FRA"],
          attribution="anonymous"),
        E(["CONSULT"], "were continuing the contacts to exchange views", ["FRA"], ["DEU"], req=False,
          attribution="anonymous"),
    ], forbid=[F("did not say whether the contacts had led to concerted action")]),

    # 9. reuters-6979 (Thu 1987-03-19, Peking): North Korea said it welcomed new contacts between Korean and US
    #    diplomats and would impose no restrictions on them, the New China News Agency reported; a Foreign Ministry
    #    statement said it hoped the contact would help "promote sincere conversations"; the US lifted its ban on its
    #    diplomats speaking with North Korean diplomats on March 9. The welcome SUPPORT (PRK to USA; media: NCNA)
    #    required; "would impose no restrictions" (CONCEDE; AGREE accepted) and the hope (SUPPORT) optional; the US
    #    lifting its ban CONCEDE (RETREAT accepted, as the earlier golds' lifted suspensions; USA to PRK; March 9;
    #    the news's background, ten days before) optional.
    article(REU + "6979", "1987-03-19", [
        E(["SUPPORT"], "welcomed new contacts between Korean", ["PRK"], ["USA"], attribution="media"),
        E(["CONCEDE", "AGREE"], "would impose no restrictions on them", ["PRK"], ["USA"], req=False,
          attribution="media"),
        E(["SUPPORT"], "hoped diplomatic contact would help", ["PRK"], ["USA"], req=False, attribution="media"),
        E(["CONCEDE", "RETREAT"], "lifted its ban on its diplomats speaking", ["USA"], ["PRK"], req=False,
          modality=H, date="1987-03-09"),
    ], places=[P("North Korea", "PRK"), P("Pyongyang", "PRK", 39.04, 125.76), P("United States", "USA")],
        dates=[D("March 9", "1987-03-09")]),

    # 10. reuters-13056 (Fri 1987-04-03, Baghdad): Iraq said its forces sank three Iranian boats which tried to
    #     approach its disused deep water oil terminal in the northern Gulf today; a military spokesman, quoted by the
    #     official news agency, said other Iranian boats fled; Iraq's oil outlets there were closed after the war
    #     started in late 1980. The sinking ASSAULT (IRQ to IRN; official: Iraq's statement; April 3) required; the
    #     other boats' flight RETREAT (IRN) optional. No event location: the northern Gulf.
    article(REU + "13056", "1987-04-03", [
        E(["ASSAULT"], "its forces sank three Iranian", ["IRQ"], ["IRN"], date="1987-04-03"),
        E(["RETREAT"], "other Iranian boats fled", ["IRN"], ["IRQ"], req=False, date="1987-04-03"),
    ], places=[P("Gulf", None)],
        dates=[D("today", "1987-04-03"), D("1980", "1980")],
        quantities=[Q("three Iranian", 3, "boats")]),

    # 11. reuters-12825 (Fri 1987-04-03, Peking): after years of refusal, Moscow has agreed to discuss Afghanistan
    #     and Kampuchea in its talks with Peking on normalising relations, Vice-Foreign Minister Qian Qichen said
    #     ("Recently the Soviet Union expressed agreement to discuss this question"); China has long referred to
    #     three obstacles: Soviet troops in Afghanistan, Moscow's support for Vietnamese troops in Kampuchea and
    #     Soviet troop concentrations on the border. Moscow's agreement AGREE (CONCEDE accepted: a concession after
    #     years of refusal; SUN to CHN; official: the minister's account) required; the quoted restatement, the
    #     years of refusal REJECT (historical), the normalisation talks CONSULT (either side), China's long charge of
    #     three obstacles ACCUSE and Moscow's support for Vietnam's troops SUPPORT (AID accepted; historical)
    #     optional.
    article(REU + "12825", "1987-04-03", [
        E(["AGREE", "CONCEDE"], "Moscow has agreed to discuss the problems of Afghanistan", SOVIET, ["CHN"]),
        E(["AGREE", "CONCEDE"], "expressed agreement to discuss this question", SOVIET, ["CHN"], req=False),
        E(["REJECT"], "After years of refusal", SOVIET, ["CHN"], req=False, modality=H),
        E(["CONSULT"], "in its talks with Peking on normalising relations", SOVIET + ["CHN"], SOVIET + ["CHN"],
          req=False),
        E(["ACCUSE"], "China has long referred to three obstacles", ["CHN"], SOVIET, req=False, modality=H),
        E(["SUPPORT", "AID"], "support for Vietnamese troops in Kampuchea", SOVIET, ["VNM"], req=False,
          modality=H),
    ], places=[MOSCOW, P("Afghanistan", "AFG"), P("Kampuchea", "KHM"), PEKING, P("Soviet Union", "RUS"),
               P("China", "CHN")]),

    # 12. reuters-6336 (Wed 1987-03-18, Manila): a bomb blast at the Philippine Military Academy killed at least one
    #     person and wounded about 40 during rehearsals for a weekend visit by President Aquino, military and
    #     hospital officials said; reporters said the toll was likely to rise; military sources first suggested
    #     communist rebels might have planted it, but no group claimed responsibility. The bombing ASSAULT (no actor
    #     code: the bomber is unknown; PHL; in PHL) required; the military sources' suggestion ACCUSE (PHL to PHL or
    #     IMG; anonymous) optional; the toll forecast and "no group immediately claimed responsibility"
    #     forbidden (the latter but for ACCUSE, the suspicion in its sentence).
    #     No event date: the day is not given.
    article(REU + "6336", "1987-03-18", [
        E(["ASSAULT"], "A bomb blast at the Philippine Military Academy killed", None, ["PHL"],
          location_country="PHL"),
        E(["ACCUSE"], "might have been planted by communist rebels", ["PHL"], ["PHL", IMG], req=False,
          attribution="anonymous"),
    ], forbid=[F("the death toll was likely to rise"),
               F("no group immediately claimed responsibility", allow=["ACCUSE"])],
        quantities=[Q("about 40", 40, "people")]),

    # 13. reuters-10575 (Fri 1987-03-27, N'Djamena): Chadian troops have recaptured the northern oasis of Faya
    #     Largeau, the main base of Libyan troops in northern Chad, sources close to the government said; there was
    #     no official confirmation, but Chadian radio played martial music. The recapture ASSAULT (TCD to LBY;
    #     anonymous: sources close to the government; in TCD) required; "no official confirmation" forbidden. No
    #     event date.
    article(REU + "10575", "1987-03-27", [
        E(["ASSAULT"], "Chadian troops have recaptured the northern oasis", ["TCD"], ["LBY"],
          attribution="anonymous", location_country="TCD"),
    ], forbid=[F("There was no official confirmation")],
        places=[P("Faya Largeau", "TCD", 17.93, 19.11), P("Chad", "TCD")]),

    # 14. reuters-4035 (Wed 1987-03-11, London): a British minister said a proposed EC tax on vegetable oils and fats
    #     would raise the price of fish and chips and pledged the government would fight against it; Lord Belstead
    #     told the House of Lords the tax would raise the price of raw materials by about 100 pct; he said revenue
    #     should not be raised by taxing the consumer and called the proposal "repugnant". The criticism ACCUSE and
    #     the pledge to fight the tax REJECT (THREATEN accepted), GBR to the EC, in GBR, required; "repugnant"
    #     (ACCUSE) and the price charge before the Lords (ACCUSE) optional.
    article(REU + "4035", "1987-03-11", [
        E(["ACCUSE"], "would raise the price of fish and chips", ["GBR"], EC, location_country="GBR"),
        E(["REJECT", "THREATEN"], "pledged the government would fight against it", ["GBR"], EC,
          location_country="GBR"),
        E(["ACCUSE"], "called the proposal", ["GBR"], EC, req=False, location_country="GBR"),
        E(["ACCUSE"], "told the House of Lords the tax would raise", ["GBR"], EC, req=False,
          location_country="GBR"),
    ], quantities=[Q("about 100 pct", 100, "percent")]),

    # 15. reuters-10698 (Mon 1987-03-30, Tokyo): North Korea said it agreed to a South Korean proposal for talks
    #     between the prime ministers and proposed a preparatory meeting on April 23; the state-run KCNA said
    #     Pyongyang signalled its agreement in a letter from its prime minister to his southern counterpart; Lho
    #     proposed the talks in a letter on March 17. The agreement AGREE (PRK to KOR) and the proposed preparatory
    #     meeting AGREE (REQUEST and CONSULT accepted; PRK to KOR; future, April 23) required, both as North Korea
    #     said them (official; KCNA's report of the letter media); the letter (a restatement) and Lho's proposal of
    #     March 17 (AGREE, REQUEST accepted; KOR to PRK; historical) optional.
    article(REU + "10698", "1987-03-30", [
        E(["AGREE"], "agreed to a South Korean proposal for talks", ["PRK"], ["KOR"]),
        E(["AGREE", "REQUEST", "CONSULT"], "proposed a preparatory meeting on April 23", ["PRK"], ["KOR"],
          modality=FUT, date="1987-04-23"),
        E(["AGREE"], "Pyongyang signalled its agreement in a letter", ["PRK"], ["KOR"], req=False,
          attribution="media"),
        E(["AGREE", "REQUEST"], "Lho proposed that the two prime ministers meet", ["KOR"], ["PRK"], req=False,
          modality=H, date="1987-03-17"),
    ], places=[P("North Korea", "PRK"), P("Pyongyang", "PRK", 39.04, 125.76)],
        dates=[D("April 23", "1987-04-23"), D("March 17", "1987-03-17")]),

    # 16. reuters-318 (Mon 1987-03-02, Beirut): Lebanese President Gemayel has agreed to three key points in a new
    #     Syrian-brokered plan to end the civil war, official sources said: to give up Cabinet voting rights, to have
    #     the Prime Minister elected by parliament and to abolish in principle the power-sharing system; he agreed in
    #     two months of indirect negotiations with Syrian leaders. The agreement AGREE (CONCEDE accepted: giving up
    #     powers; LBN to SYR, the plan's broker, or LBN; anonymous: unnamed sources) required; the three points
    #     (CONCEDE, a restatement) and the indirect negotiations CONSULT (LBN and SYR either side; historical)
    #     optional.
    article(REU + "318", "1987-03-02", [
        E(["AGREE", "CONCEDE"], "has agreed to three key points", ["LBN"], ["SYR", "LBN"],
          attribution="anonymous"),
        E(["CONCEDE", "AGREE"], "has agreed to give up Cabinet voting rights", ["LBN"], ["SYR", "LBN"],
          req=False, attribution="anonymous"),
        E(["CONSULT"], "two months of indirect negotiations with Syrian leaders", ["LBN", "SYR"],
          ["SYR", "LBN"], req=False, modality=H, attribution="anonymous"),
    ], places=[P("Lebanon", "LBN")],
        quantities=[Q("three key points", 3, "points")]),

    # 17. reuters-2766 (Fri 1987-03-06, Washington): President Reagan announced he is sending Shultz to Moscow for
    #     talks with Shevardnadze next month; arms control is expected to be the major topic; the talks will take
    #     place April 13-16 and review "the entirety of our relationship". The coming visit AGREE (CONSULT accepted;
    #     USA to SUN; future) required; the talks' dates (future, April 13) optional; "is expected to be the major
    #     topic" (speculation) left alone.
    article(REU + "2766", "1987-03-06", [
        E(["AGREE", "CONSULT"], "he is sending Secretary of State George Shultz to Moscow", ["USA"], SOVIET,
          modality=FUT, date="1987-04"),
        E(["AGREE", "CONSULT"], "the talks will take place April 13-16", ["USA"], SOVIET, req=False,
          modality=FUT, date="1987-04-13"),
    ], places=[MOSCOW],
        dates=[D("next month", "1987-04"), D("April 13", "1987-04-13")]),

    # 18. reuters-16931 (timestamp Fri 1987-04-17, dateline Manila April 18): a truckload of rebel soldiers forced
    #     their way into army headquarters and freed several men held there since a January revolt, military sources
    #     said; some 100 rebels were occupying the building at Fort Bonifacio and loyal forces had surrounded it,
    #     urging them to surrender; a radio station reported gunfire. The storming ASSAULT (COERCE accepted; rebel
    #     soldiers PHL or IMG to PHL) and the loyal forces' encirclement COERCE (MOBILIZE and REQUEST accepted: the
    #     cordon and the call to surrender; PHL to the rebels), both anonymous (military sources), in PHL, required;
    #     the freeing of prisoners, the occupation restated and the reported gunfire ASSAULT (media) optional. No
    #     event date: the text gives no day.
    article(REU + "16931", "1987-04-17", [
        E(["ASSAULT", "COERCE"], "forced their way into Philippine army headquarters", ["PHL", IMG], ["PHL"],
          attribution="anonymous", location_country="PHL"),
        E(["COERCE", "MOBILIZE", "REQUEST"], "had surrounded the building urging them to surrender", ["PHL"],
          ["PHL", IMG], attribution="anonymous", location_country="PHL"),
        E(["COERCE", "ASSAULT"], "freed several men held prisoner", ["PHL", IMG], ["PHL"], req=False,
          attribution="anonymous", location_country="PHL"),
        E(["ASSAULT", "COERCE"], "100 rebels were occupying the headquarters building", ["PHL", IMG], ["PHL"],
          req=False, attribution="anonymous", location_country="PHL"),
        E(["ASSAULT"], "reported gunfire at the camp", None, None, req=False, attribution="media",
          location_country="PHL"),
    ], places=[P("Fort Bonifacio", "PHL", 14.53, 121.05)],
        dates=[D("January", "1987-01")],
        quantities=[Q("100 rebels", 100, "people")]),

    # 19. reuters-19122 (Fri 1987-06-19, Barcelona): cargo handling companies said they were hiring twice the usual
    #     number of dockers to offset an intermittent strike in Spanish ports; the dockers began a nine-day strike on
    #     Wednesday (June 17), working alternate hours, in protest at government plans to partially privatize port
    #     services. The strike PROTEST (the manual's `strike`; the dockers ESP to the government ESP; June 17; in ESP)
    #     required; the firms' hiring forbidden (corporate, no political act) but for PROTEST (its sentence names the
    #     strike).
    article(REU + "19122", "1987-06-19", [
        E(["PROTEST"], "Spanish dockers began a nine-day strike", ["ESP"], ["ESP"], date="1987-06-17",
          location_country="ESP"),
    ], forbid=[F("were hiring twice the usual number of dockers", allow=["PROTEST"])],
        dates=[D("Wednesday", "1987-06-17")],
        quantities=[Q("nine-day", 9, "days")]),

    # 20. reuters-6071 (Tue 1987-03-17, Washington): Poindexter, the former National Security Adviser who resigned
    #     over the Iran arms scandal, refused to testify before a House committee probing an expansion of White House
    #     and military control over unclassified information ("I decline to answer that question", said four times
    #     to the chairman's questions). The refusal REJECT (USA to USA, the committee; in USA) required; the quoted
    #     refusal, the committee's probe ACCUSE (the manual's investigations; USA to USA) and his earlier resignation
    #     RETREAT (historical) optional. No event date: the hearing's day is not given.
    article(REU + "6071", "1987-03-17", [
        E(["REJECT"], "refused to testify before a House committee", ["USA"], ["USA"], location_country="USA"),
        E(["REJECT"], "I decline to answer that question", ["USA"], ["USA"], req=False, location_country="USA"),
        E(["ACCUSE"], "probing a recent expansion of White House", ["USA"], ["USA"], req=False),
        E(["RETREAT"], "who resigned over the Iran arms", ["USA"], req=False, modality=H),
    ]),

    # 21. reuters-10417 (Fri 1987-03-27, Antananarivo): a French government team has arrived in Antananarivo to
    #     negotiate a new 180 mln franc structural adjustment credit for the Madagascar government, diplomatic
    #     sources said; French treasury and aid agency officials will remain until Tuesday (March 31); last year
    #     France gave its former colony a structural adjustment loan of 160 mln francs. The talks CONSULT (AID
    #     accepted: the credit they negotiate; FRA to MDG; anonymous: diplomatic sources; in MDG) required; the stay
    #     until Tuesday (future) and last year's loan AID (historical, 1986) optional.
    article(REU + "10417", "1987-03-27", [
        E(["CONSULT", "AID"], "has arrived in Antananarivo to negotiate", ["FRA"], ["MDG"],
          attribution="anonymous", location_country="MDG"),
        E(["CONSULT"], "will remain in Madagascar until Tuesday", ["FRA"], ["MDG"], req=False, modality=FUT,
          attribution="anonymous", location_country="MDG"),
        E(["AID"], "France provided its former Indian Ocean colony", ["FRA"], ["MDG"], req=False, modality=H,
          date="1986"),
    ], places=[P("Antananarivo", "MDG", -18.88, 47.51), P("Madagascar", "MDG"), P("France", "FRA")],
        dates=[D("Tuesday", "1987-03-31"), D("Last year", "1986")],
        quantities=[Q("180 mln franc", 180000000, "FRF"), Q("160 mln francs", 160000000, "FRF")]),

    # 22. reuters-253 (timestamp Sun 1987-03-01, dateline Cairo March 2): Canadian and Egyptian wheat negotiators
    #     failed to conclude an agreement during talks last week, but the Canadian team will return to Cairo for
    #     further negotiations, Canadian embassy officials said; an official declined to say which issues remained
    #     or when talks would resume; in a five-year protocol signed in 1985 Cairo agreed to buy 500,000 tonnes of
    #     Canadian wheat a year. The failed talks CONSULT (REJECT accepted: no agreement; CAN and EGY either side;
    #     historical, last week; in EGY) and the team's return for more talks AGREE (CONSULT accepted; future; CAN to
    #     EGY; in EGY), both anonymous (unnamed embassy officials), required; the 1985 protocol AGREE (historical)
    #     optional; the official's non-comment forbidden but for CONSULT and AGREE (it names the talks'
    #     resumption).
    article(REU + "253", "1987-03-01", [
        E(["CONSULT", "REJECT"], "failed to conclude an agreement", CAN_EGY, CAN_EGY, modality=H,
          attribution="anonymous", location_country="EGY"),
        E(["AGREE", "CONSULT"], "will return to Cairo for further negotiations", ["CAN"], ["EGY"], modality=FUT,
          attribution="anonymous", location_country="EGY"),
        E(["AGREE"], "In a five-year protocol signed in 1985", CAN_EGY, CAN_EGY, req=False, modality=H,
          date="1985"),
    ], forbid=[F("declined to identify which issues remained", allow=["CONSULT", "AGREE"])],
        places=[P("Egypt", "EGY"), P("Cairo", "EGY", 30.04, 31.24)],
        dates=[D("1985", "1985")],
        quantities=[Q("500,000 tonnes", 500000, "tonnes")]),

    # 23. reuters-8574 (Mon 1987-03-23, Stillwater): Agriculture Secretary Lyng will ask the Japanese Government to
    #     remove all beef import restrictions when he visits there next month, he said in a speech at a university
    #     today; "We think Japanese consumers should have the same freedom of choice". The coming demand REQUEST
    #     (USA to JPN; future, 1987-04) required; his visit (AGREE, CONSULT accepted; future) and the quoted call
    #     (REQUEST) optional. No event location: the speech was in the US, the request will be made in Japan.
    article(REU + "8574", "1987-03-23", [
        E(["REQUEST"], "will ask the Japanese Government to remove all beef import restrictions", ["USA"], ["JPN"],
          modality=FUT, date="1987-04"),
        E(["AGREE", "CONSULT"], "when he visits there next month", ["USA"], ["JPN"], req=False, modality=FUT,
          date="1987-04"),
        E(["REQUEST"], "should have the same freedom of choice", ["USA"], ["JPN"], req=False),
    ], dates=[D("next month", "1987-04"), D("today", "1987-03-23")]),

    # 24. reuters-15434 (Thu 1987-04-09, Gaborone): three people were killed and two injured when a huge explosion,
    #     believed to be a bomb, went off in a suburb of Gaborone; witnesses said the blast near the Botswana Defence
    #     Force headquarters flattened several houses; minutes later Botswana soldiers sealed off the scene, near
    #     where South African troops last May attacked alleged guerrilla targets. The bombing ASSAULT (no actor code:
    #     unknown; BWA; in BWA) required; the soldiers' cordon COERCE (the manual's cordoning off; BWA), the
    #     witnesses' account of the blast (restatement) and South Africa's attack of last May ASSAULT (ZAF to BWA;
    #     historical) optional. No event date: the night is not named.
    article(REU + "15434", "1987-04-09", [
        E(["ASSAULT"], "a huge explosion, believed to be a bomb", None, ["BWA"], location_country="BWA"),
        E(["COERCE"], "Botswana soldiers sealed off", ["BWA"], req=False, location_country="BWA"),
        E(["ASSAULT"], "flattened several houses", None, ["BWA"], req=False, location_country="BWA"),
        E(["ASSAULT"], "launched a military attack against alleged guerrilla targets", ["ZAF"], ["BWA"],
          req=False, modality=H, date="1986-05", location_country="BWA"),
    ], places=[P("Botswana", "BWA"), P("Gaborone", "BWA", -24.65, 25.91)],
        dates=[D("last May", "1986-05")],
        quantities=[Q("Three people", 3, "people"), Q("two others", 2, "people")]),

    # 25. reuters-3113 (Mon 1987-03-09, Rome): President Cossiga asked Christian Democrat Giulio Andreotti to try to
    #     form a new government, officials said; Andreotti reserved his reply, normal procedure; Cossiga nominated
    #     him, the Christian Democrats' sole candidate, despite stiff opposition from Craxi's Socialists. The request
    #     REQUEST (ITA to ITA; anonymous: unnamed officials; in ITA) required; the nomination restated and the
    #     Socialists' opposition REJECT (ITA to ITA) optional; the reserved reply is no act.
    article(REU + "3113", "1987-03-09", [
        E(["REQUEST"], "asked veteran Christian Democrat politician Giulio Andreotti", ["ITA"], ["ITA"],
          attribution="anonymous", location_country="ITA"),
        E(["REQUEST", "SUPPORT"], "Cossiga nominated Andreotti", ["ITA"], ["ITA"], req=False,
          location_country="ITA"),
        E(["REJECT"], "despite stiff opposition from the", ["ITA"], ["ITA"], req=False, modality=H),
    ]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
