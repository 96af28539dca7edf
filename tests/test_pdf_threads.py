"""PDFs parsed from many threads at once give the sequential results (PDFium is serialised by one lock).

Before the lock, 8 threads calling parse() on PDFs crashed inside pypdfium2 in 3 of 5 runs and
silently lost values in the others.
"""
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import reportparse
from pdf_gen import embedded_table_pdf
from reportparse.layout.pdf import PDFIUM_LOCK, load_pdf
from reportparse.settings import DEFAULT_SETTINGS

PDF = Path(__file__).resolve().parent / "fixtures" / "pdf"
NAMES = ["report_2021", "report_2019_open_break", "report_2021_header_repeat", "fake_bold",
         "rotated_table_page", "encrypted_empty_password", "partial_scan", "encrypted_password", "scanned"]


def outcome(name: str):
    try:
        report = reportparse.parse(PDF / f"{name}.pdf")
    except reportparse.errors.ReportParseError as e:
        return type(e).__name__
    return sorted((i.value_id, i.value, i.source.page, i.source.bbox) for i in report.indicators)


def test_eight_threads_match_sequential():
    sequential = {n: outcome(n) for n in NAMES}
    assert all(isinstance(sequential[n], list) and sequential[n] for n in NAMES[:7])
    assert sequential["encrypted_password"] == "EncryptedPDFError"
    jobs = NAMES
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(outcome, jobs))
    wrong = [n for n, r in zip(jobs, results) if r != sequential[n]]
    assert not wrong


def test_eight_threads_on_pdfium_text_pages():
    # embedded fonts: every character comes from PDFium's text page, the code that crashed
    files = [embedded_table_pdf(pages=2 + k % 3, rows=18 + k)[0] for k in range(4)]

    def read(data: bytes):
        d = load_pdf(data, DEFAULT_SETTINGS)
        return d.text, [(c.start, c.end, c.table, c.row, c.col, c.page, c.bbox) for c in d.cells]

    sequential = [read(data) for data in files]
    assert all("| r1.1 | 1011 | 1012 |" in text for text, _ in sequential)
    jobs = list(range(len(files))) * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda k: read(files[k]), jobs))
    assert [k for k, r in zip(jobs, results) if r != sequential[k]] == []


def test_lock_is_held_while_pdfium_runs(monkeypatch):
    # every PDFium document is opened under the lock (the lock is what the thread test relies on)
    import pypdfium2 as pdfium
    real = pdfium.PdfDocument
    held = []

    def spy(*args, **kw):
        held.append(PDFIUM_LOCK._is_owned())
        return real(*args, **kw)

    monkeypatch.setattr(pdfium, "PdfDocument", spy)
    reportparse.parse(PDF / "report_2021.pdf")
    assert held and all(held)
