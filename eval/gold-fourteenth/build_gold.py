"""Writes articles.json for the fourteenth article gold (eight stories, written blind). The annotations are data,
written by hand below with the shorthands of eval/gold_authoring.py. Run from this folder:
python3 build_gold.py; then check with python3 ../gold-wire/check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import BBC, FUT, H, HYP, IGO, NGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]
# Monsanto: its home country, or MNC (manual actor codes: "Multi-national Corporation"; docs/actors.md codes
# multinational firms MNC). MNC added after the first run; the US authorities accept it too (sides are lists).
MON = ["USA", "MNC"]


ARTICLES = [
    # 1. British farm minister Jopling, in Indiana, criticises the EC's proposed oils tax and farm subsidies;
    #    talks with US officials later this week (Mon 1987-03-16). The one trade dispute.
    article(REU + "5717", "1987-03-16", [
        E(["ACCUSE"], "threaten healthy trade on both sides", ["GBR"], req=False),
        E(["REQUEST"], "must not operate farm policies", ["GBR"], req=False),
        E(["CONSULT"], "was in Indiana to visit several farms", ["GBR"], ["USA"], req=False),
        E(["AGREE", "CONSULT"], "prior to talks with", ["GBR", "USA"], req=False, modality=FUT),
        E(["ACCUSE"], "also criticized a recent proposal", ["GBR"], EC),
        E(["REJECT"], "his government would oppose such a move", ["GBR"], EC),
        E(["ACCUSE"], "We do not think it is correct", ["GBR"], EC, req=False),
    ], forbid=[F("moves threaten healthy trade", ["ACCUSE"]),
               F("It would not be sensible to provoke another dispute"),
               F("to engage in trade wars")],
        places=[P("Indiana", "USA"), P("Washington", "USA")],
        dates=[D("this week", "1987-03")]),

    # 2. EC research ministers fail to agree on the Framework research programme: British and West German
    #    opposition, Verhofstadt's deadline, France withdraws its objections (Wed 1987-03-25)
    article(REU + "9154", "1987-03-25", [
        E(["REJECT"], "because of opposition from Britain and West Germany", ["GBR", "DEU"], EC,
          attribution="anonymous"),
        E(["THREATEN", "REQUEST"], "had been given just over a week to end their opposition", ["BEL"] + EC,
          ["GBR", "DEU"]),
        E(["REQUEST"], "was delayed by calls from Britain", ["GBR", "FRA", "DEU"], EC, req=False, modality=H),
        E(["CONCEDE"], "had already cut the budget from", EC, req=False, modality=H),
        E(["CONCEDE"], "France has withdrawn its objections", ["FRA"], EC + ["BEL"]),
        E(["SUPPORT"], "backed a new compromise budget", ["FRA"], EC + ["BEL"]),
        E(["AGREE"], "proposed by Verhofstadt to trim spending", ["BEL"] + EC, req=False),
        E(["REQUEST"], "Britain is continuing its demands for further", ["GBR"], EC),
        E(["AGREE"], "appeared to be ready to accept the compromise", ["DEU"], EC + ["BEL"], req=False,
          modality=H, date="1987-03-24"),
        E(["REJECT"], "was also holding back", ["DEU"], EC + ["BEL"], req=False),
        E(["CONSULT"], "who chaired the lengthy meeting", EC + ["BEL"], req=False),
        E(["THREATEN", "REQUEST"], "until April 3 to withdraw their", ["BEL"] + EC, ["GBR", "DEU"], req=False),
        E(["REJECT", "ACCUSE"], "Britain still maintained the allocations were much too high", ["GBR"], EC,
          req=False),
        E(["REQUEST"], "so far demanded by Britain", ["GBR"], EC, req=False),
    ], forbid=[F("has failed to agree on a high-technology research program", ["REJECT"]),
               F("was designed to boost research", ["AGREE"]),
               F("the program needs the approval of all member states"),
               F("the EC would be left without a research program"),
               F("would be a grave crisis"),
               F("could mean research teams being disbanded"),
               F("was close to agreeing to the compromise"),
               F("faced a tough fight to convince", ["REQUEST"])],
        places=[P("Britain", "GBR"), P("West Germany", "DEU"), P("France", "FRA")],
        dates=[D("yesterday", "1987-03-24"), D("April 3", "1987-04-03"), D("this year", "1987")],
        quantities=[Q("10.5 billion Ecus", 10500000000, "ECU"), Q("16 pct", 16, "percent")],
        boilerplate=["REUTER"]),

    # 3. US and India discuss a food aid package for drought-stricken India during Gandhi's visit; not yet
    #    agreed (Tue 1987-10-20)
    article(REU + "20232", "1987-10-20", [
        E(["CONSULT"], "have been discussing a package", ["USA", "IND"], attribution="official"),
        E(["CONSULT"], "Rajiv Gandhi's visit here this week", ["IND"], ["USA"], req=False),
        E(["CONSULT"], "We have been talking about the potential needs", ["USA", "IND"], req=False),
        E(["AGREE"], "we stand ready to assist", ["USA"], ["IND"]),
        E(["REQUEST"], "would prefer the package include something", ["USA"], ["IND"], req=False),
        E(["AGREE"], "would like to cooperate with them", ["USA"], ["IND"], req=False),
    ], forbid=[F("have not yet agreed on a food aid package"),
               F("There has been speculation in trade circles"),
               F("have been unable to agree on the mix", ["REQUEST", "REJECT"]),
               F("he had no plans to meet with Indian officials"),
               F("the ball was in the Indians' court")],
        places=[P("India", "IND"), P("Washington", "USA")],
        dates=[D("this week", "1987-10"), D("Tuesday", "1987-10-20")]),

    # 4. China: rare criticism of the government (waste, corruption, neglect of agriculture) at the National
    #    People's Congress (Tue 1987-03-31)
    article(REU + "11172", "1987-03-31", [
        E(["ACCUSE"], "Charges of public sector waste", ["CHN"], ["CHN"], req=False),
        E(["ACCUSE"], 'attacked the "profit before everything"', ["CHN"]),
        E(["ACCUSE"], "Zhao was not forceful enough", ["CHN"], ["CHN"]),
        E(["ACCUSE"], "This is incompatible with the important place", ["CHN"], ["CHN"], req=False),
        E(["ACCUSE"], "the state had broken promises", ["CHN"], ["CHN"]),
        E(["SUPPORT"], "discreet, appropriate, comprehensive and assuring", ["CHN"], ["CHN"], req=False),
        E(["ACCUSE"], "the government had spent too much or too little", ["CHN"], ["CHN"], req=False),
        E(["ACCUSE", "REQUEST"], "but also to lavishness and waste of funds", ["CHN"], ["CHN"], req=False),
        E(["REJECT"], "decision to strike from the agenda", ["CHN"], ["CHN"], req=False),
    ], forbid=[F("Public criticism of policy is rare in China"),
               F("the state had cut spending on agriculture", ["ACCUSE"]),
               F("promises to improve fertiliser", ["ACCUSE"]),
               F("projected to reach more than two billion dlrs"),
               F("used to be a rubber stamp"),
               F("caused raised eyebrows", ["REJECT"]),
               F("could emerge in slightly amended form"),
               F("there had been similar changes one year ago")],
        places=[P("China", "CHN"), P("Shanghai", "CHN")],
        dates=[D("last week", "1987-03"), D("one year ago", "1986"), D("1979", "1979")],
        quantities=[Q("11 pct", 11, "percent")],
        boilerplate=["REUTER"]),

    # 5. New South Wales unions launch week-long strikes against cuts in injury compensation; talks broke down,
    #    to resume today (Wed 1987-04-08)
    article(REU + "14952", "1987-04-08", [
        E(["PROTEST"], "have launched week-long strikes and other industrial action", ["AUS"], ["AUS"],
          attribution="organization"),
        E(["CONSULT"], "talks with the state government broke down last night", ["AUS"], ["AUS"], req=False,
          modality=H, date="1987-04-07"),
        E(["AGREE", "CONSULT"], "scheduled to meet later today", ["AUS"], req=False, modality=FUT,
          date="1987-04-08"),
        E(["THREATEN"], "almost every business sector will be hit", ["AUS"], ["AUS"], req=False),
        E(["THREATEN", "PROTEST"], "industrial action could spread to other states", ["AUS"], ["AUS"], req=False,
          modality=HYP),
    ], forbid=[F("would cut the cash benefits to injured workers"),
               F("the proposed cuts would save hundreds")],
        places=[P("New South Wales", "AUS")],
        dates=[D("last night", "1987-04-07"), D("later today", "1987-04-08")]),

    # 6. Indonesia: army chief says warnings of an extremist plot against the April polls do not mean security
    #    has deteriorated; mass meetings should be avoided (Mon 1987-03-09)
    article(REU + "2972", "1987-03-09", [
        E(["REQUEST"], "only an appeal for vigilance", ["IDN"], ["IDN"], req=False),
        E(["ACCUSE"], "extremists were planning to sabotage the polls", ["IDN"], ["IDN", "IMG"], date="1987-03"),
        E(["CONSULT"], "told a meeting of the ruling Golkar party", ["IDN"], ["IDN"], req=False,
          date="1987-03-08", location_country="IDN"),
        E(["REQUEST"], "mass meetings during the election campaign period should be avoided", ["IDN"], ["IDN"]),
        E(["ASSAULT"], "died in accidents and election-related violence", None, None, req=False, modality=H,
          date="1982", location_country="IDN"),
    ], forbid=[F("warnings about an extremist threat", ["REJECT"]),
               F("in an attempt to topple", ["ACCUSE"])],
        places=[P("Jakarta", "IDN"), P("Java", "IDN"), P("Indonesia", "IDN")],
        dates=[D("today", "1987-03-09"), D("April 23", "1987-04-23"), D("last week", "1987-03"),
               D("yesterday", "1987-03-08"), D("1982", "1982")],
        quantities=[Q("60 people", 60, "people")],
        boilerplate=["REUTER"]),

    # 7. BBC: Monsanto fined for bribing an Indonesian official; charges by the US Justice Department and the SEC;
    #    the firm admits wrongdoing and agrees to monitoring (2005-02-15)
    article(BBC + "business-400", "2005-02-15", [
        E(["SANCTION", "AGREE", "CONCEDE"], "has agreed to pay a $1.5m", MON, MON),
        E(["CONCEDE"], "Monsanto admitted one of its employees", MON, req=False, modality=H),
        E(["AGREE"], "agreed to three years' close monitoring", MON, MON, req=False),
        E(["CONCEDE"], "accepted full responsibility for what it called", MON, req=False),
        E(["PROTEST", "ACCUSE", "REJECT"], "stiff opposition from activists and farmers", ["IDN", NGO], MON,
          req=False, modality=H),
        E(["CONCEDE"], "has admitted to paying bribes", MON, req=False, modality=H),
        E(["ACCUSE"], "launched an internal investigation", MON, req=False, modality=H, date="2001"),
        E(["COOPERATE", "CONSULT"], "before informing the US Department of Justice", MON, MON, req=False,
          modality=H),
        E(["ACCUSE"], "faced both criminal and civil charges", ["USA"], MON),
        E(["ACCUSE"], "Companies cannot bribe their way", ["USA"], MON, req=False),
        E(["AGREE", "SANCTION", "CONCEDE"], "has agreed to pay $1m to the Department of Justice", MON, MON,
          req=False),
        E(["ACCUSE"], "continuing civil and criminal investigations", ["USA"], MON, req=False),
        E(["SANCTION", "CONCEDE"], "to settle the bribe charge", MON, MON, req=False),
        E(["CONCEDE"], "for its employees' actions", MON, req=False),
    ], forbid=[F("the official did not authorise the waiving")],
        places=[P("Indonesia", "IDN"), P("Jakarta", "IDN")],
        dates=[D("2002", "2002"), D("2001", "2001")],
        quantities=[Q("$1.5m", 1500000, "dollars"), Q("$50,000", 50000, "dollars"),
                    Q("$500,000", 500000, "dollars")]),

    # 8. BBC: Liberal Democrats attack the plan to store foreign intermediate nuclear waste in the UK
    #    permanently (2005-02-15)
    article(BBC + "politics-146", "2005-02-15", [
        E(["ACCUSE"], "have been branded \"deeply irresponsible\"", ["GBR"], ["GBR"]),
        E(["AGREE", "COOPERATE"], "will now be stored in the UK", ["GBR"], req=False),
        E(["ACCUSE"], "accused ministers of turning Britain into", ["GBR"], ["GBR"]),
        E(["ACCUSE"], "the move has been criticised by environmental groups", ["GBR", NGO], ["GBR"]),
        E(["ACCUSE", "CONSULT"], "raised it with government several times", ["GBR"], ["GBR"], req=False,
          modality=H),
        E(["ACCUSE"], "health needs are being ignored in policies", ["GBR"], ["GBR"], req=False),
        E(["ACCUSE"], "This is a terrible attempt to offload", ["GBR"], ["GBR"], req=False),
    ], forbid=[F("none has ever been sent back"),
               F("under armed guard", ["AGREE", "COOPERATE"]),
               F("sixfold reduction in the number of waste shipments"),
               F("would be returned to its home country sooner"),
               F("would raise up to £680m"),
               F("I have been warning for months", ["ACCUSE", "CONSULT"]),
               F("was supposed to help Britain clean up", ["ACCUSE"]),
               F("millstone that hangs around Britain's neck", ["ACCUSE"])],
        places=[P("UK", "GBR"), P("Britain", "GBR"), P("Sellafield", "GBR"), P("Cumbria", "GBR"),
                P("Germany", "DEU"), P("Japan", "JPN")],
        quantities=[Q("£680m", 680000000, "pounds"), Q("£48bn", 48000000000, "pounds")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
