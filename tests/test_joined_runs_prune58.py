"""joined_runs.mixed_readings on a table 三 row both collapsed and run together whose total runs to five digits: the
search cuts a prefix where the digits left can no longer make the sum left as the cells left (the least and the most
they make, worked out once per offset), so the row's one reading is found within the step limit (before: over it, the
row unread). The prune drops no reading: on small rows it gives what a search without it gives. Invented figures;
tests named *guard* pass on the start tree."""
import itertools
import random

import pytest

from reportparse.extract.joined_runs import mixed_readings


@pytest.mark.parametrize("cells", [(3175, 2864, 1932, 2417, 2569, 1683), (2731, 1968, 3482, 2195, 1847, 2536)])
def test_a_long_run_together_row_is_read_within_the_limit(cells):
    raw = ["".join(map(str, cells)) + str(sum(cells))]
    assert mixed_readings(raw, 7, 200_000) == {(*cells, sum(cells))}


def _every_reading(raw, n):
    """Without any prune: each run cut into pieces (no piece opening with 0 but a lone 0), each piece 1+ equal cells,
    the last piece (the total) once or twice (the last part equal to it)."""
    def cuts(tok):
        for k in range(len(tok)):
            for at in itertools.combinations(range(1, len(tok)), k):
                pieces = [tok[a:b] for a, b in zip((0, *at), (*at, len(tok)))]
                if all(p == "0" or p[0] != "0" for p in pieces):
                    yield [int(p) for p in pieces]

    out = set()
    for choice in itertools.product(*(list(cuts(t)) for t in raw)):
        pieces = [p for c in choice for p in c]
        if len(pieces) > n:
            continue
        for reps in itertools.product(range(1, n + 1), repeat=len(pieces)):
            if sum(reps) == n and reps[-1] <= 2:
                cells = tuple(v for v, r in zip(pieces, reps) for _ in range(r))
                if sum(cells[:-1]) == cells[-1]:
                    out.add(cells)
    return out


def test_guard_the_prune_drops_no_reading():
    rnd = random.Random(58)
    for _ in range(60):
        cells = [rnd.choice((0, rnd.randint(1, 40))) for _ in range(4)]
        figures = [str(c) for c in cells + [sum(cells)]]
        kept = [figures[0]] + [b for a, b in zip(figures, figures[1:]) if a != b]      # runs of equal cells kept once
        at = sorted(rnd.sample(range(1, len(kept)), min(len(kept) - 1, rnd.randint(0, 2))))
        raw = ["".join(kept[a:b]) for a, b in zip((0, *at), (*at, len(kept)))]
        assert mixed_readings(raw, 5) == _every_reading(raw, 5), raw
