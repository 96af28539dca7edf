#!/usr/bin/env python3
"""A hostile-input campaign: does any input crash, hang or balloon a parse?

    python benchmarks/attack.py [--inputs N] [--seed S] [--timeout SEC] [--workers W] [--out DIR]

Each input (crawler-damaged fixtures, cut and spliced files of every format, and constructed
attacks: huge lines, deep or wide markup, spans, long figures and numerals, repeated clauses,
mixed and wrong encodings, random bytes) is parsed in a fresh interpreter of its own, so a hang
is killed at --timeout and its peak RSS is measured alone. Outcomes: `report`, `typed` (a
ReportParseError subclass: the promised failure), `crash` (any other exception), `hang`, `memory`
(peak RSS over --max-mb). `results.jsonl` in --out holds one line per input (class, seed,
outcome, seconds, peak MB); a crash, hang or memory outcome keeps its input file there too.
Exit status 1 when any input crashed, hung or ballooned.
"""
import argparse
import json
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from same_output import mutate  # noqa: E402  (one copy of the crawler damages)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
WORK = r'''
import json, resource, sys, traceback
sys.path.insert(0, sys.argv[1])
import reportparse
from reportparse.errors import ReportParseError
data = open(sys.argv[2], "rb").read()
try:
    report = reportparse.parse(data)
    report.to_dict()
    got = {"outcome": "report", "values": len(report.indicators), "warnings": len(report.warnings)}
except ReportParseError as exc:
    got = {"outcome": "typed", "error": type(exc).__name__}
except Exception as exc:
    got = {"outcome": "crash", "error": f"{type(exc).__name__}: {exc}"[:300],
           "where": traceback.format_exc().splitlines()[-3][:300]}
got["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KB on Linux
print(json.dumps(got))
'''
TABLE_ROW = "| (一)予以公开 | 11 | 12 | 13 | 14 | 15 | 16 | 17 |\n"


def _fixture(rng: random.Random, suffixes: tuple[str, ...]) -> bytes:
    files = [p for p in sorted(FIXTURES.rglob("*")) if p.suffix.lower() in suffixes]
    return rng.choice(files).read_bytes() if files else b""


def constructed(kind: str, rng: random.Random) -> bytes:
    """One constructed attack of `kind` (sizes drawn from `rng`)."""
    n = rng.choice((10 ** 3, 10 ** 4, 10 ** 5, 5 * 10 ** 5))
    head = "某县人民政府2021年政府信息公开工作年度报告\n"
    if kind == "long_line":
        return (head + "本年新收政府信息公开申请" + "1" * n + "件").encode()
    if kind == "no_newlines":
        return (head.strip() + "其中予以公开12件，" * (n // 10)).encode()
    if kind == "repeat_clause":
        return (head + "，".join(f"其中予以公开{rng.randrange(1, 99)}件" for _ in range(n // 20))).encode()
    if kind == "many_rows":
        return (head + "三、收到和处理政府信息公开申请情况\n" + TABLE_ROW * (n // 50)).encode()
    if kind == "numerals":
        return (head + "主动公开政府信息" + "一二三四五六七八九十百千万亿" * (n // 14) + "条").encode()
    if kind == "deep_html":
        depth = min(n, 10 ** 5)
        return ("<html><body>" + "<div>" * depth + head + "</div>" * depth + "</body></html>").encode()
    if kind == "wide_html":
        cells = "".join(f"<td>{i % 97}</td>" for i in range(min(n, 2 * 10 ** 5)))
        return f"<html><body><p>{head}</p><table><tr>{cells}</tr></table></body></html>".encode()
    if kind == "spans_html":
        big = rng.choice((1000, 65534, 10 ** 9))
        rows = "".join(f'<tr><td rowspan="{big}" colspan="{big}">{i}</td></tr>' for i in range(50))
        return f"<html><body><p>{head}</p><table>{rows}</table></body></html>".encode()
    if kind == "wrong_encoding":
        text = _fixture(rng, (".txt",)).decode("utf-8", "replace")
        return ('<html><head><meta charset="utf-8"></head><body><pre>' + text + "</pre></body></html>").encode(
            "gb18030", "replace")
    if kind == "utf16":
        return _fixture(rng, (".txt",)).decode("utf-8", "replace").encode(rng.choice(("utf-16-le", "utf-16")))
    if kind == "nul_bytes":
        data = bytearray(_fixture(rng, (".txt", ".html")))
        for _ in range(rng.randint(1, 50)):
            if data:
                data[rng.randrange(len(data))] = 0
        return bytes(data)
    if kind == "random_bytes":
        return rng.randbytes(rng.choice((0, 1, 10, 1000, 10 ** 5)))
    if kind == "cut_file":         # a download cut short, or spliced with another file
        data = _fixture(rng, (".pdf", ".docx", ".doc", ".ofd", ".html", ".txt"))
        cut = data[:rng.randrange(len(data) + 1)]
        return cut + (_fixture(rng, (".pdf", ".txt")) if rng.random() < 0.3 else b"")
    if kind == "flipped_bytes":
        data = bytearray(_fixture(rng, (".pdf", ".docx", ".doc", ".ofd")))
        for _ in range(rng.randint(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    raise ValueError(kind)


KINDS = ("long_line", "no_newlines", "repeat_clause", "many_rows", "numerals", "deep_html", "wide_html",
         "spans_html", "wrong_encoding", "utf16", "nul_bytes", "random_bytes", "cut_file", "flipped_bytes")


def make_input(i: int, seed: int) -> tuple[str, bytes]:
    """Input `i` of campaign `seed`: a third crawler-damaged text fixtures, the rest constructed attacks."""
    rng = random.Random(seed * 1_000_003 + i)
    if i % 3 == 0:
        return "damaged_fixture", mutate(_fixture(rng, (".txt",)).decode("utf-8", "replace"), rng).encode()
    kind = KINDS[rng.randrange(len(KINDS))]
    return kind, constructed(kind, rng)


def run_one(path: Path, timeout: float, max_mb: float) -> dict:
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", WORK, str(ROOT / "src"), str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"outcome": "hang", "seconds": round(time.monotonic() - started, 2)}
    seconds = round(time.monotonic() - started, 2)
    lines = out.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode or not lines:      # killed, or died in C code: no line of its own
        tail = err.decode("utf-8", "replace").strip().splitlines()
        return {"outcome": "crash", "seconds": seconds, "error": tail[-1] if tail else f"exit {proc.returncode}"}
    got = json.loads(lines[-1])
    got["seconds"] = seconds
    if got["peak_mb"] > max_mb:
        got["outcome"] = "memory"
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--max-mb", type=float, default=1024)
    ap.add_argument("--out", type=Path, default=Path("attack-out"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    def one(i: int) -> dict:
        kind, data = make_input(i, args.seed)
        path = args.out / f"input_{args.seed}_{i:05d}_{kind}"
        path.write_bytes(data)
        got = run_one(path, args.timeout, args.max_mb)
        if got["outcome"] in ("report", "typed"):
            path.unlink()
        return {"i": i, "seed": args.seed, "cls": kind, "bytes": len(data), **got}

    counts: dict[str, int] = {}
    with ThreadPoolExecutor(args.workers) as pool, open(args.out / "results.jsonl", "w") as log:
        for got in pool.map(one, range(args.inputs)):
            log.write(json.dumps(got, ensure_ascii=False) + "\n")
            counts[got["outcome"]] = counts.get(got["outcome"], 0) + 1
            if got["outcome"] not in ("report", "typed"):
                print(json.dumps(got, ensure_ascii=False))
    peaks = [json.loads(line).get("peak_mb") or 0 for line in open(args.out / "results.jsonl")]
    print(f"{args.inputs} inputs, seed {args.seed}: {counts}; peak RSS {max(peaks, default=0):.1f} MB")
    return 1 if any(k in counts for k in ("crash", "hang", "memory")) else 0


if __name__ == "__main__":
    sys.exit(main())
