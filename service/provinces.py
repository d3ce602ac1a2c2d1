"""The 34 provincial-level divisions of China, grouped into the regions the sales network lists.

Codes are pinyin slugs (stable in URLs and records); names are the Chinese names shown on the site.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.TextChoices):
    BEIJING = "beijing", "北京市"
    TIANJIN = "tianjin", "天津市"
    HEBEI = "hebei", "河北省"
    SHANXI = "shanxi", "山西省"
    NEIMENGGU = "neimenggu", "内蒙古自治区"
    LIAONING = "liaoning", "辽宁省"
    JILIN = "jilin", "吉林省"
    HEILONGJIANG = "heilongjiang", "黑龙江省"
    SHANGHAI = "shanghai", "上海市"
    JIANGSU = "jiangsu", "江苏省"
    ZHEJIANG = "zhejiang", "浙江省"
    ANHUI = "anhui", "安徽省"
    FUJIAN = "fujian", "福建省"
    JIANGXI = "jiangxi", "江西省"
    SHANDONG = "shandong", "山东省"
    HENAN = "henan", "河南省"
    HUBEI = "hubei", "湖北省"
    HUNAN = "hunan", "湖南省"
    GUANGDONG = "guangdong", "广东省"
    GUANGXI = "guangxi", "广西壮族自治区"
    HAINAN = "hainan", "海南省"
    CHONGQING = "chongqing", "重庆市"
    SICHUAN = "sichuan", "四川省"
    GUIZHOU = "guizhou", "贵州省"
    YUNNAN = "yunnan", "云南省"
    XIZANG = "xizang", "西藏自治区"
    SHAANXI = "shaanxi", "陕西省"
    GANSU = "gansu", "甘肃省"
    QINGHAI = "qinghai", "青海省"
    NINGXIA = "ningxia", "宁夏回族自治区"
    XINJIANG = "xinjiang", "新疆维吾尔自治区"
    XIANGGANG = "xianggang", "香港特别行政区"
    AOMEN = "aomen", "澳门特别行政区"
    TAIWAN = "taiwan", "台湾省"


PROVINCES = Province.choices
PROVINCE_NAMES = dict(PROVINCES)


class Region(models.TextChoices):
    NORTH = "north", _("North China")
    EAST = "east", _("East China")
    SOUTH = "south", _("South China")
    CENTRAL = "central", _("Central China")
    SOUTHWEST = "southwest", _("Southwest China")
    NORTHWEST = "northwest", _("Northwest China")
    NORTHEAST = "northeast", _("Northeast China")
    HK_MACAO_TAIWAN = "hmt", _("Hong Kong, Macao and Taiwan")


P = Province
# 华北 华东 华南 华中 西南 西北 东北 港澳台, in that order.
REGIONS = {
    Region.NORTH: [P.BEIJING, P.TIANJIN, P.HEBEI, P.SHANXI, P.NEIMENGGU],
    Region.EAST: [P.SHANGHAI, P.JIANGSU, P.ZHEJIANG, P.ANHUI, P.FUJIAN, P.JIANGXI, P.SHANDONG],
    Region.SOUTH: [P.GUANGDONG, P.GUANGXI, P.HAINAN],
    Region.CENTRAL: [P.HENAN, P.HUBEI, P.HUNAN],
    Region.SOUTHWEST: [P.CHONGQING, P.SICHUAN, P.GUIZHOU, P.YUNNAN, P.XIZANG],
    Region.NORTHWEST: [P.SHAANXI, P.GANSU, P.QINGHAI, P.NINGXIA, P.XINJIANG],
    Region.NORTHEAST: [P.LIAONING, P.JILIN, P.HEILONGJIANG],
    Region.HK_MACAO_TAIWAN: [P.XIANGGANG, P.AOMEN, P.TAIWAN],
}
del P

REGION_OF = {province: region for region, provinces in REGIONS.items() for province in provinces}


def province_name(code):
    """The Chinese name of a province code, or the code itself when unknown."""
    return PROVINCE_NAMES.get(code, code)


def region_of(code):
    return REGION_OF.get(code)


def validate_province_codes(value):
    """A list of known, distinct province codes (an office's coverage)."""
    from django.core.exceptions import ValidationError

    if not isinstance(value, list):
        raise ValidationError(_("Enter a list of provinces."), code="invalid")
    unknown = [code for code in value if code not in PROVINCE_NAMES]
    if unknown:
        raise ValidationError(
            _("Unknown province: %(codes)s."), code="unknown_province", params={"codes": ", ".join(map(str, unknown))}
        )
    if len(set(value)) != len(value):
        raise ValidationError(_("A province is listed twice."), code="duplicate")
