"""The cleaner drops junk lines with a reason, keeps every article sentence, finds datelines."""
import glob
from pathlib import Path

import pytest

from eventwire.clean import CleanResult, clean_text

SHARED = Path(__file__).resolve().parents[3] / "shared"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"

BODY = [
    "The defence ministry said on Monday that its troops had left the northern garrison.",
    "Local leaders welcomed the move and called for talks with the government next month.",
]


def wrap(junk: str) -> str:
    return f"{BODY[0]}\n\n{junk}\n\n{BODY[1]}"


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("See also  Election: opposition rally draws thousands in the capital", "see_also"),
        ("ALSO READ | Markets slide as oil prices jump", "see_also"),
        ("You may also like:", "see_also"),
        ("Related: Ten things to know about the summit", "related"),
        ("Related Stories", "related"),
        ("Most Read", "related"),
        ("Follow us on Google news ,Twitter , and Join Whatsapp Group of example.in", "social"),
        ("Follow Us on", "social"),
        ("Like us on Facebook", "social"),
        ("Follow Jane Roe on Twitter", "social"),
        ("@janeroe", "social"),
        ("Facebook Twitter WhatsApp Email", "social"),
        ("Share this article", "share_prompt"),
        ("Share", "share_prompt"),
        ("Comments (12)", "share_prompt"),
        ("5 min read", "share_prompt"),
        ("Sign up for our daily newsletter", "subscribe"),
        ("Subscribe to the Morning Brief newsletter", "subscribe"),
        ("Read more: Minister resigns after row over budget", "read_more"),
        ("Continue reading the main story", "read_more"),
        ("Click here to get the app", "read_more"),
        ("Story continues below advertisement", "read_more"),
        ("Learn more", "read_more"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Sponsored content", "advertisement"),
        ("Photo: Reuters", "photo_credit"),
        ("(Getty Images)", "photo_credit"),
        ("(AP Photo/Jane Roe)", "photo_credit"),
        ("REUTERS/John Doe", "photo_credit"),
        ("Image copyright AFP", "photo_credit"),
        ("© Reuters", "photo_credit"),
        ("By John Smith", "byline"),
        ("By JANE DOE and Ali Hassan, Associated Press", "byline"),
        ("By Reuters Staff", "byline"),
        ("Reporting by Jane Roe in Lagos; Editing by Tom Brown", "byline"),
        ("(Additional reporting by Ali Hassan; Writing by Jane Roe)", "byline"),
        ("Author: Mary Major", "byline"),
        ("Contributing: Jane Roe and Ali Hassan", "byline"),
        ("Home > World > Africa", "heading"),
        ("News | Politics", "heading"),
        ("World", "heading"),
        ("Copyright 2024 Example Media. All rights reserved.", "copyright"),
        ("© 2023 The Daily Example", "copyright"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("By continuing to browse this site you agree to our use of cookies", "cookie"),
        ("This article has been adapted from its original source.", "boilerplate"),
        ("Originally published on Example Science.", "boilerplate"),
        ("Updated: 19 April 2024 10:31 GMT", "timestamp"),
        ("3 hours ago", "timestamp"),
        ("___", "separator"),
        ("REUTER", "signoff"),
        ("ENDS", "signoff"),
        ("-30-", "signoff"),
        ("https://www.example.com/news/article-12345.html", "url"),
        ("Please enable JavaScript to view the comments", "notice"),
    ],
)
def test_junk_line_is_removed_with_its_reason(junk, reason):
    result = clean_text(wrap(junk))
    assert result.text == "\n\n".join(BODY)
    assert [(r.text, r.reason) for r in result.removed] == [(" ".join(junk.split()), reason)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The president said on Twitter that the border would stay closed until further notice.",
        "Follow-up talks are expected in Geneva next week, a spokesman said.",
        "Facebook said it had removed hundreds of accounts linked to the military.",
        "Like us, the French government has asked its citizens to leave the country, he said.",
        "By the end of the week, more than 2,000 people had fled the fighting.",
        "By Tuesday, rebels controlled the airport.",
        "Read the statement in full, the opposition urged its supporters on Sunday.",
        "Photographs posted on Instagram showed crowds gathering outside parliament.",
        "Reuters could not independently verify the reports.",
        "(The PA said it would not attend the meeting, according to a statement from Ramallah.)",
        "Share prices in Beirut fell 15% after the assassination.",
        "Copyright laws were among the issues discussed at the trade talks.",
        "Recommended by the committee, the bill passed its second reading on Thursday.",
        "More details emerged on Tuesday when the ministry published its report.",
        "Published in 2019, the report found widespread abuses in detention centres.",
        "Subscribers to the state newspaper were told the election would be postponed.",
        "World leaders gathered in Paris for the climate summit.",
        "Home Secretary Jane Roe said the visa rules would change.",
        "Follow the money, investigators told the inquiry on Monday.",
        "Ends of the ceasefire line were patrolled by Reuter's old unit, the general said.",
        "Contributing factors: the drought, the war and the collapse of the currency",
        "Contributors to the relief fund included the World Bank.",
    ],
)
def test_article_sentences_are_kept(sentence):
    result = clean_text(wrap(sentence))
    assert result.removed == []
    assert sentence in result.text


def test_whitespace_is_normalised_and_paragraphs_kept():
    raw = "  First\u00a0 line\twith   gaps.\u2009Thin.\r\n\r\n\r\n\u200bSecond\u3000paragraph.  \n Same paragraph, next line. "
    result = clean_text(raw)
    assert result.text == "First line with gaps. Thin.\n\nSecond paragraph.\nSame paragraph, next line."
    assert isinstance(result, CleanResult)


def test_hard_wrapped_wire_copy_is_unwrapped():
    raw = (
        "TALKS END IN DEADLOCK\n"
        "GENEVA, March 3 - \n"
        "Negotiators failed to agree on a truce after three days of\n"
        "talks, diplomats said, and the two delegations left the city\n"
        "without setting a date for a new round.\n"
        "    The mediator said both sides had made proposals that the\n"
        "other could not accept, but that contacts would continue at\n"
        "a lower level in the coming weeks.\n"
    )
    result = clean_text(raw)
    assert result.text.split("\n\n") == [
        "TALKS END IN DEADLOCK",
        "GENEVA, March 3 - Negotiators failed to agree on a truce after three days of talks, diplomats said, "
        "and the two delegations left the city without setting a date for a new round.",
        "The mediator said both sides had made proposals that the other could not accept, but that contacts "
        "would continue at a lower level in the coming weeks.",
    ]
    assert result.dateline == "GENEVA"


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        ("BAGHDAD, March 29 - Iraqi officials said on Sunday that the vote would go ahead.", "BAGHDAD"),
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China.", "HANOI, Vietnam"),
        ("LONDON (Reuters) - Britain's government said on Monday it would act.", "LONDON"),
        ("NEW DELHI: Nearly 150 Indians returned home on Wednesday.", "NEW DELHI"),
        ("VIENNA — The house will be turned into a police station, the minister said.", "VIENNA"),
        ("ST. LOUIS (AP) -- Protesters marched downtown for a third night.", "ST. LOUIS"),
        ("Beirut, March 3 (Reuters) - Lebanon's cabinet met on Tuesday.", "Beirut"),
        ("N'DJAMENA, March 2 - Chad said its forces had retaken the town.", "N'DJAMENA"),
    ],
)
def test_dateline_is_found_and_text_kept(lede, place):
    result = clean_text(f"{lede}\n\n{BODY[0]}")
    assert result.dateline == place
    assert result.text.startswith(lede)


def test_dateline_after_a_headline():
    result = clean_text(f"Truce talks collapse\n\nGENEVA (Reuters) - {BODY[0]}")
    assert result.dateline == "GENEVA"


@pytest.mark.parametrize(
    "lede",
    [
        BODY[0],
        "PanExample.Net - Verified footage shows police firing on protesters.",
        "Beirut - the city was quiet on Sunday.",
        "US officials said on Monday - without giving details - that talks had stalled.",
    ],
)
def test_no_dateline(lede):
    assert clean_text(f"{lede}\n\n{BODY[1]}").dateline is None


def test_headlines_under_a_read_more_header_are_dropped_as_related():
    raw = "\n\n".join(BODY) + "\n\nRead more:\n\nPrime minister faces revolt over budget\n\nFloods hit the south again"
    result = clean_text(raw)
    assert result.text == "\n\n".join(BODY)
    assert [r.reason for r in result.removed] == ["read_more", "related", "related"]


def test_related_list_stops_at_prose():
    raw = "Related stories\n\nFloods hit the south again\n\n" + "\n\n".join(BODY)
    result = clean_text(raw)
    assert result.text == "\n\n".join(BODY)


def test_all_junk_gives_empty_text():
    result = clean_text("Advertisement\n\nFollow us on Twitter\n\nShare")
    assert result.text == ""
    assert len(result.removed) == 3


def test_fixture_page_text():
    raw = (FIXTURES / "scraped.txt").read_text(encoding="utf-8")
    result = clean_text(raw)
    assert result.dateline == "KINSHASA"
    kept = result.text.split("\n\n")
    assert len(kept) == 5
    assert all(not r.text.startswith("The ") for r in result.removed)
    assert {r.reason for r in result.removed} == {
        "heading", "byline", "photo_credit", "see_also", "advertisement", "share_prompt", "social", "copyright",
    }


@pytest.mark.skipif(not (SHARED / "seed" / "niger-withdrawal.txt").exists(), reason="needs ../shared")
def test_seed_article_loses_exactly_its_three_junk_lines():
    raw = (SHARED / "seed" / "niger-withdrawal.txt").read_text(encoding="utf-8")
    result = clean_text(raw)
    assert [r.reason for r in result.removed] == ["see_also", "social", "social"]
    assert result.removed[0].text.startswith("See also Pakistan:")
    assert result.removed[2].text == "Follow Us on"
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == 12
    for para in raw.split("\n\n"):
        para = para.strip()
        if para and not para.startswith(("See also", "Follow")):
            assert " ".join(para.split()) in paragraphs


@pytest.mark.skipif(not (SHARED / "corpus" / "world_politics").exists(), reason="needs ../shared")
def test_world_politics_corpus_keeps_its_sentences():
    removed = []
    for path in sorted(glob.glob(str(SHARED / "corpus" / "world_politics" / "*.txt"))):
        result = clean_text(Path(path).read_text(encoding="utf-8", errors="replace"))
        removed += [(Path(path).name, r.reason, r.text) for r in result.removed]
    # inspected by hand: only teaser links, separators, "adapted from" notes, author notes and the
    # Reuters wire stories' closing "REUTER" go
    assert {reason for _, reason, _ in removed} <= {"read_more", "related", "see_also", "separator", "boilerplate",
                                                    "byline", "signoff"}
    assert len(removed) <= 19  # 15 furniture lines and four "REUTER" sign-offs
    assert all(len(text.split()) < 16 for _, _, text in removed)
    bylines = sorted(text for _, reason, text in removed if reason == "byline")
    assert all(" contributed" in t or " is " in t for t in bylines)


def test_photographer_credits_and_author_notes_are_removed():
    text = ("Lawmakers voted on Saturday.\n\nAnthony Wallace / AFP - Getty Images\n\nThe motion failed.\n\n"
            "Jane Roe is the Asia Digital Editor for Example News, based in Hong Kong.\n\nAbigail Doe and Sam Poe contributed.\n")
    result = clean_text(text)
    assert result.text.split("\n\n") == ["Lawmakers voted on Saturday.", "The motion failed."]
    assert [r.reason for r in result.removed] == ["photo_credit", "byline", "byline"]


def test_sentences_about_officials_and_contributions_stay():
    text = "John Smith is the foreign minister of Kenya.\n\nKenya and Uganda contributed troops to the mission.\n"
    assert clean_text(text).removed == []


def test_bracketed_teasers_inside_the_body_are_removed():
    text = "Gunmen attacked the museum.\n\n[Read: Why the region suffers from violence]\n\nThe attack killed 20 people.\n"
    result = clean_text(text)
    assert [r.reason for r in result.removed] == ["see_also"] and "Read:" not in result.text
    assert clean_text("The minister said (see also page 4) that talks would resume.\n").removed == []


def test_dateline_with_the_month_in_capitals():
    from eventwire.clean._dateline import find_dateline

    assert find_dateline(["QUITO, APRIL 7 - Ecuador suspended payments on its foreign debt."]) == "QUITO"
