"""Versioned registries of swappable components, all registered in one place.

A component is registered under a versioned name (``eventwire.plover_rules.v1``); a change in
behaviour gets a new name so stored runs stay reproducible. Each component declares what it
``requires`` and ``assigns`` on a document, and :func:`check_order` fails when a pipeline is built
in an order where a component reads something no earlier component set.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .errors import ConfigError


@dataclass(frozen=True)
class Component:
    name: str
    kind: str
    factory: Callable[..., Any]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


@dataclass
class Registry:
    kind: str
    entries: dict[str, Component] = field(default_factory=dict)

    def register(self, name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Callable:
        def wrap(factory: Callable[..., Any]) -> Callable[..., Any]:
            self.entries[name] = Component(name, self.kind, factory, requires, assigns,
                                           (factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else "")
            return factory
        return wrap

    def get(self, name: str) -> Component:
        try:
            return self.entries[name]
        except KeyError:
            raise ConfigError("E903", name=name, kind=self.kind, valid=", ".join(sorted(self.entries))) from None

    def names(self) -> list[str]:
        return sorted(self.entries)


stages = Registry("stage")
coders = Registry("coder")
exporters = Registry("exporter")


def check_order(components: list[Component], provided: tuple[str, ...] = ("text",)) -> None:
    """Raise E903-style ConfigError when a component requires a field no earlier one assigns."""
    have = set(provided)
    for comp in components:
        missing = [r for r in comp.requires if r not in have]
        if missing:
            raise ConfigError("E902", key=comp.name,
                              detail=f"requires {', '.join(missing)} which no earlier component assigns")
        have.update(comp.assigns)


def snapshot() -> dict[str, dict[str, dict[str, list[str]]]]:
    """Every registered name with its contract: pinned by a test so changes are deliberate."""
    return {reg.kind: {n: {"requires": list(c.requires), "assigns": list(c.assigns)} for n, c in sorted(reg.entries.items())}
            for reg in (stages, coders, exporters)}
