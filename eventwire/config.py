"""Configuration: shipped defaults plus partial user overrides, validated, shared by every entry point.

The same ``Config`` object drives the CLI, the Python API and the HTTP API, and is stored with
each ingest run so a stored result can always be traced to the settings that produced it.
"""
from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .errors import ConfigError


def _defaults() -> dict[str, Any]:
    return tomllib.loads(resources.files("eventwire").joinpath("default_config.toml").read_text("utf-8"))


def _merge(base: dict[str, Any], override: dict[str, Any], path: str, where: str) -> None:
    for key, value in override.items():
        dotted = f"{path}.{key}" if path else key
        if key not in base:
            raise ConfigError("E901", key=dotted, path=where, valid=", ".join(sorted(base)))
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError("E902", key=dotted, detail="expected a table")
            _merge(base[key], value, dotted, where)
        else:
            expected = type(base[key])
            if expected is list and isinstance(value, list) and all(isinstance(v, str) for v in value):
                base[key] = value
                continue
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise ConfigError("E902", key=dotted, detail=f"expected {expected.__name__}, got {value!r}")
            base[key] = value


@dataclass
class Config:
    data: dict[str, Any] = field(default_factory=_defaults)

    @classmethod
    def load(cls, path: str | None = None, overrides: dict[str, Any] | None = None) -> "Config":
        data = _defaults()
        if path:
            with open(path, "rb") as fh:
                _merge(data, tomllib.load(fh), "", path)
        if overrides:
            _merge(data, overrides, "", "overrides")
        return cls(data)

    def with_overrides(self, overrides: dict[str, Any]) -> "Config":
        """A copy of this configuration with ``overrides`` merged over it (same checks as ``load``)."""
        data = self.to_dict()
        _merge(data, overrides, "", "overrides")
        return Config(data)

    def __getitem__(self, dotted: str) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            node = node[part]
        return node

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self.data)
