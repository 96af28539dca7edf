"""Review outcomes listed after 其中 in the sentence after the review count (行政复议7件。其中结果维持3件；…；尚未审结1件),
duplicates (其中5件由于重复申请不予处理) and none issued (本年度未制发规章、行政规范性文件) (stop 30, hunt30a). Invented
sentences and numbers, each class seen on real pages."""
import pytest

from test_narrative_wordings_hunt28a import REQUESTS
from test_narrative_wordings_hunt29a import read
REVIEW = "四、行政复议、行政诉讼情况\n"


# ---- near misses, written first -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    # a lawsuit's outcomes listed after its count are never the review's
    (REVIEW + "2025年涉及政府信息公开行政复议0件。涉及政府信息公开行政诉讼2件。其中结果维持1件；尚未审结1件。", "review.upheld"),
    (REVIEW + "2025年涉及政府信息公开行政复议0件。涉及政府信息公开行政诉讼2件。其中结果维持1件；尚未审结1件。", "review.pending"),
    (REVIEW + "2025年涉及政府信息公开行政诉讼3件。其中其他结果3件。", "review.other"),
    # a repeated review, one of the two kinds issued, another year's
    (REQUESTS + "2025年共收到政府信息公开申请9件，其中4件由于重复申请行政复议不予受理。", "requests.not_processed.duplicate"),
    ("2025年，本年度未制发规章，制发行政规范性文件3件。", ("disclosure.normative_docs.issued", 0)),
    ("2025年，本年度未制发规章，制发行政规范性文件3件。", "disclosure.regulations.issued"),
    ("2025年，本年度未制发规章、行政规范性文件以外的文件。", "disclosure.normative_docs.issued"),
    ("2024年未制发规章、行政规范性文件。", "disclosure.normative_docs.issued"),
])
def test_near_misses_are_not_read(text, key):
    got = read(text)
    if isinstance(key, tuple):      # (key, value): the key may be read, not as that value
        assert got.get(key[0]) != key[1]
    else:
        assert key not in got


# ---- review outcomes, duplicates, none issued ---------------------------------------------------------------

def test_review_outcomes_listed_after_the_review_count():
    got = read(REVIEW + "2025年涉及政府信息公开行政复议7件。其中结果维持3件；结果纠正1件；其他结果2件；尚未审结1件；"
               "涉及政府信息公开行政诉讼0件。其中结果维持0件。")
    assert (got["review.total"], got["review.upheld"], got["review.corrected"], got["review.other"],
            got["review.pending"]) == (7, 3, 1, 2, 1)


def test_duplicates_and_nothing_issued():
    got = read(REQUESTS + "本年度共收到依申请公开19件，其中5件由于重复申请不予处理，其余均已按规定答复。"
               "本年度未制发规章、行政规范性文件。")
    assert (got["requests.new"], got["requests.not_processed.duplicate"], got["disclosure.regulations.issued"],
            got["disclosure.normative_docs.issued"]) == (19, 5, 0, 0)
