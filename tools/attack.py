"""A campaign of mutated inputs against reportparse.parse, each in its own child process with a time limit.

    python tools/attack.py OUTDIR [--inputs 10000] [--workers 2] [--timeout 30] [--seed 13]

Seeds are the invented fixtures (tests/fixtures, samples/): text, HTML and PDF. Every input is a
seed changed by one mutation class (below); a forked child parses it and checks the contract:

- the outcome is a Report or a ReportParseError (anything else is a *crash*);
- it finishes within --timeout seconds of CPU time (else a *hang*: the child is stopped; its
  Python stack, dumped by faulthandler at the limit, names where it was — `sites` in the summary);
- the Report serialises as strict JSON (no Infinity/NaN), every value is finite, counts are not
  negative (the signed 本年增/减 keys excepted) and within bounds.py's limits, and no value's raw
  text holds a digit other than ASCII 0-9 (a *violation* otherwise).

OUTDIR gets results.jsonl (one line per input), summary.json (inputs per class, outcomes, crashes,
hangs, violations, peak memory) and failures/ (each crashing, hanging or violating input, to
reproduce). The exit status is 1 when there was any crash, hang or violation.
"""
from __future__ import annotations

import argparse
import collections
import faulthandler
import json
import os
import re
import select
import signal
import sys
import time
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attack_mutations import make_input, seeds  # noqa: E402

# --------------------------------------------------------------------------- the child side

def check(data: bytes) -> dict:
    """Parse and check the contract (runs in the child)."""
    import reportparse
    from reportparse.bounds import implausible, is_ascii_number
    from reportparse.records import record_line
    from reportparse.schema import is_signed
    out: dict = {}
    try:
        report = reportparse.parse(data)
    except reportparse.ReportParseError as e:
        return {"outcome": type(e).__name__}
    except BaseException as e:  # noqa: BLE001 — the finding
        import traceback
        return {"outcome": "crash", "error": f"{type(e).__name__}: {str(e)[:300]}",
                "where": traceback.format_exc()[-1500:]}
    out["outcome"] = "parse"
    out["values"] = sum(1 for i in report.indicators if i.value is not None)
    problems = []
    try:
        json.dumps(report.to_dict(), allow_nan=False)
        record_line(report)
    except ValueError as e:
        problems.append(f"not strict JSON: {e}")
    for ind in report.indicators:
        why = implausible(ind.key, ind.value, ind.unit, is_signed(ind.key))
        if why:
            problems.append(f"{ind.value_id}={ind.value!r:.60}: {why}")
        if not is_ascii_number(ind.raw or ""):      # checked apart: implausible() is what is under test
            problems.append(f"{ind.value_id}: read from non-ASCII digits {ind.raw[:40]!r}")
    if problems:
        out["outcome"] = "violation"
        out["problems"] = problems[:10]
    return out


def _child(data: bytes, write_fd: int, timeout: float, stack_fd: int) -> None:
    # The limit is CPU time, so that a loaded machine does not turn slow parses into "hangs": at
    # `timeout` CPU seconds SIGXCPU dumps the stack (where it was), two seconds later the kernel kills.
    import resource
    resource.setrlimit(resource.RLIMIT_CPU, (int(timeout), int(timeout) + 2))
    faulthandler.register(signal.SIGXCPU, file=stack_fd, all_threads=False, chain=False)
    try:
        result = check(data)
    except BaseException as e:  # noqa: BLE001
        result = {"outcome": "crash", "error": f"{type(e).__name__}: {e}"[:300]}
    payload = json.dumps(result, ensure_ascii=False).encode("utf-8")[:60_000]
    os.write(write_fd, payload)
    os._exit(0)


def fork_into(child: Callable[[int], None]) -> tuple[int, int]:
    """(pid, the read end of its pipe) of a forked child that runs child(write end) and exits."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            child(w)
        finally:
            os._exit(1)
    os.close(w)
    return pid, r


_FRAME = re.compile(r'File "[^"]*?/reportparse/([^"]+)", line (\d+),? in (\w+)')


def _site(trace: str, innermost_first: bool) -> Optional[str]:
    """module:line function of the innermost reportparse frame of a traceback or faulthandler dump."""
    frames = _FRAME.findall(trace)
    if not frames:
        return None
    path, line, func = frames[0] if innermost_first else frames[-1]
    return f"{path}:{line} {func}"


# ------------------------------------------------------------------------------ the campaign

def run(out: Path, inputs: int, workers: int, timeout: float, base_seed: int, giant_every: int,
        log: Optional[Callable[[str], None]] = print) -> dict:
    import reportparse
    out.mkdir(parents=True, exist_ok=True)
    (out / "failures").mkdir(exist_ok=True)
    pool = seeds()
    # warm up here, once: every forked child inherits the imported layouts (pdfium, pdfplumber,
    # lxml) and the loaded vocabulary instead of loading them again per input
    for kind in pool.values():
        for _, data in kind:
            try:
                check(data)
            except Exception:  # noqa: BLE001 — a seed that fails is the children's to report
                pass
    del reportparse
    results = open(out / "results.jsonl", "w", encoding="utf-8")
    running: dict[int, dict] = {}
    by_class: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    peak_kb, bad = 0, []
    started = time.monotonic()
    nxt = logged = 0
    backstop = 6 * timeout + 60     # wall clock: the CPU limit normally ends a runaway child first

    def launch(i: int) -> None:
        cls, name, kind, data = make_input(i, base_seed, pool, giant_every)
        stack = out / "failures" / f".stack-{i}"
        stack_fd = os.open(stack, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        pid, r = fork_into(lambda w: _child(data, w, timeout, stack_fd))
        os.close(stack_fd)
        running[pid] = dict(i=i, cls=cls, seed=name, kind=kind, data=data, fd=r, start=time.monotonic(),
                            buf=b"", stack=stack)

    def finish(pid: int, status: int, rusage, hung: bool) -> None:
        nonlocal peak_kb
        job = running.pop(pid)
        try:
            while True:
                chunk = os.read(job["fd"], 65536)
                if not chunk:
                    break
                job["buf"] += chunk
        finally:
            os.close(job["fd"])
        peak_kb = max(peak_kb, rusage.ru_maxrss)
        seconds = time.monotonic() - job["start"]
        stack = job["stack"].read_text(errors="replace")
        try:
            res = json.loads(job["buf"]) if not hung else None
        except ValueError:
            res = None
        if res is None:
            if hung or stack:           # over the CPU limit (or the wall-clock backstop)
                res = {"outcome": "hang", "where": stack[:2500], "site": _site(stack, innermost_first=True)}
            else:
                res = {"outcome": "crash", "error": f"child died (status {status}) without a result"}
        elif res["outcome"] == "crash":
            res["site"] = _site(res.get("where", ""), innermost_first=False)
        rec = dict(i=job["i"], cls=job["cls"], seed=job["seed"], kind=job["kind"], bytes=len(job["data"]),
                   seconds=round(seconds, 3), cpu_s=round(rusage.ru_utime + rusage.ru_stime, 3),
                   peak_mb=round(rusage.ru_maxrss / 1024, 1), **res)
        results.write(json.dumps(rec, ensure_ascii=False) + "\n")
        by_class[job["cls"]][res["outcome"]] += 1
        if res["outcome"] in ("crash", "hang", "violation"):
            name = f"{job['i']:06d}-{job['cls']}-{res['outcome']}.{ {'pdf': 'pdf', 'html': 'html'}.get(job['kind'], 'txt') }"
            (out / "failures" / name).write_bytes(job["data"])
            bad.append(rec)
            if log:
                log(f"{res['outcome']}: input {job['i']} ({job['cls']}, {job['seed']}): "
                    f"{res.get('error') or res.get('problems') or res.get('where', '')[:600]}")
        job["stack"].unlink(missing_ok=True)

    try:
        while nxt < inputs or running:
            while nxt < inputs and len(running) < workers:
                launch(nxt)
                nxt += 1
            # children finish by closing their pipe; poll with a short wait
            fds = [j["fd"] for j in running.values()]
            select.select(fds, [], [], 0.05)
            for pid, job in list(running.items()):
                got = os.wait4(pid, os.WNOHANG)
                if got[0] == pid:
                    finish(pid, got[1], got[2], False)
                elif time.monotonic() - job["start"] > backstop:
                    os.kill(pid, signal.SIGKILL)
                    _, status, rusage = os.wait4(pid, 0)
                    finish(pid, status, rusage, True)
            done = sum(sum(c.values()) for c in by_class.values())
            if log and done >= logged + 500:
                logged = done - done % 500
                log(f"{done}/{inputs} in {time.monotonic() - started:.0f} s")
    finally:
        for pid in list(running):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        results.close()
    totals = collections.Counter()
    for c in by_class.values():
        totals.update(c)
    summary = {
        "inputs": inputs, "workers": workers, "timeout_s": timeout, "seed": base_seed,
        "seconds": round(time.monotonic() - started, 1), "peak_mb": round(peak_kb / 1024, 1),
        "outcomes": dict(sorted(totals.items())),
        "crashes": totals["crash"], "hangs": totals["hang"], "violations": totals["violation"],
        "by_class": {k: dict(sorted(v.items())) for k, v in sorted(by_class.items())},
        "sites": dict(collections.Counter(f"{r['outcome']} at {r.get('site')}" for r in bad
                                          if r["outcome"] != "violation").most_common()),
        "failures": [{k: r[k] for k in ("i", "cls", "seed", "outcome", "site") if k in r} for r in bad],
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def markdown(out: Path) -> str:
    """The per-class table of a campaign, from OUTDIR/results.jsonl (so also of one cut short)."""
    by_class: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    peak: dict[str, float] = collections.defaultdict(float)
    slow: dict[str, float] = collections.defaultdict(float)
    with open(out / "results.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            by_class[r["cls"]][r["outcome"]] += 1
            peak[r["cls"]] = max(peak[r["cls"]], r["peak_mb"])
            if r["outcome"] != "hang":    # CPU seconds where recorded (wall clock depends on the load)
                slow[r["cls"]] = max(slow[r["cls"]], r.get("cpu_s", r["seconds"]))
    rows = ["| Class | Inputs | Parsed | Typed error | Crash | Hang | Violation | Slowest (s) | Peak MB |",
            "|---|---|---|---|---|---|---|---|---|"]

    def row(name: str, c: collections.Counter, seconds: float, mb: float) -> str:
        typed = sum(v for k, v in c.items() if k not in ("parse", "crash", "hang", "violation"))
        return (f"| {name} | {sum(c.values()):,} | {c['parse']:,} | {typed:,} | {c['crash']} | "
                f"{c['hang']} | {c['violation']} | {seconds:.1f} | {mb:.0f} |")
    total: collections.Counter = collections.Counter()
    for cls in sorted(by_class):
        rows.append(row(f"`{cls}`", by_class[cls], slow[cls], peak[cls]))
        total.update(by_class[cls])
    rows.append(row("**all**", total, max(slow.values(), default=0), max(peak.values(), default=0)))
    return "\n".join(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--markdown", action="store_true", help="print the table of OUTDIR/summary.json and stop")
    ap.add_argument("--inputs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0, help="CPU seconds per input (default 30)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--giant-every", type=int, default=500,
                    help="every Nth input is a 10^5–10^6-digit run (default 500; 0: none)")
    args = ap.parse_args(argv)
    if args.markdown:
        print(markdown(args.out))
        return 0
    summary = run(args.out, args.inputs, args.workers, args.timeout, args.seed, args.giant_every,
                  log=lambda s: print(s, flush=True))
    print(json.dumps({k: summary[k] for k in ("inputs", "seconds", "peak_mb", "outcomes", "crashes", "hangs",
                                                "violations", "sites")}, ensure_ascii=False))
    return 1 if summary["crashes"] or summary["hangs"] or summary["violations"] else 0


if __name__ == "__main__":
    sys.exit(main())
