"""Writes articles.json for the twenty-second article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py) that report acts of political actors: trade measures and trade
diplomacy, courts, prosecutors and a regulator acting on firms, strikes, a commodity agreement between states and
a debt accord. The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in
the conventions of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the
record's `text` (body only); `published` is the date of the record's timestamp, relative dates resolved against
it. Only the political acts are required events; company-to-company deals, market moves, forecasts and
speculation are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community: EUR or IGO (the earlier golds' convention)
JP_FIRMS = ["JPN", MNC]            # firms take their home country or MNC
PH_FIRMS = ["PHL", MNC]
CA_FIRMS = ["CAN", MNC]
BR_FIRMS = ["BRA", MNC]
KR_FIRMS = ["KOR", MNC]

ARTICLES = [
    # 1. reuters-894 (Tue 1987-03-03, Tokyo): MITI tightens its curbs on chip exports to third countries to preserve
    #    the US-Japan semiconductor pact and asks makers to certify exporters. A government restricting its firms'
    #    exports SANCTION (manual: curtailing commercial exchanges, `discontinue`; COERCE accepted), actor JPN, the
    #    recipient left out (the curbs fall on Japanese firms and third-country buyers alike); the request to the
    #    makers, the US complaints, the Japanese rebuttal, the earlier output-cut request and a conditional
    #    "we will ask them" optional; the firms' and industry officials' doubts forbidden.
    article(REU + "894", "1987-03-03", [
        E(["SANCTION", "COERCE"], "acted to tighten restrictions on microchip", ["JPN"]),
        E(["REQUEST"], "his ministry had asked chipmakers to issue certificates", ["JPN"], JP_FIRMS, req=False),
        E(["ACCUSE"], "have complained repeatedly that Japanese chipmakers", ["USA"], JP_FIRMS, req=False),
        E(["REJECT", "ACCUSE"], "Japanese firms and officials in turn argue", JP_FIRMS, ["USA"], req=False),
        E(["REQUEST"], "we will ask them what they are doing", ["JPN"], JP_FIRMS, req=False, modality=HYP),
        E(["REQUEST"], "MITI earlier asked makers to cut output", ["JPN"], JP_FIRMS, req=False, modality=H),
    ], forbid=[F("some industry officials predicted any government"),
               F("there will be people who want to exploit the gap")],
        places=[P("Japan", "JPN")],
        quantities=[Q("10 pct", 10, "percent")]),

    # 2. reuters-893 (Tue 1987-03-03, Tokyo): a visiting US under-secretary, in talks with the head of Japan's
    #    business federation yesterday, says the US wants Japan to end farm import controls within three years.
    #    The demand REQUEST (USA to JPN; the federation's chairman takes JPN) and the talks CONSULT (visitor actor)
    #    are required; "drastic measures would be needed", wanting Japanese cooperation and "would be pleased were
    #    Japan to halve restrictions" optional REQUEST; the bilateral trade meeting optional CONSULT (both sides);
    #    Japan's standing import restrictions optional (a standing policy, no news act), past US complaints optional
    #    historical; what the trade bill should not contain forbidden but for REQUEST.
    article(REU + "893", "1987-03-03", [
        E(["REQUEST"], "Wants Japan to eliminate import", ["USA"], ["JPN"], date="1987-03-02",
          location_country="JPN"),
        E(["CONSULT"], "made the remark yesterday in talks with Saito", ["USA"], ["JPN"], date="1987-03-02",
          location_country="JPN"),
        E(["REQUEST", "THREATEN"], "drastic measures", ["USA"], ["JPN"], req=False),
        E(["CONSULT"], "sub-cabinet-level bilateral", ["USA", "JPN"], ["JPN", "USA"], req=False),
        E(["REQUEST"], "wants Japanese cooperation", ["USA"], ["JPN"], req=False),
        E(["REQUEST"], "Would be pleased were Japan to halve restrictions", ["USA"], ["JPN"], req=False),
        E(["SANCTION", "COERCE"], "Japan currently restricts imports", ["JPN"], req=False),
        E(["ACCUSE"], "triggered recent", ["USA"], ["JPN"], req=False, modality=H),
    ], forbid=[F("rather than containing", ["REQUEST"])],
        places=[P("Japan", "JPN")],
        dates=[D("yesterday", "1987-03-02")],
        quantities=[Q("22 agricultural products", 22, "products")]),

    # 3. reuters-8400 (Mon 1987-03-23, Lisbon): the agriculture minister disagrees with a Lisbon court's order
    #    barring the state grain agency EPAC from import tenders. The minister's disagreement REJECT (ACCUSE
    #    accepted) and the court's preliminary ruling SANCTION (manual, SANCTION `convict`: found liable or
    #    restrained by court order; COERCE accepted) required, all PRT (the agency a state firm, PRT); the private
    #    importers' proceedings ACCUSE (sue or bring to court), his aim to have EPAC readmitted REQUEST, his further
    #    objections, the exclusion from a tender, the traders' arguments, the ruling's reasons and the EC
    #    Commission accepting the government's view SUPPORT (EUR or IGO) optional; studying the order and his
    #    "martyr" remark forbidden.
    article(REU + "8400", "1987-03-23", [
        E(["REJECT", "ACCUSE"], "he disagreed with a court order", ["PRT"], ["PRT"]),
        E(["SANCTION", "COERCE"], "civil court decided in a preliminary ruling", ["PRT"], ["PRT"], date="1987-03",
          location_country="PRT"),
        E(["REQUEST"], "his aim was to have EPAC readmitted", ["PRT"], ["PRT"], req=False),
        E(["ACCUSE"], "Following legal proceedings by private importers", ["PRT"], ["PRT"], req=False),
        E(["SANCTION", "COERCE"], "EPAC was excluded from a March 12 tender", ["PRT"], ["PRT"], req=False),
        E(["REQUEST"], "My objective is put EPAC into the tenders", ["PRT"], ["PRT"], req=False),
        E(["REJECT", "ACCUSE"], "there was no reason to exclude any operator", ["PRT"], ["PRT"], req=False),
        E(["ACCUSE"], "Private traders had argued that EPAC", ["PRT"], ["PRT"], req=False, modality=H),
        E(["SUPPORT", "AGREE"], "had accepted the government's view", EC, ["PRT"], req=False),
        E(["SANCTION", "ACCUSE"], "The Lisbon court ruling stated", ["PRT"], ["PRT"], req=False),
    ], forbid=[F("the government would be studying the court order"),
               F("There is no reason to make EPAC a martyr")],
        places=[P("Lisbon", "PRT", 38.72, -9.14), P("Portugal", "PRT")],
        dates=[D("earlier this month", "1987-03"), D("March 12", "1987-03-12"), D("January 1986", "1986-01")],
        quantities=[Q("80,000 tonnes", 80000, "tonnes"), Q("20 pct", 20, "percent")]),

    # 4. reuters-18867 (Thu 1987-06-18, London): Britain's defence minister tells a US Chamber of Commerce meeting
    #    that the US is unfairly protecting its defence industry; a parliamentary committee says US export
    #    restrictions have kept British firms out of SDI work. Both charges ACCUSE (GBR to USA, required); his
    #    restatement about legislators and "all we ask" REQUEST optional; the warning that British firms could
    #    press for retaliation THREATEN (optional, hypothetical: the firms', not the government's, possible act);
    #    "could lead to British firms demanding counter-measures" forbidden but for ACCUSE (it shares the lead's
    #    sentence); his claim of fair competition forbidden.
    article(REU + "18867", "1987-06-18", [
        E(["ACCUSE"], "Was unfairly protecting its defence industry", ["GBR"], ["USA"]),
        E(["ACCUSE"], "Legislators were failing to realise", ["GBR"], ["USA"], req=False),
        E(["ACCUSE"], "had denied British competitors more lucrative orders", ["GBR"], ["USA"]),
        E(["REQUEST"], "All we ask is for our companies", ["GBR"], ["USA"], req=False),
        E(["THREATEN"], "pressed for retaliatory measures", ["GBR"], ["USA"], req=False, modality=HYP),
    ], forbid=[F("could lead to British firms demanding counter-measures", ["ACCUSE"]),
               F("under conditions of fair and open competition")],
        places=[P("Britain", "GBR"), P("London", "GBR", 51.51, -0.13)],
        quantities=[Q("34 mln dlrs", 34000000, "USD"), Q("1.5 billion dlrs", 1500000000, "USD")]),

    # 5. reuters-7304 (Thu 1987-03-19, Geneva): delegates at the UNCTAD conference reached agreement on a new
    #    International Natural Rubber Agreement last weekend, after the US-initiated consumer proposal was withdrawn
    #    last Friday; the pact is to be adopted tomorrow. The agreement AGREE (the conference's delegates IGO; no
    #    recipient: producers and consumers together) and the withdrawal of the proposal CONCEDE (manual, REQUEST:
    #    withdrawing a demand is CONCEDE; the consumers led by the US, recipient the producers IGO) required; the
    #    formal adoption tomorrow SUPPORT/AGREE (future, optional), the producers' opposition REJECT, the detailed
    #    agreements and the work on details optional; the chairman's praise forbidden but for cooperative types.
    article(REU + "7304", "1987-03-19", [
        E(["AGREE"], "reached agreement over the central elements", [IGO], date="1987-03"),
        E(["CONCEDE", "RETREAT"], "was withdrawn last Friday", ["USA", IGO], [IGO], date="1987-03-13"),
        E(["SUPPORT", "AGREE"], "will be formally adopted tomorrow", [IGO], req=False, modality=FUT,
          date="1987-03-20"),
        E(["REJECT"], "producers had strongly opposed a consumer proposal", [IGO], ["USA", IGO], req=False),
        E(["AGREE"], "It was agreed to conduct reviews", [IGO], req=False),
        E(["AGREE"], "it was tentatively agreed that governments", [IGO], req=False),
        E(["CONSULT"], "negotiators have worked on the finer details", [IGO], req=False),
    ], forbid=[F("represents a significant step forward", ["AGREE", "CONSULT", "SUPPORT", "COOPERATE"])],
        dates=[D("tomorrow", "1987-03-20"), D("last weekend", "1987-03"), D("last Friday", "1987-03-13"),
               D("March 9", "1987-03-09")],
        quantities=[Q("550,000 tonnes", 550000, "tonnes"), Q("360,000 tonnes", 360000, "tonnes")]),

    # 6. reuters-12401 (Thu 1987-04-02, Tokyo): Japan's agriculture ministry says it is not considering cuts in
    #    chocolate duties; Washington has been demanding a cut to seven pct. The refusal REJECT (JPN to USA) and the
    #    continuing US demand REQUEST (USA to JPN) required; the quoted reason REJECT and the 1983 cut CONCEDE
    #    (historical) optional; what the government "may" do, what officials "may press" and a difficulty
    #    forecast forbidden (the first but for REQUEST: it names the US and European demand).
    article(REU + "12401", "1987-04-02", [
        E(["REJECT"], "are not considering cuts in import duties", ["JPN"], ["USA"]),
        E(["REJECT"], "we must consider domestic market conditions", ["JPN"], ["USA"], req=False),
        E(["CONCEDE", "RETREAT"], "Duties on chocolate were cut to 20 pct", ["JPN"], req=False, modality=H,
          date="1983-04"),
        E(["REQUEST"], "Washington has been demanding a cut", ["USA"], ["JPN"]),
    ], forbid=[F("it is possible the government may make further cuts", ["REQUEST"]),
               F("may press the ministry to cut the duties"),
               F("it would be difficult for Japan to resolve")],
        places=[P("Japan", "JPN")],
        dates=[D("April 1983", "1983-04")],
        quantities=[Q("8,285 tonnes", 8285, "tonnes"), Q("58.6 billion dlrs", 58600000000, "USD")]),

    # 7. reuters-14921 (Wed 1987-04-08, Manila): San Miguel's buy-back of shares sequestered by the Presidential
    #    Commission on Good Government is held up: a Manila court yesterday enjoined the bank UCPB from selling on
    #    Cojuangco's petition, and a government nominee on the board asked the SEC to block the deal; the
    #    commission's head says Soriano may not buy most of the shares. The injunction SANCTION (a court order
    #    restraining a firm; COERCE accepted), the petition and the SEC suit ACCUSE (bring to court) and the
    #    commission head's ruling-out REJECT (ACCUSE accepted) required, all PHL (firms PHL or MNC); the lead's
    #    summary, restatements of the suits and their arguments, the earlier charge against the directors, the firm's statement against
    #    "certain elements", the 1986 sequestration COERCE (seize; historical) and "no objection" optional; the
    #    board's approval, its ratification of a loan, the firms' price agreement, the arbitration panel's expected
    #    report, a spokesman's no comment and the revenue figures forbidden (corporate acts and forecasts).
    article(REU + "14921", "1987-04-08", [
        E(["ACCUSE"], "has been hit by two new lawsuits", ["PHL"], PH_FIRMS, req=False),
        E(["SANCTION", "COERCE"], "issued an injunction barring UCPB", ["PHL"], PH_FIRMS, date="1987-04-07",
          location_country="PHL"),
        E(["ACCUSE"], "a petition filed by Eduardo Cojuangco", ["PHL"], PH_FIRMS),
        E(["ACCUSE", "REJECT"], "were the rightful owners of the shares", ["PHL"], PH_FIRMS, req=False),
        E(["ACCUSE"], "a serious breach of fiduciary duties", ["PHL"], PH_FIRMS, req=False),
        E(["ACCUSE"], "a second derivative suit filed before the Securities", ["PHL"], PH_FIRMS),
        E(["REQUEST", "ACCUSE"], "asked the SEC to block the transaction", ["PHL"], ["PHL"], req=False),
        E(["ACCUSE"], "De los Angeles told the SEC", ["PHL"], PH_FIRMS, req=False),
        E(["ACCUSE"], "the share purchase would also violate", ["PHL"], PH_FIRMS, req=False),
        E(["ACCUSE"], "he charged SMC Chairman Andres Soriano III", ["PHL"], PH_FIRMS + ["USA"], req=False,
          modality=H),
        E(["ACCUSE"], "is part of a continuing attempt by certain elements", PH_FIRMS, ["PHL"], req=False),
        E(["ACCUSE"], "in direct contravention of the government's expressed desire", PH_FIRMS, ["PHL"],
          req=False),
        E(["REJECT", "ACCUSE"], "said Soriano was not eligible to buy", ["PHL"], ["USA"] + PH_FIRMS),
        E(["COERCE"], "which sequestered the shares last year", ["PHL"], PH_FIRMS, req=False, modality=H),
        E(["COERCE"], "Good Government sequestered the shares on suspicion", ["PHL"], PH_FIRMS, req=False,
          modality=H),
        E(["AGREE", "SUPPORT"], "We have no objection to Soriano buying", ["PHL"], ["USA"] + PH_FIRMS,
          req=False),
    ], forbid=[F("the board sanctioned the repurchase"),
               F("The loan assumption was again ratified"),
               F("is expected to submit its report"),
               F("have reached agreement on the price of the shares", ["ACCUSE"]),
               F("he had no comment on Cojuangco's court petition"),
               F("San Miguel Corp reported sales revenue")],
        places=[P("Manila", "PHL", 14.60, 120.98), P("Hong Kong", "HKG", 22.32, 114.17)],
        dates=[D("yesterday", "1987-04-07"), D("April 21", "1987-04-21"), D("On April 2", "1987-04-02"),
               D("last December", "1986-12"), D("May 14", "1987-05-14"), D("March 1986", "1986-03")],
        quantities=[Q("38.1 mln sequestered shares", 38100000, "shares"),
                    Q("4.79 billion pesos", 4790000000, "PHP")]),

    # 8. reuters-17805 (Mon 1987-06-01, Trail, British Columbia): three striking Steelworkers locals rejected a
    #    tentative contract on Saturday; Cominco expects to meet the other two today. The strike since May 9 PROTEST
    #    and the locals' rejection REJECT required (union and firm CAN on both sides, the firm CAN or MNC); the
    #    vote, today's expected meeting (future AGREE/CONSULT, both sides as actor) and the last negotiation
    #    optional; "no meeting scheduled" and the firm's force majeure forbidden.
    article(REU + "17805", "1987-06-01", [
        E(["PROTEST"], "since the strike began May 9", ["CAN"], CA_FIRMS, date="1987-05-09",
          location_country="CAN"),
        E(["REJECT"], "rejected a tentative three-year contract", ["CAN"], CA_FIRMS, date="1987-05-30"),
        E(["REJECT"], "54.5 pct voted no", ["CAN"], CA_FIRMS, req=False),
        E(["CONSULT", "AGREE"], "expects to meet today", CA_FIRMS + ["CAN"], req=False, modality=FUT,
          date="1987-06-01"),
        E(["CONSULT"], "last negotiated May 21", ["CAN"], CA_FIRMS, req=False, modality=H, date="1987-05-21"),
    ], forbid=[F("It had no meeting scheduled"),
               F("Cominco has had to declare force majeure")],
        places=[P("Trail", "CAN"), P("Kimberley", "CAN")],
        dates=[D("today", "1987-06-01"), D("Saturday", "1987-05-30"), D("May 9", "1987-05-09"),
               D("May 21", "1987-05-21"), D("April 30", "1987-04-30")],
        quantities=[Q("about 2,600", 2600, "people"), Q("about 600", 600, "people")]),

    # 9. reuters-9982 (Thu 1987-03-26, Washington): the Senate votes 99 to 0 for a non-binding resolution
    #    condemning the EC's proposed tax on fats and oils and saying it would bring retaliation. The condemnation
    #    ACCUSE and the warning THREATEN (future, as gold-twentieth's conditional warnings) required (USA to EUR or
    #    IGO); the vote's restatement, the resolution asking the administration to pass the message on REQUEST
    #    (USA to USA) and its "strong and immediate countermeasures" THREATEN optional.
    article(REU + "9982", "1987-03-26", [
        E(["ACCUSE"], "voted to condemn the proposed European", ["USA"], EC),
        E(["THREATEN"], "said it would result in retaliation", ["USA"], EC, modality=FUT),
        E(["ACCUSE", "SUPPORT"], "was approved on a 99 to 0 vote", ["USA"], EC, req=False),
        E(["REQUEST"], "The administration should communciate", ["USA"], ["USA"], req=False),
        E(["THREATEN"], "strong and immediate countermeasures", ["USA"], EC, req=False, modality=FUT),
    ]),

    # 10. reuters-20752 (Tue 1987-10-20, Sao Paulo): an indefinite strike by 47,000 carworkers closes most of
    #     Autolatina's Brazilian plants; the firm had offered 20.66 pct, the workers want 65.9 pct. The strike
    #     PROTEST required (workers BRA, the firm BRA or MNC); the firm's offer AGREE (an offer), the workers'
    #     pay demand REQUEST (the protest's topic) and the strike's restatement optional; who still works and the
    #     unaffected Argentine plants forbidden.
    article(REU + "20752", "1987-10-20", [
        E(["PROTEST"], "An indefinite strike by 47,000", ["BRA"], BR_FIRMS, date="1987-10-20",
          location_country="BRA"),
        E(["AGREE"], "had offered its employees a pay rise", BR_FIRMS, ["BRA"], req=False),
        E(["REQUEST"], "the workers were pressing for", ["BRA"], BR_FIRMS, req=False),
        E(["PROTEST"], "The strike is the first to hit operations", ["BRA"], BR_FIRMS, req=False),
    ], forbid=[F("factories in Argentina were unaffected"),
               F("were still working and some production was continuing")],
        places=[P("Argentina", "ARG")],
        dates=[D("Tuesday", "1987-10-20"), D("July 1", "1987-07-01")],
        quantities=[Q("47,000 carworkers", 47000, "people"), Q("20.66 pct", 20.66, "percent"),
                    Q("65.9 pct", 65.9, "percent")]),

    # 11. reuters-17302 (Mon 1987-04-27, Seoul): prosecutors formally charge Pan Ocean Shipping's chief executive
    #     with illegal capital movement, foreign-exchange violations and tax evasion. The charge ACCUSE required
    #     (KOR to KOR: prosecutors and a Korean firm's executive); the charges' restatements, the tax office's
    #     investigation in the US (ACCUSE, investigate) and the finance minister's order that a state bank take
    #     the firm over (COERCE/SANCTION/REQUEST: no PLOVER type is clean for a state rescue) optional; the
    #     chairman's fall to his death forbidden (no actor, no act).
    article(REU + "17302", "1987-04-27", [
        E(["ACCUSE"], "prosecutors formally charged the chief executive", ["KOR"], KR_FIRMS, date="1987-04-27",
          location_country="KOR"),
        E(["ACCUSE"], "were laid against Hahn Sang-yon", ["KOR"], KR_FIRMS, req=False),
        E(["ACCUSE"], "illegally sent abroad more than", ["KOR"], KR_FIRMS, req=False),
        E(["ACCUSE"], "the two executives used more than", ["KOR"], KR_FIRMS, req=False),
        E(["ACCUSE"], "has sent banking experts to the United States to investigate", ["KOR"], KR_FIRMS,
          req=False),
        E(["COERCE", "SANCTION", "REQUEST"], "ordered the state-owned Korea Exchange Bank", ["KOR"], KR_FIRMS,
          req=False),
    ], forbid=[F("Park plunged to his death")],
        places=[P("United States", "USA")],
        dates=[D("April 19", "1987-04-19"), D("last week", "1987-04")],
        quantities=[Q("15 mln dlrs", 15000000, "USD"), Q("2.7 mln dlrs", 2700000, "USD")]),

    # 12. reuters-10525 (Fri 1987-03-27, Paris): Nigeria and France signed a bilateral agreement rescheduling
    #     Nigeria's official debt yesterday, after a similar accord with Britain on Tuesday. Signing an agreement
    #     SUPPORT (manual: "ratify, sign, or finalize an agreement", as gold-nineteenth; AGREE accepted; both
    #     states as actor and recipient) for both accords, required; the signing's restatement, the talks with
    #     CoFACE CONSULT, the December Paris Club accord (historical), the minister's onward trip to London
    #     CONSULT, CoFACE's 1983 suspension of cover SANCTION (historical) and the credits Nigeria is due to
    #     receive AID (future) optional; Nigeria's hopes, the French minister's pending decision and the credits'
    #     condition forbidden.
    article(REU + "10525", "1987-03-27", [
        E(["SUPPORT", "AGREE"], "have signed a bilateral agreement to reschedule", ["NGA", "FRA"], ["FRA", "NGA"],
          date="1987-03-26", location_country="FRA"),
        E(["SUPPORT", "AGREE"], "The accord was signed here yesterday", ["NGA", "FRA"], ["FRA", "NGA"], req=False,
          date="1987-03-26"),
        E(["CONSULT"], "after talks with CoFACE", ["NGA"], ["FRA"], req=False),
        E(["SUPPORT", "AGREE"], "a similar agreement with Britain this week", ["NGA", "GBR"], ["GBR", "NGA"],
          req=False, date="1987-03-24"),
        E(["SUPPORT", "AGREE"], "signed on Tuesday with Britain's", ["NGA", "GBR"], ["GBR", "NGA"],
          date="1987-03-24"),
        E(["AGREE", "SUPPORT"], "follows an accord between Nigeria and the Paris", ["NGA", IGO], [IGO, "NGA"],
          req=False, modality=H, date="1986-12"),
        E(["CONSULT"], "Okongwu left Paris today for London", ["NGA"], ["GBR"], req=False, date="1987-03-27"),
        E(["SANCTION"], "CoFACE suspended its cover", ["FRA"], ["NGA"], req=False, modality=H, date="1983"),
        E(["AID"], "Nigeria is due to receive 900 mln dlrs", recipient=["NGA"], req=False, modality=FUT),
    ], forbid=[F("Nigeria is hoping that further bilateral accords"),
               F("it was for French Finance Minister"),
               F("these credits cannot be approved")],
        places=[P("London", "GBR", 51.51, -0.13), P("Nigeria", "NGA"), P("France", "FRA"), P("Britain", "GBR")],
        dates=[D("yesterday", "1987-03-26"), D("this week", "1987-03"), D("on Tuesday", "1987-03-24"),
               D("in December", "1986-12"), D("today", "1987-03-27"), D("in 1983", "1983")],
        quantities=[Q("7.5 billion dlrs", 7500000000, "USD"), Q("900 mln dlrs", 900000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
