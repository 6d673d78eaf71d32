"""eventwire: news articles in, source-attributed PLOVER 2.0 event records out, offline on a CPU."""
from __future__ import annotations

from typing import Iterable, Iterator

from .config import Config
from .errors import ConfigError, EventwireError, InputError, ModelError, StoreError
from .model import (Actor, Attribution, DateMention, Document, Entity, ErrorRecord, Event, EventLocation,
                    Explanation, Place, Quantity, RawDocument, Removed, TextInfo)

__version__ = "0.1.0"


def extract(inputs: Iterable[str], *, published: str | None = None, config: Config | None = None) -> Iterator[Document]:
    """Read files/directories/JSONL/WARC and yield one :class:`Document` per input document."""
    from .ingest import read_inputs
    from .pipeline import Pipeline

    config = config or Config.load()
    raws = read_inputs(inputs, published=published, max_bytes=config["ingest.max_bytes"])
    yield from Pipeline(config).process(raws, published=published)


def extract_text(text: str, *, published: str | None = None, id: str = "text", config: Config | None = None) -> Document:
    """Code one article given as a string."""
    from .pipeline import Pipeline

    return Pipeline(config).process_text(text, id=id, published=published)


__all__ = [
    "Actor", "Attribution", "Config", "ConfigError", "DateMention", "Document", "Entity", "ErrorRecord", "Event",
    "EventLocation", "EventwireError", "Explanation", "InputError", "ModelError", "Place", "Quantity", "RawDocument",
    "Removed", "StoreError", "TextInfo", "__version__", "extract", "extract_text",
]
