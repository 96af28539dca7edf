"""Classes a held-out set of real pages (heldout37) showed, in invented texts: a title-less copy that opens at
一、总体情况, cites the statute and heads its proactive and request parts as status sections out of the template's
places; a title run straight into the preamble with no break; a sentence giving two websites' counts (whose site is
this body's own is not said: neither is read)."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

_STATUTE = "《中华人民共和国政府信息公开条例》"


def _overview(first: str, second: str, cite: str = _STATUTE) -> str:
    return ("一、总体情况\n"
            f"2022年,我局认真贯彻落实{cite},扎实推进政府信息公开工作。\n"
            "(一)领导组织、工作机制落实情况\n局成立了政务公开工作领导小组,由局长任组长。\n"
            f"(二){first}\n2022年,我局主动公开政府信息共计63条。\n"
            f"(三){second}\n2022年度,我局收到政府信息公开申请7件,均已按时答复。\n"
            "(四)统计宣传活动开展情况\n开展宣传活动4次。\n")


def _read(report) -> dict:
    return {(i.key, i.applicant): i.value for i in report.indicators if not i.derived}


@pytest.mark.parametrize("first, second", [
    ("主动公开情况", "依申请公开情况"),
    ("政府信息主动公开情况", "政府信息依申请公开情况"),
    ("主动公开工作开展情况", "依申请公开工作情况"),
])
def test_status_sections_out_of_the_templates_places(first, second):
    report = reportparse.parse_text(_overview(first, second))
    assert report.year == 2022
    # (every request received said answered: the answered count too, test_heldout_classes_60p)
    assert _read(report) == {("disclosure.total", None): 63, ("requests.new", "total"): 7, ("requests.answered", "total"): 7}


@pytest.mark.parametrize("first, second, cite", [
    ("主动公开情况", "依申请公开情况", "市委、市政府的部署"),        # no statute cited
    ("主动公开情况", "政务公开培训情况", _STATUTE),                  # one part only
    ("加强主动公开", "做好依申请公开", _STATUTE),                    # what it will do, no status
])
def test_no_report_without_the_statute_and_both_status_sections(first, second, cite):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_overview(first, second, cite))


@pytest.mark.parametrize("opening", ["根据《中华人民共和国政府信息公开条例》(以下简称《条例》)",
                                     "依据《中华人民共和国政府信息公开条例》",
                                     "本报告根据《中华人民共和国政府信息公开条例》"])
def test_a_title_run_into_the_preamble(opening):
    text = (f"青枫街道2023年政府信息公开工作年度报告{opening}编制。本报告由总体情况、主动公开政府信息情况等部分组成。\n"
            "一、总体情况\n2023年,青枫街道主动公开政府信息58条。\n"
            "二、收到和处理政府信息公开申请情况\n2023年,青枫街道收到政府信息公开申请4件。\n")
    report = reportparse.parse_text(text)
    assert report.title == "青枫街道2023年政府信息公开工作年度报告"
    assert report.year == 2023
    assert _read(report) == {("disclosure.total", None): 58, ("requests.new", "total"): 4}


_SITES = ("2016年,我县主动公开政府信息9357条。其中,通过市政府网站公开信息2314条,通过县政府门户网站发布政府信息{own}条,"
          "通过新闻媒体公开信息1270条。\n")


def test_two_websites_counts_in_one_sentence_are_neither_read():
    report = reportparse.parse_text("某某县人民政府2016年政府信息公开工作年度报告\n" + _SITES.format(own=6043))
    got = _read(report)
    assert got[("disclosure.total", None)] == 9357
    assert ("disclosure.via_website", None) not in got
    assert any("disclosure.via_website is given 2 counts" in w for w in report.warnings)


def test_the_own_portals_count_said_again_alone_is_read():
    text = ("某某县人民政府2016年政府信息公开工作年度报告\n" + _SITES.format(own=6043)
            + "其中通过县政府门户网站发布政府信息6043条,内容包括政策文件等。\n")
    got = _read(reportparse.parse_text(text))
    assert got[("disclosure.via_website", None)] == 6043


def test_one_websites_count_is_read_as_before():
    text = ("某某县人民政府2016年政府信息公开工作年度报告\n"
            "2016年,我县主动公开政府信息9357条。其中,通过政府网站公开信息6043条,通过新闻媒体公开信息1270条。\n")
    got = _read(reportparse.parse_text(text))
    assert got[("disclosure.via_website", None)] == 6043


_PREAMBLE = ("本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
             "如对本报告有任何疑问,请与{contact}联系(地址:某某路18号;电话:0511-86420137)。\n"
             "一、总体情况\n(一)主动公开情况\n2023年,{subject}主动公开政府信息共计84条。\n"
             "(二)依申请公开情况\n本年度{subject}收到依申请公开申请6件,办结公开申请6件。\n")


@pytest.mark.parametrize("contact, issuer, subject", [
    ("镇江市京口区正东路街道综合办公室", "镇江市京口区正东路街道", "街道"),
    ("镇江市京口区正东路街道党政办公室", "镇江市京口区正东路街道", "街道办事处"),
    ("镇江市丹徒区辛丰镇党政办", "镇江市丹徒区辛丰镇", "镇"),
    ("京口区卫健委办公室", "京口区卫健委", "区卫健委"),
    ("京口区人社局办公室", "京口区人社局", "区人社局"),
])
def test_the_contact_office_names_a_title_less_reports_issuer(contact, issuer, subject):
    report = reportparse.parse_text(_PREAMBLE.format(contact=contact, subject=subject))
    assert report.issuer.name == issuer
    assert _read(report) == {("disclosure.total", None): 84, ("requests.new", "total"): 6,
                             ("requests.answered", "total"): 6}


@pytest.mark.parametrize("contact", ["京口区人民政府办公室", "中共京口区委办公室"])
def test_a_governments_or_party_office_names_no_issuer(contact):
    report = reportparse.parse_text(_PREAMBLE.format(contact=contact, subject="区卫健委"))
    assert report.issuer.name is None


def test_a_title_naming_only_itself_stands_for_the_contacts_body():
    text = ("根据《中华人民共和国政府信息公开条例》要求,编制我局2023年度政府信息公开年度报告。如对本报告有任何疑问,"
            "请与京口区人社局办公室联系(电话:0511-86420137)。\n"
            "一、总体情况\n(一)主动公开情况\n主动公开政府信息的数量:2023年,区人社局主动公开政府信息合计91条。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.name == "京口区人社局"
    assert _read(report) == {("disclosure.total", None): 91}


def test_another_streets_office_in_full_is_still_a_part():
    text = ("镇江市京口区正东路街道2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"
            "本年度谏壁街道办事处收到依申请公开申请6件。\n")
    assert ("requests.new", "total") not in _read(reportparse.parse_text(text))


def test_the_streets_office_in_full_bare_is_the_street_itself():
    text = ("镇江市京口区正东路街道2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"
            "本年度街道办事处收到依申请公开申请6件。\n")
    assert _read(reportparse.parse_text(text))[("requests.new", "total")] == 6


@pytest.mark.parametrize("sentence, key, value", [
    ("2019年,行政许可决定173起,其他对外服务事项共计812起。", "disclosure.licensing.decisions", 173),
    ("全年作出行政处罚决定46件。", "disclosure.penalty.decisions", 46),
    ("本年度行政强制决定共9件。", "disclosure.coercion.decisions", 9),
])
def test_table_two_decisions_counted_after_their_name(sentence, key, value):
    text = f"某某县青枫乡人民政府2019年政府信息公开工作年度报告\n(三)主动公开政府信息情况。{sentence}\n"
    assert _read(reportparse.parse_text(text))[(key, None)] == value


@pytest.mark.parametrize("sentence", ["2019年,撤销行政许可决定3件。", "全年变更行政许可决定5起。", "行政许可决定书173份。"])
def test_a_decision_undone_or_its_papers_are_not_the_count(sentence):
    text = f"某某县青枫乡人民政府2019年政府信息公开工作年度报告\n(三)主动公开政府信息情况。{sentence}\n"
    assert ("disclosure.licensing.decisions", None) not in _read(reportparse.parse_text(text))
