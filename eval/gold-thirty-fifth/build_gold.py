"""Writes articles.json for the thirty-fifth article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 800; 451-799
are gold-thirty-fourth's) that report acts of political actors: the EC and Norway, Italy's regulators taking over
a savings bank, Brazil's finance minister rejecting a British suggestion, EC states and Japan (analysis), a US
official on Japan's hopes to avoid sanctions, Chirac and the EC oils tax, the US-Argentina soy-product settlement,
a Venezuelan central bank chief's resignation, the US Senate's call for chip sanctions, US-Japan farm talks set,
West German aid to Bolivia, and the US opposition to the EC oils tax.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community and its Commission: EUR or IGO (earlier golds)
EC_MEMBERS = ["BEL", "DNK", "DEU", "GRC", "ESP", "FRA", "IRL", "ITA", "LUX", "NLD", "PRT", "GBR"]
EC_COUNCIL = EC + EC_MEMBERS       # EC member states' diplomats or ministers together: the EC or any member state
US_AR = ["USA", "ARG"]
US_JP = ["USA", "JPN"]
DE_BO = ["DEU", "BOL"]
IT_FIRM = ["ITA", MNC]             # an Italian savings bank: its country or MNC (firms, earlier golds)
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-18046 (Tue 1987-06-02, Oslo): EC officials welcome Norway's move to renew a public debate on EC
    #    membership but say Norway should not expect special trade advantages outside the EC; the trade commissioner
    #    says this week's high-level talks with Norway's government clarified misconceptions. The welcome SUPPORT
    #    (EC to NOR), the refusal of special advantages REJECT and the talks CONSULT (either side as actor: the text
    #    does not say who visits; in Norway; "this week" 1987-06) required; the quoted "cannot be in the club" (a
    #    restatement), the 1972 referendum's rejection (historical), Norway's attempts to adapt its trade ties
    #    REQUEST and the government's report to parliament asking for a reassessment (domestic; last month)
    #    optional.
    article(REU + "18046", "1987-06-02", [
        E(["SUPPORT"], "European Community officials welcomed", EC, ["NOR"], location_country="NOR"),
        E(["REJECT"], "Norway should not expect special trade advantages", EC, ["NOR"], location_country="NOR"),
        E(["CONSULT"], "high level talks this week with Norway's minority Labour government", EC + ["BEL", "NOR"],
          ["NOR"] + EC, date="1987-06", location_country="NOR"),
        E(["REJECT"], "Norway's narrow rejection of EC membership", ["NOR"], EC, req=False, modality=H,
          date="1972"),
        E(["REJECT"], "cannot be in the club and remain outside", EC + ["BEL"], ["NOR"], req=False),
        E(["REQUEST"], "referring to Norway's attempts to adapt its EC trade ties", ["NOR"], EC, req=False),
        E(["REQUEST"], "sent a report to parliament asking political parties", ["NOR"], ["NOR"], req=False,
          date="1987-05"),
    ], places=[P("Norway", "NOR")],
        dates=[D("this week", "1987-06"), D("1972", "1972"), D("1992", "1992"), D("last month", "1987-05")]),

    # 2. reuters-8079 (Sun 1987-03-22, Rome): the Bank of Italy's governor appoints three commissioners to take over
    #    the running of a Calabrian savings bank, after the Treasury minister's decision on Friday to send in special
    #    commissioners (having accepted its president's resignation and heard a report of serious irregularities).
    #    The governor's appointment and the minister's decision COERCE (the manual's `seize`: taking control of a
    #    firm's running; SANCTION accepted; ITA to the bank, ITA or MNC) required, at home (ITA); the bank
    #    president's resignation accepted RETREAT and the report of irregularities ACCUSE optional; the officials who
    #    declined details and the hoped-for solution forbidden.
    article(REU + "8079", "1987-03-22", [
        E(["COERCE", "SANCTION"], "appointed three commissioners to take over the temporary", ["ITA"], IT_FIRM,
          location_country="ITA"),
        E(["COERCE", "SANCTION"], "the decision on Friday by Treasury Minister Giovanni Goria", ["ITA"], IT_FIRM,
          date="1987-03-20", location_country="ITA"),
        E(["RETREAT"], "after accepting the resignation of Carical president", IT_FIRM, req=False),
        E(["ACCUSE"], "hearing a report detailing", ["ITA"], IT_FIRM, req=False),
    ], forbid=[F("Senior officials declined to give details"), F("it was hoped a solution could be found")],
        places=[P("Calabria", "ITA", 39.0, 16.5), P("Italy", "ITA")],
        dates=[D("Friday", "1987-03-20")]),

    # 3. reuters-765 (Mon 1987-03-02, London): Brazil's finance minister flatly rejects a British suggestion that
    #    Brazil seek IMF help for its debt talks with banks; he is in Britain on the first leg of a European tour to
    #    explain the moratorium and seek support. The rejection REJECT (BRA to GBR) and the visit CONSULT (the
    #    visitor as actor, in Britain) required; the British suggestion REQUEST (known only through the rejection),
    #    "would not help resolve the crisis" (a restatement), February 20's suspension of interest payments to banks
    #    (historical) and the support sought REQUEST optional.
    article(REU + "765", "1987-03-02", [
        E(["REJECT"], "flatly rejected a U.K", ["BRA"], ["GBR"], location_country="GBR"),
        E(["REQUEST"], "that his country seek International Monetary Fund", ["GBR"], ["BRA"], req=False),
        E(["REJECT", "ACCUSE"], "this attitude would not help resolve the crisis", ["BRA"], ["GBR"], req=False),
        E(["REJECT", "SANCTION"], "Brazil suspended indefinitely interest payments", ["BRA"], [MNC], req=False,
          modality=H, date="1987-02-20"),
        E(["CONSULT"], "Funaro was in Britain on the first leg of a tour", ["BRA"], ["GBR"],
          location_country="GBR"),
        E(["REQUEST"], "to seek support for intiatives", ["BRA"], ["GBR"], req=False),
    ], places=[P("Britain", "GBR"), P("Brazil", "BRA")],
        dates=[D("February 20", "1987-02-20")],
        quantities=[Q("68 billion dlrs", 68000000000, "USD")]),

    # 4. reuters-16139 (Mon 1987-04-13, Brussels; the one analysis piece): EC states are losing patience with Japan;
    #    senior EC diplomats react favourably to a Commission proposal to raise tariffs on Japanese products if the
    #    US carries out its threat of April 17; France's trade minister says France has decided to restrict Japanese
    #    imports through strict quality standards; Britain has threatened to withdraw Japanese banks' licences. The
    #    diplomats' favourable reaction SUPPORT (member states to the Commission: the EC or a member on both sides;
    #    at Brussels), France's decision SANCTION (the manual's `discontinue`: curtailing commercial exchanges; FRA
    #    to JPN) and Britain's threat THREATEN (future: a conditional act of its own, as the earlier golds' warnings;
    #    GBR to JPN) required; the member states' belief that Japan broke promises ACCUSE, the Commission's proposal
    #    (hypothetical tariffs), the US threat (background), the diplomats' meeting, the restriction's details,
    #    British officials' admission that the government may have gone too far, the Commission's demands on wines,
    #    airport contracts and cars REQUEST, its earlier general calls (historical) and its officials' charge of
    #    token moves ACCUSE optional; the trade war "far off", the proposed EC tariffs' design (hypothetical), Tokyo's
    #    trade figures, West Germany's "never threatened" and the conditional "if it were to withdraw licences"
    #    forbidden.
    article(REU + "16139", "1987-04-13", [
        E(["ACCUSE"], "they believe has repeatedly promised major initiatives", EC_MEMBERS, ["JPN"], req=False),
        E(["SUPPORT"], "gave a generally favourable reaction", EC_COUNCIL, EC, location_country="BEL"),
        E(["THREATEN", "SANCTION"], "the EC could raise tariffs on a range of Japanese products", EC, ["JPN"],
          req=False, modality=HYP),
        E(["THREATEN"], "Carries out a threat to make a similar move", ["USA"], ["JPN"], req=False),
        E(["CONSULT"], "The diplomats were meeting", EC_COUNCIL, req=False, location_country="BEL"),
        E(["SANCTION"], "France has decided to give Japan a taste of its own medicine", ["FRA"], ["JPN"],
          location_country="FRA"),
        E(["SANCTION"], "will be restricted by a strict application of French quality standards", ["FRA"], ["JPN"],
          req=False, modality=FUT),
        E(["THREATEN"], "Britain has threatened to withdraw the licences", ["GBR"], ["JPN", MNC], modality=FUT,
          location_country="GBR"),
        E(["CONCEDE"], "the government may have gone too far", ["GBR"], ["JPN"], req=False),
        E(["REQUEST"], "substituting general calls for action by Japan", EC, ["JPN"], req=False, modality=H),
        E(["REQUEST"], "it is, for instance, pressuring Japan", EC, ["JPN"], req=False),
        E(["ACCUSE"], "which open the door to imports by only a token amount", EC, ["JPN"], req=False),
    ], forbid=[F("an all-out trade war may be far off"),
               F("as Tokyo announced that the EC's trade deficit", allow=["CONSULT"]),
               F("The EC tariffs, which would involve renouncing obligations"),
               F("has never threatened Tokyo with sanctions"),
               F("if it were to withdraw licences for Japanese banks")],
        places=[P("Japan", "JPN"), P("Paris", "FRA", 48.86, 2.35), P("France", "FRA"), P("Britain", "GBR"),
                P("Tokyo", "JPN", 35.68, 139.69), P("London", "GBR", 51.51, -0.13), P("West Germany", "DEU"),
                P("Frankfurt", "DEU", 50.11, 8.68), P("Amsterdam", "NLD", 52.37, 4.90)],
        dates=[D("April 17", "1987-04-17"), D("March", "1987-03"), D("February", "1987-02"),
               D("1986", "1986"), D("1985", "1985")],
        quantities=[Q("2.13 billion dlrs", 2130000000, "USD"), Q("1.94 billion", 1940000000, "USD"),
                    Q("30.67 billion dlrs", 30670000000, "USD"), Q("4.5 pct", 4.5, "percent"),
                    Q("12.43 billion dlrs", 12430000000, "USD")]),

    # 5. reuters-14912 (Wed 1987-04-08, Tokyo): US under-secretary Armacost says at a press conference that Japan has
    #    little chance of persuading the US to drop the threatened sanctions, despite a Japanese team that left for
    #    Washington today; the US hopes Japan will lift its domestic economy, remove import barriers and settle trade
    #    issues. The team's visit CONSULT (the visitors as actor, begun today; AGREE accepted, at Washington) and his
    #    call on Japan REQUEST (USA to JPN, in Tokyo) required; "little chance of persuading the US to drop" (the
    #    threatened sanctions upheld: REJECT, THREATEN accepted) optional; the question's "could persuade the US not
    #    to impose tariffs" and Congress's possible legislation forbidden.
    article(REU + "14912", "1987-04-08", [
        E(["REJECT", "THREATEN"], "Japan has little chance of persuading", ["USA"], ["JPN"], req=False),
        E(["CONSULT", "AGREE"], "a Japanese team that left for Washington today", ["JPN"], ["USA"],
          date="1987-04-08", location_country="USA"),
        E(["REQUEST"], "Hopes Japan will take steps to lift its domestic economy", ["USA"], ["JPN"],
          location_country="JPN"),
    ], forbid=[F("could persuade the U.S. Not to impose tariffs"), F("whether Congress takes action")],
        places=[WASHINGTON, P("Japan", "JPN")],
        dates=[D("today", "1987-04-08")]),

    # 6. reuters-12564 (Thu 1987-04-02, Paris): French official sources say Prime Minister Chirac plans to urge the
    #    Commission's president to send experts to Washington to explain EC farm policy to Congress; Chirac returned
    #    this morning from three days of talks in New York and Washington. The planned call REQUEST (future; FRA to
    #    the EC; anonymous) and the talks CONSULT (the visitor as actor, in the United States) required; the
    #    forecast of a new trade dispute forbidden.
    article(REU + "12564", "1987-04-02", [
        E(["REQUEST"], "Chirac planned to urge EC Commission president Jacques Delors", ["FRA"], EC,
          modality=FUT, attribution="anonymous", location_country="FRA"),
        E(["CONSULT"], "after three days of talks in New York and Washington", ["FRA"], ["USA"],
          location_country="USA"),
    ], forbid=[F("could enter into a new trade dispute")],
        places=[WASHINGTON, P("Paris", "FRA", 48.86, 2.35), P("New York", "USA", 40.71, -74.01)],
        dates=[D("this morning", "1987-04-02")]),

    # 7. reuters-11984 (Wed 1987-04-01, Washington): Yeutter says the US and Argentina have settled the soy-product
    #    case at a meeting with Argentina's agriculture secretary during last week's trade ministers' meeting in New
    #    Zealand; Argentina will soon abolish its export taxes; Yeutter told him the US would consider further action
    #    unless Argentina eliminated them. The settlement AGREE (both sides; SUPPORT accepted), the meeting CONSULT
    #    (both sides as actor, no recipient; in New Zealand), Argentina's undertaking to abolish the taxes CONCEDE
    #    (future; AGREE accepted) and the conditional warning THREATEN (future; USA to ARG, in New Zealand)
    #    required; the industry's complaint ACCUSE (historical, restated) and the agencies' support of it optional;
    #    "no timetable was given" forbidden.
    article(REU + "11984", "1987-04-01", [
        E(["AGREE", "SUPPORT"], "the United States and Argentina have settled", US_AR, US_AR,
          location_country="NZL"),
        E(["CONSULT"], "the case was resolved at a meeting with Argentine Agriculture Secretary", US_AR,
          date="1987-03", location_country="NZL"),
        E(["CONCEDE", "AGREE"], "Argentina will soon abolish export taxes", ["ARG"], ["USA"], modality=FUT),
        E(["ACCUSE"], "National Soybean Processors Association alleged", ["USA"],
          ["ARG"], req=False, modality=H),
        E(["ACCUSE"], "in its complaint under Section 301", ["USA"], ["ARG"], req=False, modality=H),
        E(["SUPPORT", "ACCUSE"], "Yeutter told Figuerras that all agencies", ["USA"], ["ARG"], req=False),
        E(["THREATEN"], "the United States would consider taking further action", ["USA"], ["ARG"],
          modality=FUT, location_country="NZL"),
    ], forbid=[F("no timetable was given")],
        places=[P("Argentina", "ARG"), P("New Zealand", "NZL")],
        dates=[D("yesterday", "1987-03-31"), D("last week", "1987-03")]),

    # 8. reuters-21510 (timestamp Mon 1987-10-19, dateline Caracas Oct 18): two Venezuelan newspapers report that
    #    the central bank's president has submitted his resignation and asked President Lusinchi for a post in the
    #    oil industry; banking sources say he differed with the finance ministry over interest rates. The
    #    resignation RETREAT (the manual's `resign`; VEN) and his request REQUEST (VEN to VEN), both from the papers
    #    (attribution media), required; the policy differences and the ministry's opposition (REJECT/ACCUSE, from
    #    banking sources: anonymous) optional; the officials not available for comment forbidden.
    article(REU + "21510", "1987-10-19", [
        E(["RETREAT"], "has submitted his resignation", ["VEN"], attribution="media", location_country="VEN"),
        E(["REQUEST"], "asked President Jaime Lusinchi to transfer him", ["VEN"], ["VEN"], attribution="media",
          location_country="VEN"),
        E(["REJECT", "ACCUSE"], "Anzola differed with the Finance Ministry", ["VEN"], ["VEN"], req=False,
          attribution="anonymous"),
        E(["REJECT"], "he ran into opposition from Finance Ministry", ["VEN"], ["VEN"], req=False,
          attribution="anonymous"),
    ], forbid=[F("Central Bank officials were not available for comment")],
        quantities=[Q("33.2 pct", 33.2, "percent")]),

    # 9. reuters-7521 (Thu 1987-03-19, Washington): the US Senate unanimously calls on Reagan to force Japan to keep
    #    its chip pledge, voting 93 to 0 to urge penalties on Japanese products for what it sees as Japan's
    #    violations; Senate leaders say its adoption warns Japan that stiffer legislation would follow. The call
    #    REQUEST (the legislature to the president, its aim Japan: recipient USA or JPN, THREATEN accepted, as
    #    gold-thirtieth's MPs' motion for sanctions), the charge of
    #    violations ACCUSE (USA to JPN) and the warning THREATEN (future; USA to JPN) required; the vote's wording (a
    #    restatement), Byrd's "message", Bentsen's charge of unfair practices and Gephardt's announced bid to force
    #    surplus cuts (future) optional; "does not bind Reagan" forbidden but for the warning.
    article(REU + "7521", "1987-03-19", [
        E(["REQUEST", "THREATEN"], "has unanimously called for President Reagan", ["USA"], ["USA", "JPN"],
          location_country="USA"),
        E(["REQUEST", "THREATEN"], "voted 93 to 0 to urge Reagan to impose penalties", ["USA"], ["USA", "JPN"],
          req=False),
        E(["ACCUSE"], "what it sees as Japan's violations of the semiconductor pact", ["USA"], ["JPN"],
          location_country="USA"),
        E(["THREATEN"], "would warn Japan stiffer legislation would be considered", ["USA"], ["JPN"],
          modality=FUT, location_country="USA"),
        E(["THREATEN"], "We want to send a message to Japan", ["USA"], ["JPN"], req=False),
        E(["ACCUSE"], "correcting Japan's unfair trade practices", ["USA"], ["JPN"], req=False),
        E(["REQUEST", "THREATEN"], "would seek to force Japan and other countries", ["USA"], ["JPN"], req=False,
          modality=FUT),
    ], forbid=[F("does not bind Reagan to any action", allow=["THREATEN"])],
        places=[P("Japan", "JPN")],
        quantities=[Q("10 pct", 10, "percent"), Q("three years", 3, "years")]),

    # 10. reuters-12737 (Fri 1987-04-03, Tokyo): Japan's agriculture minister says he will meet the US agriculture
    #     secretary in Tokyo on April 17 and 20 to discuss farm trade (Lyng visits April 16 to 27); a ruling party
    #     leader will propose measures in answer to demands to ease farm import controls. The meeting to come AGREE
    #     (future meetings AGREE first, CONSULT accepted; both sides as actor, no recipient; in JPN) required; the
    #     visit (the same meetings), the party leader's measures to come CONCEDE/AGREE (future) and the US demands
    #     REQUEST (background) optional; "Kato declined to give any details" forbidden.
    article(REU + "12737", "1987-04-03", [
        E(["AGREE", "CONSULT"], "Kato said he will meet", US_JP, modality=FUT,
          date="1987-04-17", location_country="JPN"),
        E(["AGREE", "CONSULT"], "Lyng will visit Tokyo from April 16 to 27", ["USA"], ["JPN"], req=False,
          modality=FUT, date="1987-04-16", location_country="JPN"),
        E(["CONCEDE", "AGREE"], "would propose some unspecified measures", ["JPN"], ["USA"], req=False,
          modality=FUT),
        E(["REQUEST"], "in response to demands to ease import controls", ["USA"], ["JPN"], req=False),
    ], forbid=[F("Kato declined to give any details")],
        places=[P("Tokyo", "JPN", 35.68, 139.69)],
        dates=[D("April 17", "1987-04-17"), D("April 16", "1987-04-16")]),

    # 11. reuters-8594 (Tue 1987-03-24, La Paz): West Germany's president, speaking to Bolivia's congress yesterday,
    #     says German aid will rise to 91 mln marks in 1987; the two countries signed two cooperation treaties; the
    #     Bolivian foreign minister says West Germany will give 300 mln marks against the cocaine trade. The aid
    #     pledge AGREE (promises of future aid AGREE, asserted; AID accepted; DEU to BOL), the address to congress
    #     CONSULT (the visitor as actor, yesterday), the treaties SUPPORT (the manual's
    #     signing of a treaty; AGREE and COOPERATE accepted; both sides)
    #     and the anti-cocaine pledge AGREE (AID accepted) required, all in Bolivia; the call on debtors and
    #     creditors to cooperate REQUEST, the wish for an agreement AGREE and last year's aid (historical) optional.
    article(REU + "8594", "1987-03-24", [
        E(["AGREE", "AID"], "West German aid to Bolivia will rise", ["DEU"], ["BOL"], location_country="BOL"),
        E(["CONSULT"], "speaking to the Bolivian Congress yesterday", ["DEU"], ["BOL"], date="1987-03-23",
          location_country="BOL"),
        E(["REQUEST"], "Debtor countries and creditors must cooperate", ["DEU"], req=False),
        E(["AGREE"], "We wish to reach a reasonable agreement with Bolivia", ["DEU"], ["BOL"], req=False),
        E(["SUPPORT", "AGREE", "COOPERATE"], "signed two technical and financial cooperation treaties", DE_BO, DE_BO,
          location_country="BOL"),
        E(["AID"], "aid last year included 35 mln marks", ["DEU"], ["BOL"], req=False, modality=H, date="1986"),
        E(["AGREE", "AID"], "West Germany would provide 300 mln marks", ["DEU"], ["BOL"], location_country="BOL"),
    ], places=[P("Bolivia", "BOL"), P("West Germany", "DEU")],
        dates=[D("1987", "1987"), D("1986", "1986"), D("yesterday", "1987-03-23"), D("last year", "1986")],
        quantities=[Q("91 mln marks", 91000000, "DEM"), Q("380 billion dlr", 380000000000, "USD"),
                    Q("4.4 billion dlrs", 4400000000, "USD"), Q("35 mln marks", 35000000, "DEM"),
                    Q("300 mln marks", 300000000, "DEM")]),

    # 12. reuters-1848 (Wed 1987-03-04, Washington): a meeting of US government agencies today reaffirms the US's
    #     strong opposition to the EC's proposed oils and fats tax and agrees to keep up diplomatic pressure on EC
    #     member states; one source says the US will keep making clear there "will be a great cost" if Brussels
    #     proceeds; Yeutter warned on Monday of another transatlantic trade row. The reaffirmed opposition REJECT
    #     (ACCUSE accepted; USA to the EC) and Yeutter's warning of a trade row ACCUSE (a warning of a danger with
    #     no act of his own named, as gold-twenty-third's warnings; THREATEN accepted; Monday) required;
    #     the continued pressure REQUEST, the source's "great cost" THREATEN (future, anonymous) and the interagency
    #     meeting CONSULT (domestic) optional; no retaliation list yet, "not at that point yet" and "better not to be
    #     specific" forbidden.
    article(REU + "1848", "1987-03-04", [
        E(["REJECT", "ACCUSE"], "today reaffirmed the strong opposition of the United States", ["USA"], EC,
          date="1987-03-04", location_country="USA"),
        E(["REQUEST"], "to continue diplomatic pressure on EC member states", ["USA"], EC_COUNCIL, req=False),
        E(["THREATEN", "ACCUSE"], "there will be a great cost", ["USA"], EC_COUNCIL, req=False, modality=FUT,
          attribution="anonymous"),
        E(["CONSULT"], "the interagency meeting was to discuss", ["USA"], req=False),
        E(["ACCUSE", "THREATEN"], "Yeutter Monday warned another major transatlantic trade row", ["USA"], EC,
          date="1987-03-02", location_country="USA"),
    ], forbid=[F("no formal list of European products"), F("I don't think we're at that point yet"),
               F("sometimes its better not to be specific")],
        places=[P("Brussels", "BEL", 50.85, 4.35)],
        dates=[D("today", "1987-03-04"), D("Monday", "1987-03-02")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
