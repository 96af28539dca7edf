"""The ways of applying for information (网上, 当面, 信函…), one owner: a request count said for one way is that way's,
a list of the ways names them all, and another matter (复议, 诉讼, 来信) after which no count is a request's. Read by
narrative_channels (whose count a sentence gives) and by the rows of data/narrative.tsv ($ONLINE_WAY, $WAYS_LISTED…)."""
from __future__ import annotations

from ..patterns import LazyPattern

# The ways of applying, one owner: these rules and the channel rows of narrative.tsv ($ONLINE_WAY, $IN_PERSON_WAY,
# $EMAIL_WAY, put in by narrative._patterns) name them from here
WAY_FAMILIES = {"$ONLINE_WAY": "网络|网上|在线|互联网|网站", "$IN_PERSON_WAY": "当面|现场", "$EMAIL_WAY": "电子邮件|电子邮箱"}
_WAY_WORDS = "|".join(WAY_FAMILIES.values()) + r"|窗口|邮寄|信函|传真|邮箱|电话"
_REQUEST_WAYS = r"(?<![、,，和及与])(?:" + _WAY_WORDS + r"|其他渠道|其他方式|其他途径)(?:方式|形式|渠道|途径)?"
# two or more ways listed before the requests' noun with no 等 (接收来信及平台依申请公开事项23件; 当面、网上依申请公开申请):
# all of them, the year's requests (the rows of narrative.tsv name it $WAYS_LISTED); a letter (来信) and a platform (平台)
# are ways there, never alone (群众来信 is a petition's)
_ONE_WAY = "(?:" + _WAY_WORDS + r"|来信|平台)"
WAYS_LISTED = _ONE_WAY + r"(?:[、和及与]" + _ONE_WAY + r")+(?:方式|形式|渠道|途径)?(?:提出|提交)?的?"
# another matter whose cases a sentence may count, after which no count is a request's (the rows of narrative.tsv
# name it $OTHER_MATTER: 收到行政复议申请5件，其中2件转至下年): a review, a lawsuit, a complaint, a petition's letter;
# never a letter listed with another way of applying (接收来信及平台依申请公开事项23件，除2件顺延至下年度…: requests)
OTHER_MATTER = (r"(?:复议|诉讼|投诉(?!类)|(?<!" + _ONE_WAY + r"[、和及与])来信(?![、和及与]" + _ONE_WAY + r"))")
# a request count whose verb follows one way of applying, where its paragraph counts another way's requests too
# (网站受理依申请公开9件；当面受理…7件): that way's count, not the year's requests; a way said alone (通过市政府网站收到
# 申请2条) is how they all came, and a list of the ways (通过信函、传真、当面申请的方式接受…33件) names them all
ONE_REQUEST_WAY = LazyPattern(_REQUEST_WAYS + "$")
WAY_COUNT = LazyPattern(_REQUEST_WAYS + r"(?:受理|收到|接收|接受|提交|提出|申请)[^,，。;；:：\n\d]{0,20}?\d+(?:件|条)")
