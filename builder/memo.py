"""Bounded memos: a value worked out once per key, for what every build (or every rebuild
of `serve`) asks for again and again."""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import TypeVar

Value = TypeVar("Value")
Result = TypeVar("Result")


def memo_by(key_of: Callable[[Value], Hashable], limit: int
            ) -> Callable[[Callable[[Value], Result]], Callable[[Value], Result]]:
    """Remember `compute(value)` under `key_of(value)`. Forgotten all at once when it holds
    `limit` results (the decorated function's `limit` attribute), so that a preview left
    running for days does not keep every value it ever saw. The decorated function's `known`
    is the table itself, for results saved by an earlier process."""

    def decorate(compute: Callable[[Value], Result]) -> Callable[[Value], Result]:
        known: dict[Hashable, Result] = {}

        @functools.wraps(compute)
        def remembered(value: Value) -> Result:
            key = key_of(value)
            try:
                return known[key]
            except KeyError:
                if len(known) >= remembered.limit:  # type: ignore[attr-defined]
                    known.clear()
                found = known[key] = compute(value)
                return found

        remembered.limit = limit  # type: ignore[attr-defined]
        remembered.known = known  # type: ignore[attr-defined]
        return remembered

    return decorate
