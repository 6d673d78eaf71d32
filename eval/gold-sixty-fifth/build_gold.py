"""Writes articles.json for the sixty-second article gold ('gold-sixty-fifth', written blind): fourteen 1987 Reuters
wire briefs of 20-79 words from the brief remainder list (select_stories.py: gold_selection.brief_remainder_list
walked over all its 95 positions) that report acts of political actors: a bomb in Johannesburg, Greece's charge of
Turkish air space infringements, Pollard's life sentence, the US verification proposals at the Geneva arms talks,
Japan's loan to Bangladesh, a Dutch grant to Bangladesh, Spain's credit line for Cuba, a Norwegian prosecutor's
investigation of an arms firm's sales to the Soviet Union, Japan's loans to Indonesia and Bolivia, four EC states'
standing opposition to the oils tax, a US sale of missile equipment to South Korea, the US energy secretary's visit
to Morocco, China and Portugal initialling the Macao declaration and South Korea's Japanese yen credit.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, non-comments and forecasts are forbid phrases where a coder might take them
for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SOVIET = ["SUN", "RUS"]             # the Soviet Union, as gold-fifty-eighth's talks
US_SOVIET = ["USA", "SUN", "RUS"]   # US-Soviet talks: either party on either side
EC = ["EUR", IGO]                   # the European Community (its Commission): EUR or IGO, as the earlier golds
CHINA_PORTUGAL = ["CHN", "PRT"]     # a joint declaration: either party on either side
JAPAN_KOREA = ["JPN", "KOR"]        # a credit signed by the borrower with the lender: either side accepted
TOUR_HOSTS = ["IRQ", "KWT", "QAT", "BHR", "SAU", "EGY"]

ARTICLES = [
    # 1. reuters-16984 (Tue 1987-04-21, Johannesburg): a bomb rocked a white area of Johannesburg but first reports
    #    said no one was injured; police said an explosive device was placed under a car in the Mayfair district.
    #    The blast ASSAULT with no actor code (nobody is named, as the earlier golds' bombings; to ZAF; in ZAF)
    #    required, attribution official (the police's account of the device; the blast itself the reporter's); the
    #    device under the car (a detail) optional. No event date: the day is not said.
    article(REU + "16984", "1987-04-21", [
        E(["ASSAULT"], "A bomb rocked a white area of Johannesburg", None, ["ZAF"], location_country="ZAF"),
        E(["ASSAULT"], "an explosive device was placed under a car", None, ["ZAF"], req=False,
          location_country="ZAF"),
    ], places=[P("Johannesburg", "ZAF", -26.20, 28.05), P("Mayfair", "ZAF")]),

    # 2. reuters-15338 (Wed 1987-04-08, Athens): Greece accused Turkish warplanes of infringing the Athens Flight
    #    Information Region in the Aegean three times; the Defense Ministry said the intrusions took place over Chios,
    #    Samos, Lesbos and Lemnos; the planes were identified and intercepted by Greek fighters; Greece has charged
    #    Turkish aircraft with 10 other infringements and two air space violations over the last two days. The
    #    charge ACCUSE (GRC to TUR; official: the ministry; in GRC) required; the intrusions (MOBILIZE, COERCE
    #    accepted: military moves short of force), the interception (the same) and the earlier charges ACCUSE
    #    (historical) optional. "Athens" is inside the region's name: not a place.
    article(REU + "15338", "1987-04-08", [
        E(["ACCUSE"], "Greece accused Turkish warplanes of infringing", ["GRC"], ["TUR"], location_country="GRC"),
        E(["MOBILIZE", "COERCE"], "the Turkish intrusions took place over the islands", ["TUR"], ["GRC"], req=False,
          location_country="GRC"),
        E(["MOBILIZE", "COERCE"], "identified and intercepted by Greek fighters", ["GRC"], ["TUR"], req=False,
          location_country="GRC"),
        E(["ACCUSE"], "Greece has charged Turkish aircraft with 10 other", ["GRC"], ["TUR"], req=False, modality=H),
    ], places=[P("Aegean Sea", None), P("Chios", "GRC", 38.37, 26.14), P("Samos", "GRC", 37.75, 26.98),
               P("Lesbos", "GRC", 39.17, 26.33), P("Lemnos", "GRC", 39.92, 25.25)],
        quantities=[Q("10 other", 10, "infringements"), Q("two air space violations", 2, "violations")]),

    # 3. reuters-1829 (Wed 1987-03-04, Washington): confessed spy Jonathan Pollard was sentenced today to life in
    #    prison for passing top-secret military documents to Israel; prosecutors described it as one of the most
    #    serious breaches of security in US history; Pollard claimed he acted out of concern for Israel's safety and
    #    the belief that US officials were withholding intelligence from Israel. The sentence SANCTION (the manual's
    #    `convict`; COERCE accepted, as gold-wire's jailing; USA to USA; March 4; in USA) required; the sentence
    #    restated, the prosecutors' description ACCUSE, Pollard's claim against US officials ACCUSE (USA to USA) and
    #    the passing of documents (COOPERATE, AID accepted; USA to ISR; historical) optional.
    article(REU + "1829", "1987-03-04", [
        E(["SANCTION", "COERCE"], "Pollard was sentenced today to life in prison", ["USA"], ["USA"],
          date="1987-03-04", location_country="USA"),
        E(["COOPERATE", "AID"], "passing thousands of pages of top-secret", ["USA"], ["ISR"], req=False, modality=H),
        E(["SANCTION", "COERCE"], "was sentenced for his role", ["USA"], ["USA"], req=False, date="1987-03-04",
          location_country="USA"),
        E(["ACCUSE"], "what prosecutors described as one of the most serious", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "officials were withholding intelligence from Israel", ["USA"], ["USA"], req=False,
          modality=H),
    ], places=[P("Israel", "ISR")],
        dates=[D("today", "1987-03-04")]),

    # 4. reuters-4393 (Thu 1987-03-12, Washington): the United States made its proposals for verifying adherence to a
    #    prospective treaty on medium range nuclear weapons and made public their outlines; State Department
    #    spokesman Redman said the proposals were made to the Soviet Union at the Geneva arms control talks today;
    #    they included on-site inspection that could result in inspectors being stationed permanently on the other's
    #    territory. The proposals AGREE (the earlier golds' proposals; REQUEST accepted: verification demanded of
    #    the other side; USA to SUN; official: the spokesman; March 12; in CHE) required; their restatement and the
    #    Geneva talks CONSULT (either side) optional; the inspectors that "could" be stationed forbidden but for
    #    AGREE and REQUEST (its sentence restates the proposals).
    article(REU + "4393", "1987-03-12", [
        E(["AGREE", "REQUEST"], "made its proposals for verifying adherence", ["USA"], SOVIET, date="1987-03-12",
          location_country="CHE"),
        E(["AGREE", "REQUEST"], "the proposals were made to the Soviet Union", ["USA"], SOVIET, req=False,
          date="1987-03-12", location_country="CHE"),
        E(["CONSULT"], "at Geneva arms control talks today", US_SOVIET, US_SOVIET, req=False, date="1987-03-12",
          location_country="CHE"),
    ], forbid=[F("could result in inspectors from the two superpowers", allow=["AGREE", "REQUEST"])],
        places=[P("United States", "USA"), P("Soviet Union", "RUS"), P("Geneva", "CHE", 46.20, 6.14)],
        dates=[D("today", "1987-03-12")]),

    # 5. reuters-17468 (Mon 1987-06-01, Dhaka): Japan has extended a 24 billion yen loan to Bangladesh, Finance
    #    Ministry officials said; it is to be disbursed over two years from next July for imports and a power plant in
    #    Sylhet; terms were not disclosed; Japanese loans and grants to Bangladesh total 441.25 billion yen since
    #    1972. The loan AID (AGREE accepted, as the earlier golds' aid granted; JPN to BGD; anonymous: unnamed
    #    ministry officials; in BGD, the borrower) required; the disbursement (future) and the loans since 1972
    #    (historical) optional; the non-disclosure forbidden.
    article(REU + "17468", "1987-06-01", [
        E(["AID", "AGREE"], "Japan has extended a 24 billion yen loan", ["JPN"], ["BGD"], attribution="anonymous",
          location_country="BGD"),
        E(["AID"], "to be disbursed over two years", ["JPN"], ["BGD"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AID"], "brings total Japanese loans and grants", ["JPN"], ["BGD"], req=False, modality=H,
          attribution="anonymous"),
    ], forbid=[F("Terms were not disclosed")],
        places=[P("Japan", "JPN"), P("Bangladesh", "BGD"), P("Sylhet", "BGD", 24.90, 91.87)],
        dates=[D("next July", "1987-07"), D("1972", "1972")],
        quantities=[Q("24 billion yen", 24000000000, "JPY"), Q("441.25 billion yen", 441250000000, "JPY")]),

    # 6. reuters-413 (Mon 1987-03-02, Dhaka): Bangladesh will receive a grant equivalent to 47 mln dlrs from the
    #    Netherlands during 1987 under an agreement signed here Saturday (February 28), officials said; Dutch grants
    #    to Bangladesh reach 759 mln dlrs since 1972. The grant agreement AID (AGREE accepted; NLD to BGD; anonymous:
    #    unnamed officials; February 28; in BGD, signed in Dhaka) required; the receipt during 1987 (future, the same
    #    grant) and the grants since 1972 (historical) optional.
    article(REU + "413", "1987-03-02", [
        E(["AID", "AGREE"], "under an agreement signed here Saturday", ["NLD"], ["BGD"], attribution="anonymous",
          date="1987-02-28", location_country="BGD"),
        E(["AID"], "Bangladesh will receive a grant", ["NLD"], ["BGD"], req=False, modality=FUT,
          attribution="anonymous"),
        E(["AID"], "the amount of Dutch grants to Bangladesh", ["NLD"], ["BGD"], req=False, modality=H,
          attribution="anonymous"),
    ], places=[P("Bangladesh", "BGD"), P("Netherlands", "NLD")],
        dates=[D("Saturday", "1987-02-28"), D("1987", "1987"), D("1972", "1972")],
        quantities=[Q("47 mln", 47000000, "USD"), Q("759 mln dlrs", 759000000, "USD")]),

    # 7. reuters-8078 (Sun 1987-03-22, Havana): Spain has granted Cuba a 25 mln dlr credit line for Spanish goods
    #    and services, Prensa Latina said; it was agreed by a joint economic/industrial commission, which also
    #    discussed Spanish companies' possible part in Cuba's tourist industry. The credit line AID (AGREE accepted;
    #    ESP to CUB; media: the Cuban agency) required; the commission's agreement AGREE and its discussion CONSULT
    #    (either side) optional. No event date and no location: the commission's place and day are not said.
    article(REU + "8078", "1987-03-22", [
        E(["AID", "AGREE"], "Spain has granted Cuba a 25 mln dlr credit line", ["ESP"], ["CUB"], attribution="media"),
        E(["AGREE", "AID"], "was agreed by a joint economic/industrial commission", ["ESP", "CUB"], ["ESP", "CUB"],
          req=False, attribution="media"),
        E(["CONSULT"], "The commission also discussed the possible participation", ["ESP", "CUB"], ["ESP", "CUB"],
          req=False, attribution="media"),
    ], places=[P("Spain", "ESP"), P("Cuba", "CUB")],
        quantities=[Q("25 mln dlr", 25000000, "USD")]),

    # 8. reuters-19071 (Fri 1987-06-19, Oslo): the Norwegian state arms firm Kongsberg Vaapenfabrikk may have sold
    #    more high technology defence equipment since a 1982 deal, senior justice officials said; state prosecutor
    #    Busch told Reuters he had started fresh investigations into the firm, which delivered computers to the Soviet
    #    Union in 1982 and 1983 used to make near-silent submarine propellers; "There may have been other deliveries",
    #    he said. The investigation ACCUSE (the manual's `investigate`; NOR to NOR, the firm taking its home country,
    #    MNC accepted; official: the prosecutor, named; in NOR) required; the officials' suspicion ACCUSE (anonymous)
    #    and the firm's deliveries to the Soviet Union (COOPERATE, AID accepted; historical) optional; the quoted
    #    speculation forbidden but for ACCUSE.
    article(REU + "19071", "1987-06-19", [
        E(["ACCUSE"], "he had started fresh investigations into the state-owned arms firm", ["NOR"], ["NOR", MNC],
          location_country="NOR"),
        E(["ACCUSE"], "may have sold more high technology defence equipment", ["NOR"], ["NOR", MNC], req=False,
          attribution="anonymous"),
        E(["COOPERATE", "AID"], "delivered computers to the Soviet Union", ["NOR", MNC], SOVIET, req=False,
          modality=H),
    ], forbid=[F("There may have been other deliveries", allow=["ACCUSE"])],
        places=[P("Soviet Union", "RUS")],
        dates=[D("1983", "1983")]),

    # 9. reuters-19049 (Fri 1987-06-19, Tokyo): Japan will lend 27.17 billion yen to Indonesia and will share equally
    #    with the World Bank a 7.25 billion yen loan to Bolivia, a Foreign Ministry spokesman said, in line with its
    #    plan to contribute 20 billion dlrs over three years to developing countries; he declined to name terms. The
    #    two coming loans AGREE (the earlier golds' future aid; AID accepted; JPN to IDN, JPN or IGO to BOL; future;
    #    official: the spokesman) required; the 20 billion dlr plan (future) optional; the declined terms forbidden.
    article(REU + "19049", "1987-06-19", [
        E(["AGREE", "AID"], "Japan will lend 27.17 billion yen to Indonesia", ["JPN"], ["IDN"], modality=FUT),
        E(["AGREE", "AID"], "share equally with the World Bank a 7.25 billion yen loan", ["JPN", IGO], ["BOL"],
          modality=FUT),
        E(["AGREE", "AID"], "plan to contribute 20 billion dlrs", ["JPN"], req=False, modality=FUT),
    ], forbid=[F("He declined to name terms")],
        places=[P("Indonesia", "IDN"), P("Bolivia", "BOL")],
        quantities=[Q("27.17 billion yen", 27170000000, "JPY"), Q("7.25 billion yen", 7250000000, "JPY"),
                    Q("20 billion dlrs", 20000000000, "USD")]),

    # 10. reuters-18599 (timestamp Thu 1987-06-18, dateline Luxembourg June 17, a repeat): a minority of EC countries
    #     strong enough to block the oils and fats tax is still intact after the EC Commission proposed changes
    #     "earlier today", British agriculture minister MacGregor told journalists; Britain, West Germany, the
    #     Netherlands and Denmark continue to oppose the tax after the Commission proposed making it temporary and
    #     promising compensation to third countries. The four states' opposition REJECT (GBR, DEU, NLD or DNK to
    #     the EC; official: the minister) required; the blocking minority restated and the Commission's changes
    #     (CONCEDE, AGREE accepted: a softened proposal; the EC) optional. No event date and no "earlier today" in
    #     `dates`: the dateline's day and the timestamp's differ; no location (the opposition is not placed).
    article(REU + "18599", "1987-06-18", [
        E(["REJECT"], "continue to oppose the tax", ["GBR", "DEU", "NLD", "DNK"], EC),
        E(["REJECT"], "strong enough to block the adoption", ["GBR", "DEU", "NLD", "DNK"], EC, req=False),
        E(["CONCEDE", "AGREE"], "proposed changes to its proposals", EC, req=False),
        E(["CONCEDE", "AGREE"], "proposed making it temporary", EC, req=False),
    ], places=[P("Britain", "GBR"), P("West Germany", "DEU"), P("Netherlands", "NLD"), P("Denmark", "DNK")]),

    # 11. reuters-2879 (Fri 1987-03-06, Washington): the United States plans to sell 84 mln dlrs in electronic
    #     equipment to South Korea to upgrade its Hawk anti-aircraft missiles, the Reagan administration announced;
    #     the sale of 28 modification kits is expected to become official in 30 days without objection from
    #     Congress; Raytheon is prime contractor. The planned sale AGREE (the earlier golds' future aid; AID and
    #     COOPERATE accepted: military supply; USA to KOR; future; official: the administration) required; the sale
    #     restated optional; the contractor (a firm's role) forbidden.
    article(REU + "2879", "1987-03-06", [
        E(["AGREE", "AID", "COOPERATE"], "plans to sell 84 mln dlrs in electronic equipment", ["USA"], ["KOR"],
          modality=FUT),
        E(["AGREE", "AID", "COOPERATE"], "The sale of 28 modification kits", ["USA"], ["KOR"], req=False,
          modality=FUT),
    ], forbid=[F("Prime contractor on the sale is the Raytheon")],
        places=[P("United States", "USA"), P("South Korea", "KOR")],
        quantities=[Q("84 mln dlrs", 84000000, "USD"), Q("28 modification kits", 28, "kits")]),

    # 12. reuters-21370 (Mon 1987-10-19, Rabat): US Energy Secretary Herrington arrived in Rabat on Monday after a
    #     tour of the Gulf and the Middle East; he is scheduled to meet King Hassan during his 24-hour official visit
    #     and said he would discuss regional and international issues with Moroccan leaders; Morocco is the last stop
    #     of a tour that took him to Iraq, Kuwait, Qatar, Bahrain, Saudi Arabia and Egypt. The arrival CONSULT (the
    #     earlier golds' visits; USA to MAR; October 19; in MAR) required; the coming meeting and talks (AGREE,
    #     CONSULT accepted; future) and the tour (CONSULT; historical) optional.
    article(REU + "21370", "1987-10-19", [
        E(["CONSULT"], "arrived in Rabat on Monday", ["USA"], ["MAR"], date="1987-10-19", location_country="MAR"),
        E(["AGREE", "CONSULT"], "is scheduled to meet King Hassan", ["USA"], ["MAR"], req=False, modality=FUT,
          location_country="MAR"),
        E(["AGREE", "CONSULT"], "he would discuss regional and international issues", ["USA"], ["MAR"], req=False,
          modality=FUT, location_country="MAR"),
        E(["CONSULT"], "a tour that has taken Herrington to Iraq", ["USA"], TOUR_HOSTS, req=False, modality=H),
    ], places=[P("Rabat", "MAR", 34.02, -6.84), P("Gulf", None), P("Morocco", "MAR"), P("Iraq", "IRQ"),
               P("Kuwait", "KWT"), P("Qatar", "QAT"), P("Bahrain", "BHR"), P("Saudi Arabia", "SAU"),
               P("Egypt", "EGY")],
        dates=[D("Monday", "1987-10-19")],
        quantities=[Q("24-hour", 24, "hours")]),

    # 13. reuters-9696 (timestamp Wed 1987-03-25, dateline Peking March 26): China and Portugal today initialled a
    #     joint declaration under which Macao will be handed over to Peking on December 20, 1999, the New China News
    #     Agency reported; the Portuguese prime minister said in Lisbon yesterday that China had promised to keep
    #     Macao's system until 2050. The initialling AGREE (either side; media: NCNA; in CHN, Peking) required; the
    #     handover (RETREAT, CONCEDE, AGREE accepted; PRT to CHN; future, 1999-12-20) and China's promise AGREE
    #     (CHN to PRT; historical; official: the prime minister's account) optional. No event date for the
    #     initialling and no "today" or "yesterday" in `dates`: the dateline's day and the timestamp's differ.
    article(REU + "9696", "1987-03-25", [
        E(["AGREE"], "China and Portugal today initialled a joint declaration", CHINA_PORTUGAL, CHINA_PORTUGAL,
          attribution="media", location_country="CHN"),
        E(["RETREAT", "CONCEDE", "AGREE"], "will be handed over to Peking", ["PRT"], ["CHN"], req=False,
          modality=FUT, date="1999-12-20", attribution="media"),
        E(["AGREE"], "China had promised that Macao's existing", ["CHN"], ["PRT"], req=False, modality=H),
    ], places=[P("China", "CHN"), P("Portugal", "PRT"), P("Macao", "MAC", 22.20, 113.55),
               P("Peking", "CHN", 39.90, 116.40), P("Lisbon", "PRT", 38.72, -9.14),
               P("Hong Kong", "HKG")],
        dates=[D("December 20, 1999", "1999-12-20"), D("2050", "2050")],
        quantities=[Q("about 400,000 people", 400000, "people")]),

    # 14. reuters-10614 (Sat 1987-03-28, Seoul): South Korea signed with Japan for a 44.6 billion yen credit
    #     facility, part of a four billion dlr aid package for its development plan to 1988, Foreign Ministry
    #     officials said; the terms follow. The signed credit AID (AGREE accepted; JPN to KOR, either side accepted:
    #     the borrower signs with the lender; anonymous: unnamed ministry officials) required; the aid package
    #     (historical) optional. No event date and no location: neither is said.
    article(REU + "10614", "1987-03-28", [
        E(["AID", "AGREE"], "South Korea signed with Japan for a 44.6 billion yen credit", JAPAN_KOREA,
          ["KOR", "JPN"], attribution="anonymous"),
        E(["AID"], "part of a four billion dlr aid package", ["JPN"], ["KOR"], req=False, modality=H,
          attribution="anonymous"),
    ], places=[P("South Korea", "KOR"), P("Japan", "JPN")],
        dates=[D("1988", "1988")],
        quantities=[Q("44.6 billion yen", 44600000000, "JPY"), Q("four billion dlr", 4000000000, "USD"),
                    Q("4.25 pct", 4.25, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
