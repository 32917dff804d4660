"""Numbers a user typed: read as the number they plainly are (full-width digits, a unit after the
number, thousands separators), or refused with the reason; never NaN, an infinity or a guess.
Where the text was read (a unit dropped, full-width digits), `note` says so, for the log."""
import math
import re
import unicodedata

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.messages import say

NOT_A_NUMBER, NOT_FINITE, TOO_SMALL, TOO_LARGE, DECIMAL_COMMA = \
    "not_a_number", "not_finite", "too_small", "too_large", "decimal_comma"

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_ENGLISH = {NOT_A_NUMBER: ("不是数字", "not a number"), NOT_FINITE: ("不是有限数值", "not a finite number"),
            TOO_SMALL: ("小于允许的最小值", "below the smallest value allowed,"),
            TOO_LARGE: ("大于允许的最大值", "above the largest value allowed,"),
            DECIMAL_COMMA: ("逗号含义不明（小数点请用“.”）", "ambiguous: write the decimal point as “.”")}


class NumberError(InputError):
    """A number refused: `reason` (one of the constants), `value` as given, `limit` for a range."""

    def __init__(self, reason, value, limit=None):
        self.reason, self.value, self.limit = reason, value, limit
        chinese, english = _ENGLISH[reason]
        shown = " ".join(str(value).split())[:40]
        bound = f" {limit:g}" if limit is not None else ""
        super().__init__(say(f"「{shown}」{chinese}{bound}", f"“{shown}” is {english}{bound}"))


def read_number(value, units=(), minimum=None, maximum=None, minimum_inclusive=True):
    """(float, note) of `value`, or (None, None) when it is empty. `units` are the words a number
    may carry after it ("t/h", "蒸吨"), dropped; note is None when nothing had to be read into it.
    NumberError when it is not a number, not finite, or outside [minimum, maximum] (minimum
    exclusive unless `minimum_inclusive`)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    note = None
    if isinstance(value, bool):
        raise NumberError(NOT_A_NUMBER, value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value)
        plain = unicodedata.normalize("NFKC", text).strip()
        for unit in sorted(units, key=len, reverse=True):
            folded = unicodedata.normalize("NFKC", unit)
            if plain.lower().endswith(folded.lower()) and len(plain) > len(folded):
                plain = plain[:len(plain) - len(folded)].strip()
                break
        if "," in plain:
            if not _THOUSANDS.match(plain):
                raise NumberError(DECIMAL_COMMA, value)
            plain = plain.replace(",", "")
        try:
            number = float(plain)
        except ValueError:
            raise NumberError(NOT_A_NUMBER, value) from None
        if plain.lower() in ("nan", "+nan", "-nan") or "inf" in plain.lower():
            raise NumberError(NOT_FINITE, value)
        if plain != text.strip():
            note = f"「{text.strip()}」→ {number:g}"
    if not math.isfinite(number):
        raise NumberError(NOT_FINITE, value)
    if minimum is not None and (number < minimum or (number == minimum and not minimum_inclusive)):
        raise NumberError(TOO_SMALL, value, minimum)
    if maximum is not None and number > maximum:
        raise NumberError(TOO_LARGE, value, maximum)
    return number, note
