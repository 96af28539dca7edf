"""ZIP archives of reports, read in place: walked by a batch like a folder, a member parsed by its
path through the archive (archive.zip/folder/name), hostile archives a typed failure each."""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

import reportparse
from conftest import FIXTURES, load_expected
from reportparse import zip_members
from reportparse.batch import Failure, iter_inputs, parse_many, run_batch
from reportparse.errors import DocumentTooLargeError, UnreadableFileError, UnsupportedFormatError

# fixtures of three formats, each with its expected values beside it
MEMBERS = {
    "2019/天河区/t2019_runtogether.txt": FIXTURES / "national" / "t2019_runtogether.txt",
    "2021/t2021_gbk.html": FIXTURES / "national" / "t2021_gbk.html",
    "2021/pdf/borderless_2021.pdf": FIXTURES / "pdf" / "borderless_2021.pdf",
    "legacy/fujian_appendix.txt": FIXTURES / "legacy" / "fujian_appendix.txt",
}


def expected_values(fixture: Path) -> dict:
    return load_expected(fixture.with_suffix(".expected.json"))["values"]


def read_values(report, fixture: Path) -> dict:
    """The report's figures for the ids the fixture's expected file lists."""
    got = report.values()
    return {vid: got.get(vid, "missing") for vid in expected_values(fixture)}


def write_zip(path: Path, members: dict, *, gbk_names: bool = False) -> Path:
    """members: name → bytes. gbk_names: names stored in GBK without the UTF-8 flag, as Chinese
    Windows archivers write them (zipfile itself always writes UTF-8, so the bytes are patched)."""
    buf = io.BytesIO()
    placeholders = {}
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, (name, data) in enumerate(members.items()):
            stored = name
            if gbk_names and not name.isascii():
                raw = name.encode("gbk")
                stored = f"{k:0{len(raw)}d}"[-len(raw):]    # an ASCII name as long as the GBK bytes
                placeholders[stored.encode()] = raw
            zf.writestr(stored, data)
    blob = buf.getvalue()
    for ascii_name, raw in placeholders.items():
        blob = blob.replace(ascii_name, raw)
    path.write_bytes(blob)
    return path


@pytest.fixture()
def archive(tmp_path) -> Path:
    members = {name: src.read_bytes() for name, src in MEMBERS.items()}
    members["__MACOSX/2021/._t2021_gbk.html"] = b"\x00\x05\x16\x07 resource fork"
    members["2021/.DS_Store"] = b"\x00\x00\x00\x01Bud1"
    return write_zip(tmp_path / "县区报告.zip", members)


def test_a_zip_archive_is_walked_like_a_folder(archive):
    listed = list(iter_inputs(archive))
    assert listed == [f"{archive}/{name}" for name in sorted(MEMBERS)]


def test_every_member_is_read_with_its_figures(archive):
    results = {r.source.path: r for r in parse_many([archive], workers=0)}
    assert set(results) == {f"{archive}/{name}" for name in MEMBERS}
    for name, fixture in MEMBERS.items():
        report = results[f"{archive}/{name}"]
        assert isinstance(report, reportparse.Report), report
        assert read_values(report, fixture) == expected_values(fixture), name
        assert report.source.sha256 == hashlib.sha256(fixture.read_bytes()).hexdigest()


def test_parse_reads_a_member_by_its_path(archive):
    report = reportparse.parse(f"{archive}/2019/天河区/t2019_runtogether.txt")
    want = expected_values(MEMBERS["2019/天河区/t2019_runtogether.txt"])
    assert report.value("requests.new") == want["requests.new|applicant=total"]
    assert report.source.path == f"{archive}/2019/天河区/t2019_runtogether.txt"
    with pytest.raises(UnreadableFileError, match="no such file in the ZIP archive"):
        reportparse.parse(f"{archive}/2019/no_such_report.txt")
    with pytest.raises(UnreadableFileError, match="no such file in the ZIP archive"):
        reportparse.parse(f"{archive}/2019")                      # a folder of the archive


def test_pool_and_in_process_give_the_same_records(archive, tmp_path):
    seq, pool = tmp_path / "seq.jsonl", tmp_path / "pool.jsonl"
    run_batch([archive], seq, workers=1)
    run_batch([archive], pool, workers=2)

    def records(p):
        return sorted(json.loads(line)["source"]["path"] + line.split('"source"')[0] for line in p.open())
    assert records(seq) == records(pool)
    assert len(records(seq)) == len(MEMBERS)


def test_names_written_in_gbk_are_read_back(tmp_path):
    text = MEMBERS["legacy/fujian_appendix.txt"].read_bytes()
    archive = write_zip(tmp_path / "gbk.zip", {"福建/附表报告.txt": text}, gbk_names=True)
    info = zipfile.ZipFile(archive).infolist()[0]
    assert not info.flag_bits & 0x800 and info.filename != "福建/附表报告.txt"    # zipfile shows cp437
    assert list(iter_inputs(archive)) == [f"{archive}/福建/附表报告.txt"]
    report = reportparse.parse(f"{archive}/福建/附表报告.txt")
    assert read_values(report, MEMBERS["legacy/fujian_appendix.txt"]) == expected_values(MEMBERS["legacy/fujian_appendix.txt"])


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_unsafe_and_repeated_names_are_said_and_the_rest_read(tmp_path):
    text = MEMBERS["legacy/fujian_appendix.txt"].read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a/report.txt", text)
        zf.writestr("../outside.txt", text)
        zf.writestr("/etc/report.txt", text)
        zf.writestr("b/twice.txt", b"first copy")
        zf.writestr("b/twice.txt", text)          # zipfile warns of the duplicate; unzip takes the last
    archive = tmp_path / "odd.zip"
    archive.write_bytes(buf.getvalue())
    results = list(parse_many([archive], workers=0))
    failures = [r for r in results if isinstance(r, Failure)]
    reports = {r.source.path: r for r in results if not isinstance(r, Failure)}
    assert set(reports) == {f"{archive}/a/report.txt", f"{archive}/b/twice.txt"}
    assert reports[f"{archive}/b/twice.txt"].value("disclosure.total") == \
        expected_values(MEMBERS["legacy/fujian_appendix.txt"])["disclosure.total"]
    [failure] = failures
    assert failure.path == str(archive) and failure.error_type == "UnreadableFileError"
    assert "../outside.txt" in failure.message and "/etc/report.txt" in failure.message
    assert "b/twice.txt" in failure.message and "last copy" in failure.message


def test_hostile_members_are_typed_failures(tmp_path):
    text = MEMBERS["legacy/fujian_appendix.txt"].read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ok.txt", text)
        zf.writestr("zeros.txt", b"0" * 200_000)            # inflates far past the limit below
        zf.writestr("locked.txt", text)
    blob = bytearray(buf.getvalue())
    cd = blob.rfind(b"PK\x01\x02")                       # the last member's central header: encrypted
    blob[cd + 8] |= 0x1                                 # (bit 0 of its flags; zipfile writes none)
    archive = tmp_path / "hostile.zip"
    archive.write_bytes(bytes(blob))
    got = {(r.path if isinstance(r, Failure) else r.source.path):
           (r.error_type if isinstance(r, Failure) else "report")
           for r in parse_many([archive], workers=0, settings=reportparse.ParseSettings(max_bytes=100_000))}
    assert got == {f"{archive}/ok.txt": "report", f"{archive}/zeros.txt": "DocumentTooLargeError",
                   f"{archive}/locked.txt": "UnreadableFileError"}


def test_a_member_whose_declared_size_lies_is_not_inflated_past_the_limit(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"1" * 500_000)
    blob = bytearray(buf.getvalue())
    # the central directory's uncompressed size (offset 24 of its header) says 10 bytes
    cd = blob.rfind(b"PK\x01\x02")
    blob[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    archive = tmp_path / "bomb.zip"
    archive.write_bytes(bytes(blob))
    with pytest.raises((UnsupportedFormatError, DocumentTooLargeError)):
        reportparse.parse(f"{archive}/bomb.txt", max_bytes=100_000)


def test_a_damaged_or_huge_archive_is_one_failure(tmp_path, monkeypatch):
    good = write_zip(tmp_path / "good.zip", {f"r{k}.txt": b"x" for k in range(5)})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:40])
    [failure] = list(iter_inputs(cut))
    assert isinstance(failure, Failure) and failure.error_type == "UnsupportedFormatError"
    assert failure.path == str(cut)
    monkeypatch.setattr(zip_members, "MAX_MEMBERS", 3)
    [failure] = list(iter_inputs(good))
    assert failure.error_type == "DocumentTooLargeError" and "5 entries" in failure.message


def test_a_rerun_skips_what_is_done_and_reads_what_changed(archive, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    first = run_batch([archive], out, workers=0)
    assert (first.parsed, first.skipped) == (len(MEMBERS), 0)
    again = run_batch([archive], out, workers=0)
    assert (again.parsed, again.skipped) == (0, len(MEMBERS))
    # one member rewritten, one removed: the changed one is read again, the removed one is gone
    members = {name: src.read_bytes() for name, src in MEMBERS.items()}
    members["legacy/fujian_appendix.txt"] = members["legacy/fujian_appendix.txt"].replace(b"\n", b"\r\n")
    del members["2021/t2021_gbk.html"]
    write_zip(archive, members)
    third = run_batch([archive], out, workers=0)
    assert (third.parsed, third.skipped, third.gone) == (1, len(MEMBERS) - 2, 1)
    paths = [json.loads(line)["source"]["path"] for line in out.open()]
    assert sorted(paths) == sorted(f"{archive}/{name}" for name in members)


def test_a_zip_inside_a_folder_is_walked_and_a_lone_zip_parse_says_how(tmp_path, archive):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "a.txt").write_bytes(MEMBERS["legacy/fujian_appendix.txt"].read_bytes())
    archive.rename(folder / "b.zip")
    listed = list(iter_inputs(folder))
    assert listed == [str(folder / "a.txt")] + [f"{folder / 'b.zip'}/{n}" for n in sorted(MEMBERS)]
    with pytest.raises(UnsupportedFormatError, match="reportparse batch"):
        reportparse.parse(folder / "b.zip")


def test_a_pdf_member_is_drawn_with_its_boxes(archive):
    pytest.importorskip("PIL", reason="page images need Pillow (the plot extra)")
    report = reportparse.parse(f"{archive}/2021/pdf/borderless_2021.pdf")
    page = next(v.source.page for v in report.indicators if v.source.page)
    drawn = report.show(page)
    direct = reportparse.parse(MEMBERS["2021/pdf/borderless_2021.pdf"]).show(page)
    assert drawn.size == direct.size and drawn.tobytes() == direct.tobytes()
