#!/usr/bin/env python3
"""Generate the damaged-table fixtures of tests/fixtures/damage/ (the generator lives in tools/damage/).

Every report here is invented: invented counties, invented wording, invented numbers (none is
copied from ../shared/corpus; the corpus only showed what the damage looks like). Each fixture
starts from one data set that satisfies the template's identities (row total = sum of the six
applicants; R1 new + carried_over = answered + carried_forward; R2 answered = sum of the outcome
rows; R4 table 四 total = sum of its four outcomes; legacy channels/replies) with non-zero
numbers distinct wherever the damage class allows, so a shifted cell cannot pass. The data set
is then rendered damaged, and NAME.expected.json is written from the data
(tests/fixtures/README.md). Deterministic: running it again rewrites identical files.

    python tools/make_damage_fixtures.py

Collapsed fixtures (a crawler dropped every line equal to the line before it): which cells the
printed text settles is decided here by brute force, not by hand (`settle`): every way of
spreading the printed values over the row's cells (each printed value a run of >= 1 equal
cells) that satisfies the row's identity is a reading; a cell is settled when all readings
agree on it, else it is listed under "unresolved" (not scored).
"""
from __future__ import annotations

from damage.fixtures_heldout import fixture_md_heading_repeats_label, fixture_table4_split, fixture_truncated_table3
from damage.fixtures_heldout_text import fixture_legacy_unmapped, fixture_md_label_fragments, fixture_runtogether_prose
from damage.fixtures_legacy import (
    fixture_collapsed_legacy,
    fixture_legacy_cell_lines,
    fixture_legacy_compared_columns,
    fixture_legacy_dropped_cells,
    fixture_legacy_html_spanned_header,
    fixture_legacy_period_lines,
    fixture_legacy_short_subrows,
    fixture_numbering_fused_legacy,
)
from damage.fixtures_tables import (
    fixture_collapsed_2019,
    fixture_fragmented_md,
    fixture_html_blank_cells,
    fixture_label_variants,
    fixture_pipe_blank_total,
)
from damage.fixtures_crawler import (fixture_closed_sep_cells_2019, fixture_footnote_marks_2019, fixture_shifted_cells_2021, fixture_shifted_cells_end_2019,
                                     fixture_shifted_lines_2021, fixture_t2_cut_cells_2019, fixture_t4_page_number_2019)
from damage.fixtures_closed_cells import fixture_closed_cell_blanks_2019, fixture_closed_cell_blanks_2021
from damage.fixtures_html import fixture_html_div_tables, fixture_html_short_rows, fixture_html_wrapped_tables
from damage.fixtures_spaced import (
    fixture_letter_spaced_2019,
    fixture_letter_spaced_2021,
    fixture_t4_grid_lines,
    fixture_t4_grid_pipes,
    fixture_t4_partly_transposed,
)
from damage.fixtures_transposed import fixture_t4_transposed_html, fixture_t4_transposed_lines, fixture_t4_transposed_pipes
from damage.fixtures_wild import (
    fixture_cell_pipes_wrapped,
    fixture_t2_long_notes,
    fixture_t2_notes,
    fixture_t4_wrapped_header,
    fixture_traditional,
)
from damage.render import OUT


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    fixture_html_blank_cells()
    fixture_pipe_blank_total()
    fixture_collapsed_2019()
    fixture_collapsed_legacy()
    fixture_legacy_dropped_cells()
    fixture_fragmented_md()
    fixture_numbering_fused_legacy()
    fixture_label_variants()
    fixture_legacy_short_subrows()
    fixture_truncated_table3()
    fixture_md_heading_repeats_label()
    fixture_table4_split()
    fixture_md_label_fragments()
    fixture_legacy_unmapped()
    fixture_runtogether_prose()
    fixture_legacy_cell_lines()
    fixture_legacy_compared_columns()
    fixture_legacy_period_lines()
    fixture_legacy_html_spanned_header()
    fixture_t4_wrapped_header()
    fixture_t2_notes()
    fixture_cell_pipes_wrapped()
    fixture_closed_cell_blanks_2019()
    fixture_closed_cell_blanks_2021()
    fixture_traditional()
    fixture_t4_transposed_lines()
    fixture_t4_transposed_pipes()
    fixture_t4_transposed_html()
    fixture_t2_long_notes()
    fixture_letter_spaced_2021()
    fixture_letter_spaced_2019()
    fixture_t4_grid_pipes()
    fixture_t4_grid_lines()
    fixture_t4_partly_transposed()
    fixture_html_div_tables()
    fixture_html_short_rows()
    fixture_html_wrapped_tables()
    fixture_footnote_marks_2019()
    fixture_shifted_cells_2021()
    fixture_shifted_cells_end_2019()
    fixture_t2_cut_cells_2019()
    fixture_t4_page_number_2019()
    fixture_shifted_lines_2021()
    fixture_closed_sep_cells_2019()


if __name__ == "__main__":
    main()
