"""Builds articles.json for the sixty-seventh article gold (written blind, 'gold-seventieth'): the 2 Reuters-21578
records that select_stories.py takes from the long two-hit list (all 108 positions), annotated by hand with the
shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts (gold-sixty-second's and
gold-sixty-ninth's above all). `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only);
`published` is the date of the record's timestamp, relative dates resolved against it. Only the political acts are
required events; forecasts are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import IGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

ARTICLES = [
    # 1. reuters-17371 (Wed 1987-04-29, dateline Osaka April 29): the Asian Development Bank wound up a three-day
    #    meeting marked by criticism of the bank from rich and poor members; in speech after speech it was charged
    #    with not doing enough or with funding poor projects; Japan's finance ministry deputy director-general told
    #    Reuters he was not satisfied with its performance but Japan welcomed its president's steps; the chief US
    #    delegate told the meeting that success should not be measured by lending volume and the US had had problems
    #    with some projects; Australia voiced similar concerns; India's delegate criticised the bank's preoccupation
    #    with dialogue. The members' charges ACCUSE (the members unnamed: actor left out; to the bank, IGO; in JPN, the
    #    host country) and the US delegate's criticism told to the meeting ACCUSE (USA to IGO; in JPN) required;
    #    Japan's criticism ACCUSE and its welcome of the president's steps SUPPORT (JPN to IGO), Australia's and
    #    India's concerns ACCUSE, and the meeting that ended today CONSULT (IGO; April 29; in JPN) optional.
    article(REU + "17371", "1987-04-29", [
        E(["ACCUSE"], "the 20-year-old ADB was charged", None, [IGO], location_country="JPN"),
        E(["ACCUSE"], "Dallara told the meeting", ["USA"], [IGO], location_country="JPN"),
        E(["ACCUSE"], "not even spared criticism from its host country", ["JPN"], [IGO], req=False,
          location_country="JPN"),
        E(["SUPPORT"], "Japan welcomed the steps", ["JPN"], [IGO], req=False),
        E(["ACCUSE"], "Australia voiced similar concerns", ["AUS"], [IGO], req=False, location_country="JPN"),
        E(["ACCUSE"], "We are concerned with the Bank's increasing preoccupation", ["IND"], [IGO], req=False,
          location_country="JPN"),
        E(["CONSULT"], "today wound up a three-day meeting", [IGO], [IGO], req=False, date="1987-04-29",
          location_country="JPN"),
    ], places=[P("Japan", "JPN"), P("United States", "USA"), P("Australia", "AUS"), P("India", "IND")],
        dates=[D("today", "1987-04-29"), D("1986", "1986"), D("1985", "1985")],
        quantities=[Q("three-day", 3, "days"), Q("five pct", 5, "percent"), Q("100 pct", 100, "percent")]),

    # 2. reuters-10255 (timestamp Thu 1987-03-26, dateline Geneva March 27): the US emphasis on its trade deficit is
    #    misplaced and its real problem is the federal budget deficit, GATT said in its annual report; by stressing
    #    the trade deficit the US was fuelling protectionist pressure that threatens the trading system; GATT's
    #    experts urged Washington to resist protectionism and seek macroeconomic changes; world trade would grow only
    #    2.5 pct in 1987; GATT warned of a risk of higher US inflation. The call REQUEST (IGO to USA; official: the
    #    body's report) required; the criticism of the US emphasis and of its fuelling protectionism ACCUSE (IGO to
    #    USA) optional; the warning of inflation (a forecast) forbidden. No event date: the dateline's day is not the
    #    timestamp's (as gold-sixty-ninth's 19033).
    article(REU + "10255", "1987-03-26", [
        E(["REQUEST"], "GATT experts urged Washington to resist protectionism", [IGO], ["USA"]),
        E(["ACCUSE"], "emphasis on its foreign trade deficit is misplaced", [IGO], ["USA"], req=False),
        E(["ACCUSE"], "was fuelling protectionist pressure", [IGO], ["USA"], req=False),
    ], forbid=[F("GATT warned there was a risk")],
        places=[P("United States", "USA"), P("Washington", "USA", 38.90, -77.04), P("Japan", "JPN"),
                P("West Germany", "DEU"), P("Chile", "CHL"), P("Colombia", "COL"), P("Philippines", "PHL"),
                P("South Korea", "KOR"), P("Thailand", "THA")],
        dates=[D("last year", "1986"), D("1987", "1987"), D("1986", "1986")],
        quantities=[Q("169.8 billion dlrs", 169800000000, "USD"), Q("2.5 pct", 2.5, "percent"),
                    Q("three pct", 3, "percent"), Q("one pct", 1, "percent"),
                    Q("16 major indebted nations", 16, "countries")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
