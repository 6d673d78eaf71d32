"""Writes articles.json for the fifty-eighth article gold ('gold-sixty-first', written blind): eleven 1987 Reuters
wire briefs of 40-79 words from the short political list (select_stories.py: gold_selection.short_political_list
walked over positions 99-137 and then 239-273, the list's end) that report acts of political actors: a blast at the
US military assistance group's building in Manila, Sweden's ruling party empowering the government to decree
sanctions against South Africa, Chile's junta punishing members of banned Marxist parties, Tehran radio on Terry
Waite kidnapped as a spy, the EC leaders' Brussels summit, Ecuador's four IADB loans, Iran's oil minister arriving in
Algiers, Stoltenberg's answer to Baker's criticism of German interest rates, the bomb that killed Lebanon's prime
minister Karami, a Canadian state corporation's oil exploration aid to Jordan, and Israel and the Soviet Union
agreeing to exchange delegations.
The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the conventions
of the earlier golds' build scripts. `file` is reuters21578.jsonl.gz#<id>, offsets in the record's `text` (body
only); `published` is the date of the record's timestamp, relative dates resolved against it. Only the political
acts are required events; an investigation with no suspect is a forbid phrase.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import FUT, H, IGO, IMG, MNC, NGO, REU, D, E, F, P, Q, article, write_gold  # noqa: E402

EC = ["EUR", IGO]                  # the European Community: EUR or IGO (earlier golds)
SOVIET = ["SUN", "RUS"]            # the Soviet Union, as gold-fifty-sixth
ISR_SOVIET = ["ISR", "SUN", "RUS"]  # their agreement: either party on either side
IRN_DZA = ["IRN", "DZA"]
KIDNAPPERS = ["LBN", IMG]          # an armed Lebanese group: its country plus IMG (eval/gold/README.md)
CANADA_AID = ["CAN", MNC]          # a Canadian government corporation, called "the Canadian company" first
JOR_CAN = ["JOR", "CAN", MNC]
BEIRUT = P("Beirut", "LBN", 33.89, 35.50)
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-17309 (Mon 1987-04-27, Manila): an explosion rocked a building at the US military office in Manila,
    #    no immediate reports of casualties, a police spokesman said tonight; investigators were still looking into
    #    the explosion inside the motor pool building of JUSMAG in a Manila suburb; home-made bombs were thrown into
    #    the compound last July. The blast ASSAULT (no actor: nobody named; to USA; in PHL) required; last July's
    #    bombs ASSAULT (historical) optional; the investigation (no suspect, the host's police) forbidden. No event
    #    date: the text does not say when the blast happened.
    article(REU + "17309", "1987-04-27", [
        E(["ASSAULT"], "An explosion rocked a building at the", None, ["USA"], location_country="PHL"),
        E(["ASSAULT"], "Home-made bombs were thrown into the JUSMAG compound", None, ["USA"], req=False,
          modality=H, date="1986-07", location_country="PHL"),
    ], forbid=[F("investigators were still looking into the explosion")],
        places=[P("Manila", "PHL", 14.60, 120.98)],
        dates=[D("tonight", "1987-04-27"), D("July", "1986-07")]),

    # 2. reuters-338 (Mon 1987-03-02, Stockholm): Sweden's ruling Social Democratic Party gave full power to the
    #    government to decree unilateral trade sanctions against South Africa, Prime Minister Carlsson said; the
    #    party decided the fight against apartheid took priority over adopting sanctions only with the Security
    #    Council's backing; the government will decide later the boycott's form and start. The sanctions to be
    #    decreed SANCTION (SWE to ZAF; future: none is in force yet; in SWE) required; the fight against apartheid
    #    ACCUSE and the government's later decision SANCTION (future) optional.
    article(REU + "338", "1987-03-02", [
        E(["SANCTION"], "gave full power to the government to decree unilateral", ["SWE"], ["ZAF"], modality=FUT,
          location_country="SWE"),
        E(["ACCUSE"], "against apartheid took priority", ["SWE"], ["ZAF"], req=False),
        E(["SANCTION"], "The government will decide later what form the trade", ["SWE"], ["ZAF"], req=False,
          modality=FUT),
    ], places=[P("Sweden", "SWE"), P("South Africa", "ZAF")]),

    # 3. reuters-20845 (Tue 1987-10-20, Santiago): Chile's military rulers imposed punishments, from fines to loss of
    #    political and civil rights, for those convicted of belonging to banned Marxist parties; any newspaper or
    #    magazine publishing their views risked suspension; the crackdown came in a constitutional amendment
    #    approved by the Military Junta. The punishments COERCE (SANCTION accepted; CHL to CHL, the parties' members;
    #    in CHL) required; the publications' risk of suspension COERCE (THREATEN accepted) and the amendment restated
    #    optional. No event date.
    article(REU + "20845", "1987-10-20", [
        E(["COERCE", "SANCTION"], "imposed a range", ["CHL"], ["CHL"], location_country="CHL"),
        E(["COERCE", "THREATEN"], "Any newspaper or magazine publishing their views risked", ["CHL"], ["CHL"],
          req=False, location_country="CHL"),
        E(["COERCE"], "The crackdown came in an ammendment", ["CHL"], ["CHL"], req=False, location_country="CHL"),
    ], places=[P("Chile", "CHL")]),

    # 4. reuters-8278 (Mon 1987-03-23, London): Tehran radio said British church envoy Terry Waite, missing in Beirut
    #    since January 20, had been kidnapped as a spy by a Lebanese group; the radio quoted: taken hostage by an
    #    armed group calling itself the Revolutionary Justice Organisation, accused of espionage. The kidnapping
    #    ASSAULT (COERCE accepted; the group, LBN or IMG, to GBR or NGO; in LBN) and the spying charge ACCUSE (the
    #    group to him), both media (Tehran radio's report), required; the quoted restatement optional. The
    #    kidnapping is the news here (Tehran radio's account), so it is not marked historical; no event date (he
    #    is missing since January 20, the kidnapping's day is not given).
    article(REU + "8278", "1987-03-23", [
        E(["ASSAULT", "COERCE"], "kidnapped as a spy by a Lebanese group", KIDNAPPERS, ["GBR", NGO],
          attribution="media", location_country="LBN"),
        E(["ACCUSE"], "been accused of espionage activities", KIDNAPPERS, ["GBR", NGO], attribution="media"),
        E(["ASSAULT", "COERCE"], "Terry Waite was taken hostage by an armed Lebanese group", KIDNAPPERS,
          ["GBR", NGO], req=False, attribution="media", location_country="LBN"),
    ], places=[BEIRUT],
        dates=[D("January 20", "1987-01-20")]),

    # 5. reuters-19600 (Mon 1987-06-29, Brussels): leaders of the European Community began their two-day summit, the
    #    group's finances heading the agenda, officials said; the 12 government leaders were joined by French
    #    President Mitterrand and their foreign ministers; the meeting will also examine world issues, especially
    #    the Middle East. The summit CONSULT (the EC; in BEL; anonymous: unnamed officials) required; Mitterrand
    #    joining it CONSULT (FRA) and the coming examination of world issues (future) optional; the diplomats'
    #    forecast that the cash crisis will dominate is left alone. No event date: the text gives no day.
    article(REU + "19600", "1987-06-29", [
        E(["CONSULT"], "began their two-day summit", EC, attribution="anonymous", location_country="BEL"),
        E(["CONSULT"], "were joined by French President", ["FRA"], EC, req=False, location_country="BEL"),
        E(["CONSULT"], "will also examine some world", EC, req=False, modality=FUT, location_country="BEL"),
    ], quantities=[Q("12 government leaders", 12, "leaders")]),

    # 6. reuters-9648 (Wed 1987-03-25, Miami): Ecuador signed four IADB loans totalling 280 mln dlrs, the IADB said;
    #    the finance minister and the IADB's president signed them after the bank's annual meeting here; the loans'
    #    purposes. The loans AID (AGREE accepted; IGO to ECU; organization: the IADB's own statement; in USA, where
    #    they were signed) required; the signing restated optional. No event date.
    article(REU + "9648", "1987-03-25", [
        E(["AID", "AGREE"], "Ecuador signed four loans from the", [IGO], ["ECU"], attribution="organization",
          location_country="USA"),
        E(["AID", "AGREE"], "signed the loans after the IADB's", [IGO], ["ECU"], req=False,
          attribution="organization", location_country="USA"),
    ], places=[P("Ecuador", "ECU")],
        quantities=[Q("four loans", 4, "loans"), Q("280 mln dlrs", 280000000, "USD"),
                    Q("57 mln dlr", 57000000, "USD"), Q("80 mln dlrs", 80000000, "USD"),
                    Q("96 mln dlrs", 96000000, "USD"), Q("46 mln", 46000000, "USD")]),

    # 7. reuters-2838 (Fri 1987-03-06, Algiers): Iran's oil minister Aqazadeh arrived in Algiers at the head of a
    #    large delegation for talks on stabilising oil prices, the official agency APS said; in an arrival statement
    #    he said Iran and Algeria were engaged in "continuous and stronger cooperation" on the oil market and had
    #    deployed efforts to stabilise prices; he was greeted by Algeria's energy minister Nabi. The visit CONSULT
    #    (IRN to DZA; in DZA; media: APS) required; the cooperation COOPERATE (either side), the efforts and the
    #    greeting CONSULT (DZA to IRN) optional. No event date: the text does not say "today".
    article(REU + "2838", "1987-03-06", [
        E(["CONSULT"], "arrived in Algiers at the head of a large delegation", ["IRN"], ["DZA"],
          attribution="media", location_country="DZA"),
        E(["COOPERATE"], "continuous and stronger cooperation", IRN_DZA, IRN_DZA, req=False),
        E(["COOPERATE"], "deployed considerable efforts to", IRN_DZA, IRN_DZA, req=False),
        E(["CONSULT"], "He was greeted on arrival by Belkacem Nabi", ["DZA"], ["IRN"], req=False,
          attribution="media", location_country="DZA"),
    ], places=[P("Algiers", "DZA", 36.75, 3.06), P("Iran", "IRN"), P("Algeria", "DZA")]),

    # 8. reuters-21303 (Mon 1987-10-19, Bonn): the West German government assumes that the commitment to
    #    international monetary cooperation renewed in Washington last month will continue, a Finance Ministry
    #    spokesman quoted Stoltenberg; his statement was a reaction to criticism of rises in West German interest
    #    rates voiced by US Treasury Secretary Baker over the weekend. Baker's criticism ACCUSE (USA to DEU; the
    #    news's cause) and Stoltenberg's statement that the commitment will continue AGREE (SUPPORT, COOPERATE
    #    accepted; DEU, recipient left out: the commitment is the group's) required; last month's renewal in
    #    Washington AGREE (no sides: the parties are not named; historical; in USA) optional. No event dates: "over
    #    the weekend" is no day.
    article(REU + "21303", "1987-10-19", [
        E(["ACCUSE"], "rises in West German interest rates voiced by", ["USA"], ["DEU"]),
        E(["AGREE", "SUPPORT", "COOPERATE"], "The West German government assumes that the", ["DEU"]),
        E(["AGREE"], "renewed in Washington last month", req=False, modality=H, date="1987-09",
          location_country="USA"),
    ], places=[WASHINGTON],
        dates=[D("last month", "1987-09")]),

    # 9. reuters-17467 (Mon 1987-06-01, Beirut): Lebanon's prime minister Karami died after a bomb exploded in a
    #    helicopter flying him from Beirut to Tripoli, official sources said; he died at a hospital in Byblos; the
    #    bomb also injured the interior minister and the pilot. The bombing ASSAULT (no actor; to LBN; in LBN;
    #    anonymous: official sources) required; the injuries (the same bomb) optional. No event date.
    article(REU + "17467", "1987-06-01", [
        E(["ASSAULT"], "a bomb exploded in a helicopter flying", None, ["LBN"], attribution="anonymous",
          location_country="LBN"),
        E(["ASSAULT"], "which exploded under Karami's seat, also injured", None, ["LBN"], req=False,
          attribution="anonymous", location_country="LBN"),
    ], places=[P("Lebanon", "LBN"), BEIRUT, P("Tripoli", "LBN", 34.44, 35.83), P("Byblos", "LBN", 34.12, 35.65)]),

    # 10. reuters-3843 (Wed 1987-03-11, Amman): a two-year oil and gas exploration project in Jordan was agreed in
    #     Amman by Jordan's Natural Resources Authority and Petrocanada International Assistance Corporation
    #     (PCIAC); the 19.1 mln dlr assistance agreement was signed by Jordan's energy minister and PCIAC's chairman;
    #     PCIAC is a Canadian government corporation providing assistance to countries like Jordan, its chairman
    #     said. The assistance agreement AID (AGREE accepted; CAN or MNC to JOR; in JOR) required; the project agreed
    #     AGREE (AID accepted; either side) and the corporation's assistance to such countries AID optional.
    article(REU + "3843", "1987-03-11", [
        E(["AID", "AGREE"], "assistance agreement was signed by", CANADA_AID, ["JOR"], location_country="JOR"),
        E(["AGREE", "AID"], "was agreed in Amman by Jordan's Natural Resources", JOR_CAN, JOR_CAN, req=False,
          location_country="JOR"),
        E(["AID"], "government corporation providing", CANADA_AID, ["JOR"], req=False),
    ], places=[P("Jordan", "JOR"), P("Amman", "JOR", 31.95, 35.93)],
        quantities=[Q("19.1 mln dlr", 19100000, "USD")]),

    # 11. reuters-11780 (Wed 1987-04-01, Tel Aviv): Israel's ambassador to Washington said Israel and the Soviet Union
    #     have agreed to exchange visits by delegations, a move each hoped would renew ties after a 20-year break; he
    #     told Israel Radio a Soviet delegation will come to Israel and an Israeli one go to the Soviet Union; both
    #     had an interest in restoring ties severed by Moscow in the 1967 war. The agreement AGREE (CONSULT accepted;
    #     either side) required; the quoted visits CONSULT (future; either side) and the break of ties in 1967
    #     SANCTION (REJECT accepted; SUN to ISR; historical) optional; the hopes and interest are left alone.
    article(REU + "11780", "1987-04-01", [
        E(["AGREE", "CONSULT"], "have agreed to exchange visits by", ISR_SOVIET, ISR_SOVIET),
        E(["CONSULT"], "delegation will come to Israel and an Israeli delegation", ISR_SOVIET, ISR_SOVIET,
          req=False, modality=FUT),
        E(["SANCTION", "REJECT"], "ties severed by Moscow", SOVIET, ["ISR"], req=False, modality=H, date="1967"),
    ], places=[WASHINGTON, P("Israel", "ISR"), P("Soviet Union", "RUS"), P("Moscow", "RUS", 55.76, 37.62)],
        dates=[D("1967", "1967")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
