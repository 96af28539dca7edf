"""Writing tables to files: the format follows the extension (CSV, Parquet) or the call fails clearly."""
from __future__ import annotations

import os
from typing import Optional

from .frames import load_pandas, require

__all__ = ["write_table", "table_format", "FORMATS"]

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def table_format(out: str, fmt: Optional[str] = None) -> str:
    """The format of `out`: `fmt` if given, else by the extension; ValueError for anything else
    (an .xlsx or a name without an extension is never silently written as CSV)."""
    if fmt:
        if fmt not in set(FORMATS.values()):
            raise ValueError(f"unknown format {fmt!r}: csv or parquet")
        return fmt
    ext = os.path.splitext(os.fspath(out))[1].lower()
    if ext not in FORMATS:
        raise ValueError(f"cannot tell the format of {os.fspath(out)!r} from its extension {ext or '(none)'}: "
                         f"name it .csv or .parquet (or pass --format csv|parquet); Excel: write .csv with "
                         f"--encoding utf-8-sig")
    return FORMATS[ext]


def _csv_cells(df):
    """Float columns with whole numbers written as 47, not 47.0; list cells (bbox, span) as JSON."""
    pd = load_pandas()
    import json
    out = df.copy()
    for col in df.columns:
        if pd.api.types.is_float_dtype(df[col]):
            out[col] = [("" if pd.isna(v) else str(int(v)) if float(v).is_integer() else repr(float(v)))
                        for v in df[col]]
        elif df[col].dtype == object and df[col].map(lambda v: isinstance(v, (list, tuple))).any():
            out[col] = [json.dumps(list(v)) if isinstance(v, (list, tuple)) else v for v in df[col]]
    return out


def write_table(df, out: str, fmt: Optional[str] = None, encoding: str = "utf-8") -> str:
    """Write a DataFrame as CSV or Parquet (by `fmt`, else by the file extension). Returns the format.

    Raises ValueError (an unknown format or extension), ImportError (pyarrow missing for Parquet),
    OSError (the file cannot be written).
    """
    fmt = table_format(out, fmt)
    if fmt == "parquet":
        require("pyarrow", "parquet")
        df.to_parquet(out, engine="pyarrow", index=False)
    else:
        _csv_cells(df).to_csv(out, index=False, encoding=encoding)
    return fmt
