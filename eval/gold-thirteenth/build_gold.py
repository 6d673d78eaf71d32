"""Writes articles.json for the thirteenth article gold (eight stories, written blind). The annotations are data,
written by hand below with the shorthands of eval/gold_authoring.py. Run from this folder:
python3 build_gold.py; then check with python3 ../gold-wire/check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import BBC, FUT, H, IGO, NGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

SOV = ["SUN", "RUS"]


ARTICLES = [
    # 1. West Germany: IG Metall warning strikes for higher wages and a shorter week; employers' offer rejected
    #    (Wed 1987-03-11)
    article(REU + "3687", "1987-03-11", [
        E(["PROTEST"], "held brief warning strikes today", ["DEU"], ["DEU"], date="1987-03-11"),
        E(["REQUEST"], "the union's demands for higher wages", ["DEU"], ["DEU"], req=False),
        E(["CONSULT"], "employers and union representatives met for talks", ["DEU"], ["DEU"], req=False),
        E(["PROTEST"], "began a series of nationwide warning strikes", ["DEU"], ["DEU"], req=False, modality=H),
        E(["REQUEST"], "the union's bid to raise wages", ["DEU"], ["DEU"], req=False),
        E(["AGREE"], "Employers in northern German offered IG Metall", ["DEU"], ["DEU"]),
        E(["AGREE"], "offered to cut the working week by half an hour", ["DEU"], ["DEU"], req=False),
        E(["REJECT"], "IG Metall rejected the offer", ["DEU"], ["DEU"]),
        E(["AGREE", "CONSULT"], "further talks for northern Germany were later scheduled", ["DEU"], req=False,
          modality=FUT, date="1987-03-23"),
        E(["AGREE"], "employers in the state of North Rhine-Westphalia offered", ["DEU"], ["DEU"], req=False,
          modality=H, date="1987-03-09"),
    ], places=[P("Hamburg", "DEU"), P("Schleswig-Holstein", "DEU"), P("Lower Saxony", "DEU"),
               P("North Rhine-Westphalia", "DEU")],
        dates=[D("today", "1987-03-11"), D("March 23", "1987-03-23"), D("On Monday", "1987-03-09"),
               D("April 1", "1987-04-01"), D("July 1988", "1988-07")],
        quantities=[Q("35,700 workers", 35700, "workers"), Q("152 West German engineering companies", 152,
                                                               "companies"),
                    Q("300,000 engineering workers", 300000, "workers")],
        boilerplate=["REUTER"]),

    # 2. Brazil: land reform stalls; landless movement threatens land occupations (Mon 1987-06-29)
    article(REU + "19877", "1987-06-29", [
        E(["THREATEN"], "there will be wave upon wave of land occupations", ["BRA", NGO], ["BRA"]),
        E(["THREATEN", "REQUEST"], "The solution is to occupy", ["BRA", NGO], ["BRA"], req=False),
        E(["ASSAULT"], "Some 278 people died in land disputes last year", None, None, req=False, modality=H,
          date="1986", location_country="BRA"),
        E(["PROTEST"], "Land rights demonstrations are a common sight", ["BRA", NGO], ["BRA"], req=False),
        E(["REQUEST"], "which it is sending to the Constituent Assembly", ["BRA", NGO], ["BRA"], req=False),
        E(["THREATEN"], "would be the signal for large-scale land invasions", ["BRA", NGO], ["BRA"]),
    ], forbid=[F("economic pressures have forced many small producers"),
               F("had been forced off the land"),
               # allow THREATEN added after the first run: the sentence also holds the required THREATEN
               F("would probably vote on the proposal by October", ["THREATEN"])],
        places=[P("Brasilia", "BRA"), P("Sao Paulo", "BRA"), P("Amazonia", "BRA"), P("Mato Grosso", "BRA")],
        dates=[D("last year", "1986"), D("by 1989", "1989"), D("by October", "1987-10")],
        quantities=[Q("278 people", 278, "people"), Q("fewer than 20,000 families", 20000, "families"),
                    Q("100,000 small producers", 100000, "people")]),

    # 3. Franc-zone finance ministers call for more bank aid before the IMF meeting (Tue 1987-04-07)
    article(REU + "13535", "1987-04-07", [
        E(["REQUEST"], "called for more aid from the international banking community", None, None,
          date="1987-04-03", attribution="official"),
        E(["CONSULT"], "at a meeting here last Friday", None, None, req=False, date="1987-04-03",
          location_country="FRA"),
        E(["AGREE", "CONSULT"], "interim committee meeting in Washington", [IGO], req=False, modality=FUT,
          location_country="USA"),
        E(["REQUEST"], "for a new allocation of Special Drawing Rights", None, [IGO], req=False),
    ], places=[P("Washington", "USA"), P("Seoul", "KOR")],
        dates=[D("last Friday", "1987-04-03"), D("October 1985", "1985-10")],
        boilerplate=["REUTER"]),

    # 4. US arms-control officials optimistic on verifying a medium-range missile pact; Shultz to go to Moscow
    #    (Mon 1987-03-09)
    article(REU + "3014", "1987-03-09", [
        E(["AGREE", "CONSULT"], "would go to Moscow next month for talks", ["USA"] + SOV, modality=FUT,
          date="1987-04"),
        E(["AGREE", "CONSULT"], "The decision to send Shultz to Moscow", ["USA"] + SOV, req=False, modality=FUT),
        E(["AGREE"], "We are determined to do it", ["USA"], SOV, req=False),
        E(["CONCEDE", "AGREE"], "he was willing to separate elimination", SOV, ["USA"], req=False, modality=H),
        E(["REQUEST"], "his demand for curbs", SOV, ["USA"], req=False, modality=H),
    ], forbid=[F("could reach agreement on ways to verify"),
               F("the two sides could agree on a method")],
        dates=[D("next month", "1987-04"), D("on Friday", "1987-03-06")]),

    # 5. Mulroney urges Americans to press Congress on acid rain; criticises the pace of the US administration
    #    (Mon 1987-03-23)
    article(REU + "8576", "1987-03-23", [
        E(["REQUEST"], "called on Americans to pressure Congress", ["CAN"], ["USA"]),
        E(["ACCUSE"], "he has not been pleased with the", ["CAN"], ["USA"]),
        E(["SUPPORT", "AGREE"], "endorsed a report by specially appointed acid rain envoys", ["CAN", "USA"],
          req=False, modality=H, date="1986"),
        E(["REQUEST"], "asked Congress for 2.50 billion", ["USA"], ["USA"], req=False, modality=H),
        E(["SUPPORT"], "described the commitment as", ["CAN"], ["USA"], req=False),
        E(["ACCUSE"], "we were not happy with the pace", ["CAN"], ["USA"], req=False),
        E(["REQUEST"], "urged his mostly American audience to help Canada", ["CAN"], ["USA"], req=False),
        E(["SUPPORT"], "hailed Mulroney's call", ["CAN", NGO], ["CAN"], req=False),
    # allow REQUEST added after the first run: the phrase shares its sentence with the required REQUEST
    ], forbid=[F("may represent a shift in Canada's lobbying strategy", ["REQUEST"])],
        places=[P("Canada", "CAN")],
        dates=[D("last year", "1986")]),

    # 6. Haiti: soldiers kill a man while barring peasants from land seized from Canadian missionaries
    #    (Fri 1987-04-17)
    article(REU + "16789", "1987-04-17", [
        E(["ASSAULT"], "Soldiers killed one man and seriously wounded several others", ["HTI"], ["HTI"],
          date="1987-04-16", location_country="HTI", attribution="anonymous"),
        E(["COERCE", "REJECT"], "barred a group of landless peasants", ["HTI"], ["HTI"], req=False, date="1987-04-16"),
        E(["COERCE"], "land seized from Canadian missionaries", ["HTI"], ["CAN"], req=False, modality=H),
        E(["ASSAULT", "COERCE"], "used tear gas and fired warning shots", ["HTI"], ["HTI"], req=False,
          modality=H),
        E(["COERCE"], "were arrested after the shootings", ["HTI"], ["HTI"]),
        E(["REJECT"], "who refused to leave the land", ["HTI"], ["HTI"], req=False),
        E(["ACCUSE"], "would be tried", ["HTI"], ["HTI"], req=False, modality=FUT),
    ], forbid=[F("There was no official confirmation of the report"),
               F("the constitution forbids land seizures")],
        places=[P("Haiti", "HTI"), P("Cap Haitien", "HTI")],
        dates=[D("yesterday", "1987-04-16"), D("March 29", "1987-03-29")],
        quantities=[Q("120 acres", 120, "acres"), Q("Seven men", 7, "people")]),

    # 7. BBC: Chinese money behind Rosneft's purchase of Yugansk; Rosneft-CNPC oil supply deal (2005-02-15)
    article(BBC + "business-077", "2005-02-15", [
        E(["AID", "COOPERATE"], "China lent Russia $6bn", ["CHN"], ["RUS"]),
        # SUPPORT added first after the first run (manual, SUPPORT: "ratify, sign, or finalize an agreement")
        E(["SUPPORT", "AGREE", "COOPERATE"], "had signed a long-term oil supply deal with China", ["RUS"], ["CHN"]),
        E(["AID", "COOPERATE"], "receive $6bn in credits from China's CNPC", ["CHN"], ["RUS"], req=False),
        E(["AGREE"], "CNPC had been offered 20% of Yugansk", ["RUS"], ["CHN"], req=False),
        E(["AGREE", "COOPERATE"], "have agreed on the pre-payment for long-term deliveries", ["RUS", "CHN"],
          ["RUS", "CHN"], req=False),
        E(["COERCE", "SANCTION"], "sold for $9.3bn in an auction last year", ["RUS"], ["RUS"], req=False,
          modality=H, date="2004"),
        E(["REQUEST", "ACCUSE"], "filed for bankruptcy protection in a US court", ["RUS"], ["USA"], req=False,
          modality=H),
        E(["ACCUSE"], "Yukos claims its downfall was punishment", ["RUS"], ["RUS"], req=False),
        E(["ACCUSE"], "is on trial for fraud and tax evasion", ["RUS"], ["RUS"], req=False),
    ], forbid=[F("the possibility of litigation from Yukos"),
               F("Rosneft and VEB declined to comment"),
               F("the Chinese are trying to get some leverage")],
        places=[P("Russia", "RUS"), P("China", "CHN")],
        dates=[D("last year", "2004")],
        quantities=[Q("20%", 20, "percent")]),

    # 8. BBC: Scottish ministers deny the free personal care sums are wrong; SNP asks for reassurance (2005-02-15)
    article(BBC + "politics-098", "2005-02-15", [
        E(["REJECT"], "Ministers have insisted they are committed", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "was based on flawed research", ["GBR"], ["GBR"]),
        E(["AGREE"], "has pledged to study the research", ["GBR"], ["GBR"], req=False),
        E(["REQUEST"], "said the public needed reassurance", ["GBR"], ["GBR"], req=False),
        E(["REJECT"], "We don't think we got our sums wrong", ["GBR"], ["GBR"]),
        E(["AGREE"], "we will examine the findings", ["GBR"], ["GBR"], req=False),
        E(["REQUEST"], "called on ministers to reassure people", ["GBR"], ["GBR"]),
        E(["ACCUSE", "REQUEST"], "Serious concerns have been raised", ["GBR"], ["GBR"], req=False),
    ], forbid=[F("could drive the cost of the policy up"),
               F("had no reason to doubt the executive's support")],
        dates=[D("2022", "2022")],
        quantities=[Q("£130m", 130000000, "pounds")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
