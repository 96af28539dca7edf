"""Which members of the request-handling sentence families the narrative patterns read (a probe, not a test).

    PYTHONPATH=src python tools/probe_narrative.py [--misses] [--key KEY]

Builds the cross-product of short invented sentences per key — verb × noun × measure word × filler, count first
or last, and the zero forms — puts each under its section heading in an invented 2025 report, and says per key how
many read right (the key with the sentence's value), wrong (the key with another value, or the value under another
probed key) and nothing. Members left out of the patterns on purpose (ambiguous: see data/narrative.tsv's comments)
are marked `amb` and counted apart: reading them is not the aim. Deterministic (no randomness; sorted output).
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from itertools import product

import reportparse

HEAD = "岚峰县某某局2025年政府信息公开工作年度报告\n发布日期：2026-01-20\n"
REQUESTS = "二、依申请公开情况\n"
REVIEW = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n"
FEES = "三、政府信息公开收费情况\n"
N = 17          # a distinct non-zero count: a shifted or invented one cannot pass
PROBED = ("requests.new", "requests.carried_over", "requests.answered", "requests.carried_forward",
          "requests.granted", "requests.denied", "requests.partially_granted", "review.total", "litigation.total",
          "fees.collected")

FILLERS = ("", "共", "共计", "全年", "本年度", "累计", "总计", "一共")
MEASURES = ("件", "条", "宗", "个", "项", "次")
# the ambiguous members: 次 may count visits or calls; 项 the items of information asked for (申请5件，涉及信息17项);
# 来信 may be a petition's letter; 处理 alone a complaint's
AMBIGUOUS_MEASURES = ("次", "项")
NEW_VERBS = ("收到", "受理", "接到", "接收", "接收到", "新收", "办理", "处理")
AMBIGUOUS_NEW_VERBS = ("办理", "处理")       # 办理/处理 may be what was answered, or a complaint's handling
NEW_NOUNS = ("政府信息公开申请", "依申请公开申请", "依申请公开", "申请", "依申请件", "依申请公开件", "申请事项",
             "政府信息公开申请事项", "依申请公开事项", "政府信息公开请求", "信息公开申请", "依申请公开政府信息申请")
ANSWER_VERBS = ("办结", "答复", "完成答复", "办理完毕", "已办结", "已答复")
CARRY_OVER = ("上年结转{n}{m}", "上年度结转{n}{m}", "结转上年度{n}{m}", "上年度转入{n}{m}", "从上年度转入{n}{m}",
              "上年度延续{n}{m}", "上年度结转的申请{n}{m}", "2024年结转{n}{m}")
CARRY_FORWARD = ("结转下年度{n}{m}", "{n}{m}结转下年度办理", "{n}{m}转入下年度办理", "转入下一年度办理{n}{m}",
                 "{n}{m}延续至下年度办理", "延续至下一年度办理{n}{m}", "{n}{m}结转至2026年", "结转至2026年办理{n}{m}")
OUTCOMES = {"requests.granted": ("予以公开{n}{m}", "同意公开{n}{m}", "准予公开{n}{m}", "公开{n}{m}"),
            "requests.denied": ("不予公开{n}{m}", "不予以公开{n}{m}"),
            "requests.partially_granted": ("部分公开{n}{m}", "部分予以公开{n}{m}", "部分同意公开{n}{m}")}
REVIEW_FORMS = ("发生行政复议{n}{m}", "收到行政复议申请{n}{m}", "被申请行政复议{n}{m}", "行政复议案件{n}{m}",
                "发生行政复议案件{n}{m}", "{f}受理行政复议{n}{m}", "被提起行政复议{n}{m}")
LITIGATION_FORMS = ("发生行政诉讼{n}{m}", "被提起行政诉讼{n}{m}", "行政诉讼案件{n}{m}", "发生行政诉讼案件{n}{m}",
                    "{f}被起诉{n}{m}", "应诉行政诉讼{n}{m}")
FEES_FORMS = ("收取费用{n}元", "{f}收取信息处理费{n}元", "收费{n}元", "收取政府信息公开处理费{n}元",
              "{f}收取检索复制费{n}元")
ZERO_NEW = ("{z}收到政府信息公开申请", "{z}受理依申请公开申请", "{z}接到依申请公开申请", "{z}接收政府信息公开申请",
            "{z}收到依申请公开事项", "依申请公开申请0件", "收到政府信息公开申请0件")
NEGATIONS = ("未", "没有", "无")


def cases():
    """(key, value, ambiguous, sentence) in a fixed order."""
    out = []
    for f, v, noun, m in product(FILLERS, NEW_VERBS, NEW_NOUNS, MEASURES):
        amb = v in AMBIGUOUS_NEW_VERBS or m in AMBIGUOUS_MEASURES
        out.append(("requests.new", N, amb, f"2025年，{f}{v}{noun}{N}{m}。"))
    for f, v, noun, m in product(FILLERS, NEW_VERBS, ("政府信息公开申请", "依申请公开申请", "信息公开申请"), MEASURES):
        amb = v in AMBIGUOUS_NEW_VERBS or m in AMBIGUOUS_MEASURES
        out.append(("requests.new", N, amb, f"2025年，{f}{v}{N}{m}{noun}。"))
    for z, form in product(NEGATIONS, ZERO_NEW):
        out.append(("requests.new", 0, False, "2025年，" + form.format(z=z) + "。"))
    for form, m in product(CARRY_OVER, MEASURES):
        # 延续 alone says nothing was carried (a policy or a practice 延续 too)
        out.append(("requests.carried_over", N, m in AMBIGUOUS_MEASURES or "延续" in form,
                    "2025年收到政府信息公开申请60件，" + form.format(n=N, m=m) + "。"))
    for form, m in product(CARRY_FORWARD, MEASURES):
        out.append(("requests.carried_forward", N, m in AMBIGUOUS_MEASURES,
                    "2025年收到政府信息公开申请60件，" + form.format(n=N, m=m) + "。"))
    for f, v, noun, m in product(("", "共", "全年", "本年度"), ANSWER_VERBS, ("", "政府信息公开申请", "依申请公开申请", "申请"),
                                 MEASURES):
        # a bare 答复17条 may count replies to messages: 条 and 个 only after the request's noun
        out.append(("requests.answered", N, m in AMBIGUOUS_MEASURES or (not noun and m in ("条", "个")),
                    f"2025年收到政府信息公开申请60件，{f}{v}{noun}{N}{m}。"))
    for key, forms in OUTCOMES.items():
        for form, m in product(forms, MEASURES):
            # a bare 公开 is no outcome's own word (公开17件 may be any count of disclosures); an outcome in 条 or
            # 个 may count proactive items (予以公开17条)
            out.append((key, N, m in AMBIGUOUS_MEASURES or m in ("条", "个") or form.startswith("公开"),
                        "2025年收到政府信息公开申请60件，其中" + form.format(n=N, m=m) + "。"))
    for key, forms in (("review.total", REVIEW_FORMS), ("litigation.total", LITIGATION_FORMS)):
        for form, f, m in product(forms, ("", "共", "全年"), ("件", "起", "宗", "个", "次")):
            if "{f}" not in form and f:
                continue
            # 次 counts sessions, 个 days (复议申请60个工作日): neither is a count of cases on its own
            out.append((key, N, m in ("次", "个"), "2025年，" + form.format(n=N, m=m, f=f) + "。"))
    for form, f in product(FEES_FORMS, ("", "共", "全年")):
        if "{f}" not in form and f:
            continue
        out.append(("fees.collected", N, False, "2025年，" + form.format(n=N, f=f) + "。"))
    return out


def section(key: str) -> str:
    return REVIEW if key.startswith(("review", "litigation")) else FEES if key.startswith("fees") else REQUESTS


def read(text: str) -> dict:
    """The year's whole-issuer values of the probed keys; a stated one before a derived one (litigation.total of a
    2021 report is the columns' sum, derived even where a sentence gives it alone)."""
    out = {}
    for i in sorted(reportparse.parse_text(HEAD + text).indicators, key=lambda i: i.derived):
        if i.period == "year" and i.applicant in (None, "total") and i.key in PROBED:
            out.setdefault(i.key, i.value)
    return out


def verdict(key: str, value, got: dict) -> str:
    if got.get(key) == value:
        # right, unless a second probed key took the same count too (收到…17件 read as new and answered)
        return "wrong" if any(k != key and v == value for k, v in got.items() if value != 0) else "right"
    if key in got or any(v == value for v in got.values() if value != 0):
        return "wrong"
    return "unread"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true", help="list the sentences not read right")
    ap.add_argument("--key", help="only this key")
    args = ap.parse_args()
    tally: dict[tuple[str, bool], Counter] = defaultdict(Counter)
    misses = []
    for key, value, amb, sentence in cases():
        if args.key and key != args.key:
            continue
        got = read(section(key) + sentence)
        v = verdict(key, value, got)
        tally[key, amb][v] += 1
        if v != "right":
            misses.append((key, "amb" if amb else "   ", v, sentence, got))
    print(f"{'key':28} {'members':8} {'right':>6} {'wrong':>6} {'unread':>7}")
    for (key, amb), c in sorted(tally.items(), key=lambda kv: (PROBED.index(kv[0][0]), kv[0][1])):
        print(f"{key:28} {'amb' if amb else 'clear':8} {c['right']:6} {c['wrong']:6} {c['unread']:7}")
    if args.misses:
        for key, amb, v, sentence, got in misses:
            print(f"{v:6} {amb} {key:26} {sentence}  -> {got}")


if __name__ == "__main__":
    main()
