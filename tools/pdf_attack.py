"""A PDF damage campaign: the invented reports drawn under seeded random damage, each read back and
compared value by value with what was drawn.

    python tools/pdf_attack.py [--seed 32] [--count 300] [--timeout 60] [--memory 1500] [--examples 40]
                               [--with t2_across_pages]

Each document is one of the invented reports of tools/pdf_reports (the 2019 or 2021 template, its
numbers from the document's seed, or the legacy 2010 three-line table) drawn by the fixtures' page
writer with one to three kinds of damage (DAMAGES, below) picked by a random.Random(seed, i). All
of them use the non-embedded STSong-Light (the pdfminer path, which needs no font). A forked child
draws it and parses it under a CPU limit (--timeout seconds) and an address-space limit (--memory
MiB), so one runaway document is a `timeout` or `error`, not a stopped campaign. The children run
one after another.

Every drawn value is counted once: *right* (read as drawn; a blank drawn and read null), *WRONG*
(read as another number, or a number where the cell was blank) or *lost* (not read). The JSON
printed has the totals, the same per damage (a document counts for each of its damages) and per
template, and the first --examples wrong values (document, damages, value id, drawn, read). The
exit status is 1 when any value was WRONG. `--with NAME` adds a drawing of EXTRA (table 二 over a page
break; full-width figures tracked in a borderless table; table 二 over a page break, borderless, its
figures tracked; table 四 narrow, its header words one character a line; table 四 beside a column of prose;
table 二 over a page break, a row's last cell alone below it; table 二 narrow; table 三 narrow, its applicant
headers one character a line; a ruled grid without its right or left border; table 二 or 三 over a page
break under a caption line '续表'; the figure columns' header words over a unit line '（件）') to the pool: the
seed's documents are then drawn anew, so compare with the same option only.
"""
from __future__ import annotations

import argparse
import collections
import importlib
import io
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_reports as pr  # noqa: E402
from attack import fork_into  # noqa: E402
from pdf_reports import variants2, variants3  # noqa: E402

WHO = "清水县人民政府"        # (an invented county: no region code)


# ---------------------------------------------------------------- damage

def _figure_cells(t2, body, t4, rng, share):
    """A random `share` of the figure cells (digits only) of tables 二, 三 and 四, as (row, index)."""
    out = []
    for row in list(t2) + list(body) + list(t4):
        for k, cell in enumerate(row):
            if cell.text.isdigit() and rng.random() < share:
                out.append((row, k))
    return out


def marks_after(marks: tuple, share: float, rng: random.Random):
    """An `edit` setting a small raised mark (`^`: the writer's footnote mark) after some figures."""
    def edit(values, t2, body, t4):
        for row, k in _figure_cells(t2, body, t4, rng, share):
            cell = row[k]
            row[k] = pr.C(cell.text + "^" + rng.choice(marks), cell.cs, cell.rs, cell.bold)
    return edit


def units_under(unit: str, share: float, rng: random.Random):
    """An `edit` setting some figures over their unit on a line of their own ('12' / '件')."""
    def edit(values, t2, body, t4):
        for row, k in _figure_cells(t2, body, t4, rng, share):
            cell = row[k]
            row[k] = pr.C(cell.text + "\n" + unit, cell.cs, cell.rs, cell.bold)
    return edit


def t3_across_pages(rng: random.Random):
    at, cut, repeat = rng.randrange(3, 14), rng.random() < 0.4, rng.random() < 0.5

    def split(w, body, rows):
        top, bottom = variants2.split_at(body, min(at, len(body) - 2), cut)
        w.room(540)
        w.table(pr.T3_WIDTHS, pr.T3_HEADER + top, header_rows=len(pr.T3_HEADER), open_bottom=cut)
        w.new_page()
        w.y -= 10
        w.table(pr.T3_WIDTHS, (pr.T3_HEADER if repeat else []) + bottom,
                header_rows=len(pr.T3_HEADER) if repeat else 0, open_top=cut and not repeat)
    return split, f"at {at}{' cut' if cut else ''}{' repeat' if repeat else ''}"


def t3_wrapped_header(rng: random.Random):
    style = rng.choice(["vertical", "wrapped"])

    def draw(w, body, rows):
        w.room(600)
        w.table(pr.T3_WIDTHS, variants3.t3_header(style) + body, header_rows=len(pr.T3_HEADER))
    return draw, style


def t3_rotated(rng: random.Random):
    rotate, sideways = rng.choice([90, 270]), rng.random() < 0.3
    return variants2.landscape_t3(rotate, sideways), f"{rotate}{' sideways' if sideways else ''}"


def t4_narrow(rng: random.Random):
    width, centred = rng.choice([18, 20, 22]), rng.random() < 0.7
    return variants3.t4_narrow(width), f"{width} pt{' centred' if centred else ''}", centred


def t2_across_pages(rng: random.Random):
    at, cut, repeat = rng.randrange(2, 14), rng.random() < 0.4, rng.random() < 0.4
    return variants3.t2_across_pages(at, cut, repeat), f"at {at}{' cut' if cut else ''}{' repeat' if repeat else ''}"


def t2_lone_cell(rng: random.Random):
    at, repeat = rng.randrange(2, 14), rng.random() < 0.4
    return variants3.t2_across_pages(at, repeat=repeat, last=1), f"at {at} last cell{' repeat' if repeat else ''}"


# name: rng -> {"writer": {…}, "edit": f, "t3": (f, note), "t2": (f, note), "post": f, "note": str}
DAMAGES = {
    "borderless": lambda r: {"writer": {"rules": r.choice(["none", "three_line", "horizontal"])}},
    "cid_widths": lambda r: {"post": variants2.without_widths},
    "tracked_labels": lambda r: {"writer": {"letter_spacing": r.choice([0.3, 0.6, 1.0])}},
    "tracked_figures": lambda r: {"writer": {"figure_spacing": r.choice([0.55, 0.7, 0.8]),
                                             "spaced_every": r.choice([1, 1, 3])}},
    "uneven_gaps": lambda r: {"writer": {"glyph_tracking": r.choice([0.25, 0.5, 0.8, -0.4])}},
    "fullwidth": lambda r: {"writer": {"fullwidth_figures": True}},
    "shadow": lambda r: {"writer": {"shadow": (r.choice([0.4, 0.9, 1.4, 1.8]), r.choice([0.0, -0.6, 0.8]),
                                               r.choice([0.0, 0.6]))}},
    "stacked_units": lambda r: {"edit": units_under(r.choice(["件", "个", "项"]), r.choice([0.3, 1.0]), r),
                                "writer": {"centre_cells": r.random() < 0.7}},
    "circled_marks": lambda r: {"edit": marks_after(("①", "②", "③"), 0.08, r)},
    "footnote_marks": lambda r: {"edit": marks_after(("*", "注", "a", "1"), 0.08, r)},
    "watermark": lambda r: {"writer": {"watermark": r.choice(["2023年12月31日", "0571-88886666", "内部资料 2024"]),
                                       "watermark_size": r.choice([12, 20, 54]),
                                       "watermark_angle": r.choice([None, 0]),
                                       "watermark_gray": r.choice([0.6, 0.82])}},
    "across_pages": lambda r: {"t3": t3_across_pages(r)},
    "wrapped_header": lambda r: {"t3": t3_wrapped_header(r)},
    "rotated": lambda r: {"t3": t3_rotated(r)},
    "shrunk": lambda r: {"writer": {"table_size": r.choice([9, 10]), "figure_size": r.choice([5.0, 5.5, 6.5]),
                                    "right_figures": r.random() < 0.5}},
    "fake_bold": lambda r: {"writer": {"fake_bold": True}},
    "right_figures": lambda r: {"writer": {"right_figures": True, "figure_lead": r.choice(["", "  "])}},
}
T3_DRAWN = ("across_pages", "wrapped_header", "rotated", "t3_narrow", "continued_caption", "header_units")      # at most one of them draws table 三
# drawings added to the pool only when asked (--with NAME): a new damage in DAMAGES would redraw every
# seed's documents, and the seeds' counts would no longer compare with the stops before
EXTRA = {
    "t2_across_pages": lambda r: {"t2": t2_across_pages(r)},      # table 二 over a page break (stop 55)
    # full-width figures tracked in a borderless table (stop 56): three damages of DAMAGES at once, which the
    # pool draws together about once in 300 documents
    "fullwidth_tracked": lambda r: {"writer": {"rules": r.choice(["none", "three_line", "horizontal"]),
                                               "fullwidth_figures": True, "spaced_every": 1,
                                               "figure_spacing": r.choice([0.55, 0.7, 0.8]),
                                               "right_figures": r.random() < 0.5}},
    # table 二 over a page break, borderless, its figures tracked (stop 57): a part's header rows left at the
    # foot of the page (its rows on the next, no header word over them), a row alone at the next page's top
    "t2_break_tracked": lambda r: {"writer": {"rules": r.choice(["none", "three_line", "horizontal"]),
                                              "figure_spacing": r.choice([0.55, 0.7, 0.8]), "spaced_every": 1,
                                              "right_figures": r.random() < 0.5},
                                   "t2": t2_across_pages(r)},
    # table 四 on a narrow page (stop 58): its header words set one character a line (结 / 果 / 维 / 持), centred
    # in their cells or not, figures tracked or not, borderless or not
    "t4_narrow": lambda r: _t4_narrow(r),
    # table 四 narrow in one column of a two-column page, a paragraph of prose in the other (stop 59)
    "t4_beside": lambda r: _t4_beside(r),
    # table 二 over a page break, one row's last cell alone at the next page's top (stop 60)
    "t2_lone_cell": lambda r: {"writer": {"rules": r.choice(["grid", "none", "three_line", "horizontal"])},
                               "t2": t2_lone_cell(r)},
    # table 二 narrow (stop 62): a part's header word over its one figure as wide as the merged cell
    "t2_narrow": lambda r: _t2_narrow(r),
    # table 三 narrow (stop 63): its applicant headers one character a line (自 / 然 / 人) under 法人或其他组织
    "t3_narrow": lambda r: _t3_narrow(r),
    # a ruled grid drawn without its right border, or its left (stop 65): the rules end together, none drawn there
    "open_border": lambda r: {"writer": {"rules": "grid", "rule_style": r.choice(["open_right", "open_left"])}},
    # table 二 or 三 over a page break, the next page's part under a caption line ('续表', stop 66)
    "continued_caption": lambda r: _continued_caption(r),
    # the figure columns' header words of tables 二, 三, 四 wrapped onto a second line holding a unit (stop 67)
    "header_units": lambda r: _header_units(r),
}


def _header_units(r: random.Random) -> dict:
    unit, tables = r.choice(variants3.HEAD_UNITS), r.choice(["二三四", "二三四", "二", "三", "四"])
    edit, draw = variants3.header_units(unit, tables)
    out = {"writer": {"rules": r.choice(["grid", "none", "three_line", "horizontal"]), "centre_cells": r.random() < 0.7},
           "edit": edit}
    if "三" in tables:
        out["t3"] = (draw, f"tables {tables} over '{unit}'")
    return out


def _continued_caption(r: random.Random) -> dict:
    table, cut, repeat = r.choice(["二", "三"]), r.random() < 0.5, r.random() < 0.5
    at = r.randrange(2, 14) if table == "二" else r.randrange(3, 14)
    caption, place = r.choice(variants3.CAPTIONS), r.choice(["left", "right", "centre"])
    note = f"table {table} at {at}{' cut' if cut else ''}{' repeat' if repeat else ''}, '{caption}' {place}"
    split = variants3.continued(table, at, cut, repeat, caption, place)
    return {"writer": {"rules": r.choice(["grid", "grid", "none", "three_line", "horizontal"])},
            "t3" if table == "三" else "t2": (split, note)}


def _t3_narrow(r: random.Random) -> dict:
    labels = r.choice([(18, 48, 96), (16, 40, 84), (22, 60, 120)])
    width, centred = r.choice([18, 20, 22, 24, 26, 28]), r.random() < 0.5
    total = max(width, r.choice([24, 26, 28, 32]))      # (18-20 pt: a four-digit figure wraps onto two lines)
    return {"writer": {"rules": r.choice(["none", "three_line", "horizontal", "grid"]), "centre_cells": r.random() < 0.7,
                       "figure_spacing": r.choice([0.0, 0.0, 0.55, 0.7]), "spaced_every": 1},
            "t3": (variants3.t3_narrow(labels, width, total, centred),
                   f"{'+'.join(map(str, labels))}+6x{width}+{total} pt{' centred' if centred else ''}")}


def _t2_narrow(r: random.Random) -> dict:
    label, width = r.choice([110, 120, 130]), r.choice([36, 40, 42, 46])
    return {"writer": {"rules": r.choice(["none", "three_line", "horizontal", "grid"]), "centre_cells": r.random() < 0.7,
                       "figure_spacing": r.choice([0.0, 0.0, 0.55, 0.7]), "spaced_every": 1},
            "t2": (variants3.t2_narrow(label, width), f"{label}+3x{width} pt")}


def _t4_narrow(r: random.Random) -> dict:
    split, note, centred = t4_narrow(r)
    return {"writer": {"rules": r.choice(["none", "three_line", "horizontal", "grid"]), "centre_cells": centred,
                       "figure_spacing": r.choice([0.0, 0.55, 0.7, 0.8]), "spaced_every": 1},
            "t4": (split, note)}


def _t4_beside(r: random.Random) -> dict:
    width, left, centred = r.choice([16, 18, 20]), r.random() < 0.5, r.random() < 0.7
    return {"writer": {"rules": r.choice(["none", "three_line", "horizontal", "grid"]), "centre_cells": centred,
                       "figure_spacing": r.choice([0.0, 0.0, 0.55, 0.7]), "spaced_every": 1},
            "t4": (variants3.t4_beside(width, left), f"{width} pt, prose {'left' if left else 'right'}"
                   f"{' centred' if centred else ''}")}


def plan(seed: int, i: int, extra: tuple = ()) -> dict:
    """Document `i` of the campaign `seed`: its template, report seed and damages (names and options);
    `extra`: names of EXTRA added to the pool."""
    pool = dict(DAMAGES, **{n: EXTRA[n] for n in extra})
    rng = random.Random(f"{seed}/{i}")
    template = rng.choices(["2019", "2021", "legacy"], [45, 45, 10])[0]
    if template == "legacy":
        numbered = rng.random() < 0.5
        return {"template": "legacy", "numbered": numbered, "damages": ["numbered" if numbered else "three_line"]}
    names: list[str] = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        name = rng.choice(sorted(pool))
        if name not in names and not (name in T3_DRAWN and any(n in T3_DRAWN for n in names)):
            names.append(name)
    return {"template": template, "report_seed": rng.randrange(1, 10 ** 6), "damages": sorted(names),
            "options": {n: pool[n](rng) for n in sorted(names)}}


def draw(p: dict) -> tuple[bytes, dict]:
    """(PDF bytes, expected values) of a plan."""
    buf = io.BytesIO()
    if p["template"] == "legacy":
        exp = pr.legacy_three_line(buf, numbered=p["numbered"])
        return buf.getvalue(), exp["values"]
    writer: dict = {}
    edits, t3, t2, t4, posts = [], None, None, None, []
    for name in p["damages"]:
        opt = p["options"][name]
        writer.update(opt.get("writer", {}))
        if "edit" in opt:
            edits.append(opt["edit"])
        if "t3" in opt:
            t3 = opt["t3"][0]
        if "t2" in opt:
            t2 = opt["t2"][0]
        if "t4" in opt:
            t4 = opt["t4"][0]
        if "post" in opt:
            posts.append(opt["post"])

    def edit(*args):
        for f in edits:
            f(*args)
    for seed in range(p["report_seed"], p["report_seed"] + 5):
        buf = io.BytesIO()
        try:
            exp = pr.county_report(buf, WHO, p["template"], seed, edit=edit, t3_split=t3, t2_split=t2, t4_split=t4, **writer)
            break
        except RuntimeError:        # (a seed whose invented numbers cannot all be distinct: the next)
            continue
    data = buf.getvalue()
    for f in posts:
        data = f(data)
    return data, exp["values"]


def describe(p: dict) -> str:
    notes = []
    for name in p["damages"]:
        opt = (p.get("options") or {}).get(name, {})
        bits = [f"{k}={v}" for k, v in opt.get("writer", {}).items()] + [opt[t][1] for t in ("t3", "t2", "t4") if t in opt]
        notes.append(name + (f"({', '.join(bits)})" if bits else ""))
    return f"{p['template']} seed {p.get('report_seed', '-')}: " + "; ".join(notes)


def compare(got: dict, want: dict) -> dict:
    """right / wrong / lost counts and the wrong values of one document."""
    out = {"right": 0, "wrong": 0, "lost": 0, "wrong_values": []}
    for key, drawn in want.items():
        read = got.get(key)
        if read == drawn:
            out["right"] += 1
        elif read is None:
            out["lost"] += 1
        else:
            out["wrong"] += 1
            out["wrong_values"].append([key, drawn, read])
    return out


# ---------------------------------------------------------------- one child a document

def _child(p: dict, fd: int, timeout: float, memory_mb: int) -> None:
    import resource
    resource.setrlimit(resource.RLIMIT_CPU, (int(timeout), int(timeout) + 2))
    if memory_mb:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    import reportparse
    try:
        data, want = draw(p)
        got = reportparse.parse(data).values()
        res = compare(got, want)
    except BaseException as e:  # noqa: BLE001 — the finding
        res = {"error": f"{type(e).__name__}: {str(e)[:200]}"}
    os.write(fd, json.dumps(res, ensure_ascii=False).encode("utf-8"))
    os._exit(0)


def run_one(p: dict, timeout: float, memory_mb: int) -> dict:
    pid, r = fork_into(lambda w: _child(p, w, timeout, memory_mb))
    chunks = []
    while True:                     # (the child's result can be larger than a pipe's buffer)
        chunk = os.read(r, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    try:
        return json.loads(b"".join(chunks))
    except ValueError:
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        return {"error": "timeout" if sig in (signal.SIGXCPU, signal.SIGKILL) else f"child died (status {status})"}


def campaign(seed: int, count: int, timeout: float = 60.0, memory_mb: int = 1500, examples: int = 40,
             log=None, per_doc: bool = False, extra: tuple = ()) -> dict:
    importlib.import_module("reportparse")      # (imported once here: every child inherits it)
    started = time.monotonic()
    totals = collections.Counter()
    per_damage: dict = collections.defaultdict(collections.Counter)
    per_template: dict = collections.defaultdict(collections.Counter)
    wrong, errors, docs = [], [], []
    for i in range(count):
        p = plan(seed, i, extra)
        res = run_one(p, timeout, memory_mb)
        if "error" in res:
            errors.append({"doc": i, "damage": describe(p), "error": res["error"]})
            totals["errors"] += 1
            continue
        counts = {k: res[k] for k in ("right", "wrong", "lost")}
        if per_doc:
            docs.append(dict(doc=i, damage=describe(p), **counts))
        totals.update(counts)
        per_template[p["template"]].update(counts)
        for name in p["damages"]:
            per_damage[name].update(counts)
            per_damage[name]["docs"] += 1
        for key, drawn, read in res["wrong_values"]:
            if len(wrong) < examples:
                wrong.append({"doc": i, "damage": describe(p), "value": key, "drawn": drawn, "read": read})
        if log and (i + 1) % 25 == 0:
            log(f"{i + 1}/{count} docs, {dict(totals)}, {time.monotonic() - started:.0f} s")
    return {"seed": seed, "docs": count, "seconds": round(time.monotonic() - started, 1),
            "totals": {k: totals[k] for k in ("right", "wrong", "lost", "errors")},
            "per_damage": {k: dict(v) for k, v in sorted(per_damage.items())},
            "per_template": {k: dict(v) for k, v in sorted(per_template.items())},
            "wrong_examples": wrong, "errors": errors[:examples], **({"per_doc": docs} if per_doc else {})}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=60.0, help="CPU seconds per document (default 60)")
    ap.add_argument("--memory", type=int, default=1500, help="MiB of address space per document (0: no limit)")
    ap.add_argument("--examples", type=int, default=40, help="wrong values listed, at most")
    ap.add_argument("--only", help="run document N of the campaign only (to look at one)", type=int)
    ap.add_argument("--per-doc", action="store_true", help="list every document's counts too")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--with", dest="extra", action="append", default=[], choices=sorted(EXTRA),
                    help="add a drawing of EXTRA to the damages' pool (redraws the seed's documents)")
    args = ap.parse_args(argv)
    if args.only is not None:
        p = plan(args.seed, args.only, tuple(args.extra))
        print(describe(p))
        print(json.dumps(run_one(p, args.timeout, args.memory), ensure_ascii=False))
        return 0
    out = campaign(args.seed, args.count, args.timeout, args.memory, args.examples,
                   log=None if args.quiet else (lambda s: print(s, file=sys.stderr, flush=True)), per_doc=args.per_doc,
                   extra=tuple(args.extra))
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 1 if out["totals"]["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
