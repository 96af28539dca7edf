"""An invented 2020 county report whose table 三 is typed one cell a line — its head, each row's label lines and its
tail — for the crawler-damage tests that set their own figures in it (test_tables62, test_blanks62)."""

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")

# (key, the lines before the row's cells), in the 2019 template's order
ROW_LABELS = [
    ("requests.new", ["一、本年新收政府信息公开申请数量"]),
    ("requests.carried_over", ["二、上年结转政府信息公开申请数量"]),
    ("requests.granted", ["三、本年度办理结果", "（一）予以公开"]),
    ("requests.partially_granted", ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
    ("requests.denied.state_secret", ["（三）不予公开", "1.属于国家秘密"]),
    ("requests.denied.prohibited_by_law", ["2.其他法律行政法规禁止公开"]),
    ("requests.denied.security_stability", ["3.危及“三安全一稳定”"]),
    ("requests.denied.third_party", ["4.保护第三方合法权益"]),
    ("requests.denied.internal_affairs", ["5.属于三类内部事务信息"]),
    ("requests.denied.process_info", ["6.属于四类过程性信息"]),
    ("requests.denied.enforcement_file", ["7.属于行政执法案卷"]),
    ("requests.denied.admin_query", ["8.属于行政查询事项"]),
    ("requests.unable.not_held", ["（四）无法提供", "1.本机关不掌握相关政府信息"]),
    ("requests.unable.needs_creation", ["2.没有现成信息需要另行制作"]),
    ("requests.unable.unclear", ["3.补正后申请内容仍不明确"]),
    ("requests.not_processed.petition", ["（五）不予处理", "1.信访举报投诉类申请"]),
    ("requests.not_processed.duplicate", ["2.重复申请"]),
    ("requests.not_processed.publication", ["3.要求提供公开出版物"]),
    ("requests.not_processed.excessive", ["4.无正当理由大量反复申请"]),
    ("requests.not_processed.confirmation", ["5.要求行政机关确认或重新出具已获取信息"]),
    ("requests.other", ["（六）其他处理"]),
    ("requests.answered", ["（七）总计"]),
    ("requests.carried_forward", ["四、结转下年度继续办理"]),
]


def head(county: str, date: str, sentence: str) -> list[str]:
    """The title, date, overview and table 三's header lines of `county`'s report."""
    return [f"{county}人民政府2020年政府信息公开工作年度报告", f"发布日期：{date}",
            "一、总体情况", f"2020年，{county}{sentence}",
            "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计",
            "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def tail(county: str, problem: str) -> list[str]:
    return ["五、存在的主要问题及改进情况", problem, f"{county}人民政府办公室"]


def rows(figures: dict[str, tuple]) -> list[tuple]:
    """(key, label lines, the six applicants' figures) for every row: `figures` by key, zeros where none is given."""
    return [(key, lead, figures.get(key, (0,) * 6)) for key, lead in ROW_LABELS]


def truth(table_rows: list[tuple]) -> dict:
    """Each row's value ids and figures, the total the six's sum."""
    return {f"{key}|applicant={who}": v for key, _, six in table_rows
            for who, v in zip(APPLICANTS, six + (sum(six),))}
