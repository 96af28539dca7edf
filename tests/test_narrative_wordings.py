"""Sentence classes that sites the corpus does not hold write (2008–2018 prose, later prose repeats): one
test per class, on invented sentences with invented numbers. Each class was seen on real report pages;
the wording here is our own."""
import pytest

import reportparse
from reportparse.extract.narrative import narrative_figures

HEAD = "岚峰县2015年政府信息公开工作年度报告\n发布日期：2016-02-17\n"


def values(text: str) -> dict:
    return reportparse.parse_text(HEAD + text).values()


def figures(text: str) -> dict:
    return {f.key: f.value for f in narrative_figures(text)}


# ---- zero stated by a negation with words between it and the noun --------------------------------

@pytest.mark.parametrize("sentence", [
    "本年度我乡没有接到群众主动要求公开政府信息的申请。",
    "本年度本镇未发生政府信息公开申请，因而无收费。",
    "本年度本街道未接收到政府信息公开申请。",
    "本年度未收到公民、法人和其他组织提出的政府信息公开申请。",
    "2012年，我局没有受理信息公开申请。",            # 信息公开申请, without 政府
    "本年度本办未收到信息公开申请，未产生收费。",
])
def test_no_request_said_with_words_between(sentence):
    assert figures("三、依申请公开政府信息情况\n" + sentence)["requests.new"] == 0


def test_a_request_that_led_to_a_review_is_not_a_zero_of_requests():
    got = figures("五、行政复议情况\n全年未收到因政府信息公开申请而提起的行政复议。")
    assert "requests.new" not in got and got["review.total"] == 0


@pytest.mark.parametrize("sentence", [
    "本年度未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和申诉案。",
    "本年度没有发生针对本机关政府信息公开工作的行政复议案件和行政诉讼案件。",
    "全年无一例因政府信息公开申请行政复议和提起行政诉讼发生。",
    "本年度未产生针对本机关政府信息公开的行政复议与行政诉讼。",
])
def test_no_review_and_no_litigation_said_with_words_between(sentence):
    got = figures("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n" + sentence)
    # a complaint named last in the list is none too (a legacy row: 申诉案)
    assert got == {"review.total": 0, "litigation.total": 0} | ({"complaints.total": 0} if "申诉" in sentence else {})


@pytest.mark.parametrize("sentence", [
    "本年度没有发生因政府信息公开被行政复议、行政诉讼纠错的案件。",      # no case corrected, not no case
    "全年无行政复议、行政诉讼败诉案件。",
])
def test_no_lost_case_is_not_no_case(sentence):
    assert figures("五、行政复议和行政诉讼情况\n" + sentence) == {}


def test_a_count_after_the_pair_is_not_a_zero():
    got = figures("五、行政复议和行政诉讼情况\n全年无一件因政府信息公开引起的行政复议，行政诉讼3起。")
    assert got == {"litigation.total": 3}


# ---- a number that is not a count as printed -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "全年主动公开政府信息310条左右。",
    "全年收取检索复制费用约260元。",
    "全年收取信息公开费用较上年减少140元。",
    "全年受理行政复议案件近9件。",
    "全年无一起因政府信息公开引起的行政复议。",          # 一起 after 无: none, never 1
])
def test_rough_changed_or_negated_numbers_are_not_read(sentence):
    got = figures("四、政府信息公开情况\n" + sentence)
    assert all(v == 0 for v in got.values()), got


def test_an_exact_figure_beside_a_change_is_read():
    got = figures("二、主动公开情况\n全年共主动公开政府信息1236条，比上年增加127条，同比增长11%。")
    assert got == {"disclosure.total": 1236}


# ---- outcomes named in quotation marks, the answered total before its noun -----------------------

def test_quoted_outcome_labels_and_the_answered_total_before_the_noun():
    got = values("三、依申请公开政府信息情况\n在已经答复的23件申请中，“同意公开”的11件，占48%；"
                 "“同意部分公开”3件；“不予公开”的2件；“信息不存在”的4件；“非本机关政府信息”的3件。\n")
    assert got == {"requests.answered|applicant=total": 23, "requests.granted|applicant=total": 11,
                   "requests.partially_granted|applicant=total": 3, "requests.denied|applicant=total": 2,
                   "requests.reply.not_exist|applicant=total": 4, "requests.reply.not_this_agency|applicant=total": 3}


# ---- units and verb orders of channels and cases -------------------------------------------------

def test_channel_counts_in_zong_are_prose_not_a_table():
    # "当面申请4宗，占17%" ended no sentence for the appendix-table reader, which took the prose for rows
    report = reportparse.parse_text(HEAD + "三、依申请公开情况\n本局全年共受理信息公开申请23件，其中当面申请4宗，"
                                    "占17%；网上申请15宗，占65%；信函申请4宗，占18%。\n")
    assert report.values() == {"requests.new|applicant=total": 23, "requests.by_channel.in_person|applicant=total": 4,
                               "requests.by_channel.online|applicant=total": 15, "requests.by_channel.letter|applicant=total": 4}
    assert all(i.source.method == "narrative" for i in report.indicators)
    assert not any("宗" in w for w in report.warnings)


def test_channel_verbs_before_the_noun():
    got = figures("三、依申请公开情况\n全年通过网络提交申请8件，以信函方式申请5件，当面提出申请2件。")
    assert got == {"requests.by_channel.online": 8, "requests.by_channel.letter": 5, "requests.by_channel.in_person": 2}


def test_review_and_litigation_counts_in_an_and_ci():
    assert figures("五、复议诉讼情况\n本年度针对我局的行政复议案1件，行政诉讼案2件。") == {"review.total": 1, "litigation.total": 2}
    assert figures("依申请公开6次，行政复议3次，行政诉讼4次。") == {"review.total": 3, "litigation.total": 4}


# ---- proactive disclosure wordings ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("2015年本乡主动公开政府信息数37条，其中工作动态19条。", 37),
    ("2015年本局主动在门户网站公开政府信息64条。", 64),
    ("本年度通过门户网站主动公开各类信息共计235条。", 235),
    ("2015年主动公开的各类政府信息数量66件。", 66),
    ("2015年，全县共主动公开各类信息4127件。", 4127),            # 各类信息 counted in 件
    ("本年度主动在门户网站公开各种政府信息865件，其中工作动态310件。", 865),
])
def test_disclosure_total_wordings(sentence, expected):
    assert values("二、主动公开政府信息情况\n" + sentence)["disclosure.total"] == expected


def test_a_kind_of_document_in_jian_is_not_the_disclosure_total():
    assert "disclosure.total" not in figures("全年主动公开规范性文件信息5件。")


# ---- the issuer named as 本局 is the whole, a 分局 is a part ---------------------------------------

def test_benju_is_the_issuer_and_a_branch_is_a_part():
    assert figures("三、依申请公开情况\n本局2015年受理政府信息公开申请14件。") == {"requests.new": 14}
    assert figures("三、依申请公开情况\n本局下属城东分局受理政府信息公开申请6件。") == {}


# ---- fees with the kinds named in parentheses ----------------------------------------------------

def test_a_fee_with_its_kinds_in_parentheses():
    assert values("四、收费情况\n本局依申请公开收取的费用（检索费、邮寄费、复制费等）为35元。") == {"fees.collected": 35}


# ---- later-era prose that repeats the table ------------------------------------------------------

def test_requests_said_as_yishenqing_gongkai():
    got = figures("二、收到申请情况\n全区共收到政府信息依申请公开1187件。共完成政府信息依申请公开答复1142件。")
    assert got == {"requests.new": 1187, "requests.answered": 1142}


# ---- zero said as 为零 / 均为0 ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("因政府信息公开申请行政复议、提起行政诉讼的数量均为0。", {"review.total": 0, "litigation.total": 0}),
    ("本年度行政复议和行政诉讼均为零。", {"review.total": 0, "litigation.total": 0}),
    ("本年度政府信息公开申请数为零。", {"requests.new": 0}),
    ("本年度受理政府信息公开申请为零。", {"requests.new": 0}),
    ("本年度政府信息公开收费为零。", {"fees.collected": 0}),
])
def test_zero_said_as_wei_ling(sentence, expected):
    assert figures("三、依申请公开情况\n" + sentence) == expected


def test_a_zero_of_one_of_the_pair_is_not_both():
    assert figures("五、复议诉讼情况\n本年度行政复议、行政诉讼分别为0件和2件。") == {}


# ---- thousands separators ------------------------------------------------------------------------

def test_a_thousands_separator_is_part_of_the_number():
    got = values("二、主动公开政府信息情况\n全年主动公开政府信息12，345条。\n三、依申请公开情况\n"
                 "全年共收到政府信息公开申请1，027份。\n四、收费情况\n全年收取检索复制费1，250元。\n")
    assert got == {"disclosure.total": 12345, "requests.new|applicant=total": 1027, "fees.collected": 1250}


@pytest.mark.parametrize("sentence", [
    "全年主动公开政府信息12,34条。",                  # not a thousands group: neither 34 nor 1234
    "全年主动公开政府信息1,2345条。",
    "全年主动公开政府信息1,234,567,890,123条。",      # more digits than a count has: not its last groups
])
def test_a_malformed_group_is_not_read(sentence):
    assert figures(sentence) == {}


# ---- figures of another year ---------------------------------------------------------------------

def test_a_clause_about_another_year_is_not_the_reports():
    head = "岚峰县2018年政府信息公开工作年度报告\n三、依申请公开情况\n"
    read = lambda text: reportparse.parse_text(head + text).values()
    assert read("2017年共受理政府信息公开申请19件。2018年共受理政府信息公开申请27件。") == {"requests.new|applicant=total": 27}
    assert read("2017年，本局受理政府信息公开申请19件；2018年，本局受理政府信息公开申请27件。") == {"requests.new|applicant=total": 27}
    assert read("2017年未收到政府信息公开申请。2018年共受理政府信息公开申请27件。") == {"requests.new|applicant=total": 27}
    # a comparison opens with 与/比, not with the year: the figure is this year's
    assert read("与2017年相比，本年度共受理政府信息公开申请27件。") == {"requests.new|applicant=total": 27}
    assert read("2018年1月1日至12月31日，本局共受理政府信息公开申请27件，比2017年增加8件。") == {"requests.new|applicant=total": 27}


# ---- the channels of the proactive total, listed after it ------------------------------------------

@pytest.mark.parametrize("sentence, total, website, gazette", [
    ("全年主动公开政府信息4173条，其中通过政府网站公开3921条，通过政府公报公开85条。", 4173, 3921, 85),
    ("全年主动公开政府信息2604条，其中，在门户网站发布2388条、政府公报刊登文件41件。", 2604, 2388, 41),
])
def test_the_channels_listed_after_the_proactive_total_are_its_parts(sentence, total, website, gazette):
    got = values("二、主动公开政府信息情况\n" + sentence)
    assert (got["disclosure.total"], got["disclosure.via_website"], got["disclosure.via_gazette"]) == (
        total, website, gazette)


def test_a_website_count_that_is_not_a_listed_part_is_not_one():
    # (not proactive disclosure: a publicity section's media count)
    assert "disclosure.via_website" not in values("三、新闻宣传情况\n全年在各类媒体发布信息230条，其中网站发布信息120条。")


def test_a_total_said_of_one_website_is_the_total_and_the_websites_count():
    # the total's own wording, and the website's count as printed (stop 43: the corpus golds read the total, held-out
    # golds the website's; the sentence says both)
    got = values("二、主动公开政府信息情况\n全年通过政府门户网站主动公开信息1386条。")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (1386, 1386)


# ---- running totals: the schema's cumulative where the sentence settles it, else not read ---------

def periods(text: str, head: str = HEAD) -> dict:
    return {(i.key, i.period): i.value for i in reportparse.parse_text(head + text).indicators}


@pytest.mark.parametrize("sentence, key, value", [
    ("截至2015年底，我局累计主动公开政府信息4817条。", "disclosure.total", 4817),
    ("截止2015年12月31日，累计受理政府信息公开申请63件。", "requests.new", 63),
    ("自2008年5月1日以来，本镇累计主动公开政府信息2290条。", "disclosure.total", 2290),
    ("自《条例》施行以来，我县累计主动公开政府信息9174条。", "disclosure.total", 9174),
    ("本单位到目前累计主动公开政府信息352条。", "disclosure.total", 352),
    ("历年累计主动公开政府信息6033条。", "disclosure.total", 6033),
])
def test_a_running_total_since_the_regulations_is_cumulative(sentence, key, value):
    got = periods("二、主动公开政府信息情况\n" + sentence)
    assert got == {(key, "cumulative"): value}


@pytest.mark.parametrize("sentence", [
    "截至2015年底，共计主动公开政府信息4817条。",            # up to an end, from a start it does not say
    "截至2015年底，全县共受理政府信息公开申请63件。",
    "自2011年以来，累计主动公开政府信息3391条。",            # a later start: neither the year nor since 2008
    "自门户网站开通以来，我局受理政府信息公开申请41件。",
    "截至2014年底，累计主动公开政府信息3391条。",            # the running total of another year
    "我局累计主动公开政府信息287条。",                      # 累计 alone: no year, no end
])
def test_a_running_total_the_sentence_does_not_settle_is_not_read(sentence):
    assert periods("二、主动公开政府信息情况\n" + sentence) == {}


@pytest.mark.parametrize("sentence, value", [
    ("2015年，全局累计主动公开政府信息287条，其中工作动态类191条。", 287),    # opens with the report year
    ("2015年1月1日至12月31日，累计主动公开政府信息287条。", 287),
    ("今年以来，我镇累计主动公开政府信息287条。", 287),
    ("全年累计主动公开政府信息287条。", 287),
])
def test_leiji_placed_in_the_report_year_is_the_years(sentence, value):
    assert periods("二、主动公开政府信息情况\n" + sentence) == {("disclosure.total", "year"): value}


def test_the_year_and_the_running_total_in_one_sentence():
    got = periods("二、主动公开政府信息情况\n本年度主动公开政府信息287条，历年累计主动公开政府信息6033条。\n"
                  "四、收费情况\n本年度及历年均无依申请公开信息收费。\n")
    assert got == {("disclosure.total", "year"): 287, ("disclosure.total", "cumulative"): 6033,
                   ("fees.collected", "year"): 0, ("fees.collected", "cumulative"): 0}


def test_a_running_zero_since_the_regulations_is_cumulative():
    # (and the year's too, since stop 31: none since the Regulations is none this year)
    assert periods("三、依申请公开情况\n自《条例》实施以来，本局未收到政府信息公开申请。") == {
        ("requests.new", "cumulative"): 0, ("requests.new", "year"): 0}


def test_a_running_total_in_a_later_template_is_not_read():
    head = "岚峰县2021年政府信息公开工作年度报告\n"
    assert periods("二、主动公开政府信息情况\n截至2021年底，本局累计主动公开政府信息4817条。", head) == {}


# ---- the issuer named as 我街道/本镇/全局 is the whole --------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("2015年，我街道主动公开信息418条，其中业务动态类信息397条。", 418),
    ("2015年，本街道主动公开政府信息418条。", 418),
    ("一年来，本镇共主动公开信息418条。", 418),
])
def test_we_street_office_is_the_issuer(sentence, value):
    assert values("二、主动公开政府信息情况\n" + sentence) == {"disclosure.total": value}


def test_a_named_street_office_is_still_a_part():
    assert figures("二、主动公开政府信息情况\n2015年，城关街道主动公开政府信息73条。") == {}


# ---- proactive disclosure said with 公布 / 发布 --------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("2015年在门户网站主动公布政府信息有84条，主要涉及农业、城建等。", 84),
    ("全年通过公告栏，电子屏等渠道主动发布政府信息共计57条。", 57),
    ("2015年1月1日至12月31日，共发布各类主动公开信息128件。", 128),
])
def test_proactive_disclosure_said_with_gongbu_or_fabu(sentence, value):
    assert values("二、主动公开政府信息情况\n" + sentence)["disclosure.total"] == value


def test_a_kind_of_document_published_is_not_the_total():
    assert figures("二、主动公开政府信息情况\n全年共发布主动公开规范性文件信息6件。") == {}


def test_no_request_with_a_long_list_of_who_might_have_asked():
    got = figures("三、依申请公开情况\n年内，我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请。")
    assert got == {"requests.new": 0}


# ---- the body the title names is the issuer; a website named after a government is a channel -----

@pytest.mark.parametrize("title, sentence, value", [
    ("2015年岚峰县青石街道办事处政府信息公开年报", "2015年，青石街道总共主动公开政府信息233条。", 233),
    ("岚峰县政府办公室2015年政府信息公开工作年度报告", "2015年1月1日至12月31日，县政府办公室共发布各类主动公开信息141件。", 141),
])
def test_the_body_the_title_names_is_the_issuer(title, sentence, value):
    got = reportparse.parse_text(title + "\n二、主动公开政府信息情况\n" + sentence).values()
    assert got == {"disclosure.total": value}


def test_a_body_the_title_does_not_name_is_still_a_part():
    got = reportparse.parse_text("岚峰县人民政府2015年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                                 "2015年，青石街道主动公开政府信息73条；县政府办公室主动公开政府信息41条。").values()
    assert got == {}


@pytest.mark.parametrize("sentence, value", [
    ("2015年在岚峰县政府门户网站主动公布政府信息有84条。", 84),
    ("本年度通过区政府网站主动公开政府信息306条。", 306),
])
def test_a_website_named_after_a_government_is_a_channel_not_a_part(sentence, value):
    assert values("二、主动公开政府信息情况\n" + sentence) == {"disclosure.total": value, "disclosure.via_website": value}


# ---- a fee rate is no amount collected -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "本局依申请提供政府信息，检索费收费标准为每件6元，复印费每页0.3元。",
    "按照规定收取检索费每件6元。",
    "全年收取复制费6元/件。",
])
def test_a_fee_rate_is_not_the_fee_collected(sentence):
    assert figures("四、收费情况\n" + sentence) == {}


def test_the_amount_beside_a_rate_is_read():
    assert figures("四、收费情况\n依申请公开收费按每页0.3元标准收取，全年共收取费用47元。") == {"fees.collected": 47}


def test_a_figure_never_reads_across_a_field_lines_start():
    # "…本年累计46件" then "行政复议数：本年度4件": the words after 46件 belong to the next field, and a gap of
    # words never crosses a paragraph's end; before, review.total was read as 46
    text = ("青岭县人民政府2012年政府信息公开工作年度报告\n一、依申请公开情况\n全年受理政府信息公开申请，本年累计46件\n"
            "行政复议数：本年度4件，占比较小。\n")
    assert "review.total" not in reportparse.parse_text(text).values()
    # a unit carried over to the next line is still the figure's ("69\n件：同意公开…")
    wrapped = ("青岭县人民政府2012年政府信息公开工作年度报告\n三、依申请公开情况\n全年受理政府信息公开申请73件，截至12月31日已答复69\n"
               "件：同意公开41件。\n")
    assert reportparse.parse_text(wrapped).values()["requests.answered|applicant=total"] == 69


def test_a_copy_in_traditional_script_reads_the_same_figures():
    # mirror sites republish reports converted to traditional script: the sentences gave no figure at all
    simplified = ("青岭县人民政府2012年政府信息公开工作年度报告\n一、主动公开情况\n全年共主动公开政府信息2316条。\n"
                  "二、依申请公开情况\n全年共受理政府信息公开申请12件，其中网上申请7件、信函申请5件。\n"
                  "三、行政复议和行政诉讼\n全年因政府信息公开引发行政复议两件，行政诉讼1件。\n四、收费情况\n全年未收取任何费用。\n")
    traditional = ("青岭縣人民政府2012年政府信息公開工作年度報告\n一、主動公開情況\n全年共主動公開政府信息2316條。\n"
                   "二、依申請公開情況\n全年共受理政府信息公開申請12件，其中網上申請7件、信函申請5件。\n"
                   "三、行政復議和行政訴訟\n全年因政府信息公開引發行政復議兩件，行政訴訟1件。\n四、收費情況\n全年未收取任何費用。\n")
    want = reportparse.parse_text(simplified).values()
    assert want["review.total"] == 2 and want["requests.by_channel.letter|applicant=total"] == 5 and len(want) == 7
    report = reportparse.parse_text(traditional)
    assert report.values() == want
    # the provenance keeps what the text printed
    assert any("網上申請7件" in i.source.text for i in report.indicators)


# ---- no request said with 要求 as the noun --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2015年我局未收到申请公开政府信息的要求。",
    "至今，本院尚未收到群众或法人依申请公开信息要求。",
])
def test_no_request_said_as_no_demand(sentence):
    assert figures("三、依申请公开政府信息办理情况\n" + sentence)["requests.new"] == 0


def test_a_demand_of_another_kind_is_no_zero_of_requests():
    assert "requests.new" not in figures("三、依申请公开情况\n本年度未收到上级关于依申请公开信息的工作要求。")


# ---- the issuer as the subject of the proactive total, without 主动 -------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("据统计，2015年，我委公开政府信息693条。其中：工作动态信息218条。", 693),
    ("2015年，本局公开政府信息317条，其中规范性文件6件。", 317),
])
def test_the_issuer_publishing_information_is_the_proactive_total(sentence, n):
    assert values("二、主动公开政府信息情况\n" + sentence + "\n")["disclosure.total"] == n


def test_the_issuer_publishing_information_elsewhere_is_not_the_proactive_total():
    assert "disclosure.total" not in values("三、依申请公开情况\n2015年，我委公开政府信息14条。\n")


# ---- one of several figures listed at once (分别 … 148条和52条) -----------------------------------

@pytest.mark.parametrize("sentence", [
    "2015年，我局在县政府门户网站和本局网站分别主动公开政府信息163条和58条。",
    "2015年，我局在政府网站、部门网站分别主动公开政府信息163条、58条。",
    "2015年，全年主动公开政府信息163条和58条。",
    "2015年，我局在县政府门户网站和本局网站分别主动公开政府信息163条。",
])
def test_one_of_several_figures_listed_at_once_is_not_the_total(sentence):
    assert "disclosure.total" not in values("二、主动公开政府信息情况\n" + sentence + "\n")


# ---- an answer put off to next year is carried forward, never answered ------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("全年共受理政府信息公开申请27件，已办结24件，顺延至下一年答复3件。", 3),
    ("本年度收到依申请公开申请19件，其中延至下一年度办理2件。", 2),
    ("全年共受理政府信息公开申请31件，延期至下年度答复4件。", 4),
])
def test_an_answer_put_off_to_next_year_is_carried_forward(sentence, n):
    got = figures("三、依申请公开情况\n" + sentence)
    assert got["requests.carried_forward"] == n
    assert got.get("requests.answered") != n


# ---- a kind of information after the proactive verb is a part, not the total ------------------------

@pytest.mark.parametrize("sentence, part", [
    ("全年街道公开政府信息58条，其中主动公开公文信息6条。", 6),
    ("本年度镇政府公开信息93条，其中主动公开概况类信息7条。", 7),
    ("通过门户网站主动发布工作动态信息40条。", 40),
    ("发布主动公开文件及政策解读信息9条、董事管理文件88件。", 9),
    ("主动公开的政府信息中便民办事服务信息35条。", 35),
])
def test_a_kind_of_information_is_not_the_proactive_total(sentence, part):
    assert figures("一、主动公开情况\n" + sentence).get("disclosure.total") != part


def test_all_kinds_of_information_is_the_proactive_total():
    assert figures("一、主动公开情况\n全年主动公开各类信息93条。")["disclosure.total"] == 93


# ---- channels said as 现场 (in person) and 邮寄 (by letter) -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "全年收到政府信息公开申请26件（其中：网上申请17件，现场申请6件，邮寄3件）。",
    "本年度共受理依申请公开申请26件，其中网络申请17件、现场提交6件、邮寄申请3件。",
])
def test_in_person_and_post_channels(sentence):
    got = figures("二、依申请公开情况\n" + sentence)
    assert (got["requests.new"], got["requests.by_channel.online"], got["requests.by_channel.in_person"],
            got["requests.by_channel.letter"]) == (26, 17, 6, 3)


# ---- 行政复议、诉讼案件: the second noun without its 行政 -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "本年度无涉及政府信息公开行政复议、诉讼案件。",
    "全年未发生因政府信息公开引起的行政复议和诉讼案件。",
])
def test_no_review_and_no_suit_with_a_short_second_noun(sentence):
    got = figures("四、行政复议和行政诉讼情况\n" + sentence)
    assert got["review.total"] == 0 and got["litigation.total"] == 0


# ---- normative documents newly issued / still in force said in prose ---------------------------------

@pytest.mark.parametrize("sentence, issued, in_force", [
    ("2023年度新发布的行政规范性文件5件，确定继续有效的行政规范性文件38件。", 5, 38),
    ("全年新出台规范性文件9件，继续有效的规范性文件61件。", 9, 61),
])
def test_new_and_still_valid_normative_documents(sentence, issued, in_force):
    got = figures("（三）政府信息管理\n" + sentence)
    assert got["disclosure.normative_docs.issued"] == issued
    assert got["disclosure.normative_docs.in_force"] == in_force


# ---- the proactive total said with 信息 alone, after a word that makes it the whole ------------------

@pytest.mark.parametrize("sentence, n", [
    ("2015年度共公开信息264条，涵盖工作动态、通知公告等。", 264),
    ("我院依托门户网站、微信公众号等载体向社会公布信息853条。", 853),
    ("2015年累计发布政府信息119条，具体包括政府文件12条。", 119),
])
def test_the_proactive_total_with_information_alone(sentence, n):
    assert figures("一、主动公开政府信息情况\n" + sentence)["disclosure.total"] == n


@pytest.mark.parametrize("sentence", [
    "本局网站共发布信息3172条，微博更新4061条。",       # a channel's posts, not the total
    "全年共公开信息300余条。",                          # rough
])
def test_a_channels_posts_or_a_rough_count_is_no_total(sentence):
    assert "disclosure.total" not in figures("一、主动公开政府信息情况\n" + sentence)


def test_a_review_request_count_is_the_review_total():
    got = figures("四、行政复议和行政诉讼情况\n我乡收到有关政府信息公开行政复议申请3件，行政诉讼1件。")
    assert got["review.total"] == 3 and got["litigation.total"] == 1


@pytest.mark.parametrize("sentence, n", [
    ("截止12月31日止，本镇2015年度共主动公开政府信息47条，全文电子化率达100%。", 47),
    ("截至目前，我局2015年度共主动公开政府信息52条。", 52),
])
def test_the_reports_own_year_after_a_running_end_is_the_years_figure(sentence, n):
    # 截止12月31日 is the year's end; the report's year said as 2015年度 makes the figure the year's
    report = reportparse.parse_text(HEAD + "二、主动公开政府信息情况\n" + sentence)
    assert report.value("disclosure.total") == n


def test_a_running_total_up_to_the_years_end_stays_cumulative():
    report = reportparse.parse_text(HEAD + "二、主动公开政府信息情况\n截至2015年底，累计主动公开政府信息5230条。")
    assert report.get("disclosure.total", period="cumulative").value == 5230


@pytest.mark.parametrize("sentence", [
    "2015年，全年未收到依申请公开来信，无意见投诉情况。",
    "本年度，未接到群众要求公开的信息。",
    "本年度我镇没有收到要求公开政府信息的来信，亦未受理当面申请。",
])
def test_no_request_said_as_no_letter_or_no_information_asked_for(sentence):
    assert figures("二、依申请公开情况\n" + sentence)["requests.new"] == 0
