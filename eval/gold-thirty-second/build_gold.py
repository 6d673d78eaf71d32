"""Writes articles.json for the thirty-second article gold (written blind): twelve 1987 Reuters wire stories from
the business side of the wire (select_stories.py: gold-twenty-second's list walked on from position 333, after
gold-thirtieth) that report acts of political actors: the budget director on Reagan's veto of Congress's budget,
Japan's truck exports to North Korea stopped on government guidance, Singapore's takeover of a tycoon's shares,
Mexico's loans from the World Bank, Japan and the Paris Club, the aid donors' pledge to Indonesia, Caricom's export
credit bank, US customs bonds on Japanese goods, Brazil's bank workers' strike vote, Shultz on Tokyo's package and
the chip sanctions, the US-Canada lumber charge, Japan's pledge on US car parts and Garcia's visit to Mexico.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; firms' acts, market figures, forecasts and speculation are forbid phrases where a coder
might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, HYP, IGO, MNC, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

US_JP = ["USA", "JPN"]
PER_MEX = ["PER", "MEX"]
JP_MAKERS = ["JPN", MNC]           # Japanese truck makers acting on their government's guidance: JPN or MNC
BR_EMPLOYERS = ["BRA", MNC]        # Brazilian banks and the state oil company's owners: their country or MNC
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-19115 (Fri 1987-06-19, Washington): the budget director says on television that Reagan would veto
    #    the Democrat-controlled Congress's new budget but offers to compromise on revenues. The announced veto
    #    REJECT (future; THREATEN accepted; the executive against the legislature: USA on both sides, as
    #    gold-thirtieth's highway-bill veto) and the offer to compromise AGREE (an offer) required; the quoted veto
    #    "out of hand", the refusal of the tax increase and the quoted room to "sit down and talk" optional
    #    (restatements and details); the president's own revenue proposal forbidden but for the refusal its
    #    sentence carries (a budget figure, no act toward another).
    article(REU + "19115", "1987-06-19", [
        E(["REJECT", "THREATEN"], "President Reagan would veto the Democrat-controlled", ["USA"], ["USA"],
          modality=FUT, location_country="USA"),
        E(["AGREE"], "offered to compromise on raising revenues", ["USA"], ["USA"], location_country="USA"),
        E(["REJECT", "THREATEN"], "it will be vetoed out of hand", ["USA"], ["USA"], req=False, modality=FUT),
        E(["REJECT"], "Reagan would not accept the 19 billion dlr tax", ["USA"], ["USA"], req=False, modality=FUT),
        E(["AGREE", "CONSULT"], "we can sit down and talk with the Democrats", ["USA"], ["USA"], req=False,
          modality=HYP),
    ], forbid=[F("the president has proposed certain revenues", allow=["REJECT", "THREATEN"])],
        quantities=[Q("19 billion dlr", 19000000000, "USD")]),

    # 2. reuters-18440 (Tue 1987-06-16, Tokyo): all four Japanese makers of large trucks will stop exports to North
    #    Korea following Japanese government guidance, in answer to the US government's concern that North Korea
    #    uses Japanese trucks as missile launchers (from company spokesmen). The export stop SANCTION (manual,
    #    SANCTION `discontinue`; the makers act on their government's guidance: JPN or MNC, to PRK; future: "will
    #    stop") and the US concern ACCUSE (USA to PRK, JPN accepted: the concern was put to Tokyo; REQUEST
    #    accepted) required, the concern as the news's cause (gold-twenty-third's recent acts); the guidance itself
    #    optional (an instruction to its own firms: REQUEST JPN to JPN, SANCTION to PRK accepted); the makers' 1986
    #    shipments forbidden (trade figures).
    article(REU + "18440", "1987-06-16", [
        E(["SANCTION"], "will stop exports to North Korea", JP_MAKERS, ["PRK"], modality=FUT,
          location_country="JPN"),
        E(["REQUEST", "SANCTION"], "the issue of Japanese government guidance", ["JPN"], ["JPN", "PRK"], req=False,
          location_country="JPN"),
        E(["ACCUSE", "REQUEST"], "Government's expression of concern that North Korea", ["USA"], ["PRK", "JPN"]),
    ], forbid=[F("shipped 156 vehicles including large")],
        places=[P("North Korea", "PRK")],
        dates=[D("1986", "1986"), D("last year", "1986")],
        quantities=[Q("156 vehicles", 156, "vehicles"), Q("28 five-tonne trucks", 28, "trucks")]),

    # 3. reuters-6361 (Wed 1987-03-18, Singapore): the Singapore government has taken over 82 mln dlrs of Goodwood
    #    Park Hotel shares and loan stock belonging to the company's chairman, Khoo Teck Puat, a major shareholder of
    #    the National Bank of Brunei, which closed in November after Brunei's authorities alleged that most of its
    #    loans went to Khoo-related firms (from banking sources: anonymous). The takeover COERCE (manual, COERCE
    #    `seize`: confiscate property; SANCTION accepted; SGP to the tycoon, SGP or MNC) required; its restatement
    #    (the securities now held by the investigation department) and Brunei's allegation ACCUSE (historical,
    #    November) optional; the department's refusal to comment forbidden.
    article(REU + "6361", "1987-03-18", [
        E(["COERCE", "SANCTION"], "government has taken over 82 mln dlrs worth", ["SGP"], ["SGP", MNC],
          location_country="SGP", attribution="anonymous"),
        E(["COERCE", "SANCTION"], "securities are now held by the Commercial Affairs", ["SGP"], ["SGP", MNC],
          req=False, location_country="SGP", attribution="anonymous"),
        E(["ACCUSE"], "the Brunei authorities alleged 90 pct", ["BRN"], ["BRN", "SGP", MNC], req=False, modality=H,
          date="1986-11", location_country="BRN"),
    ], forbid=[F("The department declined to comment")],
        places=[P("Singapore", "SGP"), P("Brunei", "BRN")],
        dates=[D("November", "1986-11")],
        quantities=[Q("82 mln dlrs", 82000000, "SGD"), Q("90 pct", 90, "percent"),
                    Q("1.3 billion Brunei dlrs", 1300000000, "BND"), Q("87.3 mln dlrs", 87300000, "SGD")]),

    # 4. reuters-7937 (Fri 1987-03-20, New York): Mexico's reserves reach eight billion dlrs (its public credit
    #    director); the finance minister signed a World Bank loan yesterday, says the first tranche of a Japanese
    #    government loan will be disbursed at the end of the month, and that Mexico has concluded eight bilateral
    #    accords with government creditors of the Paris Club and hopes to finish the rest soon. The World Bank loan
    #    signed AGREE (AID accepted; Mexico and the bank either way) and the accords concluded with Paris Club
    #    creditors AGREE (SUPPORT accepted, as gold-twenty-second's debt accords; the creditors IGO) required; the
    #    Japanese tranche to come AGREE/AID (future), the IMF drawing due AID (future), the final-stage talks with
    #    the IMF CONSULT, last September's umbrella agreement AGREE (historical), the hope to finalize the remaining
    #    pacts AGREE (future) and the OECD countries' continued export credit AID optional; the bank facility Mexico
    #    expects never to use and "will know by June whether it can draw" forbidden (forecasts on bank credit).
    article(REU + "7937", "1987-03-20", [
        E(["AGREE", "AID", "SUPPORT"], "he had signed yesterday a 250 mln dlr loan", ["MEX", IGO], [IGO, "MEX"],
          date="1987-03-19"),
        E(["AGREE", "AID"], "loan from the Japanese government to support steel", ["JPN"], ["MEX"], req=False,
          modality=FUT),
        E(["AID", "AGREE"], "due to make the third drawing from its", [IGO, "MEX"], ["MEX", IGO], req=False,
          modality=FUT),
        E(["CONSULT"], "in the final stages of discussions", ["MEX", IGO], [IGO, "MEX"], req=False),
        E(["AGREE", "SUPPORT"], "has so far concluded eight bilateral accords", ["MEX", IGO], [IGO, "MEX"]),
        E(["AGREE", "SUPPORT"], "Sixteen governments signed the Paris Club umbrella", [IGO, "MEX"], ["MEX", IGO],
          req=False, modality=H, date="1986-09"),
        E(["AGREE"], "hopes to finalize pacts with the remaining eight", ["MEX"], req=False, modality=FUT),
        E(["AID", "COOPERATE"], "have continued to provide export credit facilities", [IGO], ["MEX"], req=False),
    ], forbid=[F("Mexico does not expect to draw on the commercial banks"),
               F("Mexico will know by June whether it can draw")],
        places=[P("Mexico", "MEX")],
        dates=[D("this year", "1987"), D("April 1988", "1988-04"), D("yesterday", "1987-03-19"),
               D("today", "1987-03-20"), D("last September", "1986-09"),
               D("June", "1987-06")],
        quantities=[Q("1.5 billion dlrs", 1500000000, "USD"), Q("eight billion dlrs", 8000000000, "USD"),
                    Q("six billion dlr", 6000000000, "USD"), Q("1.2 billion dlr", 1200000000, "USD"),
                    Q("451 mln dlrs", 451000000, "USD"), Q("500 mln dlr", 500000000, "USD"),
                    Q("250 mln dlr", 250000000, "USD"), Q("one billion dlr", 1000000000, "USD"),
                    Q("1.8 billion dlrs", 1800000000, "USD"), Q("eight bilateral accords", 8, "accords"),
                    Q("Sixteen governments", 16, "countries")]),

    # 5. reuters-18681 (Thu 1987-06-18, The Hague): the aid donors of the Inter Governmental Group on Indonesia
    #    pledge 3.15 billion dlrs of fresh funds after a two-day meeting; their statement commends Indonesia's steps
    #    and says it must take further steps (deregulation, agriculture, private sector, domestic resources). The
    #    pledge AGREE (manual: promises of future aid are AGREE; AID accepted; the donor group IGO to IDN), the praise
    #    SUPPORT and the call for further steps REQUEST required; the further calls REQUEST, the meeting CONSULT,
    #    last year's allocation (historical) and the World Bank's recommendation REQUEST optional.
    article(REU + "18681", "1987-06-18", [
        E(["AGREE", "AID"], "Aid donors to Indonesia pledged a total", [IGO], ["IDN"], location_country="NLD"),
        E(["CONSULT"], "two day meeting of the Inter", [IGO, "IDN"], ["IDN", IGO], req=False,
          location_country="NLD"),
        E(["AGREE", "AID"], "allocated at last year's meeting", [IGO], ["IDN"], req=False, modality=H,
          date="1986"),
        E(["REQUEST"], "the World Bank's recommendation of 2.5 billion", [IGO], req=False),
        E(["SUPPORT"], "The Group commended Indonesia", [IGO], ["IDN"], location_country="NLD"),
        E(["REQUEST"], "Indonesia must take further steps", [IGO], ["IDN"], location_country="NLD"),
        E(["REQUEST"], "It also called for policies supporting", [IGO], ["IDN"], req=False),
        E(["REQUEST"], "It called on Indonesia to mobilise", [IGO], ["IDN"], req=False),
    ], places=[P("Indonesia", "IDN"), P("Jakarta", "IDN", -6.21, 106.85)],
        dates=[D("last year", "1986")],
        quantities=[Q("3.15 billion dlrs", 3150000000, "USD"), Q("2.6 billion dlrs", 2600000000, "USD"),
                    Q("2.5 billion guilders", 2500000000, "NLG")]),

    # 6. reuters-19980 (Mon 1987-06-29, Castries, St Lucia): finance ministers of the 13-member Caribbean Community
    #    approve a draft agreement for a Caribbean Export Credit Bank; Caricom leaders are attending their annual
    #    meeting. The approval AGREE (Caricom IGO, no recipient: its members among themselves) and the leaders'
    #    meeting CONSULT required (told as under way; at the dateline's place: LCA); the capital to come from member
    #    governments AGREE/AID (future) optional; the projected capitalisation forbidden.
    article(REU + "19980", "1987-06-29", [
        E(["AGREE"], "approved a draft agreement for a new export credit facility", [IGO],
          location_country="LCA"),
        E(["AGREE", "AID"], "will come from Caricom member governments", [IGO], req=False, modality=FUT),
        E(["CONSULT"], "leaders are attending their annual meeting", [IGO], location_country="LCA"),
    ], forbid=[F("Capitalisation is projected at 60 mln dlrs")],
        places=[P("Barbados", "BRB")],
        dates=[D("January 1, 1988", "1988-01-01"), D("last year", "1986")],
        quantities=[Q("17 mln dlrs", 17000000, "USD"), Q("60 mln dlrs", 60000000, "USD")]),

    # 7. reuters-12976 (Fri 1987-04-03, Washington): the Customs Bureau has begun levying bonds on certain Japanese
    #    goods (since March 31) pending Reagan's final decision on April 17 on the planned 100 pct tariffs, the
    #    retaliation for Japan's failure to keep the July 1986 chip agreement. The bonding SANCTION (USA to JPN)
    #    required; its restatement (March 31), the planned tariffs THREATEN (future; SANCTION accepted: announced
    #    measures awaiting a decision), the charge of Japan's failure ACCUSE and the 1986 agreement (historical)
    #    optional.
    article(REU + "12976", "1987-04-03", [
        E(["SANCTION"], "has begun to levy on bond on certain Japanese goods", ["USA"], ["JPN"],
          location_country="USA"),
        E(["THREATEN", "SANCTION"], "on imposing the planned 100 pct tariff", ["USA"], ["JPN"], req=False,
          modality=FUT, date="1987-04-17"),
        E(["SANCTION"], "bonding began on March 31", ["USA"], ["JPN"], req=False, date="1987-03-31",
          location_country="USA"),
        E(["THREATEN", "SANCTION"], "penalties are to be levied on variety", ["USA"], ["JPN"], req=False,
          modality=FUT),
        E(["ACCUSE"], "failure to comply with a July 1986 agreement", ["USA"], ["JPN"], req=False),
    ], places=[P("Japan", "JPN")],
        dates=[D("April 17", "1987-04-17"), D("March 31", "1987-03-31"), D("July 1986", "1986-07")],
        quantities=[Q("100 pct", 100, "percent")]),

    # 8. reuters-5330 (Mon 1987-03-16, Campinas): Brazilian bank workers vote at a rally to launch a nationwide
    #    strike on March 24 unless their demand for 100 pct pay rises is met; seamen's stoppage in its third week;
    #    55,000 oil workers threaten action against Petrobras. The strike vote THREATEN (future, conditional:
    #    gold-nineteenth's strike authorisation; PROTEST accepted; workers BRA to the banks BRA or MNC), the seamen's
    #    strike PROTEST (gold-twenty-eighth's 3329: BRA to the shipowners) and the oil workers' threat THREATEN (to
    #    the state-owned company: BRA) required; the conditional vote's restatement at the rally optional (the
    #    demand no separate event); the union president's forecast of the stoppage's reach forbidden.
    article(REU + "5330", "1987-03-16", [
        E(["THREATEN", "PROTEST"], "voted to launch a nationwide strike this month", ["BRA"], BR_EMPLOYERS,
          modality=FUT, location_country="BRA"),
        E(["THREATEN", "PROTEST"], "voted to strike on March 24 unless", ["BRA"], BR_EMPLOYERS, req=False,
          modality=FUT, location_country="BRA"),
        E(["PROTEST"], "a stoppage by seamen entered its third week", ["BRA"], BR_EMPLOYERS,
          location_country="BRA"),
        E(["THREATEN"], "oil workers threatened action against the", ["BRA"], BR_EMPLOYERS,
          location_country="BRA"),
    ], forbid=[F("the indefinite stoppage would affect all banks")],
        places=[P("Sao Paulo", "BRA", -23.55, -46.63)],
        dates=[D("this month", "1987-03"), D("March 24", "1987-03-24")],
        quantities=[Q("5,000 bank workers", 5000, "people"), Q("100 pct", 100, "percent"),
                    Q("152 unions", 152, "unions"), Q("700,000 workers", 700000, "people"),
                    Q("55,000 oil workers", 55000, "people"), Q("100 km", 100, "km")]),

    # 9. reuters-18148 (Tue 1987-06-02, Rome; Shultz speaking from Washington in a televised news conference): the
    #    Secretary of State says Tokyo's 6,000 billion yen package went further than the US expected, but the US
    #    will not lift its sanctions on Japanese imports until Tokyo changes its chip sales policies. The praise
    #    SUPPORT (USA to JPN) and the refusal to lift the sanctions REJECT (REQUEST accepted: the condition is a
    #    demand) required; the quoted heartening praise, the conditional lifting AGREE (hypothetical), April's
    #    duties SANCTION and their charge ACCUSE (historical) and the advice to West Germany REQUEST optional;
    #    the question whether the US "might decide" at the Venice summit and the deficit forecast forbidden.
    article(REU + "18148", "1987-06-02", [
        E(["SUPPORT"], "said the 6,000 billion yen economic package", ["USA"], ["JPN"], location_country="USA"),
        E(["REJECT", "REQUEST"], "Would not lift the selective economic sanctions", ["USA"], ["JPN"],
          location_country="USA"),
        E(["SUPPORT"], "it was heartening that the Japanese", ["USA"], ["JPN"], req=False),
        E(["AGREE", "RETREAT"], "They will be lifted as the facts of change", ["USA"], ["JPN"], req=False,
          modality=HYP),
        E(["SANCTION"], "Imposed 100 pct import duties on personal computers", ["USA"], ["JPN"], req=False,
          modality=H, date="1987-04"),
        E(["ACCUSE"], "alleging that Japan had violated", ["USA"], ["JPN"], req=False, modality=H),
        E(["REQUEST"], "would also do well to look at what they could do", ["USA"], ["DEU"], req=False),
    ], forbid=[F("Might decide at next week's Venice summit"),
               F("the deficit would probably be reduced")],
        places=[P("Tokyo", "JPN", 35.68, 139.69), WASHINGTON, P("Japan", "JPN"), P("United States", "USA"),
                P("Venice", "ITA", 45.44, 12.33), P("West Germany", "DEU")],
        dates=[D("last week", "1987-05"), D("April", "1987-04"), D("next week", "1987-06"),
               D("last September", "1986-09")],
        quantities=[Q("6,000 billion yen", 6000000000000, "JPY"), Q("100 pct", 100, "percent"),
                    Q("35 billion dlrs", 35000000000, "USD")]),

    # 10. reuters-5132 (Fri 1987-03-13, Washington): the Commerce Department says all Canadian firms have begun to
    #     pay the agreed 15 pct lumber surcharge, after talks with Canadian officials about rumours of evasion; the
    #     undersecretary is gratified and will see the agreement fully carried out. The talks CONSULT (USA and CAN)
    #     and the undersecretary's praise SUPPORT (USA to CAN, the Canadian firms MNC accepted) required; the lede's
    #     statement of compliance SUPPORT, his intention to see the pact carried out and last December's agreement
    #     AGREE (historical) optional; the officials declining to say whether firms evaded forbidden.
    article(REU + "5132", "1987-03-13", [
        E(["SUPPORT"], "Canadian firms have begun to pay an agreed", ["USA"], ["CAN", MNC], req=False),
        E(["CONSULT"], "after talks with Canadian officials", ["USA", "CAN"], ["CAN", "USA"]),
        E(["AGREE"], "agreed last December to the 15 pct charge", ["CAN", "USA"], ["USA", "CAN"], req=False,
          modality=H, date="1986-12"),
        E(["SUPPORT"], "We are gratified to learn", ["USA"], ["CAN", MNC], location_country="USA"),
        E(["AGREE", "REQUEST"], "he intended to see that it was fully carried out", ["USA"], ["CAN"], req=False),
    ], forbid=[F("declined to say if any Canadian companies")],
        places=[P("Canada", "CAN")],
        dates=[D("last December", "1986-12")],
        quantities=[Q("15 pct", 15, "percent")]),

    # 11. reuters-208 (Thu 1987-02-26, Washington): the Commerce Department says Japan has pledged to try to buy
    #     more US car parts and to exchange data to monitor the purchases; US negotiators opened the talks last
    #     August. The pledge AGREE (JPN to USA) required; its restatements and details (data exchange, long-term
    #     contracts, monitoring), the talks opened last August CONSULT (historical) and last year's statement that
    #     US parts makers are not welcome ACCUSE (historical) optional; the trade figures forbidden.
    article(REU + "208", "1987-02-26", [
        E(["AGREE"], "Japan has pledged to try to increase", ["JPN"], ["USA"]),
        E(["CONSULT"], "negotiators opened talks last August with Japanese officials", US_JP, US_JP, req=False,
          modality=H, date="1986-08"),
        E(["AGREE"], "Japan had agreed to try to increase purchases", ["JPN"], ["USA"], req=False),
        E(["AGREE"], "Japan agreed to try to devise a way", ["JPN"], ["USA"], req=False),
        E(["ACCUSE"], "said in a statement last year that", ["USA"], ["JPN"], req=False, modality=H, date="1986"),
    ], forbid=[F("It estimated that while Japan's car firms sold")],
        places=[P("Japan", "JPN"), P("United States", "USA")],
        dates=[D("last August", "1986-08"), D("last year", "1986"), D("1985", "1985")],
        quantities=[Q("five billion dlr", 5000000000, "USD"), Q("one per cent", 1, "percent"),
                    Q("55 billion dlr", 55000000000, "USD")]),

    # 12. reuters-9715 (Thu 1987-03-26, Mexico City): Peru's President Garcia ends a two-day official visit to
    #     Mexico; he and President de la Madrid issue a joint declaration calling the debt problem an expression of
    #     an unjust economic order and sign trade, tourism and technical cooperation agreements. The visit CONSULT
    #     (the visitor as actor), the joint declaration AGREE (ACCUSE accepted: its content is a charge with no
    #     recipient) and the agreements signed AGREE (SUPPORT and COOPERATE accepted) required; Garcia's denial that
    #     Peru tries to export its debt stance REJECT (the headline's statement, no act toward another), Peru's IMF bar
    #     SANCTION (standing, since its debt ceiling) and Mexico's loan package with its banks (last week, banks:
    #     MNC) optional; "no Latin American debtors' club was about to appear" forbidden (speculation).
    article(REU + "9715", "1987-03-26", [
        E(["REJECT"], "his government was not trying to convince other nations", ["PER"], req=False),
        E(["CONSULT"], "official two-day visit to Mexico yesterday", ["PER"], ["MEX"], date="1987-03-25",
          location_country="MEX"),
        E(["AGREE", "ACCUSE", "SUPPORT"], "issued a joint declaration yesterday", PER_MEX, PER_MEX,
          date="1987-03-25", location_country="MEX"),
        E(["AGREE", "SUPPORT", "COOPERATE"], "The two presidents also signed a variety of agreements", PER_MEX,
          PER_MEX, location_country="MEX"),
        E(["SANCTION"], "Peru has been barred from International Monetary Fund lending", [IGO], ["PER"],
          req=False),
        E(["AGREE"], "last week signed a 7.7 billion dlr loan package", ["MEX"], [MNC], req=False, modality=H,
          date="1987-03"),
    ], forbid=[F("no Latin American debtors' club was about to appear")],
        places=[P("Mexico", "MEX"), P("Peru", "PER"), P("Lima", "PER", -12.05, -77.04)],
        dates=[D("yesterday", "1987-03-25"), D("last week", "1987-03"), D("tomorrow", "1987-03-27")],
        quantities=[Q("14 billion dlr", 14000000000, "USD"), Q("10 pct", 10, "percent"),
                    Q("7.7 billion dlr", 7700000000, "USD")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
