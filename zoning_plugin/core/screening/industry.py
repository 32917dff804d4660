"""GB/T 4754-2017 国民经济行业分类: the 门类 (sections, A–T) and 大类 (divisions, 01–97) shipped as
data (resources/industry/gbt4754_2017_divisions.csv), and the reading of an industry code a user
gives. A code is a section letter and 2 to 4 digits (C26, C261, C2614); its 大类 is the letter and
the first two digits. Only the 门类 and 大类 are checked against the table: the 中类/小类 digits of a
longer code are taken as given (the result says so). A code that cannot be read gets a message,
never a guess."""
import csv
import functools
import os
import re
import unicodedata
from dataclasses import dataclass

from zoning_plugin.core.errors import DatasetError, InputError
from zoning_plugin.core.messages import say

STANDARD = "GB/T 4754-2017"
INDUSTRY_TABLE_PATH = os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), os.pardir, "resources", "industry",
    "gbt4754_2017_divisions.csv"))

_CODE = re.compile(r"^([A-Z])(\d{2})(\d{0,2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{0,2})$")
_LETTER = re.compile(r"^[A-Z]$")

# How a code relates to a prefix of a rule: the code lies inside the prefix's class (C2614 in C26),
# or the code is coarser and the prefix's class lies inside it (C32 holds C321).
WITHIN, BROADER = "within", "broader"


@dataclass(frozen=True)
class IndustryTable:
    sections: dict     # letter -> 门类 name
    divisions: dict    # two digits -> (letter, 大类 name)


@functools.lru_cache(maxsize=4)
def industry_table(path=INDUSTRY_TABLE_PATH):
    """The 门类 and 大类 of the shipped table; DatasetError when it is missing or malformed."""
    sections, divisions = {}, {}
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError) as error:
        raise DatasetError(say(f"无法读取行业分类表：{path}：{error}", f"cannot read the industry table: {path}: {error}")) from None
    for number, row in enumerate(rows, 2):
        code, name, section = (str(row.get(k) or "").strip() for k in ("code", "name", "section"))
        if _LETTER.match(code) and code == section and name:
            sections[code] = name
        elif re.fullmatch(r"\d{2}", code) and _LETTER.match(section) and name:
            divisions[code] = (section, name)
        else:
            raise DatasetError(say(f"行业分类表第 {number} 行无法识别：{path}", f"row {number} of the industry table is not understood: {path}"))
    orphans = sorted(d for d, (s, _n) in divisions.items() if s not in sections)
    if not sections or not divisions or orphans:
        raise DatasetError(say(f"行业分类表不完整：{path}", f"incomplete industry table: {path}"))
    return IndustryTable(sections, divisions)


@dataclass(frozen=True)
class IndustryCode:
    code: str            # normalised: C2614
    section: str         # C
    section_name: str    # 制造业
    division: str        # C26
    division_name: str   # 化学原料和化学制品制造业

    @property
    def digits(self):
        return self.code[1:]

    @property
    def detailed(self):
        """True when the code has 中类/小类 digits, which the shipped table does not check."""
        return len(self.code) > 3

    def relation(self, prefix):
        """WITHIN, BROADER or None: how this code relates to a rule's prefix (C26, C1713)."""
        prefix = normalise_code(prefix)
        if not prefix or prefix[0] != self.section:
            return None
        if self.digits.startswith(prefix[1:]):
            return WITHIN
        if prefix[1:].startswith(self.digits):
            return BROADER
        return None

    def label(self):
        """C2614（大类 C26 化学原料和化学制品制造业）"""
        if self.code == self.division:
            return say(f"{self.code} {self.division_name}（门类 {self.section} {self.section_name}）",
                       f"{self.code} {self.division_name} (section {self.section} {self.section_name})")
        return say(f"{self.code}（大类 {self.division} {self.division_name}）",
                   f"{self.code} (division {self.division} {self.division_name})")

    def to_dict(self):
        return {"code": self.code, "section": self.section, "section_name": self.section_name,
                "division": self.division, "division_name": self.division_name,
                "detail_checked": not self.detailed, "standard": STANDARD}


def normalise_code(value):
    """Full-width forms folded (ＣＩ２６ → CI26), blanks removed, upper case."""
    return "".join(unicodedata.normalize("NFKC", str(value)).split()).upper()


def _shown(value):
    return " ".join(str(value).split())[:30]


def parse_industry_code(value, path=INDUSTRY_TABLE_PATH):
    """The IndustryCode of a user's code; InputError with a readable message when it cannot be."""
    table = industry_table(path)
    if value is None or (isinstance(value, float) and value != value):
        raise InputError(say("未填写行业代码", "no industry code given"))
    code = normalise_code(value)
    if not code:
        raise InputError(say("未填写行业代码", "no industry code given"))
    match = _CODE.match(code)
    if match is None:
        digits = _DIGITS.match(code)
        if digits and digits.group(1) in table.divisions:
            letter = table.divisions[digits.group(1)][0]
            raise InputError(
                say(f"行业代码「{_shown(value)}」缺少门类字母：大类 {digits.group(1)} 属于门类 {letter}（{table.sections[letter]}），请写作 {letter}{code}",
                    f"the industry code “{_shown(value)}” lacks its section letter: division {digits.group(1)} is in section {letter} ({table.sections[letter]}); write {letter}{code}"))
        if _LETTER.match(code):
            raise InputError(
                say(f"行业代码「{_shown(value)}」只有门类，请至少写到大类（门类字母加两位数字，如 C26）",
                    f"the industry code “{_shown(value)}” gives only the section: give at least the division (a letter and two digits, e.g. C26)"))
        raise InputError(
            say(f"行业代码「{_shown(value)}」格式不对：应为 {STANDARD} 的门类字母加 2–4 位数字，如 C2614",
                f"the industry code “{_shown(value)}” is not a {STANDARD} code: a section letter and 2 to 4 digits, e.g. C2614"))
    letter, two = match.group(1), match.group(2)
    if letter not in table.sections:
        raise InputError(
            say(f"行业代码「{_shown(value)}」的门类 {letter} 不存在：{STANDARD} 的门类为 "
                f"{min(table.sections)}–{max(table.sections)}",
                f"the industry code “{_shown(value)}”: no section {letter} in {STANDARD}, whose sections are "
                f"{min(table.sections)}–{max(table.sections)}"))
    if two not in table.divisions:
        raise InputError(
            say(f"行业代码「{_shown(value)}」的大类 {letter}{two} 不存在于 {STANDARD}",
                f"the industry code “{_shown(value)}”: no division {letter}{two} in {STANDARD}"))
    owner, name = table.divisions[two]
    if owner != letter:
        raise InputError(
            say(f"行业代码「{_shown(value)}」不成立：大类 {two}（{name}）属于门类 {owner}，不属于门类 {letter}",
                f"the industry code “{_shown(value)}” does not hold: division {two} ({name}) belongs to section {owner}, not {letter}"))
    return IndustryCode(code=code, section=letter, section_name=table.sections[letter],
                        division=f"{letter}{two}", division_name=name)


def check_prefix(prefix, path=INDUSTRY_TABLE_PATH):
    """A rule's industry prefix must itself be a readable code (its 大类 in the table)."""
    return parse_industry_code(prefix, path).code
