"""heldout55's metadata classes, with invented reports (names, places and figures made up): a bare date line under the
title; a title run into its opening sentence, kept with its file's suffix, or printed over two lines; the issuer of a
苏木, of an untitled report whose overview names it, and of a report a government's office only compiled; and two
warnings on proactive counts (a site's count read from another sentence; parts that exceed their total)."""
from __future__ import annotations

import reportparse

BODY = "本报告依据条例编制。\n一、概述\n2025年,本局认真贯彻条例。\n"


def parse(text: str):
    return reportparse.parse_text(text)


# ---------------------------------------------------------------- 1. a bare date line under the title

def published(under_title: str, above: str = "") -> str | None:
    return parse(above + "岚峰县某局2025年政府信息公开工作年度报告\n" + under_title + BODY).published


def test_a_bare_date_alone_under_the_title_is_the_publish_date():
    for under, want in (("\n2026-01-29\n【字体:\n", "2026-01-29"),            # dashed, a CMS's font control after it
                        ("2026/2/7\n", "2026-02-07"),                          # slashed
                        ("\n\n2026-03-04 10:36\n分享到:\n", "2026-03-04"),      # its time of day; blank lines between
                        ("[2026-01-15]\n", "2026-01-15")):                     # in brackets
        assert published(under) == want, under
    # … under a title the breadcrumb stands above
    assert published("\n2026-01-22\n", above="首页 > 政府信息公开 > 年报\n\n") == "2026-01-22"
    # … and a title that ends in 年报
    assert parse("岚峰县某局2025年政务公开年报\n2026-02-11\n" + BODY).published == "2026-02-11"


def test_a_stated_publish_field_still_beats_the_date_under_the_title():
    assert published("2026-01-29\n", above="发布时间：2026-02-03\n") == "2026-02-03"


def test_guard_dates_that_are_no_bare_date_under_the_title_stay_unread():
    for under in ("2025-12-31\n",                        # the statistics period's last day: not after the year
                  "2025-06-01\n",                        # inside the reporting year
                  "岚峰县某局办公室\n2026年的工作安排已经部署。\n2026-01-29\n",   # a date further down, not under the title
                  "2026-01-29 更新\n",                    # words after it
                  "  • 2026-01-29\n",                     # a list's item
                  "采集时间 2026-01-29\n",                 # a crawler's capture time
                  "2026/1-29\n"):                         # two separators: no CMS date
        assert published(under) is None, under


# ---------------------------------------------------------------- 2. titles

def test_a_title_run_into_its_opening_sentence_ends_at_the_reports_name():
    for line, want in (
            ("岚峰省2024年政府信息公開工作年度報告是根據《中華人民共和國政府信息公開條例》(以下簡稱《條例》)要求,由岚峰省人民政府"
             "辦公廳綜合各市、州人民政府和省政府各部門的年度報告編制而成。全文包括概述,主動公開政府信息情況。",
             "岚峰省2024年政府信息公開工作年度報告"),
            ("云栖市2024年政府信息公开工作年度报告是根据《中华人民共和国政府信息公开条例》要求,由云栖市人民政府办公室汇总全市各"
             "县区和市直各部门的年度报告编制而成,本报告中所列数据的统计期限为2024年1月1日至12月31日。",
             "云栖市2024年政府信息公开工作年度报告"),
            ("云栖县水利局2024年度政府信息公开年报经局务会审定后予以公布,全文包括主动公开政府信息情况、依申请公开政府信息情况、"
             "政府信息公开收费及减免情况和存在的主要问题及改进措施等内容。", "云栖县水利局2024年度政府信息公开年报")):
        report = parse("|\n" + line + "\n一、概述\n2024年,本机关主动公开政府信息316条。\n")
        assert report.title == want, line[:20]
        assert report.year == 2024


def test_a_paragraph_that_publishes_a_report_without_its_name_gives_that_sentences_title():
    report = parse("云栖区某某办事处向社会公布2024年度本级政府信息公开年度报告。本报告全文由政府信息公开工作的总体情况,主动公开政府信息"
                   "情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况等六个部分组成。\n一、总体情况\n"
                   "2024年,某某办事处主动公开政府信息217条。\n")
    assert report.title == "2024年度本级政府信息公开年度报告"
    assert report.issuer.name != "云栖区某某办事处向社会公布"


def test_guard_a_title_line_of_its_own_is_kept_whole():
    report = parse("云栖县水利局2024年度政府信息公开工作年度报告(全文)\n" + BODY)
    assert report.title == "云栖县水利局2024年度政府信息公开工作年度报告(全文)"


def test_a_files_suffix_is_no_part_of_the_title():
    for suffix in (".docx", ".pdf", ".doc", ".wps", ".PDF", "(1).pdf", " .ofd"):
        report = parse("云栖旗某某苏木2024年政府信息公开工作年度报告" + suffix + "\n" + BODY)
        assert report.title == "云栖旗某某苏木2024年政府信息公开工作年度报告", suffix
        assert report.issuer.name == "云栖旗某某苏木", suffix
    # … a container's title too
    html = ("<html><head><title>云栖县某局2024年政府信息公开工作年度报告.pdf</title></head><body><p>本报告依据条例编制。</p>"
            "<p>一、总体情况</p><p>2024年,本局主动公开政府信息316条。</p></body></html>")
    assert parse(html).title == "云栖县某局2024年政府信息公开工作年度报告"


def test_guard_a_suffix_not_after_a_reports_name_stays():
    report = parse("云栖县某局2024年政府信息公开工作年度报告\n附件:统计表.xlsx\n" + BODY)
    assert report.title == "云栖县某局2024年政府信息公开工作年度报告"


def test_a_title_printed_over_two_lines_its_year_without_nian():
    for head, want, issuer in (("自治区某某厅2024\n政府信息公开工作年度报告\n", "自治区某某厅2024政府信息公开工作年度报告", "自治区某某厅"),
                               ("发布时间:2025-01-30\n云栖市人民政府办公室2024\n\n政府信息公开年度报告\n",
                                "云栖市人民政府办公室2024政府信息公开年度报告", "云栖市人民政府办公室")):
        report = parse(head + "依据条例编制本报告。\n一、总体情况\n2024年,本机关主动公开政府信息316条。\n")
        assert report.title == want, head
        assert report.issuer.name == issuer and report.year == 2024, head


def test_guard_lines_that_are_no_halves_of_a_title_stay_apart():
    # a site's counter over the genre's name (a colon, a figure of no year's place): no title
    report = parse("浏览次数:2024\n政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n2024年,云栖县某局主动公开政府信息316条。\n")
    assert report.title != "浏览次数:2024政府信息公开工作年度报告"
    # a column's name without a year over the genre's name: as before, no title from the two
    report = parse("政府信息公开\n政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n2024年,云栖县某局主动公开政府信息316条。\n")
    assert report.title != "政府信息公开政府信息公开工作年度报告"


# ---------------------------------------------------------------- 3. issuers

def test_a_sumu_is_a_township():
    for name in ("云栖旗某某苏木", "云栖旗某某苏木人民政府", "某某苏木政府"):
        report = parse(name + "2024年政府信息公开工作年度报告\n" + BODY)
        assert report.issuer.kind == "township", name
    # a 嘎查 is a village (no township), a 旗 a county's government
    assert parse("云栖旗某某嘎查2024年政府信息公开工作年度报告\n" + BODY).issuer.kind is None
    assert parse("云栖旗人民政府2024年政府信息公开工作年度报告\n" + BODY).issuer.kind == "government"


PREAMBLE = ("本年度报告根据《中华人民共和国政府信息公开条例》相关要求编制,内容包括总体情况、主动公开政府信息情况等六个部分。"
            "本年度报告中所列数据统计期限从2024年1月1日到2024年12月31日。\n")


def test_an_untitled_reports_issuer_is_the_subject_its_overview_opens_with():
    for heading, subject, name in (("一、总体情况", "2024年,云栖省人民政府办公厅以习近平新时代中国特色社会主义思想为指导,", "云栖省人民政府办公厅"),
                                   ("一、總體情況", "2024年,某某鎮堅持以公開為常態,", "某某鎮"),
                                   ("一、概述", "2024年,云栖县交通运输局认真贯彻条例,", "云栖县交通运输局")):
        report = parse(PREAMBLE + heading + "\n" + subject + "持续提升政务公开质量。\n(一)主动公开\n全年主动公开政府信息316条。\n")
        assert report.title is None
        assert report.issuer.name == name, subject


def test_guard_an_overview_whose_subject_is_no_body_names_none():
    for subject in ("2024年,在县委县政府的领导下,持续提升政务公开质量。", "2024年,县委县政府高度重视政务公开工作。",
                    "2024年,全区各级各部门坚持以公开为常态。"):
        report = parse(PREAMBLE + "一、总体情况\n" + subject + "\n(一)主动公开\n全年主动公开政府信息316条。\n")
        assert report.issuer.name is None, subject
    # … nor a heading four lines below the text's first line (the branch reads a preamble of up to three lines: stop 56)
    report = parse(PREAMBLE + "本报告电子版可在门户网站下载。\n如有疑问请与办公室联系。\n联系电话:0000-1234567。\n"
                   "一、总体情况\n2024年,云栖县交通运输局认真贯彻条例,持续提升质量。\n")
    assert report.issuer.name is None


def compiled(office_clause: str, body: str):
    return parse("本年度报告是根据《中华人民共和国政府信息公开条例》要求," + office_clause + "全文包括概述,主动公开政府信息情况。"
                 "本年度报告中所列数据的统计期限为2024年1月1日至2024年12月31日。\n一、概述\n" + body)


WHOLE_CITY = ("我市紧紧围绕市委、市政府中心工作,推进政府信息公开。目前,全市纳入政府信息公开系统的67个单位均成立了领导机构,"
              "全市从事政府信息公开工作的人员共413人。如有疑问请联系云栖市人民政府办公室信息科。\n")


def test_an_office_that_compiles_the_whole_citys_report_stands_for_its_government():
    report = compiled("由云栖市政府办公室编制。", WHOLE_CITY)
    assert (report.issuer.name, report.issuer.kind) == ("云栖市人民政府", "government")
    # a county's, its government's name printed only in its office's
    report = compiled("由云栖县人民政府办公室编制。", "我县持续推进政务公开。全县各乡镇均设立公开专栏,全县共有公开专栏35个。\n")
    assert (report.issuer.name, report.issuer.kind) == ("云栖县人民政府", "government")
    # … or printed nowhere (no name is made up): the office stays
    report = compiled("由云栖县政府办编制。", "我县持续推进政务公开。全县各乡镇均设立公开专栏。\n")
    assert report.issuer.name == "云栖县政府办"


def test_guard_an_office_reporting_its_own_work_stays_the_issuer():
    # the place's whole said once only
    report = compiled("由云栖市政府办公室编制。", "我市推进政府信息公开。办公室设立公开专栏。\n")
    assert report.issuer.name == "云栖市政府办公室"
    # the office gives figures as its own
    report = compiled("由云栖市政府办公室编制。", WHOLE_CITY + "2024年,市政府办公室主动公开政府信息316条。\n"
                      "2024年,市政府办公室收到政府信息公开申请12件。\n")
    assert report.issuer.name == "云栖市政府办公室"
    # an office the report is not said to be compiled by (its subject): its own
    report = parse(PREAMBLE + "一、总体情况\n2024年,云栖市人民政府办公室以习近平新时代中国特色社会主义思想为指导,推进全市政务公开,"
                   "我市各部门积极配合。\n")
    assert report.issuer.name == "云栖市人民政府办公室"


# ---------------------------------------------------------------- 4. warnings on proactive counts

REPORT = "云栖县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"


def test_parts_listed_after_the_total_that_exceed_it_are_said():
    report = parse(REPORT + "(一)主动公开政府信息情况。2024年,通过政府门户网站、政务公开栏等形式主动公开政府信息4321条。其中,通过市政府网站"
                   "公开信息1234条,通过县政府门户网站发布政府信息2345条,通过新闻媒体公开信息900余条、通过其他形式公开信息300余条。\n")
    assert report.value("disclosure.total") == 4321
    said = [w for w in report.warnings if "more than it" in w]
    assert len(said) == 1 and "4321" in said[0] and "at least 4779" in said[0]
    # exact parts
    report = parse(REPORT + "2024年,主动公开政府信息4321条;其中,政府网站公开2617条,微信公众号发布1893条。\n")
    assert report.value("disclosure.total") == 4321
    assert any("add up to 4510, more than it" in w for w in report.warnings)


def test_guard_parts_within_the_total_or_no_parts_say_nothing():
    for after in ("其中,政府网站公开2617条,微信公众号发布1704条。",                        # they add up
                  "其中,政府网站公开2617条,较上年增加1893条。",                            # a comparison's count
                  "其中,政府网站公开2617条(含政策文件1893条、政策解读1893条)。",             # a part's own parts
                  "其中政府网站公开2617条。",                                             # one part
                  "其中,工作动态2617条、通知公告1704条,公开财政信息185条。",              # they add up: the list ends
                  "其中,工作动态2617条,通知公告1000条,通过微信公众号发布信息995条。",      # kinds, then a channel's
                  "其中,通过门户网站发布信息2617条,政务微信发布信息1704条,政策解读信息73条。",   # ways, then a kind
                  "其中在政府网站公开2617条,在政府公报公开76条;通过政务微博、微信发布信息1893条。",  # a semicolon ends it
                  "全年共受理依申请公开5件,办结5件。"):                                   # no 其中
        report = parse(REPORT + "2024年,主动公开政府信息4321条。" + after + "\n")
        assert report.value("disclosure.total") == 4321, after
        assert not any("more than it" in w for w in report.warnings), after


def test_a_sites_count_read_from_another_sentence_is_said_so():
    two = ("2024年,主动公开政府信息4321条。其中,通过市政府网站公开信息1234条,通过县政府门户网站发布政府信息2345条。")
    report = parse(REPORT + two + "其中通过县政府门户网站发布政府信息2345条,政策解读信息1200条,政务动态1145条。\n")
    said = [w for w in report.warnings if "is given 2 counts" in w]
    assert len(said) == 1 and "none is read from it (another sentence gives disclosure.via_website 2345" in said[0]
    assert report.value("disclosure.via_website") == 2345
    # … and where no other sentence gives it, none is read and nothing more is said
    report = parse(REPORT + two + "\n")
    said = [w for w in report.warnings if "is given 2 counts" in w]
    assert len(said) == 1 and said[0].endswith("none is read from it")
    assert report.value("disclosure.via_website") is None
