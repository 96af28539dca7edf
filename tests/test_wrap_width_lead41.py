"""A hard-wrapped crawler text with a line or two past its wrap width (a footnote mark or a page's chrome line the
crawler set after wrapping): the width stands (line_damage.wrap_width took the longest line's length only, so one
line one character longer hid the wrap and a double-spaced, wrapped table 三 was lost whole). Fixtures invented."""
import reportparse
from reportparse.extract.line_damage import wrap_width
from test_crawler_damage_crawl39 import APPLICANTS, FIGURES, LINES, NEW, ONWARD
from test_crawler_damage_crawl40 import T4


def _wrapped_double_spaced(width: int, extra: str) -> str:
    pieces = [ln[k:k + width] for ln in LINES for k in range(0, max(len(ln), 1), width)]
    # the extra line (past the width) stands between table 三's two rows
    at = next(i for i, p in enumerate(pieces) if p.startswith("| 四、结转下年度"))
    pieces.insert(at, extra)
    return "\n".join(x for piece in pieces for x in (piece, "")) + "\n"


def test_a_line_past_the_wrap_width_leaves_the_width():
    for width in (29, 37):
        for extra in ("扫一扫在手机打开当前页，打印本页关闭窗口，返回顶部，网站地图", "x" * (width + 1)):
            text = _wrapped_double_spaced(width, extra)
            assert wrap_width(text) == width
            got = reportparse.parse_text(text).values()
            assert [got.get(f"requests.new|applicant={a}") for a in APPLICANTS] == NEW
            assert [got.get(f"requests.carried_forward|applicant={a}") for a in APPLICANTS] == ONWARD
            assert [got.get(k) for k in T4] == FIGURES


def test_no_width_where_the_long_lines_are_many():
    prose = ["本机关主动公开政府信息" + "并及时更新" * k + "。" for k in range(2, 14)]
    table = ["| 一、本年新收政府信息公开申请数量 | 3 |"] * 6     # six lines alike, shorter than the prose
    assert wrap_width("\n".join(prose + table)) == 0
    longer = prose[-1]
    assert len(longer) > len(table[0])
    assert wrap_width("\n".join(table + [longer])) == 0            # (one past six: no width)
    assert wrap_width("\n".join(table * 2 + [longer])) == len(table[0])       # (one past twelve: a width)
