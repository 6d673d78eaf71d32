"""Writes articles.json for the fifty-second article gold ('gold-fifty-fifth', written blind): nine 2005 BBC
entertainment and sport stories from the BBC remainder list (select_stories.py: gold_selection.bbc_remainder_list
walked over all its 121 positions; nine qualified) that report acts of political actors: a parliamentary committee
urging the BBC to open its spending to the audit office, Uganda's Media Council banning a play, gay rights campaign
groups' truce with the reggae industry, Dominica's Carib chief against Disney's cannibal scenes, Belgium's sports
minister naming a Russian tennis player over a drugs test, a bomb threat at Madrid's Bernabeu stadium, India
deporting an actress, British musicians' unions against US visa rules, and Catholic organisations in India against
a film. The annotations are data, written by hand below with the shorthands of eval/gold_authoring.py, in the
conventions of the earlier BBC golds' build scripts. `file` is bbc-news-2225.jsonl.gz#<id>, offsets in the
record's `text` (body, no title); the BBC records carry no date: 2005-02-15 (BBC_PUB), relative dates not
resolved, absolute ones are. Only the political acts are required events; match reports, firms' business, figures
and views are forbid phrases where a coder might take them for events.
Run from this folder: python3 build_gold.py; then check with python3 check_gold.py articles.json"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_authoring import BBC, BBC_PUB, FUT, H, IMG, MNC, NGO, D, E, F, P, Q, article, write_gold  # noqa: E402

# A UK public corporation (the BBC), parliament's committees and its audit office: the country on both sides, as the
# earlier BBC golds code parties and public bodies of one state.
UK = ["GBR"]
CAMPAIGNERS = [NGO, "GBR", "JAM"]  # Stop Murder Music: OutRage! and a gay men's group (UK), J-Flag (Jamaica)
REGGAE_FIRMS = [MNC, "JAM", "GBR"]  # record labels, a distributor and concert promoters (Jamaica and the UK)
REGGAE_ARTISTS = ["JAM"]           # the Jamaican dancehall stars the campaign targeted
DISNEY = [MNC, "USA"]
CARIB = ["DMA"]                    # the Carib chief and council of Dominica
ETA = [IMG, "ESP"]                 # the Basque separatist group (suspected): IMG or its country, as armed groups
KHAN = ["NOR", "IRN"]              # an Iranian-born actress holding a Norwegian passport
BOMBAY = P("Bombay", "IND", 19.08, 72.88)
MUMBAI = P("Mumbai", "IND", 19.08, 72.88)

ARTICLES = [
    # 1. bbc-entertainment-202: MPs on the Public Accounts Committee urge the BBC to give the National Audit Office a
    #    "free hand" over licence fee spending (a report on Freeview); the chairman's quoted reasons; a BBC
    #    spokeswoman answers that the arrangements with the NAO work and should be given time. The committee's call
    #    REQUEST (GBR on both sides, a parliamentary committee and a public corporation) required; its restatements,
    #    the charge that spending escapes scrutiny ACCUSE, the report's demand on Freeview's coverage REQUEST and its
    #    praise of take-up SUPPORT optional; the BBC's answer REJECT (SUPPORT accepted: it "shares the committee's
    #    interest") optional, a polite refusal a coder may read either way; the government's switch-off proposal
    #    (domestic policy), the BBC's launch of Freeview and its spending plans forbidden.
    article(BBC + "entertainment-202", BBC_PUB, [
        E(["REQUEST"], "MPs have urged the BBC to give watchdogs more freedom", UK, UK),
        E(["REQUEST"], "The Public Accounts Committee called for the National Audit Office", UK, UK, req=False),
        E(["REQUEST"], "the audit office should have more power to choose", UK, UK, req=False),
        E(["REQUEST"], "The call was made in a report", UK, UK, req=False),
        E(["ACCUSE"], "The BBC's spending is not subject to the full independent scrutiny", UK, UK, req=False),
        E(["REJECT", "SUPPORT"], "we think the arrangements with the NAO are working well", UK, UK, req=False),
        E(["REQUEST"], "the BBC must still dispel confusion about the service", UK, UK, req=False),
        E(["SUPPORT"], "The committee found the BBC had succeeded", UK, UK, req=False),
    ], forbid=[F("The government has proposed switch off of the analogue television signal"),
               F("The BBC launched Freeview in 2002"),
               F("The corporation plans to spend up to"),
               F("five million Freeview set-top boxes sold")],
        dates=[D("2002", "2002"), D("2012", "2012"), D("2014", "2014")],
        quantities=[Q("£2bn", 2000000000, "pounds"), Q("over £2 billion a year", 2000000000, "pounds"),
                    Q("six areas", 6, "areas"), Q("five million", 5000000, "set-top boxes"),
                    Q("£138m", 138000000, "pounds")]),

    # 2. bbc-entertainment-010: Uganda's Media Council bans The Vagina Monologues, due to open in Kampala, unless the
    #    organisers cut the offending parts; some MPs and church leaders side with the council (the New Vision
    #    newspaper reports), an MP tells parliament the play is obscene; the author and the Ugandan organisers
    #    defend it, the organiser accusing the government of using "the apparatus of state to shut us up". The ban
    #    COERCE (SANCTION accepted; UGA to the organisers, four Ugandan NGOs: UGA or NGO; in Uganda) and the
    #    organiser's outrage at the "hypocrisy" ACCUSE (NGO or UGA to UGA) required; the council's statement and
    #    ruling (restatements), its condition REQUEST, the MPs' and church leaders' support SUPPORT (attribution
    #    media), the MP's charge ACCUSE, the organisers' and the author's defence REJECT and the organiser's second
    #    charge ACCUSE optional; the play's description and the NGOs' fund-raising aims forbidden.
    article(BBC + "entertainment-010", BBC_PUB, [
        E(["COERCE", "SANCTION"], "Uganda's authorities have banned the play", ["UGA"], ["UGA", NGO],
          location_country="UGA"),
        E(["COERCE", "SANCTION"], "said the performance would not be put on", ["UGA"], ["UGA", NGO], req=False),
        E(["REQUEST"], "said the production could go ahead if the organisers", ["UGA"], ["UGA", NGO], req=False),
        E(["REJECT"], "the organisers of the play say it raises awareness", ["UGA", NGO], ["UGA"], req=False),
        E(["COERCE", "SANCTION"], "it should be and is hereby banned", ["UGA"], ["UGA", NGO], req=False),
        E(["SUPPORT"], "Some parliamentarians and church leaders are also siding", ["UGA"], ["UGA"], req=False,
          attribution="media"),
        E(["ACCUSE"], "MP Kefa Ssempgani told parliament", ["UGA"], ["UGA", NGO], req=False),
        E(["REJECT"], "says it is all about women's empowerment", ["USA"], ["UGA"], req=False),
        E(["ACCUSE"], "I'm extremely outraged at the hypocrisy", ["UGA", NGO], ["UGA"], attribution="organization"),
        E(["ACCUSE"], "the government uses the apparatus of state to shut us up", ["UGA", NGO], ["UGA"],
          req=False),
    ], forbid=[F("explores female sexuality and strength"),
               F("intended to raise money to campaign to stop violence against women")],
        places=[P("Uganda", "UGA"), P("Kampala", "UGA", 0.35, 32.58)],
        quantities=[Q("four Ugandan NGOs", 4, "NGOs")]),

    # 3. bbc-entertainment-248: the reggae industry will refuse to release or stage homophobic songs under a deal
    #    with gay rights groups (the Stop Murder Music coalition), who drop their campaign (pickets, cancelled gigs,
    #    calls for prosecutions) under the truce; UK police had been investigating the lyrics. The deal AGREE (the
    #    coalition and the industry's labels and promoters on either side) and the campaign's suspension CONCEDE
    #    (RETREAT and AGREE accepted; the groups to the industry) required; the verbal agreement, the labels'
    #    pledge and the quoted suspension (restatements, details), the campaign and its pickets PROTEST (historical,
    #    to the artists or the industry), the police investigation ACCUSE (GBR to the artists) and the artists not
    #    having to apologise optional; the campaign's cost to the industry forbidden.
    article(BBC + "entertainment-248", BBC_PUB, [
        E(["AGREE", "CONCEDE"], "under a global deal struck with gay rights groups", REGGAE_FIRMS + CAMPAIGNERS,
          REGGAE_FIRMS + CAMPAIGNERS, attribution="organization"),
        E(["PROTEST"], "A damaging campaign against stars such as Beenie Man", CAMPAIGNERS, REGGAE_ARTISTS,
          req=False, modality=H),
        E(["CONCEDE", "RETREAT", "AGREE"], "will now be dropped under the truce", CAMPAIGNERS, REGGAE_FIRMS +
          REGGAE_ARTISTS, attribution="organization"),
        E(["PROTEST"], "The protests had been led by the Stop Murder Music coalition", CAMPAIGNERS,
          REGGAE_ARTISTS, req=False, modality=H),
        E(["AGREE"], "That coalition has reached a verbal agreement", REGGAE_FIRMS + CAMPAIGNERS,
          REGGAE_FIRMS + CAMPAIGNERS, req=False),
        E(["CONCEDE", "AGREE"], "the record companies have pledged not to release", REGGAE_FIRMS, CAMPAIGNERS,
          req=False),
        E(["PROTEST"], "campaign saw protesters picket gigs", CAMPAIGNERS, REGGAE_ARTISTS, req=False, modality=H),
        E(["ACCUSE"], "Police have also been investigating whether lyrics", ["GBR"], REGGAE_ARTISTS, req=False),
        E(["CONCEDE", "AGREE"], "has agreed to suspend our aggressive campaigning", CAMPAIGNERS, REGGAE_FIRMS,
          req=False),
    ], forbid=[F("The campaign was a blow to the reggae industry"),
               F("then you don't sell many albums")],
        quantities=[Q("eight of the scene's biggest stars", 8, "artists")]),

    # 4. bbc-entertainment-037: Dominica's Carib chief criticises plans to portray the Caribs as cannibals in a
    #    Pirates of the Caribbean sequel (talks with Disney's producers showed the script keeps it); the island's
    #    government says Disney plans to film there; indigenous groups back his efforts to have the references
    #    removed; some council members do not, and he criticises them. The criticism ACCUSE (DMA to Disney, MNC or
    #    USA) required; the talks with the producers CONSULT (historical), the quoted "cannot be perpetuated", the
    #    Caribs' denial of cannibalism REJECT (habitual), the indigenous groups' support SUPPORT, his efforts to have
    #    the references removed REQUEST, the council members' dissent REJECT and his charge against them ACCUSE
    #    optional; Disney's unavailability, the filming plans and the colonial history forbidden.
    article(BBC + "entertainment-037", BBC_PUB, [
        E(["ACCUSE"], "have been criticised by the group's chief", CARIB, DISNEY),
        E(["CONSULT"], "said talks with Disney's producers revealed", CARIB, DISNEY, req=False, modality=H),
        E(["REJECT"], "The Caribs have long denied their ancestors", CARIB, None, req=False),
        E(["ACCUSE", "REQUEST"], "This cannot be perpetuated in movies", CARIB, DISNEY, req=False),
        E(["SUPPORT"], "he had received support from indigenous groups", [NGO], CARIB, req=False),
        E(["REJECT"], "members of the Carib council who did not support the campaign", CARIB, CARIB, req=False),
        E(["ACCUSE"], "they are weak and are not committed", CARIB, CARIB, req=False),
    ], forbid=[F("Disney was unavailable for comment"),
               F("The Caribbean island's government said Disney planned to film"),
               F("Many Caribs were killed by disease and war during colonisation")],
        places=[P("Dominica", "DMA")],
        dates=[D("2006", "2006")],
        quantities=[Q("About 3,000 Caribs", 3000, "people"), Q("70,000", 70000, "people"),
                    Q("$305m", 305000000, "dollars")]),

    # 5. bbc-sport-448: Belgium's sports minister says the Russian tennis player Svetlana Kuznetsova tested positive
    #    for ephedrine at an exhibition event in Charleroi on 19 December (a test by regional Belgian authorities);
    #    she denied using anything before he named her; Russia's tennis chief condemns her naming and calls it
    #    fabrication. The minister's charge ACCUSE (BEL to RUS) and the tennis chief's condemnation ACCUSE (RUS to
    #    BEL) required; the lead's restatement, the test ACCUSE, the notification of the findings, her denial
    #    REJECT and complaint ACCUSE, and the chief's restatements ACCUSE/REJECT optional; the minister's "innocent
    #    until proved guilty" and the tournament's status forbidden.
    article(BBC + "sport-448", BBC_PUB, [
        E(["ACCUSE"], "has tested positive for a banned drug, according to Belgian authorities", ["BEL"], ["RUS"],
          req=False),
        E(["ACCUSE"], "Belgian sports minister Claude Eerdekens said that the Russian", ["BEL"], ["RUS"]),
        E(["ACCUSE"], "The test was carried out by regional Belgian authorities", ["BEL"], ["RUS"], req=False),
        E(["REJECT"], "I'm not using anything to push myself", ["RUS"], ["BEL"], req=False),
        E(["ACCUSE"], "I think it is unfair that it's come out the way it did", ["RUS"], ["BEL"], req=False),
        E(["ACCUSE"], "confirmation of the findings was sent last Friday", ["BEL"], ["RUS"], req=False),
        E(["ACCUSE"], "naming was condemned by Russian tennis chief", ["RUS"], ["BEL"], attribution="organization"),
        E(["ACCUSE"], "has broken every ethical rule in the book", ["RUS"], ["BEL"], req=False),
        E(["REJECT", "ACCUSE"], "pure fiction and fabrication of the facts", ["RUS"], ["BEL"], req=False),
    ], forbid=[F("She remains innocent until proved guilty"),
               F("the tournament was not commissioned by the World Anti-Doping Agency")],
        places=[P("Charleroi", "BEL", 50.41, 4.44), P("Spain", "ESP")],
        dates=[D("19 December", "2004-12-19")]),

    # 6. bbc-sport-245: spectators evacuated from the Bernabeu stadium after a bomb scare: the Basque newspaper Gara
    #    apparently received a call saying a bomb would explode; police found nothing; initial reports suggest ETA,
    #    which issued similar warnings before small explosions in recent days; ETA targeted the stadium with a car
    #    bomb on 1 May 2002. The telephoned threat THREATEN (the caller unnamed: ETA suspected, IMG or ESP, not
    #    checked; ESP the recipient; in Spain) required; the lead's bomb scare (restatement), ETA's suspected
    #    responsibility, its recent warnings and explosions THREATEN/ASSAULT and the 2002 car bomb ASSAULT
    #    (historical) optional; the police's empty search and the match forbidden.
    article(BBC + "sport-245", BBC_PUB, [
        E(["THREATEN"], "following a bomb scare during the game", None, ["ESP"], req=False),
        E(["THREATEN"], "received a telephone call saying a bomb was due to explode", None, ["ESP"],
          attribution="media", location_country="ESP"),
        E(["THREATEN", "ACCUSE"], "ETA may be responsible for the bomb threat", ETA, ["ESP"], req=False),
        E(["THREATEN", "ASSAULT"], "issuing similar warnings before a series of small explosions", ETA, ["ESP"],
          req=False),
        E(["ASSAULT"], "The Bernabeu was targeted by ETA", ETA, ["ESP"], req=False, modality=H, date="2002-05-01"),
        E(["ASSAULT"], "A car bomb exploded in a street outside the stadium", ETA, ["ESP"], req=False, modality=H,
          date="2002-05-01"),
    ], forbid=[F("have not found anything"),
               F("Ronaldo cracked home with his left foot"),
               F("Real will drop to third place")],
        dates=[D("1 May, 2002", "2002-05-01")],
        quantities=[Q("More than 70,000 people", 70000, "people"), Q("17 people", 17, "people")]),

    # 7. bbc-entertainment-349: India orders the Iranian-born actress Negar Khan, who holds a Norwegian passport,
    #    deported to Norway for working on a visitor's visa; she says she had no notice and nothing is wrong with her
    #    visa; Bombay's deputy police chief says she is being sent back and that notices were issued last year. The
    #    deportation order COERCE (IND to NOR, IRN accepted; in India) and her denial REJECT (NOR to IND) required;
    #    the charge of illegal work ACCUSE, the drive to the airport, the police chief's restatement COERCE, her
    #    complaints ACCUSE, the earlier warning and notices THREATEN (historical) and his charge ACCUSE optional;
    #    the magazine photos forbidden.
    article(BBC + "entertainment-349", BBC_PUB, [
        E(["COERCE"], "India has ordered the deportation of Iranian-born model", ["IND"], KHAN,
          location_country="IND"),
        E(["ACCUSE"], "after saying she was working illegally on her visa", ["IND"], KHAN, req=False),
        E(["COERCE"], "she was being driven straight to the airport", ["IND"], KHAN, req=False),
        E(["THREATEN", "REQUEST"], "she had been warned about her visa last year", ["IND"], KHAN, req=False,
          modality=H),
        E(["ACCUSE"], "They did not give me any notice", KHAN, ["IND"], req=False),
        E(["REJECT"], "There is nothing wrong with my visa", KHAN, ["IND"]),
        E(["ACCUSE"], "They are not allowing me to even call a lawyer", KHAN, ["IND"], req=False),
        E(["COERCE"], "said Khan was being sent back to Norway", ["IND"], KHAN, req=False),
        E(["ACCUSE"], "she has engaged in several commercial ventures", ["IND"], KHAN, req=False),
        E(["THREATEN", "REQUEST"], "We issued notices last year", ["IND"], KHAN, req=False, modality=H),
    ], forbid=[F("topless photos alleged to be of her appeared")],
        places=[P("India", "IND"), P("Norway", "NOR"), BOMBAY]),

    # 8. bbc-entertainment-289: musicians' groups, the Musicians' Union among them, call for an end to the US visa
    #    costs and forms British acts face; the Music Managers' Forum endorses them; the culture department (DCMS)
    #    works with the US embassy and the record industry; the US embassy says it does all it can to process the
    #    visas speedily and will do its best to facilitate exchange. The unions' call REQUEST (GBR to USA) and the
    #    department's work with the embassy COOPERATE (CONSULT accepted; GBR and USA either side) required; the
    #    lead's plan to tackle the rules (future), the union's charge of disadvantage ACCUSE, its "something has
    #    to be done", the forum's endorsement SUPPORT and the embassy's answers AGREE/COOPERATE optional; the
    #    five-year ban risk (hypothetical) and the comparison with US acts forbidden.
    article(BBC + "entertainment-289", BBC_PUB, [
        E(["REQUEST", "ACCUSE"], "Musicians' groups are to tackle US visa regulations", ["GBR"], ["USA"],
          req=False, modality=FUT),
        E(["REQUEST"], "are calling for an end to the", ["GBR"], ["USA"], attribution="organization"),
        E(["ACCUSE"], "British musicians are \"disadvantaged\"", ["GBR"], ["USA"], req=False),
        E(["REQUEST"], "something has to be done about the creaky bureaucracy", ["GBR"], ["USA"], req=False),
        E(["SUPPORT"], "stance is being endorsed by the Music Managers' Forum", ["GBR"], ["GBR"], req=False),
        E(["COOPERATE", "CONSULT"], "are working with the US embassy and record industry", ["GBR", "USA"],
          ["GBR", "USA"]),
        E(["AGREE", "COOPERATE", "CONCEDE"], "are doing everything we can to process those applications",
          ["USA"], ["GBR"], req=False),
        E(["AGREE", "COOPERATE"], "we will do our best to facilitate that", ["USA"], ["GBR"], req=False,
          modality=FUT),
    ], forbid=[F("US acts are not faced with comparable expense"),
               F("you risk a five-year ban")],
        places=[P("London", "GBR", 51.51, -0.13), P("Orkneys", "GBR"), P("India", "IND"), P("China", "CHN")],
        quantities=[Q("$1,300", 1300, "dollars"), Q("£680", 680, "pounds"), Q("nearly 30 pages", 30, "pages")]),

    # 9. bbc-entertainment-085: Catholic organisations in India demand the withdrawal of the film Sins (a priest's
    #    affair); the director refuses; Catholics plan a protest in Mumbai on Wednesday; a Catholic leader calls
    #    the film pornographic, accuses the director of portraying a priest in a bad light for gain and is shocked
    #    that the Censor Board cleared it; TV channels refuse to run its promotion. The demand REQUEST, the
    #    director's refusal REJECT, the planned protest PROTEST (future) and the accusation ACCUSE (religious
    #    organisations and the director IND on both sides; the protest in India) required; the hurt sentiments and
    #    "pornographic" ACCUSE, the renewed urging REQUEST, the director's "no plans to cancel" REJECT, the channels'
    #    refusals REJECT (firms), the Censor Board's clearance SUPPORT (historical) and the leader's shock at it
    #    ACCUSE optional; the plot and the Catholic population figure forbidden.
    article(BBC + "entertainment-085", BBC_PUB, [
        E(["REQUEST"], "have demanded the withdrawal of a film", ["IND"], ["IND"], attribution="organization"),
        E(["REJECT"], "are now refusing to run the promotional material", [MNC, "IND"], ["IND"], req=False),
        E(["REJECT"], "has refused to withdraw it", ["IND"], ["IND"]),
        E(["PROTEST"], "Catholics are planning a protest in Mumbai", ["IND"], ["IND"], modality=FUT,
          location_country="IND"),
        E(["ACCUSE"], "has hurt the religious sentiments of India's Catholic community", ["IND"], ["IND"],
          req=False),
        E(["ACCUSE"], "He called the film \"pornographic and sensational\"", ["IND"], ["IND"], req=False),
        E(["ACCUSE"], "has accused the director of the film", ["IND"], ["IND"], attribution="organization"),
        E(["REQUEST"], "Catholics have urged Mr Pande to withdraw the film", ["IND"], ["IND"], req=False),
        E(["REJECT"], "he has no plans to cancel the film", ["IND"], ["IND"], req=False),
        E(["SUPPORT"], "has already been cleared by the Censor Board", ["IND"], ["IND"], req=False, modality=H),
        E(["ACCUSE"], "he is shocked at the Censor Board's decision", ["IND"], ["IND"], req=False),
        E(["REJECT"], "have so far refused to be dragged into the controversy", [MNC, "IND"], ["IND"], req=False),
    ], forbid=[F("shows a priest in steamy scenes"),
               F("Christians make up about two per cent")],
        places=[P("India", "IND"), MUMBAI, BOMBAY, P("Kerala", "IND")],
        quantities=[Q("about two per cent", 2, "percent"), Q("more than a billion people", 1000000000,
                                                             "people")]),
]

if __name__ == "__main__":
    write_gold(ARTICLES, __file__)
