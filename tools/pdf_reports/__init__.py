"""The PDF fixtures' generator (tools/make_pdf_fixtures.py runs it; tests build invented PDFs with it):
writer.py the page writer, pieces.py the invented numbers and printed tables, reports.py one invented
report per kind of page real sites print, sheets.py PDFs made of other PDFs (scans, N-up sheets), variants.py, variants2.py and variants3.py more kinds of damage."""
from .writer import (C, FONT, H, MARGIN, W, Writer, wrap)  # noqa: F401
from .pieces import (APPLICANTS, INTRO, OTHER, OUT, OVERVIEW, PROBLEMS, T3_HEADER, T3_WIDTHS, T4_WIDTHS,
                     expected, t3_expected, table2_2019, table2_2021, table3_rows, table3_values, table4_rows,
                     table4_values, write_report)  # noqa: F401
from .reports import (big_report, county_report, header_repeat_split, legacy_three_line, report_2019_open_break,
                      report_2021, report_2021_header_repeat, report_figure_spaced, report_footnote_marks,
                      report_letter_spaced, report_ocr_layer, report_rotated, report_tables, report_unruled,
                      report_unruled_blanks, report_watermark)  # noqa: F401
from .sheets import (concat_pdfs, image_pdf, n_up, report_n_up, report_open_break_n_up)  # noqa: F401
from . import variants  # noqa: F401  (the reports of stop 24's damage classes)
from . import variants2  # noqa: F401  (stop 25's)
from . import variants3  # noqa: F401  (stop 26's)
