"""A township's report printed without its title line (街道办事处, 镇人民政府) is named by its opening's subject ("X街道
办事处2023年认真贯彻…") or the clause that compiles it ("…，X街道办事处编制本报告"); its region is the one county its
first pages name, past the opening or only in a title it cites (《X区…工作要点》), where nothing else is named; two
counties, or another city, leave it unsettled."""
from pathlib import Path

import pytest

import reportparse

SAMPLE = (Path(__file__).parent.parent / "samples" / "national-2023.txt").read_text(encoding="utf-8")
TABLES = SAMPLE[SAMPLE.index("二、主动公开"):].replace("锦江区", "本街道")
STAT = "本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2023年1月1日至2023年12月31日。"
# an opening long enough that a place named after it is past its first 300 characters
FILLER = ("坚持以公开促落实、以公开强监管、以公开优服务，进一步加强组织领导，完善工作机制，聚焦群众关心关切的热点问题，"
          "及时准确发布各类信息，切实保障人民群众的知情权、参与权、表达权和监督权。") * 3


def _issuer(text):
    issuer = reportparse.parse_text(text + TABLES).issuer
    return issuer.name, issuer.kind, issuer.region.code


@pytest.mark.parametrize("opening", [
    "青莲街道办事处2023年认真贯彻落实《条例》，" + STAT + FILLER + "\n一、总体情况\n2023年，青莲街道依托苏州市吴中区政府门户网站开设专栏。\n",
    STAT + "根据《苏州市吴中区2023年政务公开工作要点》要求，青莲街道办事处编制本报告。" + FILLER + "\n一、总体情况\n",
    STAT + "根据《吴中区2023年政务公开工作要点》要求，青莲街道办事处编制本报告。" + FILLER + "\n一、总体情况\n",
], ids=["past-the-opening", "cited-with-its-city", "cited-alone"])
def test_a_title_less_township_takes_the_one_county_its_text_names(opening):
    assert _issuer(opening) == ("青莲街道办事处", "township", "320506")


def test_a_township_named_with_no_place_has_no_region():
    assert _issuer("青莲街道办事处2023年认真贯彻落实《条例》，" + STAT + FILLER + "\n一、总体情况\n") == (
        "青莲街道办事处", "township", None)


@pytest.mark.parametrize("later", [
    "2023年，青莲街道学习苏州市吴中区和无锡市滨湖区的经验。",      # two counties
    "2023年，青莲街道依托吴中区政府网站，赴杭州市学习。",            # a city that is not the county's
], ids=["two-counties", "another-city"])
def test_other_places_named_leave_the_region_unsettled(later):
    opening = "青莲街道办事处2023年认真贯彻落实《条例》，" + STAT + FILLER + "\n一、总体情况\n" + later + "\n"
    assert _issuer(opening) == ("青莲街道办事处", "township", None)


def test_a_whole_area_as_subject_is_no_issuer():
    assert _issuer(STAT + "\n全镇2023年认真贯彻落实《条例》。\n")[0] is None
