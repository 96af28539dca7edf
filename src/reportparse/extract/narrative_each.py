"""Figures said respectively (分别): a list of names, then as many figures in the same order, each the one of the name in
its place (行政许可、行政处罚和行政强制决定数量分别为12件、34件和5件). A row of data/narrative.tsv with needs=each reads
them: its names captured as (?P<name>…), its figures as (?P<n>…), its keys column the keys the names may give."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..normalize import label_key
from ..schema import row_specs


@lru_cache(maxsize=1)
def _row_of_label() -> dict[str, str]:
    """Table 二's row names in their label form (data/rows.tsv) → the row's key (行政许可 → disclosure.licensing)."""
    return {label: spec.key for spec in row_specs("t2") for label in spec.labels}


def respective(m, keys: tuple[str, ...]) -> Optional[list[tuple[str, tuple[int, int]]]]:
    """(key, its figure's span) for each name the match lists, in order; None where the figures are not as many as
    the names, a name gives none of `keys` or two names give one key: which figure is whose is then not settled."""
    names, spans = m.captures("name"), m.spans("n")
    if len(names) != len(spans):
        return None
    found = []
    for name in names:
        row = _row_of_label().get(label_key(name))
        key = next((k for k in keys if row is not None and k.startswith(row + ".")), None)
        if key is None or key in found:
            return None
        found.append(key)
    return list(zip(found, spans))
