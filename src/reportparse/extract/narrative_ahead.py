"""The sentence rows' plans and compiled programs, computed ahead of a process's first parse (issue 12).

A process's first parse proved the cuts and gates of narrative.tsv's ≈ 380 rows (narrative_cut: ≈ 0.75 s of CPU)
and compiled the ≈ 280 rows it scanned (the regex module's compiler is Python: ≈ 0.9 s), about three quarters of
the import and first parse a CLI user and every batch worker pays. Both are pure functions of the rows' patterns:
tools/make_narrative_ahead.py computes them once into data/narrative_plans.json and data/narrative_code.json.gz.
Neither is ever used where it could differ from computing it:
- the plans carry a fingerprint of all they are computed from (the rows' patterns and flags, the source of the
  modules proving them, the numerals) and the Python and regex versions they were proved with; any difference, or
  a missing or unreadable file, and they are computed, as before;
- a program (what the regex module's compiler hands its C part: the pattern's code, groups and required string, as
  it made it, caught) is looked up by its pattern's source and flags, only for the regex module, its C part and the
  Python version that made it and the default regex version; any other pattern, or another version, is compiled.
tests/test_speed68.py fails when the files are stale (narrative.tsv edited without running the tool) and checks
each against a fresh computation.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

import regex
from regex import _regex

from ..patterns import CN_DIGITS, LazyPattern
from . import narrative_cut as cut
from . import regex_tree

PLANS_FILE = "narrative_plans.json"
CODE_FILE = "narrative_code.json.gz"
Rows = tuple[tuple[str, int], ...]


def _versions() -> dict:
    """What the stored plans and programs were made with, and must be read with."""
    return {"python": "%d.%d" % sys.version_info[:2], "regex": regex.__version__, "magic": _regex.MAGIC,
            "code_size": _regex.CODE_SIZE, "default_version": int(regex.DEFAULT_VERSION)}


def fingerprint(rows: Rows) -> str:
    """A hash of what the plans are computed from: the rows' patterns and flags, the proving modules' source."""
    digest = hashlib.sha256(json.dumps([list(map(list, rows)), sorted(CN_DIGITS)], ensure_ascii=False).encode())
    for module in (cut, regex_tree, sys.modules[__name__]):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def compute_plans(rows: Rows) -> dict:
    """Every plan narrative_figures reads, proved from the rows' (source, flags) by narrative_cut."""
    count_unit, line_local = cut.plan(rows, at_unit=True)
    negation = tuple(cut.needs_one_of(cut.NEGATIONS, source, flags) for source, flags in rows)
    return {"count_unit": count_unit, "line_local": line_local, "negation": negation,
            "sentence": (cut.sentence_local(rows, count_unit, line_local), cut.sentence_local(rows, cut.NEGATION_PAIR, negation)),
            "gates": cut.gate_chars(rows), "words": cut.gate_words(rows),
            "scanners": tuple(cut.consumed_opening(source, flags) for source, flags in rows)}


def _data(name: str) -> bytes:
    return resources.files("reportparse").joinpath("data").joinpath(name).read_bytes()


def _tuples(value):
    return tuple(map(_tuples, value)) if isinstance(value, list) else value


def stored_plans(rows: Rows) -> Optional[dict]:
    """The plans of data/narrative_plans.json, where made from these rows by this code and these versions; else None."""
    try:
        stored = json.loads(_data(PLANS_FILE))
        if stored.get("versions") != _versions() or stored.get("fingerprint") != fingerprint(rows):
            return None
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    plans = {key: _tuples(value) for key, value in stored["plans"].items()}
    pair = plans["count_unit"]
    plans["count_unit"] = None if pair is None else compiled(pair)
    return plans


def plans(rows: Rows) -> dict:
    """The rows' plans: stored where fresh, else computed (the same: tests/test_speed68.py)."""
    return stored_plans(rows) or compute_plans(rows)


def plans_file(rows: Rows) -> str:
    """data/narrative_plans.json's text for these rows."""
    plans = compute_plans(rows)
    pair = plans["count_unit"]
    plans["count_unit"] = None if pair is None else _plain_pair(pair)
    return json.dumps({"fingerprint": fingerprint(rows), "versions": _versions(), "plans": plans},
                      ensure_ascii=False, indent=0) + "\n"


def _plain_pair(pair: regex.Pattern) -> str:
    if regex.compile(pair.pattern).flags != pair.flags:      # (plan() compiles it with no flag)
        raise ValueError("the count's pair has flags of its own")
    return pair.pattern


# -- programs: a pattern compiled once, ahead ----------------------------------------------------------------------

def program(source: str, flags: int = 0) -> Optional[list]:
    """What the regex module's compiler hands its C part for the pattern (caught as it compiles it, uncached), as
    JSON data; None where it uses named lists (not stored)."""
    caught = []
    real = _regex.compile

    def catch(*args):
        caught.append(args)
        return real(*args)
    _regex.compile = catch
    try:
        regex.compile(source, flags, cache_pattern=False)
    finally:
        _regex.compile = real
    (pattern, made_flags, code, group_index, index_group, named_lists, named_list_indexes, req_offset, req_chars,
     req_flags, group_count), = caught
    if named_lists or named_list_indexes or pattern != source:
        return None
    return json.loads(json.dumps([int(made_flags), code, group_index, sorted(index_group.items()), req_offset, req_chars,
                                  req_flags, group_count]))      # (as read back from the file)


def same_program(a: list, b: list) -> bool:
    """Are two programs of a pattern the same but for the order of a set's members? (The compiler lists the members
    of a set of alternatives, 为|是, the characters a match may start with, in the order of a Python set: another in
    each process; a set is tested for membership, whatever its order.)"""
    return a[0] == b[0] and len(a[1]) == len(b[1]) and sorted(a[1]) == sorted(b[1]) and a[2:] == b[2:]


def code_file(patterns, kept: Optional[dict] = None) -> bytes:
    """data/narrative_code.json.gz's bytes: the programs of `patterns` ((source, flags) pairs); a program `kept`
    ({(source, flags): program}, the file's before) where it is the same as the one made now (the file then changes
    only where a program does)."""
    kept = kept or {}
    programs = []
    for source, flags in sorted(set(patterns)):
        made = program(source, flags)
        if made is not None:
            before = kept.get((source, flags))
            programs.append([source, flags, before if before is not None and same_program(before, made) else made])
    text = json.dumps({"versions": _versions(), "programs": programs}, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


@lru_cache(maxsize=1)
def _programs() -> tuple[Optional[int], dict]:
    """(the default regex version the stored programs were made for, {(source, flags): program}), or (None, {}) where
    they were made by another regex module or Python."""
    try:
        stored = json.loads(gzip.decompress(_data(CODE_FILE)))
        if stored.get("versions") != _versions():
            return None, {}
        return stored["versions"]["default_version"], {(source, flags): made for source, flags, made in stored["programs"]}
    except (OSError, ValueError, TypeError, AttributeError, EOFError):
        return None, {}


_made: dict[tuple[str, int, int], regex.Pattern] = {}


def compiled(source: str, flags: int = 0) -> regex.Pattern:
    """regex.compile(source, flags), made from its stored program where there is one (≈ 100 times faster)."""
    key = (source, flags, int(regex.DEFAULT_VERSION))       # (a program is made for one default version)
    made = _made.get(key)
    if made is None:
        version, programs = _programs()
        stored = programs.get(key[:2]) if key[2] == version else None
        if stored is None:
            made = regex.compile(source, flags)
        else:
            made_flags, code, group_index, index_group, req_offset, req_chars, req_flags, group_count = stored
            made = _regex.compile(source, made_flags, code, group_index, dict(index_group), {}, [], req_offset,
                                  tuple(req_chars), req_flags, group_count)
        _made[key] = made
    return made


class StoredPattern(LazyPattern):
    """A sentence row's (or its context's) pattern, compiled at its first use (most rows are gated out of most texts,
    narrative_cut) and made from its program compiled ahead where one is stored."""
    _compile = staticmethod(compiled)
