"""parse(source) → Report: the one pipeline, loading → layout → extraction → validation → metadata."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from .version import __version__
from .academic import school_statute_only
from .bounds import implausible, unit_contradicts
from .patterns import MONEY_SHORT
from .cells import parse_cell
from .document import Document
from .errors import NotAnnualReportError
from .extract.legacy import extract_legacy
from .extract.narrative import NarrativeFigure, first_by_key, long_digit_runs, narrative_figures
from .extract.narrative_sites import kinds_listed, one_count_per_site, other_ways_apart, within_whole
from .extract.narrative_lists import kinds_over_total, parts_over_total
from .extract.prose_unread import denied_requests, unread_prose_counts
from .extract.national import extract_national
from .extract.national_emit import NationalTables
from .extract.rows import LabelIndex
from .loading import Source, load, text_bytes
from .issuer import find_issuer, names_issuer, untitled_name
from .issuer_town import street_said_bare
from .metadata import find_title, reporting_period
from .report_check import not_report_reason
from .published import find_capture_time, find_published
from .model import DocumentSource, Indicator, Report, ValueSource
from .normalize import Spacing
from .schema import NATIONAL_TEMPLATES, TABLE4_GROUPS, folded_into, group_parts, is_signed, label_of, of_other_template, report_table_cue, unit_of
from .settings import DEFAULT_SETTINGS, ParseSettings
from .validation import legacy_checks, misread_tables, narrative_checks, national_checks


def parse(source: Source, settings: Optional[ParseSettings] = None, **overrides) -> Report:
    """Parse one report — a path (str or os.PathLike) or its bytes — into a Report.

    Keyword overrides:
    - metadata the caller knows (overrides.py): `year=2016`, `issuer="…人民政府"` (or an Issuer),
      `region="350203"` (a GB/T 2260 code, or a Region); each noted in `warnings`;
    - any ParseSettings field (settings.py): `max_bytes=`, `max_pages=`, `max_table_cells=`,
      `max_html_depth=`, `max_html_elements=`, `max_span=`, `max_text_chars=`,
      `max_split_solutions=`, `ocr=`, `require_report=`.
    Every metadata field still missing afterwards (year, issuer, region, publish date) is one
    warning in `report.warnings`.

    A str is a path: one that names no file raises UnreadableFileError. Report text goes to
    `parse_text` (a str holding a line break is still read as text, with a DeprecationWarning).

    Raises a ReportParseError subclass for a document that cannot be read as a report
    (UnsupportedFormatError, EmptyDocumentError, DecodeError, NotAnnualReportError,
    NoTextLayerError, EncryptedPDFError, DocumentTooLargeError, UnreadableFileError);
    ValueError for a bad metadata override; TypeError for an unknown keyword.
    """
    from .overrides import METADATA_KEYWORDS, apply_overrides
    given = {k: overrides.pop(k) for k in METADATA_KEYWORDS if k in overrides}
    settings = (settings or DEFAULT_SETTINGS).with_(**overrides) if overrides else (settings or DEFAULT_SETTINGS)
    return apply_overrides(parse_document(load_document(source, settings), settings), **given)


def load_document(source: Source, settings: ParseSettings = DEFAULT_SETTINGS) -> Document:
    """The Document parse() reads: its text (every value's span points into it), cells, hints.
    The HTML loader is told what a report table looks like (the vocabulary's cue)."""
    return load(source, settings, table_cue=report_table_cue())


def parse_text(text: str, settings: Optional[ParseSettings] = None, **overrides) -> Report:
    """Parse report text (plain text or an HTML page) given as a str into a Report."""
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}; give a path or bytes to parse()")
    return parse(text_bytes(text), settings, **overrides)


def parse_document(doc: Document, settings: ParseSettings = DEFAULT_SETTINGS) -> Report:
    """The report of a loaded document: its title and year, the figures its sentences state, its tables' values, the
    template, what is derived and settled between them, the checks — each step below, in this order."""
    warnings = list(doc.warnings)
    spacing = Spacing(doc.text)         # cut once at its whitespace: the label search and the sentences both read it
    index = LabelIndex(doc.text, spacing)
    title = find_title(doc, warnings)
    year, period_end = reporting_period(title, doc.text, warnings)
    figures = _sentence_figures(doc, spacing, title, year, warnings)
    evidence = {k: f.value for k, f in first_by_key([f for f in figures if f.period == "year"]).items()}
    if title is None:
        warnings.append("no title: the document names no 政府信息公开工作年度报告 (a page or fragment of one?)")
    tables = _read_tables(doc, index, evidence, settings.max_split_solutions, year, warnings)
    template = _template(tables.template, year, period_end, doc.text, warnings)
    figures = [f for f in figures if not any(a <= f.start < b for a, b in tables.regions)]
    warnings += long_digit_runs(doc.text, tables.regions)
    table, derived, narrative, checks = _combined(doc, tables, figures, template, warnings)
    _say_what_was_read(doc, title, table, narrative, figures, settings, warnings)
    indicators = _grounded(doc, table + narrative, warnings) + derived
    warnings += denied_requests(doc.text, [(f.start, f.end) for f in figures], [
        i for i in indicators if i.key == "requests.new" and i.applicant == "total" and i.period == "year"])
    _mark_ocr(doc, indicators)
    indicators, checks = _checked(indicators, checks, tables.unread, template, warnings)

    report = Report(
        title=title, year=year, published=find_published(doc, year, warnings, period_end), template=template,
        issuer=find_issuer(title, doc.text, year),
        source=DocumentSource(path=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.pages,
                              encoding=doc.encoding),
        indicators=indicators, checks=checks, warnings=warnings, parser_version=__version__)
    from .overrides import missing_metadata_warnings
    # one line per field the report lacks
    report.warnings.extend(missing_metadata_warnings(report, capture_time=find_capture_time(doc)))
    return report


def _sentence_figures(doc: Document, spacing: Spacing, title: Optional[str], year: Optional[int],
                      warnings: list[str]) -> list[NarrativeFigure]:
    """The figures the sentences state, sifted: one count per site, other ways apart, kinds listed, parts of a whole;
    parts and kinds said over a total."""
    # a title-less report's issuer named in its opening is no part of itself (乳山市城区街道办事处通过…公开103条); so
    # is the one a title naming none stands for (我局2021年度…报告, its contact 昌江区工信局办公室), or a street's word
    # for itself where its figures' subject is 街道 bare (street_said_bare)
    named = title if title and names_issuer(title) else (untitled_name(doc.text) or street_said_bare(doc.text) or title)
    figures = narrative_figures(doc.text, spacing=spacing, year=year, title=named, warnings=warnings)
    for sift in (one_count_per_site, other_ways_apart, kinds_listed, within_whole):
        figures = sift(figures, warnings)
    parts_over_total(doc.text, figures, warnings)
    kinds_over_total(doc.text, figures, warnings)
    return figures


@dataclass
class _Tables:
    """What the template tables (extract_national) or else a legacy table (extract_legacy) gave."""
    national: Optional[NationalTables] = None
    template: Optional[str] = None
    indicators: list[Indicator] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)
    unread: dict = field(default_factory=dict)


def _read_tables(doc: Document, index: LabelIndex, evidence: dict[str, float], limit: int, year: Optional[int],
                 warnings: list[str]) -> _Tables:
    """The template's tables, else a legacy table; their values past the bounds (_plausible)."""
    national = extract_national(doc, index, evidence, limit, year)
    out = _Tables(national)
    if national is not None:
        out.unread = national.unread
        out.template = national.template
        out.indicators = national.indicators
        out.regions = national.regions
        warnings += national.warnings
    else:
        legacy = extract_legacy(doc, index, evidence, limit, year)
        if legacy is not None:
            out.template = "legacy"
            out.indicators = legacy.indicators
            out.regions = [legacy.region]
            warnings += legacy.warnings
    out.indicators = _plausible(out.indicators, warnings)
    return out


def _template(found: Optional[str], year: Optional[int], period_end, text: str, warnings: list[str]) -> Optional[str]:
    """The tables' template, else the one the year assumes — none for an academic year's or a school's report."""
    if found is not None or year is None:
        return found
    if period_end is not None:
        # an academic year's report (a university's, under its own rules): no template of the 条例's is assumed
        warnings.append(f"no template: an academic year's report ({year - 1}-{year}) and no template table was found")
    elif school_statute_only(text):
        # … nor for a school's report under its own statute, its year a calendar one
        warnings.append("no template: a school's report under 《高等学校信息公开办法》 and no template table was found")
    else:
        found = "legacy" if year <= 2018 else ("2019" if year <= 2020 else "2021")
        if year > 2018:
            warnings.append(f"template {found} assumed from the year {year}: no template table was found")
    return found


def _combined(doc: Document, tables: _Tables, figures: list[NarrativeFigure], template: Optional[str],
              warnings: list[str]) -> tuple[list[Indicator], list[Indicator], list[Indicator], list]:
    """The tables' values with blank cells the sentences fill and units settled, the values derived from them, and the
    sentences' values no table gives (each key once); the checks of the sentences against the tables."""
    narrative = _plausible(_narrative_indicators(doc, figures, template, warnings), warnings)
    table = _fill_blank_cells(tables.indicators, narrative)
    table = _units_settled(table, narrative, template, tables.unread, warnings)
    derived = _plausible(_derived(table, template, warnings), warnings)   # a sum of bounded parts may pass the bound
    printed = {i.value_id for i in table}
    if tables.national is not None:        # a template table was found: its rows, not loose prose, give the groups
        narrative, derived = _group_totals_from_text(doc, narrative, printed, derived, template, warnings,
                                                     tables.national.t3_labels == 0)
    known = printed | {i.value_id for i in derived}
    emitted = _first_each([n for n in narrative if n.value_id not in known], warnings)
    checks = narrative_checks(table + derived, [n for n in narrative if n.value_id in known])
    return table, derived, emitted, checks


def _say_what_was_read(doc: Document, title: Optional[str], table: list[Indicator], narrative: list[Indicator],
                       figures: list[NarrativeFigure], settings: ParseSettings, warnings: list[str]) -> None:
    """Say where no table was read (no report at all: raised where a report is required), and the counts the prose
    states that no sentence row read; a page whose tables may be pictures."""
    why = None if table else not_report_reason(title, doc.text)
    if why:
        if settings.require_report:
            raise NotAnnualReportError(
                "no 政府信息公开工作年度报告 title and no report table was found"
                + (f" (title: {title[:60]!r})" if title else "") + f": {why}", doc.path)
        warnings.append(f"this does not look like an annual report: no report title and no report table ({why})")
    if not table and not narrative:
        warnings.append("no figure could be read from this document")
    elif not table:
        warnings.append("no statistics table was found: figures come from sentences only")
    if not table:
        warnings += unread_prose_counts(doc.text, [(f.start, f.end) for f in figures])
    if not table and doc.images:
        warnings.append(f"the page's report body holds {doc.images} image{'s' if doc.images > 1 else ''}: its "
                        "tables may be pictures, which are not read (save them and OCR them)")


def _checked(indicators: list[Indicator], checks: list, unread: dict, template: Optional[str],
             warnings: list[str]) -> tuple[list[Indicator], list]:
    """The template's checks before the sentences'; where they show a table misread, its values are dropped (a wrong
    number is worse than none: the sentences' figures stay) and the checks run again on what is left."""
    if template == "legacy":
        checks = legacy_checks(indicators) + checks
    elif template in NATIONAL_TEMPLATES:
        table_checks = national_checks(indicators, unread, template)
        misread = misread_tables(table_checks)
        if misread:     # a wrong number is worse than none: the sentences' figures stay
            warnings.append(misread)
            indicators = [i for i in indicators if i.source.method not in _TABLE_METHODS]
            table_checks = national_checks(indicators, unread, template)
            checks = [c for c in checks if c.rule != "narrative_agrees"]
        checks = table_checks + checks
    return indicators, checks


# the values a table gives: read from its cells (OCR'd too) or summed from them
_TABLE_METHODS = frozenset({"table", "ocr", "derived"})


def _fill_blank_cells(table: list[Indicator], narrative: list[Indicator]) -> list[Indicator]:
    """A blank table cell whose figure the text states is read from the text (the note says so).

    A blank is null, not 0; a sentence that gives the figure ("结转下年度继续办理1件") settles it.
    """
    stated = {n.value_id: n for n in narrative}
    if not stated:                  # no sentence figure (a third of the reports' cells): nothing to fill
        return table
    out = []
    for ind in table:
        n = stated.get(ind.value_id) if ind.value is None and ind.raw == "" else None
        if n is not None:
            n.source.note = f"the table's cell is blank ({ind.label}); the figure is the text's"
            out.append(n)
        else:
            out.append(ind)
    return out


def _units_settled(table: list[Indicator], narrative: list[Indicator], template: Optional[str], unread: dict,
                   warnings: list[str]) -> list[Indicator]:
    """A cell printing a unit its row does not count in ('8条' in a row of 件), where the report's cells do not
    print that unit as a rule, is kept only where the document settles its figure: a passing check over it (the
    table's sums, a sentence stating it). Else it is dropped and said: a shifted or misread cell is never
    published as the row's figure."""
    # each cell's printed unit, parsed once; a cell ending in a digit prints none (most cells: not parsed again)
    shown = [(i, parse_cell(i.raw).unit) for i in table if i.raw and not i.raw[-1].isdigit()]
    shown = [(i, unit) for i, unit in shown if unit]
    odd = [(i, unit) for i, unit in shown if unit_contradicts(i.unit, unit)]
    if not odd:
        return table
    # a unit most cells of rows counted alike print (Word's '12' over '次' in every cell) is the report's own way
    units = Counter((i.unit, unit) for i, unit in shown)
    # (a count printing 万 is a rough one, 1.2万条, whatever the report's way or its sums: never kept)
    odd = [(i, unit) for i, unit in odd if unit == MONEY_SHORT or not _units_convention(units, i.unit, unit)]
    if not odd:
        return table
    printed = {i.value_id for i in table}
    checks = narrative_checks(table, [n for n in narrative if n.value_id in printed])
    if template == "legacy":
        checks += legacy_checks(table)
    elif template in NATIONAL_TEMPLATES:
        checks += national_checks(table, unread, template)
    settled = {c for check in checks if check.status == "pass" for c in check.cells}
    dropped = {id(i) for i, unit in odd if unit == MONEY_SHORT or i.value_id not in settled}
    for i, unit in odd:
        if id(i) in dropped:
            warnings.append(f"{i.value_id}: value {_short(i.raw)} dropped: its cell prints "
                            f"{unit}, the row counts {i.unit} (a shifted or misread cell?) "
                            "and no check settles it")
    return [i for i in table if id(i) not in dropped]


def _units_convention(units: Counter, row_unit: Optional[str], printed: str) -> bool:
    """Do most cells (three at least) of the rows counted in `row_unit` that print a unit print `printed`?"""
    count = units[row_unit, printed]
    return count >= 3 and 2 * count > sum(n for (unit, _), n in units.items() if unit == row_unit)


def _grounded(doc: Document, indicators: list[Indicator], warnings: list[str]) -> list[Indicator]:
    """The grounding property, enforced: a read value's raw text stands in the document at its span."""
    kept = []
    text = doc.text
    size = len(text)
    for ind in indicators:
        span = ind.source.span
        raw = ind.raw
        # text.find(raw, a, b) looks inside text[a:b] without copying it
        ok = span is not None and 0 <= span[0] <= span[1] <= size and (
            (raw == "" and ind.value is None) or (raw != "" and text.find(raw, span[0], span[1]) >= 0))
        if ok:
            kept.append(ind)
        else:   # a bug upstream, never a reason to publish a number the document does not say
            warnings.append(f"{ind.value_id}: value {_short(ind.value)} dropped (grounding check): its text "
                            f"{_short(ind.raw)} is not in the document at its span {span}")
    return kept


def _plausible(indicators: list[Indicator], warnings: list[str]) -> list[Indicator]:
    """The value contract (bounds.py), enforced: no inf/NaN, no negative count, no absurd size."""
    kept = []
    for ind in indicators:
        why = implausible(ind.key, ind.value, ind.unit, is_signed(ind.key), ind.raw)
        if why is None:
            kept.append(ind)
        else:
            warnings.append(f"{ind.value_id}: value {_short(ind.raw or ind.value)} dropped: {why}")
    return kept


def _short(value, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def _mark_ocr(doc: Document, indicators: list[Indicator]) -> None:
    if not doc.ocr_pages:
        return
    pages = set(doc.ocr_pages)
    for ind in indicators:
        if ind.source.page in pages and ind.source.method == "table":
            ind.source.method = "ocr"


def _first_each(indicators: list[Indicator], warnings: list[str]) -> list[Indicator]:
    """The first sentence's figure of each value; a later sentence giving another is said, never dropped silently
    (it is most often a part said as its own whole: 全市…165567条 … 县(区)政府…94208条)."""
    first: dict[str, Indicator] = {}
    for i in indicators:
        kept = first.setdefault(i.value_id, i)
        if kept is not i and kept.value != i.value:
            warnings.append(f"narrative: {i.value_id} also read as {i.raw} in “{i.label[:40]}”: the first sentence's "
                            f"{kept.raw} kept")
    return list(first.values())


_LITIGATION_GROUPS = tuple(f"{g}.total" for g in TABLE4_GROUPS if g.startswith("litigation."))


def _narrative_indicators(doc: Document, figures: list[NarrativeFigure], template: Optional[str],
                          warnings: list[str]) -> list[Indicator]:
    out = []
    # a legacy reply kind counted beside the national key it became, in one sentence of a national report
    # (不掌握相关政府信息1件，信息不存在的2件: the crosswalk folds 信息不存在 into 本机关不掌握): the key's own count may be only
    # part of its row — not read, nor any key its match gives (the 无法提供 group)
    folded = {(k, f.sentence) for f in figures if template in NATIONAL_TEMPLATES for k in folded_into(f.key)}
    partial = {f.start for f in figures if (f.key, f.sentence) in folded}
    for f in figures:
        if f.period != "year" and template != "legacy":
            continue        # a running total is a legacy period (历年累计): the later templates have none
        if f.start in partial:
            warnings.append(f"narrative: {f.key} {f.raw} in “{f.sentence[:40]}” is said beside a kind of answer the "
                            f"{template} template counts in the same row: only a part of it, not read")
            continue
        if of_other_template(f.key, template):
            warnings.append(f"narrative: {f.key} belongs to another template than this report's ({template}): "
                            f"{f.raw} in “{f.sentence[:40]}” is not read")
            continue
        if f.applicant is not None and template not in NATIONAL_TEMPLATES:
            continue        # one applicant's share: the legacy tables count requests in one total column
        applicant = f.applicant or ("total" if f.key.startswith("requests.") else None)
        out.append(Indicator(
            key=f.key, value=f.value, raw=f.raw, label=f.sentence[:60], applicant=applicant, period=f.period,
            unit=unit_of(f.key), derived=False,
            source=ValueSource(method="narrative", page=doc.page_of(f.start), span=[f.start, f.end],
                               text=f.sentence[:300])))
    if template in NATIONAL_TEMPLATES:
        # litigation.total is derived from table 四 in these templates: a sentence only checks it; but none at all
        # (本年度未发生行政复议、行政诉讼情况) is none in each of table 四's litigation groups, read as said
        for ind in list(out):
            if ind.key == "litigation.total":
                ind.derived = True
                if ind.value == 0:
                    out.extend(replace(ind, key=key, derived=False, source=replace(ind.source)) for key in _LITIGATION_GROUPS)
    return out


def _derived(table: list[Indicator], template: Optional[str], warnings: list[str]) -> list[Indicator]:
    """Totals the template does not print (schema.group_parts), each only when every part was read:
    a blank or unread part is never taken as 0; the parts that were missing are said."""
    if template not in NATIONAL_TEMPLATES:
        return []
    groups = group_parts(template)
    # the year's figures by (key, applicant): looked up ~150 times per report, a tuple of cached
    # string hashes rather than a value_id string built at each look-up; only the groups' and
    # their parts' rows (a third of a table's cells are neither)
    summed = set(groups).union(*groups.values())
    by_key = {}
    applicants: dict[str, set] = {}          # key → the applicants it was read for (one pass over the table)
    for i in table:
        key = i.key
        if key not in summed:
            continue
        who = i.applicant
        if i.period == "year":
            by_key[key, who] = i
        seen = applicants.get(key)
        if seen is None:
            applicants[key] = {who}
        else:
            seen.add(who)
    out = []
    for group, part_keys in groups.items():
        unread: dict[tuple[str, ...], list[str]] = {}
        for who in sorted(set().union(*(applicants.get(k, ()) for k in part_keys)), key=str):
            if (group, who) in by_key:
                continue
            parts = [by_key.get((k, who)) for k in part_keys]
            missing = tuple([k for k, p in zip(part_keys, parts) if p is None or p.value is None])
            if missing:
                unread.setdefault(missing, []).append(str(who))
            else:
                out.append(_sum(group, who, parts))
        for missing, whom in unread.items():
            columns = "" if whom == ["None"] else f" (applicant {', '.join(whom)})"
            warnings.append(f"{group}{columns}: not derived, part(s) blank or not read: {', '.join(missing)}")
    return out


def _group_totals_from_text(doc: Document, narrative: list[Indicator], printed: set[str],
                            derived: list[Indicator], template: Optional[str], warnings: list[str],
                            no_table3: bool = False) -> tuple[list[Indicator], list[Indicator]]:
    """A sentence's group total (不予公开3件) in a template whose table has the group's rows: the text
    may file cases under a loose name, so it stands only where it equals the sum of those rows
    (then it is the printed value, replacing the derived one); otherwise it is said and not used.
    `printed`: the value_ids of the table's figures; `no_table3`: no row of table 三 is in the text (a copy cut
    after table 二, the table a picture): no row there can give the group, and a request group's sentence stands as
    in a report without tables."""
    groups = group_parts(template) if template in NATIONAL_TEMPLATES else {}
    by_id = {d.value_id: d for d in derived}
    kept, replaced = [], set()
    for n in narrative:
        if n.key not in groups or n.key == "litigation.total" or n.value_id in printed:
            kept.append(n)
            continue
        d = by_id.get(n.value_id)
        if d is None and no_table3 and n.key.startswith("requests."):
            n.source.note = "table 三 is not in the text: the figure is the sentence's"
            kept.append(n)
            continue
        if d is not None and d.value is not None and n.value is not None and abs(d.value - n.value) < 1e-6:
            if n.value_id not in replaced:
                n.source.note = f"the sum of table rows agrees: {d.source.note}"
                kept.append(n)
                replaced.add(n.value_id)
        else:
            rows = f"the sum of its table rows is {d.value}" if d is not None else "its table rows were not all read"
            said = doc.text[n.source.span[0]:n.source.span[1]]
            warnings.append(f"{n.value_id}: the text's {said!r} is not used: {rows}")
    return kept, [d for d in derived if d.value_id not in replaced]


def _sum(key: str, applicant: Optional[str], parts: list[Indicator]) -> Indicator:
    value = sum([p.value for p in parts])
    source = ValueSource(method="derived", note="sum of " + ", ".join([p.value_id for p in parts]))
    # fields: key, value, raw, label, applicant, period, unit, derived, source (positional: ~20 per report)
    return Indicator(key, value, "", label_of(key), applicant, "year", unit_of(key), True, source)
