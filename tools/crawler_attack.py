#!/usr/bin/env python3
"""A seeded campaign of crawler damage against invented national-template reports, scored against
their known truth: how many figures are read right, read WRONG, or lost.

    python tools/crawler_attack.py [--count 300] [--seed 32] [--timeout 20] [--examples 20] [--only CLASS]

Each document is an invented 2019 or 2021 report (tools/damage/: distinct non-zero numbers that
satisfy the template's identities, some rows all zero) in one of three layouts a crawler leaves —
one cell a line, markdown pipe rows, PDF-text rows `label v v …` — or a legacy 2008–2018 report
(appendix 统计表 with 本年度 / 累计, one cell a line or `label unit v v` rows), or a 2021 web page of
<table>s (rowspan / colspan headers, cells in &nbsp;, <p>/<span> or Word styles, table 三 sometimes cut
in two; tools/damage/crawl_docs.py). One to three damage classes (below and tools/damage/crawl_damage.py;
HTML classes on pages, text classes elsewhere) are applied to its lines; crawl_damage.ONLY's classes (a converter's
open pipe rows, the table forms of tools/damage/crawl_forms.py) only with --only, so that the seeded documents tests pin stay as they were. It is parsed in a forked child
under a CPU time limit, and every table figure of the truth is counted: right, WRONG (a value printed
that differs from the truth) or lost (not read). Classes that change what the document says (a figure
dropped, two swapped: crawl_damage.DESTRUCTIVE) can make another self-consistent document: a value they
alone make differ (read right when they are left out) is counted `ambiguous`, not WRONG. A figure read
where the truth has none is counted as `extra` (the tables' keys only).

Prints one JSON object: totals, per-class and per-layout counts, and up to --examples WRONG values
with the seed of their document (`--only` and `--seed` reproduce one). Exit status 1 when any value
is WRONG or any document crashed or hung. Lost values are not failures: some damage leaves a cell
that the text does not settle, and the library must not guess it.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import resource
import signal
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from attack import fork_into  # noqa: E402
from damage import crawl_blocks, crawl_damage, crawl_forms, crawl_tables63, crawl_tables64, crawl_tables65, crawl_tables66, crawl_tables67  # noqa: E402
from damage.crawl_docs import html_document, legacy_document  # noqa: E402
from damage.data import APPLICANTS, T2_2019, T4_IDS, Numbers, collapse, random_t3, t3_heads, t3_values, t4_values  # noqa: E402
from damage.fixtures_heldout import md_report, t2_2021, t4_header_15  # noqa: E402
from damage.fixtures_wild import t3_lines  # noqa: E402
from damage.render import CLOSING, cells_2019, fmt, header_2019, narrative, pipe, t2_2019_values  # noqa: E402

CHROME = ("第2页 共4页", "- 3 -", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页", "来源：区政府办公室", "")
MARKS = ("¹", "①", "*", "[1]", "※")
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
T3_ROW_KEYS = [k for k, _ in t3_heads("2021")]


# ---------------------------------------------------------------- the invented documents


def _t4(nums: Numbers, rnd: random.Random) -> dict:
    parts = {g: [0 if rnd.random() < 0.2 else nums.take(1, 60) for _ in range(4)]
             for g in ("review", "litigation.direct", "litigation.after_review")}
    return t4_values(parts)


def _zero_masks(rnd: random.Random, template: str) -> dict:
    """Some rows all zero and some cells zero, as real tables are (and as collapse needs to bite)."""
    masks = {}
    for key, _ in t3_heads(template):
        if key in ("requests.new", "requests.answered", "requests.carried_forward", "requests.granted"):
            continue
        r = rnd.random()
        if r < 0.45:
            masks[key] = "000000"
        elif r < 0.7:
            masks[key] = "".join("1" if rnd.random() < 0.4 else "0" for _ in range(6))
    masks.setdefault("requests.carried_over", "".join("1" if rnd.random() < 0.5 else "0" for _ in range(6)))
    return masks


def document(seed: int) -> tuple[str, str, dict]:
    """(layout, text lines joined, truth) of document `seed`."""
    rnd = random.Random(seed)
    family = random.Random(seed * 31 + 7).random()      # apart from rnd: the text layouts keep their documents
    if family < 0.2:
        return legacy_document(seed, rnd)
    template = rnd.choice(("2019", "2021"))
    layout = "cells" if template == "2019" else rnd.choice(("pipes", "rows"))
    if family < 0.4:
        template, layout = "2021", "html"
    county, year = rnd.choice(("栖梧县", "鹤汀县", "栗山县", "澄溪区", "柘林镇")), rnd.randint(2019, 2024)
    if template == "2019":
        year = min(year, 2020)
    published = f"{year + 1}-01-{rnd.randint(10, 28)}"
    nums = Numbers(seed)
    t4 = _t4(nums, rnd)
    values3 = t3_values(random_t3(nums, template, _zero_masks(rnd, template), hi=400))
    if template == "2019":
        rows = {key: [nums.take(1, 900) for _ in cols] for key, _, cols in T2_2019}
        for key, _, cols in T2_2019:
            if "items_change" in cols:
                rows[key][cols.index("items_change")] *= rnd.choice((1, -1))
            if "amount" in cols:
                rows[key][cols.index("amount")] = round(rows[key][cols.index("amount")] * 1.5, 1)
        t2 = t2_2019_values(rows)
        issuer = county + "人民政府"
        lines = header_2019(f"{issuer}{year}年政府信息公开工作年度报告", published, county, year, issuer + "办公室",
                            "0000-5512807")
        lines += narrative(county, year) + cells_2019(t2, values3, t4) + CLOSING
        return layout, "\n".join(lines) + "\n", dict(t2, **values3, **t4)
    fee = f"{nums.take(1, 90) / 10:g}"
    t2 = t2_2021(tuple(nums.take(1, 60) for _ in range(3)), tuple(nums.take(1, 400) for _ in range(3)),
                 nums.take(100, 5000), nums.take(100, 5000), nums.take(1, 300), fee)
    if layout == "html":
        return layout, html_document(seed, rnd, t2, fee, values3, t4), dict(t2, **values3, **t4)
    if layout == "pipes":
        t3 = [pipe(head + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]) for key, head in t3_heads("2021")]
        t3 = [pipe(["申请人情况"]), pipe(["自然人", "法人或其他组织", "总计"]),
              pipe(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])] + t3
    else:
        t3 = t3_lines(values3, "2021")
    text = md_report(county, year, published, t2, fee, t3, t4_header_15() + [pipe([fmt(t4[i]) for i in T4_IDS])])
    return layout, text, dict(t2, **values3, **t4)


# ---------------------------------------------------------------- damage classes (lines in, lines out)


def _figure_lines(lines: list[str]) -> list[int]:
    return [i for i, ln in enumerate(lines) if any(c.isdigit() for c in ln) and len(ln) < 200]


def collapse_repeats(lines, rnd):
    return collapse("\n".join(lines)).split("\n")


def page_chrome(lines, rnd):
    idx = _figure_lines(lines)
    for _ in range(rnd.randint(1, 3)):
        lines.insert(rnd.choice(idx[len(idx) // 3:]) + 1, rnd.choice(CHROME))
    return lines


def footnote_marks(lines, rnd):
    for i in rnd.sample(_figure_lines(lines), 3):
        ln = lines[i].rstrip(" |")
        if ln[-1:].isdigit():
            lines[i] = ln + rnd.choice(MARKS) + lines[i][len(ln):]
    return lines


def full_width(lines, rnd):
    for i in rnd.sample(_figure_lines(lines), max(1, len(lines) // 8)):
        lines[i] = lines[i].translate(FULL)
    return lines


def hard_wrap(lines, rnd):
    width = rnd.randint(24, 48)
    return [ln[k:k + width] for ln in lines for k in range(0, max(len(ln), 1), width)]


def split_labels(lines, rnd):
    """A long label's line broken in two (a crawler's <br> inside a label)."""
    out = []
    for ln in lines:
        head = ln.split(" ")[0].split("|")[-1] if "|" not in ln[:2] else ln.split("|")[1]
        if len(head) > 8 and not any(c.isdigit() for c in head[2:]) and rnd.random() < 0.5:
            cut = rnd.randint(3, len(head) - 3)
            k = ln.index(head) + cut
            out += [ln[:k], ln[k:]]
        else:
            out.append(ln)
    return out


def run_together(lines, rnd):
    """A row's figures stored with no separator: `label 1202 0 7` as `label 120207`, `| 12 | 0 |` as `| 120 |`,
    and one-cell lines joined (the text alone settles them only through the row's identities)."""
    out, i = [], 0
    while i < len(lines):
        ln = lines[i]
        cells = [c.strip() for c in ln.replace("|", " ").split()]
        k = next((j for j, c in enumerate(cells) if c.isdigit()), None)
        if k is not None and k > 0 and len(cells) - k >= 3 and all(c.isdigit() for c in cells[k:]) \
                and rnd.random() < 0.3:
            lead = ("| " + " | ".join(cells[:k]) + " | ") if ln.startswith("|") else " ".join(cells[:k]) + " "
            out.append(lead + "".join(cells[k:]) + (" |" if ln.startswith("|") else ""))
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip().isdigit():
            j += 1
        if j - i >= 3:
            joined = rnd.random() < 0.3
            out += ["".join(x.strip() for x in lines[i:j])] if joined else lines[i:j]
            i = j
            continue
        out.append(ln)
        i += 1
    return out


def blank_lines(lines, rnd):
    return [x for ln in lines for x in (ln, "")] if rnd.random() < 0.5 else [ln for ln in lines if ln.strip()]


TEXT = {f.__name__: f for f in (collapse_repeats, page_chrome, footnote_marks, full_width, hard_wrap,
                                split_labels, run_together, blank_lines) + crawl_damage.TEXT}
HTML = {f.__name__: f for f in crawl_damage.HTML}
ONLY = {f.__name__: f for f in crawl_damage.ONLY + crawl_forms.TEXT + crawl_blocks.TEXT + crawl_tables63.TEXT
        + crawl_tables64.TEXT + crawl_tables65.TEXT + crawl_tables66.TEXT + crawl_tables67.TEXT}        # text classes run with --only alone
HTML_ONLY = {f.__name__: f for f in crawl_forms.HTML}                         # HTML classes run with --only alone
DAMAGE = dict(TEXT, **HTML, **ONLY, **HTML_ONLY)
PHASE = dict.fromkeys(("footnote_marks", "full_width", "numbering_lost", "unit_column", "split_labels", "run_together",
                       "swap_cells", "open_pipe_rows"), 0) | {"hard_wrap": 1}


def damaged(seed: int, only: str | None = None, skip: frozenset = frozenset()) -> tuple[str, list[str], str, dict]:
    """The document of `seed` with its damage classes (`skip`: those left out, the rest applied alike)."""
    layout, text, truth = document(seed)
    rnd = random.Random(seed * 7919 + 1)
    pool = HTML if layout == "html" else TEXT
    classes = [only] if only else rnd.sample(sorted(pool), rnd.randint(1, 3))
    # in the order a page meets them: what the source prints (marks, units, joined cells) before a crawler's hard
    # wrap, and what it does to the wrapped lines (blank lines, chrome, repeats dropped) after it
    classes.sort(key=lambda name: PHASE.get(name, 2))
    if only and only not in pool and (only not in (HTML_ONLY if layout == "html" else ONLY)):
        return layout, [], text, truth
    lines = text.split("\n")
    for name in classes:
        done = DAMAGE[name](list(lines), rnd)
        if name not in skip:
            lines = done
    return layout, classes, "\n".join(lines), truth


# ---------------------------------------------------------------- running and scoring


def _parse_in_child(text: str, timeout: int) -> dict | str:
    """The parse's values in a forked child under a CPU limit: a dict, or 'crash: …' / 'hang'."""
    def child(w: int) -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (timeout, timeout + 1))
        try:
            import reportparse
            got = reportparse.parse_text(text).values()
            out = json.dumps({k: v for k, v in got.items() if v is not None})
        except Exception as exc:  # noqa: BLE001 - the child reports any crash to the parent
            out = json.dumps(f"crash: {type(exc).__name__}: {exc}"[:300])
        with os.fdopen(w, "w") as f:
            f.write(out)
        os._exit(0)

    pid, r = fork_into(child)
    with os.fdopen(r) as f:
        data = f.read()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        return "hang"
    return json.loads(data) if data else "crash: no output"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--timeout", type=int, default=20)
    ap.add_argument("--examples", type=int, default=20)
    ap.add_argument("--only", choices=sorted(DAMAGE), help="apply this damage class alone")
    args = ap.parse_args()
    totals = collections.Counter()
    per_class = collections.defaultdict(collections.Counter)
    per_layout = collections.defaultdict(collections.Counter)
    examples = []
    for n in range(args.count):
        seed = args.seed * 100_000 + n
        try:
            layout, classes, text, truth = damaged(seed, args.only)
        except RuntimeError:        # (the generator found no document for this seed: none to damage, said in the total)
            totals["not generated"] += 1
            continue
        got = _parse_in_child(text, args.timeout)
        if isinstance(got, str):
            totals["crash" if got.startswith("crash") else "hang"] += 1
            examples.append({"seed": seed, "classes": classes, "outcome": got})
            continue
        counts = collections.Counter()
        intact = None
        for vid, want in truth.items():
            if want is None:
                continue
            have = got.get(vid)
            outcome = "lost" if have is None else "right" if abs(have - want) < 1e-6 else "WRONG"
            if want == 0 and outcome != "WRONG" and crawl_blocks.BLANKING.intersection(classes):
                outcome = "blanked"     # (a zero the page printed blank: read or not, no figure it prints)
            destructive = crawl_damage.DESTRUCTIVE.intersection(classes)
            if outcome == "WRONG" and destructive:
                # read right without the classes that change what the document says: the damaged text
                # may be another self-consistent document, so this value is counted apart
                if intact is None:
                    _, _, text2, _ = damaged(seed, args.only, frozenset(destructive))
                    intact = _parse_in_child(text2, args.timeout)
                    intact = intact if isinstance(intact, dict) else {}
                if intact.get(vid) is not None and abs(intact[vid] - want) < 1e-6:
                    outcome = "ambiguous"
            counts[outcome] += 1
            if outcome == "WRONG" and len(examples) < args.examples:
                examples.append({"seed": seed, "layout": layout, "classes": classes, "value": vid,
                                 "truth": want, "read": have})
        counts["extra"] = sum(1 for vid in got if vid not in truth and vid.split("|")[0] in
                              {k.split("|")[0] for k in truth})
        counts["documents"] = 1
        totals.update(counts)
        per_layout[layout].update(counts)
        for c in classes:
            per_class[c].update(counts)
    report = {"seed": args.seed, "count": args.count, "total": dict(totals),
              "per_class": {c: dict(v) for c, v in sorted(per_class.items())},
              "per_layout": {c: dict(v) for c, v in sorted(per_layout.items())}, "examples": examples}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if totals["WRONG"] or totals["crash"] or totals["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
