"""The channel counts read from the narrative checked against each other after reading (api.parse_document): a sentence
giving one channel key two counts, and a channel's count larger than the proactive total read elsewhere, are no
channel's share (narrative_channels judges each count where it is read; this module, the figures read together)."""
from __future__ import annotations

import regex

from ..normalize import fold_traditional
from ..patterns import LazyPattern
from .narrative_outlets import ANY_OUTLET


# a channel's count is one site's: a sentence giving two different counts under one channel key (其中，通过市政府网站
# 公开信息2100条，通过县政府门户网站发布政府信息5469条) says which site each is, and which one is this body's own the
# key cannot tell: neither is read; so where the other site is one named as a 网 the readers take for no website
# (门户网站公开信息15条,通过某某气象网主动公开信息3210条; not 政府网, 信息公开网, 互联网, nor a part after 其中), its count
# beside the website's in the same sentence
_ONE_SITE_KEYS = ("disclosure.via_website", "disclosure.via_gazette")
_NAMED_NET_COUNT = LazyPattern(r"(?<!其中[,，:：]?)(?:通过|在)[“\"]?[\u4e00-\u9fff]{2,12}?(?<!互联|政务外|政务内|专|政府|信息公开)网(?![站格络点页民上办])[”\"]?"
                               r"[^,，。;；:：\d]{0,16}?(?P<n>\d+)条")


def one_count_per_site(figures: list, warnings: list[str]) -> list:
    """The figures less the channel counts a sentence gives twice with different values (said in a warning)."""
    seen: dict[tuple[str, str], set] = {}
    for f in figures:
        if f.key in _ONE_SITE_KEYS:
            seen.setdefault((f.key, f.sentence), set()).add(f.value)
    for (key, sentence), values in seen.items():
        if key == "disclosure.via_website" and "网" in sentence:
            values.update(int(m["n"]) for m in _NAMED_NET_COUNT.finditer(sentence))
    twice = {k for k, values in seen.items() if len(values) > 1}
    if not twice:
        return figures
    kept = [f for f in figures if (f.key, f.sentence) not in twice]
    for key, sentence in sorted(twice):
        # (another sentence may give the key one count: 其中通过县政府门户网站发布政府信息5469条, read; said so)
        other = next((f for f in kept if f.key == key and f.applicant is None), None)
        elsewhere = f" (another sentence gives {key} {other.value}: “{other.sentence[:40]}”)" if other else ""
        warnings.append(f"narrative: {key} is given {len(seen[key, sentence])} counts in “{sentence[:40]}”: "
                        f"which site is this body's own is not said; none is read from it{elsewhere}")
    return kept


def within_whole(figures: list, warnings: list[str]) -> list:
    """The figures less the channel counts larger than the proactive total of their period read from another sentence
    (新增主动公开政府信息396条 … 在局门户网站发布各类信息548条): a share never exceeds its whole, so such a count is of
    something else (a site's posts of every kind), neither the channel's part nor a total (said in a warning)."""
    whole: dict[str, object] = {}
    for f in sorted((f for f in figures if f.key == "disclosure.total"), key=lambda f: f.start):
        whole.setdefault(f.period, f)
    over = {(f.start, f.period): f for f in figures if f.key.startswith("disclosure.via_") and f.period in whole
            and whole[f.period].start != f.start and whole[f.period].value < f.value}
    for f in over.values():
        warnings.append(f"narrative: {f.key} {f.value} exceeds the proactive total {whole[f.period].value}: "
                        "not its share; not read")
    return [f for f in figures if (f.start, f.period) not in over or not f.key.startswith("disclosure.")] if over else figures


# what went out by the ways said as "the others" (官方微信微博等其他途径主动发布信息1839条, 通过其它渠道公开…): the other ways'
# count, one share beside the channel counted before it; neither it nor that channel's count (the website's 846 read
# as the whole where nothing else seemed counted) is the proactive total. Not where it is a part after 其中 (…1000条，其中
# 网站800条，其他途径200条: the whole before stays)
_OTHER_WAYS_COUNT = LazyPattern(r"其[他它](?:[^,，。;；:：\d\n]{0,4}?)(?:途径|渠道|方式|平台|载体|媒体)[^,，。;；:：\d\n]{0,16}?"
                                r"(?:公开|发布|公布|推送)[^,，。;；:：\d\n]{0,16}?(?P<n>\d+)(?:条|篇)")
# … but the others joined to the way named before them, as one way of the sentence's first count (通过门户网站和其他信息
# 公开渠道主动公开政府信息2398条): what went out by all of them, the whole; never where a count stands before (网站公开800条,
# 官方微信和其他途径公开200条: the others' share still)
_JOINED_BEFORE = LazyPattern(r"(?:通过|利用|依托|在)[^,，。;；:：\d\n]{1,20}?(?:和|及|以及|与|、)$")
_COUNT_BEFORE = LazyPattern(r"\d(?:条|篇|件)")


def _joined_to_the_way(folded: str, start: int) -> bool:
    """Are the other ways at `start` joined to the way named before them, with no count before in the sentence?"""
    return _JOINED_BEFORE.search(folded, 0, start) is not None and _COUNT_BEFORE.search(folded, 0, start) is None


def other_ways_apart(figures: list, warnings: list[str]) -> list:
    """The figures less the proactive totals of a sentence that counts the other ways apart: a total equal to that
    count or to a channel's count read from the same sentence is one share, never the whole (said in a warning)."""
    shares: dict[str, set] = {}
    for f in figures:
        if f.key == "disclosure.total" and "其" in f.sentence and f.sentence not in shares:
            folded = fold_traditional(f.sentence)
            shares[f.sentence] = {int(m["n"]) for m in _OTHER_WAYS_COUNT.finditer(folded)
                                  if "其中" not in folded[:m.start()] and not _joined_to_the_way(folded, m.start())}
    shares = {s: v for s, v in shares.items() if v}
    if not shares:
        return figures
    for f in figures:
        if f.key.startswith("disclosure.via_") and f.sentence in shares:
            shares[f.sentence].add(f.value)
    dropped = [f for f in figures if f.key == "disclosure.total" and f.value in shares.get(f.sentence, ())]
    for f in dropped:
        warnings.append(f"narrative: disclosure.total {f.value} in “{f.sentence[:40]}” is one way's share beside "
                        "the other ways' count: not read")
    return [f for f in figures if not any(f is d for d in dropped)]


# a channel's count that opens a list of kinds' counts (利用门户网站主动公开政府信息88条、规范性文件2条、…其他信息70条): one kind's
# count on that channel, the channel's whole not printed; never where the items after it name outlets (通过网站公开88条、
# 微信公众号推送50条: each channel's own), carry a verb of their own (…41条、编辑上报信息简报共45篇、转发网帖211篇: other work's
# output) or open a 其中 list
_KINDS_AFTER = LazyPattern(r"(?:条|篇)、(?P<items>(?:(?:(?!其中|公开|发布|公布|推送|上报|报送|转发|编辑|编发|回复|刊发|刊登|共)"
                           r"[^,，。;；:：\d、\n]){1,24}?\d+(?:条|篇|件|期)、?){2,})")


def kinds_listed(figures: list, warnings: list[str]) -> list:
    """The figures less the website's or total count that is the first of a list of three or more kinds' counts."""
    dropped = []
    for f in figures:
        if f.key not in ("disclosure.via_website", "disclosure.total") or "、" not in f.sentence:
            continue
        folded = fold_traditional(f.sentence)
        for m in regex.finditer(r"(?<![\d.])" + regex.escape(f.raw) + r"(?=(?:条|篇)、)", folded):
            tail = _KINDS_AFTER.match(folded, m.end())
            if tail is not None and not ANY_OUTLET.search(tail["items"]):
                dropped.append(f)
                warnings.append(f"narrative: {f.key} {f.value} opens a list of kinds' counts in “{f.sentence[:40]}”: "
                                "one kind's count, not read")
                break
    return [f for f in figures if not any(f is d for d in dropped)] if dropped else figures
