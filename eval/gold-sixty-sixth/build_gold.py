"""Builds articles.json for the sixty-third article gold (written blind, 'gold-sixty-sixth'): the 4 Reuters-21578
records that select_stories.py takes from the long remainder list's positions 1-68, annotated by hand with the
shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts (gold-sixty-second's
above all). `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date
of the record's timestamp, relative dates resolved against it. Only the political acts are required events; views,
non-comments and speculation are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SOVIET = ["SUN", "RUS"]             # the Soviet Union, as gold-sixty-second
US_SOVIET = ["USA"] + SOVIET
US_GERMANY = ["USA", "DEU"]
ICO = [IGO]                         # the International Coffee Organization's council and its members as a body
BIG_PRODUCERS = ["BRA", "COL", "CIV"]  # the majority producer group the text names by its shares
WASHINGTON = P("Washington", "USA", 38.90, -77.04)
MOSCOW = P("Moscow", "RUS", 55.76, 37.62)

ARTICLES = [
    # 1. reuters-18542 (Thu 1987-06-18, Colombo): a commission set up to unravel the affairs of debt-ridden Air Lanka
    #    says the state airline amassed losses of up to 265 mln dlrs, "the most devastating financial tragedy" in Sri
    #    Lankan commercial history; it blamed the previous board; appointed in August by President Jayewardene, it
    #    submitted its report to him on April 20 (a copy obtained by Reuters); it recommended that its findings be
    #    passed to the state's law officers to decide on penal action against the former board or management; it
    #    said the airline's reports "blurred" its financial health; it dismissed the airline's excuses (the Tamil
    #    rebellion, the rupee) as invalid; it said the former chairman Wikramanayake was mainly responsible; he
    #    resigned with the board last November and could not be contacted; it recommended foreign equity and debt
    #    renegotiation. The commission's charge against the board ACCUSE (investigations and findings of blame
    #    ACCUSE, as the earlier golds; LKA to LKA: a presidential commission on a state airline under the Defence
    #    Ministry; in LKA) required; the referral to the law officers (REQUEST, ACCUSE accepted) twice, the charge of
    #    blurred reports, the excuses dismissed REJECT, the chairman's responsibility ACCUSE and the board's
    #    resignation RETREAT (1986-11) optional; the non-comment forbidden. No event date: the report's findings are
    #    told in the present ("says"), the submission of April 20 being no act toward another.
    article(REU + "18542", "1987-06-18", [
        E(["ACCUSE"], "blamed the airline's previous board for the losses", ["LKA"], ["LKA"], location_country="LKA"),
        E(["REQUEST", "ACCUSE"], "recommended its findings be passed to state law officers", ["LKA"], ["LKA"],
          req=False, location_country="LKA"),
        E(["ACCUSE"], "The commission said Air Lanka's reports to Jayewardene", ["LKA"], ["LKA"], req=False),
        E(["REJECT"], "The commission dismissed these as invalid", ["LKA"], ["LKA"], req=False),
        E(["ACCUSE"], "It is mainly he who has to be responsible", ["LKA"], ["LKA"], req=False),
        E(["RETREAT"], "resigned with the other board members last November", ["LKA"], None, req=False,
          modality=H, date="1986-11"),
        E(["REQUEST", "ACCUSE"], "recommended that its findings should be passed", ["LKA"], ["LKA"], req=False,
          location_country="LKA"),
    ], forbid=[F("He could not be contacted for comment")],
        places=[P("Sri Lanka", "LKA")],
        dates=[D("August", "1986-08"), D("April 20", "1987-04-20"), D("March 31, 1986", "1986-03-31"),
               D("1979", "1979"), D("last November", "1986-11"), D("next March", "1988-03")],
        quantities=[Q("265 mln", 265000000, "USD"), Q("three-man", 3, "people"),
                    Q("3.8 billion rupees", 3800000000, "LKR"), Q("800 mln rupees", 800000000, "LKR"),
                    Q("one billion rupees", 1000000000, "LKR"), Q("5.59 billion rupees", 5590000000, "LKR"),
                    Q("1.3 billion rupees", 1300000000, "LKR")]),

    # 2. reuters-12002 (Wed 1987-04-01, Washington): speculation that the United States will offer subsidized wheat
    #    to the Soviet Union intensifies before Secretary of State Shultz's visit to Moscow later this month; rumours
    #    since the two countries' semi-annual grain talks in February, when Moscow decided to reenter the US corn
    #    market; Shultz is set to arrive in Moscow April 13; his statement two weeks ago that he would not stand in
    #    the way of an offer; officials tight-lipped; a congressman predicted an offer within two weeks; a wheat
    #    group's director is confident; the offer to China earlier this year; last summer's offer to the Soviets,
    #    spurned by Moscow over price; Shultz's remark that the Soviets were "chortling"; the USSR would consider
    #    buying if priced competitively. The coming visit AGREE (CONSULT accepted: a future visit, as gold-sixty-
    #    second's coming meetings; USA to the Soviet Union; future; April 13; in RUS) required; the visit in the
    #    opening sentence (the same visit, CONSULT, AGREE accepted; 1987-04), the February grain talks CONSULT (either
    #    side; 1987-02), Moscow's return to the corn market COOPERATE (AGREE accepted), the offer to China AGREE,
    #    last summer's offer AGREE and its rejection REJECT, Shultz's jibe ACCUSE and the Soviet readiness to buy
    #    AGREE (REQUEST accepted: a condition) optional, all historical but the visit; the non-comment, the
    #    congressman's prediction and the wheat group's confidence forbidden (speculation).
    article(REU + "12002", "1987-04-01", [
        E(["AGREE", "CONSULT"], "Shultz is set to arrive in Moscow April 13", ["USA"], SOVIET, modality=FUT,
          date="1987-04-13", location_country="RUS"),
        E(["CONSULT", "AGREE"], "visit later this month to Moscow", ["USA"], SOVIET, req=False, modality=FUT,
          date="1987-04", location_country="RUS"),
        E(["CONSULT"], "semi-annual grain talks in February", US_SOVIET, US_SOVIET, req=False, modality=H,
          date="1987-02"),
        E(["COOPERATE", "AGREE"], "Moscow's decision at that time to reenter", SOVIET, ["USA"], req=False,
          modality=H, date="1987-02"),
        E(["AGREE"], "the offer Washington made Peking", ["USA"], ["CHN"], req=False, modality=H),
        E(["AGREE"], "offering the Soviets subsidized wheat", ["USA"], SOVIET, req=False, modality=H),
        E(["REJECT"], "Moscow spurned the proposal", SOVIET, ["USA"], req=False, modality=H),
        E(["ACCUSE"], "from saying the Soviets were", ["USA"], SOVIET, req=False, modality=H),
        E(["AGREE", "REQUEST"], "made it clear it would consider buying", SOVIET, ["USA"], req=False),
    ], forbid=[F("have been extremely tight-lipped"), F("predict a subsidy offer would be made"),
               F("he was confident an export enhancement offer")],
        places=[P("United States", "USA"), P("Soviet Union", "RUS"), MOSCOW, WASHINGTON,
                P("Peking", "CHN", 39.90, 116.40), P("China", "CHN"), P("USSR", "RUS")],
        dates=[D("later this month", "1987-04"), D("February", "1987-02"), D("April 13", "1987-04-13"),
               D("yesterday", "1987-03-31")],
        quantities=[Q("four mln tonnes", 4000000, "tonnes"), Q("36 dlrs", 36, "USD"),
                    Q("one mln tonnes", 1000000, "tonnes"), Q("15-dlr-per-tonne", 15, "USD")]),

    # 3. reuters-232 (Sun 1987-03-01, London): talks on reintroducing coffee export quotas at a special meeting of the
    #    ICO council were extended into today, with sparks flying yesterday when a dissident group of exporters was
    #    left out of a key negotiating forum; no solution in sight; quotas were suspended a year ago; tempers flared
    #    late Saturday when a minority group of eight producers was not represented in a contact group; the big
    #    producers "want to have the ball only in their court and it isn't fair", said the minority's spokesman
    #    Escalante of Costa Rica; the majority producers proposed resuming quotas April 1 on the old method; consumers
    #    and the dissidents tabled separate proposals based on availability; Brazil has so far been unwilling to
    #    accept any proposal that would cut its share (delegates said); delegates would not speculate. The talks
    #    extended CONSULT (the ICO's members: IGO on both sides; March 1), the minority's charge ACCUSE (CRI for the
    #    minority group to the big producers BRA, COL, CIV) and Brazil's refusal REJECT (BRA to the ICO; anonymous:
    #    delegates) required; the meeting's call CONSULT, the flare-up PROTEST (ACCUSE accepted;
    #    February 28), the majority's proposal AGREE (anonymous) and the separate proposals AGREE (their actors left
    #    out: consumers and a group the text does not name) optional; the non-speculation and the hypothetical
    #    agreement forbidden. No location: London is only in the dateline (as the earlier golds).
    article(REU + "232", "1987-03-01", [
        E(["CONSULT"], "have been extended into today", ICO, ICO, date="1987-03-01"),
        E(["ACCUSE"], "want to have the ball only in their court", ["CRI"], BIG_PRODUCERS),
        E(["REJECT"], "Brazil has so far been unwilling to accept any proposal", ["BRA"], ICO,
          attribution="anonymous"),
        E(["CONSULT"], "was called to find a way to stop", ICO, ICO, req=False, modality=H),
        E(["PROTEST", "ACCUSE"], "Tempers flared late Saturday", ["CRI"], BIG_PRODUCERS + ICO, req=False,
          modality=H, date="1987-02-28"),
        E(["AGREE"], "The majority producer group has proposed resuming quotas", BIG_PRODUCERS, ICO, req=False,
          modality=H, attribution="anonymous"),
        E(["AGREE"], "have tabled separate proposals", None, ICO, req=False, modality=H),
    ], forbid=[F("Delegates would not speculate on prospects"), F("If the ICO does agree on quotas")],
        places=[P("Brazil", "BRA"), P("Colombia", "COL"), P("Ivory Coast", "CIV"), P("Indonesia", "IDN"),
                P("Costa Rica", "CRI")],
        dates=[D("today", "1987-03-01"), D("yesterday", "1987-02-28"), D("Saturday", "1987-02-28"),
               D("April 1", "1987-04-01"), D("September 30", "1987-09-30")],
        quantities=[Q("eight producing countries", 8, "countries"), Q("30 pct", 30, "percent"),
                    Q("17 pct", 17, "percent"), Q("seven pct", 7, "percent"), Q("six pct", 6, "percent")]),

    # 4. reuters-20764 (Tue 1987-10-20, Washington): as Washington sought to restore confidence after Monday's Wall
    #    Street collapse, Treasury Secretary Baker came under fire from critics who said he helped precipitate the
    #    crisis; his weekend blast at the Bundesbank for raising rates seemed to signal the unravelling of the currency
    #    accord; British Chancellor Lawson was among those who said his statements helped spur the stock sales
    #    ("partly due to statements ... by senior figures on the other side of the Atlantic", Tuesday on London
    #    television; "a dispute that should never have happened"); Baker appeared to patch over the rift at a meeting
    #    with West German officials Monday but faced criticism on his return; he cut short a trip to Scandinavia;
    #    analysts' views both ways; after Monday's talks the two governments made clear the Louvre accord was still in
    #    effect; Treasury sources: Baker, unhappy at Bonn's refusal to stimulate its economy, was angered by the rate
    #    rise; Senator Bentsen's ironic criticism of the administration. Lawson's charge ACCUSE (GBR to USA; October
    #    20, the interview's day; in GBR) required; his quoted words (twice), Baker's weekend blast ACCUSE (USA to DEU;
    #    historical, its day not fixed), the critics' charge ACCUSE (actor left out), the Monday meeting
    #    CONSULT (either side; October 19), the two governments' word on the accord SUPPORT (AGREE accepted), Bonn's
    #    refusal REJECT (anonymous) and Bentsen's charge ACCUSE (USA to USA) optional; analysts' and a bond salesman's
    #    views forbidden. The cut-short trip is not annotated (gold-sixty-second's walk skipped a cancelled trip
    #    alone as no act toward another).
    article(REU + "20764", "1987-10-20", [
        E(["ACCUSE"], "was among those who said the treasury secretary's statements", ["GBR"], ["USA"],
          date="1987-10-20", location_country="GBR"),
        E(["ACCUSE"], "partly due to statements that have been made by senior figures", ["GBR"], ["USA"], req=False,
          date="1987-10-20", location_country="GBR"),
        E(["ACCUSE"], "It was a dispute that should never have happened", ["GBR"], US_GERMANY, req=False,
          date="1987-10-20", location_country="GBR"),
        E(["ACCUSE"], "weekend blast at the West German Bundesbank", ["USA"], ["DEU"], req=False, modality=H),
        E(["ACCUSE"], "came under fire from critics who claimed", None, ["USA"], req=False),
        E(["CONSULT"], "hastily-called meeting with West German officials Monday", US_GERMANY, US_GERMANY,
          req=False, modality=H, date="1987-10-19"),
        E(["SUPPORT", "AGREE"], "governments made it clear that the Louvre currency accord", US_GERMANY, None,
          req=False, modality=H, date="1987-10-19"),
        E(["REJECT"], "Bonn's refusal to stimulate its economy", ["DEU"], ["USA"], req=False, modality=H,
          attribution="anonymous"),
        E(["ACCUSE"], "put the country on automatic pilot", ["USA"], ["USA"], req=False),
    ], forbid=[F("His timing could not have been worse"), F("yelling at the Germans"),
               F("like killing the messenger")],
        places=[WASHINGTON, P("London", "GBR", 51.51, -0.13), P("United States", "USA"),
                P("New York", "USA", 40.71, -74.01), P("West Germany", "DEU"), P("Paris", "FRA", 48.86, 2.35),
                P("Bonn", "DEU", 50.73, 7.10)],
        dates=[D("Monday", "1987-10-19"), D("Tuesday", "1987-10-20"), D("February", "1987-02"),
               D("next year", "1988")],
        quantities=[Q("500 billion dlrs", 500000000000, "USD"), Q("3.2 pct", 3.2, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
