"""Classes stop 66's END set (heldout66c) and hunt66 left, with invented reports (leads67):
- the site's disclosure column's posts said with 发布 (政务信息公开专栏共发布信息218条; the column named as posting in the
  sentence right before a bare 全年共发布信息N条): the site's count (disclosure.via_website), never the proactive total (the
  gold convention for a website's 发布 count); 公开 there, or 主动, stays the total; a physical board (公开栏) is no site;
- a whole area's bodies of every level as the subject before the way (全市各级各部门通过门户网站主动公开…N条(如下图所示)):
  the whole's count, total and the site's;
- a long list of fields between 主动公开 and 等领域信息共N条 (a site named as the main way, 以政府网站为主渠道: total only);
- a bare 累计 in a report of the 2019/2021 templates whose period is stated as the year: the year's (a website's count beside
  a WeChat count: the site's alone); in a legacy report it stays unread;
- 申述 (申诉 misspelt) in a negated list of reviews and lawsuits: no complaints;
- 行政复议 named in a negated list of other happenings closed by 等情况: no review;
- the applicants all natural persons right after a count said with no verb.
"""
import reportparse

PRO = "一、总体情况\n（一）主动公开情况\n"
REQ = "二、收到和处理政府信息公开申请情况\n"


def read(body: str, head: str = "岚峰县某某局2024年政府信息公开工作年度报告\n") -> dict:
    return {k: v for k, v in reportparse.parse_text(head + body).values().items() if v is not None}


def proactive(body: str, head: str = "岚峰县某某局2024年政府信息公开工作年度报告\n") -> dict:
    return {k: v for k, v in read(PRO + body, head).items() if k.startswith("disclosure.")}


# ---------------------------------------------------------------- the disclosure column's posts: the site's

def test_a_columns_posts_said_with_fabu_are_the_sites_not_the_total():
    for body, n in (("2024年,政务信息公开专栏共发布信息218条。", 218),
                    ("本年度政府信息公开栏目共计发布信息376条,其中“政府文件”栏目公开文件信息23条。", 376),
                    ("全年,我委在政府信息公开栏目累计发布各类信息1142条,其中政策解读9条。", 1142),
                    ("2024年在县政府信息公开专栏发布信息178条。", 178),
                    # the column named as posting in the sentence right before the bare count (hunt66)
                    ("逐步提升政府信息公开专栏发布信息数量和质量。全年共发布信息65条,其中财政预决算信息2条、政策解读9条。", 65)):
        assert proactive(body) == {"disclosure.via_website": n}, body


def test_guard_a_columns_gongkai_count_a_proactive_column_and_a_board_keep_their_readings():
    for body, n in (("2024年在县政府信息公开专栏主动公开信息178条。", 178),
                    ("2024年在政府信息公开专栏公开政府信息178条。", 178),
                    ("2024年,在政务公开专栏共公开信息218条。", 218),
                    ("2024年,在主动公开栏目共发布政府信息2892条。", 2892),
                    ("2024年在青禾县人民政府信息公开平台发布信息178条。", 178),
                    # a board on the wall (公开栏) or a column only named before the count: the total as before
                    ("逐步提升政务公开栏发布信息数量和质量。全年共发布信息65条,其中财政预决算信息2条、政策解读9条。", 65),
                    ("逐步提升政务公开专栏建设水平。全年共发布信息65条,其中财政预决算信息2条、政策解读9条。", 65),
                    ("全年共发布信息65条,其中财政预决算信息2条、政策解读9条。", 65)):
        assert proactive(body) == {"disclosure.total": n}, body
    # a column's count with another medium's after it: no total (which holds what is not said)
    assert "disclosure.total" not in proactive("2024年,政府信息公开专栏发布信息94条,微信公众号发布信息311条。")


# ---------------------------------------------------------------- a whole area's bodies on the website

CITY = "岚峰市2022年政府信息公开工作年度报告\n"


def test_a_whole_areas_bodies_of_every_level_count_the_whole_on_the_site():
    for tail in ("(如下图所示)。其中市本级共发布25685条。", "(详见附表)。", "。"):
        got = proactive("2022年,全市各级各部门通过门户网站主动公开各类信息112483条" + tail, CITY)
        assert got == {"disclosure.total": 112483, "disclosure.via_website": 112483}, tail
    # a medium's count beside it: the site's alone
    assert proactive("2022年,全市各级各部门通过门户网站主动公开各类信息112483条,通过微信公众号发布信息3521条。", CITY) == {
        "disclosure.via_website": 112483}


def test_guard_the_parts_sites_and_a_bigger_areas_bodies_stay_unread():
    for body, head in (("2022年,各部门通过门户网站主动公开各类信息112483条。", CITY),
                       ("2022年,全市各部门网站主动公开各类信息112483条。", CITY),
                       ("2022年,全市所属单位通过门户网站主动公开各类信息112483条。", CITY)):
        assert proactive(body, head) == {}, body


# ---------------------------------------------------------------- a long list of fields before 等领域信息共N条

COUNTY = "岚峰县2021年政府信息公开工作年度报告\n"
FIELDS = "各类规划、重大建设项目、疫情防控、财政预决算、公共卫生、市场监管、征地补偿、食品安全、重大会议、公共资源配置、社会公益、民生领域"


def test_a_long_list_of_fields_then_the_count_is_the_total():
    for lead in ("", "以政府网站为主渠道", "一是按照原则,2021年岚峰县以政府网站为主渠道"):
        body = (lead if lead.startswith("一是") else "2021年岚峰县" + lead) + "主动公开" + FIELDS + "等领域信息共1777条。"
        assert proactive(body, COUNTY) == {"disclosure.total": 1777}, body
    # the site named as the main way with the count bare: the total, not the site's (the main channel is not the only one)
    assert proactive("2021年岚峰县以政府网站为主渠道主动公开政府信息1834条。", COUNTY) == {"disclosure.total": 1834}


def test_guard_a_list_said_of_a_medium_after_qizhong_or_roughly_is_no_total():
    for body in ("2021年岚峰县通过微信公众号主动公开" + FIELDS + "等领域信息共1777条。",
                 "其中主动公开" + FIELDS + "等领域信息共1777条。",
                 "2021年岚峰县主动公开" + FIELDS + "等领域信息约1777条。"):
        assert "disclosure.total" not in proactive(body, COUNTY), body


# ---------------------------------------------------------------- a bare 累计 in a report stating its period

STATED = "本报告中所列数据的统计期限为2023年1月1日至12月31日。\n"
BUREAU23 = "岚峰市某某局2023年政府信息公开工作年度报告\n"


def test_a_bare_leiji_in_a_report_stating_its_year_is_the_years():
    got = proactive("四是聚焦重大决策部署落地落实,门户网站累计公开各类政府信息675条,微信公众号发布信息251条。\n",
                    BUREAU23 + STATED)
    assert got == {"disclosure.via_website": 675}


def test_guard_a_bare_leiji_without_a_stated_period_or_in_a_legacy_report_stays_unread():
    body = "四是聚焦重大决策部署落地落实,门户网站累计公开各类政府信息675条,微信公众号发布信息251条。\n"
    assert proactive(body, BUREAU23) == {}
    legacy = "岚峰市某某局2014年政府信息公开工作年度报告\n本报告中所列数据的统计期限为2014年1月1日至12月31日。\n"
    assert not {k for k in proactive(body, legacy) if "675" in str(proactive(body, legacy)[k])}
    assert 675 not in proactive(body, legacy).values()


# ---------------------------------------------------------------- 申述 for 申诉; 行政复议 in a list of happenings

TOWN14 = "岚峰县某镇2014年政府信息公开工作年度报告\n四、因政府信息公开申请行政复议、提起行政诉讼的情况\n"


def test_shenshu_in_a_negated_list_of_reviews_and_lawsuits_is_no_complaint():
    for body in ("2014年未发生针对本单位有关政府信息公开事务的行政复议案、诉讼和申述的情况。",
                 "2014年未发生针对本单位有关政府信息公开事务的行政复议、申述和行政诉讼案件。"):
        got = read(body, TOWN14)
        assert got.get("complaints.total") == 0 and got.get("review.total") == 0, body


def test_guard_shenshu_alone_or_counted_is_no_zero():
    assert "complaints.total" not in read("2014年未收到群众申述。", TOWN14)
    assert "complaints.total" not in read("2014年未发生行政复议、行政诉讼,群众申述3件。", TOWN14)


TOWN20 = "岚峰县某镇2020年政府信息公开工作年度报告\n一、总体情况\n（五）监督保障方面。\n"


def test_a_review_named_in_a_negated_list_of_happenings_is_none():
    for body in ("政府信息公开以来,我镇没有发生泄密、行政复议和其他突发事件等情况。",
                 "2020年,我镇政府信息公开没有发生泄密、行政复议等情况。"):
        got = read(body, TOWN20)
        assert got.get("review.total") == 0 and "litigation.direct.total" not in got, body


def test_guard_lists_of_other_happenings_or_a_review_lost_give_no_review():
    for body in ("2020年,我镇政府信息公开没有发生泄密和其他突发事件等情况。",
                 "2020年,我镇政府信息公开没有发生泄密、行政复议败诉等情况。",
                 "2020年,我镇政府信息公开没有发生泄密、行政复议被纠错等情况。"):
        assert "review.total" not in read(body, TOWN20), body


# ---------------------------------------------------------------- natural persons after a verbless count

STREET = "岚峰县某街道2023年政府信息公开工作年度报告\n" + REQ


def test_all_natural_persons_after_a_count_with_no_verb():
    got = read("2023年全年依申请公开政府信息申请 4件,申请人均为自然人,信息不存在2件。", STREET)
    assert got.get("requests.new|applicant=total") == 4 and got.get("requests.new|applicant=natural_person") == 4


def test_guard_another_category_or_a_share_after_the_count():
    for body in ("2023年全年依申请公开政府信息申请 4件,申请人均为法人。",
                 "2023年全年依申请公开政府信息申请 4件,其中申请人为自然人的3件。"):
        got = read(body, STREET)
        assert got.get("requests.new|applicant=total") == 4 and "requests.new|applicant=natural_person" not in got, body
