"""Writes articles.json for the thirty-sixth article gold (written blind): twelve 1987 Reuters wire stories from a
new list of records with exactly one political keyword hit and no economic one (select_stories.py): two Soviet
nuclear tests, a Turkish research ship sailing for the Aegean under escort and its escort pulled back, Iranian
anti-ship missiles near Hormuz and a Silkworm test, the Macao agreement signed, Turkey's coming application to the
EC (analysis), Reagan's diary notes for the Iran-contra committees, Egyptian building and credit for Uganda, a
hostage swap offered in Beirut and the Basra offensive, all unread. The annotations are data, written by hand below
with the shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts.
Records: reuters21578.jsonl.gz#<id>, offsets in their `text` (body without title and dateline).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, IMG, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SOVIET = ["SUN", "RUS"]               # the Soviet Union, as gold-twentieth codes it
KIDNAP = [IMG, "LBN", "PSE"]          # Islamic Jihad for the Liberation of Palestine, holding hostages in Lebanon

ARTICLES = [
    # 1. reuters-4046 (record 1987-03-11 23:06, dateline London, March 12): the Soviet Union carried out a nuclear
    #    test "early today", Tass reports; the February 26 blast ended its 19-month moratorium, Moscow blaming the
    #    US refusal to join a test ban. The test MOBILIZE (a weapons test as a show of military capability, as
    #    gold-thirty-first's SS-18 test and gold-heldout's test missile firing), required, attribution media (the
    #    state news agency), no place given; no date: "today" is March 12 by the dateline but the record's
    #    timestamp (the `published` the record check requires) is March 11, so "today" is left out (see README).
    #    The February blast MOBILIZE, the moratorium CONCEDE, the blame ACCUSE and the US refusal REJECT are
    #    background (historical, optional), the restated "latest explosion" optional.
    article(REU + "4046", "1987-03-11", [
        E(["MOBILIZE"], "carried out a nuclear test", SOVIET, None, attribution="media"),
        E(["MOBILIZE"], "A blast on February 26 ended", SOVIET, None, req=False, modality=H, date="1987-02-26"),
        E(["CONCEDE", "RETREAT"], "unilateral test moratorium declared", SOVIET, None, req=False, modality=H),
        E(["ACCUSE"], "Moscow blamed the end of the freeze", SOVIET, ["USA"], req=False, modality=H),
        E(["REJECT"], "Refusal to join a total test ban", ["USA"], SOVIET, req=False, modality=H),
        E(["MOBILIZE"], "the latest explosion, with a power", SOVIET, None, req=False, attribution="media"),
    ], dates=[D("February 26", "1987-02-26")],
        quantities=[Q("20 kilotonnes", 20, "kilotonnes")]),

    # 2. reuters-12794 (Fri 1987-04-03, Moscow): the Soviet Union conducted an underground nuclear test at the
    #    Semipalatinsk testing ground in Kazakhstan, Tass reports; the third since Moscow ended its moratorium in
    #    February, blaming the US refusal to join the ban; the history of the moratorium and of the 1987 US and
    #    Soviet tests. The test MOBILIZE, required, attribution media, location KAZ (modern geography: the text
    #    places the test ground in Kazakhstan); no event date (the text gives only the hour). The restated test
    #    and all the history (the moratorium CONCEDE and the call for a ban REQUEST of August 1985, the announced
    #    end of the freeze THREATEN, the US tests MOBILIZE, the US objection on monitoring REJECT, the blame
    #    ACCUSE) optional.
    article(REU + "12794", "1987-04-03", [
        E(["MOBILIZE"], "conducted an underground nuclear test", SOVIET, None, attribution="media",
          location_country="KAZ"),
        E(["MOBILIZE"], "the test was carried out at 0120 gmt", SOVIET, None, req=False, attribution="media",
          location_country="KAZ"),
        E(["MOBILIZE", "REJECT"], "halted an 18-month nuclear test moratorium", SOVIET, ["USA"], req=False,
          modality=H),
        E(["ACCUSE"], "saying Washington's refusal to join the ban", SOVIET, ["USA"], req=False, modality=H),
        E(["CONCEDE", "RETREAT"], "began its unilateral nuclear test moratorium", SOVIET, None, req=False,
          modality=H, date="1985-08"),
        E(["REQUEST"], "calling on the United States to agree to a total ban", SOVIET, ["USA"], req=False,
          modality=H, date="1985-08"),
        E(["THREATEN", "REJECT"], "it announced that it would end the freeze", SOVIET, ["USA"], req=False,
          modality=H),
        E(["MOBILIZE"], "Washington had continued testing", ["USA"], None, req=False, modality=H),
        E(["REJECT"], "problems remained concerning the monitoring", ["USA"], SOVIET, req=False, modality=H),
        E(["MOBILIZE"], "staged one test on February 3", ["USA"], None, req=False, modality=H, date="1987-02-03"),
        E(["MOBILIZE"], "Moscow responded with a blast", SOVIET, ["USA"], req=False, modality=H,
          date="1987-02-26"),
        E(["ACCUSE"], "blamed the resumption of testing", SOVIET, ["USA"], req=False, modality=H),
    ], places=[P("Semipalatinsk", "KAZ", 50.41, 80.23), P("Kazakhstan", "KAZ")],
        dates=[D("August 1985", "1985-08"), D("February 3", "1987-02-03"), D("February 11", "1987-02-11"),
               D("February 26", "1987-02-26"), D("March 12", "1987-03-12")]),

    # 3. reuters-10620 (Sat 1987-03-28, Ankara): a Turkish research ship, escorted by warships and air force
    #    planes, left for the Aegean to press Turkey's case in the oil-rights row with Greece (the semi-official
    #    Anatolian agency); it set off this morning from Canakkale; Ozal said last night, to Turkish Radio in
    #    London, that it would not go into international waters unless Greece did. The escorted sailing
    #    MOBILIZE (THREATEN accepted, as gold-twelfth's and gold-tenth's "would sail into disputed waters"),
    #    required, attribution media, date the morning's departure, location TUR (the text places the departure
    #    at Canakkale); its restatement optional; Ozal's conditional pledge CONCEDE/THREATEN/AGREE and "We are
    #    waiting for the first move" REQUEST optional (a conditional statement that fits no type cleanly),
    #    location GBR (said in London).
    article(REU + "10620", "1987-03-28", [
        E(["MOBILIZE", "THREATEN"], "left for the Aegean to press", ["TUR"], ["GRC"], attribution="media",
          date="1987-03-28", location_country="TUR"),
        E(["MOBILIZE", "THREATEN"], "The ship set off this morning", ["TUR"], ["GRC"], req=False,
          attribution="media", date="1987-03-28", location_country="TUR"),
        E(["CONCEDE", "THREATEN", "AGREE"], "would not go into international waters", ["TUR"], ["GRC"], req=False,
          date="1987-03-27", location_country="GBR"),
        E(["REQUEST", "THREATEN"], "We are waiting for the first move", ["TUR"], ["GRC"], req=False,
          location_country="GBR"),
    ], places=[P("Aegean", None), P("Canakkale", "TUR", 40.15, 26.41), P("Dardanelles", "TUR"),
               P("London", "GBR", 51.51, -0.13)],
        dates=[D("this morning", "1987-03-28"), D("last night", "1987-03-27")]),

    # 4. reuters-5154 (record 1987-03-14 23:10, dateline New York, March 15): Iran has deployed about six large
    #    missiles near the Strait of Hormuz, the New York Times says (US intelligence sources); CBS reported on
    #    Friday that Iran had installed new missiles along the Gulf and that Washington had warned Tehran not to
    #    use them against shipping. The deployment MOBILIZE (manual: mobilizing weapons), required, attribution
    #    media, location IRN (Iran's own missile sites on its coast: an act done in one country); "deployed at two
    #    sites" and CBS's installation optional restatements; Washington's warning THREATEN/REQUEST optional
    #    (second-hand, earlier); what the missiles could do and "None ... had been fired yet" forbidden.
    article(REU + "5154", "1987-03-14", [
        E(["MOBILIZE"], "Iran has deployed about six large missiles", ["IRN"], None, attribution="media",
          location_country="IRN"),
        E(["MOBILIZE"], "had been deployed at two sites", ["IRN"], None, req=False, attribution="media",
          location_country="IRN"),
        E(["MOBILIZE"], "Iran had installed new missiles along the Gulf", ["IRN"], None, req=False,
          attribution="media", location_country="IRN"),
        E(["THREATEN", "REQUEST"], "Washington had warned Tehran", ["USA"], ["IRN"], req=False, modality=H,
          attribution="media"),
    ], forbid=[F("could be used to sink a supertanker", ["MOBILIZE"]), F("only with a lucky hit"),
               F("None of the new missiles had been fired yet")],
        places=[P("Strait of Hormuz", None), P("Gulf", None)],
        dates=[D("Friday", "1987-03-13")],
        quantities=[Q("six", 6, "missiles"), Q("50 miles", 50, "miles")]),

    # 5. reuters-8688 (Tue 1987-03-24, Bahrain): Iran has test-fired its Silkworm missile in the Strait of Hormuz,
    #    at a hulk off its port of Bandar Abbas, and set up at least two launching sites, a British naval source
    #    who declined to be identified says; background: US officials broke the news of the acquisition last
    #    week, the US said it would not allow Iran to choke off shipments and offered to escort Kuwaiti tankers,
    #    Tehran denied last Sunday any intent to threaten shipping and warned the US. The test MOBILIZE (a test
    #    firing, as gold-heldout's), required, attribution anonymous, location IRN (off Iran's own port); the
    #    sites, the restated firing and "in place" MOBILIZE optional; the background acts optional (historical):
    #    the disclosure ACCUSE, the US refusal to allow THREATEN, the escort offer AGREE (the held 8675's news),
    #    Iran's denial REJECT and warning THREATEN (the held 8109's news, date last Sunday); "could be used to
    #    target" forbidden.
    article(REU + "8688", "1987-03-24", [
        E(["MOBILIZE"], "has test-fired its newly acquired Silkworm", ["IRN"], None, attribution="anonymous",
          location_country="IRN"),
        E(["MOBILIZE"], "has set up at least two land-based launching sites", ["IRN"], None, req=False,
          attribution="anonymous", location_country="IRN"),
        E(["MOBILIZE"], "fired the Chinese-made missile at a hulk", ["IRN"], None, req=False,
          attribution="anonymous", location_country="IRN"),
        E(["ACCUSE"], "broke the news that Iran had acquired", ["USA"], ["IRN"], req=False, modality=H),
        E(["THREATEN", "REJECT"], "will not allow Iran to use the missiles", ["USA"], ["IRN"], req=False,
          modality=H),
        E(["AGREE", "AID"], "has offered its warships to escort Kuwaiti tankers", ["USA"], ["KWT"], req=False,
          modality=H),
        E(["REJECT"], "Tehran denied last Sunday", ["IRN"], ["USA"], req=False, modality=H, date="1987-03-22"),
        E(["THREATEN"], "would meet a strong response", ["IRN"], ["USA"], req=False, modality=H,
          date="1987-03-22"),
        E(["MOBILIZE"], "the Silkworms were in place", ["IRN"], None, req=False, attribution="anonymous"),
    ], forbid=[F("could be used to target")],
        places=[P("Strait of Hormuz", None), P("Bandar Abbas", "IRN", 27.18, 56.27), P("Gulf", None)],
        dates=[D("last Sunday", "1987-03-22")]),

    # 6. reuters-16254 (Mon 1987-04-13, Peking): the prime ministers of China and Portugal signed an agreement
    #    ending Portuguese rule over Macao and returning it to China in 1999; Macao will be a special
    #    administrative region from December 20, 1999, as Hong Kong will return to China from Britain in 1997;
    #    China hopes to win back Taiwan under the same formula. The signing SUPPORT (manual, SUPPORT: "sign, or
    #    finalize an agreement"; AGREE accepted, as gold-nineteenth), both states on both sides, required, no
    #    location (the text does not say where it was signed); the return of Macao and of Hong Kong CONCEDE/RETREAT
    #    (future, optional: terms of agreements); "China hopes to win back" forbidden (a hope, no act).
    article(REU + "16254", "1987-04-13", [
        E(["SUPPORT", "AGREE"], "signed an agreement to end more", ["CHN", "PRT"], ["PRT", "CHN"]),
        E(["CONCEDE", "RETREAT", "AGREE"], "return it to Chinese control in 1999", ["PRT"], ["CHN"], req=False,
          modality=FUT, location_country="MAC"),
        E(["CONCEDE", "RETREAT", "AGREE"], "return Hong Kong to China from Britain", ["GBR"], ["CHN"], req=False,
          modality=FUT, location_country="HKG"),
    ], forbid=[F("China hopes to win back")],
        places=[P("Macao", "MAC", 22.19, 113.54), P("Hong Kong", "HKG", 22.32, 114.17), P("Taiwan", "TWN")],
        dates=[D("December 20, 1999", "1999-12-20")]),

    # 7. reuters-16491 (Mon 1987-04-13, Brussels; this gold's one analysis piece): Turkey will formally apply to
    #    join the EC tomorrow; EC officials say it is unlikely to join before 2000, that the application will
    #    spark soul-searching, that the EC values Turkey as a NATO ally but sees huge problems in accepting it, and
    #    that industrialised members tried to dissuade Turkey from applying. The coming application REQUEST (a
    #    request for membership; AGREE accepted: a future act of cooperation), the EC (IGO) as recipient, modality
    #    future, date tomorrow, required, no location (not said); the members' dissuasion REQUEST (background,
    #    anonymous, the actors unnamed members: not checked), the EC valuing Turkey SUPPORT and its "huge
    #    problems" REJECT (officials' reading of a dilemma) and the accession of Spain and Portugal (historical)
    #    optional; the officials' forecasts and opinions forbidden ("unlikely to become" allowing the
    #    application's types, as it shares the application's sentence).
    article(REU + "16491", "1987-04-13", [
        E(["REQUEST", "AGREE"], "formally apply to join the European Community", ["TUR"], [IGO], modality=FUT,
          date="1987-04-14"),
        E(["SUPPORT"], "it values Ankara as an ally", [IGO], ["TUR"], req=False, attribution="anonymous"),
        E(["REJECT", "ACCUSE"], "sees huge problems in accepting it", [IGO], ["TUR"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "have tried to dissuade Turkey", None, ["TUR"], req=False, modality=H,
          attribution="anonymous"),
        E(["SUPPORT", "AGREE", "COOPERATE"], "the accession of Spain and Portugal", None, None, req=False,
          modality=H),
    ], forbid=[F("is unlikely to become the bloc's 13th member", ["REQUEST", "AGREE"]),
               F("was likely to spark a long process"), F("should first fully implement")],
        places=[P("Ankara", "TUR", 39.93, 32.86)],
        dates=[D("tomorrow", "1987-04-14")]),

    # 8. reuters-15301 (Wed 1987-04-08, Washington): Reagan has agreed to let the House and Senate Iran-contra
    #    committees review his diary notes, committee members said today; the notes cover 1984-86, will be chosen
    #    by the White House counsel, reviewed by Reagan and made available in a few weeks, read at the White House
    #    without copies. The agreement AGREE (a promise to cooperate with the investigation; CONCEDE accepted: a
    #    concession to the committees), USA on both sides, required, attribution official, location USA (a US
    #    president's act towards Congress, as gold-twenty-ninth's US bodies); the committees' investigation
    #    ACCUSE, the 1985-86 arms deal AID (historical), the notes to be made available and the terms of review
    #    (future) optional.
    article(REU + "15301", "1987-04-08", [
        E(["AGREE", "CONCEDE"], "has agreed to let the House and Senate", ["USA"], ["USA"], attribution="official",
          location_country="USA"),
        E(["ACCUSE"], "select committees investigating the Iran arms sale", ["USA"], ["USA"], req=False),
        E(["AID", "COOPERATE"], "the Iran arms deal was planned and carried out", ["USA"], ["IRN"], req=False,
          modality=H),
        E(["AGREE", "COOPERATE"], "made available to committee members", ["USA"], ["USA"], req=False,
          modality=FUT),
        E(["AGREE", "CONCEDE"], "will be allowed to review the notes", ["USA"], ["USA"], req=False, modality=FUT,
          location_country="USA"),
    ], places=[P("Nicaragua", "NIC")],
        dates=[D("today", "1987-04-08"), D("January 1, 1984", "1984-01-01"),
               D("December 19, 1986", "1986-12-19")]),

    # 9. reuters-21020 (Mon 1987-10-19, Kampala): Egypt has agreed to build two housing estates and two roads in
    #    Uganda worth 295 million dollars, its commercial attache says; Egyptian companies will build 8,000 housing
    #    units in Kampala and rebuild two roads; Uganda would repay the Egyptian government credit 70 per cent in
    #    barter goods and 30 per cent in hard currency. The agreement AGREE (a promise of aid; AID accepted: a
    #    specific project on state credit), EGY to UGA, required, attribution official, location UGA (the
    #    projects and the attache's statement are in Uganda); the companies' building (future) and the credit
    #    and its repayment AID/COOPERATE/AGREE optional (terms of the same deal).
    article(REU + "21020", "1987-10-19", [
        E(["AGREE", "AID"], "Egypt has agreed to build two housing estates", ["EGY"], ["UGA"],
          attribution="official", location_country="UGA"),
        E(["AGREE", "AID", "COOPERATE"], "Egyptian companies will build", ["EGY", MNC], ["UGA"], req=False,
          modality=FUT, location_country="UGA"),
        E(["AID", "COOPERATE", "AGREE"], "Egyptian Government credit to finance the projects", ["EGY"], ["UGA"],
          req=False),
    ], places=[P("Uganda", "UGA"), P("Kampala", "UGA", 0.32, 32.58), P("Fort Portal", "UGA", 0.67, 30.27),
               P("Bundibugyo", "UGA"), P("Zaire", "COD"), P("Kapchorwa", "UGA")],
        quantities=[Q("295 million dollars", 295000000, "USD"), Q("8,000", 8000, "housing units"),
                    Q("70 per cent", 70, "percent"), Q("30 per cent", 30, "percent")]),

    # 10. reuters-8379 (Mon 1987-03-23, Beirut): the kidnappers of four professors (three American, one Indian) say
    #    the US hostage Alann Steen is ill and might die in 10 days, and offer to free him for 100 detainees in
    #    Israel, in a statement by Islamic Jihad for the Liberation of Palestine delivered to a Beirut newspaper.
    #    The offer of a swap AGREE (an offer; REQUEST accepted: a demand that prisoners be released, REQUEST
    #    `yield'), the group (IMG; LBN and PSE accepted) to the US and Israel, required, attribution organization
    #    (the group's own statement), location LBN (the statement delivered in Beirut); the abduction ASSAULT
    #    (manual, ASSAULT `abduct'; historical, place not said), "might die in 10 days" THREATEN (an implied
    #    threat, debatable), "Spy Alann Steen" ACCUSE and the quoted restatement of the offer optional.
    article(REU + "8379", "1987-03-23", [
        E(["AGREE", "REQUEST"], "offered to free him in exchange", KIDNAP, ["USA", "ISR"],
          attribution="organization", location_country="LBN"),
        E(["ASSAULT"], "Kidnappers of four professors", KIDNAP, ["USA", "IND"], req=False, modality=H),
        E(["ACCUSE"], "Spy Alann Steen began to suffer", KIDNAP, ["USA"], req=False, attribution="organization"),
        E(["THREATEN"], "he might die in 10 days", KIDNAP, ["USA"], req=False, attribution="organization"),
        E(["AGREE", "REQUEST"], "we free him for 100 detainees", KIDNAP, ["USA", "ISR"], req=False,
          attribution="organization", location_country="LBN"),
    ], places=[P("Israel", "ISR"), P("Beirut", "LBN", 33.89, 35.50)],
        quantities=[Q("four", 4, "professors"), Q("a hundred", 100, "detainees")]),

    # 11. reuters-16542 (Mon 1987-04-13, Bahrain): Iran says it achieved its objectives in heavy fighting against
    #    Iraq since launching an offensive near Basra last Tuesday; Baghdad said on Saturday its forces routed the
    #    Iranians from their footholds; an unnamed Iranian field commander (IRNA) said on Sunday the Iranians are
    #    entrenched west of the Jasim River about 10 km east of Basra and foreign reporters can visit. The
    #    offensive ASSAULT IRN to IRQ, required, date last Tuesday, location IRQ ("near the southern Iraqi city of
    #    Basra"), attribution official; Iraq's routing of the Iranians ASSAULT, required, attribution official,
    #    location IRQ (the footholds near Basra); "heavy fighting" (the same offensive), the entrenchment
    #    MOBILIZE/ASSAULT (anonymous) and the offer to reporters AGREE/RETREAT (access) optional.
    article(REU + "16542", "1987-04-13", [
        E(["ASSAULT"], "launching an offensive near the southern Iraqi city", ["IRN"], ["IRQ"], date="1987-04-07",
          attribution="official", location_country="IRQ"),
        E(["ASSAULT"], "heavy fighting against Iraq", ["IRN"], ["IRQ"], req=False, attribution="official",
          location_country="IRQ"),
        E(["ASSAULT"], "its forces had routed the Iranians", ["IRQ"], ["IRN"], attribution="official",
          location_country="IRQ"),
        E(["MOBILIZE", "ASSAULT"], "the Iranians are now entrenched", ["IRN"], ["IRQ"], req=False,
          attribution="anonymous", location_country="IRQ"),
        E(["AGREE", "RETREAT"], "foreign reporters could now visit", ["IRN"], None, req=False,
          attribution="anonymous"),
    ], places=[P("Basra", "IRQ", 30.51, 47.81), P("Jasim River", "IRQ"), P("Fish canal", "IRQ")],
        dates=[D("last Tuesday", "1987-04-07"), D("Saturday", "1987-04-11"), D("Sunday", "1987-04-12")],
        quantities=[Q("10 km", 10, "km")]),

    # 12. reuters-10641 (Sun 1987-03-29, Ankara): Turkey pulled its warships back from close escort of its survey
    #    ship as the threat of conflict with Greece abated (the Anatolian agency: the ship works on in Turkish
    #    waters, the vessels follow at a distance); Turkish papers claim Greece was forced to pull back; two papers
    #    say the dispute is unsolved; the confrontation eased after Turkey said it had been assured Athens would
    #    not prospect in disputed waters. The pull-back RETREAT (manual, RETREAT `withdraw': withdraw forces from
    #    an area; CONCEDE accepted), TUR to GRC, required, attribution media, location TUR (the ship works in
    #    Turkish waters); the restated end of escort RETREAT, "following it at a distance" MOBILIZE, the papers'
    #    claims (Greece pulling back RETREAT, US and NATO efforts, "Greece will stay" CONCEDE) and the earlier
    #    assurance CONCEDE/AGREE (the held 10627's news) optional; "remained unsolved" forbidden.
    article(REU + "10641", "1987-03-29", [
        E(["RETREAT", "CONCEDE"], "pulled warships back from close escort", ["TUR"], ["GRC"], attribution="media",
          location_country="TUR"),
        E(["RETREAT", "CONCEDE"], "naval vessels ended their close protection", ["TUR"], ["GRC"], req=False,
          attribution="media", location_country="TUR"),
        E(["MOBILIZE"], "were following it at a distance", ["TUR"], ["GRC"], req=False, attribution="media",
          location_country="TUR"),
        E(["RETREAT", "CONCEDE"], "forcing Greece to pull back", ["GRC"], ["TUR"], req=False, attribution="media"),
        E(["CONSULT", "REQUEST", "SUPPORT"], "United States and NATO efforts bore fruit", ["USA", IGO], ["GRC"],
          req=False, attribution="media"),
        E(["CONCEDE"], "Greece will stay in its national waters", ["GRC"], ["TUR"], req=False, attribution="media"),
        E(["CONCEDE", "AGREE"], "assured Athens would not begin prospecting", ["GRC"], ["TUR"], req=False,
          modality=H),
    ], forbid=[F("remained unsolved")],
        places=[P("Aegean Sea", None)]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
