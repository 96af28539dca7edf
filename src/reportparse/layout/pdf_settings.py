"""The geometry tolerances and cost bounds of the PDF reader, as one typed settings object.

Like pdfplumber's TableSettings: every number the page reader and the table finder compare
against is a named, documented field here, validated when the object is made. Distances are in
PDF points (1/72 inch) unless the field says otherwise. `DEFAULT_PDF_LAYOUT` is what
`load_pdf` uses when the caller gives none.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class PDFLayoutSettings:
    #: ruling lines this close are one line; the same tolerance joins collinear pieces and decides
    #: that a horizontal and a vertical line meet (pdfplumber's snap/join/intersection tolerance)
    snap: float = 3.0
    #: a stroke or thin rectangle shorter than this is not a ruling line
    min_edge: float = 3.0
    #: a stroked segment whose other extent is at most this is horizontal / vertical
    stroke_slack: float = 1.0
    #: a filled rectangle at most this thick is a ruling line (Word and WPS draw rules this way)
    thin_rule: float = 2.5
    #: a cell narrower or shorter than this is not a cell (two rules drawn side by side)
    min_cell: float = 2.0
    #: the same character drawn again within this distance is fake bold, read once
    dedupe: float = 1.0
    #: ... or within this share of its height (a shadow, or a duplicated text layer drawn a little
    #: off: 1.5 pt from 8 pt text). Of its height, not its width, so that the figures and the words
    #: of one size are deduplicated alike (a copy dropped from the words and kept in the figures
    #: read 11 as 1111); two of one digit side by side stand half an em apart. The offset of the copies
    #: found so is the page's: a glyph with a twin at that offset is dropped whatever its size (labels
    #: and figures of two sizes: pdf_layers.py); 0 turns both off
    dedupe_share: float = 0.2
    #: ... and where that offset is off the line (a copy drawn lower or higher as well as aside, by
    #: over `layer_off_line` points), whatever its size up to this share of its height: glyphs of one
    #: character a fraction of a line apart vertically are no two glyphs of a text (figures shrunk to
    #: 5 pt under a shadow 1.8 pt aside and 0.8 pt up read 31 as 3311). 0 turns it off
    layer_reach: float = 0.6
    #: a digit drawn again within `dedupe` of the one before, aside on its line, is a glyph of its own
    #: only where two runs of digits meet there, each going on two more digits at one pitch; a run's
    #: next digit is looked for up to this many character heights on (full-width figures tracked
    #: 0.7 em step 1.7 heights, their digits interleaved with the neighbouring figure's: pdf_layers._fake_bold)
    meet_reach: float = 2.0
    #: a digit drawn again within `dedupe`, less than this share of its height above or below, is on its
    #: line (fake bold, or two runs of digits meeting: pdf_layers._fake_bold)
    bold_line_share: float = 0.1
    #: a glyph's twin at the page's layer offset is dropped up to this share of its height away (on its
    #: line; off it, `layer_reach`): pdf_layers._drop_layer
    layer_share: float = 0.35
    #: … its offset agrees with the page's within this many points (a copy is a pure translation; with
    #: the neighbouring fifth-of-a-point steps, 0.2 pt more, the fit of the copies' runs: pdf_layers.STEP)
    layer_offset_fit: float = 0.15
    #: … copies at one offset needed to call it the page's duplicated layer
    layer_min_copies: int = 8
    #: … a twin this many points or more above or below a glyph is off its line: beyond any jitter of
    #: one baseline and beyond `layer_offset_fit`'s reach, so no glyph of the same line matches such an
    #: offset; there it is dropped up to `layer_reach` of its height away. On the line `layer_share`
    #: stays the bound: farther, a copy is where the next digit of a figure may stand (half an em on),
    #: and dropping the labels' copies but not the figures' reads 11 as 1111
    layer_off_line: float = 0.45
    #: a digit drawn again beyond fake bold's reach is a copy unless its neighbours on the line, this
    #: many heights either side, have none (pdf_layers._copies)
    copy_neighbour_reach: float = 1.5
    #: two tables on consecutive pages with left and right edges this close are one table
    continued_table_slack: float = 6.0
    #: a gap wider than this many character heights inside one text line splits it in two columns
    column_gap: float = 6.0
    #: a gap wider than this fraction of the character height is a space between words
    word_gap: float = 0.25
    #: borderless tables (pdf_aligned.py): a gap wider than this many character heights between
    #: two items of one text band separates two cells
    cell_gap: float = 0.5
    #: borderless tables: the same between two Chinese characters, which are set with no space
    #: between words (two header words of narrow neighbouring columns nearly touch)
    cjk_cell_gap: float = 0.25
    #: borderless tables: characters spaced evenly at most this many character heights apart are one
    #: letter-spaced word (a label justified over its cell), not one cell each (pdf_lines.letter_spaced)
    letter_gap: float = 1.5
    #: borderless tables: a letter-spaced run (letter_gap) of a line with no figure, every character of
    #: which stands over a figure of the next row of figures and has a lone character of its width
    #: right over or under it at most this many character heights off (middle to middle), is one line
    #: of header words set one character a line in narrow columns (结 / 果 / 维 / 持, table 四 on a
    #: narrow page), not one word: cut into its characters (pdf_aligned_heads.py); 0 turns it off
    stacked_head_pitch: float = 1.6
    #: ... for runs of this many characters at least, half of them in stacks of three lines or more
    #: (a justified label wrapped over lines of as many characters stands its characters over each
    #: other too, but in the labels' column, over no figure: it stays a word); a line of two characters
    #: ('社  法', the first of the two longest words) only where both stand in stacks of three lines or
    #: more, each over a figure of its own
    stacked_head_chars: int = 3
    #: borderless tables: the wrapped lines of one cell are at most this many character heights apart
    cell_line_gap: float = 0.6
    #: two digits side by side whose character heights differ by more than this share of the taller
    #: are two figures, not one (a page number printed at 9 pt against a last row's 8 pt figure)
    figure_size_step: float = 0.06
    #: borderless tables: a label that overlaps no row of figures belongs to the nearest one when it
    #: is at most this fraction of the row pitch away (a row label centred over several rows)
    label_reach: float = 0.75
    #: borderless tables: the vertical gap, in character heights, that ends a table (two rows of
    #: figures farther apart than this are two tables)
    table_gap: float = 6.0
    #: borderless tables: text bands right above the first row read as its header, at most
    max_header_bands: int = 8
    #: borderless tables: rows holding at least two figures needed to read aligned text as a table
    min_aligned_rows: int = 2
    #: borderless tables: a single row of figures is a table when it holds at least this many
    min_lone_row_figures: int = 4
    #: a digit's box standing over its cell's inner rule by more than this (plus a tenth of its
    #: width) is a figure run over the rule into the next cell: both cells unread (pdf_overrun.py)
    overrun_over: float = 0.4
    #: a digit this near an inner rule is at its cell's edge (a cell's own text keeps its padding):
    #: a run of tracked digits going on over the rule at its own spacing is looked for
    overrun_hug: float = 0.8
    #: text this near a table's left or right border, on its rows, may be an edge cell's figure run
    #: over the border (pdf_overrun.over_border looks)
    overrun_beside: float = 8.0
    #: the digits of a cell spread apart (tracked), the first digit past its inner rule standing off
    #: the last at their own gap to within this: one chain of tracked digits over the rule, whose
    #: figures' ends are not in the page (both cells unread: pdf_overrun.runs_on)
    overrun_pitch_slack: float = 0.3
    #: an edge cell's figure whose digits stand at one gap wider than this many character heights is
    #: tracked: its chain's tail past the table's border at that very gap is its own
    #: (pdf_overrun._tracked_tail). Below a word gap: digits placed a quarter em apart (glyph by
    #: glyph) stand exactly a word gap apart, and a five-digit figure set flush right as if tight ran
    #: its last digit past the border, the cell unread (seed 80 doc 81, seed 61 doc 19)
    tracked_tail_gap: float = 0.15
    #: a figure stands centred in its cell when its middle is off the cell's by at most this share of
    #: its digits' pitch; a chain of digits over a rule is cut where both cells' figures are centred,
    #: where at least `centred_evidence` other figures of the table, all of them, are (pdf_centred.py)
    centred_slack: float = 0.25
    centred_evidence: int = 3
    #: borderless tables: the digits of one tracked figure cut out of an uneven chain stand at one
    #: gap to this share of their height (Tc spacing is exact; digits of two figures are not:
    #: pdf_aligned_chains._even)
    even_figure_slack: float = 0.05
    #: borderless tables: a chain over columns whose figures are all of one length (every edge shared:
    #: none told) is cut at the edge the table's other columns keep, where at least this many tell
    #: it alone (figures of several lengths) and every column's figures share it; never between
    #: columns of one-digit figures (one figure's spread digits, maybe)
    #: (pdf_aligned_chains._table_edge)
    chain_edge_evidence: int = 3
    #: borderless tables: spaced digits with no other figure in their column (a table of one row of
    #: figures) and no header word centred on them are one figure where their row shows its columns:
    #: at least this many figures, as many as the header's bottom-level words and one nearest each in
    #: order, one edge of each (right, centre or left) at one step (pdf_spaced._row_in_line)
    row_line_evidence: int = 4
    #: ... and spaced digits whose column's other figures do not tell its edge (one other: each
    #: shares one edge with it) are one figure where the table's rows with as many figures as the
    #: header's bottom-level words, two rows at least and this many figures a row, stand one to a word
    #: in order, one edge of each at one step and at the same places row under row (a part of the
    #: 2019 table 二: two rows of three figures set flush right; pdf_spaced._rows_in_line). A row so
    #: placed on its own (this many figures at least) holds no chain over two cells, whichever word's
    #: zone its digits reach into (full-width figures flush right in wide cells: pdf_spaced_split._placed)
    rows_line_columns: int = 3
    #: ... and digits spaced farther apart than `letter_gap` under a header word that stands off their
    #: middle (words set flush left in their cells over centred figures, or the other way) are one
    #: figure where their row's figures, at least this many, stand each at one offset from its word's
    #: middle (to 0.3 of their height; each word's digits taken as one, evenly spaced): the words'
    #: offset from their figures is the cells' for every column, and a chain over two cells or
    #: one-digit figures of two columns under one word stand off it by half a digit or more
    #: (pdf_spaced_split._shift; at 0 offset the word centred over them settles them as before)
    offset_head_figures: int = 4
    #: ... and spaced digits whose table does not tell their edge (a part of one row) are one figure
    #: where their row's figures, at least this many and as many as the header's bottom-level words,
    #: one nearest each in order, stand one edge each on the edge lines the page's tables read
    #: before keep (figures of two lengths sharing that edge; the same edge for all: the 2019 table
    #: 二's 采购 part under its parts above; pdf_spaced.told_lines, row_on_lines); such a part of
    #: one row is a table even where its figures stand far right of their header words
    told_line_figures: int = 2
    #: ... and a row of one figure under one header word (table 二's 收费 part, its header word set over
    #: a wider merged cell) is one figure where its edge is an edge line of those that at least this many
    #: settled figures keep (a chain of two cells' figures would stand under two header words)
    told_line_lone: int = 3
    #: ... and spaced digits of a table of one row with no header word over it (a table's row
    #: continued under its header left at the foot of the page before: table 四's one row) are one
    #: figure each where the row holds at least this many figures, one edge of each (right, centre
    #: or left) at one step: equal columns shown by the row itself (pdf_spaced._row_stepped)
    row_step_figures: int = 6
    #: ... and spaced digits of a table with no header word over it (a part's rows continued under
    #: its header left at the foot of the page before) are one figure each where two rows or more
    #: of as many figures, at least this many, stand one edge of each at one step and at the same
    #: places row under row (pdf_spaced._rows_stepped: rows_line_columns' check with the rows'
    #: own count for the words'); such rows name the table's columns as header words do (its
    #: one-figure rows: _stepped_columns). A row of this many figures at least alone at the top of
    #: a page, at the places of a row as many settled on the page before, is a table and settled
    #: so (pdf_spaced.told_row)
    headless_row_figures: int = 3
    #: ... the edge lines of the settled figures of this many pages count (this page and the ones
    #: before it, of its size): table 二 continued over a break keeps its columns' edges, and a part
    #: of it on the next page whose column shows one figure length tells no edge of its own
    #: (pdf_spaced.told_lines); 1: this page's only
    told_line_pages: int = 2
    #: borderless tables: a row cut by a page break (its label the last line of one page, its
    #: figures a row with no label first on the next) is joined where the label ends at least this
    #: many character heights left of the next page's first figure column (a word over a figure
    #: column is a header word, not a row's label; pdf_cut_row.py)
    cut_label_clear: float = 1.0
    #: a ruled table's cell padding, where the page shows it: the offset from its left rule at which
    #: the lines of at least `cell_padding_evidence` cells start, each cell's lines of unequal length
    #: at one x (to `cell_padding_slack` points: set flush left, where centred lines start apart).
    #: A figure's first line that one more digit would have run into that padding on both sides is
    #: a figure wrapped, not the first of two stacked (pdf_two_figures.stacked_figures; without it,
    #: within `overrun_hug` of the rules)
    cell_padding_evidence: int = 2
    cell_padding_slack: float = 0.1
    #: where no cell shows the padding (every line centred), a tracked figure's first line is a
    #: figure wrapped where one more digit would have ended within `figure_wrap_padding` points of
    #: each rule and at least `figure_wrap_evidence` cells as wide (to `figure_wrap_slack` points)
    #: wrap a figure's first line of as many digits as wide, no line there holding more at that pitch
    #: (pdf_two_figures.figure_wraps)
    figure_wrap_padding: float = 2.0
    figure_wrap_evidence: int = 3
    #: ... or at least `figure_wrap_unit_evidence` such cells, each of them n digits over digits over a
    #: unit word alone, where `figure_wrap_evidence` cells as wide hold one figure over its unit alone:
    #: the table prints a unit under each figure, so digits over digits over one unit are one figure
    figure_wrap_unit_evidence: int = 2
    figure_wrap_slack: float = 0.5
    #: two centred figures run over a rule into each other, a digit of one over a digit of the other
    #: (less than half a digit apart): each digit is dealt to the figure whose even pitch it keeps,
    #: where every other order leaves a figure off its centre or its digits uneven by this many
    #: points more than the slacks above (else both cells stay unread: which digit is whose is not in
    #: the page)
    tangled_pitch_margin: float = 0.5
    #: a line of digits in a ruled cell whose gaps differ by more than this many character heights,
    #: one of them a space, is two figures side by side, not one (one figure's digits stand at one gap:
    #: tight or tracked); the cell is left unread (pdf_overrun.side_by_side)
    side_figures_gap: float = 0.5
    #: borderless tables: two figures of one column a line apart, another column's figure between
    #: them, are one cell's two lines (both unread) only when closer than this share of the table's
    #: usual row pitch (a tight table's rows stand a line apart, figures drifted half a line off them)
    stacked_pitch_share: float = 0.8
    #: a sheet cut down a gutter into two printed pages (pdf_nup.py) is one page when one side is
    #: mostly digits and at least this share of its lines of digits stand each on the baseline (to
    #: `pane_row_fit` points) of a line of the other side: a borderless table's figures and labels
    pane_rows_share: float = 0.8
    pane_row_fit: float = 0.8
    #: a page's number is looked for in its lowest this share of its height; one printed over a
    #: ruled cell there is the page's (left out of the cell: pdf_folio.py) when the page before
    #: printed its own, one page less, with the same marks at the same height and middle to within
    #: `folio_place` points; so is one that other text touches on its line, within this share of
    #: its height (a borderless table's last row run down over it)
    folio_foot: float = 0.15
    folio_place: float = 2.0
    folio_touch: float = 0.5
    #: a bare number alone at a page's top that is the page's index or up to this many less (pages before
    #: the numbering starts: a cover, a contents page) is its page number, never the cell a borderless
    #: table's row carried over the page break before (pdf_lone_figure.py)
    folio_lead: int = 2
    #: a non-embedded CID font with no widths table (no /W: every glyph /DW wide, an em) has the
    #: digits and Latin of its collection's half-width range at this many ems (pdf_chars._half_widths),
    #: as the text was measured when placed; 0 reads them an em wide
    unset_half_width: float = 0.5
    #: ... and PDFium measures such a font's half-width glyphs an em each, a space too, which the
    #: characters read leave as a gap: a gap in a faint text object's run wider than the run's
    #: tightest by more than this share of its size is a space, an em to PDFium (pdf_faint._run_at:
    #: a watermark '内部资料 2024' was not matched to its object and read into the cells it crossed)
    faint_space: float = 0.1
    #: a faint text object's characters are of its size: each character's height is the object's
    #: font size (in page space) to within this share of it (pdf_faint._run_at: an 8 pt label
    #: letter-spaced to a 20 pt stamp's length, its first character at the stamp's origin, was taken
    #: for the stamp and left out, table 三 lost whole). A character's box is its font's ascent to
    #: descent: about its size in the fonts of these reports, 1.3 of it in the tallest (YaHei)
    faint_size_fit: float = 0.4
    #: running page furniture between a table's two parts (pdf_furniture.py): at most this many lines at
    #: a page's top or foot, each printed by the page beside it at the same height to within
    #: `furniture_place` points (each in its page's, or N-up pane's, own frame), its numbers aside
    furniture_lines: int = 3
    furniture_place: float = 2.0
    #: a caption line over a table's part at the next page's top ('续表'): at most this share of the table's
    #: width, at most `caption_gap` of its height above it; stepped over only where the part's first row is
    #: the rest of the row the page before cut (pdf_furniture.under_caption)
    caption_share: float = 0.25
    caption_gap: float = 2.5
    #: a page-number mark or a bare number alone on its line is the page's number, left out of its text
    #: (pdf_furniture.page_numbers_out), where its bottom stands above this share of the page's height
    #: from its top, or its top below `page_number_foot` of it
    page_number_head: float = 0.12
    page_number_foot: float = 0.85
    #: cells boxed apart (pdf_spacing.py): two parallel rules more than `snap` and at most this many
    #: points apart, with no text between them, are one boundary, where at least `boxed_pairs`
    #: boundaries each way are drawn so; the page's rules are then snapped with the widest such
    #: spacing and `boxed_margin` points more
    boxed_spacing: float = 8.0
    boxed_pairs: int = 2
    boxed_margin: float = 0.5
    #: borderless tables: two bands of figures at most this many character heights apart (middle to
    #: middle), their figures side by side, are one row whose words an OCR layer put off its baseline
    #: (pdf_drift.py); a unit word under its figure, a row's line between them, stands so near that
    #: line's middle too (pdf_aligned_units.py)
    drift_reach: float = 0.6
    #: a character a clipping path hides and a character read are the same glyph within this share of
    #: the glyph's size (PDFium and pdfminer measure a non-embedded font's glyph a little apart:
    #: pdf_clip.without_hidden)
    clip_same_glyph: float = 0.3
    #: a path with more segments than this is a drawing, not rules (skipped unread)
    max_path_segments: int = 2000
    #: a page whose ruling lines could meet in more points than this is not read as a table grid
    #: (its text is read as lines, with a warning); ~0.07 ms per crossing. A report's table page
    #: has a few hundred (30 rows × 10 columns)
    max_grid_intersections: int = 10_000
    #: crossings searched in the whole document; pages after the budget is spent are read as lines
    #: (with a warning), so that many grid pages cannot add up to minutes
    max_document_grid_intersections: int = 60_000
    #: a page with more characters than this is read as lines only, without table search
    max_page_chars: int = 60_000
    #: characters read from one document; the pages after the one that passes it are not read
    #: (with a warning, like ParseSettings.max_pages). ~1,500 on a report's page; ~25 µs each
    max_document_chars: int = 250_000
    #: ruling lines kept per page (the longest first); more make a page a drawing, not a form
    max_page_edges: int = 4_000

    def __post_init__(self):
        for name in _SHARES:
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"PDFLayoutSettings.{name} is a share of the page's height: 0 to 1, "
                                 f"not {getattr(self, name)!r}")
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type in ("int", int):
                if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                    raise ValueError(f"PDFLayoutSettings.{f.name} must be a positive integer, not {value!r}")
            elif (not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value)
                  or value < 0):
                raise ValueError(f"PDFLayoutSettings.{f.name} must be a finite number ≥ 0, not {value!r}")

    def with_(self, **changes) -> "PDFLayoutSettings":
        return replace(self, **changes)


# the fields that are shares of a page's height (at most the whole)
_SHARES = ("page_number_head", "page_number_foot")

# Borderless tables (pdf_aligned*, pdf_spaced*): two figures' edges (right, centre or left), middles or tops within this
# share of a character height stand in line — one column's edge, one row's line, one step of a row. Under a third of
# a height: a digit's width is about half of it, so a figure a digit off its column's edge (a chain that took the
# neighbouring cell's digit) is out of line, while the jitter of one line's glyphs (a fifth of a point) is not. Not a
# PDFLayoutSettings field: the borderless readers' proofs (a row's sums, its header words) rest on it as a whole
ALIGN_SHARE = 0.3

DEFAULT_PDF_LAYOUT = PDFLayoutSettings()
