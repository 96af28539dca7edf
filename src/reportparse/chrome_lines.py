"""A page's chrome lines — a CMS or crawler header field, a breadcrumb, a site's toolbar — told by one pattern the title
search tries on each of a page's first lines (metadata.find_title): never a title nor an issuer. The field names,
breadcrumb and toolbar forms are patterns.py's and published.py's; this module only joins them (gated for speed)."""
from __future__ import annotations

import regex

from .patterns import (CAPTURE_WORDS, FIELD_SEPARATOR, OTHER_HEADER_FIELDS, PUBLISH_FIELDS, LazyPattern, breadcrumb_line,
                       field_names, field_openings, toolbar_line)
from .published import CAPTURE_FIELD

# crawler and CMS header fields: never a title (栏目: 政府信息公开年报 names the section, not the document)
HEADER_FIELD = ("^(?:" + field_names(OTHER_HEADER_FIELDS + PUBLISH_FIELDS) + "|" + CAPTURE_FIELD
                + ")" + FIELD_SEPARATOR)
# … or a CMS header flattened with spaces alone between its cells: two fields on the line ("成文日期 2024-01-16 发布机构
# X镇"), or one whose value names no year ("组配分类 政府信息公开年报": the section's name, no report's)
_SPACED_FIELD = field_names(OTHER_HEADER_FIELDS + PUBLISH_FIELDS) + r"[ \t\u3000]+"
HEADER_FIELD_SPACED = rf"^{_SPACED_FIELD}(?:\S[^\n]*?[ \t\u3000]{_SPACED_FIELD}\S|(?![^\n]*(?:19|20)\d{{2}})\S)"
# a header field's line, a breadcrumb, labelled (当前位置：…) or told by its arrows, or a toolbar: never a title
# ("当前位置：政府信息公开年度报告"); one pattern, tried on each of the first lines


def chrome_pattern(gated: bool = True) -> str:
    """The chrome line's pattern; gated, the header fields tried only at a first character of their names (a line of
    words, most of those tested, fails at its first character in each form). The same matches either way
    (tests/test_speed59.py)."""
    fields = "(?:" + HEADER_FIELD + ")|(?:" + HEADER_FIELD_SPACED + ")"
    if gated:
        fields = "^" + field_openings(OTHER_HEADER_FIELDS + PUBLISH_FIELDS + CAPTURE_WORDS) + "(?:" + fields + ")"
    return fields + "|" + breadcrumb_line(gated) + "|" + toolbar_line(gated)


CHROME = LazyPattern(chrome_pattern(), regex.I)
