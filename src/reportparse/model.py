"""The record model of SCHEMA.md: small plain-data objects that serialise to the contract's JSON.

Every class is a dataclass with ``to_dict()`` / ``to_json()`` / ``from_dict()`` / ``from_json()``
(dataclasses-json), and everything is picklable so results cross process pools. Reports,
indicators and checks have one-line reprs and notebook HTML (display.py). This module imports
nothing of the package at module level; its methods import what they use.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional, Union

if TYPE_CHECKING:                      # optional extras, for the type hints only
    import pandas as pd
    from PIL.Image import Image

Number = Union[int, float]

# dataclasses-json's field option, spelt out: importing it (and marshmallow) would cost ~60 ms of
# `import reportparse`
_omit_none = {"dataclasses_json": {"exclude": lambda v: v is None}}


def _api():
    from dataclasses_json import DataClassJsonMixin
    return DataClassJsonMixin


class JsonMixin:
    """dataclasses-json's DataClassJsonMixin (to_dict, to_json, from_dict, from_json, schema), its
    code loaded on the first call rather than at import."""

    dataclass_json_config: Optional[dict] = None

    def to_json(self, **kw) -> str:
        return _api().to_json(self, **kw)

    def to_dict(self, encode_json: bool = False) -> dict:
        return _api().to_dict(self, encode_json=encode_json)

    @classmethod
    def from_json(cls, s, **kw):
        return _api().from_json.__func__(cls, s, **kw)

    @classmethod
    def from_dict(cls, kvs, *, infer_missing: bool = False):
        return _api().from_dict.__func__(cls, kvs, infer_missing=infer_missing)

    @classmethod
    def schema(cls, **kw):
        from dataclasses_json.mm import build_schema
        # as DataClassJsonMixin.schema, with this class as the mixin nested records are tested against
        infer_missing, partial = kw.pop("infer_missing", False), kw.get("partial", False)
        if kw.get("unknown") is None:
            from dataclasses_json.utils import _undefined_parameter_action_safe
            action = _undefined_parameter_action_safe(cls)
            if action is not None:
                kw["unknown"] = action.name.lower()
        kw.setdefault("unknown", None)
        return build_schema(cls, JsonMixin, infer_missing, partial)(**kw)


@dataclass
class ValueSource(JsonMixin):
    """Where a value was read: enough for a user to find it again in the document."""

    method: str = "table"                     # table | narrative | ocr | derived
    page: Optional[int] = None                # 1-based, PDFs only
    table: Optional[int] = None               # index of the table in the document
    row: Optional[int] = None                 # row index inside that table
    col: Optional[int] = None                 # column index inside that table
    span: Optional[list[int]] = None          # [start, end) in Report document text
    text: Optional[str] = None                # the row or sentence the value came from
    bbox: Optional[list[float]] = field(default=None, metadata=_omit_none)  # x0, top, x1, bottom (PDF points)
    note: Optional[str] = field(default=None, metadata=_omit_none)         # e.g. "split inferred by R1/R2/R3"


#: ValueSource.note of a cell whose figure the page shows but the reader could not place (a figure run
#: over a rule, two figures in one cell): its value is None like a blank's, but it is not a blank
UNREAD_NOTE = "the cell holds a figure left unread (see the warnings)"


def unread(ind: "Indicator") -> bool:
    """A cell left unread, not blank: an identity over it cannot be checked (validation)."""
    note = ind.source.note
    return ind.value is None and note is not None and UNREAD_NOTE in note


def value_id(key: str, applicant: Optional[str] = None, period: str = "year") -> str:
    """Indicator.value_id of an indicator with these fields (no Indicator built to ask)."""
    if period == "year":
        # most indicators: looked up thousands of times per report (one f-string, not a join)
        return key if applicant is None else f"{key}|applicant={applicant}"
    parts = [key]
    if applicant is not None:
        parts.append(f"applicant={applicant}")
    if period != "year":
        parts.append(f"period={period}")
    return "|".join(parts)


class _ValueId:
    """Indicator.value_id, made from the indicator's key, applicant and period when first read and
    kept in the indicator (the checks and the pipeline read it hundreds of times per report: later
    readings are a plain attribute). Not a field: to_dict, JSON and equality never see it. An
    indicator with another key, applicant or period is a new one (dataclasses.replace)."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, ind, owner=None):
        if ind is None:
            return self
        vid = ind.__dict__[self.name] = value_id(ind.key, ind.applicant, ind.period)
        return vid


@dataclass
class Indicator(JsonMixin):
    """One figure: key, applicant (requests.* only), period, value (None for a blank cell), unit,
    the printed raw text and label, and where it was read (`source`)."""

    key: str
    value: Optional[Number]
    raw: str = ""
    label: str = ""
    applicant: Optional[str] = field(default=None, metadata=_omit_none)
    period: str = "year"
    unit: Optional[str] = None
    derived: bool = False
    source: ValueSource = field(default_factory=ValueSource)

    # the identifier score.py and the fixtures use: key|applicant=…|period=… (year omitted);
    # no annotation: not a field
    value_id = _ValueId()

    def __repr__(self) -> str:
        from .display import indicator_repr
        return indicator_repr(self)

    def _repr_html_(self) -> str:
        from .display import indicator_html
        return indicator_html(self)


@dataclass
class Check(JsonMixin):
    """One arithmetic check of a report's figures (validation.py): pass, fail or not_assessable."""

    rule: str                                  # R1..R4, legacy_channels, legacy_replies, cumulative, narrative_agrees
    scope: str                                 # e.g. "applicant=total", "group=review", a key
    status: str                                # pass | fail | not_assessable
    expected: Optional[Number] = None
    actual: Optional[Number] = None
    cells: list[str] = field(default_factory=list)
    assumed_zero: list[str] = field(default_factory=list)
    suspect: Optional[str] = None              # extraction | source | None
    note: Optional[str] = field(default=None, metadata=_omit_none)

    def __repr__(self) -> str:
        from .display import check_repr
        return check_repr(self)

    def _repr_html_(self) -> str:
        from .display import check_html
        return check_html(self)


@dataclass
class Region(JsonMixin):
    province: Optional[str] = None
    city: Optional[str] = None
    county: Optional[str] = None
    code: Optional[str] = None
    level: Optional[str] = None                # province | city | county | township
    current_code: Optional[str] = field(default=None, metadata=_omit_none)  # successor after a renaming


@dataclass
class Issuer(JsonMixin):
    name: Optional[str] = None
    kind: Optional[str] = None                 # government | general_office | department | township | aggregate
    region: Region = field(default_factory=Region)


@dataclass
class DocumentSource(JsonMixin):
    path: Optional[str] = None
    format: Optional[str] = None               # text | html | pdf | docx | doc
    sha256: Optional[str] = None
    pages: Optional[int] = None
    encoding: Optional[str] = field(default=None, metadata=_omit_none)


METADATA_WARNING = "metadata: "    # how a warning about the year, issuer or region (not a figure) begins


def warning_about(text: str) -> str:
    """What a warning is about: "metadata" (the year, issuer, region or date) or "figures"."""
    return "metadata" if text.startswith(METADATA_WARNING) else "figures"


@dataclass
class Report(JsonMixin):
    """One parsed report: metadata, every figure (`indicators`), the checks, and `warnings` (what
    could not be read or was only assumed). `repr()` is one line; in a notebook it shows as a table."""

    title: Optional[str] = None
    year: Optional[int] = None
    published: Optional[str] = None
    template: Optional[str] = None
    issuer: Issuer = field(default_factory=Issuer)
    source: DocumentSource = field(default_factory=DocumentSource)
    indicators: list[Indicator] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parser_version: Optional[str] = None

    def get(self, key: str, applicant: Optional[str] = None, period: str = "year") -> Optional[Indicator]:
        """The indicator for key (and applicant/period), or None. `applicant` defaults to total on requests.*."""
        if applicant is None and key.startswith("requests."):
            applicant = "total"
        for ind in self.indicators:
            if ind.key == key and ind.applicant == applicant and ind.period == period:
                return ind
        return None

    def value(self, key: str, applicant: Optional[str] = None, period: str = "year") -> Optional[Number]:
        ind = self.get(key, applicant, period)
        return None if ind is None else ind.value

    def values(self, include_derived: bool = False) -> dict[str, Optional[Number]]:
        """{value_id: value} of every indicator, as score.py and the fixtures name them."""
        return {i.value_id: i.value for i in self.indicators if include_derived or not i.derived}

    @property
    def figure_warnings(self) -> list[str]:
        """The warnings about figures (dropped, unread, doubtful, read from sentences only), not metadata."""
        return [w for w in self.warnings if warning_about(w) == "figures"]

    def to_dataframe(self, blank_as_zero: bool = False) -> "pd.DataFrame":
        """The long DataFrame of this report (frames.to_dataframe; needs the pandas extra)."""
        from .frames import to_dataframe
        return to_dataframe([self], blank_as_zero=blank_as_zero)

    def checks_dataframe(self) -> "pd.DataFrame":
        """One row per check (frames.checks_dataframe; needs the pandas extra)."""
        from .frames import checks_dataframe
        return checks_dataframe([self])

    def show(self, page: int, dpi: int = 110) -> "Image":
        """Page `page` of this report's PDF as a PIL image, every value read there boxed (pageview.py).

        Raises ValueError for a report that is not a PDF file on disk or a page outside it."""
        if self.source.format != "pdf" or not self.source.path:
            raise ValueError("show() needs a report parsed from a PDF file (source.format == 'pdf' and a path)")
        from .pageview import page_image
        return page_image(self.source.path, page, self, dpi=dpi)

    def __repr__(self) -> str:
        from .display import report_repr
        return report_repr(self)

    def _repr_html_(self) -> str:
        from .display import report_html
        return report_html(self)
