import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.phones import display_phone, normalize_phone


@pytest.mark.parametrize(
    "typed",
    ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "008613812345678", " 13812345678 "],
)
def test_mainland_mobile_numbers_are_stored_as_e164(typed):
    assert normalize_phone(typed) == "+8613812345678"


def test_numbers_of_other_countries_need_their_country_code():
    assert normalize_phone("+852 5123 4567") == "+85251234567"
    assert normalize_phone("+1 650 253 0000") == "+16502530000"


@pytest.mark.parametrize("typed", ["1381234abcd", "call me", "138<script>", "1" * 40, "", "   ", "+"])
def test_letters_symbols_and_nonsense_are_refused(typed):
    with pytest.raises(ValidationError):
        normalize_phone(typed)


def test_a_short_mainland_number_is_refused_with_a_chinese_message():
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        normalize_phone("1381234567")
    message = str(error.value.messages[0])
    assert "手机" in message or "号码" in message


def test_a_mainland_landline_is_not_a_mobile_number():
    with pytest.raises(ValidationError) as error:
        normalize_phone("0734-8888665")
    assert error.value.code == "not_mobile"
    assert normalize_phone("0734-8888665", mobile_only=False) == "+867348888665"


def test_a_hong_kong_number_without_country_code_is_read_as_mainland_and_refused():
    with pytest.raises(ValidationError):
        normalize_phone("51234567")


def test_display_phone_groups_the_digits():
    assert display_phone("+8613812345678") == "+86 138 1234 5678"
