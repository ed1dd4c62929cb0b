"""The model's many small objects pickled as tuples of their fields.

A build after an edit unpickles the saved model (`state.py`): tens of thousands of entries,
reversals, people and events. Pickled the default way, each one's state is a dict of field
names to values, rebuilt and copied into the new object; as a tuple in field order, set back
with one `update`, the same objects load faster and take less room on disk.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

Model = TypeVar("Model")


def pickled_as_tuples(cls: type[Model]) -> type[Model]:
    """Give a dataclass (frozen or not) a tuple state for pickling and copying. Every
    attribute of its instances must be a field (none cached on the instance)."""
    names = tuple(field.name for field in fields(cls))  # type: ignore[arg-type]

    def __getstate__(self: Any) -> tuple[Any, ...]:
        values = self.__dict__
        return tuple([values[name] for name in names])

    def __setstate__(self: Any, state: tuple[Any, ...]) -> None:
        # Through the instance's dict: a frozen dataclass refuses attribute assignment.
        self.__dict__.update(zip(names, state, strict=True))

    cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]
    return cls
