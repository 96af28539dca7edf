"""tar archives of reports (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz), read in place like ZIP archives:
walked by a batch in stored order, a member parsed by its path through the archive, hostile
archives a typed failure each (test_zip_archives.py holds the same for ZIP)."""
from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest

import reportparse
from reportparse import tar_members
from reportparse.batch import Failure, iter_inputs, parse_many, run_batch
from reportparse.errors import DocumentTooLargeError, UnreadableFileError, UnsupportedFormatError
from test_zip_archives import MEMBERS as ZIP_MEMBERS, expected_values, read_values

# the ZIP tests' fixtures, stored in another order than their names': a batch walks a tar as stored
MEMBERS = {name: ZIP_MEMBERS[name] for name in sorted(ZIP_MEMBERS, key=lambda n: n[::-1])}
assert list(MEMBERS) != sorted(MEMBERS)


def write_tar(path: Path, members: dict, mode: str = "w:gz", encoding: str = "utf-8", extra=()) -> Path:
    """members: name → bytes, stored in that order; extra: TarInfo entries (folders, links) stored first."""
    with tarfile.open(path, mode, encoding=encoding, format=tarfile.GNU_FORMAT) as tar:
        for info in extra:
            tar.addfile(info)
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _entry(name: str, kind: bytes, target: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, target
    return info


@pytest.fixture()
def archive(tmp_path) -> Path:
    members = {f"./{name}": src.read_bytes() for name, src in MEMBERS.items()}    # `tar czf x.tgz .` writes ./
    members["./2021/._t2021_gbk.html"] = b"\x00\x05\x16\x07 AppleDouble"
    members["./.DS_Store"] = b"\x00\x00\x00\x01Bud1"
    return write_tar(tmp_path / "县区报告.tar.gz", members, extra=[_entry("./2021", tarfile.DIRTYPE)])


def test_a_tar_archive_is_walked_like_a_folder_in_stored_order(archive):
    assert list(iter_inputs(archive)) == [f"{archive}/{name}" for name in MEMBERS]


def test_every_member_is_read_with_its_figures(archive):
    results = {r.source.path: r for r in parse_many([archive], workers=0)}
    assert set(results) == {f"{archive}/{name}" for name in MEMBERS}
    for name, fixture in MEMBERS.items():
        report = results[f"{archive}/{name}"]
        assert isinstance(report, reportparse.Report), report
        assert read_values(report, fixture) == expected_values(fixture), name
        assert report.source.sha256 == hashlib.sha256(fixture.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix, mode", [(".tar", "w"), (".tgz", "w:gz"), (".tar.bz2", "w:bz2"), (".tar.xz", "w:xz")])
def test_every_compression_reads_the_same(tmp_path, suffix, mode):
    fixture = MEMBERS["legacy/fujian_appendix.txt"]
    path = write_tar(tmp_path / f"reports{suffix}", {"a/附表.txt": fixture.read_bytes(), "b.txt": b"x"}, mode)
    assert list(iter_inputs(path)) == [f"{path}/a/附表.txt", f"{path}/b.txt"]
    report = reportparse.parse(f"{path}/a/附表.txt")
    assert read_values(report, fixture) == expected_values(fixture)


def test_parse_reads_a_member_by_its_path(archive):
    name = "2019/天河区/t2019_runtogether.txt"
    report = reportparse.parse(f"{archive}/{name}")
    assert report.value("requests.new") == expected_values(MEMBERS[name])["requests.new|applicant=total"]
    assert report.source.path == f"{archive}/{name}"
    with pytest.raises(UnreadableFileError, match="no such file in the tar archive"):
        reportparse.parse(f"{archive}/2019/no_such_report.txt")
    with pytest.raises(UnreadableFileError, match="no such file in the tar archive"):
        reportparse.parse(f"{archive}/2021")                      # a folder of the archive


def test_names_written_in_gbk_are_read_back(tmp_path):
    fixture = MEMBERS["legacy/fujian_appendix.txt"]
    path = write_tar(tmp_path / "gbk.tar", {"福建/附表报告.txt": fixture.read_bytes()}, "w", encoding="gbk")
    assert list(iter_inputs(path)) == [f"{path}/福建/附表报告.txt"]
    assert read_values(reportparse.parse(f"{path}/福建/附表报告.txt"), fixture) == expected_values(fixture)


def test_unsafe_repeated_and_linked_names_are_said_and_the_rest_read(tmp_path):
    text = MEMBERS["legacy/fujian_appendix.txt"].read_bytes()
    path = tmp_path / "odd.tar"
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in [("a/report.txt", text), ("../outside.txt", text), ("/etc/report.txt", text),
                           ("b/twice.txt", b"first copy"), ("b/twice.txt", text)]:       # tar extracts the last copy
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        tar.addfile(_entry("c/link.txt", tarfile.SYMTYPE, "/etc/passwd"))
        tar.addfile(_entry("c/fifo", tarfile.FIFOTYPE))
    results = list(parse_many([path], workers=0))
    failures = [r for r in results if isinstance(r, Failure)]
    reports = {r.source.path: r for r in results if not isinstance(r, Failure)}
    assert set(reports) == {f"{path}/a/report.txt", f"{path}/b/twice.txt"}
    assert reports[f"{path}/b/twice.txt"].value("disclosure.total") == \
        expected_values(MEMBERS["legacy/fujian_appendix.txt"])["disclosure.total"]
    [failure] = failures
    assert failure.path == str(path) and failure.error_type == "UnreadableFileError"
    assert "../outside.txt" in failure.message and "/etc/report.txt" in failure.message
    assert "b/twice.txt" in failure.message and "last copy" in failure.message
    assert "2 entries that are links, devices or FIFOs" in failure.message and "c/link.txt" in failure.message


def test_a_member_over_the_limit_and_a_tar_bomb_are_typed_failures(tmp_path, monkeypatch):
    text = MEMBERS["legacy/fujian_appendix.txt"].read_bytes()
    path = write_tar(tmp_path / "big.tgz", {"ok.txt": text, "zeros.txt": b"0" * 200_000})
    got = {(r.path if isinstance(r, Failure) else r.source.path): (r.error_type if isinstance(r, Failure) else "report")
           for r in parse_many([path], workers=0, settings=reportparse.ParseSettings(max_bytes=100_000))}
    assert got == {f"{path}/ok.txt": "report", f"{path}/zeros.txt": "DocumentTooLargeError"}
    # listing a compressed tar inflates its members: past the bound, the archive is one failure, not inflated further
    monkeypatch.setattr(tar_members, "MAX_LISTED_BYTES", 150_000)
    bomb = write_tar(tmp_path / "bomb.tgz", {"a.txt": b"0" * 100_000, "b.txt": b"0" * 100_000, "c.txt": b"x"})
    [failure] = list(iter_inputs(bomb))
    assert failure.error_type == "DocumentTooLargeError" and "unpack it" in failure.message
    # an uncompressed tar is listed by seeking: no such bound
    plain = write_tar(tmp_path / "plain.tar", {"a.txt": b"0" * 100_000, "b.txt": b"0" * 100_000}, "w")
    assert len(list(iter_inputs(plain))) == 2
    monkeypatch.setattr(tar_members, "MAX_MEMBERS", 1)
    [failure] = list(iter_inputs(write_tar(tmp_path / "two.tar", {"a.txt": b"1", "b.txt": b"2"}, "w")))
    assert failure.error_type == "DocumentTooLargeError" and "more than 1 entries" in failure.message


def test_a_damaged_archive_is_one_failure_and_a_cut_one_says_what_is_lost(tmp_path):
    text = MEMBERS["legacy/fujian_appendix.txt"].read_bytes()
    good = write_tar(tmp_path / "good.tar.gz", {"r1.txt": text, "r2.txt": text})
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(good.read_bytes()[:30])
    [failure] = list(iter_inputs(cut))
    assert isinstance(failure, Failure) and failure.error_type == "UnsupportedFormatError" and failure.path == str(cut)
    plain = write_tar(tmp_path / "plain.tar", {"r1.txt": text, "r2.txt": text, "r3.txt": text}, "w")
    block = -(-len(text) // 512) * 512           # a member: a 512-byte header, its data padded to 512
    for k, (cut, listed) in enumerate([(512 + block + 100, 1), (2 * 512 + block + 100, 2), (2 * 512 + 2 * block + 30, 2)]):
        short = tmp_path / f"short{k}.tar"          # cut in r2's header, in r2's data, in r3's header
        short.write_bytes(plain.read_bytes()[:cut])
        items = list(iter_inputs(short))
        assert items[:listed] == [f"{short}/r{i}.txt" for i in range(1, listed + 1)]
        [said] = items[listed:]
        assert isinstance(said, Failure) and f"after {listed} file" in said.message, said
    got = {getattr(r, "path", None) or r.source.path: type(r).__name__ for r in parse_many([tmp_path / "short1.tar"], workers=0)}
    assert got[f"{tmp_path / 'short1.tar'}/r1.txt"] == "Report" and got[f"{tmp_path / 'short1.tar'}/r2.txt"] == "Failure"


def test_pool_and_in_process_give_the_same_records(archive, tmp_path):
    seq, pool = tmp_path / "seq.jsonl", tmp_path / "pool.jsonl"
    run_batch([archive], seq, workers=1)
    run_batch([archive], pool, workers=2)

    def records(p):
        return sorted(json.loads(line)["source"]["path"] + line.split('"source"')[0] for line in p.open())
    assert records(seq) == records(pool)
    assert len(records(seq)) == len(MEMBERS)


def test_a_rerun_skips_what_is_done(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    first = run_batch([archive], out, workers=0)
    assert (first.parsed, first.skipped) == (len(MEMBERS), 0)
    again = run_batch([archive], out, workers=0)
    assert (again.parsed, again.skipped) == (0, len(MEMBERS))


def test_a_tar_inside_a_folder_is_walked_and_a_lone_tar_parse_says_how(tmp_path, archive):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "a.txt").write_bytes(MEMBERS["legacy/fujian_appendix.txt"].read_bytes())
    archive.rename(folder / "b.tgz")
    assert list(iter_inputs(folder)) == [str(folder / "a.txt")] + [f"{folder / 'b.tgz'}/{n}" for n in MEMBERS]
    with pytest.raises(UnsupportedFormatError, match="reportparse batch"):
        reportparse.parse(folder / "b.tgz")
    plain = write_tar(tmp_path / "plain.tar", {"a.txt": b"x"}, "w")
    with pytest.raises(UnsupportedFormatError, match="a tar archive: read its reports with reportparse batch"):
        reportparse.parse(plain)
    with pytest.raises(DocumentTooLargeError):
        reportparse.parse(f"{folder / 'b.tgz'}/2021/pdf/borderless_2021.pdf", max_bytes=1000)
