"""Writes articles.json for the fifteenth article gold (six modern news pages of the HTML extraction benchmark,
written blind). The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, MNC, NGO, D, E, F, P, Q, article, write_gold  # noqa: E402

# Each page is one entry of the benchmark's JSON object of article bodies; offsets refer to its "articleBody".
AEB = "html/article-extraction-benchmark/ground-truth.json#"
DOCTORS = ["USA", NGO]   # Doctors for Camp Closure: a US campaign group (NGO accepted, as for campaign groups)
WEWORK = ["USA", MNC]    # a firm takes its home country; MNC accepted for a multinational (gold-fourteenth fix)


ARTICLES = [
    # 1. The Detroit News (AP): several thousand Indiana teachers rally at the Statehouse for pay; the House Speaker
    #    promises to end test-score evaluations; GOP leaders expect no funding action before 2021 (Tue 2019-11-19).
    #    Protest and unrest. Every side is USA (teachers, unions, state government, legislature).
    article(AEB + "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0", "2019-11-19", [
        E(["PROTEST"], "teachers wearing red surrounded the Indiana Statehouse", ["USA"], ["USA"],
          date="2019-11-19", location_country="USA"),
        E(["PROTEST"], "The union-organized rally represented", ["USA"], ["USA"], req=False),
        E(["PROTEST"], "hundreds of them lined entrances to the Statehouse", ["USA"], ["USA"], req=False),
        E(["PROTEST"], "Teachers with marching band instruments played", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "the Legislature should direct money", ["USA"], ["USA"], req=False),
        E(["REQUEST"], "we need action now", ["USA"], ["USA"], req=False),
        E(["PROTEST"], "closed because of the rally", ["USA"], ["USA"], req=False, attribution="organization"),
        E(["CONSULT"], "legislators gather for organizational meetings", ["USA"], req=False),
        E(["ACCUSE"], "lashing out at teachers", ["USA"], ["USA"], req=False, modality=H),
        E(["PROTEST"], "used sick days to rally", ["USA"], ["USA"], req=False, modality=H),
        E(["REJECT"], "take action on further boosting school funding", ["USA"], ["USA"], req=False),
        E(["PROTEST"], "Other teacher protests were held last year", ["USA"], req=False, modality=H, date="2018",
          location_country="USA"),
        E(["PROTEST"], "some Indiana protesters chanted", ["USA"], ["USA"], req=False),
        E(["REJECT", "SUPPORT"], "defending the state budget", ["USA"], ["USA"], req=False),
        E(["CONCEDE", "AGREE"], "lawmakers would take action to prevent the use", ["USA"], ["USA"], modality=FUT),
        E(["CONSULT", "AGREE"], "traveling to Florida for a conference", ["USA"], req=False),
        E(["AID"], "gave nearly $5.9 million toward", ["USA"], ["USA"], req=False, modality=H, date="2016"),
        E(["SUPPORT"], "told cheering teachers that they", ["USA"], ["USA"]),
        E(["REJECT", "ACCUSE"], "has split from many fellow Republicans", ["USA"], ["USA"], req=False, modality=H),
        E(["ACCUSE"], "What a shame that it takes today", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "said politicians have", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "They think they know better about education", ["USA"], ["USA"], req=False),
    ], forbid=[F("more than 15,000 people registered for the rally", ["PROTEST"]),
               F("at least 5,000 people entered the Statehouse", ["PROTEST"]),
               F("have avoided direct criticism of teachers"),
               F("not antagonizing educators", ["ACCUSE", "PROTEST"]),
               F("see Holcomb at the Statehouse"),
               F("a 9% funding increase was needed"),
               F("has cited a study showing Indiana", ["ACCUSE"])],
        places=[P("Indianapolis", "USA"), P("Indiana", "USA"), P("Evansville", "USA"), P("Kentucky", "USA"),
                P("West Virginia", "USA"), P("Oklahoma", "USA"), P("Arizona", "USA"), P("Florida", "USA")],
        dates=[D("Tuesday", "2019-11-19"), D("this month", "2019-11"), D("January", "2020-01"),
               D("2021", "2021"), D("last year", "2018"), D("April", "2019-04"), D("2016", "2016"),
               D("February", "2019-02"), D("2002", "2002")],
        quantities=[Q("more than 40 fellow teachers", 40, "teachers"), Q("$2 billion", 2000000000, "dollars"),
                    Q("Nearly 300 school districts", 300, "school districts"),
                    Q("more than 15,000 people", 15000, "people"), Q("at least 5,000 people", 5000, "people"),
                    Q("2.5%", 2.5, "percent"), Q("$5.9 million", 5900000, "dollars"), Q("9%", 9, "percent")]),

    # 2. The Paradigm (Nigeria): Senate President Saraki and Senators Melaye and Murray-Bruce sue the Inspector-General
    #    of Police over a police "invitation" (summons) about alleged assaults during Friday's PDP protest march
    #    against the Osun governorship election result (Tue 2018-10-09). Domestic politics; every side NGA.
    article(AEB + "e7301133baab43596f19076beab32096f6405b868e0a69bcfc3349e595d62475", "2018-10-09", [
        E(["ACCUSE"], "have dragged the Inspector-General of Police", ["NGA"], ["NGA"]),
        E(["ACCUSE", "REQUEST"], "over their invitation by the Nigeria Police", ["NGA"], ["NGA"], req=False,
          modality=H),
        E(["PROTEST"], "led a protest march to the headquarters", ["NGA"], ["NGA"], date="2018-10-05",
          location_country="NGA"),
        E(["ACCUSE", "REQUEST"], "The police had invited only Melaye and Murray-Bruce", ["NGA"], ["NGA"]),
        E(["REJECT"], "failed to answer the invitation", ["NGA"], ["NGA"]),
        E(["REQUEST", "ACCUSE"], "they are praying the court to", ["NGA"], ["NGA"], req=False),
        E(["ACCUSE"], "was filed by Mahmud Abubakar Magaji", ["NGA"], ["NGA"], req=False),
    ], forbid=[F("over alleged assaults on its men", ["ACCUSE", "REQUEST"]),
               F("unlawful attempt to arrest the applicants", ["REQUEST", "ACCUSE"])],
        places=[P("Abuja", "NGA"), P("Osun State", "NGA")],
        dates=[D("Friday", "2018-10-05"), D("Monday", "2018-10-08")],
        quantities=[Q("N500m", 500000000, "NGN")]),

    # 3. NBC News: a New York man pleads guilty to threatening to kill Representative Ilhan Omar in a March call to
    #    her office (Tue 2019-11-19; "Monday" is 2019-11-18). Security and law enforcement; every side USA.
    article(AEB + "7a457a4f71735c17b8b34fafc88835d225cf879b2d812311857a64cfc891eee9", "2019-11-19", [
        E(["CONCEDE", "SANCTION"], "pleaded guilty Monday to threatening to kill", ["USA"], ["USA"],
          date="2019-11-18", attribution="official"),
        E(["CONCEDE", "SANCTION"], "pleaded guilty to threatening to assault and murder", ["USA"], ["USA"],
          req=False, attribution="official"),
        E(["COERCE"], "He was arrested in April", ["USA"], ["USA"], req=False, modality=H, date="2019-04"),
        E(["THREATEN"], "somebody ought to put a bullet in her skull", ["USA"], ["USA"], req=False, modality=H,
          date="2019-03-21", attribution="official"),
        E(["ACCUSE"], "called Omar a", ["USA"], ["USA"], req=False, modality=H, date="2019-03-21"),
        E(["THREATEN"], "put a bullet in her (expletive) skull", ["USA"], ["USA"], req=False, modality=H,
          attribution="official"),
        E(["REJECT"], "never intended to harm Omar", ["USA"], req=False),
        E(["CONCEDE"], "He has taken responsibility for using", ["USA"], req=False),
        E(["SANCTION"], "He was convicted of criminal mischief", ["USA"], ["USA"], req=False, modality=H, date="1998"),
    ], forbid=[F("faces a maximum of 10 years in prison"),
               F("was legally barred from possessing a firearm", ["SANCTION"]),
               F("possessed a loaded"),
               F("not make threats to harm lawmakers"),
               F("not commit felony crimes")],
        places=[P("New York", "USA"), P("Addison", "USA"), P("Ithaca", "USA")],
        dates=[D("Monday", "2019-11-18"), D("March 21", "2019-03-21"), D("April", "2019-04"),
               D("Feb. 14", "2020-02-14"), D("1998", "1998")],
        quantities=[Q("$250,000", 250000, "dollars")]),

    # 4. NBC News (on MSN): Doctors for Camp Closure urge DHS to accept their offer of free flu shots for migrants in
    #    CBP custody; CBP declines (Tue 2019-11-19). Aid, migration. US government USA; the doctors' group USA or NGO.
    article(AEB + "abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5", "2019-11-19", [
        E(["REQUEST"], "is urging the Department of Homeland Security", DOCTORS, ["USA"]),
        E(["AGREE"], "accept its offer to provide free flu shots", DOCTORS, ["USA"], req=False),
        E(["COERCE", "REJECT"], "the Trump administration is denying flu vaccines", ["USA"], req=False),
        E(["REQUEST"], "the doctors pleaded with the administration", DOCTORS, ["USA"], req=False,
          date="2019-11-05"),
        E(["AGREE"], "have offered to stage a mobile flu vaccine", DOCTORS, ["USA"]),
        E(["REQUEST"], "We implore you to allow our volunteer physicians", DOCTORS, ["USA"], req=False),
        E(["REJECT"], "did not accept the offer", ["USA"], DOCTORS),
        E(["REJECT"], "the agency never has administered vaccines", ["USA"], DOCTORS, req=False,
          attribution="anonymous"),
        E(["REJECT"], "operating a vaccine program is not feasible", ["USA"], DOCTORS, req=False),
        E(["COERCE"], "the agency has been holding people far longer", ["USA"], req=False),
        E(["AGREE"], "said they would provide 100 doses", DOCTORS, ["USA"], req=False, date="2019-11-05"),
        E(["RETREAT"], "McAleenan resigned", ["USA"], req=False, modality=H),
        E(["REQUEST", "THREATEN"], "had set a deadline of Tuesday", DOCTORS, ["USA"], req=False, modality=H),
        E(["AGREE"], "Physicians are volunteering their time", DOCTORS, ["USA"], req=False),
        E(["AGREE"], "have an established volunteer network", DOCTORS, ["USA"], req=False),
        E(["REJECT", "COERCE"], "CBP announced that it would not be vaccinating", ["USA"], req=False, modality=H,
          date="2019-08"),
        E(["REJECT", "COERCE"], "it chose not to provide the vaccinations", ["USA"], req=False, modality=H),
        E(["ACCUSE", "PROTEST"], "Health care providers have protested longer detention periods", DOCTORS, ["USA"],
          req=False, modality=H),
        E(["AGREE"], "The doctors offering to operate the flu vaccination clinic", DOCTORS, ["USA"], req=False),
        E(["ACCUSE"], "findings of overcrowded and unsanitary conditions", ["USA"], ["USA"], req=False, modality=H),
        E(["ACCUSE"], "That report found children in some CBP facilities", ["USA"], ["USA"], req=False, modality=H),
    ], forbid=[F("the deaths of at least three children in CBP custody", ["REQUEST"]),
               F("the agency never has administered vaccines", ["REJECT"]),
               F("guidelines recommend holding people", ["COERCE"]),
               F("potentially spreading that virus"),
               F("Seeking asylum is not a crime"),
               F("The doctors warned that migrants are not the only people"),
               F("will be at an even higher risk"),
               F("The doctors contributed money"),
               F("nine times higher than the expected death rate"),
               F("constitutes an emergency which threatens the safety", ["ACCUSE"]),
               F("the government has done wide scale vaccinations before"),
               F("a cell meant for 35 held 155 adult males"),
               F("A flu outbreak at the CBP McAllen facility"),
               F("recommends all individuals above age 6 months"),
               F("notes the CDC requirement")],
        places=[P("California", "USA"), P("San Ysidro", "USA"), P("Sacramento", "USA"), P("El Paso", "USA"),
                P("McAllen", "USA")],
        dates=[D("Nov. 5", "2019-11-05"), D("2018", "2018"), D("last year", "2018"), D("August", "2019-08"),
               D("October", "2019-10")],
        quantities=[Q("at least three children", 3, "children"), Q("100 doses", 100, "doses"),
                    Q("four volunteer physicians", 4, "physicians"), Q("72 hours", 72, "hours"),
                    Q("200,000 children", 200000, "children"), Q("seven physicians", 7, "physicians"),
                    Q("155 adult males", 155, "people")],
        boilerplate=["Follow NBC Latino on Facebook, Twitter and Instagram."]),

    # 5. CNN analysis ("The Point"): the White House's account of Trump's unscheduled visit to Walter Reed should not
    #    be believed (Mon 2019-11-18). The one analysis/opinion piece: mostly must-not-code; no required event.
    article(AEB + "ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf", "2019-11-18", [
        E(["ACCUSE"], "Bornstein told CNN in 2018 that Trump", ["USA"], ["USA"], req=False, modality=H, date="2018"),
        E(["ACCUSE"], "repeatedly sought to make Hillary Clinton", ["USA"], ["USA"], req=False, modality=H,
          date="2016"),
        E(["REJECT"], "not going to get into security and movement protocols", ["USA"], ["USA"], req=False),
        E(["ACCUSE", "REQUEST"], "actively trying to find and report conspiracy theories", ["USA"], ["USA"],
          req=False),
    ], forbid=[F("made an unscheduled trip to Walter Reed hospital"),
               F("You shouldn't just believe them"),
               F("have set a standard of dishonesty and obfuscation"),
               F("suggested that the President change his diet"),
               F("has shown little hesitation to doctor"),
               F("It was Trump doing what he always does"),
               F("there is every reason to suspect"),
               F("means she has given some that"),
               F("a White House that lies as easily as it tells the truth"),
               F("we can't take their word for it")],
        dates=[D("Saturday", "2019-11-16"), D("February", "2019-02"), D("December 2015", "2015-12"),
               D("2018", "2018"), D("2016", "2016"), D("September 11", "2016-09-11")],
        quantities=[Q("more than 13,000", 13000, "claims")]),

    # 6. TechCrunch: the New York State Attorney General is reportedly investigating WeWork; an SEC inquiry was
    #    reported a week earlier (Mon 2019-11-18 by the page's own local date). Law enforcement against a firm.
    article(AEB + "1ace8c85aaee21b9d4505eca506d50c4721c29db62848b567a9703bfe0583892", "2019-11-18", [
        E(["ACCUSE"], "WeWork is reportedly being investigated", ["USA"], WEWORK, attribution="media"),
        E(["ACCUSE"], "questions include if WeWork founder", ["USA"], WEWORK, req=False, attribution="media"),
        E(["ACCUSE"], "we have received an inquiry from the office", ["USA"], WEWORK, req=False),
        E(["COOPERATE", "AGREE"], "are cooperating in the matter", WEWORK, ["USA"], req=False),
        E(["ACCUSE"], "Bloomberg reported WeWork is the subject", ["USA"], WEWORK, req=False,
          attribution="media"),
        E(["ACCUSE"], "returned the money after public criticism", None, ["USA"], req=False, modality=H),
    ], forbid=[F("had no comment"),
               F("it was withdrawing its S-1 filing"),
               F("red flags for investors included"),
               F("sold the company the right to use the word", ["ACCUSE"]),
               F("After receiving a lifeline from investor SoftBank")],
        places=[P("New York City", "USA")],
        dates=[D("Sept. 30", "2019-09-30"), D("2017", "2017")],
        quantities=[Q("$5.9 million", 5900000, "dollars"), Q("$8 billion", 8000000000, "dollars"),
                    Q("$200 million", 200000000, "dollars")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
