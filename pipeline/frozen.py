"""Immutable, hashable stand-ins for the JSON-like values a document carries (container fields,
divergence values), so every model object hashes."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Sequence

__all__ = ["FrozenMap", "freeze", "thaw"]


class FrozenMap(Mapping):
    """An immutable, hashable mapping (container fields, divergence values).

    >>> m = FrozenMap({"文号": "鲁政办字〔2024〕9号"})
    >>> m["文号"], hash(m) == hash(FrozenMap(dict(m)))
    ('鲁政办字〔2024〕9号', True)
    """
    __slots__ = ("_items",)

    def __init__(self, items: Mapping | Sequence[tuple] = ()):
        object.__setattr__(self, "_items", dict(items))

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self) -> Iterator:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(tuple(self._items.items()))

    def __setattr__(self, name, value):
        raise AttributeError("FrozenMap is immutable")

    def __repr__(self) -> str:
        return f"FrozenMap({self._items!r})"


def freeze(value: Any) -> Any:
    """A JSON-like value made hashable: dicts as FrozenMaps, lists as tuples."""
    if isinstance(value, Mapping):
        return FrozenMap({k: freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """The inverse of ``freeze``, for JSON: FrozenMaps as dicts, tuples as lists."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [thaw(v) for v in value]
    return value
