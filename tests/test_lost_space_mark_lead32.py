"""A crawler that lost a non-breaking space leaves '?' (or U+FFFD) in its place: a cell printed '? 2 |' holds the
figure 2 (the '?' alone, apart from it by a space), as the sentence patterns already read 主動公開政府信息?10條.
Before, the cell was text and the whole row was refused (a held-out page, stop 32). A '?' glued to digits is no
space: that cell stays unread."""
import pytest

import reportparse
from conftest import FIXTURES

CELLS = FIXTURES / "damage" / "cell_pipes_wrapped_2021.txt"
ROW = "规章 |\n5 |\n2 |\n33 |\n"


def _with(row: str):
    text = CELLS.read_text(encoding="utf-8")
    assert ROW in text
    return reportparse.parse_text(text.replace(ROW, row, 1)).values()


@pytest.mark.parametrize("mark", ["?", "\ufffd", "？"])
def test_a_lost_space_mark_before_a_cells_figure_is_a_space(mark):
    values = _with(f"规章 |\n5 |\n{mark} 2 |\n33 |\n")
    assert [values[f"disclosure.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [5, 2, 33]


def test_a_mark_glued_to_digits_is_not_read_as_a_figure():
    values = _with("规章 |\n5 |\n2?7 |\n33 |\n")
    assert values.get("disclosure.regulations.repealed") not in (2, 7, 27)
    assert values["disclosure.normative_docs.issued"] == 18      # the table's other rows still read
