"""Builds articles.json for the sixty-fifth article gold (written blind, 'gold-sixty-eighth'): the 5 Reuters-21578
records that select_stories.py takes from the long remainder list's positions 137-203, annotated by hand with the
shorthands of eval/gold_authoring.py, in the conventions of the earlier golds' build scripts. `file` is
reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body only); `published` is the date of the record's
timestamp, relative dates resolved against it. Only the political acts are required events; firms' acts,
non-comments and speculation are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, MNC, NGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                   # the European Community: EUR or IGO (earlier golds)
G7_PARTNERS = ["USA", "JPN", "FRA", "ITA", "GBR", "CAN", IGO]  # West Germany's summit partners (Group of Seven)
PARIS_CLUB = [IGO]                  # the Paris Club of creditor governments, IGO as the earlier golds
ICCO = [IGO]                        # the International Cocoa Organization and its council
VENICE = P("Venice", "ITA", 45.44, 12.33)
LONDON = P("London", "GBR", 51.51, -0.13)

ARTICLES = [
    # 1. reuters-17598 (Mon 1987-06-01, Bonn): West Germany will stand firm at next week's Venice summit against
    #    foreign pressure to follow Japan's example of a stimulus package, West German officials said; Washington
    #    officials spoke at the weekend of behind-the-scenes consultations with Kohl to secure a pledge; Italy's
    #    central bank governor Ciampi has criticized West Germany's reluctance; officials said it was inconceivable
    #    that Kohl would make concessions in Venice; Mulford said Europeans and the US were worried by flagging German
    #    growth; West Germany has pledged to review measures should growth be endangered; the Bundesbank will keep
    #    rates down but plans no discount cut; Kohl expects no new initiatives and said he would remind Washington and
    #    Tokyo of their Paris promises. The refusal REJECT (DEU to its G-7 partners; future: at next week's summit;
    #    anonymous: unnamed West German officials; in ITA, at Venice) required; the US consultations CONSULT
    #    (anonymous), Ciampi's criticism ACCUSE (ITA to DEU), the refusal restated (REJECT, future), Mulford's concern
    #    ACCUSE (USA to DEU), the pledge to review AGREE (historical) and Kohl's coming reminder REQUEST (future)
    #    optional. Japan's package and the Bundesbank's rates are domestic policy, not events.
    article(REU + "17598", "1987-06-01", [
        E(["REJECT"], "will stand firm at next week's economic summit", ["DEU"], G7_PARTNERS, modality=FUT,
          attribution="anonymous", location_country="ITA"),
        E(["CONSULT"], "behind-the-scenes consultations with Chancellor Helmut Kohl", ["USA"], ["DEU"], req=False,
          attribution="anonymous"),
        E(["ACCUSE"], "has also criticized West Germany's reluctance", ["ITA"], ["DEU"], req=False),
        E(["REJECT"], "inconceivable that Kohl would make any concessions", ["DEU"], G7_PARTNERS, req=False,
          modality=FUT, attribution="anonymous", location_country="ITA"),
        E(["ACCUSE"], "worried by flagging German growth", ["USA"], ["DEU"], req=False),
        E(["AGREE"], "has pledged to review possible measures", ["DEU"], G7_PARTNERS, req=False, modality=H),
        E(["REQUEST"], "would remind both Washington and Tokyo", ["DEU"], ["USA", "JPN"], req=False, modality=FUT),
    ], places=[VENICE, P("West Germany", "DEU"), P("Japan", "JPN"), P("Washington", "USA", 38.90, -77.04),
               P("Italy", "ITA"), P("France", "FRA"), P("Bonn", "DEU", 50.73, 7.10), P("Paris", "FRA", 48.86, 2.35),
               P("United States", "USA"), P("Tokyo", "JPN", 35.68, 139.69)],
        dates=[D("1990", "1990"), D("last month", "1987-05"), D("today", "1987-06-01"), D("February", "1987-02")],
        quantities=[Q("6,000 billion yen", 6000000000000, "JPY"), Q("three pct", 3, "percent")]),

    # 2. reuters-8055 (Fri 1987-03-20, La Paz; an economic spotlight): Bolivia is preparing for a second IMF
    #    agreement; a Fund spokesman said an IMF team would visit La Paz shortly to discuss its terms; the IMF has
    #    disbursed 130 mln dlrs under the one-year accord ending this month; the accord opened the door to rescheduling
    #    talks with the Paris Club, Argentina and Brazil; central bank president Nogales said the Paris Club talks had
    #    been extremely successful: the Club agreed to reschedule the debt over 10 years and waived interest until the
    #    end of 1988; bilateral talks on interest continue; Bolivia will over the next few months make a one-time offer
    #    to buy back its commercial bank debt at its secondary-market price, which the banks' steering committee agreed
    #    in New York to consider. The IMF team's coming visit AGREE (CONSULT accepted: a future visit; IGO to BOL;
    #    future; official: the Fund's spokesman; in BOL), the Paris Club's rescheduling AGREE (CONCEDE, COOPERATE
    #    accepted; IGO to BOL; official: Nogales) and the coming buy-back offer AGREE (BOL to the creditor banks MNC;
    #    future) required; the preparation for a second agreement AGREE (CONSULT accepted; future), the IMF's
    #    disbursements AID (historical), the Paris Club talks CONSULT, the bilateral talks CONSULT, the proposal
    #    restated (AGREE) and the steering committee's agreement to consider it (MNC to BOL; in USA) optional.
    article(REU + "8055", "1987-03-20", [
        E(["AGREE", "CONSULT"], "an IMF team would visit La Paz shortly", [IGO], ["BOL"], modality=FUT,
          location_country="BOL"),
        E(["AGREE", "CONCEDE", "COOPERATE"], "the Paris Club had agreed to reschedule", PARIS_CLUB, ["BOL"]),
        E(["AGREE"], "would make a one-time offer to buy back", ["BOL"], [MNC], modality=FUT),
        E(["AGREE", "CONSULT"], "is preparing for a second International Monetary Fund agreement", ["BOL"], [IGO],
          req=False, modality=FUT),
        E(["AID"], "the IMF had disbursed 130 mln dlrs here", [IGO], ["BOL"], req=False, modality=H,
          location_country="BOL"),
        E(["CONSULT"], "had been extremely successful", ["BOL"] + PARIS_CLUB, ["BOL"] + PARIS_CLUB, req=False),
        E(["CONSULT"], "Bilateral discussions on interest rates continue", ["BOL"] + PARIS_CLUB,
          ["BOL"] + PARIS_CLUB, req=False),
        E(["AGREE"], "The government is also proposing a novel solution", ["BOL"], [MNC], req=False),
        E(["AGREE"], "agreed at a meeting in New York to consider the proposal", [MNC], ["BOL"], req=False,
          modality=H, location_country="USA"),
    ], places=[P("Bolivia", "BOL"), P("La Paz", "BOL", -16.50, -68.15), P("Argentina", "ARG"), P("Brazil", "BRA"),
               P("New York", "USA", 40.71, -74.01), P("Chile", "CHL")],
        dates=[D("1980", "1980"), D("1988", "1988"), D("august 1985", "1985-08"), D("March, 1984", "1984-03")],
        quantities=[Q("130 mln dlrs", 130000000, "USD"), Q("60-mln-dlr", 60000000, "USD"),
                    Q("2.5 billion dlrs", 2500000000, "USD"), Q("4.0-billion-dlr", 4000000000, "USD"),
                    Q("900 mln dlrs", 900000000, "USD"), Q("23,000 pct", 23000, "percent"),
                    Q("10 years", 10, "years")]),

    # 3. reuters-10927 (Mon 1987-03-30, London): Nigeria plans to issue on April 7 a further 1.5 billion dlrs of
    #    short-term promissory notes to its uninsured trade creditors for existing arrears, Law Debenture Trust said as
    #    the notes' trustee; Nigeria also plans to hold talks with a newly appointed representative of those creditors
    #    and will call an extraordinary meeting of noteholders; Nigeria missed payments on the notes; it is negotiating
    #    bilateral agreements with Paris Club members under a multilateral pact reached in December, accords reached so
    #    far with Britain and France; the commercial bank package is not yet signed. The notes' issue AGREE (COOPERATE
    #    accepted: a promised debt settlement; NGA to the trade creditors MNC; future, April 7; organization: the
    #    trustee) and the planned talks with the creditors' representative AGREE (CONSULT accepted; future;
    #    organization) required; the noteholders' meeting AGREE (future), the representative's coming talks CONSULT
    #    (future; in GBR), the Paris Club negotiations CONSULT, the December pact AGREE (historical), the bilateral
    #    accords with Britain and France AGREE (historical), the talks begun last April CONSULT (historical) and the
    #    banks' insistence REQUEST (MNC to NGA; historical) optional; the trustee's not knowing when the representative
    #    would meet the Nigerians forbidden but for AGREE and CONSULT.
    article(REU + "10927", "1987-03-30", [
        E(["AGREE", "COOPERATE"], "plans to issue on April 7", ["NGA"], [MNC], modality=FUT, date="1987-04-07",
          attribution="organization"),
        E(["AGREE", "CONSULT"], "plans to hold talks with a newly appointed representative", ["NGA"], [MNC],
          modality=FUT, attribution="organization"),
        E(["AGREE"], "an extraordinary meeting of noteholders", ["NGA"], [MNC], req=False, modality=FUT,
          attribution="organization"),
        E(["CONSULT"], "Murison will begin talks with Nigeria", [MNC], ["NGA"], req=False, modality=FUT,
          attribution="organization", location_country="GBR"),
        E(["CONSULT"], "attempting to negotiate bilateral agreements", ["NGA"] + PARIS_CLUB, ["NGA"] + PARIS_CLUB,
          req=False, attribution="organization"),
        E(["AGREE"], "a multilateral pact on these debts reached in December", ["NGA"] + PARIS_CLUB,
          ["NGA"] + PARIS_CLUB, req=False, modality=H, date="1986-12"),
        E(["AGREE"], "bilateral accords have been reached", ["NGA", "GBR", "FRA"], ["NGA", "GBR", "FRA"], req=False,
          modality=H),
        E(["CONSULT"], "When talks began last April", ["NGA", MNC], ["NGA", MNC], req=False, modality=H,
          date="1986-04"),
        E(["REQUEST"], "the commercial banks insisted", [MNC], ["NGA"], req=False, modality=H),
    ], forbid=[F("he did not know when the new representative", allow=["AGREE", "CONSULT"])],
        places=[P("Nigeria", "NGA"), LONDON, P("France", "FRA")],
        dates=[D("April 7", "1987-04-07"), D("January", "1987-01"), D("December", "1986-12"),
               D("end-May", "1987-05"), D("last April", "1986-04"), D("last year", "1986")],
        quantities=[Q("1.5 billion dlrs", 1500000000, "USD"), Q("30 mln dlrs", 30000000, "USD"),
                    Q("19 billion dlrs", 19000000000, "USD"), Q("four weeks", 4, "weeks")]),

    # 4. reuters-17477 (Mon 1987-06-01, Manila): Philippine Coconut Authority chairman Romero said he would visit
    #    Brussels later this month to lobby against a proposed 100 pct EC levy on vegetable oil imports ("I intend to
    #    visit Brussels and talk to whoever is putting up this devilish scheme to impoverish third world countries");
    #    EC members led by West Germany, the Netherlands, Denmark and Norway opposed the tax; another threat lay in an
    #    EC warning on aflatoxin in copra meal, whose standard he called too rigid; he would tell buyers in London the
    #    Philippines was doing its best; a US soybean group spends billions to discredit coconut oil; domestic land
    #    reform and prices. The coming visit to lobby AGREE (REQUEST and CONSULT accepted: a future visit to press a
    #    demand; PHL to the EC; future, 1987-06; in BEL) required; the quoted visit restated and his charge of a
    #    "devilish scheme" ACCUSE, the members' opposition REJECT (historical), the EC warning (ACCUSE, THREATEN; no
    #    recipient code), his criticism of the standard ACCUSE (REJECT accepted) and his charge against the soybean
    #    association ACCUSE (PHL to USA or NGO) optional.
    article(REU + "17477", "1987-06-01", [
        E(["AGREE", "REQUEST", "CONSULT"], "he would visit Brussels later this month", ["PHL"], EC, modality=FUT,
          date="1987-06", location_country="BEL"),
        E(["AGREE", "REQUEST", "CONSULT"], "I intend to visit Brussels", ["PHL"], EC, req=False, modality=FUT,
          location_country="BEL"),
        E(["ACCUSE"], "this devilish scheme to impoverish third world countries", ["PHL"], EC, req=False),
        E(["REJECT"], "were opposed to the tax", ["DEU", "NLD", "DNK", "NOR"] + EC, EC, req=False, modality=H),
        E(["ACCUSE", "THREATEN"], "an EC warning that copra meal cake", EC, req=False, modality=H),
        E(["ACCUSE", "REJECT"], "was too rigid", ["PHL"], EC, req=False),
        E(["ACCUSE"], "is spending billions of dollars to discredit", ["PHL"], ["USA", NGO], req=False),
    ], places=[P("Brussels", "BEL", 50.85, 4.35), P("Philippines", "PHL"), P("West Germany", "DEU"),
               P("Netherlands", "NLD"), P("Denmark", "DNK"), P("Norway", "NOR"), LONDON, P("Indonesia", "IDN"),
               P("Malaysia", "MYS")],
        dates=[D("later this month", "1987-06"), D("October 1988", "1988-10"), D("1971", "1971"),
               D("1986", "1986")],
        quantities=[Q("100 pct", 100, "percent"), Q("817,641 tonnes", 817641, "tonnes"),
                    Q("73.5 mln dlrs", 73500000, "USD"), Q("3.2 mln hectares", 3200000, "hectares")]),

    # 5. reuters-10760 (Mon 1987-03-30, London): the buffer stock rules agreement reached on Friday by the ICCO is an
    #    improvement but unlikely to do more than stem the price decline, delegates and traders said; the accord was
    #    reached between producers and consumers of the 35-member council after two weeks of talks; the buffer stock
    #    manager is expected to begin buying within three weeks; the council chairman, Ivorian Agriculture Minister Bra
    #    Kanon, said the rules have a good chance; Ghana made a formal protest to the council about the differentials
    #    for its cocoa; the consumer spokesman spoke of a very sensitive compromise; some EC delegates were not
    #    satisfied; the ICCO will discuss withholding rules at a June meeting. The accord AGREE (IGO: the council of
    #    producer and consumer states; March 27) and Ghana's formal protest ACCUSE (PROTEST accepted: a diplomatic
    #    protest, as the earlier golds; GHA to the ICCO) required; the accord restated (three times: the second
    #    sentence, the chairman's and the consumer spokesman's words), the EC delegates' dissatisfaction ACCUSE and the
    #    coming June meeting CONSULT (future, June 9) optional. The delegates' and traders' views of the pact, the
    #    buffer stock manager's purchases and the prices are no events.
    article(REU + "10760", "1987-03-30", [
        E(["AGREE"], "The buffer stock rules agreement reached on Friday", ICCO, ICCO, date="1987-03-27"),
        E(["ACCUSE", "PROTEST"], "made a formal protest to the council", ["GHA"], ICCO),
        E(["AGREE"], "The accord was reached between producers and consumers", ICCO, ICCO, req=False,
          date="1987-03-27"),
        E(["AGREE"], "We have established rules", ICCO + ["CIV"], ICCO, req=False),
        E(["AGREE"], "We reached a very sensitive compromise", ICCO + ["DEU"], ICCO, req=False),
        E(["ACCUSE"], "were not satisfied that important points", EC, ICCO, req=False),
        E(["CONSULT"], "will discuss withholding scheme rules", ICCO, ICCO, req=False, modality=FUT,
          date="1987-06-09"),
    ], places=[P("Ivory Coast", "CIV"), P("Ghana", "GHA"), P("West Germany", "DEU"), LONDON],
        dates=[D("Friday", "1987-03-27"), D("January 1987", "1987-01"), D("January 1986", "1986-01"),
               D("June 9", "1987-06-09"), D("today", "1987-03-30")],
        quantities=[Q("250 mln dlrs", 250000000, "USD"), Q("250,000 tonnes", 250000, "tonnes"),
                    Q("94,000 tonnes", 94000, "tonnes"), Q("120,000 tonnes", 120000, "tonnes"),
                    Q("1,300 stg", 1300, "GBP"), Q("60 pct", 60, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
