"""The indicator catalogue at run time: `reportparse.indicators()` (from data/indicators.tsv)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import load_pandas
from .schema import keys

if TYPE_CHECKING:                      # pandas is an optional extra
    import pandas as pd

__all__ = ["indicators", "CATALOGUE_COLUMNS"]

CATALOGUE_COLUMNS = ("key", "label_zh", "label_en", "unit", "templates", "table", "description")


def indicators() -> "pd.DataFrame":
    """A DataFrame of every key: key, label_zh (the printed label), label_en, unit, templates
    (comma-separated: legacy, 2019, 2021), table (where the template prints it) and description.

    Raises ImportError when pandas is missing (``pip install reportparse[pandas]``).
    """
    pd = load_pandas()
    rows = []
    for info in keys().values():
        description = info.label_en
        if info.table:
            description += f"; printed in table {info.table}"
        if len(info.labels) > 1:
            description += "; also printed as " + " / ".join(info.labels[1:])
        if info.note:
            description += f"; {info.note}"
        rows.append({"key": info.key, "label_zh": info.label, "label_en": info.label_en, "unit": info.unit,
                     "templates": ",".join(info.templates), "table": info.table, "description": description})
    return pd.DataFrame(rows, columns=list(CATALOGUE_COLUMNS))
