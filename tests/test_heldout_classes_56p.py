"""Prose classes a held-out set of real pages (stop 56) showed, with invented reports: requests and their outcomes counted
in 次 (收到依申请公开3次,其中:予以公开2次…); the other applicants listed after the natural persons by short labels
(其中:自然人申请32件、企业申请2件、其他组织申请2件); rules and normative documents counted in 份, 制发(修改), the count before
the noun (制发3份规范性文件,废止18份规范性文件); a carried-forward count before 转下年度继续办理; a 累计 after the report's
year in a clause whose heading ran into it (…主动公开情况2025年,…累计主动公开…); proactive counts in 条/次; none received
said as 未收到公众申请要求公开的其它方面政府信息. Each class has guards that stay unread."""
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
STREET = "岚峰县东岭街道办事处2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"
MANAGE = "一、总体情况\n（三）政府信息管理\n"


def read(body: str, head: str = HEAD) -> dict:
    return values_read(head + body)


# ---------------------------------------------------------------- A. requests and outcomes counted in 次

def test_requests_and_their_outcomes_counted_in_ci():
    got = read(REQUESTS + "本年度收到依申请公开7次,均为自然人提出申请,其中:予以公开4次,部分公开3次,全部按时办结。\n")
    assert (got.get("requests.new"), got.get("requests.granted"), got.get("requests.partially_granted")) == (7, 4, 3)
    got = read(REQUESTS + "2025年共受理政府信息公开申请14次,其中予以公开9次、部分公开3次、不予公开2次。\n")
    assert (got.get("requests.new"), got.get("requests.granted"), got.get("requests.partially_granted"),
            got.get("requests.denied")) == (14, 9, 3, 2)
    assert read(REQUESTS + "全年收到信息公开申请6次。\n").get("requests.new") == 6
    # the same sentence in 条 reads the outcomes too (条 there counts requests)
    got = read(REQUESTS + "本年度收到依申请公开8条,其中:予以公开5条,部分公开3条。\n")
    assert (got.get("requests.new"), got.get("requests.granted"), got.get("requests.partially_granted")) == (8, 5, 3)


def test_guard_ci_of_other_business_or_another_unit_stays_unread():
    for body in ("2025年接待依申请公开咨询40次。", "2025年收到依申请公开40人次。",
                 "2025年受理依申请公开工作培训12次。", "2025年收到依申请公开咨询电话次数18次。",
                 "2025年依申请公开平台访问次数达1200次。", "2025年收到人大代表建议依申请公开3次。"):
        assert "requests.new" not in read(REQUESTS + body + "\n"), body
    # outcomes in 次 after requests counted in 件 (or the reverse) are no requests' outcomes
    got = read(REQUESTS + "2025年收到政府信息公开申请6件,其中予以公开2次,部分公开4次。\n")
    assert got.get("requests.new") == 6 and "requests.granted" not in got and "requests.partially_granted" not in got
    got = read(REQUESTS + "2025年收到政府信息公开申请9次,其中予以公开2条,部分公开4条。\n")
    assert got.get("requests.new") == 9 and "requests.granted" not in got
    # outcomes in 次 with no request count before them
    assert "requests.granted" not in read(ACTIVE + "2025年,予以公开2次,部分公开4次。\n")


# ---------------------------------------------------------------- B. the other applicants by short labels

def test_other_applicants_listed_after_the_natural_persons():
    got = read(REQUESTS + "2025年,我局共受理依申请公开事项36件(其中:自然人申请31件、企业申请3件、其他组织申请2件),上年结转7件。\n")
    assert (got.get("requests.new"), got.get("requests.new|applicant=natural_person"),
            got.get("requests.new|applicant=commercial"), got.get("requests.new|applicant=other_org")) == (36, 31, 3, 2)
    got = read(REQUESTS + "2025年,共收到政府信息公开申请47件,其中:自然人申请39件、商业企业申请5件、其他组织申请3件。\n")
    assert (got.get("requests.new|applicant=commercial"), got.get("requests.new|applicant=other_org")) == (5, 3)
    got = read(REQUESTS + "2025年,共收到政府信息公开申请47件,其中自然人申请39件,企业申请8件。\n")
    assert got.get("requests.new|applicant=commercial") == 8 and "requests.new|applicant=other_org" not in got


def test_guard_lumped_or_unanchored_applicants_stay_unread():
    for body in ("2025年,共收到政府信息公开申请47件,其中自然人申请39件、法人或其他组织申请8件。",
                 "2025年,共收到政府信息公开申请47件,其中自然人申请39件、法人申请5件、其他组织申请3件。",
                 "2025年,企业申请2件,其他组织申请3件。",
                 "2025年,共收到行政复议申请9件,其中自然人申请6件、企业申请3件。"):
        got = read(REQUESTS + body + "\n")
        assert "requests.new|applicant=commercial" not in got and "requests.new|applicant=other_org" not in got, body


# ---------------------------------------------------------------- C. rules and normative documents in 份

def test_rules_and_documents_counted_in_fen_either_order():
    got = read(MANAGE + "全年共制发(修改)政府规章2份,废止政府规章1份,现行有效政府规章9份;制发4份规范性文件,废止17份规范性文件,"
                        "现行有效规范性文件83份。\n")
    assert (got.get("disclosure.regulations.issued"), got.get("disclosure.regulations.repealed"),
            got.get("disclosure.regulations.in_force"), got.get("disclosure.normative_docs.issued"),
            got.get("disclosure.normative_docs.repealed"), got.get("disclosure.normative_docs.in_force")) == (2, 1, 9, 4, 17, 83)
    got = read(MANAGE + "2025年,制发5份行政规范性文件,废止7份行政规范性文件,现行有效行政规范性文件64份。\n")
    assert (got.get("disclosure.normative_docs.issued"), got.get("disclosure.normative_docs.repealed"),
            got.get("disclosure.normative_docs.in_force")) == (5, 7, 64)
    got = read(MANAGE + "本年度制发规范性文件6份,废止规范性文件3份,现行有效规范性文件28份。\n")
    assert (got.get("disclosure.normative_docs.issued"), got.get("disclosure.normative_docs.repealed"),
            got.get("disclosure.normative_docs.in_force")) == (6, 3, 28)
    assert read(MANAGE + "本年度废止12份规范性文件。\n").get("disclosure.normative_docs.repealed") == 12


def test_guard_documents_of_another_year_or_another_kind_stay_unread():
    for body in ("2024年废止12份规范性文件。", "2025年印发规范性文件解读材料300份。",
                 "2024年制发(修改)政府规章2份。", "2025年收到规范性文件备案审查意见5份。"):
        got = read(MANAGE + body + "\n")
        assert not any(k.startswith(("disclosure.normative_docs", "disclosure.regulations")) for k in got), body


# ---------------------------------------------------------------- D. a carried-forward count before its label

def test_carried_forward_count_before_next_year_and_its_handling():
    for body, n in (("本年度共收到政府信息公开申请23份,5份转下年度继续办理。", 5),
                    ("2025年收到政府信息公开申请23件,已办结19件,4件转下一年度办理。", 4),
                    ("2025年收到政府信息公开申请23件,6件申请转下年度答复。", 6)):
        assert read(REQUESTS + body + "\n").get("requests.carried_forward") == n, body


def test_guard_carried_forward_of_other_business_stays_unread():
    for body in ("2025年收到信访件23件,5件转下年度继续办理。", "2025年收到政府信息公开申请23件。2025年受理投诉5件,2件转下年度继续办理。"):
        assert "requests.carried_forward" not in read(REQUESTS + body + "\n"), body


# ---------------------------------------------------------------- E. 累计 after the report's year, the heading run in

def test_cumulative_word_after_the_year_opening_a_run_in_headings_paragraph_is_the_years():
    got = read("一、总体情况\n（一）主动公开情况2025年,东岭街道通过政府信息公开网站累计主动公开政府信息292条。"
               "其中,街道动态199条、通知公告93条。\n", STREET)
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (292, 292)
    assert read("一、总体情况\n（一）主动公开情况2025年,东岭街道累计主动公开政府信息361条。\n", STREET).get("disclosure.total") == 361


def test_guard_a_running_total_or_another_year_after_a_run_in_heading_stays_unread():
    for body in ("（一）主动公开情况截至2025年底,东岭街道累计主动公开政府信息361条。",
                 "（一）主动公开情况2025年,东岭街道自2010年以来累计主动公开政府信息361条。",
                 "（一）主动公开情况2024年,东岭街道累计主动公开政府信息361条。",
                 "（一）主动公开情况2024年,东岭街道主动公开政府信息361条。"):
        assert "disclosure.total" not in read("一、总体情况\n" + body + "\n", STREET), body


# ---------------------------------------------------------------- F. proactive counts in 条/次

def test_proactive_count_in_tiao_slash_ci():
    got = read(ACTIVE + "2025年,通过政府网站专栏、政府新媒体(微信公众号)主动公开政府信息307条/次,全文电子化率达100%。\n")
    assert got.get("disclosure.total") == 307 and "disclosure.via_website" not in got
    assert read(ACTIVE + "2025年,我局主动公开政府信息418条/次。\n").get("disclosure.total") == 418


def test_guard_a_rate_or_bare_ci_stays_unread():
    assert "fees.collected" not in read("三、政府信息公开收费情况\n2025年收取信息处理费30元/次。\n")
    assert "disclosure.total" not in read(ACTIVE + "2025年,我局主动公开政府信息418次。\n")


# ---------------------------------------------------------------- G. none received: the other information asked for

def test_none_received_of_the_other_information():
    for body in ("2025年,未收到公众申请要求公开的其它方面政府信息。", "2025年,未收到群众要求公开的其他政府信息。",
                 "本年度未收到公民要求公开的其他方面的政府信息。"):
        assert read(REQUESTS + body + "\n").get("requests.new") == 0, body


def test_guard_none_of_something_else_stays_unread():
    for body in ("2025年,未收到公众要求公开的其它方面意见。", "2025年,未收到公众要求公开的其它方面政府信息的投诉。"):
        assert "requests.new" not in read(REQUESTS + body + "\n"), body
