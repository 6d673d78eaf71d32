"""Writes articles.json for the fifty-third article gold ('gold-fifty-sixth', written blind): twelve 1987 Reuters
wire stories from the cross-border list (select_stories.py: gold_selection.cross_border_list walked over positions
1-88) that report acts of political actors: Danish-donated cranes arriving at Dar es Salaam, a US Treasury official
charging West Germany and Japan before a Senate subcommittee, the Commerce Department's coming dumping duties on
Brazilian orange juice, India's cool answer to a US supercomputer offer, central bank governors' conferences in
Barbados, an EC official's account of a maize promise to the US and the Commission's denial the next day, a Taiwan
mission to renegotiate its textile accord with the US, the Soviet envoy to Kuwait on Gulf navigation beside Iran's
missile tests, the UNDP's grant to Bangladesh, a US delegate's objection to Japan's larger ADB vote, and the EC's
anti-dumping enquiry into Soviet mercury.
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
EC_US = ["EUR", IGO, "USA"]        # the EC-US maize accord: either party on either side
SOVIET = ["SUN", "RUS"]            # the Soviet Union, as gold-fifty-third's 6016
TW_US = ["TWN", "USA"]
DE_JP = ["DEU", "JPN"]
WASHINGTON = P("Washington", "USA", 38.90, -77.04)

ARTICLES = [
    # 1. reuters-20261 (Tue 1987-10-20, Dar es Salaam): two container cranes donated by the Danish International
    #    Development Agency (DANIDA) have arrived in Dar es Salaam, port officials said; they join one Danish crane
    #    already installed; five more cranes from Finland are due soon. The donation AID (DNK to TZA) required; the
    #    earlier Danish crane (historical) and Finland's cranes due (future) AID optional. The donation's location is
    #    TZA, where the cranes arrived. No event date: the text
    #    does not say when the cranes arrived or were given.
    article(REU + "20261", "1987-10-20", [
        E(["AID"], "donated by the Danish International Development Agency", ["DNK"], ["TZA"],
          location_country="TZA"),
        E(["AID"], "one Danish container crane already installed", ["DNK"], ["TZA"], req=False, modality=H),
        E(["AID"], "Five more cranes from Finland are due to arrive", ["FIN"], ["TZA"], req=False, modality=FUT),
    ], places=[P("Dar es Salaam", "TZA", -6.79, 39.21), P("Tanzania", "TZA"), P("Zambia", "ZMB"),
               P("Malawi", "MWI"), P("Zaire", "COD"), P("Finland", "FIN")],
        quantities=[Q("Five more cranes", 5, "cranes"), Q("120,000 units", 120000, "units"),
                    Q("30,000", 30000, "units")]),

    # 2. reuters-9957 (Thu 1987-03-26, Washington): Treasury Assistant Secretary Mulford said he did not believe West
    #    Germany and Japan have yet carried out their international responsibilities ("I do not believe they have up
    #    to this time", he told a Senate banking subcommittee); "We need more policy actions" across US trade
    #    relations, including Canada and the NICs; efforts by South Korea and Taiwan to strengthen their currencies
    #    were still disappointing; OECD nations need to grow three pct; he stressed both Germany and Japan must
    #    continue to take economic and structural measures. His charge ACCUSE (REQUEST accepted) and his call on both
    #    REQUEST (USA to DEU, JPN; in USA, before the subcommittee) required; the quoted restatement, the call for
    #    more policy actions (no clear recipient), the disappointment with South Korea and Taiwan ACCUSE and the
    #    call on OECD nations REQUEST optional. The remark on Latin imports is a comparison of figures, left alone.
    #    No event date: the hearing's day is not given.
    article(REU + "9957", "1987-03-26", [
        E(["ACCUSE", "REQUEST"], "have yet carried out their international responsibilities", ["USA"], DE_JP,
          location_country="USA"),
        E(["ACCUSE"], "I do not believe they have up to this time", ["USA"], DE_JP, req=False,
          location_country="USA"),
        E(["REQUEST"], "We need more policy actions", ["USA"], ["CAN", "KOR", "TWN"], req=False),
        E(["ACCUSE"], "to strengthen their currencies were still disappointing", ["USA"], ["KOR", "TWN"],
          req=False),
        E(["REQUEST"], "OECD nations need to grow an average three pct", ["USA"], req=False),
        E(["REQUEST"], "must continue to take economic and structural measures", ["USA"], DE_JP,
          location_country="USA"),
    ], places=[P("West Germany", "DEU"), P("Japan", "JPN"), P("Canada", "CAN"), P("South Korea", "KOR"),
               P("Taiwan", "TWN")],
        quantities=[Q("three pct", 3, "percent")]),

    # 3. reuters-2390 (Thu 1987-03-05, Washington): the Commerce Department on Monday will set final dumping duties
    #    on frozen orange juice from Brazil, department officials said; a preliminary duty of 8.54 pct was set last
    #    Oct 17; Commerce's ruling on Monday will reset the duties; the duties are being assessed on a temporary
    #    basis pending the ITC's final ruling; the ITC ruled provisionally last June 18 that the industry was
    #    injured; growers' groups filed the dumping complaint; about half the juice consumed comes from Brazil. The
    #    final duties SANCTION (USA to BRA or its firms; future, Monday March 9; anonymous: unnamed department
    #    officials) required; the preliminary duty (historical), the ruling restated (future; industry officials,
    #    anonymous), the temporary assessment, the ITC's provisional ruling ACCUSE (historical) and the growers'
    #    complaint ACCUSE (firms', historical) optional; the consumption share forbidden.
    article(REU + "2390", "1987-03-05", [
        E(["SANCTION"], "will set final dumping duties on frozen orange juice", ["USA"], ["BRA", MNC],
          modality=FUT, date="1987-03-09", attribution="anonymous"),
        E(["SANCTION"], "A preliminary duty of 8.54 pct was set", ["USA"], ["BRA", MNC], req=False, modality=H,
          date="1986-10-17"),
        E(["SANCTION"], "will reset the duties on the basis", ["USA"], ["BRA", MNC], req=False, modality=FUT,
          date="1987-03-09", attribution="anonymous"),
        E(["SANCTION"], "The duties now are being assessed on a temporary basis", ["USA"], ["BRA", MNC],
          req=False),
        E(["ACCUSE"], "The ITC ruled provisionally", ["USA"], ["BRA", MNC], req=False, modality=H,
          date="1986-06-18"),
        E(["ACCUSE"], "were being dumped at below costs", [MNC, "USA"], ["BRA", MNC], req=False, modality=H),
    ], forbid=[F("about half of the orange juice consumed")],
        places=[P("Brazil", "BRA"), P("Lakeland", "USA", 28.04, -81.95), P("United States", "USA")],
        dates=[D("Monday", "1987-03-09"), D("Oct 17", "1986-10-17"), D("June 18", "1986-06-18")],
        quantities=[Q("8.54 pct", 8.54, "percent"), Q("700 mln dlrs", 700000000, "USD")]),

    # 4. reuters-10380 (Fri 1987-03-27, New Delhi): Indian officials responded coolly to a reported US offer to sell
    #    India a supercomputer less powerful than it sought, saying it showed Washington's lack of sensitivity; an
    #    official (anonymous) said "If the U.S. is doing that they have not been sensitive to Indian concerns", that
    #    India had received an offer "and we are considering it", and that an announcement would come in 10 days to
    #    two weeks; India has sought a supercomputer for more than two years; the sale was held up by US security
    #    concerns. The cool response ACCUSE (REJECT accepted; IND to USA) and the US offer AGREE (USA to IND), both
    #    anonymous (the official asked to remain anonymous), required; the quoted criticism, the New York Times's
    #    report of the offer (media), India's long request REQUEST (historical) and the hold-up REJECT (SANCTION
    #    accepted; historical) optional.
    article(REU + "10380", "1987-03-27", [
        E(["ACCUSE", "REJECT"], "Indian officials responded coolly", ["IND"], ["USA"], attribution="anonymous"),
        E(["ACCUSE"], "they have not been sensitive to Indian concerns", ["IND"], ["USA"], req=False,
          attribution="anonymous"),
        E(["AGREE"], "had offered New Delhi a supercomputer", ["USA"], ["IND"], req=False, attribution="media"),
        E(["AGREE"], "India had received an offer of a supercomputer", ["USA"], ["IND"],
          attribution="anonymous"),
        E(["REQUEST"], "India has sought for more than two years", ["IND"], ["USA"], req=False, modality=H),
        E(["REJECT", "SANCTION"], "the sale has been held up by", ["USA"], ["IND"], req=False, modality=H),
    ], places=[P("India", "IND"), P("United States", "USA"), P("New Delhi", "IND", 28.61, 77.21), WASHINGTON,
               P("Soviet Union", "RUS")]),

    # 5. reuters-17227 (Mon 1987-04-27, Bridgetown): central bank governors from Spain, Latin America and the
    #    Caribbean will meet here this week for two conferences, the Central Bank of Barbados said; the 24th session
    #    of governors of the American continent opens today for two days; the Latin American and Spanish governors
    #    meet April 29-30; the IADB, the IMF and other bodies will attend. The meetings this week AGREE (CONSULT
    #    accepted: future meetings, as the earlier golds) and the session opening today CONSULT (AGREE accepted), in
    #    BRB, the governors' states not all named, so no actor code, required; the separate conference (future,
    #    April 29) and the bodies' attendance (IGO; future) optional.
    article(REU + "17227", "1987-04-27", [
        E(["AGREE", "CONSULT"], "will meet here this week for two separate conferences", modality=FUT,
          location_country="BRB"),
        E(["CONSULT", "AGREE"], "opens today for two days", date="1987-04-27", location_country="BRB"),
        E(["AGREE", "CONSULT"], "will hold a separate conference", modality=FUT, date="1987-04-29",
          location_country="BRB", req=False),
        E(["CONSULT"], "will attend both conferences", [IGO], modality=FUT, location_country="BRB", req=False),
    ], places=[P("Spain", "ESP")],
        dates=[D("today", "1987-04-27"), D("April 29", "1987-04-29")]),

    # 6. reuters-12052 (Wed 1987-04-01, Brussels): the US has been promised a near monopoly of maize exports to Spain
    #    under an agreement with the EC, an EC official who asked not to be named said; the guarantee was given in
    #    an unpublished clause; under the accord, which began in January, third countries were guaranteed access for
    #    two mln tonnes of maize a year and 300,000 tonnes of sorghum; the US had been assured almost all exports
    #    would be reserved for its traders; the Commission is to ask member states to agree a tender system or
    #    direct imports; EC sources noted tendered maize from elsewhere would sometimes be cheaper; no spokesman
    #    was available. The promise AGREE (the EC to USA; CONCEDE accepted; anonymous) required; the unpublished
    #    clause and the assurance (restatements), the accord (either side; historical, January) and the Commission's
    #    coming request to member states REQUEST (internal to the EC; future) optional; the tender remark and the
    #    non-comment forbidden.
    article(REU + "12052", "1987-04-01", [
        E(["AGREE", "CONCEDE"], "promised a near monopoly of maize exports", EC, ["USA"], attribution="anonymous"),
        E(["AGREE", "CONCEDE"], "the guarantee was given in an unpublished clause", EC, ["USA"], req=False,
          attribution="anonymous"),
        E(["AGREE"], "Under the accord, which began in January", EC_US, EC_US, req=False, modality=H,
          date="1987-01"),
        E(["AGREE", "CONCEDE"], "had been assured that almost all the exports", EC, ["USA"], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "is to ask member states to agree", EC, req=False, modality=FUT),
    ], forbid=[F("would sometimes be offered on more favourable terms"),
               F("No Commission spokesman was immediately available")],
        places=[P("Spain", "ESP")],
        dates=[D("January", "1987-01")],
        quantities=[Q("two mln tonnes", 2000000, "tonnes"), Q("300,000 tonnes", 300000, "tonnes")]),

    # 7. reuters-429 (Mon 1987-03-02, Taipei): a Taiwan mission will leave next week for Washington to renegotiate an
    #    agreement limiting the growth of the island's textile exports, a Board of Foreign Trade official said; under
    #    the agreement signed last July growth was limited to 0.5 pct a year until 1988; the official said the pact
    #    was unfair because the US had signed more favourable agreements with Hong Kong and South Korea (about one
    #    pct until 1991). The talks to come CONSULT (AGREE and REQUEST accepted; TWN to USA; future; in USA) and the
    #    charge that the pact is unfair ACCUSE (TWN to USA) required; last July's agreement (either side; historical) and
    #    the US agreements with Hong Kong and South Korea (historical) AGREE optional. No event date: "next week"
    #    gives no day.
    article(REU + "429", "1987-03-02", [
        E(["CONSULT", "AGREE", "REQUEST"], "will leave next week for Washington to renegotiate", ["TWN"],
          ["USA"],
          modality=FUT, location_country="USA"),
        E(["ACCUSE"], "the pact was unfair because", ["TWN"], ["USA"]),
        E(["AGREE"], "Under the agreement signed last July", TW_US, TW_US, req=False, modality=H, date="1986-07"),
        E(["AGREE"], "had signed more favourable agreements", ["USA"], ["HKG", "KOR"], req=False, modality=H),
    ], places=[P("Taiwan", "TWN"), WASHINGTON, P("United States", "USA"), P("Hong Kong", "HKG"),
                P("South Korea", "KOR")],
        dates=[D("July", "1986-07"), D("1988", "1988"), D("1985", "1985"), D("1991", "1991")],
        quantities=[Q("0.5 pct", 0.5, "percent"), Q("one pct", 1, "percent")]),

    # 8. reuters-8856 (Tue 1987-03-24, Bahrain): the Soviet Union supports freedom of navigation in the Gulf and does
    #    not support any act that would worsen the situation, its ambassador to Kuwait told KUNA ("We support the
    #    freedom of navigation ..."); KUNA said he had discussed the deployment of Iranian missiles near the Strait
    #    of Hormuz with Kuwait's foreign undersecretary; a British naval source said today Iran had test-fired its
    #    new Silkworm missiles and set up launching sites, which could be used against shipping; Iran's speaker
    #    Rafsanjani said Iran could close the strait with artillery only; the US has said it will not allow Iran to
    #    choke off oil shipments and offered warships to escort Kuwaiti tankers. The Soviet support SUPPORT (SUN,
    #    no clear recipient), the envoy's talks with the undersecretary CONSULT (either side; media: KUNA's report),
    #    Iran's missile tests MOBILIZE (THREATEN accepted; anonymous: the naval source) and the speaker's threat to
    #    close the strait THREATEN required; the quoted support, "does not support any act" (REJECT; a warning to no
    #    one named), the launching sites MOBILIZE (anonymous), the US warning THREATEN and its escort offer AGREE
    #    (historical) optional; the missiles' possible use forbidden.
    article(REU + "8856", "1987-03-24", [
        E(["SUPPORT"], "supports the freedom of navigation in the Gulf", SOVIET),
        E(["REJECT", "REQUEST"], "does not support any act which would cause", SOVIET, req=False),
        E(["SUPPORT"], "We support the freedom of navigation in the Arabian Gulf", SOVIET, req=False),
        E(["CONSULT"], "the envoy had discussed the deployment", SOVIET + ["KWT"], SOVIET + ["KWT"],
          attribution="media"),
        E(["MOBILIZE", "THREATEN"], "Iran had test-fired its new Silkworm missiles", ["IRN"],
          attribution="anonymous"),
        E(["MOBILIZE"], "set up launching sites in the area", ["IRN"], req=False, attribution="anonymous"),
        E(["THREATEN"], "we can close it with artillery only", ["IRN"]),
        E(["THREATEN", "REJECT"], "it will not allow Iran to use missiles", ["USA"], ["IRN"], req=False,
          modality=H),
        E(["AGREE", "AID"], "offered its warships to escort Kuwaiti tankers", ["USA"], ["KWT"], req=False,
          modality=H),
    ], forbid=[F("the missiles could be used against shipping")],
        places=[P("Soviet Union", "RUS"), P("Gulf", None), P("Strait of Hormuz", None), P("Kuwait", "KWT"),
                P("Iran", "IRN")],
        dates=[D("today", "1987-03-24")]),

    # 9. reuters-12417 (Thu 1987-04-02, Brussels): the US-EC agreement on special maize and sorghum imports gives all
    #    non-EC countries an equal chance to supply Spain, an EC Commission spokeswoman said; she denied that any
    #    unpublished clause guaranteed the bulk of the maize business to the US, as one EC official told Reuters
    #    yesterday; under the agreement the EC will import two mln tonnes of maize and 300,000 tonnes of sorghum a
    #    year into Spain at reduced levies for four years; the Commission has yet to decide how the maize comes in.
    #    The denial REJECT (the EC; no recipient code: the claim was an EC official's) required; the "equal chance"
    #    statement (REJECT, the denial's substance) and the agreement AGREE (either side; historical) optional;
    #    "has yet to decide" forbidden.
    article(REU + "12417", "1987-04-02", [
        E(["REJECT"], "She denied that any unpublished clause", EC),
        E(["REJECT", "AGREE"], "provides an equal chance for all non-EC countries", EC, req=False),
        E(["AGREE"], "Under the agreement, the EC will import", EC_US, EC_US, req=False, modality=H),
    ], forbid=[F("has yet to decide whether the maize")],
        places=[P("Spain", "ESP")],
        dates=[D("yesterday", "1987-04-01")],
        quantities=[Q("two mln tonnes", 2000000, "tonnes"), Q("300,000 tonnes", 300000, "tonnes")]),

    # 10. reuters-14850 (Wed 1987-04-08, Dhaka): the UNDP will give Bangladesh a 6.79 mln dlr grant for a study of a
    #     bridge over the Jamuna, the official BSS news agency said; an agreement was signed here yesterday;
    #     Communication Ministry officials said the bridge would cost about 836 mln dlrs and offers of help had come
    #     from Saudi Arabia and the World Bank. The grant AID (IGO to BGD; AGREE accepted; media: BSS) required; the
    #     signing AID/AGREE (either side; April 7, in BGD; media) and the offers AGREE (AID accepted; SAU, IGO to
    #     BGD; historical; official: the ministry's officials) optional. The grant is located in BGD, where its
    #     agreement was signed.
    article(REU + "14850", "1987-04-08", [
        E(["AID", "AGREE"], "will give Bangladesh a 6.79 mln dlr grant", [IGO], ["BGD"], attribution="media",
          location_country="BGD"),
        E(["AID", "AGREE"], "an agreement was signed here yesterday", [IGO, "BGD"], [IGO, "BGD"], req=False,
          date="1987-04-07", location_country="BGD", attribution="media"),
        E(["AGREE", "AID"], "offers of help had been received", ["SAU", IGO], ["BGD"], req=False, modality=H),
    ], places=[P("Bangladesh", "BGD"), P("Dhaka", "BGD", 23.81, 90.41), P("Saudi Arabia", "SAU")],
        dates=[D("yesterday", "1987-04-07")],
        quantities=[Q("6.79 mln dlr", 6790000, "USD"), Q("836 mln dlrs", 836000000, "USD")]),

    # 11. reuters-17381 (Wed 1987-04-29, Osaka): Washington views with concern a plan to increase Japan's voting power
    #     at the ADB, a US delegate at the bank's annual meeting said ("We do not want any dilution of our
    #     influence"); the imbalance in procurement contracts was improving slowly (figures); "We will urge more
    #     U.S. Businessmen" (domestic); chief delegate Dallara told the meeting earlier the ADB should act as a
    #     catalyst for policy changes; the unnamed official said economic reform should be a theme of its lending
    #     and the bank does its borrowers a disservice by not entering into policy dialogue. The concern at the plan
    #     ACCUSE (REJECT accepted; USA to JPN or the ADB, IGO; anonymous: an unnamed delegate; in JPN, at the meeting)
    #     and Dallara's call on the bank REQUEST (USA to IGO; official; in JPN) required; "no dilution" REJECT, the
    #     concern about the bank's role, the reform theme REQUEST, the "disservice" ACCUSE and "take up the cudgel"
    #     REQUEST (all the unnamed official's) optional; the procurement figures forbidden.
    article(REU + "17381", "1987-04-29", [
        E(["ACCUSE", "REJECT"], "views with concern a plan to increase", ["USA"], ["JPN", IGO],
          attribution="anonymous", location_country="JPN"),
        E(["REJECT"], "We do not want any dilution of our influence", ["USA"], ["JPN", IGO], req=False,
          attribution="anonymous", location_country="JPN"),
        E(["ACCUSE"], "was concerned about the ADB's future role", ["USA"], [IGO], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "should act as a catalyst both for policy changes", ["USA"], [IGO],
          location_country="JPN"),
        E(["REQUEST"], "Economic reform should be a theme", ["USA"], [IGO], req=False, attribution="anonymous"),
        E(["ACCUSE"], "The bank is doing its borrowers a disservice", ["USA"], [IGO], req=False,
          attribution="anonymous"),
        E(["REQUEST"], "We are looking for the bank to take up the cudgel", ["USA"], [IGO], req=False,
          attribution="anonymous"),
    ], forbid=[F("had grown from about seven pct to about 12 pct")],
        places=[P("Japan", "JPN")],
        dates=[D("1966", "1966"), D("1986", "1986")],
        quantities=[Q("15.1 pct", 15.1, "percent"), Q("14.9 pct", 14.9, "percent"), Q("seven pct", 7, "percent"),
                    Q("12 pct", 12, "percent"), Q("25 pct", 25, "percent"), Q("20 pct", 20, "percent")]),

    # 12. reuters-346 (Mon 1987-03-02, Brussels): the EC Commission said it has opened an enquiry into allegations
    #     that the Soviet Union is dumping mercury on the European market; its decision follows a complaint from EC
    #     non-ferrous metals producers; Soviet sales rose to 100 tonnes between August and October last year and
    #     threaten to capture 25 pct of the market; the industry said the mercury sold at more than 40 pct below EC
    #     prices; the Commission said the industry would probably be unable to hold prices; the anti-dumping
    #     procedure will let all parties state their cases. The enquiry ACCUSE (EC to SUN; as gold-fiftieth's 15447)
    #     required; the producers' complaint and their price charge ACCUSE (firms', MNC to SUN), the procedure
    #     restated optional; the Commission's finding that the industry cannot hold prices (a forecast) and "threaten to
    #     capture" (market words, no threat by an actor) forbidden; "threatening jobs" shares the complaint's sentence
    #     and is left alone.
    article(REU + "346", "1987-03-02", [
        E(["ACCUSE"], "has opened an enquiry into allegations", EC, SOVIET),
        E(["ACCUSE"], "follows a complaint from EC non-ferrous metals producers", [MNC], SOVIET, req=False),
        E(["ACCUSE"], "the mercury was being sold at more than 40 pct below", [MNC], SOVIET, req=False),
        E(["ACCUSE"], "anti-dumping procedure opened by the Commission", EC, SOVIET, req=False),
    ], forbid=[F("threaten to capture 25 pct"), F("would probably be unable to hold prices")],
        places=[P("Soviet Union", "RUS")],
        dates=[D("August", "1986-08"), D("October", "1986-10"), D("last year", "1986")],
        quantities=[Q("100 tonnes", 100, "tonnes"), Q("25 pct", 25, "percent"), Q("40 pct", 40, "percent")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
