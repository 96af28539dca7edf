"""Counts a report states in sentences about requests, reviews or lawsuits that no sentence pattern read.

A report without a statistics table gives those figures in prose only, and a wording the vocabulary does
not know ('共收到10件依申请公开请求') loses them without a trace. They are said, sentence by sentence, so a
user sees what was not read; a report with a table is not searched (its prose repeats the table)."""
from __future__ import annotations

import regex

from ..normalize import fold_traditional
from .narrative_exact import COMPARED as _COMPARED, NOT_EXACT_BEFORE as _NOT_EXACT_BEFORE     # the sentence patterns' own tests
from .narrative_channels import SENTENCE_END

# the words naming the topic of a count: the nearest before it in its clause, else any in its clause, else
# the nearest before it in its sentence (or in the sentence before one opening with 其中)
TOPICS = {"复议申请": "reviews", "复议": "reviews", "诉讼": "lawsuits", "申请": "requests"}
_TOPIC = regex.compile("|".join(TOPICS))
# a count: digits right before the unit these sections count in (a rate, a date or 500余件 is none)
_COUNT = regex.compile(r"(?<![0-9.]|[0-9],)[0-9]{1,7}(?=件|宗|起|条)")
# a clause ends where the sentence patterns' clauses do (SENTENCE_END: 。；;！？!? and a line break); a sentence at
# all of those but ；;, a comma's clause at ，, too
_CLAUSE_END = regex.compile(f"[{regex.escape(SENTENCE_END)}]")
_SENTENCE_END = regex.compile(f"[{regex.escape(SENTENCE_END.replace('；', '').replace(';', ''))}]")
_COMMA = regex.compile(f"[{regex.escape(SENTENCE_END)},，]")
MAX_SAID = 6            # sentences quoted; the rest are counted
_QUOTE = 60
_LOOK_BACK = 400        # a sentence's start is looked for this far before a count


def unread_prose_counts(text: str, read: list[tuple[int, int]]) -> list[str]:
    """Warnings for the sentences of `text` on requests, reviews or lawsuits that hold a count no
    span in `read` (the [start, end) of every figure read from the text) covers."""
    folded = fold_traditional(text)         # character for character: offsets are the text's
    if _TOPIC.search(folded) is None:
        return []
    sentences: dict[tuple[int, int], tuple[list[str], set[str]]] = {}
    for m in _COUNT.finditer(folded):
        a, b = m.span()
        if any(s <= a and b <= e for s, e in read) or not _exact(folded, a):
            continue
        topic = _topic_of(folded, a, b)
        if topic is None:
            continue
        where = (_start(folded, a, _SENTENCE_END), _end(folded, b, _SENTENCE_END))
        counts, topics = sentences.setdefault(where, ([], set()))
        counts.append(text[a:b + 1])
        topics.add(topic)
    said = []
    for (start, end), (counts, topics) in list(sentences.items())[:MAX_SAID]:
        quoted = text[start:end].strip()
        quoted = quoted if len(quoted) <= _QUOTE else quoted[:_QUOTE] + "…"
        said.append(f"narrative: a sentence on {' and '.join(sorted(topics))} holds counts no wording of the "
                    f"vocabulary read ({', '.join(counts)}): “{quoted}”")
    if len(sentences) > MAX_SAID:
        said.append(f"narrative: {len(sentences) - MAX_SAID} more sentence(s) on requests, reviews or lawsuits "
                    "hold counts that were not read")
    return said


def _exact(folded: str, a: int) -> bool:
    """Not a count of the year: approximate (近300件) or in a comparison (较上年(85件)增加11件), as the sentence
    patterns judge them."""
    return (_NOT_EXACT_BEFORE.search(folded, max(0, a - 2), a) is None
            and _COMPARED.search(folded, _start(folded, a, _COMMA), a) is None)


def _topic_of(folded: str, a: int, b: int):
    clause = _start(folded, a, _CLAUSE_END), _end(folded, b, _CLAUSE_END)
    before = _topics(folded, clause[0], a)
    if before:
        return before[-1]
    after = _topics(folded, clause[0], clause[1])
    if after:
        return after[0]
    start = _start(folded, a, _SENTENCE_END)
    if folded.startswith("其中", start):      # 行政复议3件。其中维持1件: the sentence before names it
        start = _start(folded, max(0, start - 1), _SENTENCE_END)
    before = _topics(folded, start, a)
    return before[-1] if before else None


def _topics(folded: str, start: int, end: int) -> list[str]:
    """The topics named in folded[start:end], in order, outside titles (《…行政复议局搬迁公告》 names none)."""
    return [TOPICS[m.group()] for m in _TOPIC.finditer(folded, start, end)
            if folded.count("《", start, m.start()) <= folded.count("》", start, m.start())]


def _start(folded: str, at: int, ends: regex.Pattern) -> int:
    window = max(0, at - _LOOK_BACK)
    found = [x.end() for x in ends.finditer(folded, window, at)]
    return found[-1] if found else window


def _end(folded: str, at: int, ends: regex.Pattern) -> int:
    m = ends.search(folded, at)
    return m.start() if m else len(folded)


# a clause saying no request came in (未收到依申请政府信息公开来信、来电、来访和投诉): its words may go on past what the
# sentence patterns read as a zero, so it stays unread; never one about a review, a lawsuit, a late reply or a
# complaint (未收到依申请公开方面的投诉), nor one denying others beside those counted (除此之外未收到其他申请)
_NONE_RECEIVED = regex.compile(r"(?<!外[,，]?)(?:未|没有)(?:收到|接到|受理|接收)(?:过|到)?(?:任何)?(?:(?!其他|其它|另|再|新)[^,，。;；:：\d因对就]){0,16}?"
                               r"(?:依申请|公开申请|信息申请)(?![^,，。;；\n]*?(?:复议|诉讼|不服|逾期))(?!\p{Han}{0,10}?(?:投诉|举报))")


def denied_requests(text: str, read: list[tuple[int, int]], received: list) -> list[str]:
    """Warnings where a clause no figure was read from says no request came in while the year's count of requests
    (`received`: the requests.new values read, the applicants' total) says some did: the report contradicts itself;
    the count stays read as printed."""
    some = [i for i in received if i.value]
    if not some or "收到" not in text and "受理" not in text and "接到" not in text:
        return []
    for m in _NONE_RECEIVED.finditer(text):
        if not any(s <= m.start() < e for s, e in read):
            quoted = text[m.start():_end(text, m.end(), _COMMA)][:_QUOTE]
            return [f"narrative: “{quoted}” says no request was received, yet requests.new {some[0].raw} is read "
                    f"(“{some[0].label.strip()[:30]}”): the report contradicts itself; the count is read as printed"]
    return []
