"""A sentence row opening with a one-character look-behind scanned with that character consumed and dropped (speed63):
`[,，;；]\\K…` is looked for in C where `(?<=[,，;；])…` is tried at every position. Every match must stay the same:
each such row against its plain pattern over invented texts, and the proof refusing the patterns where the two
forms differ (a match that may end with a character of the class, or be empty)."""
import random

import regex

from reportparse.extract import narrative as N
from reportparse.extract.narrative_cut import consumed_opening


def _spans(pattern, text: str) -> list:
    return [(m.span(), m.group(), m.groupdict(), [m.span(g) for g in range(len(m.groups()) + 1)])
            for m in pattern.finditer(text)]


# invented sentences (distinct non-zero figures) around the rows' openings: counts after commas, lists after 其中,
# sites' counts in a chain, channels of requests
_PIECES = (
    "本年度主动公开政府信息{}条，其中，区政府门户网站公开{}条，政务微博发布{}条，政务微信推送{}条。",
    "全年公开信息{}条，其中:政务网站{}条、政府公报{}条;新闻发布会{}条。",
    "共发布{}条,其中县政府网站发布{}条,县政务新媒体{}条,其他{}条。",
    "主动公开{}条，其中各部门网站{}条，所属单位网站{}条。",
    "其中{}条，门户网站{}篇，官网{}条。",
    "收到申请{}件，其中传真{}件，邮寄申请{}件，电子邮件{}件，当面{}件。",
    "上年结转{}件；{}件已办结，结转{}件。",
    "|{}|{}|{}|",
    "本机关全年未收到政府信息公开申请。",
    "通过政府网站公开{}条，",
)


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            s = rnd.choice(_PIECES)
            s = s.format(*(rnd.randint(2, 9000) for _ in range(s.count("{}"))))
            if rnd.random() < 0.3:       # damage: a character dropped or doubled, a break inserted
                i = rnd.randrange(len(s))
                s = s[:i] + rnd.choice(("", s[i], "\n", "，", "中")) + s[i + 1:]
            parts.append(s)
        out.append(rnd.choice(("", "\n")).join(parts))
    return out


def _fast_rows() -> list[tuple[int, regex.Pattern, regex.Pattern]]:
    return [(i, row[-1], fast) for i, (row, fast) in enumerate(zip(N._patterns(), N._scanners())) if fast is not row[-1]]


def test_the_rows_opening_with_a_one_character_look_behind_are_scanned_consumed():
    rows = _fast_rows()
    assert len(rows) >= 4       # the website chain after 其中, the carried-forward count, the channels
    for _, plain, fast in rows:
        assert fast.pattern.startswith("[") and r"\K" in fast.pattern and plain.pattern.startswith("(?<=[")
    # every other row is scanned as it is written
    assert sum(fast is row[-1] for row, fast in zip(N._patterns(), N._scanners())) == len(N._patterns()) - len(rows)


def test_each_consumed_row_finds_the_plain_rows_matches():
    texts = _texts(63, 1500)
    found = 0
    for _, plain, fast in _fast_rows():
        for text in texts:
            want = _spans(plain, text)
            assert _spans(fast, text) == want, (plain.pattern[:60], text)
            found += len(want)
    assert found > 500          # the texts exercise the rows (not a vacuous sameness)


def test_the_website_chain_row_reads_an_invented_sentence():
    text = "本年度主动公开政府信息7341条，其中，区政府门户网站公开2158条，政务微博发布613条。"
    row = next(fast for i, plain, fast in _fast_rows() if "其中" in plain.pattern[:80] and "条" in plain.pattern[:80])
    assert [m.group("n") for m in row.finditer(text)] == ["2158"]
    figures = [(f.key, f.value) for f in N.narrative_figures(text)]
    assert ("disclosure.via_website", 2158) in figures and ("disclosure.total", 7341) in figures


def test_the_proof_refuses_a_match_that_may_end_with_a_character_of_the_class():
    # consumed, the comma ending one match could not open the next: "1,2," reads 1, and 2 only by the look-behind
    plain = r"(?<=[,，])\d+[,件]"
    assert consumed_opening(plain) is None
    loosened = regex.compile(r"[,，]\K\d+[,件]")
    assert [m.group() for m in regex.finditer(plain, ",1,2,")] == ["1,", "2,"]
    assert [m.group() for m in loosened.finditer(",1,2,")] == ["1,"]       # why the proof is needed
    # a class sharing no character with a match's ends passes
    assert consumed_opening(r"(?<=[,，])\d+件") == r"[,，]\K\d+件"


def test_the_proof_refuses_other_openings():
    assert consumed_opening(r"(?<=[,，])(?:件)?") is None            # may match an empty string
    assert consumed_opening(r"(?<=[\d,])件") is None                 # a class with \d's digits
    assert consumed_opening(r"(?<=[^,])\d+件") is None               # a negated class
    assert consumed_opening(r"(?<=其中)\d+件") is None               # a look-behind of two characters
    assert consumed_opening(r"(?<![,，])\d+件") is None              # a negative look-behind
    assert consumed_opening(r"收到\d+件") is None                     # no look-behind
    assert consumed_opening(r"(?<=[,，])(?:\d+件|[^件]*)") is None    # a match that may end with anything
