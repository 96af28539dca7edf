"""Stop 56 (lead; heldout56c c04's class): a development zone named after a county's stem (大渡口经开区) whose own
address puts its seat in another county (地址:东至县大渡口镇…: the stem names a town there) is not placed at the
stem's county (重庆's 大渡口区, read before: a WRONG region); which county it is stays unread. A zone whose address
agrees with its stem, or lies inside its stem's city, is read as before. Invented fixtures."""
import pytest

import reportparse as rp


def _region(zone: str, address: str):
    text = (f"本报告依据《中华人民共和国政府信息公开条例》要求,结合2022年{zone}政府信息公开工作编制而成。"
            f"如对本报告有任何疑问,请与{zone}政务公开办公室联系(地址:{address}新康花园3楼,邮编:247210)。\n"
            f"一、总体情况\n(一)主动公开情况\n2022年,{zone}在信息公开网主动发布信息214条。\n")
    issuer = rp.parse_text(text).issuer
    return issuer.region.code if issuer and issuer.region else None


@pytest.mark.parametrize("zone, address", [
    ("大渡口经开区", "东至县大渡口镇"),            # the stem a town of the seat's county
    ("大渡口经开区", "池州市东至县大渡口镇"),
    ("沙坪坝高新区", "合肥市蜀山区"),              # a seat in another province altogether
])
def test_a_zone_seated_in_another_county_is_not_its_stems(zone, address):
    assert _region(zone, address) is None


@pytest.mark.parametrize("zone, address, code", [
    ("大渡口经开区", "重庆市大渡口区建桥大道", "500104"),   # the address agrees with the stem
    ("东至经开区", "东至县尧渡镇", "341721"),
    ("安顺经开区", "安顺市西秀区", "520400"),               # the seat a district of the stem's city
])
def test_a_zone_seated_where_its_stem_says_is_read(zone, address, code):
    assert _region(zone, address) == code
