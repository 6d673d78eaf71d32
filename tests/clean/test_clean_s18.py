"""Readers' comments printed under a story (eighteenth session, prec18): a closing run of paragraphs in the
commenter's own voice after attributed reporting is removed as "comments"; a first-person feature, a review,
a quotation running on, and a story that merely ends on one voiced paragraph keep every line. Every text here
is written for the test."""
from __future__ import annotations

from eventwire.clean import clean_text

STORY = [
    "The former minister launched a new party on Monday, telling reporters it would contest every seat.",
    "He said the old parties had lost touch with voters in the north.",
    "A spokesman for his former party said it was sorry to see him go but wished him well.",
]
COMMENTS = [
    "What a joke! Nobody in my town will vote for him.",
    "I think he is right about the old parties, and I will be joining him.",
    "Another vanity project. He will fade away within a year.",
    "Good riddance! The party is better off without him.",
    "My whole family has voted for the party for decades, and I am not leaving it now.",
]


def _comments(result):
    return [r.text for r in result.removed if r.reason == "comments"]


def test_readers_comments_after_a_story_are_removed():
    result = clean_text("\n\n".join(STORY + COMMENTS))
    assert _comments(result) == COMMENTS
    assert result.text == "\n\n".join(STORY)


def test_a_story_ending_on_one_voiced_paragraph_keeps_it():
    text = "\n\n".join(STORY + COMMENTS[:2])
    assert clean_text(text).text == text


def test_a_quotation_running_on_over_paragraphs_is_kept():
    quoted = [
        "\u201cI have never seen anything like it. My children could not sleep.",
        "\u201cI will not go back there! We lost everything in one night.",
        "\u201cI asked the soldiers for help and they laughed at me.",
        "\u201cMy neighbours have all left. Who will rebuild the village?\u201d",
    ]
    text = "\n\n".join(STORY + [STORY[1] + " \u201cHe told us:"] + quoted)
    assert not _comments(clean_text(text))


def test_a_review_in_the_writers_voice_throughout_is_kept():
    review = [
        "I spent a week with the new phone, and my first impression was good.",
        "The maker said the battery lasts two days.",
        "I found it lasted one! My old phone did better.",
        "I would not buy it at this price. My advice is to wait?",
        "Would I recommend it? I am not sure I would!",
        "I returned mine after ten days.",
    ]
    text = "\n\n".join(review)
    assert clean_text(text).text == text


def test_an_opinion_column_with_no_reporting_is_kept():
    column = [c.replace("I think", "Surely") for c in COMMENTS] + COMMENTS
    text = "\n\n".join(column)
    assert clean_text(text).text == text
