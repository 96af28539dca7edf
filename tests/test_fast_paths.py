"""Each fast path of issue 12 (speed) gives exactly what the plain way gives (no accuracy change)."""
import random
from pathlib import Path

from reportparse.bounds import MAX_FRAC_DIGITS, MAX_INT_DIGITS
from reportparse.extract.rows import LabelIndex, _label_scan
from reportparse.extract.solver import _number, readings
from reportparse.normalize import CompactSearch, Spacing, search_form
from reportparse.schema import row_specs

FIXTURES = Path(__file__).parent / "fixtures"


def test_label_search_from_the_labels_finds_what_the_whole_pattern_finds():
    rng = random.Random(0)
    groups = [list(row_specs(t)) for t in ("t2", "t3", "legacy")]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    labels = [lbl for spec in groups[1] for lbl in spec.labels][:30]
    for _ in range(300):          # numbering glued to labels, half-labels, stray brackets
        texts.append(" ".join(rng.choice(["", "其中", "其中:", "1.", "2,", "(一)", "(十二三)", "三,", "x", "(", "其"])
                              + rng.choice(labels + ["", "申请", "公开"]) for _ in range(rng.randint(1, 8))))
    for text in texts:
        index = LabelIndex(text)
        for specs in groups:
            pattern, body, _ = _label_scan(tuple(specs))
            start = rng.randint(0, len(text))
            end = rng.choice([None, rng.randint(start, len(text))])
            plain = [(s, e, m.span(), m.group(1)) for s, e, m in index.find(pattern, start, end)]
            fast = [(s, e, m.span(), m.group(1)) for s, e, m in index.find_labels(pattern, body, start, end)]
            assert fast == plain


def _plain_readings(tokens, sizes, group_ok=None, limit=20_000, signed_cell=None):
    """solver.readings as first written: one recursive call per cut, every cut recomputed."""
    total, out, steps, bounds, acc = sum(sizes), [], 0, [], 0
    for size in sizes:
        acc += size
        bounds.append(acc)
    rest = [sum(len(t) for t in tokens[i:]) for i in range(len(tokens) + 1)]
    max_piece = MAX_INT_DIGITS + MAX_FRAC_DIGITS + 2

    def rec(ti, pos, cells):
        nonlocal steps
        steps += 1
        if steps > limit * 2 or len(out) > limit:
            return False
        n = len(cells)
        if n and n in bounds:
            g = bounds.index(n)
            if group_ok is not None and not group_ok(cells[bounds[g - 1] if g else 0:n]):
                return True
        if ti == len(tokens):
            if n == total:
                out.append(cells)
            return True
        if n == total:
            return True
        token, left = tokens[ti], rest[ti] - pos
        if left < total - n or left > (total - n) * max_piece:
            return True
        if pos == 0 and signed_cell is not None and token[:1] in "+-" and n % sizes[0] != signed_cell:
            return True
        first = pos + (1 if pos == 0 and token[:1] in "+-" else 0)
        for end in range(first + 1, min(len(token), pos + max_piece) + 1):
            later = len(tokens) - ti - 1 if end == len(token) else len(tokens) - ti
            if later > total - n - 1:
                continue
            value = _number(token[pos:end])
            if value is None:
                continue
            if not (rec(ti + 1, 0, cells + (value,)) if end == len(token) else rec(ti, end, cells + (value,))):
                return False
        return True

    return out if rec(0, 0, ()) else None


def test_readings_are_the_plain_search_s_readings_with_the_same_limits():
    rng = random.Random(1)
    total_ok = lambda g: g[-1] is None or sum(v or 0 for v in g[:-1]) == g[-1]    # noqa: E731
    for _ in range(400):
        tokens = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            t = "".join(rng.choice("0123456789" if rng.random() < .9 else "0.") for _ in range(rng.randint(1, 12)))
            tokens.append((rng.choice("+-") + t) if rng.random() < .1 else t)
        args = (tokens, rng.choice([[7], [5, 5, 5], [3], [2, 2]]), rng.choice([None, total_ok]),
                rng.choice([20_000, 50, 5]), rng.choice([None, 0, 1]))
        assert readings(*args) == _plain_readings(*args), args


def test_the_compact_search_maps_as_the_character_by_character_map():
    # the earlier form: one offset per kept character, to_doc indexing it, to_compact bisecting it
    import bisect
    rng = random.Random(2)
    alphabet = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000ab12中文|（其它"
    for i in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        offsets = [i for i, ch in enumerate(text) if not ch.isspace()]
        for search in (CompactSearch(text), CompactSearch(text, Spacing(text))):
            assert search.text == search_form("".join(text[i] for i in offsets)) == search_form("".join(text.split()))
            n = len(offsets)
            for k in range(-n, n + 3):
                assert search.to_doc(k) == (offsets[k] if k < n else len(text)), (text, k)
            for offset in range(-2, len(text) + 3):
                assert search.to_compact(offset) == bisect.bisect_left(offsets, offset), (text, offset)


def test_translation_tables_apply_as_str_translate_does():
    from reportparse.normalize import _EXTRA, _SEARCH_TRANS, _translator
    rng = random.Random(3)
    for table in (_EXTRA, _SEARCH_TRANS):
        translate = _translator(table)
        alphabet = [chr(k) for k in table] + list("ab1 \n-[]^\\中（")
        for _ in range(2000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
            assert translate(text) == text.translate(table)


def test_folding_punctuation_before_nfkc_changes_nothing():
    """normalize_text replaces frequent full-width characters by their NFKC form before NFKC: the same
    text as NFKC of the original, whatever stands around them (combining marks that compose with the
    folded character, as < with U+0338 makes ≮, compatibility characters, other full-width forms)."""
    import unicodedata
    from reportparse.normalize import _FIGURE_MARK, _LOST_INDENT, _LOST_SPACE_MARK, _NFKC_FIRST, _extra, _spaces, normalize_text

    def plain(text):
        text = _FIGURE_MARK.sub(lambda m: "*" * len(m.group()), text)      # a footnote mark after a figure
        text = _extra(unicodedata.normalize("NFKC", text))
        # (a space or a line's indent an encoding lost as ? or U+FFFD: restored after NFKC, as normalize_text does)
        text = _LOST_INDENT.sub(_spaces, "\n" + _LOST_SPACE_MARK.sub(" ", text))[1:]
        return text.replace("\r\n", "\n").replace("\r", "\n")

    for char, folded in _NFKC_FIRST:
        assert unicodedata.normalize("NFKD", char) == unicodedata.normalize("NFKD", folded)
    rng = random.Random(4)
    alphabet = ([c for c, _ in _NFKC_FIRST] + list("＜＝＞<=>,()中文ab1１Ａ①㎡ｶﾞが。、“”\r\n \t")
                + ["\u0338", "\u0301", "\u0300", "\u0323", "\u3099", "\u309a", "\uff9e", "\ufeff", "\u200b"])
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert normalize_text(text) == plain(text), text
    for path in sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert normalize_text(text) == plain(text)


def test_html_cell_space_rule_is_skipped_only_where_it_changes_nothing():
    from reportparse.layout.html_table import _ASCII_SPACE_NOT_BLANK, _SPACES
    rng = random.Random(4)
    alphabet = " \t\n\x0b\x0c\r\x1c\x1fab12中\xa0\u3000"
    for _ in range(20000):
        chunk = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if chunk.isascii() and "  " not in chunk and _ASCII_SPACE_NOT_BLANK.isdisjoint(chunk):
            assert _SPACES.sub(" ", chunk) == chunk


def _run_together(rng, size):
    """Tokens of a row whose last cell is the sum of the others, its cells run together at random."""
    cells = [rng.choice([0, 0, 1, 2, 5, 9, 10, 12, 37, 100, 250, 1234, rng.randint(0, 10 ** rng.randint(1, 6))])
             for _ in range(size - 1)]
    tokens, run = [], ""
    for c in cells + [sum(cells)]:
        run += str(c)
        if rng.random() < .25:
            tokens.append(run)
            run = ""
    return tokens + [run] if run else tokens


def test_readings_by_the_row_total_are_the_plain_search_s_readings_where_it_ends_and_all_of_them(monkeypatch):
    """Where the plain search ends within its limits the fast one gives its readings; where the plain search gives up
    (its step limit: it cuts every way), the fast one, bounded by its own steps, gives every reading or None."""
    from reportparse.extract import solver
    from reportparse.extract.national import _row_total_ok
    taken = []
    fast = solver._sum_readings
    monkeypatch.setattr(solver, "_sum_readings", lambda *a: taken.append(fast(*a)) or taken[-1])
    rng = random.Random(5)
    beyond = 0
    any_ok = lambda g: sum(g[:-1]) == g[-1]       # noqa: E731
    marked = {7: _row_total_ok, 3: solver.sums_to_last(lambda g: any_ok(g)),
              2: solver.sums_to_last(lambda g: any_ok(g))}
    for i in range(1500):
        size = rng.choice([7, 7, 3, 2])
        if i % 3:
            tokens = _run_together(rng, size)
        else:
            digits = lambda: rng.choice("0123456789" if rng.random() < .8 else "00")     # noqa: E731
            tokens = ["".join(digits() for _ in range(rng.randint(1, 16))) for _ in range(rng.choice([1, 1, 2, 3]))]
        for limit in (20_000, 200, 5, 1):
            got = readings(tokens, [size], marked[size], limit)
            plain = _plain_readings(tokens, [size], any_ok, limit)
            if plain is not None:
                assert got == plain, (tokens, size, limit)
            elif got is not None:           # all of them: the plain search's readings without its limits
                assert len(got) <= limit and got == _plain_readings(tokens, [size], any_ok, 10 ** 9), (tokens, size, limit)
                beyond += 1
    for tokens in (["1" * 153, "1"], ["1" * 154], ["1" * 155], ["12" * 50_000, "3"]):   # around the longest row, beyond
        for limit in (20_000, 1, 0):
            assert readings(tokens, [7], _row_total_ok, limit) in (None, [])
    assert beyond and any(t for t in taken) and any(t is None for t in taken)     # readings found, the limits reached
    # a text whose table 三 rows are run together takes the fast path
    taken.clear()
    import reportparse
    reportparse.parse(FIXTURES / "national" / "t2021_runtogether.txt")
    assert any(t for t in taken)


def test_readings_of_groups_by_their_totals_are_the_plain_search_s_readings_with_the_same_limits():
    """Table 四's groups of five, each summing to its last cell: the cuts that cannot close a group
    are counted, not searched, and the readings and the limits stay the plain search's."""
    from reportparse.extract import solver
    from reportparse.extract.national_table4 import group_total_ok as _group_total_ok
    rng = random.Random(7)
    any_ok = lambda g: sum(g[:-1]) == g[-1]       # noqa: E731
    marked = solver.sums_to_last(lambda g: any_ok(g))
    found = exhausted = beyond = 0
    for i in range(240):
        sizes = rng.choice([[5, 5, 5], [5, 5, 5], [3, 3], [2, 4, 3], [4]])
        if i % 3:
            tokens = [t for size in sizes for t in _run_together(rng, size)]
            if rng.random() < .5:
                tokens = ["".join(tokens)]
        else:
            digits = lambda: rng.choice("0123456789" if rng.random() < .8 else "00")     # noqa: E731
            tokens = ["".join(digits() for _ in range(rng.randint(1, 16))) for _ in range(rng.choice([1, 1, 2, 3]))]
        group_ok = _group_total_ok if sizes == [5, 5, 5] else marked
        for limit in (2_000, 200, 5, 1):
            got = readings(tokens, sizes, group_ok, limit)
            plain = _plain_readings(tokens, sizes, any_ok, limit)
            if plain is not None or got is None:
                assert got == plain, (tokens, sizes, limit)
            else:       # where the plain search gives up, the total-first search's readings, every one of them
                beyond += 1
                assert len(got) <= limit and all(_spells(tokens, cells, sizes) for cells in got), (tokens, sizes)
                if len("".join(tokens)) <= 24:
                    assert got == _plain_readings(tokens, sizes, any_ok, 10 ** 9), (tokens, sizes, limit)
            found += bool(got)
            exhausted += got is None
    assert found > 100 and exhausted > 10 and beyond     # readings found, the step and reading limits reached


def _spells(tokens, cells, sizes) -> bool:
    """Do the cells cut the runs (no cell across two) and does each group sum to its last cell?"""
    at = 0
    for size in sizes:
        group = cells[at:at + size]
        if sum(group[:-1]) != group[-1]:
            return False
        at += size
    runs, i = list(tokens), 0
    for c in cells:
        piece = str(c)
        if i >= len(runs) or not runs[i].startswith(piece):
            return False
        runs[i] = runs[i][len(piece):]
        i += not runs[i]
    return i == len(runs)


def _group_end(pattern: str) -> int:
    """The offset just after the group that opens `pattern` (escapes and character classes skipped)."""
    depth, i, in_class = 0, 0, False
    while True:
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
            if depth == 0:
                return i + 1
        i += 1


def test_a_look_ahead_before_a_look_behind_changes_no_match():
    import regex
    from reportparse.extract.narrative import _patterns
    from reportparse.extract.narrative_compact import Compact
    rng = random.Random(6)
    texts = [Compact(p.read_text(encoding="utf-8", errors="replace")).text
             for p in sorted(FIXTURES.rglob("*.txt"))]
    words = ["无", "未", "没有", "不存在", "未产生", "未发生", "收取", "收费", "事业性", "通知", "标准",
             "处理费", "公开", "信息", "检索", "复制", "邮寄", "费用", "费", "按", "，", "。", "3", "元", "任何",
             "收", "取", "处理", "公", "信", "检", "复", "邮"]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    ahead = [p for *_, p in _patterns() if p.pattern.startswith("(?=")]
    assert ahead
    for fast in ahead:
        plain = regex.compile(fast.pattern[_group_end(fast.pattern):])
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_compiled_on_first_use_is_the_compiled_pattern():
    import regex
    from reportparse import loading, metadata, patterns
    from reportparse.extract import narrative
    from reportparse.patterns import LazyPattern
    lazy = [v for m in (loading, metadata, patterns, narrative) for v in vars(m).values() if isinstance(v, LazyPattern)]
    assert len(lazy) > 20
    texts = ["2023年政府信息公开工作年度报告", "第3页 共9页", "（一）主动公开 12 件", "<meta charset='gbk'>", ""]
    for pattern in lazy:
        source, flags = pattern._source
        plain = regex.compile(source, flags)
        assert (pattern.pattern, pattern.flags) == (plain.pattern, plain.flags)
        for text in texts:
            text = text.encode() if isinstance(source, bytes) else text
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_an_alternation_s_common_ending_written_once_changes_no_match():
    import regex
    from reportparse.extract.narrative import _patterns
    from reportparse.extract.narrative_compact import Compact
    earlier = {"(?:行政)?复议": "(?:行政复议|复议)", "(?:行政)?诉讼": "(?:行政诉讼|诉讼)", "(?:结|(?<!结))转": "(?:结转|(?<!结)转)"}
    rng = random.Random(7)
    texts = [Compact(p.read_text(encoding="utf-8", errors="replace")).text for p in sorted(FIXTURES.rglob("*.txt"))]
    words = ["行政", "复议", "诉讼", "结", "转", "上年", "上年度", "结转", "至", "下一年度", "下年", "2024年", "案件", "数量", "共",
             "为", "3", "12", "三", "起", "件", "有", "的", "，", "。", " "]
    texts += ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    rewritten = 0
    for *_, fast in _patterns():
        for now, before in earlier.items():
            if now in fast.pattern:
                rewritten += 1
                plain = regex.compile(fast.pattern.replace(now, before, 1))
                for text in texts:
                    assert ([(m.span(), m.groupdict()) for m in fast.finditer(text)]
                            == [(m.span(), m.groupdict()) for m in plain.finditer(text)])
    # the zero of review and suit (行政复议、诉讼案件) holds (?:行政)?诉讼 too; its other order (行政诉讼或行政复议) both;
    # so does one zero count of both (提起行政复议、诉讼0件); the first zero of both names 复议 bare too (无…复议、诉讼);
    # and the pending reviews said with their noun (尚未审结行政复议2件); and the lawsuit columns said by their heads
    # (未经复议直接提起行政诉讼, 复议后提起行政诉讼); and a negated list holding the requests and the reviews or lawsuits
    # (本年度无依申请公开、行政复议和行政诉讼情况: stop 47); and a review or lawsuit the answers did not give rise to
    # (…均依法答复,未引发行政复议 / 行政诉讼: stop 58); and both said not involved (均不涉及行政复议和行政诉讼: stop 61);
    # and either said none as the topic's own (未发生相关诉讼 / 相关复议: stop 62); and the review count in 项 (行政复议案件3项:
    # stop 63, leads63); and a review's outcomes listed after a lawsuit count of none (被行政复议5宗、行政诉讼0宗，其中…: seven
    # rows of outcomes), and a complaint named between the review and the lawsuit (…行政复议、申诉和行政诉讼案件: both
    # words): hunt63; and the row of a case put in the 结果纠正 column, its window now the family's (lawsuit of none): leads64;
    # the lawsuits' columns said after their count (行政诉讼2件,未经复议直接起诉 / 复议后起诉) and none of both with the review's
    # qualifier said again before the lawsuit (…的行政复议案件和针对…的行政诉讼案件): classes64p; the review body said as
    # 作为(行政)复议机关 in $REVIEW_BODY, so in every row that names it (fifteen): classes65q; a review count and its
    # bracketed outcomes whose units the page lost (行政复议1(结果维持1)), five rows naming $REVIEW_BODY: classes66q; a review
    # named in a negated list of other happenings (没有发生泄密、行政复议和其他突发事件等情况): leads67
    assert rewritten == 59
