#!/usr/bin/env python3
"""PDF speed and memory: reportparse's full parse vs pdfplumber's bare extract_text(), same files, one run.

    python benchmarks/bench_pdf.py [PDF ...] [--repeat N] [--big-pages 200] [--no-hostile]

With no PDF arguments it measures the fixtures of tests/fixtures/pdf (born-digital ones) and, if
present, ../shared/corpus/raw/hzq-2023.pdf. It also makes a 200-page report with
tools/make_pdf_fixtures.py --big (in a temporary folder) and measures it in child processes, so
that peak RSS belongs to one parse only.

Printed per file: pages, reportparse.parse() seconds, pdfplumber extract_text() seconds (every
page), the ratio (< 1.0: reportparse is faster), pages/s; then, for the table finder decision,
pdfplumber find_tables() on the pages that hold a table; then peak RSS of a 200-page parse vs a
20-page one (flat memory: pages are closed as they are read); then (unless --no-hostile) the
bounded-cost cases, each parsed in a fresh process: a page with a 500 × 500 ruling grid, 20
pages of 99 × 99 grids, 100,000 text rows, and 40 pages of borderless tables (60 rows × 12
columns of figures each; tests/pdf_gen.py makes them).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BORN_DIGITAL = ["report_2021", "report_2019_open_break", "report_2021_header_repeat", "fake_bold",
                "rotated_table_page", "encrypted_empty_password",
                # tables without ruling lines (read by text alignment)
                "borderless_2021", "horizontal_rules_2021", "three_line_thin_2019", "three_line_split_2021",
                "borderless_blanks_2021"]


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def ours(path: Path):
    import reportparse
    return reportparse.parse(path)


def plumber_text(path: Path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def plumber_tables(path: Path) -> tuple[float, int]:
    """Seconds pdfplumber's find_tables() (lines strategy, after dedupe_chars) takes on the pages
    that have a table (as reportparse finds them), and how many such pages."""
    import pdfplumber
    from reportparse.layout.pdf import load_pdf
    from reportparse.settings import DEFAULT_SETTINGS
    doc = load_pdf(path.read_bytes(), DEFAULT_SETTINGS)
    pages = sorted({c.page for c in doc.cells})
    t = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for n in pages:
            page = pdf.pages[n - 1].dedupe_chars()
            for table in page.find_tables():
                table.extract()
    return time.perf_counter() - t, len(pages)


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def rss_child(path: Path) -> tuple[float, float]:
    """(seconds, peak RSS MiB) of one parse in a fresh interpreter."""
    code = ("import resource,sys,time,tracemalloc,reportparse;t=time.perf_counter();reportparse.parse(sys.argv[1]);"
            "s=time.perf_counter()-t;r=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024;"
            "data=open(sys.argv[1],'rb').read();tracemalloc.start();reportparse.parse(data);"
            "print(s, r, tracemalloc.get_traced_memory()[1]/2**20)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    secs, mib, traced = out.stdout.split()
    return float(secs), float(mib), float(traced)


def baseline_rss() -> float:
    code = ("import resource,reportparse,pypdfium2,reportparse.layout.pdf;"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main(argv: list[str]) -> int:
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 5
    big_pages = int(argv[argv.index("--big-pages") + 1]) if "--big-pages" in argv else 200
    files = [Path(a) for a in argv if a.endswith(".pdf")]
    if not files:
        files = [ROOT / "tests" / "fixtures" / "pdf" / f"{n}.pdf" for n in BORN_DIGITAL]
        if (SHARED / "corpus" / "raw" / "hzq-2023.pdf").is_file():
            files.append(SHARED / "corpus" / "raw" / "hzq-2023.pdf")
    tmp = Path(tempfile.mkdtemp(prefix="bench_pdf_"))
    big = tmp / f"big_{big_pages}.pdf"
    small = tmp / "big_20.pdf"
    for target, n in ((big, big_pages), (small, 20)):
        subprocess.run([sys.executable, str(ROOT / "tools" / "make_pdf_fixtures.py"), "--big", str(target),
                        "--pages", str(n)], check=True, capture_output=True)
    files.append(big)

    ours(files[0])                 # warm up imports (pdfminer, pdfium, the vocabulary)
    plumber_text(files[0])
    print(f"{'file':34s} {'pages':>5s} {'reportparse s':>13s} {'pdfplumber s':>12s} {'ratio':>6s} {'pages/s':>8s}")
    tot_ours = tot_plumber = tot_pages = 0.0
    for path in files:
        pages = page_count(path)
        r = repeat if pages < 50 else 1
        a = best_of(lambda: ours(path), r)
        b = best_of(lambda: plumber_text(path), r)
        tot_ours, tot_plumber, tot_pages = tot_ours + a, tot_plumber + b, tot_pages + pages
        print(f"{path.name[:34]:34s} {pages:5d} {a:13.4f} {b:12.4f} {a / b:6.2f} {pages / a:8.1f}")
    print(f"{'ALL':34s} {int(tot_pages):5d} {tot_ours:13.4f} {tot_plumber:12.4f} {tot_ours / tot_plumber:6.2f} "
          f"{tot_pages / tot_ours:8.1f}")

    print("\npdfplumber find_tables() on the table pages only (the alternative table engine):")
    for path in files:
        if page_count(path) > 50:
            continue
        secs, n = plumber_tables(path)
        a = best_of(lambda: ours(path), repeat)
        print(f"  {path.name[:34]:34s} {n} table pages: pdfplumber tables {secs:.4f} s "
              f"({secs / max(n, 1) * 1000:.1f} ms/page) vs reportparse whole parse {a:.4f} s")

    base = baseline_rss()
    s_secs, s_mib, s_tr = rss_child(small)
    b_secs, b_mib, b_tr = rss_child(big)
    print(f"\nmemory (one parse in a fresh process; peak RSS of the imports alone {base:.1f} MiB;"
          f" tracemalloc peak = Python allocations during a second parse, of the bytes):")
    print(f"  {small.name}: {s_secs:.2f} s, peak RSS {s_mib:.1f} MiB, tracemalloc peak {s_tr:.1f} MiB")
    print(f"  {big.name}: {b_secs:.2f} s, {big_pages / b_secs:.1f} pages/s, peak RSS {b_mib:.1f} MiB "
          f"(+{b_mib - s_mib:.1f} MiB for {big_pages - 20} more pages), tracemalloc peak {b_tr:.1f} MiB")
    for p in (big, small):
        p.unlink()
    if "--no-hostile" not in argv:
        hostile(tmp)
    tmp.rmdir()
    return 0


def hostile(tmp: Path) -> None:
    """Seconds and peak RSS of load_pdf on PDFs built to be expensive, one fresh process each."""
    sys.path.insert(0, str(ROOT / "tests"))
    from pdf_gen import aligned_figures_pdf, ruling_grid_pdf, text_rows_pdf
    cases = [("grid_500x500", lambda: ruling_grid_pdf(500)), ("grid_99x99_20pages", lambda: ruling_grid_pdf(99, 20)),
             ("text_rows_100000", lambda: text_rows_pdf(100_000, per_page=400)),
             ("borderless_40pages", lambda: aligned_figures_pdf(pages=40, rows=60, cols=12, size=6, gap=12)[0])]
    code = ("import resource,sys,time;from reportparse.layout.pdf import load_pdf;"
            "from reportparse.settings import DEFAULT_SETTINGS;data=open(sys.argv[1],'rb').read();"
            "t=time.perf_counter();d=load_pdf(data,DEFAULT_SETTINGS);s=time.perf_counter()-t;"
            "print(s,resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,len(d.warnings))")
    print("\nbounded cost (load_pdf in a fresh process):")
    for name, make in cases:
        path = tmp / f"{name}.pdf"
        path.write_bytes(make())
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
        secs, mib, warned = out.stdout.split()
        print(f"  {name:22s} {path.stat().st_size / 1024:8.0f} KiB  {float(secs):6.2f} s  peak RSS {float(mib):7.1f} MiB"
              f"  {warned} warnings")
        path.unlink()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
