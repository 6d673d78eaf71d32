"""Wire-style datelines: "BAGHDAD, March 29 - ", "HANOI, Vietnam (AP) — ", "LONDON (Reuters) -"."""
from __future__ import annotations

import re

# Wires also write the month in capitals ("BRASILIA, MARCH 5 -").
_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
_AGENCY = r"\((?:Reuters|AP|AFP|dpa|DPA|IANS|PTI|ANI|UPI|Xinhua|EFE|TASS|Bloomberg|Sputnik|CNN|BBC|IPS|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?)\)"
_DASH = r"(?:--|-|–|—|:)"
# A place in capitals ("NEW DELHI", "ST. LOUIS", "HANOI, Vietnam") may stand alone before the dash;
# a mixed-case one ("Beirut, Lebanon") only when a date or an agency follows it, as wire copy has.
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}"
_ANY_PLACE = r"[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}"
_REGION = r"(?:,\s*[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2})"
_DATE = rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"

_CAPS_DATELINE = re.compile(rf"^(?P<place>{_CAPS_PLACE}{_REGION}?)\s*{_DATE}?\s*(?:{_AGENCY})?\s*{_DASH}(?:\s|$)")
_MIXED_DATELINE = re.compile(
    rf"^(?P<place>{_ANY_PLACE}{_REGION}?)\s*(?:{_DATE}\s*(?:{_AGENCY})?|{_AGENCY})\s*{_DASH}(?:\s|$)"
)


def find_dateline(paragraphs: list[str]) -> str | None:
    """The dateline place of an article, looked for at the start of its first body paragraphs.

    A headline above the lede (short, no full stop) is skipped over; the search stops at the
    first paragraph that reads like prose, since a dateline only ever opens the lede.
    """
    for para in paragraphs[:3]:
        hit = _CAPS_DATELINE.match(para) or _MIXED_DATELINE.match(para)
        if hit:
            place = hit["place"].strip(" ,")
            if sum(c.isalpha() for c in place) >= 2:
                return place
        if len(para.split()) > 12 or para.endswith("."):
            return None
    return None
