"""Metadata the caller knows better than the document: `parse(…, year=, issuer=, region=)`, the
batch's file-name pattern and side table, and the one place that words the warnings about every
metadata field a report came back without (year, issuer, region, publish date; api.parse_document
adds them where it assembles the Report, and an override removes the one it answers).

    overrides = MetadataOverrides.from_table("meta.csv")      # path,year,issuer,region columns
    parse_many(["archive/"], metadata=overrides)
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Union

from .model import METADATA_WARNING, Issuer, Region, Report
from .patterns import UPDATE_WORDS

__all__ = ["METADATA_KEYWORDS", "apply_overrides", "missing_metadata_warnings", "region_of", "MetadataOverrides"]

METADATA_KEYWORDS = ("year", "issuer", "region")

# field → how to give it; one warning each when a report comes back without it
_MISSING = {
    "year": ("no reporting year found (not in the title, the statistics period or a dated body heading)",
             "parse(…, year=2016) or batch --year-from-name"),
    "issuer": ("no issuer found (no issuer name in the title)", "parse(…, issuer='…人民政府') or a batch --metadata table"),
    "region": ("no region code found (no unambiguous place name in the title or the opening)",
               "parse(…, region='350203') or a batch --metadata table"),
    "published": ("no publish date found", None),
}
# after a missing publish date, when the page gives only the time a crawler fetched it
_CAPTURE_ONLY = "; the page gives only a crawler's capture time ({}): when it was fetched, not published"
# … or only its update time (更新时间): when it was last changed
_UPDATE_ONLY = "; the page gives only its update time ({}): when it was last changed, not published"


def region_of(value: Union[str, Region]) -> Region:
    """A Region from a 6-digit GB/T 2260 code (or a Region as is). ValueError for an unknown code."""
    if isinstance(value, Region):
        return value
    from .regions import lookup_code
    code = str(value).strip()
    info = lookup_code(code) if re.fullmatch(r"\d{6}", code) else None
    if info is None:
        raise ValueError(f"region {value!r} is not a known 6-digit region code (docs/regions.md)")
    return Region(province=info.province, city=info.city, county=info.county, code=code, level=info.level,
                  current_code=info.current_code if info.current_code not in (None, code) else None)


def apply_overrides(report: Report, year: Optional[int] = None, issuer: Union[None, str, Issuer] = None,
                    region: Union[None, str, Region] = None) -> Report:
    """Set the given fields on `report` (in place), each with a warning naming what was read before,
    and drop the missing-field warning each one answers. ValueError for a bad year, issuer or region."""
    if year is not None:
        if isinstance(year, bool) or not isinstance(year, int) or not 1990 <= year <= 2100:
            raise ValueError(f"year must be a year such as 2016, not {year!r}")
        if year != report.year:
            report.warnings.append(f"{METADATA_WARNING}year {year} given by the caller (read from the document: {report.year})")
            report.year = year
    if issuer is not None:
        if isinstance(issuer, Issuer):
            new = issuer
        elif isinstance(issuer, str) and issuer.strip():
            from .issuer import issuer_kind
            new = Issuer(name=issuer.strip(), kind=issuer_kind(issuer.strip(), report.title or ""),
                         region=report.issuer.region)
        else:
            raise ValueError(f"issuer must be a name or an Issuer, not {issuer!r}")
        if new.name != report.issuer.name:
            report.warnings.append(f"{METADATA_WARNING}issuer {new.name} given by the caller (read from the document: {report.issuer.name})")
        report.issuer = new
    if region is not None:
        new_region = region_of(region)
        if new_region.code != report.issuer.region.code:
            report.warnings.append(f"{METADATA_WARNING}region {new_region.code} given by the caller "
                                   f"(read from the document: {report.issuer.region.code})")
        report.issuer.region = new_region
    filled = {k for k, v in (("year", year), ("issuer", issuer), ("region", region)) if v is not None}
    stale = tuple(f"{METADATA_WARNING}{_MISSING[k][0]}" for k in filled)
    report.warnings[:] = [w for w in report.warnings if not (stale and w.startswith(stale))]
    return report


def missing_metadata_warnings(report: Report, capture_time: Optional[str] = None) -> list[str]:
    """One warning per metadata field the report has no value for; a missing publish date names the
    crawler's capture time the document gives instead (published.find_capture_time), if any."""
    present = {"year": report.year, "issuer": report.issuer.name, "region": report.issuer.region.code,
               "published": report.published}
    note = _UPDATE_ONLY if capture_time and capture_time.startswith(UPDATE_WORDS) else _CAPTURE_ONLY
    notes = {"published": note.format(capture_time) if capture_time else ""}
    return [f"{METADATA_WARNING}{what}" + notes.get(name, "") + (f" (give it: {how})" if how else "")
            for name, (what, how) in _MISSING.items() if present[name] is None]


# ----------------------------------------------------------------------------------- batches

@dataclass(frozen=True)
class MetadataOverrides:
    """Per-document overrides for a batch: a side table (path → year/issuer/region) and/or a
    file-name pattern whose first group (or group named `year`) is the year. Picklable, so it
    travels to worker processes."""

    table: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)   # keyed by absolute path or file name
    year_from_name: Optional[str] = None

    def __post_init__(self):
        if self.year_from_name is not None:
            try:
                pattern = re.compile(self.year_from_name)
            except re.error as e:
                raise ValueError(f"--year-from-name {self.year_from_name!r} is not a regular expression: {e}") from e
            if pattern.groups == 0:
                raise ValueError(f"--year-from-name {self.year_from_name!r} needs a group around the year, "
                                 r"e.g. '(\d{4})'")

    @classmethod
    def from_table(cls, path: Union[str, os.PathLike], year_from_name: Optional[str] = None) -> "MetadataOverrides":
        """Read a CSV (or TSV) with a `path` column and any of year, issuer, region. Relative paths
        in it are taken relative to the table's folder. ValueError for a table without `path`."""
        path = os.fspath(path)
        with open(path, encoding="utf-8-sig", newline="") as f:
            sample = f.read(4096)
            f.seek(0)
            reader = csv.DictReader(f, delimiter="\t" if "\t" in sample.splitlines()[0] else ",")
            if "path" not in (reader.fieldnames or ()):
                raise ValueError(f"{path}: the metadata table needs a 'path' column (and year, issuer or region)")
            base = os.path.dirname(os.path.abspath(path))
            table: dict[str, dict] = {}
            for n, row in enumerate(reader, 2):
                entry = {}
                for k in METADATA_KEYWORDS:
                    v = (row.get(k) or "").strip()
                    if v:
                        if k == "year":
                            if not v.isdigit():
                                raise ValueError(f"{path}:{n}: year {v!r} is not a number")
                            v = int(v)
                        entry[k] = v
                doc = row["path"].strip()
                key = doc if os.sep not in doc and "/" not in doc else os.path.normpath(os.path.join(base, doc))
                table[key] = entry
        return cls(table=table, year_from_name=year_from_name)

    def for_path(self, path: str) -> dict:
        """The overrides of one document (by absolute path, else by file name)."""
        out: dict[str, Any] = {}
        if self.year_from_name:
            m = re.search(self.year_from_name, os.path.basename(path))
            if m:
                year = m.groupdict().get("year") or m.group(1)
                if year and year.isdigit():
                    out["year"] = int(year)
        entry = self.table.get(os.path.abspath(path)) or self.table.get(os.path.basename(path)) or {}
        out.update(entry)
        return out
