"""find_issuer looks the issuer's full name up with str.find: the same name the pattern built from
the name found (the leftmost of 人民政府 / 管委会 / 管理委员会 after it)."""
import random

import regex

from reportparse import issuer as metadata      # the issuer module (split out of metadata)


def _by_pattern(name: str, text: str):
    m = regex.search(regex.escape(name) + "(?:人民政府|管委会|管理委员会)", text)
    return m.group() if m else name


def test_the_full_name_is_the_one_the_pattern_found():
    rng = random.Random(5)
    pieces = ["青石", "县", "区", "人民政府", "管委会", "管理委员会", "管理", "人民", "政府", "(", ".", "*", " ", "\n", "。"]
    for _ in range(4000):
        name = "".join(rng.choice(pieces[:3] + pieces[9:]) for _ in range(rng.randint(1, 3)))
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        title = name + "2020年政府信息公开工作年度报告"
        got = metadata.find_issuer(title, text, 2020).name
        cleaned = metadata._ISSUER_TAIL.sub("", metadata._ANY_YEAR.split(metadata._LEADING_YEAR.sub("", title.strip()))[0]).strip(" :：")
        cleaned = metadata._ISSUER_LABEL.split(cleaned)[-1].strip()
        cleaned = "" if metadata._NOT_ISSUER.search(cleaned) else cleaned      # a sentence names no issuer
        if metadata._KIND_ALONE.match(cleaned):     # a kind alone (县, 区人民政府) names none: tests/test_hunt48c.py
            continue
        want = _by_pattern(cleaned, text) if cleaned and not metadata._ISSUER_END.search(cleaned) else cleaned
        assert got == (want or None), (name, text)
