"""Bytes to text: binary sniffing, BOMs and the single-byte fallback.

Scraped corpora mix encodings (the BBC set has a Latin-1 file), so a decode failure must not
lose the article; but binary files dropped in an input folder must not become "articles" of
mojibake either, hence the sniffing before any decoding.
"""
from __future__ import annotations

import codecs

# Leading bytes of formats people drop into news folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip data without a .gz extension"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an MS Office file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SNIFF = 8192
# Text allows tab, newline, carriage return, form feed; anything else below 0x20 is suspect.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
_MAX_CONTROL_SHARE = 0.05


def sniff_binary(head: bytes, *, allow_gzip: bool = False) -> str | None:
    """Say what binary format ``head`` (the first bytes of a file) looks like, or None for text."""
    if head.startswith(_UTF16_BOMS):
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic) and not (allow_gzip and magic == b"\x1f\x8b"):
            return what
    sample = head[:_SNIFF]
    if not sample:
        return None
    if b"\x00" in sample:
        return "NUL bytes"
    controls = sum(1 for b in sample if b in _CONTROL)
    if controls / len(sample) > _MAX_CONTROL_SHARE:
        return f"{controls} control bytes in the first {len(sample)}"
    return None


# C1 controls (0x80-0x9F) are what Latin-1 makes of bytes that were never Latin-1 text.
_C1 = frozenset(chr(c) for c in range(0x80, 0xA0))


def decode(data: bytes) -> tuple[str | None, str]:
    """Decode ``data``; return (text or None, the encoding tried last).

    UTF-8 first (BOM stripped), then UTF-16 when a BOM says so, then cp1252 (a superset of
    Latin-1's printable range that Windows-made files use), then Latin-1 itself. Latin-1 never
    fails, so its result is refused when it is full of C1 control characters.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    c1 = sum(1 for ch in text if ch in _C1)
    if c1 > max(3, len(text) // 100):
        return None, "latin-1"
    return text, "latin-1"
