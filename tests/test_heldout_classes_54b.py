"""Classes a held-out set of real pages (stop 54, second set) showed, with invented reports: a request count the text
says right after is no disclosure request (…请求3件,但不属于政府信息公开范畴); a website's count larger than the year's
proactive total said elsewhere (a site's posts of every kind, not its share); none said with 未有 (未有…行政复议…的
情况); a title line that keeps the tail of a cut label (称: X…报告) or an undated menu bullet before the dated title;
the proactive column's own count as the total, beside other channels' counts. Each class has a guard."""
import reportparse
from values_read import values_read

HEAD = "岚峰县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n"


def read(body: str, head: str = HEAD) -> dict:
    """Each value read, by its key (values_read)."""
    return values_read(head + body + "\n")


# ---------------------------------------------------------------- precision: a request said to be no disclosure request

def test_a_request_count_said_to_be_no_disclosure_request_stays_unread():
    for body in ("2025年,本局收到依申请公开信息发布请求3件,但不属于政府信息公开范畴,已及时回复。",
                 "全年收到政府信息公开申请7件,均不属于政府信息公开范围,已告知申请人。",
                 "本年度我局受理依申请公开申请2件,但并非政府信息公开申请,已转相关部门办理。"):
        assert "requests.new" not in read(body), body


def test_guard_requests_with_a_part_outside_disclosure_are_still_read():
    for body, want in (("2025年,本局收到依申请公开信息发布请求3件,已及时回复。", 3),
                       ("全年收到政府信息公开申请17件,其中不属于政府信息公开范围的4件。", 17),
                       ("全年收到政府信息公开申请26件,已全部办结。", 26)):
        assert read(body).get("requests.new") == want, body


# ---------------------------------------------------------------- precision: a site's count over the proactive total

def test_a_website_count_larger_than_the_proactive_total_is_no_share():
    for body, total in (("全年新增主动公开政府信息396条;在县门户网站主动发布各类信息548条。", 396),
                        ("2025年目录系统内主动公开政府信息218条,在局门户网站发布各类信息1309条。", 218),
                        ("全年主动公开政府信息73条。通过县政府网站发布信息5814条。", 73)):
        got = read(body)
        assert got.get("disclosure.total") == total and "disclosure.via_website" not in got, body


def test_guard_a_website_count_within_the_total_is_read():
    for body, want in (("全年新增主动公开政府信息396条;在县门户网站主动发布信息248条。", (396, 248)),
                       ("全年主动公开政府信息1396条,其中在县门户网站发布各类信息548条。", (1396, 548))):
        got = read(body)
        assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == want, body


# ---------------------------------------------------------------- A1. none said with 未有

def test_reviews_and_lawsuits_said_none_with_weiyou():
    for body in ("2025年度我单位未有依申请政府公开信息;未有政府信息公开申请行政复议及提起行政诉讼的情况。",
                 "全年未有政府信息公开行政复议、行政诉讼案件。",
                 "本年度未有因政府信息公开引起的行政诉讼或行政复议。"):
        assert read(body).get("review.total") == 0, body


def test_guard_weiyou_before_a_count_or_an_outcome_is_no_none():
    for body in ("全年未有政府信息公开行政复议被纠错的情况,行政复议3件、行政诉讼2件。",
                 "全年未有行政处罚引起的行政复议,政府信息公开行政复议4件。",
                 # (a review lost said none is no none of reviews: 没有 as 未有)
                 "全年没有政府信息公开行政复议被纠错的情况,行政复议3件、行政诉讼2件。",
                 "本年度未发生政府信息公开行政复议案件败诉的情况。"):
        assert read(body).get("review.total") != 0, body


# ---------------------------------------------------------------- C. the title line's cut label and a menu's bullet

def test_a_title_keeping_the_tail_of_a_cut_label():
    for head, want in (("号: abc/2026-00011 信息分类: 政务公开\n称: 岚峰县青禾镇人民政府2025年政府信息公开工作年度报告\n号:\n",
                        "岚峰县青禾镇人民政府2025年政府信息公开工作年度报告"),
                       ("题:岚峰县水利局2024年度政府信息公开工作年度报告\n", "岚峰县水利局2024年度政府信息公开工作年度报告")):
        r = reportparse.parse_text(head + "\n一、总体情况\n全年主动公开政府信息136条。\n")
        assert r.title == want, head
        assert not r.issuer.name.startswith(("称", "题")), head


def test_guard_a_title_that_starts_with_the_character_is_kept():
    r = reportparse.parse_text("称多县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息136条。\n")
    assert r.title == "称多县人民政府2024年政府信息公开工作年度报告"


def test_an_undated_menu_bullet_yields_to_the_dated_title_below():
    for bullet in ("  • 乡镇政府信息公开年度报告", "● 部门政府信息公开年度报告", "· 街道政务公开年度报告"):
        text = (f"登录 | 注册\n{bullet}\n  • 发布机构\n    岚峰县青禾镇人民政府\n\n岚峰县青禾镇2025年政府信息公开工作年度报告\n\n"
                "一、总体情况\n全年主动公开政府信息136条。\n")
        r = reportparse.parse_text(text)
        assert r.title == "岚峰县青禾镇2025年政府信息公开工作年度报告", bullet
        assert r.issuer.name.startswith("岚峰县青禾镇"), bullet


def test_guard_a_dated_bullet_title_is_still_read():
    r = reportparse.parse_text("• 岚峰县青禾镇2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息136条。\n")
    assert r.title == "岚峰县青禾镇2025年政府信息公开工作年度报告"


# ---------------------------------------------------------------- A2. the proactive column's own count

def test_the_proactive_columns_count_beside_other_channels_is_the_total():
    for body, want in (
            ("2025年,我县扎实推进各项工作。全年政府网站共发布各类信息12162条,在主动公开栏目共发布政府信息2892条,"
             "通过视频、图解等方式发布政策解读类信息14条,回应关切9条。", 2892),
            ("2025年,我县扎实推进工作。在主动公开栏目共发布政府信息1743条,通过视频发布政策解读类信息21条。", 1743),
            ("全年在政府信息主动公开专栏发布政府信息655条,通过微信公众号发布信息318条。", 655),
            ("全年在“主动公开”栏目共发布政府信息507条,通过县政府网站发布各类信息4318条。", 507)):
        assert read(body).get("disclosure.total") == want, body


def test_guard_other_columns_and_kind_lists_stay_unread():
    for body in ("2025年,我县扎实推进工作。在公开栏目共发布政府信息2892条,通过视频发布政策解读类信息14条。",
                 "2025年,我县扎实推进工作。在主动公开栏目共发布政府信息2892条、规范性文件12条。",
                 "全年在政务公开专栏发布政府信息655条,通过微信公众号发布信息318条。"):
        assert "disclosure.total" not in read(body), body
