"""Regions and templates of stop 31 (hunt31b, from heldout30's metadata misses): an issuer called 自治区 alone
(自治区人民政府办公厅) whose body names one autonomous region by its short name (新疆); a zone bureau whose opening
names its zone's committee (区党委管委) and whose body names the zone by its city's stem (湛江开发区); a national
body (国家税务总局) whose only place in the opening is its street address: no region; a university's academic-year
report with no template table: no template; a 2019–2020 report whose sentence uses a row label only the 2021
template prints: the year's template (the 2021 table, where there is one, still names it). Invented texts."""
import reportparse

OPENING = ("根据《中华人民共和国政府信息公开条例》规定，编制本报告。本报告所列数据的统计期限为{y}年1月1日至{y}年12月31日。\n"
           "一、总体情况\n")


# (the zone is named past the opening's first 300 characters, where the opening's own names are looked for)
FILLER = "坚持以公开为常态、不公开为例外的原则，创新政府信息公开载体形式，依法依规细化公开内容，推进政务公开制度化规范化。" * 4 + "\n"


def test_an_issuer_called_autonomous_region_alone_takes_the_one_region_its_body_names():
    text = ("自治区人民政府办公厅2022年政府信息公开工作年度报告\n" + OPENING.format(y=2022)
            + "2022年，我厅深入贯彻落实视察新疆重要讲话精神，通过新疆政府网发布信息3127条，主动公开政府信息3127条。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.region.code == "650000" and report.issuer.region.level == "province"
    assert report.value("disclosure.total") == 3127


def test_two_autonomous_regions_named_settle_nothing():
    text = ("自治区人民政府办公厅2022年政府信息公开工作年度报告\n" + OPENING.format(y=2022)
            + "2022年，我厅与新疆、西藏两地开展对口交流，主动公开政府信息3127条。\n")
    assert reportparse.parse_text(text).issuer.region.code is None


def test_a_named_autonomous_region_in_a_sentence_is_not_the_issuer_without_a_bare_autonomous_issuer():
    # near-miss: a city bureau's report that mentions 新疆 (aid work): no bare 自治区 issuer, no region from it
    text = ("丰源局2022年政府信息公开工作年度报告\n" + OPENING.format(y=2022)
            + "2022年，我局做好对口支援新疆工作，主动公开政府信息412条。\n")
    assert reportparse.parse_text(text).issuer.region.code is None


def test_a_zone_bureau_under_its_committee_takes_the_zones_city():
    text = (OPENING.format(y=2021) + "2021年，我局在市公安局、区党委管委的坚强领导下，推进政务公开。\n" + FILLER
            + "（一）主动公开情况。2021年，我局通过“湛江开发区平安在线”公众号发布信息83条。\n")
    assert reportparse.parse_text(text).issuer.region.code == "440800"


def test_a_zone_named_in_the_body_without_a_committee_or_short_name_in_the_opening_is_no_region():
    # near-miss: the opening names no zone or committee; a zone named further on is another body's
    text = (OPENING.format(y=2021) + "2021年，我局在局党组的坚强领导下，推进政务公开。\n" + FILLER
            + "（一）主动公开情况。2021年，我局协助湛江开发区发布信息83条。\n")
    assert reportparse.parse_text(text).issuer.region.code is None


def test_a_national_body_is_not_placed_by_its_street_address():
    text = ("根据《中华人民共和国政府信息公开条例》，特向社会公布2017年国家统计总局政府信息公开年度报告。所列数据的统计期限为"
            "2017年1月1日至2017年12月31日。如对本报告有疑问，请与统计总局政务公开办公室联系（地址：北京市西城区月坛南街57号，"
            "邮编：100826）。\n一、概述\n2017年，我局主动公开政府信息5263条。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.region.code is None and report.value("disclosure.total") == 5263


def test_a_local_bureaus_address_does_not_place_it():
    # a local body named by no place: its address (福州市鼓楼区) is where its office sits, the city's bureau or the
    # district's: not settled (classes58p: an address's place never sets the region)
    text = ("根据《中华人民共和国政府信息公开条例》，特向社会公布2017年统计局政府信息公开年度报告。所列数据的统计期限为"
            "2017年1月1日至2017年12月31日。如对本报告有疑问，请与我局办公室联系（地址：福州市鼓楼区东街121号）。\n"
            "一、概述\n2017年，我局主动公开政府信息263条。\n")
    assert reportparse.parse_text(text).issuer.region.code is None


def test_a_local_branch_named_after_the_national_body_is_placed_by_its_own_place():
    text = ("国家税务总局厦门市思明区税务局2021年政府信息公开工作年度报告\n" + OPENING.format(y=2021)
            + "2021年，我局主动公开政府信息318条。如有疑问请联系（地址：厦门市思明区湖滨南路1号）。\n")
    assert reportparse.parse_text(text).issuer.region.code == "350203"


def test_a_universitys_academic_year_report_without_a_template_table_has_no_template():
    text = ("岚峰大学2018-2019学年信息公开工作年度报告\n根据《高等学校信息公开办法》要求，现公布本报告。本报告所列数据的统计"
            "时间为2018年9月1日至2019年8月31日。\n一、概述\n本学年，我校主动公开信息428条。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2019 and report.template is None
    assert any("academic year" in w and "no template" in w for w in report.warnings)


def test_a_calendar_year_report_without_a_table_still_takes_its_years_template():
    text = "丰源局2020年政府信息公开工作年度报告\n" + OPENING.format(y=2020) + "2020年，我局主动公开政府信息412条。\n"
    assert reportparse.parse_text(text).template == "2019"


def test_a_2021_row_label_in_a_2020_reports_sentence_leaves_the_years_template():
    text = ("丰源局2020年政府信息公开工作年度报告\n" + OPENING.format(y=2020)
            + "2020年，我局主动公开政府信息137条。收到政府信息公开申请6件，其中予以公开3件，申请人逾期未按收费通知要求缴纳"
              "费用2件，其他1件。\n")
    report = reportparse.parse_text(text)
    assert report.template == "2019"
    assert report.value("requests.new", "total") == 6 and report.value("requests.granted", "total") == 3
    assert report.value("requests.other.fee_unpaid", "total") is None


def test_a_2021_table_in_a_2020_report_still_names_its_template():
    rows = ["一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |",
            "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "三、本年度办理结果 | (一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
            "(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "2.申请人逾期未按收费通知要求缴纳费用 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |"]
    text = ("丰源局2020年政府信息公开工作年度报告\n" + OPENING.format(y=2020) + "三、收到和处理政府信息公开申请情况\n"
            + "\n".join(rows) + "\n")
    report = reportparse.parse_text(text)
    assert report.template == "2021"
    assert report.value("requests.other.fee_unpaid", "total") == 3 and report.value("requests.new", "total") == 6


def test_a_title_whose_year_leaves_only_the_genres_word_names_no_issuer():
    # a flipbook page's title "2020年报" (its document's name): no issuer called 报
    body = ("\n根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告所列数据的统计期限为2020年1月1日至2020年12月31日。\n"
            "一、总体情况\n2020年，我局主动公开政府信息57条。\n")
    assert reportparse.parse_text("2020年报" + body).issuer.name is None
    # near-miss: a body named before its year is its issuer
    report = reportparse.parse_text("丰源县统计局2020年报" + body)
    assert report.issuer.name == "丰源县统计局" and report.value("disclosure.total") == 57
