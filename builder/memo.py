"""Bounded memos: a value worked out once per key, for what every build (or every rebuild
of `serve`) asks for again and again: `memo_by` for a module's own pure function, `Memo`
for a table an object owns and hands on (saved with a build's state, say)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

Value = TypeVar("Value")
Result = TypeVar("Result")


def memo_by(key_of: Callable[[Value], Hashable], limit: int
            ) -> Callable[[Callable[[Value], Result]], Callable[[Value], Result]]:
    """Remember a module's pure function `compute(value)` under `key_of(value)`: the function
    becomes a `Memo` of its own (`limit` its attribute). Forgotten all at once when it holds
    `limit` results, so that a preview left running for days does not keep every value it
    ever saw."""

    def decorate(compute: Callable[[Value], Result]) -> Callable[[Value], Result]:
        return functools.update_wrapper(Memo(compute, key_of, limit), compute)

    return decorate


class Memo(Generic[Value, Result]):
    """`compute(value)` remembered under `key_of(value)`, in a table owned by whoever made
    this memo (not a module): it decides how long the table lives, and may fill it with
    results saved by an earlier process (`remember`). Forgotten all at once when it holds
    `limit` results, as `memo_by`'s are."""

    def __init__(self, compute: Callable[[Value], Result], key_of: Callable[[Value], Hashable],
                 limit: int):
        self.compute, self.key_of, self.limit = compute, key_of, limit
        self.known: dict[Hashable, Result] = {}

    def __call__(self, value: Value) -> Result:
        key = self.key_of(value)
        try:
            return self.known[key]
        except KeyError:
            if len(self.known) >= self.limit:
                self.known.clear()
            found = self.known[key] = self.compute(value)
            return found

    def table(self, values: Iterable[Value]) -> dict[Hashable, Result]:
        """The results for `values`, by key: what to save for `remember`."""
        return {self.key_of(value): self(value) for value in values}

    def remember(self, table: dict[Hashable, Result]) -> None:
        """Take results worked out earlier (`table`), e.g. by the process that saved them."""
        if len(self.known) + len(table) > self.limit:
            self.known.clear()
        self.known.update(table)
