"""The .docx container (layout/docx.py reads what is in it): a ZIP package read within bounds.

- entries are counted before zipfile lists them (`MAX_ENTRIES`: a count in the central directory's
  headers, an upper bound whatever the end record claims);
- every part is inflated only up to what is left of `ParseSettings.max_bytes` for the whole file,
  whatever size its header states (a zip bomb, or a header that lies, stops there);
- XML is parsed with no network, no DTD loaded, no entity expanded and libxml2's own depth limit
  (huge_tree off), its elements counted first (`MAX_XML_ELEMENTS`);
- a ZIP that is no Word document (nor OFD: layout/ofd.py) is named (a workbook, an archive of N files) in the
  UnsupportedFormatError; a damaged one is an UnsupportedFormatError too, never a crash.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from typing import Optional

from lxml import etree

from ..errors import DocumentTooLargeError, UnsupportedFormatError
from ..normalize import normalize_text
from ..settings import ParseSettings

MAX_ENTRIES = 10_000             # a report's .docx holds 10–200 parts (more with many pictures)
MAX_XML_ELEMENTS = 2_000_000     # a 100-page report's document.xml holds ~300,000
_CENTRAL_HEADER = b"PK\x01\x02"  # one per entry in the central directory (an upper bound of the count)
_W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                 "http://purl.oclc.org/ooxml/wordprocessingml/main")      # transitional, strict
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_WORD_TITLE = re.compile(r"^(?:microsoft\s+word\s*-\s*)", re.I)
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# other packages a ZIP container holds, by a part only they have
_PACKAGES = (("xl/workbook.xml", "an Excel workbook (.xlsx)"), ("ppt/presentation.xml", "a PowerPoint file (.pptx)"),
             ("content.xml", "an OpenDocument file (.odt/.ods; save it as .docx)"),
             ("FixedDocSeq.fdseq", "an XPS document"), ("META-INF/container.xml", "an EPUB book"))


def word_namespace(root) -> Optional[str]:
    """The WordprocessingML namespace ("{…}") of a w:document root (transitional or strict), else None."""
    tag = root.tag if isinstance(root.tag, str) else ""
    ns = tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
    return "{" + ns + "}" if ns in _W_NAMESPACES and tag.endswith("}document") else None


def title_hint(package: "Package", text: str, warnings: list[str]) -> Optional[str]:
    """docProps/core.xml's title, when every year it names is printed in the document."""
    try:
        core = package.xml("docProps/core.xml") if "docProps/core.xml" in package.names else None
    except (UnsupportedFormatError, DocumentTooLargeError):
        return None
    el = core.find(_DC_TITLE) if core is not None else None
    return printed_title(el.text if el is not None else None, text, warnings, "the Word file's title property")


def printed_title(title: Optional[str], text: str, warnings: list[str], what: str) -> Optional[str]:
    """A container's title property (Word's core.xml, OFD's DocInfo), when every year it names is
    printed in the document: a file made from another year's keeps that year's title."""
    title = _WORD_TITLE.sub("", normalize_text(title or "")).strip()
    title = re.sub(r"\.(?:docx?|wps|pdf|rtf|ofd)$", "", title, flags=re.I).strip()
    if not title:
        return None
    missing = [y for y in _YEAR.findall(title) if y not in text]
    if missing:
        warnings.append(f"{what} ({title!r}) names {', '.join(missing)}, which the document "
                        "does not print (a file made from another year's?): not used")
        return None
    return title


class Package:
    """The ZIP container: entries counted first, parts inflated within what is left of max_bytes."""

    def __init__(self, data: bytes, settings: ParseSettings, path: Optional[str]):
        self.path = path
        if data.count(_CENTRAL_HEADER) > MAX_ENTRIES:
            raise DocumentTooLargeError(f"the ZIP container holds more than {MAX_ENTRIES:,} entries; a Word report "
                                        "holds a few dozen: not read", path)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = {i.filename: i for i in self.zip.infolist()}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as e:
            raise UnsupportedFormatError(f"the file starts as a ZIP container (.docx/.xlsx/.zip) but is damaged "
                                         f"({_reason(e)}): download it again", path) from None
        self.budget = settings.max_bytes
        self.rels: dict[str, list[tuple[str, str, str]]] = {}

    def read(self, name: str) -> bytes:
        info = self.names[name]
        if info.file_size > self.budget:
            raise self._too_large(name)
        try:
            with self.zip.open(info) as f:
                data = f.read(self.budget + 1)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError,
                RuntimeError) as e:           # zlib.error: a damaged deflate stream
            raise UnsupportedFormatError(f"the ZIP container's part {name} cannot be read ({_reason(e)}): the file "
                                         "is damaged or encrypted", self.path) from None
        if len(data) > self.budget:
            raise self._too_large(name)
        self.budget -= len(data)
        return data

    def _too_large(self, name: str) -> DocumentTooLargeError:
        return DocumentTooLargeError(f"the ZIP container's part {name} inflates past the limit of what is left of "
                                     "ParseSettings.max_bytes (a zip bomb?); raise --max-bytes to read it", self.path)

    def xml(self, name: str):
        data = self.read(name)
        if data.count(b"<") > MAX_XML_ELEMENTS:
            raise DocumentTooLargeError(f"the part {name} holds more than {MAX_XML_ELEMENTS:,} XML elements: "
                                        "not read", self.path)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                                 remove_comments=True, remove_pis=True)
        try:
            return etree.fromstring(data, parser)
        except (etree.XMLSyntaxError, ValueError) as e:
            if "depth" in str(e).lower():
                raise DocumentTooLargeError(f"the part {name} nests its XML deeper than libxml2 follows "
                                            "(256 levels): not read", self.path) from None
            if "entity" in str(e).lower():
                raise UnsupportedFormatError(f"the part {name} declares XML entities that expand past libxml2's "
                                             f"bound (an entity-expansion bomb; Word never writes entities): not "
                                             f"read ({_reason(e)})", self.path) from None
            raise UnsupportedFormatError(f"the part {name} of the ZIP container is not well-formed XML "
                                         f"({_reason(e)}): the file is damaged", self.path) from None

    def main_part(self) -> str:
        """The package's main document (by _rels/.rels), or UnsupportedFormatError saying what the ZIP is."""
        main = None
        if "_rels/.rels" in self.names:
            try:
                for rel in self.xml("_rels/.rels").iter(_REL):
                    if rel.get("Type", "").endswith("/officeDocument"):
                        main = rel.get("Target", "").lstrip("/")
                        break
            except UnsupportedFormatError:
                pass
        if main not in self.names:
            main = "word/document.xml" if "word/document.xml" in self.names else None
        if main is None or not main.startswith("word/"):
            raise UnsupportedFormatError(f"the file is {self._what()}, not a Word (.docx), text, HTML or PDF report",
                                         self.path)
        return main

    def _what(self) -> str:
        for part, what in _PACKAGES:
            if part in self.names:
                return what
        shown = sorted(self.names)[:3]
        listed = ", ".join(shown) + (" …" if len(self.names) > 3 else "")
        return (f"a ZIP archive of {len(self.names)} file{'s' if len(self.names) != 1 else ''} ({listed}); "
                "read its reports with reportparse batch (parse_many), or one as archive.zip/name" if self.names else "an empty ZIP archive")

    def relationships(self, source: str) -> list[tuple[str, str, str]]:
        """(id, type, part) of every internal relationship of `source` whose part the package holds."""
        cached = self.rels.get(source)
        if cached is not None:
            return cached
        folder, name = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        out = []
        if rels in self.names:
            try:
                for rel in self.xml(rels).iter(_REL):
                    target = rel.get("Target", "")
                    if rel.get("TargetMode") == "External" or not target:
                        continue
                    part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                        posixpath.join(folder, target))
                    if part in self.names:
                        out.append((rel.get("Id", ""), rel.get("Type", ""), part))
            except UnsupportedFormatError:
                pass
        self.rels[source] = out
        return out

    def related(self, source: str, kind: str) -> Optional[str]:
        """The part a relationship of `source` names by its type's last word ("numbering.xml" → the
        numbering part), else the part of that name beside `source`."""
        want = "/" + kind.split(".")[0]
        for _id, kind_uri, part in self.relationships(source):
            if kind_uri.endswith(want):
                return part
        part = posixpath.join(posixpath.dirname(source), kind)
        return part if part in self.names else None

    def target(self, source: str, rel_id: str) -> Optional[str]:
        return next((part for i, _kind, part in self.relationships(source) if i == rel_id), None)


def _reason(e: Exception) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text[:120]}" if text else type(e).__name__
