"""Offline gazetteer and geoparser: find place names in article text and resolve them to GeoNames
places (ISO alpha-3 country, admin1, coordinates), using a committed index built by
``scripts/build_gazetteer.py``. The index loads lazily, once per process."""
from __future__ import annotations

from ._dateline import parse_dateline
from ._gazetteer import Candidate, Gazetteer
from ._parser import find_places, is_metonymic, resolve_dateline, resolve_place


def country_name(iso3: str) -> str | None:
    """The common English name of an ISO alpha-3 country code ("NER" -> "Niger"), or None."""
    c = Gazetteer.default().country(iso3.upper()) if iso3 else None
    return c.name if c else None


__all__ = ["Candidate", "Gazetteer", "country_name", "find_places", "is_metonymic", "parse_dateline",
           "resolve_dateline", "resolve_place"]
