"""Coded, actionable errors. Every message says what happened, the likely cause and the fix.

Hierarchy::

    EventwireError
    ├── InputError        (E1xx) a document could not be read; becomes an error record, batch goes on
    ├── ConfigError       (E9xx) bad configuration or command-line usage; stops the run
    ├── StoreError        (E8xx) the database could not be opened or written
    └── ModelError        (E3xx) the NLP model is missing or broken

Stages other than ingest never raise on a bad document: the pipeline catches the exception and
records ``ErrorRecord(stage, code, message)`` on that document, so one bad article never stops a batch.
Codes are stable; tests pin them. Add new codes, never renumber.
"""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    # ingest
    "E101": "Empty document: {source} has no text. Nothing to code; check the scraper or the file.",
    "E102": "Binary content: {source} looks like binary data ({detail}), not text or HTML. Pass text, HTML, JSONL or WARC files.",
    "E103": "Undecodable text: {source} is neither UTF-8 nor {fallback}. Re-encode the file as UTF-8.",
    "E104": "Malformed JSON on line {line} of {source}: {detail}. Fix or drop that line; other lines are read.",
    "E105": "JSONL record on line {line} of {source} has no 'text' or 'html' field. Give each record one of them.",
    "E106": "Document too large: {source} is {size} bytes, over the limit of {limit}. Raise ingest.max_bytes in the config if it is a real article.",
    "E107": "No article text found in the HTML of {source}. The page may be an index, a paywall or script-rendered.",
    "E108": "Cannot open {source}: {detail}. Check the path and permissions.",
    "E109": "Unsupported input {source}: {detail}. Supported: .txt, .html/.htm, .jsonl/.jsonl.gz, .warc/.warc.gz, directories and '-' (stdin).",
    "E110": "Invalid publication date {value!r} for {source}: expected YYYY-MM-DD.",
    # clean
    "E201": "Cleaning removed every line of {source}. The text may be all navigation; check the 'removed' list.",
    # nlp
    "E301": "The spaCy pipeline {name!r} is not installed. Run `make demo` (or pip install -r requirements/runtime.txt) to install it.",
    "E302": "The NLP stage failed on {source}: {detail}.",
    "E303": "Only the first {limit} of {size} characters of {source} were parsed. Raise nlp.max_chars in the config to parse more.",
    # stages after parsing
    "E401": "The event coder failed on {source}: {detail}. The document is stored without events.",
    "E501": "Actor resolution failed on {source}: {detail}.",
    "E601": "Geoparsing failed on {source}: {detail}.",
    "E701": "Date or quantity extraction failed on {source}: {detail}.",
    # store
    "E801": "Cannot open the database {path}: {detail}. Is another process writing to it?",
    "E802": "Writing document {doc_id} to the database failed: {detail}. Earlier documents are kept; re-run to resume.",
    "E803": "The database {path} has schema version {found}, newer than this eventwire supports ({supported}). Upgrade eventwire or use another database file.",
    "E804": "{path} is not an eventwire database: {detail}. Point --db at a new file or one eventwire created.",
    "E805": "The database {path} is open read-only; {operation} needs it opened for writing (one writer process at a time).",
    "E806": "Invalid event query: {detail}.",
    # config and usage
    "E901": "Unknown configuration key {key!r} in {path}. Valid keys: {valid}.",
    "E902": "Invalid value for {key!r}: {detail}.",
    "E903": "Unknown registry name {name!r} for {kind}. Registered: {valid}.",
    "E904": "Gold file {path} is not in the expected shape: {detail}.",
    "E905": "Invalid date {value!r} for {option}: expected YYYY-MM-DD.",
}


def message(code: str, **fields: object) -> str:
    """Format the message of ``code`` with ``fields``; unknown fields stay visible rather than crash."""
    template = MESSAGES[code]
    try:
        return f"[{code}] " + template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return f"[{code}] " + template


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(message(code, **fields))


class InputError(EventwireError):
    """A document could not be read (E1xx)."""


class ModelError(EventwireError):
    """The NLP model is missing or broken (E3xx)."""


class StoreError(EventwireError):
    """The database could not be opened or written (E8xx)."""


class ConfigError(EventwireError):
    """Bad configuration or usage (E9xx)."""
