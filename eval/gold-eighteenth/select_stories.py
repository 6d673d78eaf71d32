"""Seeded candidate list for the eighteenth article gold: the continuation, from position 45, of the walk that
eval/gold-sixteenth (positions 1-21) and eval/gold-seventeenth (positions 22-44) made through the political news
stories of the Lee background corpus (ABC, Australia, late 2001; gensim's test_data/lee_background.cor, one story
a line, 300 lines).
Usage (from /work/main): python3 eval/gold-eighteenth/select_stories.py [PATH/TO/lee_background.cor]
(no path: the corpus is read from the pinned gensim wheel, as eval/gold-sixteenth/fetch_texts.py does).

The candidate list is gold-sixteenth's, unchanged: its filter and seeded shuffle are imported from
eval/gold-sixteenth/select_stories.py (not copied), so all three golds walk one and the same list. This gold starts
at position 45 and takes, in order, the next twelve stories that are political news (conflict and security,
protest, diplomacy, domestic politics, aid, sanctions, law enforcement against public figures), report at least
two events, and are not the same news story as one taken by either earlier gold (an earlier or later stage of the
same news event counts as the same); at most three stories on one conflict. WALK below and README.md give each
position's reason."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_authoring import gold_script, lee_stories  # noqa: E402


select16 = gold_script("select16", "gold-sixteenth", "select_stories.py")
select17 = gold_script("select17", "gold-seventeenth", "select_stories.py")
EARLIER = [n for n, _, _ in select16.WALK] + [n for n, _, _ in select17.WALK]
FIRST_POSITION = len(EARLIER) + 1   # 45: the first position neither earlier gold walked

# The walk from position 45, in the order printed: (line, taken, reason). "Afghanistan and the war on terror" and
# "Israeli-Palestinian" are the conflicts that reached the cap of three.
WALK = [
    (129, False, "the Governor-General to answer abuse allegations (a statement to come) and a Paris hotel fire: "
                 "no political event reported yet, an accident"),
    (111, False, "a football club's board election: not political"),
    (82, True, "a nudist photo shoot; Hill on two Australians trained with Al Qaeda; Afghanistan's interim "
               "government agrees to accept a multinational force, talks with British officers, a UN vote due: "
               "diplomacy and security (Afghanistan and the war on terror 1)"),
    (184, True, "Israel regrets the deaths of two children in a botched helicopter strike in Hebron; Zinni meets "
                "Arafat; the EU challenges Arafat: conflict and diplomacy (Israeli-Palestinian 1; Zinni's "
                "deadline of gold-seventeenth's line 197 is background here, the lead is new)"),
    (255, False, "storm damage in Sydney, a warning about people posing as SES workers: not political"),
    (105, False, "Woomera detention centre riots, day three: the unrest of gold-seventeenth's line 89"),
    (5, True, "Afghan asylum applications suspended; detainees airlifted from Christmas Island to Nauru: domestic "
              "politics (asylum policy)"),
    (160, True, "Moussaoui charged over the September 11 attacks; Ashcroft's claims; Bush on missile defence: "
                "security and law enforcement (Afghanistan and the war on terror 2)"),
    (150, False, "bank staff strike, Westpac calls it unjustified: the bank strike of gold-sixteenth's line 156"),
    (115, True, "Australia negotiates with the United States to interview David Hicks and investigates a report of "
                "another Australian with the Taliban: diplomacy and security (Afghanistan and the war on terror 3)"),
    (64, True, "a church leader says the Governor-General must clarify his statement, Howard defends him, the "
               "Opposition leader calls it insufficient: domestic politics (a public figure)"),
    (167, False, "September 11 remembrance ceremonies and speeches; Moussaoui's charge is line 160's story"),
    (203, False, "Qantas talks on the wage freeze: the dispute of gold-seventeenth's line 128, a later stage"),
    (84, False, "Woomera self-harm and a fence breach: the unrest of gold-seventeenth's line 89"),
    (134, False, "Israel's caution at Arafat's promise: the reaction to the speech of gold-sixteenth's line 131 "
                 "(gold-seventeenth's line 110 too)"),
    (183, False, "Tora Bora captured by Afghan militia: the battle of gold-seventeenth's line 176"),
    (286, False, "Malaysian police arrest a people smuggler: one arrest of a criminal, no public figure"),
    (147, False, "the Government negotiates over David Hicks's fate: the news of line 115, an earlier stage"),
    (212, False, "Sir Peter Blake's murder: crime, not political"),
    (94, True, "Downer says the Commonwealth's action group should put Zimbabwe on its agenda and keep up pressure "
               "on Mugabe; the group meets in London: diplomacy"),
    (192, False, "US bombing of the Tora Bora mountains; Cheney and Rumsfeld on trials: the Tora Bora battle of "
                 "gold-seventeenth's line 176 and gold-sixteenth's lines 133 and 268, and the Afghanistan cap"),
    (284, False, "Powell on bin Laden's whereabouts, US troop numbers: Afghanistan and the war on terror, cap "
                 "of three reached"),
    (201, True, "Sharon says Israel may step up operations after a botched suicide bombing in Haifa; air strikes on "
                "police stations: conflict (Israeli-Palestinian 2; the strikes continue those of gold-sixteenth's "
                "line 267, the lead is new)"),
    (208, True, "Israeli incursions near Khan Yunis with arrests; an F-16 strikes the police headquarters in Gaza "
                "City: conflict (Israeli-Palestinian 3)"),
    (173, False, "Zinni continues his mission: the mission and deadline of gold-seventeenth's line 197"),
    (153, False, "helicopters land near Tora Bora; the Hicks family: the Tora Bora battle, and the Afghanistan cap"),
    (292, False, "Afghan factions deadlocked at the Bonn talks: the talks of gold-sixteenth's line 249"),
    (44, False, "a Palestinian killed in an Israeli raid near Jenin: Israeli-Palestinian, cap of three reached"),
    (270, False, "businessmen ask the Government to help their Ansett bid: business news (a commercial bid)"),
    (166, False, "ASIO interviews Hicks's family: the news of line 115, and the Afghanistan cap"),
    (210, False, "Australia talks to India about Afroz: the war on terror, cap of three reached"),
    (217, False, "Afroz charged in India: the news of line 210, and the war-on-terror cap"),
    (154, True, "Ruddock rejects the UN refugee commissioner's criticism at a Geneva conference: diplomacy (asylum "
                "policy)"),
    (240, False, "Solomon Islands vote count: the election of gold-sixteenth's line 131, an earlier stage"),
    (242, False, "a suicide bombing in Jerusalem: Israeli-Palestinian, cap of three reached"),
    (200, False, "the bin Laden tape; the Taliban's last province; US raids: Afghanistan, cap of three reached "
                 "(and the tape of gold-seventeenth's line 176)"),
    (224, False, "Sir Peter Blake's death: not political"),
    (3, False, "Argentina's interim president resigns: the crisis of gold-sixteenth's line 86, a later stage"),
    (211, False, "a factory shooting in Indiana: crime, not political"),
    (291, True, "the Victorian Government calls unions and Yallourn Energy to talks in a long dispute with work "
                "bans: labour dispute (as gold-sixteenth's bank strike and gold-seventeenth's Qantas story)"),
    (218, False, "refugee groups criticise the Pacific Solution: one accusation, restated"),
    (54, False, "a car theft with a child inside: crime, not political"),
    (174, False, "radio's centenary: not political"),
    (177, False, "Israeli helicopters attack a Force-17 post in Gaza: Israeli-Palestinian, cap of three reached"),
    (141, False, "US air strikes intensify at Tora Bora: the Tora Bora battle, and the Afghanistan cap"),
    (98, False, "the Tora Bora cave search; the UN force: the search of gold-sixteenth's line 133, and the cap"),
    (36, False, "Giuliani's farewell speech: no events"),
    (77, False, "a quiet night at Woomera: the unrest of gold-seventeenth's line 89, a later stage"),
    (163, True, "the Pacific Solution's secret budget; agreement to raise the places in Nauru to 1,200: domestic "
                "politics and diplomacy (asylum policy; not line 5's airlift nor line 154's conference)"),
]




if __name__ == "__main__":
    stories = lee_stories(sys.argv)
    order = select16.candidates(stories)
    print(len(order), "candidates (gold-sixteenth's list); gold-sixteenth and gold-seventeenth walked positions 1 to",
          FIRST_POSITION - 1, file=sys.stderr)
    assert order[:FIRST_POSITION - 1] == EARLIER, "the earlier golds' walk moved"
    reasons = {n: ("TAKEN" if taken else "skipped") + ": " + why for n, taken, why in WALK}
    assert [n for n, _, _ in WALK] == order[FIRST_POSITION - 1:FIRST_POSITION - 1 + len(WALK)]
    for i, n in enumerate(order[FIRST_POSITION - 1:], FIRST_POSITION):
        assert n not in EARLIER
        print(i, n, len(stories[n].split()), stories[n][:90])
        print("   ", reasons.get(n, "not walked"))
    print(sum(t for _, t, _ in WALK), "taken:", sorted(n for n, t, _ in WALK if t), file=sys.stderr)
