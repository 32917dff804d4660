"""core/numbers.py: a typed number is read as the number it plainly is, or refused with why."""
import math

import pytest

from zoning_plugin.core import numbers
from zoning_plugin.core.numbers import NumberError, read_number

TPH = ("t/h", "蒸吨/小时", "蒸吨", "吨", "t")


@pytest.mark.parametrize("given, expected, noted", [
    (5, 5.0, False), (2.5, 2.5, False), ("5", 5.0, False), (" 20.5 ", 20.5, False),
    ("5t", 5.0, True), ("5 t/h", 5.0, True), ("５", 5.0, True), ("１０蒸吨", 10.0, True), ("35吨", 35.0, True),
    ("1,000", 1000.0, True), ("1,234.5", 1234.5, True), ("0", 0.0, False),
])
def test_numbers_read_as_they_plainly_are(given, expected, noted):
    number, note = read_number(given, units=TPH)
    assert number == expected and (note is not None) == noted
    if noted:
        assert str(given).strip() in note


@pytest.mark.parametrize("given, reason", [
    ("abc", numbers.NOT_A_NUMBER), ("5kg", numbers.NOT_A_NUMBER), ("20,5", numbers.DECIMAL_COMMA),
    ("nan", numbers.NOT_FINITE), ("inf", numbers.NOT_FINITE), (float("nan"), numbers.NOT_FINITE),
    (math.inf, numbers.NOT_FINITE), ("-1", numbers.TOO_SMALL), (True, numbers.NOT_A_NUMBER),
    ("1e9", numbers.TOO_LARGE),
])
def test_what_is_not_a_usable_number_is_refused_with_the_reason(given, reason):
    with pytest.raises(NumberError) as caught:
        read_number(given, units=TPH, minimum=0, maximum=1e6)
    assert caught.value.reason == reason


def test_empty_is_not_given_and_an_exclusive_minimum_refuses_it():
    assert read_number("  ") == (None, None) and read_number(None) == (None, None)
    with pytest.raises(NumberError):
        read_number(0, minimum=0, minimum_inclusive=False)
