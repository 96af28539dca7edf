"""Metadata on unseen pages (stop 63, meta63): an encyclopedia page's infobox field (中文名: X…報告) names the entry,
never an issuer; a preamble that publishes "YEAR年X乡人民政府政府信息公开工作情况报告" names its issuer as the one that
publishes "…工作年度报告" does. Invented texts and numbers."""
import reportparse

# ---- an encyclopedia infobox's 中文名 field ------------------------------------------------------------------

WIKI = ("2011年度政府信息公開年度報告\n\n"
        "根據《中華人民共和國政府信息公開條例》的規定,現將我辦2011年度政府信息公開情況報告如下。\n\n基本介紹\n\n"
        "  • 中文名:2011年度政府信息公開年度報告\n一、加強組織領導\n2011年,我辦高度重視政府信息公開工作。\n"
        "二、主動公開政府信息情況\n2011年我辦主動公開信息38條。\n")


def test_an_infobox_entry_name_is_no_issuer():
    report = reportparse.parse_text(WIKI)
    assert report.year == 2011
    assert report.issuer.name is None       # was 中文名
    assert "中文名" not in (report.title or "")


def test_an_infobox_entry_name_with_its_issuer_keeps_the_issuer():
    text = WIKI.replace("  • 中文名:2011年度政府信息公開年度報告", "  • 中文名稱:岚峰县农业局2011年度政府信息公开年度报告")
    text = text.replace("2011年度政府信息公開年度報告\n\n", "", 1)
    report = reportparse.parse_text(text)
    assert report.issuer.name == "岚峰县农业局"


def test_a_field_named_otherwise_is_still_no_title_field():
    # (名 alone opening a sentence is no field: the heading above stays the title)
    text = "岚峰县农业局2011年度政府信息公开年度报告\n名义上的数据以附表为准。\n一、概述\n2011年我局主动公开信息38条。\n"
    report = reportparse.parse_text(text)
    assert report.title == "岚峰县农业局2011年度政府信息公开年度报告"
    assert report.issuer.name == "岚峰县农业局"


# ---- 公布YEAR年X乡人民政府政府信息公开工作情况报告 --------------------------------------------------------------------

TOWN = ("依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,特向社会公布2023年青石乡人民政府政府信息"
        "公开工作情况报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有任何疑问,请与青石乡"
        "人民政府联系(电话:0000-1234567,地址:绥滨县青石乡青石村)。\n一、总体情况\n(一)主动公开情况\n"
        "2023年,我乡主动公开政府信息417条,其中,政务公开356条,政府微信公众号61条。\n")


def test_a_published_situation_report_names_its_issuer():
    report = reportparse.parse_text(TOWN)
    assert report.year == 2023
    assert report.title == "2023年青石乡人民政府政府信息公开工作情况报告"
    assert report.issuer.name == "青石乡人民政府"
    assert report.issuer.region.code == "230422"        # 绥滨县 in the contact address, as before
    assert report.value("disclosure.total") == 417


def test_a_half_year_situation_report_is_no_title():
    text = TOWN.replace("公布2023年青石乡", "公布2023年上半年青石乡")
    report = reportparse.parse_text(text)
    assert report.issuer.name != "上半年青石乡人民政府"
    assert "上半年" not in (report.title or "")


def test_a_notice_asking_for_situation_reports_names_no_issuer():
    # (a notice tells others to publish theirs: no verb of the issuer's own)
    text = ("各乡镇应于2024年1月31日前公布2023年青石乡人民政府政府信息公开工作情况报告。\n"
            "一、总体情况\n2023年,我乡主动公开政府信息417条。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.name is None


# ---- 可与X局办公室NAME联系: the contact office with its clerk's name ---------------------------------------------

BUREAU = ("本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制而成。报告中所列数据的统计期限自2016年1月1日起至"
          "2016年12月31日止。如对本报告有疑问,可与岚峰县农业农村局办公室李明联系(地址:岚峰县新华路12号,电话:8801234)。\n"
          "一、概述\n2016年,我局的政务公开工作稳步推进。\n二、主动公开情况\n2016年我局主动公开政府信息83条。\n")


def test_a_contact_office_with_its_clerks_name_is_the_issuer():
    report = reportparse.parse_text(BUREAU)
    assert report.year == 2016
    assert report.issuer.name == "岚峰县农业农村局"
    assert report.value("disclosure.total") == 83


def test_a_governments_office_given_for_contact_stays_no_issuer():
    # (a government's office may answer for the government's report or its own: never taken)
    report = reportparse.parse_text(BUREAU.replace("岚峰县农业农村局办公室", "岚峰县人民政府办公室"))
    assert report.issuer.name is None


def test_more_than_a_name_between_the_office_and_its_contact_is_not_read():
    report = reportparse.parse_text(BUREAU.replace("办公室李明联系", "办公室值班工作人员联系"))
    assert report.issuer.name is None


# ---- a title without a year, its year on the line under it ---------------------------------------------------

UNDER = ("岚峰县水利局政府信息公开工作年度报告\n(2022年度)\n一、总体情况\n本局主动公开政府信息61条,其中工作动态29条。\n"
         "二、依申请公开情况\n本局收到政府信息公开申请4件。\n")


def test_the_year_under_a_yearless_title_is_the_reports():
    report = reportparse.parse_text(UNDER)
    assert report.year == 2022
    assert report.issuer.name == "岚峰县水利局"


def test_the_year_under_the_title_in_full_width_brackets():
    assert reportparse.parse_text(UNDER.replace("(2022年度)", "（2022年）")).year == 2022


def test_a_sites_year_tabs_under_the_title_give_no_year():
    report = reportparse.parse_text(UNDER.replace("(2022年度)", "2023年\n2022年\n2021年"))
    assert report.year is None


def test_a_statistics_period_outranks_the_year_under_the_title():
    text = UNDER.replace("(2022年度)\n", "(2022年度)\n本报告所列数据统计期限自2021年1月1日至2021年12月31日。\n")
    assert reportparse.parse_text(text).year == 2021


def test_a_year_line_not_under_the_title_gives_no_year():
    # (a date line further down, after the opening paragraph, is no heading of the title's)
    text = UNDER.replace("(2022年度)\n", "") + "\n2022年\n"
    assert reportparse.parse_text(text).year is None


# ---- a place the issuer visited or learned from is not its region -------------------------------------------

STREET = "七星岗街道2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我街道{}。我街道主动公开政府信息61条,其中政策文件7条。\n"


def test_a_county_visited_is_not_the_streets():
    report = reportparse.parse_text(STREET.format("赴松阳县考察学习政务公开工作"))
    assert report.issuer.region.code is None        # was 331124 (松阳县)
    assert report.value("disclosure.total") == 61


def test_a_county_whose_compilation_is_studied_is_not_the_streets():
    report = reportparse.parse_text(STREET.format("组织干部学习《松阳县政务公开工作经验汇编》"))
    assert report.issuer.region.code is None


def test_a_county_visited_is_not_a_bureaus():
    text = "县水利局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我局赴松阳县考察学习政务公开工作。我局主动公开政府信息61条。\n"
    assert reportparse.parse_text(text).issuer.region.code is None


def test_the_district_plan_followed_is_still_the_streets():
    report = reportparse.parse_text(STREET.format("认真学习贯彻《渝中区2022年政务公开工作要点》"))
    assert report.issuer.region.code == "500103"


def test_the_district_notice_compiled_under_is_still_the_streets():
    text = ("七星岗街道2022年政府信息公开工作年度报告\n根据《渝中区人民政府办公室关于做好2022年度政府信息公开工作年度报告编制工作"
            "的通知》,编制本报告。\n一、总体情况\n2022年,我街道主动公开政府信息61条。\n")
    assert reportparse.parse_text(text).issuer.region.code == "500103"


def test_the_own_district_named_beside_a_visit_is_kept():
    report = reportparse.parse_text(STREET.format("渝中区七星岗街道赴松阳县考察学习政务公开工作").replace("我街道渝中区", "渝中区"))
    assert report.issuer.region.code == "500103"


def test_a_bordering_paired_or_helped_county_is_not_the_streets():
    for said in ("地处城区东部,与松阳县交界", "与松阳县某街道结对共建", "接待松阳县考察团来访交流", "对口帮扶松阳县某镇"):
        assert reportparse.parse_text(STREET.format(said)).issuer.region.code is None, said


def test_the_own_district_in_a_contact_clause_is_kept():
    assert reportparse.parse_text(STREET.format("请与渝中区七星岗街道办事处联系")).issuer.region.code == "500103"


# ---- 请与县X局秘书股联系: a bureau's secretariat section as its contact; 縣 of a traditional copy ---------------------

SECTION = ("本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"
           "如对本报告有任何疑问,请与岚峰县农业农村局秘书股联系(电话:8801234)。\n"
           "一、概述\n2016年,我局的政务公开工作稳步推进。\n二、主动公开情况\n2016年我局主动公开政府信息83条。\n")


def test_a_bureaus_secretariat_section_given_for_contact_names_the_bureau():
    assert reportparse.parse_text(SECTION).issuer.name == "岚峰县农业农村局"
    assert reportparse.parse_text(SECTION.replace("秘书股", "综合科")).issuer.name == "岚峰县农业农村局"


def test_a_governments_secretariat_section_names_no_issuer():
    assert reportparse.parse_text(SECTION.replace("岚峰县农业农村局秘书股", "岚峰县人民政府秘书科")).issuer.name is None


def test_a_bare_county_bureau_in_traditional_script_takes_its_countys_name():
    text = ("本報告根據《中華人民共和國政府信息公開條例》和松陽縣人民政府辦公室《關于做好2010年政府信息公開年度報告編制工作的通知》"
            "編制。報告中所列數據的統計期限自2010年1月1日至2010年12月31日止。如對本報告有任何疑問,請與縣商務局秘書股聯系"
            "(電話:0578-1234567)。\n一、總體情況\n2010年,我局緊緊圍繞陽光政府目標,主動公開政府信息83條。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.region.code == "331124"
    assert report.issuer.name == "松阳县商務局"       # (縣商務局: the bare 縣 read as 县)
    assert report.value("disclosure.total") == 83
