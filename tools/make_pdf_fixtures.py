#!/usr/bin/env python3
"""Generate the PDF fixtures of tests/fixtures/pdf/ (and a large PDF for the benchmark).

Every report here is invented: invented bodies, invented wording, invented numbers. The numbers
are drawn from a seeded generator so that every cell is non-zero and distinct where the template
allows, and they satisfy the template's identities (R1 new + carried_over = answered +
carried_forward; R2 answered = sum of outcomes; R3 total = sum of the six applicants; R4 table 四
total = sum of its four outcomes). Each NAME.pdf gets NAME.expected.json (tests/fixtures/README.md).

    python tools/make_pdf_fixtures.py                 # the fixtures
    python tools/make_pdf_fixtures.py --big OUT.pdf   # a 200-page report for benchmarks/bench_pdf.py

Needs reportlab (pip install reportlab) and pypdfium2 (for the scanned fixture).
"""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reportlab.lib import pdfencrypt  # noqa: E402
from pdf_reports import (OUT, PROBLEMS, Writer, big_report, concat_pdfs, county_report, image_pdf,
                         legacy_three_line, report_2019_open_break, report_2021, report_2021_header_repeat,
                         report_figure_spaced, report_footnote_marks, report_letter_spaced, report_n_up,
                         report_ocr_layer, report_open_break_n_up, report_rotated, report_unruled,
                         report_unruled_blanks, report_watermark)  # noqa: E402
from pdf_reports.variants import (report_n_up_closing, report_rule_style, report_seal,  # noqa: E402
                                  report_shadow_sizes)


def main(argv: list[str]) -> int:
    if "--big" in argv:
        target = argv[argv.index("--big") + 1]
        big_report(target, int(argv[argv.index("--pages") + 1]) if "--pages" in argv else 200)
        print("wrote", target)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    made: dict[str, dict] = {}

    made["report_2021"] = report_2021(str(OUT / "report_2021.pdf"))
    made["report_2019_open_break"] = report_2019_open_break(str(OUT / "report_2019_open_break.pdf"))
    made["report_2021_header_repeat"] = report_2021_header_repeat(str(OUT / "report_2021_header_repeat.pdf"))
    made["fake_bold"] = report_2021(str(OUT / "fake_bold.pdf"), seed=88, fake_bold=True, thin=True, title_meta=False)
    made["rotated_table_page"] = report_rotated(str(OUT / "rotated_table_page.pdf"))
    # tables without boxes: the grid comes from the alignment of the text
    made["borderless_2021"] = report_unruled(str(OUT / "borderless_2021.pdf"), template="2021", seed=404,
                                             rules="none")
    made["horizontal_rules_2021"] = report_unruled(str(OUT / "horizontal_rules_2021.pdf"), template="2021",
                                                   seed=405, rules="horizontal")
    made["three_line_split_2021"] = report_2021_header_repeat(str(OUT / "three_line_split_2021.pdf"), rules="three_line")
    made["three_line_legacy_2010"] = legacy_three_line(str(OUT / "three_line_legacy_2010.pdf"))
    made["numbered_legacy_2010"] = legacy_three_line(str(OUT / "numbered_legacy_2010.pdf"), numbered=True)
    made["borderless_blanks_2021"] = report_unruled_blanks(str(OUT / "borderless_blanks_2021.pdf"))
    made["watermark_2021"] = report_watermark(str(OUT / "watermark_2021.pdf"), rules="grid", seed=515,
                                              mark="青溪县政务公开 2024-03-18", size=54)
    made["watermark_tiled_borderless_2021"] = report_watermark(
        str(OUT / "watermark_tiled_borderless_2021.pdf"), rules="none", seed=516, mark="白鹭县 0571-8621 3390", size=13)
    # a stamp set upright, on the page's axes: large and light grey / black but transparent
    made["watermark_upright_2021"] = report_watermark(
        str(OUT / "watermark_upright_2021.pdf"), rules="grid", seed=530, mark="石门县政务公开 2024", size=50, angle=0,
        gray=0.85, who="石门县人民政府")
    made["watermark_transparent_borderless_2021"] = report_watermark(
        str(OUT / "watermark_transparent_borderless_2021.pdf"), rules="none", seed=531, mark="2024-03-18 仅供查阅",
        size=44, angle=0, gray=0.0, alpha=0.15, who="芦溪县人民政府")
    # a light stamp tiled upright at the body's size over the tables (its characters fell into the
    # cells: 2024 joined to a figure); with the report's own header and last rows in grey
    made["watermark_body_grid_2021"] = report_watermark(
        str(OUT / "watermark_body_grid_2021.pdf"), rules="grid", seed=544, mark="2024", size=8, angle=0, gray=0.7,
        who="云岭县人民政府")
    made["watermark_body_borderless_2021"] = report_watermark(
        str(OUT / "watermark_body_borderless_2021.pdf"), rules="none", seed=545, mark="白鹭县人民政府", size=10.5,
        angle=0, gray=0.0, alpha=0.25, who="白鹭县人民政府")
    made["watermark_body_grey_text_2021"] = report_watermark(
        str(OUT / "watermark_body_grey_text_2021.pdf"), rules="grid", seed=546, mark="仅供参考 12", size=8, angle=0,
        gray=0.85, who="竹溪县人民政府", table_gray=0.55)
    made["letter_spaced_borderless_2021"] = report_letter_spaced(
        str(OUT / "letter_spaced_borderless_2021.pdf"), rules="none", template="2021", seed=517, spacing=0.6)
    made["letter_spaced_three_line_2019"] = report_letter_spaced(
        str(OUT / "letter_spaced_three_line_2019.pdf"), rules="three_line", template="2019", seed=518, spacing=1.0)
    # figures letter-spaced wider than the gap between two cells (tracked or justified numerals)
    made["figure_spaced_borderless_2021"] = report_figure_spaced(
        str(OUT / "figure_spaced_borderless_2021.pdf"), rules="none", template="2021", seed=860, spacing=0.6)
    made["figure_spaced_three_line_2019"] = report_figure_spaced(
        str(OUT / "figure_spaced_three_line_2019.pdf"), rules="three_line", template="2019", seed=861, spacing=0.6)
    made["figure_spaced_rows_2019"] = report_figure_spaced(
        str(OUT / "figure_spaced_rows_2019.pdf"), rules="none", template="2019", seed=862, spacing=0.55, every=3)
    # figures spread wider than the gap between two cells (each digit a run of its own) in one
    # column of each table: the header's words settle which digits are one figure
    made["figure_spread_column_three_line_2019"] = report_figure_spaced(
        str(OUT / "figure_spread_column_three_line_2019.pdf"), rules="three_line", template="2019", seed=713,
        spacing=2.5, column=-2)
    made["figure_spread_column_horizontal_2021"] = report_figure_spaced(
        str(OUT / "figure_spread_column_horizontal_2021.pdf"), rules="horizontal", template="2021", seed=714,
        spacing=3, column=-3)
    # footnote marks set small and raised after figures (a mark read as a digit: 170¹ as 1701)
    made["footnote_marks_grid_2021"] = report_footnote_marks(str(OUT / "footnote_marks_grid_2021.pdf"), rules="grid",
                                                             seed=811, mark="1")
    made["footnote_marks_borderless_2021"] = report_footnote_marks(str(OUT / "footnote_marks_borderless_2021.pdf"),
                                                                   rules="none", seed=812, mark="2)")
    made["ocr_layer_2021"] = report_ocr_layer(str(OUT / "ocr_layer_2021.pdf"), seed=519, who="青溪县人民政府",
                                              date="2024-01-18", on="2024年1月18日")
    made["ocr_layer_signed_2021"] = report_ocr_layer(str(OUT / "ocr_layer_signed_2021.pdf"), seed=520,
                                                     who="白鹭县人民政府", date="2024-01-26", on="2024年01月26日")
    # the OCR puts some words up to 1.4-1.5 pt above or below their row's baseline
    made["ocr_layer_drift_2021"] = report_ocr_layer(str(OUT / "ocr_layer_drift_2021.pdf"), seed=542, who="石门县人民政府",
                                                    date="2024-01-18", on="2024年1月18日", drift=1.5)
    made["ocr_layer_drift_low_2021"] = report_ocr_layer(str(OUT / "ocr_layer_drift_low_2021.pdf"), seed=552,
                                                        who="芦溪县人民政府", date="2024-02-06", on="2024年2月6日", drift=1.4)
    # several printed pages on one sheet: two side by side (landscape), four two by two (portrait)
    made["two_up_2021"] = report_n_up(str(OUT / "two_up_2021.pdf"), who="青石县人民政府", template="2021", seed=931,
                                      across=2, down=1)
    made["two_up_borderless_2019"] = report_n_up(str(OUT / "two_up_borderless_2019.pdf"), who="白沙县人民政府",
                                                 template="2019", seed=932, across=2, down=1, rules="none")
    made["four_up_2021"] = report_n_up(str(OUT / "four_up_2021.pdf"), who="黄岭县人民政府", template="2021", seed=933,
                                       across=2, down=2)
    # the last sheet: table 四 on the left, the last printed page (only the issuer and the date) on
    # the right: too little text to find its gutter alone; the sheet before's panes are its own
    made["two_up_closing_borderless_2021"] = report_n_up_closing(str(OUT / "two_up_closing_borderless_2021.pdf"),
                                                                 rules="none", seed=1201)
    # the open break of report_2019_open_break between the top right and bottom left panes of a 2 × 2 sheet
    made["four_up_open_break_2019"] = report_open_break_n_up(str(OUT / "four_up_open_break_2019.pdf"))
    # a running header and footer (the issuer over a rule, 第 N 页 共 M 页), or a browser's print
    # header and footer (date, page title; URL, N/M), between the halves of a row cut by the break
    made["running_header_break_2019"] = report_2019_open_break(
        str(OUT / "running_header_break_2019.pdf"), seed=961, city="", who="青石县人民政府", code=None,
        furniture={"style": "running", "issuer": "青石县人民政府办公室", "pages": 3})
    made["browser_print_break_2019"] = report_2019_open_break(
        str(OUT / "browser_print_break_2019.pdf"), seed=962, city="", who="黄岭县人民政府", code=None,
        furniture={"style": "browser", "title": "黄岭县人民政府2019年政府信息公开工作年度报告_黄岭县人民政府门户网站",
                   "url": "http://www.hlx.gov.cn/art/2020/1/19/art_1229_58213.html", "printed": "2020/3/5 10:21",
                   "pages": 3})
    # every text drawn twice in black, the copy 1.5 or 1.2 pt off (a text layer duplicated a little
    # off): beyond fake bold's 1 pt, the words were read doubled and no figure at all (a grey copy
    # is left out as light text drawn over the text, pdf_faint.py)
    made["duplicate_layer_2021"] = county_report(str(OUT / "duplicate_layer_2021.pdf"), "青石县人民政府", "2021",
                                                  991, shadow=(1.5, -1.0, 0.0))
    made["duplicate_layer_borderless_2019"] = county_report(
        str(OUT / "duplicate_layer_borderless_2019.pdf"), "白鹭县人民政府", "2019", 992, rules="none",
        shadow=(-1.2, 1.2, 0.0))
    # the same, the labels at 9 pt and the figures at 8 pt: a copy 1.7 pt off is within a fifth of a
    # label's height and beyond a fifth of a figure's (every figure was read doubled: 46 as 4466)
    made["duplicate_layer_sizes_2021"] = report_shadow_sizes(str(OUT / "duplicate_layer_sizes_2021.pdf"), rules="grid",
                                                             seed=1101, shadow=(1.7, -1.0, 0.0))
    made["duplicate_layer_sizes_borderless_2021"] = report_shadow_sizes(
        str(OUT / "duplicate_layer_sizes_borderless_2021.pdf"), rules="none", seed=1102, shadow=(-1.65, 0.9, 0.0))
    # the issuer's seal in red at the body's size over every table and the closing date: its text
    # set upright in one line inside the ring, or along the ring (its top character upright)
    made["seal_upright_2021"] = report_seal(str(OUT / "seal_upright_2021.pdf"), rules="grid", seed=1303, arc=False,
                                            over_tables=True)
    made["seal_ring_borderless_2021"] = report_seal(str(OUT / "seal_ring_borderless_2021.pdf"), rules="none",
                                                    seed=1306, over_tables=True, text="青溪县人民政府", dx=-30)
    # every cell boxed on its own, 4.5 pt from its neighbours (a browser's print of an HTML table
    # with cellspacing): each boundary drawn twice, the strip between them no column
    made["cells_boxed_apart_2021"] = report_rule_style(str(OUT / "cells_boxed_apart_2021.pdf"), style="separate",
                                                       seed=1611, spacing=4.5)
    made["three_line_thin_2019"] = report_unruled(str(OUT / "three_line_thin_2019.pdf"), template="2019",
                                                  seed=406, rules="three_line", thin=True)

    # encrypted: readable with the empty user password; unreadable without the user password
    enc = pdfencrypt.StandardEncryption("", ownerPassword="fixture-owner", canModify=0, strength=128)
    made["encrypted_empty_password"] = report_2021(str(OUT / "encrypted_empty_password.pdf"), encrypt=enc)
    enc = pdfencrypt.StandardEncryption("fixture-user", ownerPassword="fixture-owner", strength=128)
    report_2021(str(OUT / "encrypted_password.pdf"), encrypt=enc)
    made["encrypted_password"] = {"error": "EncryptedPDFError", "values": {}}

    # scanned: every page an image
    src = io.BytesIO()
    scan_exp = report_2021(src, seed=31)
    # the page with tables 三 and 四, scanned at ~195 dpi, bilevel (a whole report would not stay small)
    image_pdf(src.getvalue(), str(OUT / "scanned.pdf"), pages=[1], scale=2.7)
    made["scanned"] = {"error": "NoTextLayerError", "values": {}, "template": scan_exp["template"],
                       "ocr_values": {k: v for k, v in scan_exp["values"].items()
                                      if k.startswith(("requests.", "review.", "litigation."))}}

    # one scanned annex page after a born-digital report
    src = io.BytesIO()
    exp = report_2021(src, seed=5)
    annex = io.BytesIO()
    wa = Writer(annex)
    wa.heading("附件：依申请公开办理流程图（扫描件）")
    wa.para(PROBLEMS * 4)
    wa.save()
    scan = io.BytesIO()
    image_pdf(annex.getvalue(), scan, scale=1.0)
    concat_pdfs([src.getvalue(), scan.getvalue()], str(OUT / "partial_scan.pdf"))
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(str(OUT / "partial_scan.pdf")))
    exp["warnings_contain"] = [f"page {n} has no usable text layer"]
    made["partial_scan"] = exp

    for name, exp in made.items():
        (OUT / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for p in sorted(OUT.glob("*.pdf")):
        print(f"{p.name:40s} {p.stat().st_size:8d} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
