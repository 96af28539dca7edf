"""Table extraction made cheaper (issue 12, speed): each fast way gives what the plain way gives."""
import random
from pathlib import Path

import regex

from reportparse.extract import cell_tokens, row_cells, rows
from reportparse.extract.line_damage import label_wrapped
from reportparse.extract.row_cells import SEPARATOR_LINE, Token, cells_after, pipe_cells, read_cells
from reportparse.extract.solver import _MAX_PIECE, _digit_cuts, _number
from reportparse.patterns import UNIT_WORDS

FIXTURES = Path(__file__).parent / "fixtures"

_PIECES = ["本年新收", "申请", "公开", "(不同渠道计1条)", "(", ")", "其中", "7.", "3、", "12其他", "件", "万元", "人次",
           "条", "元", "|", "| ", " | ", "|---|---|", "\n", "\n| ", " ", "  ", "\t", ":", "-", "--", "—", "/", "无",
           "5", "0", "12", "1,234", "3.5", "+2", "-1", "705", "640020470", "一", "(七)", "总计", ",", "“", "x",
           "---|", "|:---:|", "、行政机关", "  6 1 0"]


def _texts(rng: random.Random, n: int) -> list[str]:
    """The fixtures, and short invented rows: labels, tails, notes, units, cells, separators, prose."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    for _ in range(n):
        texts.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))))
    return texts


def _calls(rng: random.Random, texts: list[str]):
    """(text, start, limit, label_tail): every start of a short text, a few of a long one."""
    for text in texts:
        starts = range(len(text) + 1) if len(text) < 80 else [rng.randint(0, len(text)) for _ in range(40)]
        for start in starts:
            limit = rng.randint(start, min(len(text), start + 300))
            yield text, start, limit, rng.random() < .5


def _plain_pipe_cells(text, start, end):
    """pipe_cells as first written (a line with a pipe an OCR read for a 1: the cut at the other pipes)."""
    ocr = row_cells.ocr_pipe_figures(text, start, end)
    if ocr:
        return cell_tokens._pipe_cells_ocr(text, start, end, ocr)
    cells = []
    pieces = text[start:end].split("|")
    pos = start
    for i, piece in enumerate(pieces):
        if i > 0:
            stripped = piece.strip()
            lead = len(piece) - len(piece.lstrip()) if stripped else min(1, len(piece))
            if i < len(pieces) - 1 or stripped:
                cells.append(Token(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(piece) + 1
    return [c for c in cells if c.raw not in UNIT_WORDS and c.raw not in ("单位", "计量单位")]


def _plain_cells_after(text, start, limit, label_tail=False):
    """cells_after as first written (a loop over the unit words, a call per token); a label's definition after its
    colon, closed by its cell's pipe, passed over first (stop 31)."""
    m = row_cells.DEFINITION_NOTE.match(text, start, limit)
    if m:
        start = m.end()
    if label_tail:
        m = row_cells._TAIL.match(text, start, limit)
        if m:
            start = m.end()
    line_end = text.find("\n", start, limit)
    line = text[start:line_end if line_end >= 0 else limit]
    ocr = row_cells.ocr_pipe_figures(text, start, start + len(line)) if "|" in line else []
    piped = any(ch == "|" and not any(a <= start + i < b for a, b in ocr) for i, ch in enumerate(line))
    # a row a fixed-width wrap cut goes on at the next lines (crawl33: row_cells.wrapped_row_end), also where the wrap
    # left its label at its line's end
    lead_in = text[:start].split("\n")[-1].strip(" \t")
    # (or a line above it opened the row: a wrap cut the label's cell, crawl37: line_damage.label_wrapped)
    after_label = not piped and not line.strip() and not lead_in.endswith("|") and (
        lead_in.startswith("|") or label_wrapped(text, start))
    wrapped = row_cells.wrapped_row_end(text, start + len(line), limit, piped and lead_in.startswith("|") or after_label
                                        or label_wrapped(text, start)) if piped or after_label else start
    if (piped or after_label) and (row_cells.TOKEN.search(line) or (line.count("|") >= 2 and not line.strip(" \t|"))
                                   or wrapped > start + len(line)):
        # values before the first pipe are cells of the row too ("规章 3 1 27 |": test_damage)
        end = max(wrapped, start + len(line))
        cells = row_cells.values_before_pipe(text, start, line) + _plain_pipe_cells(text, start, end)
        if end > start + len(line):
            return cells, True, end
        if not text[:start].split("\n")[-1].lstrip(" \t").startswith("|"):
            # separator-counted closed cells: the whole lines after it that are one cell ("| 25 |") or a lone "|"
            more, at = [], end
            for next_line in text[end + 1:].split("\n"):
                m = regex.fullmatch(r"[ \t]*\|[ \t]*(?:(" + row_cells.TOKEN.pattern + r")[ \t]*\|[ \t]*)?", next_line)
                if at >= limit or text[at] != "\n" or at + 1 + len(next_line) > limit or not m:
                    break
                cell_at = at + 1 + (m.start(1) if m.group(1) else next_line.index("|"))
                more.append(Token(m.group(1) or "", cell_at, cell_at + len(m.group(1) or "")))
                at += 1 + len(next_line)
            if more and (any(c.raw for c in more) or row_cells._separator_counted(text)):
                return cells + more, True, at
        return cells, True, end
    pos = start
    while pos < limit and text[pos] in " \t\n|:":
        pos += 1
        if text[pos - 1] in "\n|" and (sep := SEPARATOR_LINE.match(text, pos - (text[pos - 1] == "|"), limit)):
            pos = sep.end()
    m = row_cells._NOTE.match(text, pos, limit)
    if m:
        pos = m.end()
        while pos < limit and text[pos] in " \t\n|:":
            pos += 1
    for unit in UNIT_WORDS:
        if text.startswith(unit, pos):
            pos += len(unit)
            break
    m_stop = row_cells._STOP.search(text, pos, limit)
    stop = m_stop.start() if m_stop else limit
    if "|" in text[pos:stop]:
        ocr = row_cells.ocr_pipe_figures(text, pos, stop)
    m_pipe = row_cells._PIPE_LINE.search(text, start, stop)
    while m_pipe and any(a <= m_pipe.end() - 1 < b for a, b in ocr):
        m_pipe = row_cells._PIPE_LINE.search(text, m_pipe.end(), stop)
    if m_pipe:
        stop = m_pipe.start()
    tokens = []
    for m in row_cells.TOKEN.finditer(text, pos, stop):
        if regex.match(r"[.,、]\s*\p{Han}", text[m.end():]) or row_cells._fused_row_number(text, m) or (
                m.group() == "无" and regex.match(r"\p{Han}", text[m.end():])):
            stop = m.start()
            break
        tokens.append(Token(m.group(), m.start(), m.end()))
    # this stop's rules, applied as the reader applies them: OCR'd figures whole, lone pipes among figure
    # lines kept as cells, a row ended at a blank line or a figure not closed after closed cells
    tokens = row_cells._ocr_cells(text, tokens, ocr, start, stop)
    cut = row_cells._blank_line_cut(text, tokens)
    return (tokens[:cut], False, tokens[cut - 1].end) if cut else (tokens, False, stop)


def test_cells_after_gives_what_the_plain_reading_gives():
    rng = random.Random(3)
    for text, start, limit, tail in _calls(rng, _texts(rng, 3000)):
        assert cells_after(text, start, limit, tail) == _plain_cells_after(text, start, limit, tail), \
            (text[start:limit], tail)


def test_a_reading_holds_for_every_limit_from_its_reach():
    """find_rows reuses the search's reading of a row when the row's own limit is at or past its reach."""
    rng = random.Random(4)
    reused = at_stops = 0
    for text, start, limit, tail in _calls(rng, _texts(rng, 3000)):
        tokens, pipe, stop, reach, at_stop = read_cells(text, start, limit, tail)
        assert start <= reach <= limit
        reused += reach < limit
        for other in {reach, rng.randint(reach, limit), min(limit, reach + 1)}:
            assert cells_after(text, start, other, tail) == (tokens, pipe, stop), (text[start:limit], other)
        if at_stop:               # a row stopped by the next row's number reads the same with its limit there
            assert stop < reach
            assert cells_after(text, start, stop, tail) == (tokens, pipe, stop), (text[start:limit], stop)
            at_stops += 1
    assert reused > 1000          # the property is not vacuous: most rows end before their limit
    assert at_stops > 100


def test_pipe_cells_are_the_plain_cells():
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(["|", " ", "  ", "5", "件", "单位", "计量单位", "a b", "\t", "", "元"])
                       for _ in range(rng.randint(0, 20)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert pipe_cells(text, start, end) == _plain_pipe_cells(text, start, end), text


def test_digit_cuts_are_the_cuts_number_allows():
    rng = random.Random(6)
    for _ in range(3000):
        token = "".join(rng.choice("0123456789" if rng.random() < .7 else "0") for _ in range(rng.randint(1, 30)))
        pos = rng.randrange(len(token))
        plain = [(end, _number(token[pos:end])) for end in range(pos + 1, min(len(token), pos + _MAX_PIECE) + 1)]
        assert _digit_cuts(token, pos) == [(end, v) for end, v in plain if v is not None], (token, pos)


def _plain_table3_constraints(rows):
    """table3_rules.table3_constraints as first written (a call per cell)."""
    from reportparse.schema import OUTCOME_PREFIXES

    def col(a, key, i):
        cells = a.get(key)
        return (cells[i] or 0) if cells else 0
    outcomes = [k for k in rows if k.startswith(OUTCOME_PREFIXES) and k != "requests.other" or
                (k == "requests.other" and not any(x.startswith("requests.other.") for x in rows))]
    out = []
    r1 = ("requests.new", "requests.carried_over", "requests.answered", "requests.carried_forward")
    if {"requests.new", "requests.answered"} <= set(rows):
        out.append((tuple(k for k in r1 if k in rows), lambda a: all(
            col(a, r1[0], i) + col(a, r1[1], i) == col(a, r1[2], i) + col(a, r1[3], i) for i in range(7))))
    if "requests.answered" in rows and outcomes:
        out.append((tuple(outcomes) + ("requests.answered",), lambda a: all(
            sum(col(a, k, i) for k in outcomes) == col(a, "requests.answered", i) for i in range(7))))
    return out


def test_table3_checks_in_the_search_are_the_plain_checks():
    from reportparse.extract.table3_rules import table3_constraints
    from reportparse.schema import OUTCOME_PREFIXES, table3_rows
    rng = random.Random(7)
    keys = list(table3_rows("2019")) + ["requests.other.a", "requests.other.b"]
    passed = 0
    for _ in range(3000):
        rows = {k: None for k in rng.sample(keys, rng.randint(1, len(keys)))}
        fast = table3_constraints(rows)
        plain = _plain_table3_constraints(rows)
        assert [c.rows for c in fast] == [rows_ for rows_, _ in plain] and not any(c.hard for c in fast)
        for _ in range(5):
            small = rng.random() < .5
            assign = {k: tuple(rng.choice([None, 0, 1, 2, 2.5] if small else [None, 0, 1, 3, 7, 10, 1.5])
                               for _ in range(7)) for k in rows if rng.random() < .8}
            if rng.random() < .5 and "requests.answered" in assign:     # a balanced table now and then
                assign["requests.answered"] = tuple(sum((assign[k][i] or 0) for k in assign
                                                        if k.startswith(OUTCOME_PREFIXES)) for i in range(7))
            for c, (_, test) in zip(fast, plain):
                assert c.test(assign) == test(assign), (rows, assign)
                passed += c.test(assign)
    assert passed > 100


def _plain_alternation(specs):
    """rows' label alternation as first written: `regex`, a named group per label (its spec in the name)."""
    alts = sorted(((len(lbl), i, lbl) for i, spec in enumerate(specs) for lbl in spec.labels), reverse=True)
    # (a wording's year slot, 本年(YYYY)新收…, is any printed year: rows._wording)
    body = "(?:" + "|".join(f"(?P<s{i}_{n}>{rows._wording(lbl, regex.escape)})" for n, (_, i, lbl) in enumerate(alts)) + ")"
    return regex.compile(rows._PREFIX + body), regex.compile(body)


def test_label_scan_finds_the_rows_the_named_alternation_finds():
    from reportparse.extract.rows import LabelIndex, _label_scan
    from reportparse.schema import row_specs
    rng = random.Random(8)
    groups = [tuple(row_specs(t)) for t in ("t2", "t3", "legacy")]
    labels = [lbl.replace(rows.YEAR_SLOT, "(2021)") for specs in groups for spec in specs for lbl in spec.labels]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    for _ in range(500):          # numbering glued to labels, labels inside labels, half-labels
        texts.append(" ".join(rng.choice(["", "其中", "其中:", "1.", "2,", "(一)", "(十二三)", "三,", "x", "("])
                              + rng.choice(labels + ["", "申请", "公开"]) + rng.choice(["", "5", "|"])
                              for _ in range(rng.randint(1, 10))))
    found = 0
    for text in texts:
        index = LabelIndex(text)
        for specs in groups:
            named, named_body = _plain_alternation(specs)
            pattern, body, owner = _label_scan(specs)
            start = rng.randint(0, len(text) // 2)
            end = rng.choice([None, rng.randint(start, len(text))])
            plain = [(s, e, specs[int(m.lastgroup[1:].split("_")[0])])
                     for s, e, m in index.find_labels(named, named_body, start, end)]
            fast = [(s, e, specs[owner[m.group(1)]]) for s, e, m in index.find_labels(pattern, body, start, end)]
            assert fast == plain
            found += len(fast)
    assert found > 1000


def _plain_search(candidates, constraints, limit):
    """solver._search as first written (the recursion for every table)."""
    order = sorted((r for r in candidates if candidates[r]), key=lambda r: len(candidates[r]))
    position = {r: i for i, r in enumerate(order)}
    due = {r: [] for r in order}
    for c in constraints:
        rows_ = [r for r in c.rows if r in position]
        if rows_:
            due[max(rows_, key=position.__getitem__)].append(c)
    solutions, steps, assign = [], 0, {}

    def rec(i):
        nonlocal steps
        if i == len(order):
            solutions.append(dict(assign))
            return len(solutions) <= limit
        row = order[i]
        for cand in candidates[row]:
            steps += 1
            if steps > limit * 20:
                return False
            assign[row] = cand
            if all(c.test(assign) for c in due[row]):
                if not rec(i + 1):
                    return False
        assign.pop(row, None)
        return True

    return solutions if rec(0) else None


def test_the_search_of_single_readings_is_the_plain_search():
    from reportparse.extract.solver import Constraint, _search
    rng = random.Random(9)
    for _ in range(3000):
        names = [f"r{i}" for i in range(rng.randint(0, 30))]
        candidates = {r: [tuple(rng.randint(0, 3) for _ in range(2)) for _ in range(rng.choice([0, 1, 1, 1, 2]))]
                      for r in names}
        constraints = []
        for _ in range(rng.randint(0, 3)):
            rows_ = tuple(rng.sample(names, min(len(names), rng.randint(1, 4)))) + (("ghost",) if rng.random() < .2 else ())
            bound = rng.randint(0, 12)
            constraints.append(Constraint(rows_, lambda a, rows_=rows_, bound=bound: sum(
                a[r][0] for r in rows_ if r in a) <= bound, hard=rng.random() < .5))
        limit = rng.choice([0, 1, 2, 5, 20_000])
        assert _search(candidates, constraints, limit) == _plain_search(candidates, constraints, limit)


def test_the_outcome_of_one_reading_is_the_outcome_the_sets_give():
    from reportparse.extract import solver
    rng = random.Random(10)
    for _ in range(2000):
        candidates = {f"r{i}": [tuple(rng.choice([None, 0, 1, 2.5, 3]) for _ in range(3)) for _ in range(rng.choice([0, 1, 1, 2]))]
                      for i in range(rng.randint(0, 6))}
        evidence = {(r, rng.randrange(3)): rng.choice([0, 1, 3]) for r in candidates if rng.random() < .3}
        out = solver.solve(candidates, [], evidence)
        result = solver._search(candidates, [], 20_000)
        for (r, i), v in evidence.items():
            narrowed = [s for s in result if r in s and s[r][i] == v]
            result = narrowed if narrowed and len(narrowed) < len(result) else result
        for row, cands in candidates.items():
            n = len(cands[0]) if cands else 0
            cols = [{s[row][i] for s in result} for i in range(n)]
            assert out.values[row] == [c.pop() if len(c) == 1 else None for c in cols]


def test_a_window_without_a_piece_of_a_wording_has_no_near_match():
    """_near_matches skips the fuzzy search where no piece of a wording stands (the pigeonhole)."""
    from reportparse.extract.rows import LabelIndex, _fuzzy_pattern, _fuzzy_pieces
    from reportparse.schema import row_specs
    rng = random.Random(8)
    specs = [s for s in row_specs("t3") if _fuzzy_pattern(s) is not None]
    skipped = 0
    for _ in range(400):
        spec = rng.choice(specs)
        label = list(rng.choice(spec.labels))
        for _ in range(rng.randint(0, 5)):          # misprints: characters dropped, changed, added
            i = rng.randrange(len(label))
            kind = rng.choice("dsi")
            if kind == "d":
                del label[i]
            elif kind == "s":
                label[i] = rng.choice("的了是在申请公开信息x,(")
            else:
                label.insert(i, rng.choice("的了是在申请公开信息x,("))
        text = rng.choice(["", "本年新收", "其他 ", "\n| 3 | "]) + "".join(label) + rng.choice(["", " 5 0 1", "\n"])
        index = LabelIndex(text)
        found = list(index.find(_fuzzy_pattern(spec), 0, len(text)))
        if not any(piece in index.compact for piece in _fuzzy_pieces(spec)):
            assert not found, (text, spec.key)
            skipped += 1
    assert skipped > 20


def _plain_near_matches(index, specs, hits, start, end):
    """rows._near_matches as first written: the found rows around each spec listed again per spec."""
    from reportparse.extract.rows import _fuzzy_pattern, _fuzzy_pieces
    found = {id(h[2]): h for h in hits}
    out = []
    for i, spec in enumerate(specs):
        if id(spec) in found or _fuzzy_pattern(spec) is None:
            continue
        before = [found[id(s)] for s in specs[:i] if id(s) in found]
        after = [found[id(s)] for s in specs[i + 1:] if id(s) in found]
        lo = before[-1][1] if before else start
        hi = after[0][0] if after else end
        if hi <= lo:
            continue
        window = index.compact[index.to_compact(lo):index.to_compact(hi)]
        if not any(piece in window for piece in _fuzzy_pieces(spec)):
            continue
        matches = list(index.find(_fuzzy_pattern(spec), lo, hi))
        if len(matches) != 1 or any(k <= matches[0][0] < e or matches[0][0] <= k < matches[0][1] for k, e, _ in hits):
            continue
        out.append((matches[0][0], matches[0][1], spec))
    return out


def test_near_matches_look_between_the_same_found_rows():
    """_near_matches takes each unfound row's neighbours from one pass each way, as the per-spec lists did."""
    from reportparse.extract.rows import LabelIndex, _near_matches
    from reportparse.schema import row_specs
    rng = random.Random(9)
    specs = list(row_specs("t3"))
    near = 0
    for _ in range(300):
        chosen = sorted(rng.sample(range(len(specs)), rng.randint(0, len(specs))))
        parts, hits, pos = [], [], 0
        for i in range(len(specs)):
            label = rng.choice(specs[i].labels)
            if i not in chosen:
                if rng.random() < .5:          # a misprinted label, or none at all
                    label = label[:2] + "的" + label[3:] if len(label) > 6 else ""
                else:
                    label = ""
            piece = label + rng.choice([" 5 0 1 ", "\n", " | 3 | "])
            if i in chosen:
                hits.append((pos, pos + len(label), specs[i]))
            parts.append(piece)
            pos += len(piece)
        text = "".join(parts)
        index = LabelIndex(text)
        start, end = 0, rng.choice([len(text), rng.randint(0, len(text))])
        got = _near_matches(index, specs, hits, start, end)
        assert got == _plain_near_matches(index, specs, hits, start, end)
        near += len(got)
    assert near > 50


def _plain_loose_rows(text, start, end, n, taken):
    """fragments.loose_rows as first written: each pipe line tested against every taken span."""
    from reportparse.extract import fragments
    lines_taken = []
    pos = start
    for line in text[start:end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if line.lstrip().startswith("|") and any(a < line_start + len(line) and line_start < b for a, b in taken):
            lines_taken.append(line_start)
    # the rows the fast version keeps are those whose lines no span overlaps
    return [r for r in fragments.loose_rows(text, start, end, n, []) if r.start not in lines_taken]


def test_loose_rows_skip_the_lines_taken_spans_overlap():
    from reportparse.extract.fragments import loose_rows
    rng = random.Random(10)
    kept = 0
    for _ in range(500):
        lines = [rng.choice(["| 1 | 2 | 3 |", "|---|---|---|", "x", "| 4 | | 6 |", "  | 7 | 8 | 9 |", ""])
                 for _ in range(rng.randint(1, 12))]
        text = "\n".join(lines)
        taken = []
        for _ in range(rng.randint(0, 4)):
            a = rng.randint(0, len(text))
            taken.append((a, rng.choice([a, a + rng.randint(0, 20)])))
        start = rng.randint(0, len(text) // 3)
        got = loose_rows(text, start, len(text), 3, taken)
        assert got == _plain_loose_rows(text, start, len(text), 3, taken), (text, taken)
        kept += len(got)
    assert kept > 200
