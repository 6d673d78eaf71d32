"""Wire copy that capitalises the word after an initialism: what the parser reads, and how the text comes back.

Reuters' 1987 feed capitalises the word after "U.S." (and "U.K.", "N.V.", ...): "The U.S. Insists the EC comply",
"U.S. Officials said", "with the U.S. And Japan". The tagger takes such a word for a proper noun, so a verb or an
event noun is lost to the coder. The parser is given the text with that word in lower case, and the parsed Doc then
gets the original characters back: every offset and the text the user sees are unchanged, only the tags, the parse,
the lemmas and the entities come from the lower-case reading.

A word is lowered only where it is most likely not a name (see ``_lowered``): names go on in capitals ("U.S.
Agriculture Department"), are written in capitals elsewhere in the story ("Congress"), or are not English words
at all ("Hutton").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# An initialism of two or more letters with periods ("U.S.", "U.K.", "N.V."), a space on the same line, and the
# capitalised word after it, with the next word on the same line if there is one.
_AFTER_INITIALISM = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})[ \t]+([A-Z][a-z]+)\b(?=[ \t]*([\w&]+)?[ \t]*(\w+)?)")

# The initials of a state or a bloc. After other initials a capital is mostly a name: a person's initials and
# surname ("E.F. Hutton", "J.P. Morgan"), so only a function word is lowered there ("Philips N.V. Said").
_STATE_INITIALISMS = frozenset({"U.S.", "U.K.", "U.S.A.", "U.N.", "E.C.", "E.E.C.", "U.S.S.R.", "N.Z.", "H.K.",
                                "U.A.E."})

# Words that often open a sentence: after "the U.S." such a word may start the next one ("... to the U.S. The
# ministry said"), so it is left for the parser to read as it is.
_OPENERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "some", "many",
    "most", "all", "both", "each", "no", "any", "another", "other", "such", "one", "two", "three",
    "he", "she", "it", "they", "we", "i", "you", "there", "who", "what", "which", "when", "where", "why", "how",
    "but", "however", "yet", "so", "also", "meanwhile", "still", "then", "thus", "instead", "moreover", "earlier",
    "later", "last", "next", "now", "today", "yesterday", "tomorrow", "in", "on", "at", "after", "before", "since",
    "while", "if", "as", "although", "though", "because", "despite", "during", "under", "until", "unless", "reuter"})

# Function words that never open a sentence and are never a name: lowered even before another capital ("the U.S.
# And Japan", "the U.S. Has Been").
_CONTINUERS = frozenset({"and", "or", "nor", "to", "of", "for", "with", "from", "by", "than", "over", "into",
                         "against", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
                         "would", "could", "should", "can", "may", "might", "must", "shall", "did", "does", "do",
                         "said", "says", "not", "about", "between", "through", "toward", "towards", "per", "via"})

# The legal form that ends a company's name: "Toyota Motor Sales U.S.A. Inc".
_COMPANY_FORMS = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "sa", "ag", "nv", "bv", "gmbh", "spa"})

# Joiners inside a multi-word name: "U.S. Department of Agriculture", "U.S. Food and Drug Administration".
_NAME_JOINERS = frozenset({"of", "and", "&"})


def parser_text(text: str) -> str:
    """``text`` with each capitalised word after an initialism that is not a name in lower case. The same object
    comes back when nothing changes (the common case: one regex search)."""
    chars: list[str] | None = None
    for m in _AFTER_INITIALISM.finditer(text):
        initials, word, nxt, after = m.group(1, 2, 3, 4)
        if not _lowered(word, m.end(2), nxt, after, text, initials in _STATE_INITIALISMS):
            continue
        if chars is None:
            chars = list(text)
        chars[m.start(2)] = word[0].lower()
    return text if chars is None else "".join(chars)


def _lowered(word: str, end: int, nxt: str | None, after: str | None, text: str, after_state: bool) -> bool:
    lower = word.lower()
    if lower in _CONTINUERS:
        return True
    if len(word) <= 4 and text.startswith(".", end):
        return False  # a title's abbreviation, "U.S. Rep. Newt Gingrich", not a sentence's end
    if not after_state or lower in _OPENERS or lower in _COMPANY_FORMS or written_as_name(word, text):
        return False
    classes = word_classes(lower)
    if classes == {"verb"} or ("verb" in classes and lower.endswith("ed")):
        # a verb form is never inside a name, so a capital after it is its object: "The U.K. Warned Argentina"
        return True
    return bool(classes) and not _starts_name(nxt, after)


def _starts_name(nxt: str | None, after: str | None) -> bool:
    """"U.S. Agriculture Department", "U.S. Court of Appeals": the word goes on into more capitals."""
    if nxt is None:
        return False
    if nxt[:1].isupper():
        return True
    return nxt in _NAME_JOINERS and after is not None and after[:1].isupper()


def written_as_name(word: str, text: str) -> bool:
    """The story writes the word in capitals after a lower-case word or a comma ("approved by Congress"), and
    never in lower case: it is a name here. Only the few candidate words are searched for."""
    if re.search(rf"\b{word.lower()}\b", text):
        return False
    return re.search(rf"(?<=[a-z,;] ){word}\b", text) is not None


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[dict[str, frozenset[str]], dict[str, dict[str, list[str]]], dict[str, list[list[str]]]]:
    """The English lemmatiser's word lists (the base forms it knows, its exceptions and its suffix rules), by
    part of speech."""
    from . import load_nlp

    lookups = load_nlp().get_pipe("lemmatizer").lookups
    index, exc, rules = (lookups.get_table(n) for n in ("lemma_index", "lemma_exc", "lemma_rules"))
    pos = ("noun", "verb", "adj", "adv")
    return ({p: frozenset(index.get(p, ())) for p in pos}, {p: dict(exc.get(p, {})) for p in pos},
            {p: [list(r) for r in rules.get(p, [])] for p in pos})


def word_classes(lower: str) -> set[str]:
    """The parts of speech (noun, verb, adj, adv) the lemmatiser knows ``lower`` as, a base or an inflected form:
    "insists" {verb}, "officials" {noun}, "demands" {noun, verb}; empty for a word it does not know ("dlrs")."""
    index, exc, rules = _lemma_tables()
    return {pos for pos, bases in index.items()
            if lower in bases or lower in exc[pos]
            or any(old and lower.endswith(old) and lower[: len(lower) - len(old)] + new in bases
                   for old, new in rules[pos])}


def restore_text(doc: Any, text: str) -> Any:
    """A Doc with ``text``'s own characters and ``doc``'s annotations. ``text`` is ``doc``'s text with some
    letters in another case, so every token keeps its offsets."""
    from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    words = [text[t.idx: t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID]
    out.from_array(attrs, doc.to_array(attrs))
    out.tensor = doc.tensor
    out.user_data.update(doc.user_data)
    return out


def noun_lemma(lower: str) -> str:
    """The base form the lemmatiser's noun rules give ``lower`` ("talks" -> "talk", "negotiations" -> "negotiation"),
    or ``lower`` itself where they give none."""
    index, exc, rules = _lemma_tables()
    if lower in exc["noun"]:
        return exc["noun"][lower][0]
    for old, new in rules["noun"]:
        if old and lower.endswith(old) and lower[: len(lower) - len(old)] + new in index["noun"]:
            return lower[: len(lower) - len(old)] + new  # as the lemmatiser reads a plural ("talks" -> "talk")
    return lower
