"""PDFs read the same on every machine: no system font is needed, none changes the result.

A non-embedded font (STSong-Light in every fixture) is placed by PDFium with whatever font the
machine has; pages using one are read from the PDF's own metrics instead (layout/pdf_chars.py).
The proof runs the fixtures in a child process whose PDFium sees no system font at all
(tests/hidden_fonts.py), so it exercises the fontless path on any machine, CJK fonts or not.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import reportparse
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_chars import MinerPages
from reportparse.settings import DEFAULT_SETTINGS

from conftest import BORN_DIGITAL_PDFS as BORN_DIGITAL

TESTS = Path(__file__).resolve().parent
PDF = TESTS / "fixtures" / "pdf"


def expected(name: str) -> dict:
    return json.loads((PDF / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hidden():
    paths = [str(PDF / f"{n}.pdf") for n in BORN_DIGITAL + ["encrypted_password"]]
    out = subprocess.run([sys.executable, str(TESTS / "hidden_fonts.py"), *paths], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout)
    return {Path(k).stem if k != "_calls" else k: v for k, v in result.items()}


def test_fonts_are_really_hidden(hidden):
    # PDFium asked the empty font info for the non-embedded fonts and got nothing back …
    assert hidden["_calls"]["EnumFonts"] >= 1 and hidden["_calls"]["MapFont"] >= 1
    # … so its own text page loses characters of STSong-Light that the PDF's metrics keep
    miner = MinerPages((PDF / "report_2021.pdf").read_bytes())
    from_metrics = [miner.chars(i)[1] for i in range(len(miner))]
    assert sum(hidden["report_2021"]["pdfium_chars"]) < sum(from_metrics)


@pytest.mark.parametrize("name", BORN_DIGITAL)
def test_same_values_without_system_fonts(hidden, name):
    got = hidden[name]
    assert "error" not in got, got.get("error")
    want = expected(name)["values"]
    wrong = [f"{k}: want {v}, got {got['values'].get(k, '-')}" for k, v in want.items() if got["values"].get(k) != v]
    assert not wrong, "\n".join(wrong)
    # and the very same document text as with this machine's fonts
    assert got["text"] == load_pdf((PDF / f"{name}.pdf").read_bytes(), DEFAULT_SETTINGS).text


def test_encrypted_without_system_fonts(hidden):
    assert hidden["encrypted_password"]["error"] == "EncryptedPDFError"


def test_table_four_header_whole():
    # the bug as a user saw it: 结果维/结果纠/其他结/尚未审 and the 15 review and litigation values lost
    d = load_pdf((PDF / "encrypted_empty_password.pdf").read_bytes(), DEFAULT_SETTINGS)
    assert "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |" in d.text
    got = {i.value_id: i.value for i in reportparse.parse(PDF / "encrypted_empty_password.pdf").indicators}
    want = expected("encrypted_empty_password")["values"]
    for key in ("review.upheld", "review.total", "litigation.direct.total", "litigation.after_review.pending"):
        assert got[key] == want[key]
