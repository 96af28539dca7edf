"""Prose classes a held-out set of real pages (stop 54) showed, with invented reports: a kind of information named by
the Regulations' wording (其他应当主动公开的政府信息N条) is no proactive total; the places or kinds a total went out on
listed before 共N条 are all of it; a website named by its official name (官网, 官方网站, its other name in brackets) or
by the issuer's full name in an untitled report; 信息公开N条 after the issuer under a proactive heading; a bare 公开N件
in a list of request outcomes is 予以公开. Each class has guards that stay unread or read as before."""
import reportparse
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    return values_read(head + body)


# ---------------------------------------------------------------- 1. a kind named by 应当主动公开的…信息

def test_a_kind_named_as_what_should_be_disclosed_is_no_total():
    for body in ("主要类别为机构职能类信息14条,业务公文类0条,其他应当主动公开的政府信息37条。",
                 "公开的信息分为三类:机构职能类信息12条,政策文件类信息25条,其他应当主动公开的信息41条。",
                 "公开内容包括规划计划信息19条、其他依法应当主动公开的政府信息23条。",
                 "法律法规规定应该主动公开的其他政府信息17条。"):
        got = read(ACTIVE + body + "\n")
        assert "disclosure.total" not in got, body


def test_guard_the_total_beside_or_over_that_kind_reads_as_before():
    got = read(ACTIVE + "全年主动公开政府信息76条,其中机构职能信息13条,其他应当主动公开的政府信息29条。\n")
    assert got["disclosure.total"] == 76
    assert read(ACTIVE + "全年主动公开应当主动公开的政府信息64条。\n")["disclosure.total"] == 64


# ---------------------------------------------------------------- 2. places or kinds listed before 共N条

def test_places_or_kinds_listed_before_their_sum_are_the_total():
    for body, total in (("2025年,主动公开政府信息公开目录和我局专题专栏共188条。", 188),
                        ("2025年,主動公開政府信息公開目錄和本局專題專欄共246條。", 246),
                        ("2025年,主动公开政府信息公开平台和门户网站专栏共264条。", 264),
                        ("全年主动公开概况信息、工作动态、财政预决算、机构介绍等共317条。", 317)):
        assert read(ACTIVE + body + "\n").get("disclosure.total") == total, body


def test_a_website_named_as_the_way_before_a_clause_counting_its_kinds_is_the_counts_way():
    got = read(ACTIVE + "全年通过政府网站发布信息6个类别,累计公开概况信息、工作动态、财政预决算、机构介绍等共497条。"
                        "政务微信公众号推送信息710条。\n")
    assert got.get("disclosure.via_website") == 497 and "disclosure.total" not in got
    got = read(ACTIVE + "2025年,通过门户网站公开信息5大类,公开政策文件、工作动态、人事信息等共263条。\n")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (263, 263)


def test_guard_two_kinds_or_one_place_with_their_sum_are_no_total():
    for body in ("全年主动公开政策文件和解读材料共45条。",
                 "2025年,主动公开政府信息公开目录共52条,门户网站专栏发布信息38条。",
                 "全年通过政府网站发布信息6个类别,公开信息112条,通过微信公众号发布信息45条。"):
        got = read(ACTIVE + body + "\n")
        assert "disclosure.total" not in got, body


# ---------------------------------------------------------------- 3. the website by its official name or in full

def test_the_official_site_as_the_subject_its_other_name_in_brackets():
    for body, site in (("2025年,我办主动公开信息1129条。官网(门户网站)发布信息217条,包括概况类信息10条。"
                        "“岚峰信访”微信公众号发布信息488条,今日头条号发布信息424条。", 217),
                       ("2025年,我办主动公开信息950条。官网（门户网站）发布信息317条。微信公众号发布信息633条。", 317),
                       ("2025年,我办主动公开信息861条。官方网站(政府网站)发布信息358条。微信公众号发布信息503条。", 358),
                       ("2025年,我办主动公开信息645条。官网发布信息233条。微信公众号发布信息412条。", 233)):
        got = read(ACTIVE + body + "\n")
        assert got.get("disclosure.via_website") == site, body


def test_guard_the_parts_official_sites_are_not_the_issuers():
    got = read(ACTIVE + "2025年,我办主动公开信息645条。各乡镇官网发布信息58条。微信公众号发布信息412条。\n")
    assert "disclosure.via_website" not in got and got["disclosure.total"] == 645


UNTITLED = ("本报告依据《中华人民共和国政府信息公开条例》的规定,由青禾省气象局办公室编制并依法公开,所列数据统计期限为"
            "2025年1月1日至2025年12月31日。\n一、总体情况\n")


def test_an_untitled_reports_site_named_with_the_issuers_full_name():
    text = UNTITLED + ("2025年,青禾省气象局以公开气象数据、工作动态等为重点,通过青禾省气象局政府网站主动公开各类信息578条,"
                       "其中工作动态信息292条。\n")
    got = values_read(text)
    assert got.get("disclosure.via_website") == 578
    assert reportparse.parse_text(text).issuer.name == "青禾省气象局"


def test_guard_another_bodys_site_in_an_untitled_report_is_not_read():
    got = values_read(UNTITLED + "2025年,通过青禾省水利局政府网站主动公开各类信息341条。\n")
    assert "disclosure.via_website" not in got and "disclosure.total" not in got


# ---------------------------------------------------------------- 4. 信息公开N条 under a proactive heading

def test_information_disclosed_after_the_issuer_under_a_proactive_heading_is_the_total():
    for body, total in (("1.政府信息公开基本情况\n2025年,岚峰县某局信息公开16526条,其中“五公开”基础信息9831条,"
                         "重点领域信息6695条。", 16526),
                        ("2025年,岚峰县某局政府信息公开2741条,其中基础信息1530条,重点领域信息1211条。", 2741),
                        ("2025年,我局信息公开389条。", 389)):
        assert read(ACTIVE + body + "\n").get("disclosure.total") == total, body


def test_guard_a_kind_another_section_or_a_named_body_without_parts_stays_unread():
    for body in (ACTIVE + "2025年,重点领域信息公开85条。",
                 ACTIVE + "2025年,某某乡人民政府信息公开47条。",
                 REQUESTS + "2025年,岚峰县某局信息公开16526条,其中基础信息9831条。",
                 "二、其他需要报告的事项\n2025年,我局信息公开389条。"):
        assert "disclosure.total" not in read(body + "\n"), body


# ---------------------------------------------------------------- 5. bare 公开N件 among request outcomes

def test_a_bare_disclosed_count_among_request_outcomes_is_granted():
    for body, granted in (("全年共收到依申请公开17件,公开9件,部分公开5件,不予公开3件。", 9),
                          ("本年度受理政府信息公开申请12宗,其中公开7宗,部分公开2宗,不予公开3宗。", 7),
                          ("全年共受理政府信息公开申请23件,已全部答复,其中公开14件,部分公开6件,不予公开3件。", 14),
                          ("全年共收到依申请公开0件,公开0件,不予公开0件。", 0)):
        got = read(REQUESTS + body + "\n")
        assert got.get("requests.granted") == granted, body


def test_guard_a_bare_disclosed_count_with_no_other_outcome_or_no_request_stays_unread():
    for body in ("全年共收到政府信息公开申请23件,公开14件。",
                 "全年共收到行政复议申请4件,公开2件,不予公开1件。",
                 "全年共收到依申请公开17件,公开信息9条,不予公开3件。",
                 "全年共收到依申请公开17件,依申请公开9件,不予公开3件。"):
        assert "requests.granted" not in read(REQUESTS + body + "\n"), body
