"""Figures stated in sentences, from the patterns in data/narrative.tsv.

The patterns run on a whitespace-free form of the text ("申请 21\n件" reads as "申请21件"): PDF and
crawler texts put spaces around numbers and break sentences over lines. Whitespace survives only
where it means something: between two digits (so "3 21件" never becomes 321) and at a paragraph
end (a line ending a sentence, a heading, a blank line). Spans map back to the document text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from ..cells import to_yuan
from ..normalize import Spacing, fold_traditional
from ..patterns import AREA_WHOLE, GOVERNMENT_WITH_OFFICE, OFFICE_FOR_GOVERNMENT, LazyPattern
from ..schema import read_tsv
from .narrative_channels import SENTENCE_END as _SENTENCE_END, WINDOW as _WINDOW, channel_fits as _channel_fits
from .narrative_families import FAMILY as _FAMILY, families as narrative_families
from .narrative_channels import posted_on_site, site_beside_another
from .narrative_one_site import all_on_one_site, column_posted, website_total
from .narrative_business import other_business
from .narrative_compact import Compact
from .narrative_each import respective
from .narrative_exact import COMPARED, NOT_EXACT_BEFORE, ROUGH_AFTER, exact, its_count, parts_add_up
from .narrative_ahead import StoredPattern, compiled, plans as narrative_plans
from .narrative_cut import CutText, NEGATION_PAIR, cut_texts, cuts_read, holds_words, missing_chars, reading_plan
from .narrative_lists import in_enumerated_item, listed_sum, topic_scoped, topic_start
from .narrative_shares import in_share_bracket
from .narrative_numbers import CN_NUMBER, DECIMAL, MAX_DIGITS, NUMBER, none_contradicted, number
from ..issuer import names_issuer as _title_names_issuer
from .narrative_parts import (WHOLE as _WHOLE, addressed_elsewhere, addressed_to_issuer, alias_of as _alias, is_part as _is_part,
                              names_issuer, parts_site, wider_run_end, wider_whole)
from .narrative_period import (AT_YEAR_END, BOTH, ENDED, RUNNING, UNSETTLED, boundary_clause, declares_year, other_year,
                               period_of, state_at_end, years_part_of_running)
from .narrative_topic import headings as _headings, run_in_topic as _run_in_topic, section_titles as _section_titles

_CONTEXT_CHARS = 200     # without a section heading, the topic is looked for this far before a match
_SITE_KEY = ("disclosure.via_website",)
_TOTAL_KEYS = frozenset({"disclosure.total", "requests.new", "requests.answered", "review.total", "litigation.total", "fees.collected"})
# a row's (?P<chg>…) names the word of a change it reads (table 二's 本年增/减, signed): these make it negative
_DECREASE = frozenset({"减少", "减", "下降"})
_CLAUSE_END = _SENTENCE_END + "，,"

# (the dot first: a pattern that opens with a look-behind tries it at every position)
_HAN_STOP = regex.compile(r"\.(?<=[\u4e00-\u9fff]\.)(?=\n|$|[\u4e00-\u9fff])")
_LOST_SPACE = r"(?:\?(?=\d))?"
_LONG_RUN = LazyPattern(rf"\d{{{MAX_DIGITS + 1},}}")

@dataclass(frozen=True)
class NarrativeFigure:
    key: str
    value: float
    raw: str
    start: int
    end: int
    sentence: str
    period: str = "year"        # or "cumulative": a running total since the Regulations (the schema's period)
    applicant: Optional[str] = None     # one applicant's share (requests.new@natural_person); None: the whole


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[tuple[str, ...], Optional[str], Optional[StoredPattern], Optional[str], Optional[str],
                                StoredPattern], ...]:
    out = []
    rows = read_tsv("narrative.tsv")
    families = narrative_families()
    for row in rows:
        if row["keys"].startswith("$"):
            continue
        row = dict(row, pattern=_FAMILY.sub(lambda m: families[m.group()], row["pattern"]))
        # key@applicant: the count is that applicant's share (requests.new@natural_person)
        keys, _, applicant = row["keys"].partition("@")
        keys = tuple(k.strip() for k in keys.split(","))
        # (?P<n>\d+) also takes a count written in Chinese numerals (行政复议三起, 十二件); digits are bounded
        pattern = row["pattern"].replace(r"(?P<n>\d+(?:\.\d+)?)", rf"(?P<n>{DECIMAL})")
        pattern = pattern.replace(r"(?P<n>\d+)", rf"(?P<n>{NUMBER}|{CN_NUMBER})")
        # a crawler that lost a non-breaking space left '?' in its place (主動公開政府信息?10條): a '?' right before a
        # figure's digits stands for that space; not where the figure opens the pattern (an optional start would
        # make the regex module try every position)
        head, sep, tail = pattern.partition("(?P<n>")
        if sep:
            pattern = head + (_LOST_SPACE if head else "") + sep + tail.replace("(?P<n>", _LOST_SPACE + "(?P<n>")
        # a gap of words never crosses a paragraph's end (the compact text's line break): "…累计46件" then
        # "行政复议数：本年度4件" are two fields, not "46件…行政复议"
        pattern = pattern.replace("[^", "[^\n")
        # (compiled at first use: most rows are gated out of most texts, narrative_cut; the proofs read their .pattern
        # and .flags uncompiled — compiling every row's and context's pattern was about half of a first parse, speed67)
        context = StoredPattern(row["context"]) if row.get("context") else None
        # needs=channels: read only where its paragraph counts another channel's output too; needs=alone: only
        # where it counts none, and only where no other sentence gives the key (_channel_fits, narrative_figures);
        # needs=fallback: only where no other row gives the key nor read its clause (narrative_figures)
        out.append((keys, row["value"] or None, context, row.get("needs") or None, applicant.strip() or None,
                    StoredPattern(pattern)))
    # a fallback row runs after every other row: the clauses they read are then known
    return tuple(sorted(out, key=lambda row: row[3] == "fallback"))


@lru_cache(maxsize=1)
def _plans() -> dict:
    """The rows' plans (narrative_cut's proofs), stored ahead where fresh, else proved (narrative_ahead)."""
    return narrative_plans(tuple((row[-1].pattern, row[-1].flags) for row in _patterns()))


@lru_cache(maxsize=1)
def _scanners() -> tuple[regex.Pattern, ...]:
    """Each row's pattern as it is scanned: one opening with a one-character look-behind with that character consumed
    and dropped instead (narrative_cut.consumed_opening: the same matches, looked for in C); the proofs read the rows'
    own patterns."""
    return tuple(p if f is None else compiled(f, p.flags) for f, (*_, p) in zip(_plans()["scanners"], _patterns()))


def _scan_plan():
    """(the table lines no pattern can match, which patterns may read the text without them): narrative_cut's proof."""
    return _plans()["count_unit"], _plans()["line_local"]


def _sentence_plan() -> tuple[tuple[bool, ...], tuple[bool, ...]]:
    """Which of the rows reading the count cut, and which of those reading the negation cut, may read it with its
    pieces between full stops holding no pair cut too: narrative_cut's third proof."""
    return _plans()["sentence"]


def _gate_plan() -> tuple[tuple[Optional[str], ...], tuple[str, ...]]:
    """(each row's character every match reads, or None; those characters): narrative_cut's gate."""
    return _plans()["gates"]


def _word_plan() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each row's sets of words, one of each every match reads: narrative_cut's word gate."""
    return _plans()["words"]


def _negation_plan() -> tuple[bool, ...]:
    """Which patterns may read the text without its lines holding no negation: narrative_cut's second proof."""
    return _plans()["negation"]


# the last clause or sentence end before a match (a backward search, not an rfind per character) …
_CLAUSE_END_BEFORE = regex.compile("[" + regex.escape(_CLAUSE_END) + "]", regex.REVERSE)
_SENTENCE_END_BEFORE = regex.compile("[" + regex.escape(_SENTENCE_END) + "]", regex.REVERSE)
# … and the first sentence end after it
_SENTENCE_END_AFTER = regex.compile("[" + regex.escape(_SENTENCE_END) + "]")
# … and the first clause end after it
_CLAUSE_END_AFTER = regex.compile("[" + regex.escape(_CLAUSE_END) + "]")
# the rows that yield to any other figure of their key and period
_YIELDING = ("alone", "listed", "fallback")


def _clause(text: str, start: int, end: int) -> tuple[int, int, int]:
    """(sentence start, clause start, sentence end) around the match [start, end)."""
    lo = max(0, start - _WINDOW)
    m = _CLAUSE_END_BEFORE.search(text, lo, start)
    cs = m.end() if m else lo
    # the clause starts a sentence when no clause end precedes it or the one found ends a sentence
    if m and m.group() not in _SENTENCE_END:
        m = _SENTENCE_END_BEFORE.search(text, lo, m.start())
        ss = m.end() if m else lo
    else:
        ss = cs
    hi = min(len(text), end + _WINDOW)
    e = _SENTENCE_END_AFTER.search(text, end, hi)
    return ss, cs, (e.end() if e else hi)


def _sentence_start(ctext: str, pos: int) -> int:
    return _clause(ctext, pos, pos + 1)[0]


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does [s, e) overlap a different match already taken? (taken is sorted: bisect, not a scan)"""
    i = bisect.bisect_left(taken, (s - _WINDOW, 0))      # matches are short: none starts further back
    for a, b in taken[i:bisect.bisect_left(taken, (e, 0))]:
        if (a, b) != (s, e) and a < e and s < b:
            return True
    return False


def long_digit_runs(text: str, skip: list[tuple[int, int]] = ()) -> list[str]:
    """Warnings for runs of digits too long to be a count: the sentence patterns ignore them."""
    runs = [m for m in _LONG_RUN.finditer(text) if not any(a <= m.start() < b for a, b in skip)]
    if not runs:
        return []
    where = ", ".join(str(m.start()) for m in runs[:5]) + (" …" if len(runs) > 5 else "")
    return [f"{len(runs)} run(s) of more than {MAX_DIGITS} digits (at offset {where}) are not counts: "
            "ignored by the sentence patterns"]


def narrative_figures(text: str, skip: list[tuple[int, int]] = (), spacing: Optional[Spacing] = None,
                      year: Optional[int] = None, title: Optional[str] = None,
                      warnings: Optional[list[str]] = None) -> list[NarrativeFigure]:
    """Every pattern match outside the `skip` ranges (table regions), in document order; `spacing`
    is the text's whitespace cut if the caller has it; `year`, the reporting year if known: a figure
    in a clause about another year is not read; `title`, the report's title: the body it names is the
    issuer (玉桥街道总共主动公开… in 玉桥街道办事处's report), not a part; `warnings`, where to say a figure left
    unread for its form (a count in 万)."""
    found: list[NarrativeFigure] = []
    taken: list[tuple[int, int]] = []
    # the issuer is named before 政府信息公开…报告; a title run together with the text names no more than that
    # … and so is the short name it declares for itself (…发展改革局（以下简称发改局）2024年度…报告如下)
    alias = _alias(fold_traditional(title)) if title and "简称" in title else None
    title = fold_traditional(title).split("政府信息公开")[0][-40:] if title else None
    # (a zero is judged a part's only against a title that names the issuer: 本单位 or none leaves 卫生健康局 its own)
    title_names = title is not None and _title_names_issuer(title)
    compact = Compact(text, spacing)
    # the patterns read the text folded to simplified script, character for character (a copy in
    # traditional script, 申請 and 條, reads as its original); a figure's raw and sentence are as printed
    ctext = fold_traditional(compact.text)
    if "." in ctext:        # a full stop typed as '.' after a Han character (未收到依申请公开事项.) ends its sentence
        ctext = _HAN_STOP.sub("。", ctext)
    # an office counting for its government is the issuer where the text speaks of no area's whole (narrative_parts)
    # (its literals first: 代表 alone is common, and the pattern would be tried at every place character of the text)
    for_government = "政府办公" in ctext and (
        "代" in ctext and OFFICE_FOR_GOVERNMENT.search(ctext) is not None
        or ("含" in ctext or "包括" in ctext) and GOVERNMENT_WITH_OFFICE.search(ctext) is not None) and not AREA_WHOLE.search(ctext)
    # (its period stated: a count up to its end is the year's; a bare 累计 in a report of the 2019 or 2021 templates too)
    declared = ("截" in ctext or "累计" in ctext) and declares_year(ctext, year)
    headings: Optional[list[tuple[int, int, str]]] = None      # found when a topic is first looked for
    # a sentence whose whole-issuer count is a part's (区政府收到申请5件，予以公开3件): its other figures from that
    # clause on are that part's too, unless the sentence also gives a count of the whole (a clause before it with a
    # subject of its own is not: 县人民政府网公开政府信息7062条，县政府部门和镇共公开…14781条); a total's count after the
    # part's clause is the whole's only where its clause names the whole (区政府收到…20件,19件已答复: the part's answers)
    part_sentences: dict[int, int] = {}
    wider: list[tuple[int, int]] = []      # the spans a wider place's whole says (narrative_parts.wider_whole)
    whole_sentences: list[tuple[int, int, bool]] = []       # (sentence, figure's start, its clause names the whole)
    sentence_of: list[int] = []
    yielding: list[bool] = []   # read only where no other figure gives its key (needs=alone or fallback)
    count_unit, line_local = _scan_plan()
    # the same matches, found faster (narrative_cut); the second cut for the rows the count cut leaves on the whole text
    # (and for the rows proved sentence-local, each cut with the pieces between full stops holding no pair cut too);
    # a row needing a character the text it reads lacks is not scanned (narrative_cut's gate)
    # (a cut no row reads is not built: the negation's line cut, as every row reading it reads its sentence cut)
    gates = _gate_plan()[0]
    reads, gated = reading_plan(line_local, _negation_plan(), *_sentence_plan(), gates)
    texts = (CutText(ctext, None), *cut_texts(ctext, (count_unit, NEGATION_PAIR), pieces=True, read=cuts_read(reads)))
    missing = [missing_chars(read.text, chars) if read is not None else () for read, chars in zip(texts, gated)]
    known: list[dict] = [{} for _ in texts]        # the words looked for in each text (narrative_cut's word gate)
    for (keys, literal, context, needs, applicant, _), scanned, k, gate, words in zip(
            _patterns(), _scanners(), reads, gates, _word_plan()):
        if gate in missing[k] or not holds_words(texts[k].text, words, known[k]):
            continue
        for m in texts[k].finditer(scanned):
            s, e = m.span()
            os_, oe = compact.orig(s), compact.orig_end(e)
            if any(a <= os_ < b for a, b in skip) or _overlaps(taken, s, e):
                continue
            ss, cs, ce = _clause(ctext, s, e)
            if needs == "fallback" and _clause_taken(ctext, taken, cs, e):
                continue
            if context is not None and not context.search(ctext, topic_start(ctext, ss, _sentence_start), ce):
                if headings is None:
                    headings = _headings(fold_traditional(text))
                    heading_starts = [h[0] for h in headings]
                titles = _section_titles(headings, heading_starts, os_)
                if titles is None:
                    if not context.search(ctext, max(0, s - _CONTEXT_CHARS), ce):
                        continue
                elif not context.search(titles) and not _run_in_topic(ctext, ss, context):
                    continue
            if other_year(ctext, ss, cs, s, year) or (s == ss and _year_before(ctext, keys[0], ss, year)):
                continue
            # (a count in a sentence on suggestions, petitions, a hotline … in the requests' part: that business's)
            if other_business(ctext, keys[0], topic_start(ctext, ss, _sentence_start), s, e):
                continue
            # (an outcome in brackets after one applicant's count, 自然人申请7件(其中予以公开3件): that applicant's, not the whole's)
            if applicant is None and keys[0].startswith("requests.") and "(" in ctext[ss:s] and in_share_bracket(ctext, ss, s):
                continue
            # a year the pattern names as the next one (结转2026年) must be the one after the report's …
            named = m.groupdict()
            ny, py, ty = named.get("ny"), named.get("py"), named.get("ty")
            if ny is not None and (year is None or int(ny) != year + 1):
                continue
            # … a year it names as the report's own (主动公开2009年度政府信息), that one …
            if ty is not None and (year is None or int(ty) != year):
                continue
            # … and a year it names as the previous one (2024年结转1件), the one before the report's
            if py is not None and (year is None or int(py) != year - 1):
                continue
            # a wider place's whole as the clause's subject (全市… in a district's report): that place's figure, any key's,
            # and so are those of its paragraph's sentences after it that name no subject (narrative_parts.wider_whole)
            whole = wider_whole(ctext[cs:e], title) if title and "全" in ctext[cs:e] else None
            if whole is not None:
                wider.append((compact.orig(cs), compact.orig(wider_run_end(ctext, cs))))
                note = f"prose: figures said of {whole}, a place above the issuer, are not read"
                if warnings is not None and note not in warnings:
                    warnings.append(note)
                continue
            prefix = ctext[cs:s]
            if keys[0] == "requests.new" and addressed_elsewhere(ctext[s:e], title) or (
                    named.get("who") is not None and not names_issuer(named["who"], title)) or (
                    named.get("to") is not None and not addressed_to_issuer(named["to"], title)):
                # (what was asked of another body is that body's: the answers said after it, 均…予以答复, are too,
                # where the title names the issuer: a text without one may name itself so, 向市政府(市政府办公厅)提交的)
                if keys[0] == "requests.new" and title_names:
                    part_sentences[ss] = min(part_sentences.get(ss, len(text)), compact.orig(cs))
                continue
            if not _channel_fits(ctext, keys[0], literal, needs, cs, s, e) or (
                    literal == "0" or keys[0] == "disclosure.total" and named.get("n") == "0") and none_contradicted(ctext, keys[0], e):
                continue
            # (the report's year named in the match says the period: 累计主动公开2009年度政府信息 is that year's)
            # (judged from the words before the figure's own number, the match's included: 本年度…累计120条)
            period = "year" if ty is not None else period_of(
                ctext, boundary_clause(ctext, cs, s) if keys[0] in AT_YEAR_END else ss, s, e, year, ce,
                m.start("n") if named.get("n") is not None else s,
                declared)
            # (none over a running total is none this year: a zero said as a literal or as the count)
            zero = literal == "0" or literal is None and named.get("n") == "0"
            if period == UNSETTLED and not (zero or state_at_end(keys[0])):
                if warnings is not None:
                    note = (f"prose: {keys[0]} said up to a date with no start nor year word "
                            f"('{text[compact.orig(ss):compact.orig_end(e)].strip()[:60]}'): this year's or a running total, not said; not read")
                    if note not in warnings:
                        warnings.append(note)
                continue
            period = "year" if period == UNSETTLED else period
            if period is None or period in (RUNNING, ENDED) and not zero:
                continue
            period = "year" if period in (RUNNING, ENDED) else period       # none since 2014 is none this year
            # (本年度及历年无收费: both; none since the Regulations, a zero stated by negation, is none this year too)
            periods = ("year", "cumulative") if period == "cumulative" and (
                literal == "0" or BOTH.search(ctext, ss, s)) else (period,)
            if needs == "each":         # names, then their figures said respectively: each the name's in its place
                pairs = respective(m, keys)
                if pairs is None or COMPARED.search(ctext, cs, s) or not all(exact(ctext, s, ns, e) for _, (ns, _) in pairs):
                    continue
                raws = [text[compact.orig(ns):compact.orig_end(ne)] for _, (ns, ne) in pairs]
                values = [number(fold_traditional(raw)) for raw in raws]
                if None in values:
                    continue
                sentence = text[compact.orig(ss):compact.orig_end(ce)].strip()
                for (key, _), raw, value in zip(pairs, raws, values):
                    for period in periods:
                        found.append(NarrativeFigure(key, value, raw, os_, oe, sentence, period))
                        sentence_of.append(ss)
                        yielding.append(False)
                bisect.insort(taken, (s, e))
                continue
            # (an enumerated item's count of items, 一是完善基础信息公开,…共发布信息35条, is its kind's: a part)
            # (… and so is a topic's, its sentence opening with the topic: 二是围绕疫情防控,及时发布…315条)
            if keys[0] == "disclosure.total" and literal is None and (
                    in_enumerated_item(ctext, cs, s, e) or topic_scoped(ctext, s)):
                continue
            # a part's figure is none of the whole's (a website's owner stands inside an alone row's match, 通过区水利局
            # 门户网站…: the part test reads it too), nor is a part's none (石岭乡未收到申请 in a county's report)
            if keys[0] in _TOTAL_KEYS and (
                    _is_part(ctext[cs:m.start("n")] if needs in ("alone", "listed") else prefix, title, alias, for_government)
                    if literal is None else title_names and _is_part(prefix, title, alias, for_government, zero=True)):
                # (a part named in brackets after a count, …申请1521件(含县自然资源局收到申请915件), is a part of that
                # count: the part's clause opens at its bracket, so the count before it stays the whole's)
                inner = [b.start() for b in _PART_IN_BRACKETS.finditer(ctext, cs, s)] if "含" in prefix else ()
                part_sentences[ss] = min(part_sentences.get(ss, len(text)), compact.orig(inner[-1] if inner else cs))
                continue
            if literal is None and keys[0].startswith("disclosure.") and parts_site(ctext[cs:m.start("n")]):
                continue        # (what the parts put out on their own sites: neither the issuer's site nor its whole)
            if literal is None:
                ns, ne = m.span("n")
                # a count that stands in a look-behind (行政复议1件，结果维持) opens the figure's span: its text holds it
                os_ = min(os_, compact.orig(ns))
                # one kind's count of a list the sentence sums (…135条,…5条,…81条,合计共221条; or listed with 、):
                # the sum is the total, where the count is exact and no change
                summed = listed_sum(ctext, e, ce, int(ctext[ns:ne]), ns) if keys[0] == "disclosure.total" and (
                    ne - ns <= MAX_DIGITS and ctext[ns:ne].isdigit()) else None
                if summed == () or (summed and not (exact(ctext, s, ns, e) and not COMPARED.search(ctext, cs, s))):
                    continue
                if summed:      # the span runs on to the sum
                    (ns, ne), oe = summed, compact.orig_end(summed[1])
                elif named.get("chg") is not None:     # a row reading a change (比2019年减少3项): the change is its figure
                    if NOT_EXACT_BEFORE.search(ctext, max(0, ns - 2), ns) or ROUGH_AFTER.match(ctext, e):
                        continue
                elif not its_count(ctext, keys[0], s, cs, ns, e):
                    continue
                raw = text[compact.orig(ns):compact.orig_end(ne)]
                value = number(fold_traditional(raw))      # 兩 is 两
                if value is None or any(named.get(g) is not None and not parts_add_up(ctext, m, value, g)
                                        for g in ("parts", "shares", "bare")):
                    continue
                unit = m.groupdict().get("u")
                if unit:
                    value = to_yuan(value, unit)
                if named.get("chg") in _DECREASE:
                    value = -value
                if m.groupdict().get("w"):
                    # 842.13万条, 3万件: a count rounded to the 万's last digit, never an exact count (in any era):
                    # not read, and said (taken, so no other pattern reads a piece of it)
                    if warnings is not None:
                        said = text[compact.orig(ns):compact.orig_end(m.end("w"))]
                        note = (f"prose: {keys[0]} is given in 万 only ('{said}'), a rounded figure, not an exact "
                                "count; not read")
                        if note not in warnings:
                            warnings.append(note)
                    bisect.insort(taken, (s, e))
                    continue
            else:
                raw = text[os_:oe]
                value = float(literal) if "." in literal else int(literal)
            # (a total said of one website: that site's count too, yielding to any other figure of the site's)
            # (… and what the site's disclosure column posted: the site's alone, narrative_one_site.column_posted)
            column = literal is None and applicant is None and keys[0] == "disclosure.total" and column_posted(ctext, ss, cs, s, e)
            if column and "其中" in ctext[cs:s]:
                continue        # (one column's posts after 其中: a part of the site's count before it, not the site's)
            site = column or literal is None and applicant is None and keys[0] == "disclosure.total" and (
                website_total(ctext, cs, ns) or all_on_one_site(ctext, e))
            # (a website's posts said with 发布/更新 are that site's alone, never the proactive total: posted_on_site;
            # but not the year's part of a running total: narrative_period.years_part_of_running)
            posted = column or literal is None and keys[0] == "disclosure.total" and posted_on_site(ctext, cs, e) and not (
                years_part_of_running(ctext, ss, cs, s))
            if posted and not site:
                continue
            sentence = text[compact.orig(ss):compact.orig_end(ce)].strip()
            if literal is None and keys[0] in _TOTAL_KEYS and applicant is None and not posted:
                whole_sentences.append((ss, os_, _WHOLE.search(prefix) is not None))
            # (… and that site's alone where another channel's or medium's count stands beside it: no total)
            for key in (() if site and (posted or site_beside_another(ctext, cs, s, e)) else keys) + (_SITE_KEY if site else ()):
                for period in periods:
                    found.append(NarrativeFigure(key, value, raw, os_, oe, sentence, period, applicant))
                    sentence_of.append(ss)
                    yielding.append(needs in _YIELDING or key not in keys)
            bisect.insort(taken, (s, e))
    parts_only = {ss: start for ss, start in part_sentences.items()
                  if not any(w == ss and (own or c <= start) for w, c, own in whole_sentences)}
    if any(yielding):           # a fallback wording yields to any other figure of its key, period and applicant
        # (one applicant's share, 申请人均为自然人, gives no whole: the total's fallback wording stays)
        given = {(f.key, f.period, f.applicant) for f, a in zip(found, yielding) if not a}
        keep = [not a or (f.key, f.period, f.applicant) not in given for f, a in zip(found, yielding)]
        found, sentence_of = [f for f, k in zip(found, keep) if k], [x for x, k in zip(sentence_of, keep) if k]
    if parts_only:
        found = [f for f, ss in zip(found, sentence_of) if f.start < parts_only.get(ss, f.start + 1)]
    if wider:
        found = [f for f in found if not any(a <= f.start < b for a, b in wider)]
    found.sort(key=lambda f: f.start)
    return found


def _clause_taken(ctext: str, taken: list[tuple[int, int]], cs: int, e: int) -> bool:
    """Has another row read a figure in the clause that starts at cs and holds the match ending at e? (a bracketed
    list of parts, …共计626篇(其中通过门户网站共发布信息453篇…, is a clause of its own: the whole before it, each
    part in it)"""
    m = _CLAUSE_END_AFTER.search(ctext, e, e + _WINDOW)
    ce = m.start() if m else min(len(ctext), e + _WINDOW)
    for m in _PARTS_IN_BRACKETS.finditer(ctext, cs, e):
        cs = m.end()
    m = _PARTS_IN_BRACKETS.search(ctext, e, ce)
    ce = m.start() if m else ce
    i = bisect.bisect_left(taken, (cs - _WINDOW, 0))
    return any(a < ce and cs < b for a, b in taken[i:bisect.bisect_left(taken, (ce, 0))])


_PARTS_IN_BRACKETS = re.compile(r"[(（]其中")
_PART_IN_BRACKETS = re.compile(r"(?<=\d[件宗条个份起])[(（](?:含|包含|包括)")


def _year_before(ctext: str, key: str, ss: int, year: Optional[int]) -> bool:
    """Is a channel's count that opens its sentence (…公开政府信息96840条。通过政府网站公开10095条) a part of the sentence
    before it about another year (上年主动公开…538条。通过政府网站公开461条)?"""
    if not key.startswith("disclosure.via_") or ss == 0:
        return False
    pss = _clause(ctext, ss - 1, ss - 1)[0]
    return other_year(ctext, pss, pss, ss - 1, year)


def first_by_key(figures: list[NarrativeFigure]) -> dict[str, NarrativeFigure]:
    """The first figure of each key's whole (one applicant's share is none of its key's)."""
    out: dict[str, NarrativeFigure] = {}
    for f in figures:
        if f.applicant is None:
            out.setdefault(f.key, f)
    return out
