"""The channel counts read from the narrative checked against each other after reading (api.parse_document): a sentence
giving one channel key two counts, and a channel's count larger than the proactive total read elsewhere, are no
channel's share (narrative_channels judges each count where it is read; this module, the figures read together)."""
from __future__ import annotations

from ..patterns import LazyPattern


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
