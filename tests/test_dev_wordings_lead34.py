"""Wordings a held-out set (heldout33, a dev set since) showed, each a class and its near misses (lead34).
Invented texts and numbers.

- A proactive total whose clause names its ways as many, its parts by channel listed in the next sentence that opens
  with 其中 (…等形式主动公开政府信息4317条。其中，通过市政府网站公开信息1206条，通过县政府门户网站发布政府信息2958条):
  the total stands; the channels after 其中 are its parts, not counts beside it.
- A CMS's facts flattened to lines of name-space-value pairs ("生成日期 2021-01-28 公开方式 主动公开"): the date is
  read; a date after a name in running text, or followed by a word no field is, is not.
- Received and handled said as two verbs joined by 、 before one count (共收到、办理政府信息公开申请23件): the requests
  received, as 收到和办理 reads.
- A page without its title line that names its issuer as the one who compiles the report, 特/现 or not (…要求，唐村镇
  人民政府编制2020年政府信息公开工作年度报告), or in the year-first title it compiles (编制形成2021年X政府信息公开年度报告).
- No requests said as no matters to handle (无依申请公开政府信息办理事项): none received.
- Table 二's procurement amount said in a sentence on centralised procurement (公开政府集中采购信息30条，采购总金额1765万元),
  in 元 as the key's unit.
- The proactive part of all the information made (共制发政府信息130件，其中主动公开18件，不予公开112件): the total; the
  part not disclosed is no request denied (a wrong value before: requests.denied 112)."""
import reportparse

TITLE = "某某县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n"
WAYS = "（一）主动公开政府信息情况。2019年，通过政府门户网站、政务公开栏、档案查询点、广播、电视、短信平台、电子屏、新媒体平台等形式主动公开政府信息4317条。"


def _values(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators if i.applicant in (None, "total")}


def test_a_total_whose_parts_by_channel_open_the_next_sentence():
    parts = "其中，通过市政府网站公开信息1206条，通过县政府门户网站发布政府信息2958条，通过新闻媒体公开信息153条。"
    values = _values(TITLE + WAYS + parts)
    assert values["disclosure.total"] == 4317
    # the parts said in the same sentence after a comma read so already
    assert _values(TITLE + WAYS[:-1] + "，" + parts)["disclosure.total"] == 4317
    # a channel's count in a sentence of its own that does not open with 其中 is a count beside it: no total
    beside = "通过县政府门户网站发布政府信息2958条，通过新闻媒体公开信息153条。"
    assert "disclosure.total" not in _values(TITLE + WAYS.replace("政务公开栏、档案查询点、广播、电视、短信平台、电子屏、新媒体平台等形式",
                                                                  "政务公开栏") + beside)


def test_a_date_in_a_cms_header_flattened_to_name_value_pairs():
    head = "索引号 0000/2021-12345 主题分类 政务公开\n组配分类 信息公开年报 发布机构 县府办\n{}\n\n"
    body = "某某县某某局2020年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息83条。\n"
    for line, want in (("生成日期 2021-01-28 公开方式 主动公开", "2021-01-28"),
                       ("生成日期 2021-01-29", "2021-01-29"),
                       ("发布日期 2021-02-03 公开方式 主动公开", "2021-02-03"),
                       ("生成日期 2021-01-28 备注 主动公开", None),          # a word no header field is
                       ("本局的生成日期 2021-01-28 公开方式 主动公开", None)):  # a name inside running text
        published = reportparse.parse_text(head.format(line) + body).published
        assert published == want, line


def test_received_and_handled_joined_by_a_pause_mark():
    head = "某某县公共资源交易中心2020年政府信息公开工作年度报告\n（二）依申请公开\n"
    for sentence, want in (("全年共收到、办理政府信息公开申请23件，均已按期答复。", 23),
                           ("全年共受理、办结政府信息公开申请17件。", 17),
                           ("全年共收到、办理依申请公开 0件,其中当面申请 0 件。", 0)):
        assert _values(head + sentence)["requests.new"] == want, sentence
    # the same verbs before a review's count are no requests
    assert "requests.new" not in _values(head + "全年共收到、办理行政复议申请23件。")


def test_the_issuer_named_as_who_compiles_a_title_less_report():
    tail = "本报告所列数据的统计期限自2021年1月1日起至12月31日止。\n一、总体情况\n2021年，主动公开政府信息97条。\n"
    for opening, want in (("根据《条例》规定，编制形成2021年某某县水利局政府信息公开年度报告。", "某某县水利局"),
                          ("根据《条例》要求，某某镇人民政府编制2021年政府信息公开工作年度报告。", "某某镇人民政府"),
                          ("根据《条例》要求，某某镇人民政府特编制2021年政府信息公开工作年度报告。", "某某镇人民政府"),
                          ("根据《条例》要求，本局编制2021年政府信息公开工作年度报告。", None),          # no name
                          ("按照县政府办公室编制的2021年政务公开工作要点，", None)):                 # another's notice
        assert reportparse.parse_text(opening + tail, require_report=False).issuer.name == want, opening


def test_no_requests_said_as_no_matters_to_handle():
    head = "某某乡人民政府2024年政府信息公开工作年度报告\n（二）依申请公开\n"
    for sentence in ("2024年，我乡无依申请公开政府信息办理事项。", "2024年，我乡无依申请公开办理事项。"):
        assert _values(head + sentence)["requests.new"] == 0, sentence
    # matters still open are no zero of requests received
    assert "requests.new" not in _values(head + "2024年，我乡无依申请公开政府信息办理事项逾期的情况。")


def test_the_procurement_amount_said_in_a_sentence_on_centralised_procurement():
    head = "某某县卫生健康局2020年政府信息公开工作年度报告\n一、总体情况\n"
    text = head + "全年主动公开政府信息3541条，其中公开政府集中采购信息26条，采购总金额1837.5万元；其他信息19条。"
    report = reportparse.parse_text(text)
    amount = next(i for i in report.indicators if i.key == "disclosure.procurement.amount")
    assert amount.value == 18375000 and amount.unit == "元"
    # an amount with no word of centralised procurement in its sentence or section, or a rough one, is not read
    for sentence in ("全年采购总金额1837.5万元。", "公开政府集中采购信息26条，采购总金额约1837.5万元。"):
        assert "disclosure.procurement.amount" not in _values(head + sentence), sentence


def test_the_proactive_part_of_the_information_made():
    head = "某某街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n"
    values = _values(head + "本年度，我街道共制发政府信息137件，其中主动公开19件，不予公开118件（不予公开理由主要是属于过程性信息）。")
    assert values["disclosure.total"] == 19
    assert "requests.denied" not in values
    # requests denied said after requests received still read
    values = _values(head + "本年度，我街道收到政府信息公开申请31件，其中予以公开17件，不予公开14件。")
    assert values["requests.new"] == 31 and values["requests.denied"] == 14
    assert "disclosure.total" not in values
