"""The batch's progress bar, on tqdm (a well-kept library rather than a hand-written bar)."""
from __future__ import annotations

import sys
from typing import Optional


class Progress:
    """The batch's progress bar (tqdm): documents, rate, failures, ETA; drawn only on a terminal
    unless asked."""

    def __init__(self, total: int, stream=None, enabled: Optional[bool] = None):
        from tqdm import tqdm
        stream = stream or sys.stderr
        if enabled is None:
            enabled = bool(getattr(stream, "isatty", lambda: False)())
        self.failed = 0
        import shutil
        self.bar = tqdm(total=total, file=stream, disable=not enabled, unit=" doc", mininterval=0.1, leave=False,
                        ncols=min(100, shutil.get_terminal_size((80, 20)).columns),   # a new pty says 0x0,
                        nrows=max(2, shutil.get_terminal_size((80, 20)).lines),       # which tqdm takes as "hide"
                        postfix="failed 0",
                        bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} {rate_fmt}  {postfix}  ETA {remaining}")

    def update(self, failed: bool) -> None:
        if failed:
            self.failed += 1
            self.bar.set_postfix_str(f"failed {self.failed}", refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if not self.bar.disable:
            self.bar.refresh()          # the final count, even when the last updates came within mininterval
        self.bar.close()
