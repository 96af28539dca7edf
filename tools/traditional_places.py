#!/usr/bin/env python3
"""Print the traditional → simplified pairs that the characters of place names need and
``reportparse.normalize`` does not fold yet (run it after tools/build_regions.py); with ``--vocabulary``, those of
every other character the library's code and data spell (the words its patterns look for: 公众号 printed 公眾號 on
a mirror site), where the simplified character is never a traditional one itself (出 of 齣 stays; 繫 of 聯繫, whose
系 is its own traditional form too, is kept by hand in normalize's _TRADITIONAL_BY_HAND).

Source (build time only): OpenCC's character tables ``STCharacters.txt`` / ``TSCharacters.txt``
(Apache-2.0), as shipped by PyPI ``opencc-purepy`` (``opencc_purepy/dicts``) or any OpenCC install.
A pair is kept only where the traditional form is outside GB 2312 (simplified text never uses it:
乾, 甯 are left alone) and TSCharacters folds it back to the same character.

Usage:  python tools/traditional_places.py DICTS_DIR [--vocabulary]     (prints two strings to append)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from reportparse import normalize  # noqa: E402


def _table(path: Path) -> dict[str, list[str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, values = line.split("\t")[:2]
            out[key] = values.split()
    return out


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _place_chars() -> set[str]:
    data = ROOT / "src" / "reportparse" / "data"
    names = set()
    for name in ("regions.tsv", "region_aliases.tsv"):
        lines = [ln for ln in (data / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        head = lines[0].split("\t")
        for ln in lines[1:]:
            rec = dict(zip(head, ln.split("\t")))
            names.update(v for k, v in rec.items() if k in ("name", "short_name") and v)
            if name == "region_aliases.tsv":
                names.add(ln.split("\t")[0])
    return {c for n in names for c in n}


def _vocabulary_chars() -> set[str]:
    src = ROOT / "src" / "reportparse"
    paths = list(src.rglob("*.py")) + [p for p in (src / "data").glob("*.tsv")
                                       if p.name not in ("regions.tsv", "region_aliases.tsv")]
    return {c for p in paths for c in p.read_text(encoding="utf-8") if "\u4e00" <= c <= "\u9fff"}


def main(dicts: Path, vocabulary: bool = False) -> None:
    st, ts = _table(dicts / "STCharacters.txt"), _table(dicts / "TSCharacters.txt")
    have = set(normalize._TRADITIONAL)
    chars = sorted(_vocabulary_chars() if vocabulary else _place_chars())
    pairs = {t: s for s in chars if not (vocabulary and s in st.get(s, [s])) for t in st.get(s, [])
             if t != s and t not in have and not _in_gb2312(t) and ts.get(t, [None])[0] == s}
    print("".join(pairs))
    print("".join(pairs.values()))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--vocabulary" in sys.argv[2:])
