"""Writes articles.json for the fifty-fourth article gold ('gold-fifty-seventh', written blind): twelve 1987 Reuters
wire stories from the cross-border list (select_stories.py: gold_selection.cross_border_list walked over positions
105-188) that report acts of political actors: the US refusing the Soviet Union most-favored-nation status,
Switzerland freezing accounts at a US request, Japan withdrawing its objection to an OECD subsidy study, a MITI
official denying that Japan will end the chip pact, three Scandinavian states proposing open air fares to the US,
China's loans from Japan and the World Bank, Japan and Britain signing a securities memorandum, the US charging that
a Soviet nuclear test broke a treaty, the Soviet Union attending an Asian Development Bank meeting, the EC's offer of
compensation to Argentina, the US opposing Japan's bid for a greater say in the Asian Development Bank, and the US
defending its tin stockpile sales against Malaysian miners.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events. PLOVER modes, where clear, are named in the comments (the format has no mode field).
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SU = ["SUN", "RUS"]                # the Soviet Union: SUN or RUS (earlier golds); its places RUS
EC = ["EUR", IGO]                  # the European Community: EUR or IGO (earlier golds)
SCANDINAVIA = ["DNK", "NOR", "SWE"]  # three states proposing together: joint actors
JP_GB = ["JPN", "GBR"]             # a signed memorandum: either party on either side
US_JP = ["USA", "JPN"]
# The ASEAN states the US consulted and signed the tin memorandum with: ASEAN (IGO) or its member states.
ASEAN = [IGO, "MYS", "IDN", "THA", "PHL", "SGP", "BRN"]
MALAYSIAN_MINERS = ["MYS", MNC]    # a chamber of mines: its country or a business actor
ANON = "anonymous"
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
MOSCOW = P("Moscow", "RUS", 55.76, 37.62)
TOKYO = P("Tokyo", "JPN", 35.68, 139.69)

ARTICLES = [
    # 1. reuters-2511 (Thu 1987-03-05, Washington): the Reagan administration wants more trade with the Soviet Union
    #    but does not believe Moscow yet warrants most-favored-nation treatment, the deputy secretary of state said at
    #    a forum; in January the administration let foreign policy controls on oil and gas equipment exports lapse;
    #    Washington and its allies are reviewing the remaining export controls; MFN status "is out for the moment";
    #    US law bars it for countries restricting emigration; he called the improved rights "promising trends" but
    #    did not know if they would continue. The refusal REJECT (USA to SUN/RUS) required; the wish for more trade
    #    (COOPERATE or SUPPORT), the controls let lapse in January CONCEDE (RETREAT accepted; mode: ease sanctions;
    #    historical), the review with the allies CONSULT, the refusal restated and the "promising trends" SUPPORT
    #    optional; the law's bar and his doubts forbidden.
    article(REU + "2511", "1987-03-05", [
        E(["REJECT"], "does not believe Moscow yet warrants", ["USA"], SU),
        E(["COOPERATE", "SUPPORT"], "wants to encourage expanded trade", ["USA"], SU, req=False),
        E(["CONCEDE", "RETREAT"], "allowed foreign policy controls on the export", ["USA"], SU, req=False,
          modality=H, date="1987-01"),
        E(["CONSULT"], "Washington and its allies are reviewing", ["USA"], req=False),
        E(["REJECT"], "is out for the moment", ["USA"], SU, req=False),
        E(["SUPPORT"], "are promising trends", ["USA"], SU, req=False),
    ], forbid=[F("law prohibits most-favored-nation status"), F("We don't know if they will continue")],
        places=[P("Soviet Union", "RUS"), MOSCOW, WASHINGTON],
        dates=[D("January", "1987-01")]),

    # 2. reuters-8700 (Tue 1987-03-24, Zurich): Credit Suisse has been ordered to freeze accounts thought to be
    #    involved in a US insider trading scandal, a Justice Ministry spokesman (named) said; the accounts were
    #    blocked under the US-Swiss treaty on legal assistance, after an emergency US request arrived last Friday; the
    #    SEC alleged this month that two men ran an insider ring, and alleged in a New York court last week that one
    #    moved 1.9 mln dlrs to Credit Suisse. The freeze ordered COOPERATE (mode: judicial cooperation with the US;
    #    SANCTION and COERCE accepted, the accounts' owners having no code; CHE, recipient left out) and the US
    #    request REQUEST (USA to CHE; March 20, the news's cause) required; the blocking and the order restated, the
    #    treaty (historical) and the SEC's two allegations ACCUSE (historical; the individuals no code) optional; the
    #    bank spokesman's remark and the unnamed third company forbidden. No location: Zurich is only in the dateline.
    article(REU + "8700", "1987-03-24", [
        E(["COOPERATE", "SANCTION", "COERCE"], "has been ordered to freeze accounts", ["CHE"]),
        E(["REQUEST"], "after an emergency request from the United States", ["USA"], ["CHE"], date="1987-03-20"),
        E(["COOPERATE", "SANCTION"], "The accounts were blocked under a treaty", ["CHE"], req=False),
        E(["AGREE", "COOPERATE"], "treaty on legal assistance between", ["USA", "CHE"], ["USA", "CHE"], req=False,
          modality=H),
        E(["ACCUSE"], "alleged this month that Vaskevitch", ["USA"], req=False, modality=H, date="1987-03"),
        E(["ACCUSE"], "alleged in a New York court last week", ["USA"], req=False, modality=H, date="1987-03",
          location_country="USA"),
        E(["SANCTION", "COOPERATE"], "The order freezes accounts owned by", ["CHE"], req=False),
    ], forbid=[F("Now we have to find out what is on the accounts"), F("He declined to name the third company")],
        places=[P("United States", "USA"), P("Switzerland", "CHE"), P("London", "GBR", 51.51, -0.13),
                P("New York", "USA", 40.71, -74.01)],
        dates=[D("last Friday", "1987-03-20"), D("this month", "1987-03"), D("last week", "1987-03")],
        quantities=[Q("two individuals", 2, "people"), Q("three companies", 3, "companies"),
                    Q("30 days", 30, "days"), Q("four mln dlrs", 4000000, "USD"),
                    Q("1.9 million dollars", 1900000, "USD")]),

    # 3. reuters-7632 (Fri 1987-03-20, Tokyo): Agriculture Ministry officials (unnamed: attribution anonymous) said
    #    the OECD's farm subsidy study is still under way and has been inaccurate so far; a Reuter report from
    #    Washington yesterday said it finds Japan's subsidies the world's highest; the study was not released due to
    #    some countries' objections; Japan has withdrawn its objection and decided to accept the release; OECD
    #    directors are expected to approve the release in mid-May; a ministry source called the study "Unfair and
    #    unacceptable" and expected foreign pressure. Japan's withdrawn objection CONCEDE (mode: yield; AGREE
    #    accepted; JPN to the OECD, IGO) required; the officials' and the source's criticisms ACCUSE (mode:
    #    disapprove; REJECT accepted), the countries' objections REJECT (historical; no actor code) and the directors'
    #    expected approval AGREE (future; May) optional; the source's forecast, its consequence and the subsidy trend
    #    forbidden.
    article(REU + "7632", "1987-03-20", [
        E(["CONCEDE", "AGREE"], "Japan has withdrawn its objection", ["JPN"], [IGO], attribution=ANON),
        E(["ACCUSE", "REJECT"], "the study has been inaccurate so far", ["JPN"], [IGO], req=False,
          attribution=ANON),
        E(["ACCUSE", "REJECT"], "Unfair and unacceptable", ["JPN"], [IGO], req=False, attribution=ANON),
        E(["REJECT"], "due to objections from some countries", recipient=[IGO], req=False, modality=H),
        E(["AGREE"], "are expected to approve the release", [IGO], req=False, modality=FUT, date="1987-05"),
    ], forbid=[F("it is highly likely that the final study will show"), F("This would increase foreign pressure"),
               F("Japanese subsidies have dropped sharply since then")],
        places=[WASHINGTON, P("Japan", "JPN"), P("United States", "USA")],
        dates=[D("next month", "1987-04"), D("yesterday", "1987-03-19"), D("mid-May", "1987-05")]),

    # 4. reuters-16186 (Mon 1987-04-13, Tokyo): a MITI official (unnamed: anonymous) denied a Kyodo report that Japan
    #    will end its semiconductor agreement with the US if Washington imposes tariffs on 300 mln dlrs of Japanese
    #    goods from April 17; Kyodo had quoted a high-ranking MITI official saying so; "Nothing new has been decided";
    #    as MITI said on Saturday, Japan would only pursue its rights under GATT. The denial REJECT (JPN; the report's
    #    author, a Japanese agency, no recipient code) required; the reported threat to end the pact THREATEN
    #    (hypothetical; media), the denial restated, the GATT course THREATEN (ACCUSE accepted, as a complaint to GATT;
    #    future) and the tariffs SANCTION (hypothetical; April 17) optional.
    article(REU + "16186", "1987-04-13", [
        E(["REJECT"], "denied a local news agency report", ["JPN"], attribution=ANON),
        E(["THREATEN"], "Japan would end the chip pact", ["JPN"], ["USA"], req=False, modality=HYP,
          attribution="media"),
        E(["REJECT"], "Nothing new has been decided", ["JPN"], req=False, attribution=ANON),
        E(["THREATEN", "ACCUSE"], "would only pursue its rights under", ["JPN"], ["USA"], req=False, modality=FUT,
          attribution=ANON),
        E(["SANCTION"], "If Washington imposes tariffs", ["USA"], ["JPN"], req=False, modality=HYP,
          date="1987-04-17"),
    ], places=[P("Japan", "JPN"), WASHINGTON],
        dates=[D("April 17", "1987-04-17"), D("Saturday", "1987-04-11")],
        quantities=[Q("300 mln dlrs", 300000000, "USD"), Q("seven-month-old", 7, "months")]),

    # 5. reuters-4104 (Thu 1987-03-12, Oslo): Denmark, Norway and Sweden have jointly proposed deregulating air fares
    #    to the US in exchange for greater access to the US market, Norwegian officials (unnamed: anonymous) said; the
    #    proposal was handed to federal aviation authorities in Washington by a delegation of the three transport
    #    ministries, seen in the industry as a major concession to US airlines' demands; the scheme requests that SAS
    #    compete freely in the US; the initial US reaction has been positive. The proposal AGREE (an offer; CONCEDE and
    #    REQUEST accepted; the three states as joint actors to USA; in USA, where it was handed) required; the handing
    #    over CONSULT (AGREE accepted), the request for SAS's access REQUEST, the concession as the industry sees it
    #    CONCEDE and the positive US reaction SUPPORT optional; the fares forecast forbidden.
    article(REU + "4104", "1987-03-12", [
        E(["AGREE", "CONCEDE", "REQUEST"], "have jointly proposed deregulating air fares", SCANDINAVIA, ["USA"],
          attribution=ANON, location_country="USA"),
        E(["CONSULT", "AGREE"], "handed to federal aviation authorities in Washington", SCANDINAVIA, ["USA"],
          req=False, attribution=ANON, location_country="USA"),
        E(["CONCEDE"], "seen in the industry as a major concession", SCANDINAVIA, ["USA", MNC], req=False,
          attribution=ANON),
        E(["REQUEST"], "The scheme in return requests", SCANDINAVIA, ["USA"], req=False, attribution=ANON),
        E(["SUPPORT"], "to the proposal has been positive", ["USA"], SCANDINAVIA, req=False, attribution=ANON),
    ], forbid=[F("would likely lower air fares dramatically")],
        places=[P("Denmark", "DNK"), P("Norway", "NOR"), P("Sweden", "SWE"), WASHINGTON,
                P("United States", "USA")],
        quantities=[Q("four", 4, "cities")]),

    # 6. reuters-239 (Sun 1987-03-01, Peking): China will receive loans of 390 mln dlrs from Japan and the World Bank
    #    for highways and ports, the New China News Agency reported (attribution media): Japan's Overseas Economic
    #    Co-operation Fund is to provide 260 mln dlrs for roads, and a 130 mln dlr World Bank loan will build 12
    #    berths at Tianjin. The loans AID (AGREE accepted; JPN and the World Bank, IGO, to CHN; future) required; the
    #    two loans (details; future; the port in CHN) optional; the missing repayment terms forbidden.
    article(REU + "239", "1987-03-01", [
        E(["AID", "AGREE"], "China will receive loans totalling", ["JPN", IGO], ["CHN"], modality=FUT,
          attribution="media"),
        E(["AID"], "is to provide 260 mln dlrs", ["JPN"], ["CHN"], req=False, modality=FUT, attribution="media"),
        E(["AID"], "World Bank loan will be used to build", [IGO], ["CHN"], req=False, modality=FUT,
          attribution="media", location_country="CHN"),
    ], forbid=[F("It gave no details of the repayment terms")],
        places=[P("China", "CHN"), P("Japan", "JPN"), P("Tianjin", "CHN", 39.13, 117.20)],
        quantities=[Q("390 mln dlrs", 390000000, "USD"), Q("260 mln dlrs", 260000000, "USD"),
                    Q("130 mln dlr", 130000000, "USD"), Q("12 new berths", 12, "berths")]),

    # 7. reuters-14879 (Wed 1987-04-08, Tokyo): Japan and Britain have signed a memorandum on exchanging securities
    #    market information, Finance Ministry officials (unnamed: anonymous) said; the memorandum says both should
    #    exchange supervisory and investigatory information to assist each other; the ministry's securities bureau has
    #    a similar arrangement with the SEC. The signing AGREE (COOPERATE accepted; mode: information sharing; either
    #    party on either side) required; the exchange to come COOPERATE (future) and the arrangement with the SEC
    #    (historical; JPN and USA) optional. No location: Tokyo is only in the dateline.
    article(REU + "14879", "1987-04-08", [
        E(["AGREE", "COOPERATE"], "have signed a memorandum", JP_GB, JP_GB, attribution=ANON),
        E(["COOPERATE"], "to assist each other in securing compliance", JP_GB, JP_GB, req=False, modality=FUT),
        E(["AGREE", "COOPERATE"], "has a similar arrangement with", ["JPN"], ["USA"], req=False, modality=H,
          attribution=ANON),
    ], places=[P("Japan", "JPN"), P("Britain", "GBR")]),

    # 8. reuters-3998 (Wed 1987-03-11, Washington): the United States charged in a State Department statement that a
    #    Soviet nuclear test last month blew radioactive debris outside the Soviet Union in violation of a test ban
    #    treaty, and said Moscow had been told of US concern; US officials refused details of the fall-out; the test
    #    was near the Siberia-Kazakhstan border, according to Swedish monitors. The charge ACCUSE (mode: allege; USA
    #    to SUN/RUS) and Moscow told of the concern ACCUSE (mode: disapprove; CONSULT accepted) required; the charge
    #    restated and the test MOBILIZE (as gold-thirty-sixth's 4046; historical, February) optional; the refusal of
    #    details (a non-comment) forbidden.
    article(REU + "3998", "1987-03-11", [
        E(["ACCUSE"], "The United States charged that", ["USA"], SU),
        E(["ACCUSE"], "which made the charge in a statement", ["USA"], SU, req=False),
        E(["ACCUSE", "CONSULT"], "Moscow had been told of", ["USA"], SU),
        E(["MOBILIZE"], "nuclear test last month", SU, req=False, modality=H, date="1987-02"),
        E(["MOBILIZE"], "The Soviet test took place near", SU, req=False, modality=H),
    ], forbid=[F("refused to give details of the fall-out")],
        places=[P("United States", "USA"), P("Soviet Union", "RUS"), MOSCOW, P("Siberia", "RUS"),
                P("Kazakhstan", "KAZ")],
        dates=[D("last month", "1987-02")]),

    # 9. reuters-17214 (stamped Sun 1987-04-26 23:32, "OSAKA, Japan, April 27"): the Soviet Union is attending an Asian
    #    Development Bank annual meeting for the first time, as an observer, but has not decided whether to apply for
    #    membership, a State Bank official (named) said; it was responding to a long-standing ADB invitation;
    #    delegates tied the move to the Asia policy Gorbachev announced last year at Vladivostok; it follows the
    #    Soviet application last year for GATT membership; delegates said politics would weigh in any decision;
    #    Tokyo has not decided its position. The attendance CONSULT (SUN/RUS with the ADB, IGO) required; the
    #    attendance restated (twice), the ADB's invitation AGREE (an invitation; CONSULT and REQUEST accepted;
    #    historical), the GATT application REQUEST (historical, 1986) and the Asia policy announced COOPERATE (AGREE
    #    accepted; historical, 1986) optional; "No specific plans", the delegates' speculation and Tokyo's undecided
    #    position forbidden. No location: Osaka is only in the dateline. "last year" is 1986 on either day.
    article(REU + "17214", "1987-04-26", [
        E(["CONSULT"], "is attending an Asian Development Bank", SU, [IGO]),
        E(["CONSULT"], "is attending the 20th meeting as an observer", SU, [IGO], req=False),
        E(["AGREE", "CONSULT", "REQUEST"], "a long-standing ADB invitation", [IGO], SU, req=False, modality=H),
        E(["CONSULT"], "Moscow's decision to attend the meetings", SU, [IGO], req=False),
        E(["REQUEST"], "its application last year for membership", SU, [IGO], req=False, modality=H,
          date="1986"),
        E(["COOPERATE", "AGREE"], "The policy was announced last year", SU, req=False, modality=H, date="1986",
          location_country="RUS"),
    ], forbid=[F("No specific plans exist for applying for membership"), F("politics would play a large role"),
               F("has not decided its position")],
        places=[P("Soviet Union", "RUS"), P("Vladivostok", "RUS", 43.12, 131.89), MOSCOW, P("Japan", "JPN"),
                P("China", "CHN"), TOKYO],
        dates=[D("last year", "1986")],
        quantities=[Q("47 members", 47, "members"), Q("15.1 pct", 15.1, "percent"), Q("14.9 pct", 14.9, "percent"),
                    Q("7.2 pct", 7.2, "percent"), Q("12 pct", 12, "percent")]),

    # 10. reuters-17092 (Fri 1987-04-24, Brussels): the EC is to offer Argentina compensation for its lost maize and
    #     sorghum exports to Spain after Spain's accession, EC sources (anonymous) said; the offer will be made next
    #     week in Geneva, GATT's seat; an EC-US agreement guarantees special access to Spain for non-EC maize and
    #     sorghum; details of it will tend to inhibit Argentine imports. The offer AGREE (CONCEDE accepted; the EC,
    #     EUR or IGO, to ARG; future; in CHE) required; the offer restated, the EC-US agreement AGREE (historical)
    #     and Spain's accession (historical) optional; the export figures and the sources' reading of the accord
    #     forbidden. "next week" (April 27 to May 1) is left out of dates: it spans two months.
    article(REU + "17092", "1987-04-24", [
        E(["AGREE", "CONCEDE"], "is to offer Argentina compensation", EC, ["ARG"], modality=FUT, attribution=ANON,
          location_country="CHE"),
        E(["AGREE", "CONCEDE"], "the offer will be made next week", EC, ["ARG"], req=False, modality=FUT,
          attribution=ANON, location_country="CHE"),
        E(["AGREE"], "an agreement between the EC and the", EC + ["USA"], EC + ["USA"], req=False, modality=H,
          attribution=ANON),
        E(["AGREE", "COOPERATE"], "following Spain's accession to the EC", ["ESP"], EC, req=False, modality=H),
    ], forbid=[F("fell to zero last year"), F("will tend to inhibit imports from Argentina")],
        places=[P("Argentina", "ARG"), P("Spain", "ESP"), P("Geneva", "CHE", 46.20, 6.14)],
        dates=[D("last year", "1986"), D("1985", "1985")],
        quantities=[Q("300,000 tonnes", 300000, "tonnes"), Q("15,000 tonnes", 15000, "tonnes"),
                    Q("994,000", 994000, "tonnes"), Q("two mln tonnes", 2000000, "tonnes"),
                    Q("four years", 4, "years")]),

    # 11. reuters-17263 (Mon 1987-04-27, Tokyo): the US and Japan are waging a behind the scenes battle at this
    #     week's ADB meeting over Tokyo's attempts to win a greater say, US and Japanese delegates said; Washington
    #     is opposing the Japanese efforts, which would end the two states' parity, US officials (unnamed: anonymous)
    #     said; a Japanese finance official called it delicate and saw no quick end; Tokyo raised the issue at last
    #     year's meeting in Manila, citing its 3.7 billion dlrs to the soft loans fund; the US has given 1.2 billion.
    #     Japan's attempts REQUEST (JPN to the ADB, IGO) and the US opposition REJECT (USA to JPN) required; the
    #     battle (REJECT, ACCUSE or CONSULT, either side), the issue raised in Manila REQUEST (historical, 1986; in
    #     PHL) and the two states' contributions AID (historical) optional; the official's remarks forbidden. No
    #     location for the meeting (not named); "this week's" (April 27 to May 3) left out of dates.
    article(REU + "17263", "1987-04-27", [
        E(["REQUEST"], "over Tokyo's attempts to win a greater say", ["JPN"], [IGO], attribution=ANON),
        E(["REJECT", "ACCUSE", "CONSULT"], "are waging a behind the scenes battle", US_JP, US_JP, req=False,
          attribution=ANON),
        E(["REJECT"], "Washington is opposing the Japanese efforts", ["USA"], ["JPN"], attribution=ANON),
        E(["REQUEST"], "Tokyo raised the issue at last year's", ["JPN"], [IGO], req=False, modality=H, date="1986",
          location_country="PHL"),
        E(["AID"], "the 3.7 billion dlrs it has contributed", ["JPN"], [IGO], req=False, modality=H),
        E(["AID"], "The United States has given 1.2 billion", ["USA"], [IGO], req=False, modality=H),
    ], forbid=[F("It's quite a delicate matter"), F("I don't see the discussion ending soon")],
        places=[P("United States", "USA"), P("Japan", "JPN"), WASHINGTON, TOKYO, P("Manila", "PHL", 14.60, 120.98)],
        dates=[D("last year", "1986")],
        quantities=[Q("12.53 pct", 12.53, "percent"), Q("12.36 pct", 12.36, "percent"),
                    Q("3.7 billion dlrs", 3700000000, "USD"), Q("1.2 billion", 1200000000, "USD")]),

    # 12. reuters-13185 (Fri 1987-04-03, Washington): the US defended its 1986 tin stockpile sales against Malaysian
    #     miners' criticism that they violated an agreement with southeast Asian producers; a State Department
    #     statement said the US abides by the spirit of the memorandum and has consulted the ASEAN states, whose views
    #     were taken into account; the US and ASEAN signed the memorandum in December 1983; the States of Malaya
    #     Chamber of Mines said the GSA sold 5,490 tonnes in 1986, well above the agreed 3,000 limit, and that the US
    #     "appears to have lost sight of" the memorandum; the spokesman declined to give the amount. The defence REJECT
    #     (USA to the miners, MYS or MNC) required; the miners' charges ACCUSE (a business body's; organization), the
    #     quoted defence restated, the consultations CONSULT and the views taken into account (CONCEDE accepted) with
    #     the ASEAN states (IGO or its members) and the memorandum signed AGREE (historical, 1983-12) optional; the
    #     spokesman's non-answer and the market explanation forbidden.
    article(REU + "13185", "1987-04-03", [
        E(["REJECT"], "The United States defended its sales", ["USA"], MALAYSIAN_MINERS),
        E(["ACCUSE"], "who have said it violated an agreement", MALAYSIAN_MINERS, ["USA"], req=False,
          attribution="organization"),
        E(["REJECT"], "has continued to abide by the spirit", ["USA"], MALAYSIAN_MINERS, req=False),
        E(["CONSULT"], "has consulted with the ASEAN states", ["USA"], ASEAN, req=False, modality=H),
        E(["CONSULT", "CONCEDE"], "The views of the ASEAN governments", ["USA"], ASEAN, req=False),
        E(["AGREE"], "signed a memorandum of understanding concerning", ["USA"] + ASEAN, ["USA"] + ASEAN,
          req=False, modality=H, date="1983-12"),
        E(["ACCUSE"], "well above an agreed upon annual limit", MALAYSIAN_MINERS, ["USA"], req=False,
          attribution="organization"),
        E(["ACCUSE"], "appears to have lost sight of", MALAYSIAN_MINERS, ["USA"], req=False,
          attribution="organization"),
    ], forbid=[F("due to changed market conditions"), F("declined to say how much stockpiled tin")],
        places=[P("United States", "USA")],
        dates=[D("1986", "1986"), D("December 1983", "1983-12"), D("last year", "1986"), D("1987", "1987")],
        quantities=[Q("5,490 tonnes", 5490, "tonnes"), Q("3,000 tonnes", 3000, "tonnes")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
