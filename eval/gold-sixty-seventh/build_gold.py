"""Builds articles.json for the sixty-fourth article gold (written blind, 'gold-sixty-seventh'): the 3 Reuters-21578
records that select_stories.py takes from the long remainder list's positions 69-136, annotated by hand with the
shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts (gold-sixty-second's
first). `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of
the record's timestamp, relative dates resolved against it. Only the political acts are required events; firms' acts,
a government's instructions to its own firms and views are left out, and non-events a coder might take for events
are forbid phrases.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

WASHINGTON = P("Washington", "USA", 38.90, -77.04)
BRAZIL_BANKS = ["BRA", MNC]          # Brazil and its creditor banks, either side of their talks
IRAQ_BANKS = ["IRQ", MNC]            # Iraq and its creditor banks (the loan is in the state-owned Rafidain Bank's name)
TOUR = ["GBR", "FRA", "DEU", "CHE", "ITA"]  # the governments Funaro visits this week

ARTICLES = [
    # 1. reuters-8252 (Mon 1987-03-23, Tokyo): Japan has launched a last-ditch effort to salvage its chip pact with the
    #    United States, sending a letter to top American policy makers setting out its case and instructing its
    #    producers to cut output further; MITI's deputy director general Yamamoto: "If hasty action is taken in the
    #    United States, it will create very serious problems"; the US Economic Policy Council meets Thursday to review
    #    Japanese compliance with the pact of last year, under which Tokyo agreed to stop cut-price sales and to raise
    #    imports; Washington has accused Japan of reneging and has threatened retaliation; MITI asks chip makers to cut
    #    output (11 pct in the second quarter); trade minister Tamura spelled out the steps and appealed for US
    #    understanding in a letter sent today to Shultz, Baker, Baldrige and Yeutter; Yamamoto admitted that Oki's Hong
    #    Kong subsidiary had sold at an inappropriate level but denied dumping, and "We will present our rebuttal" if
    #    the US uses it as proof. The letter REQUEST (an appeal; CONSULT accepted: the carrier of Japan's case; JPN to
    #    USA; March 23, "sent today") required at its first mention; its restatements (Tamura's appeal, the letter's
    #    addressees) optional; the warning THREATEN (future), the pact AGREE (historical, 1986), the US charge ACCUSE
    #    and threat THREATEN (historical background), the admission CONCEDE, the denial REJECT and the conditional
    #    rebuttal REJECT (hypothetical) optional. MITI's instructions to Japanese firms and the US council's internal
    #    review are not interactions between political actors and are left out (no forbid: they share sentences with
    #    the events).
    article(REU + "8252", "1987-03-23", [
        E(["REQUEST", "CONSULT"], "sending a letter to top American policy makers", ["JPN"], ["USA"],
          date="1987-03-23"),
        E(["REQUEST", "CONSULT"], "salvage the pact and appealed for", ["JPN"], ["USA"], req=False,
          date="1987-03-23"),
        E(["REQUEST", "CONSULT"], "The letter was sent today to", ["JPN"], ["USA"],
          req=False, date="1987-03-23"),
        E(["THREATEN"], "If hasty action is taken in the United States", ["JPN"], ["USA"], req=False,
          modality=FUT, location_country="JPN"),
        E(["AGREE"], "Tokyo agreed to stop selling cut-price chips", ["JPN"], ["USA"], req=False, modality=H,
          date="1986"),
        E(["ACCUSE"], "Washington has accused Japan of reneging", ["USA"], ["JPN"], req=False, modality=H),
        E(["THREATEN"], "has threatened to take retaliatory action", ["USA"], ["JPN"], req=False, modality=H),
        E(["CONCEDE"], "Yamamoto admitted that", ["JPN"], ["USA"], req=False, location_country="JPN"),
        E(["REJECT"], "denied that it was dumping chips", ["JPN"], ["USA"], req=False, location_country="JPN"),
        E(["REJECT"], "We will present our rebuttal", ["JPN"], ["USA"], req=False, modality=HYP,
          location_country="JPN"),
    ], forbid=[F("We must make our utmost effort to ward off any catastrophe")],
        places=[P("Japan", "JPN"), P("United States", "USA"), P("Tokyo", "JPN", 35.68, 139.69), WASHINGTON,
                P("Asia", None), P("Hong Kong", "HKG", 22.32, 114.17)],
        dates=[D("Thursday", "1987-03-26"), D("last year", "1986"), D("today", "1987-03-23"),
               D("last week", "1987-03")],
        quantities=[Q("11 pct", 11, "percent"), Q("20 pct", 20, "percent")]),

    # 2. reuters-419 (Mon 1987-03-02, London): Brazil is not happy with the structure of the 14-bank advisory committee
    #    that coordinates its bank debt, Finance Minister Funaro said: US banks have 50 pct of the seats while holding
    #    35 pct of the debt, "This is not fair with the European and Japanese banks"; Brazil might adopt separate
    #    discussions with the regions; central bank president Gros: perhaps the case-by-case principle should apply to
    #    creditors; Brazil suspended interest payments on February 20 and froze credit lines last week; Funaro and Gros
    #    spent two days at the end of last week in Washington and will this week visit Britain, France, West Germany,
    #    Switzerland and Italy; today they meet Lawson, Howe and Leigh-Pemberton; "We must first talk to the
    #    governments and then we can talk to the banks"; next week Japan and Canada, then the banks if the governments
    #    offer a solution; "You must open these mechanisms"; US officials were disturbed by the suspension but
    #    understood; Brazil rejected a substantive IMF role, though Funaro called on Camdessus and Conable in
    #    Washington; last month's Paris Club rescheduling of 4.12 billion dlrs. The criticism of the committee ACCUSE
    #    (REJECT accepted: a refusal of its structure; BRA to the banks, MNC; in GBR, the London news conference) and
    #    today's meeting with the British ministers and governor CONSULT (BRA and GBR either side; March 2; in GBR)
    #    required; the quoted restatement, the possible separate talks AGREE (hypothetical: a proposal), the February
    #    suspension and last week's freeze SANCTION (REJECT accepted; historical), last week's Washington talks and the
    #    calls on the IMF and World Bank heads CONSULT (historical; in USA), this week's tour and next week's trip
    #    AGREE (CONSULT accepted; future), the talks with the banks after the governments CONSULT (hypothetical), the
    #    call to open the lending mechanisms REQUEST, the US officials' disapproval ACCUSE (historical), the rejected
    #    IMF role REJECT (historical) and the Paris Club rescheduling AGREE (historical, 1987-02) optional. Gros's
    #    "perhaps the same principle should apply" is a view; the uncertainty on a solution forbidden.
    article(REU + "419", "1987-03-02", [
        E(["ACCUSE", "REJECT"], "Brazil is not happy with the existing", ["BRA"], [MNC], location_country="GBR"),
        E(["CONSULT"], "Funaro and Gros are today meeting British Chancellor", ["BRA", "GBR"], ["BRA", "GBR"],
          date="1987-03-02", location_country="GBR"),
        E(["ACCUSE"], "This is not fair with the European and Japanese banks", ["BRA"], [MNC], req=False,
          location_country="GBR"),
        E(["AGREE"], "Brazil might adopt an approach involving separate discussions", ["BRA"], [MNC], req=False,
          modality=HYP),
        E(["SANCTION", "REJECT"], "Brazil on February 20 suspended indefinitely interest", ["BRA"], [MNC],
          req=False, modality=H, date="1987-02-20"),
        E(["SANCTION", "REJECT"], "followed last week by a freeze on bank and trade credit lines", ["BRA"], [MNC],
          req=False, modality=H, date="1987-02"),
        E(["CONSULT"], "spent two days at the end of last week in Washington", ["BRA"], ["USA", IGO], req=False,
          modality=H, date="1987-02", location_country="USA"),
        E(["AGREE", "CONSULT"], "will this week visit Britain, France, West Germany", ["BRA"], TOUR, req=False,
          modality=FUT, date="1987-03"),
        E(["AGREE", "CONSULT"], "hoped next week to travel to talk to Japanese and Canadian", ["BRA"],
          ["JPN", "CAN"], req=False, modality=FUT, date="1987-03"),
        E(["CONSULT"], "He would then talk to the commercial banks", ["BRA"], [MNC], req=False, modality=HYP),
        E(["REQUEST"], "You must open these mechanisms", ["BRA"], req=False),
        E(["ACCUSE"], "Officials had been disturbed by Brazil's suspension", ["USA"], ["BRA"], req=False,
          modality=H),
        E(["REJECT"], "Brazil has rejected a substantive role for the International Monetary Fund", ["BRA"], [IGO],
          req=False, modality=H),
        E(["CONSULT"], "Funaro paid a call in Washington to IMF Managing Director", ["BRA"], [IGO], req=False,
          modality=H, location_country="USA"),
        E(["AGREE"], "last month's rescheduling by the Paris Club", [IGO, "BRA"], [IGO, "BRA"], req=False,
          modality=H, date="1987-02"),
    ], forbid=[F("He was not sure how long it would take to reach a solution")],
        places=[P("Brazil", "BRA"), WASHINGTON, P("Britain", "GBR"), P("France", "FRA"),
                P("West Germany", "DEU"), P("Switzerland", "CHE"), P("Italy", "ITA")],
        dates=[D("February 20", "1987-02-20"), D("last week", "1987-02"), D("this week", "1987-03"),
               D("today", "1987-03-02"), D("next week", "1987-03"), D("1982", "1982"), D("1983", "1983"),
               D("last month", "1987-02"), D("1987", "1987")],
        quantities=[Q("50 pct", 50, "percent"), Q("35 pct", 35, "percent"), Q("68 billion dlrs", 68000000000, "USD"),
                    Q("15 billion dlrs", 15000000000, "USD"), Q("8.5 billion dlrs", 8500000000, "USD"),
                    Q("108 billion dlr", 108000000000, "USD"), Q("eight billion dlr", 8000000000, "USD"),
                    Q("4.12 billion dlrs", 4120000000, "USD")]),

    # 3. reuters-288 (Mon 1987-03-02, Bahrain): Iraq has secured agreement to defer outstanding payments on a 500 mln
    #    dlr syndicated euroloan after five months of negotiations with creditor banks; banking sources: part of Iraq's
    #    effort to defer foreign debt payments as the Gulf War and oil prices strain its economy; Iraq told the 37
    #    banks last September it could not meet the remaining four principal repayments and missed the first (Sept
    #    29); the agreement goes some way to meet the banks' demand that part of the missed instalment be paid; a
    #    quarter will be paid on signature, expected in late March; the three remaining instalments deferred two years;
    #    bank reaction to Iraq's rescheduling request one of resignation; about half of Iraq's 50 billion dlr debt are
    #    loans from its Gulf Arab allies, Saudi Arabia and Kuwait; Rafidain Bank stopped paying debt on letters of
    #    credit last March, negotiations with banks and western export credit agencies under way, some banks agreed to
    #    a three-year deferment. The agreement AGREE (COOPERATE accepted; Iraq and its creditor banks, MNC, either
    #    side, as the earlier golds' debtor-bank accords; anonymous: banking sources) required; the five months'
    #    negotiations CONSULT, Iraq's notice that it could not pay REJECT (REQUEST accepted; 1986-09), the banks'
    #    demand REQUEST, the coming signature AGREE (SUPPORT accepted; future, 1987-03), the rescheduling request
    #    REQUEST, the Gulf allies' loans AID (historical), Rafidain's stopped payments SANCTION (REJECT accepted;
    #    1986-03), the negotiations with banks and export credit agencies CONSULT and the banks' three-year deferment
    #    AGREE optional. The bankers' resignation (a view) forbidden.
    article(REU + "288", "1987-03-02", [
        E(["AGREE", "COOPERATE"], "has secured agreement to defer", IRAQ_BANKS, IRAQ_BANKS, attribution="anonymous"),
        E(["CONSULT"], "following five months of negotiations with creditor banks", IRAQ_BANKS, IRAQ_BANKS,
          req=False, modality=H, attribution="anonymous"),
        E(["REJECT", "REQUEST"], "Iraq informed the 37 banks in the loan syndicate", ["IRQ"], [MNC], req=False,
          modality=H, date="1986-09", attribution="anonymous"),
        E(["REQUEST"], "creditor bank demands that at least part", [MNC], ["IRQ"], req=False,
          attribution="anonymous"),
        E(["AGREE", "SUPPORT"], "on signature of the accord, expected in late March", IRAQ_BANKS, IRAQ_BANKS,
          req=False, modality=FUT, date="1987-03", attribution="anonymous"),
        E(["REQUEST"], "Iraq's rescheduling request", ["IRQ"], [MNC], req=False, modality=H,
          attribution="anonymous"),
        E(["AID"], "loans from its Gulf Arab allies", ["SAU", "KWT"], ["IRQ"], req=False, modality=H,
          attribution="anonymous"),
        E(["SANCTION", "REJECT"], "Rafidain bank stopped paying debt due on letters of credit", ["IRQ"], [MNC],
          req=False, modality=H, date="1986-03", attribution="anonymous"),
        E(["CONSULT"], "a series of negotiations with banks and western government export credit",
          ["IRQ", MNC], ["IRQ", MNC], req=False, attribution="anonymous"),
        E(["AGREE"], "Some banks have agreed to a three-year deferrment", [MNC], ["IRQ"], req=False, modality=H,
          attribution="anonymous"),
    ], forbid=[F("Bank reaction to Iraq's rescheduling request has been one", allow=["REQUEST"])],
        places=[P("Iraq", "IRQ"), P("Baghdad", "IRQ", 33.31, 44.37), P("Saudi Arabia", "SAU"),
                P("Kuwait", "KWT"), P("Paris", "FRA", 48.86, 2.35)],
        dates=[D("last September", "1986-09"), D("September 29", "1986-09-29"), D("late March", "1987-03"),
               D("March 1987", "1987-03"), D("September 1987", "1987-09"), D("March 1988", "1988-03"),
               D("October, 1985", "1985-10"), D("last March", "1986-03")],
        quantities=[Q("500 mln dlr", 500000000, "USD"), Q("285 mln dlrs", 285000000, "USD"),
                    Q("71.25 mln", 71250000, "USD"), Q("17.8 mln dlrs", 17800000, "USD"),
                    Q("50 billion dlrs", 50000000000, "USD"), Q("37 banks", 37, "banks")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
