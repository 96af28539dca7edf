"""Brute-force readings of run-together digits (a crawler dropped every cell separator): how many ways a
digit string splits into n numbers (no leading zeros, a lone 0 allowed) that satisfy a row's identity."""
from __future__ import annotations


def splits(digits: str, n: int, ok=lambda cells: True) -> list[list[int]]:
    """Every reading of `digits` as n numbers that `ok` accepts."""
    out = []

    def walk(rest: str, cells: list[int]) -> None:
        if len(cells) == n - 1:
            if rest and (rest == "0" or rest[0] != "0"):
                full = cells + [int(rest)]
                if ok(full):
                    out.append(full)
            return
        for cut in range(1, len(rest) - (n - len(cells) - 1) + 1):
            head = rest[:cut]
            if head != "0" and head[0] == "0":
                break
            walk(rest[cut:], cells + [int(head)])
    walk(digits, [])
    return out


def row_total(cells: list[int]) -> bool:
    return cells[-1] == sum(cells[:-1])


def t4_groups(cells: list[int]) -> bool:
    return all(cells[i + 4] == sum(cells[i:i + 4]) for i in (0, 5, 10))


def run(cells) -> str:
    return "".join(str(c) for c in cells)


def grouped_splits(digits: str, groups: int, size: int = 5) -> list[list[int]]:
    """Readings of `groups` consecutive rows of `size` cells, each row's last cell the sum of the others
    (table 四: R4 per group), found row by row."""
    if groups == 0:
        return [[]] if not digits else []
    out = []
    for cut in range(size, len(digits) - (groups - 1) * size + 1):
        for head in splits(digits[:cut], size, row_total):
            out += [head + tail for tail in grouped_splits(digits[cut:], groups - 1, size)]
    return out
