"""Writes articles.json for the twelfth article gold (eight stories, written blind). The annotations are data,
written by hand below with the shorthands of eval/gold_authoring.py. Run from this folder:
python3 build_gold.py; then check with python3 ../gold-wire/check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import BBC, FUT, HYP, REU, D, E, F, H, P, Q, article, write_gold  # noqa: E402

EC, NATO, IMG, NGO = ["EUR", "IGO"], ["IGO"], "IMG", "NGO"


ARTICLES = [
    # 1. Spain: UGT keeps pressing for 7 pct rises; mine protests, coming strikes; Gonzalez; no-confidence motion
    #    (Wed 1987-03-25)
    article(REU + "9292", "1987-03-25", [
        E(["REQUEST"], "will keep pressing for salary rises", ["ESP"], ["ESP"]),
        E(["REQUEST"], "government recommendations for a five pct ceiling", ["ESP"], ["ESP"], req=False),
        E(["PROTEST"], "remained closed by protests against planned job cuts", ["ESP"], ["ESP"],
          attribution="anonymous"),
        E(["PROTEST", "THREATEN"], "A 24-hour stoppage at the state railways RENFE", ["ESP"], ["ESP"], req=False,
          modality=FUT, date="1987-03-27"),
        E(["PROTEST", "THREATEN"], "construction workers would start a five-day strike", ["ESP"], ["ESP"],
          req=False, modality=FUT),
        E(["REQUEST"], "sought support for his call to limit wage rises", ["ESP"], ["ESP"], date="1987-03-24"),
        E(["REJECT"], "would not yield to demagogy", ["ESP"], ["ESP"], req=False),
        E(["ACCUSE", "REJECT"], "tabled a motion of no confidence", ["ESP"], ["ESP"], req=False, modality=H),
        E(["ACCUSE"], "said Gonzalez had run out of imagination", ["ESP"], ["ESP"], req=False),
    ], forbid=[F("is sure to survive the no confidence debate")],
        places=[P("Spain", "ESP"), P("Asturias", "ESP")],
        dates=[D("last night", "1987-03-24"), D("next Friday", "1987-03-27"), D("tomorrow", "1987-03-26"),
               D("last year", "1986")],
        boilerplate=["REUTER"]),

    # 2. Bronx borough president Simon indicted in the Wedtech corruption probe (Wed 1987-04-01)
    article(REU + "12365", "1987-04-01", [
        E(["ACCUSE"], "Stanley Simon was charged with extorting", ["USA"], ["USA"]),
        E(["ACCUSE"], "a corruption probe involving two Congressmen", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "was accused of extorting the money", ["USA"], ["USA"], req=False),
        # added after the first run (manual, RETREAT: it "also covers resignations of government officials")
        E(["RETREAT"], "resigned last month as Bronx Borough President", ["USA"], ["USA"], req=False, modality=H,
          date="1987-03"),
        E(["ACCUSE"], "Simon is also accused of perjury", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "the first public official to be indicted", ["USA"], ["USA"], req=False),
        E(["ACCUSE"], "are under investigation", ["USA"], ["USA"], req=False, attribution="anonymous"),
        E(["ACCUSE"], "has been appointed to determine whether", ["USA"], ["USA"], req=False),
    ], forbid=[F("the company was manipulated and raped", ["ACCUSE"])],
        places=[P("Bronx", "USA"), P("New York", "USA")],
        dates=[D("last month", "1987-03")],
        quantities=[Q("about 20", 20, "people")]),

    # 3. Kohl invites the EC Commission to Bonn; letters of complaint, criticism, protest from Brussels
    #    (Tue 1987-03-17)
    article(REU + "6024", "1987-03-17", [
        E(["AGREE", "CONSULT"], "has invited the European Community's 17-man Commission", ["DEU"], EC,
          attribution="anonymous"),
        E(["AGREE", "CONSULT"], "will pay a two-day visit to Bonn", EC + ["DEU"], req=False, modality=FUT,
          date="1987-04-01", location_country="DEU"),
        E(["REJECT", "ACCUSE"], "have provoked strong opposition from Bonn", ["DEU"], EC, req=False),
        E(["ACCUSE"], "complaining that the plans would hit", ["DEU"], EC),
        E(["ACCUSE"], "has publicly criticised the two German members", ["DEU"], EC),
        E(["ACCUSE"], "This caused protest from Brussels", EC, ["DEU"], req=False),
    ], places=[P("Bonn", "DEU"), P("Brussels", "BEL")],
        dates=[D("next month", "1987-04"), D("April 1", "1987-04-01")],
        quantities=[Q("two letters", 2, "letters")],
        boilerplate=["REUTER"]),

    # 4. Reagan asks Congress for more economic aid for Central America; contra aid (Tue 1987-03-03)
    article(REU + "1416", "1987-03-03", [
        E(["REQUEST"], "called for immediate approval of 300 mln dlrs", ["USA"], ["USA"]),
        E(["AID"], "new 1987 economic aid for four Central American democracies", ["USA"], req=False,
          modality=FUT),
        E(["AID"], "military aid program for Nicaraguan rebels", ["USA"], ["NIC", IMG], req=False, modality=H),
        E(["AID", "COOPERATE"], "have provided the Sandinista regime military hardware", ["SUN", "RUS"], ["NIC"],
          req=False),
        E(["AID"], "final 40 mln dlr allotment in military aid", ["USA"], ["NIC", IMG], req=False, modality=HYP),
        E(["ASSAULT"], "who are fighting Managua's leftist Sandinista government", ["NIC", IMG], ["NIC"],
          req=False),
    ], forbid=[F("will not try to link approval of military aid"),
               F("would have its toughest fight"),
               F("would back the military request", ["SUPPORT"])],
        places=[P("Nicaragua", "NIC"), P("Managua", "NIC")],
        dates=[D("in 1984", "1984")],
        quantities=[Q("four Central American democracies", 4, "countries")]),

    # 5. NATO emergency session on the Greek-Turkish Aegean dispute (Fri 1987-03-27)
    article(REU + "10452", "1987-03-27", [
        E(["CONSULT"], "ambassadors met in emergency session today", NATO, date="1987-03-27",
          attribution="anonymous"),
        E(["THREATEN"], "prepared to back rival oil exploration teams with warships", ["GRC", "TUR"],
          ["GRC", "TUR"], req=False),
        E(["MOBILIZE", "THREATEN"], "would sail into disputed waters", ["TUR"], ["GRC"], modality=FUT,
          date="1987-03-28", attribution="official"),
        E(["THREATEN"], "give a very hard lesson", ["GRC"], ["TUR"], attribution="official"),
        E(["COERCE", "SANCTION"], "taking control of a Canadian-led consortium", ["GRC"], ["CAN"], req=False,
          modality=H, date="1987-02"),
    ], places=[P("Greece", "GRC"), P("Turkey", "TUR"), P("Thassos", "GRC")],
        dates=[D("today", "1987-03-27"), D("tomorrow", "1987-03-28"), D("last month", "1987-02")],
        boilerplate=["REUTER"]),

    # 6. Fiji welcomes the end of the Australian unions' ban; Bavadra supporters strike (Tue 1987-06-02)
    article(REU + "17962", "1987-06-02", [
        E(["SUPPORT"], "Fiji today welcomed the ending of a trade ban", ["FJI"], ["AUS"], date="1987-06-02"),
        E(["PROTEST"], "renewed pressure for his reinstatement with strikes", ["FJI"], ["FJI"]),
        E(["SUPPORT"], "The government welcomed a decision", ["FJI"], ["AUS"], req=False),
        E(["CONCEDE", "RETREAT"], "to lift its ban on shipments to Fiji", ["AUS"], ["FJI"]),
        E(["SANCTION"], "imposed in support of Bavadra", ["AUS"], ["FJI"], req=False, modality=H),
        E(["COERCE", "ASSAULT"], "overthrown in a military coup", ["FJI"], ["FJI"], req=False, modality=H,
          date="1987-05-14"),
        E(["PROTEST"], "closed again today in support of Bavadra", ["FJI"], ["FJI"], req=False,
          date="1987-06-02"),
        E(["THREATEN"], "two bomb threats forced evacuation", None, ["AUS"], req=False, location_country="FJI"),
        E(["PROTEST"], "launched a campaign of civil disobedience", ["FJI"], ["FJI"], req=False),
    ], forbid=[F("The ban had threatened food shortages")],
        places=[P("Fiji", "FJI"), P("Nadi", "FJI"), P("Lautoka", "FJI")],
        dates=[D("today", "1987-06-02"), D("May 14", "1987-05-14")],
        quantities=[Q("9,000 tons", 9000, "tons"), Q("two bomb threats", 2, "threats")]),

    # 7. BBC: police investigate a BNP leaflet against a Swansea mosque (published 2005-02-15)
    article(BBC + "politics-185", "2005-02-15", [
        E(["ACCUSE"], "Police are investigating a British National Party leaflet", ["GBR"], ["GBR"]),
        E(["REJECT", "ACCUSE"], "opposing plans for a new mosque", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "have handed copies to South Wales Police", ["GBR", NGO], ["GBR"], req=False),
        E(["ACCUSE"], "contacted police after receiving complaints", ["GBR", NGO], ["GBR"], req=False),
        E(["REJECT", "ACCUSE"], "the BNP are not needed and not wanted here", ["GBR", NGO], ["GBR"], req=False),
        E(["ACCUSE"], "were looking at the contents of the leaflet", ["GBR"], ["GBR"], req=False),
        E(["REJECT"], "The BNP has denied it is trying to stir up hatred", ["GBR"], ["GBR"]),
        E(["PROTEST"], "organised an anti-racism march", ["GBR", NGO], ["GBR"], req=False, modality=H),
        E(["ACCUSE"], "exactly what he had come to expect from the BNP", ["GBR", NGO], ["GBR"], req=False),
        E(["REJECT"], "will not put up with this", ["GBR", NGO], ["GBR"], req=False),
    ], places=[P("Swansea", "GBR"), P("Welshpool", "GBR"), P("Llanelli", "GBR")],
        quantities=[Q("more than 1,000 people", 1000, "people")]),

    # 8. BBC: Brown calls for a 5.5bn Aids fund on his Africa tour; Actionaid criticises (published 2005-02-15)
    article(BBC + "politics-366", "2005-02-15", [
        E(["REQUEST"], "has called on rich nations to fund", ["GBR"]),
        E(["AGREE", "COOPERATE"], "had agreed with the Italian finance minister", ["GBR", "ITA"], ["GBR", "ITA"]),
        E(["REQUEST"], "called on industrialised nations to commit themselves", ["GBR"], req=False),
        E(["ACCUSE"], "Actionaid criticised Mr Brown's preoccupation", [NGO, "GBR"], ["GBR"]),
        E(["REQUEST"], "called on G8 nations to fund HIV/Aids treatments", [NGO, "GBR"], ["IGO"], req=False),
        E(["CONSULT"], "Mr Brown visited slums in the Kenyan capital", ["GBR"], ["KEN"], req=False,
          location_country="KEN"),
        # AGREE added to both after the first run (manual, CONSULT: future meetings and visits are AGREE)
        E(["AGREE", "CONSULT"], "will visit an HIV/Aids orphanage in Tanzania", ["GBR"], ["TZA"], req=False,
          modality=FUT, location_country="TZA"),
        E(["AGREE", "CONSULT"], "chairing a meeting of the Commission for Africa", ["GBR"], req=False, modality=FUT,
          location_country="ZAF"),
    ], forbid=[F("predicted a vaccine could be found by 2012"),
               F("condemns a generation of people to death", ["ACCUSE"]),
               F("killing the most productive adults")],
        places=[P("Nairobi", "KEN"), P("Tanzania", "TZA"), P("Mozambique", "MOZ"), P("Cape Town", "ZAF")],
        dates=[D("2012", "2012")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
