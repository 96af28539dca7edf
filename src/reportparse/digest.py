"""sha256 of a stream read up to a limit (batch_model hashes files, zip_members and tar_members an archive's members)."""
from __future__ import annotations

import hashlib
from typing import Callable, Optional

_CHUNK = 1 << 20


def sha256_within(read: Callable[[int], bytes], max_bytes: int) -> Optional[str]:
    """The hex sha256 of what `read(n)` gives until it gives b"", or None when that runs past `max_bytes`
    (a file that grew past the limit while read, a member that inflates past it)."""
    h, left = hashlib.sha256(), max_bytes + 1
    while left > 0:
        chunk = read(min(_CHUNK, left))
        if not chunk:
            break
        h.update(chunk)
        left -= len(chunk)
    return h.hexdigest() if left > 0 else None
