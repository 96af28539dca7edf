"""The key vocabulary and the row labels, loaded once from the package's data files.

`data/indicators.tsv` is the contract (a copy of shared/indicators.tsv); `data/rows.tsv` holds the
printed wordings the extractors anchor on. Nothing else in the package spells a label.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from .normalize import label_key
from .patterns import YEAR_FORM

# the national templates (tables 二, 三, 四); the rest is "legacy" (2008–2018)
NATIONAL_TEMPLATES = ("2019", "2021")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")

# Table 二 columns per template: (row key, column suffixes in printed order, unit of the row).
TABLE2_COLUMNS = {
    "2019": {
        "disclosure.regulations": ("made", "published", "published_total"),
        "disclosure.normative_docs": ("made", "published", "published_total"),
        "disclosure.licensing": ("items_prev_year", "items_change", "decisions"),
        "disclosure.other_services": ("items_prev_year", "items_change", "decisions"),
        "disclosure.penalty": ("items_prev_year", "items_change", "decisions"),
        "disclosure.coercion": ("items_prev_year", "items_change", "decisions"),
        "disclosure.fees": ("items_prev_year", "items_change"),
        "disclosure.procurement": ("projects", "amount"),
    },
    "2021": {
        "disclosure.regulations": ("issued", "repealed", "in_force"),
        "disclosure.normative_docs": ("issued", "repealed", "in_force"),
        "disclosure.licensing": ("decisions",),
        "disclosure.penalty": ("decisions",),
        "disclosure.coercion": ("decisions",),
        "disclosure.fees": ("amount",),
    },
}
# Rows the 2021 template dropped that a report under it may still print (SCHEMA: each row takes the key of its own
# label), with the columns its header gives them (indicators.tsv: 其他对外管理服务事项 × 本年处理决定数量): read only
# where the row's block prints a header naming them, never by the template's order alone.
TABLE2_KEPT = {
    "2021": {
        "disclosure.other_services": ("decisions",),
        "disclosure.procurement": ("projects", "amount"),
    },
}

# table 三 rows that are outcomes: their sum is the answered total (R2)
OUTCOME_PREFIXES = ("requests.granted", "requests.partially_granted", "requests.denied.", "requests.unable.",
                    "requests.not_processed.", "requests.other")

TABLE4_GROUPS = ("review", "litigation.direct", "litigation.after_review")
TABLE4_OUTCOMES = ("upheld", "corrected", "other", "pending", "total")


@dataclass(frozen=True)
class KeyInfo:
    key: str
    templates: tuple[str, ...]
    labels: tuple[str, ...]
    unit: str
    note: str
    label_en: str = ""
    table: str = ""

    @property
    def label(self) -> str:
        return self.labels[0] if self.labels else self.key


@dataclass(frozen=True)
class RowSpec:
    context: str
    key: str
    labels: tuple[str, ...]          # in label_key form, longest first
    relation: str

    @property
    def numbered(self) -> str | None:
        return self.relation.split(":", 1)[1] if self.relation.startswith("numbered:") else None

    @property
    def part_of(self) -> str | None:
        return self.relation.split(":", 1)[1] if self.relation.startswith("part_of:") else None


def read_tsv(name: str) -> list[dict[str, str]]:
    """The rows of the package's data file `name` (data/narrative.tsv, rows.tsv …), each a dict by the header's
    columns; `#` lines and blank lines left out. The one reader of the tab-separated vocabulary files."""
    text = resources.files("reportparse").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def keys() -> dict[str, KeyInfo]:
    out = {}
    for row in read_tsv("indicators.tsv"):
        out[row["key"]] = KeyInfo(
            key=row["key"],
            templates=tuple(t.strip() for t in row["templates"].split(",")),
            labels=tuple(x.strip() for x in row["labels"].split("|") if x.strip()),
            unit=row["unit"],
            note=row.get("note") or "",
            label_en=row.get("label_en") or row["key"],
            table=row.get("table") or "",
        )
    return out


@lru_cache(maxsize=None)
def row_specs(context: str) -> tuple[RowSpec, ...]:
    specs = []
    for row in read_tsv("rows.tsv"):
        if row["context"] != context:
            continue
        labels = sorted({label_key(x) for x in row["labels"].split("|") if x}, key=len, reverse=True)
        specs.append(RowSpec(context, row["key"], tuple(labels), row.get("relation") or ""))
    return tuple(specs)


def legacy_sum_rows(relation: str, printed: set[str]) -> tuple[str, ...]:
    """The legacy rows that add up to their total: "channel" (to requests.new) or "reply" (to
    requests.answered). A reply_detail row is one of the replies only where the table does not
    print 其他类型答复, which holds it otherwise. Extraction and the checks both use this."""
    rows = []
    for spec in row_specs("legacy"):
        if spec.relation == relation or (relation == "reply" and spec.relation == "reply_detail"
                                          and "requests.reply.other" not in printed):
            rows.append(spec.key)
    return tuple(k for k in rows if k in printed)


@dataclass(frozen=True)
class TemplateMarkers:
    """data/templates.tsv: how a national template is recognised and where its tables start."""
    marks: tuple[tuple[str, tuple[str, ...], bool], ...]   # (template, phrases, all needed)
    starts: dict
    t4_words: tuple[str, ...]
    t4_must: tuple[str, ...]
    # table 四's headings by key: group word → group (TABLE4_GROUPS), outcome word → outcome
    # (TABLE4_OUTCOMES), and the words that head groups without being one (行政诉讼)
    t4_groups: dict = field(default_factory=dict)
    t4_outcomes: dict = field(default_factory=dict)
    t4_parents: tuple[str, ...] = ()

    row_marks: tuple[tuple[str, ...], ...] = ()   # kind marks_row: row labels only one template prints
    t3_headings: tuple[str, ...] = ()             # kind t3_heading: table 三's section headings, unnumbered
    t2_columns: tuple[tuple[str, str], ...] = ()  # kind t2_column: (column word, table 二 column it names)
    t2_header: tuple[str, ...] = ()               # kind t2_header: the word opening a table 二 block's header row
    t4_units: tuple[str, ...] = ()                # kind t4_header, units: a unit a header word carries (结果维持(件))

    def template_of(self, compact: str) -> str | None:
        for template, phrases, needs_all in self.marks:
            if (all if needs_all else any)(p in compact for p in phrases):
                return template
        return None

    def named_by_row_label(self, compact: str) -> bool:
        """Whether template_of's answer comes from a row label (kind marks_row), no column header or table naming it."""
        for template, phrases, needs_all in self.marks:
            if (all if needs_all else any)(p in compact for p in phrases):
                return phrases in self.row_marks
        return False


@lru_cache(maxsize=1)
def template_markers() -> TemplateMarkers:
    marks, starts, words, must, heading, row_marks, t3_headings = [], {}, (), (), {}, [], ()
    t2_columns, t2_header, t4_units = (), (), ()
    for row in read_tsv("templates.tsv"):
        phrases = tuple(p for p in row["phrases"].split("|") if p)
        if row["kind"] == "t2_column":
            t2_columns += tuple((p, row["template"]) for p in phrases)
        elif row["kind"] == "t2_header":
            t2_header += phrases
        elif row["kind"] == "t3_heading":
            t3_headings += phrases
        elif row["kind"] == "t4_heading":
            heading[row["template"]] = phrases
        elif row["kind"] in ("marks", "marks_all", "marks_row"):
            marks.append((row["template"], phrases, row["kind"] == "marks_all"))
            if row["kind"] == "marks_row":
                row_marks.append(phrases)
        elif row["kind"] == "report_table":
            continue
        elif row["kind"] == "start":
            # regular expressions: any one starts the table; $YEAR_FORM a printed year (patterns.YEAR_FORM)
            starts[row["template"]] = "|".join(phrases).replace("$YEAR_FORM", YEAR_FORM)
        elif row["template"] == "words":
            words = phrases
        elif row["template"] == "units":
            t4_units = phrases
        else:
            must = phrases
    groups, outcomes = heading.get("groups", ()), heading.get("outcomes", ())
    assert len(groups) == len(TABLE4_GROUPS) and len(outcomes) == len(TABLE4_OUTCOMES), "templates.tsv t4_heading"
    return TemplateMarkers(tuple(marks), starts, words, must, dict(zip(groups, TABLE4_GROUPS)),
                           dict(zip(outcomes, TABLE4_OUTCOMES)), heading.get("parent", ()), tuple(row_marks),
                           t3_headings, t2_columns, t2_header, t4_units=t4_units)


@lru_cache(maxsize=1)
def report_table_cue() -> regex.Pattern:
    """What marks an HTML table as one of the report's (data/templates.tsv, kind report_table): the
    pipeline hands it to the HTML loader, which knows no report words."""
    return regex.compile("|".join(r["phrases"] for r in read_tsv("templates.tsv") if r["kind"] == "report_table"))


@lru_cache(maxsize=None)
def table3_rows(template: str) -> tuple[str, ...]:
    """Table 三's rows in printed order: 2019 has one 其他处理 row, 2021 its three sub-rows."""
    keys = [s.key for s in row_specs("t3")]
    if template == "2021":
        return tuple(k for k in keys if k != "requests.other")
    return tuple(k for k in keys if not k.startswith("requests.other."))
@lru_cache(maxsize=None)
def group_parts(template: str) -> dict[str, tuple[str, ...]]:
    """Totals a template does not print, each with the keys it is the sum of (SCHEMA.md).

    From the vocabulary: a key with sub-keys (key.x) in `template` is their group total when the
    template does not print it (the key is not of that template, or its note says "group total");
    litigation.total is the sum of table 四's litigation groups' totals.
    """
    vocab = keys()
    out: dict[str, tuple[str, ...]] = {}
    for key, info in vocab.items():
        if template in info.templates and "group total" not in info.note:
            continue
        parts = tuple(k for k, i in vocab.items() if template in i.templates and k.startswith(key + ".")
                      and k.count(".") == key.count(".") + 1)
        if parts:
            out[key] = parts
    litigation = tuple(f"{g}.total" for g in TABLE4_GROUPS if g.startswith("litigation."))
    if all(k in vocab and template in vocab[k].templates for k in litigation):
        out["litigation.total"] = litigation
    return out


# asked once per value on the hot path: each key's answer is kept (the vocabulary never changes)
@lru_cache(maxsize=1024)
def unit_of(key: str) -> str | None:
    info = keys().get(key)
    return info.unit if info else None


def label_of(key: str) -> str:
    info = keys().get(key)
    return info.label if info else key


def is_known(key: str) -> bool:
    return key in keys()


@lru_cache(maxsize=1024)
def is_signed(key: str) -> bool:
    """True for the keys whose values may be negative (本年增/减: note "signed" in indicators.tsv)."""
    info = keys().get(key)
    return bool(info) and "signed" in info.note.split()


def of_other_template(key: str, template: str | None) -> bool:
    """True when `key` belongs only to national templates other than `template`: the 2019 template's
    `made` and the 2021 template's `issued` differ in meaning (SCHEMA), so a sentence read under one is
    not a figure of a report in the other; and a legacy report (2008-2018) has no key of table 二's
    later rows (行政事业性收费's amount, say), whatever its prose names; nor a national report a legacy row its
    templates dropped (note "2019/2021: none")."""
    info = keys().get(key)
    if info is None or template not in ("legacy",) + NATIONAL_TEMPLATES or template in info.templates:
        return False
    if template == "legacy" and "legacy:" in info.note:
        return False        # a request key whose note gives legacy reports its total (carried_over, say)
    if template in NATIONAL_TEMPLATES and "2019/2021: none" in info.note:
        return True         # a legacy row the later templates dropped (行政申诉: complaints.total)
    if template in NATIONAL_TEMPLATES and key in group_parts(template):
        return False        # the template's group total said as its own label (其他处理1件 in a 2021 report), as a table's row is
    return all(t in NATIONAL_TEMPLATES for t in info.templates)


@dataclass(frozen=True)
class CrosswalkRow:
    key: str
    templates: tuple[str, ...]
    built_from: tuple[str, ...]
    note: str


@lru_cache(maxsize=1)
def crosswalk_rows() -> tuple[CrosswalkRow, ...]:
    """data/crosswalk.tsv: how each harmonized key is built in each template (comparison.py's crosswalk)."""
    return tuple(CrosswalkRow(r["key"], tuple(t.strip() for t in r["templates"].split(",")),
                              tuple(p.strip() for p in r["built_from"].split("+")), r["note"])
                 for r in read_tsv("crosswalk.tsv"))


def folded_into(key: str) -> tuple[str, ...]:
    """The keys the crosswalk builds in part from the legacy key `key` (requests.reply.not_exist, 信息不存在, and
    requests.reply.not_this_agency: the legacy reply kinds that became 本机关不掌握相关政府信息, requests.unable.not_held)."""
    return tuple(r.key for r in crosswalk_rows() if "legacy" in r.templates and key in r.built_from and r.key != key)
