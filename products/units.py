"""Imperial equivalents of metric spec values, for the English product pages.

``imperial("18-26", "t")`` → ``"39,700–57,300 lb"``: the stored value (a number or a range) is converted
from the stored unit (as the editors enter it, Chinese or metric); anything this module cannot read —
an unknown unit, a value with words or signs in it (``约20``, ``≥ 30``), a huge or non-finite number —
gives ``None`` and the page shows the metric value alone. Nothing here raises on odd input.

Rounding: three significant figures with at most one decimal from 1 up (``39,683 lb`` → ``39,700 lb``,
``1.77 in`` → ``1.8 in``), two significant figures below 1 (``0.458 yd³`` → ``0.46 yd³``: one decimal would
show ``0.5``, 9 % off for a bucket of 0.35 m³).
"""

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# The stored unit is read from this attribute of a spec field. django-modeltranslation, once it registers
# SpecField.unit, makes ``unit`` the visitor's language and keeps the editors' text in ``unit_zh_hans``;
# until then the attribute does not exist and ``unit`` is used (see stored_unit()).
STORED_UNIT_ATTR = "unit_zh_hans"

POUND_KG = Decimal("0.45359237")
INCH_MM = Decimal("25.4")
FOOT_M = Decimal("0.3048")
YARD_M = Decimal("0.9144")
US_GALLON_L = Decimal("3.785411784")
PSI_PA = Decimal("6894.757293168361")
HORSEPOWER_W = Decimal("745.69987158227022")  # mechanical hp: 550 ft·lbf/s
POUND_FORCE_N = Decimal("4.4482216152605")
FOOT_POUND_J = POUND_FORCE_N * FOOT_M

# Metric unit → (factor to multiply by, imperial unit shown).
CONVERSIONS = {
    "t": (1000 / POUND_KG, "lb"),
    "kg": (1 / POUND_KG, "lb"),
    "l/min": (1 / US_GALLON_L, "gpm"),
    "bar": (100_000 / PSI_PA, "psi"),
    "mpa": (1_000_000 / PSI_PA, "psi"),
    "mm": (1 / INCH_MM, "in"),
    "cm": (10 / INCH_MM, "in"),
    "m": (1 / FOOT_M, "ft"),
    "m2": (1 / FOOT_M**2, "ft²"),
    "m3": (1 / YARD_M**3, "yd³"),
    "kw": (1000 / HORSEPOWER_W, "hp"),
    "kn": (1000 / POUND_FORCE_N, "lbf"),
    "j": (1 / FOOT_POUND_J, "ft·lbf"),
    "kj": (1000 / FOOT_POUND_J, "ft·lbf"),
    # A vibro hammer's eccentric moment (mass × arm): the trade quotes it in lb·in.
    "kgm": (1 / POUND_KG / (INCH_MM / 1000), "lb·in"),
}

# How units are written, after normalize_unit(), when not already a key of CONVERSIONS.
ALIASES = {
    "吨": "t",
    "噸": "t",
    "公吨": "t",
    "公斤": "kg",
    "千克": "kg",
    "升/分": "l/min",
    "升/分钟": "l/min",
    "升/分鐘": "l/min",
    "l/分": "l/min",
    "l/分钟": "l/min",
    "lpm": "l/min",
    "巴": "bar",
    "兆帕": "mpa",
    "毫米": "mm",
    "厘米": "cm",
    "公分": "cm",
    "米": "m",
    "平方米": "m2",
    "立方米": "m3",
    "千瓦": "kw",
    "千牛": "kn",
    "焦": "j",
    "焦耳": "j",
    "千焦": "kj",
    "公斤米": "kgm",
    "千克米": "kgm",
}

# Marks written between the parts of a compound unit (kg·m, kg.m, kg-m) or around it.
UNIT_NOISE = re.compile(r"[\s·•・⋅∙.*×\-]")
# A number: digits with optional thousands separators (comma, or a space of some width), then decimals.
NUMBER = r"(?:[0-9]{1,3}(?:[, \u00a0\u2009\u202f][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+"
RANGE_SEPARATOR = r"\s*(?:-|~|–|—|‒|−|至|到|to)\s*"
VALUE = re.compile(rf"\s*({NUMBER})(?:{RANGE_SEPARATOR}({NUMBER}))?\s*", re.IGNORECASE)
MAX_VALUE_LENGTH = 60
# Beyond these no spec is real, and the digits would not fit a cell.
MAX_MAGNITUDE = Decimal(10) ** 9
MIN_MAGNITUDE = Decimal(10) ** -6


def normalize_unit(unit):
    """The key of CONVERSIONS for ``unit`` as written (``m³``, ``立方米``, ``KG``, ``kg·m``), or None."""
    text = unicodedata.normalize("NFKC", unit).lower()  # m³ → m3, full-width letters → ASCII
    text = UNIT_NOISE.sub("", text)
    key = ALIASES.get(text, text)
    return key if key in CONVERSIONS else None


def parse_value(value):
    """The numbers in a stored value: ``(low,)`` or ``(low, high)`` as Decimals, or None when unreadable."""
    if len(value) > MAX_VALUE_LENGTH:
        return None
    text = unicodedata.normalize("NFKC", value)  # full-width digits, ～ and － become ASCII
    match = VALUE.fullmatch(text)
    if match is None:
        return None
    numbers = []
    for part in match.groups():
        if part is None:
            continue
        try:
            number = Decimal(re.sub(r"[, \u00a0\u2009\u202f]", "", part))
        except InvalidOperation:  # pragma: no cover - the pattern admits only plain digits
            return None
        if not number.is_finite() or number > MAX_MAGNITUDE or 0 < number < MIN_MAGNITUDE:
            return None
        numbers.append(number)
    return tuple(numbers)


def round_sensibly(number):
    """Three significant figures, at most one decimal, from 1 up; two significant figures below 1."""
    if number.is_zero():
        return Decimal(0)
    exponent = max(number.adjusted() - 2, -1) if number >= 1 else number.adjusted() - 1
    return number.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def format_number(number):
    """``39700`` → ``"39,700"``, ``1.80`` → ``"1.8"``, ``2.0`` → ``"2"``."""
    text = f"{number:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def imperial(value, unit):
    """The imperial equivalent of ``value`` (stored text) in ``unit`` (stored metric unit), or None."""
    if not isinstance(value, str) or not isinstance(unit, str):
        return None
    key = normalize_unit(unit)
    numbers = parse_value(value) if key else None
    if not numbers:
        return None
    factor, shown_unit = CONVERSIONS[key]
    parts = []
    for number in numbers:
        text = format_number(round_sensibly(number * factor))
        if text not in parts:  # a range whose ends round alike is one value
            parts.append(text)
    return f"{'–'.join(parts)} {shown_unit}"


def stored_unit(field):
    """The unit of a spec field (or the tonnage row) as the editors stored it: metric, often Chinese."""
    return getattr(field, STORED_UNIT_ATTR, None) or getattr(field, "unit", "") or ""
