"""Numbered items in one cell of a list: where the numbering starts and where each item ends.

A cell often holds a whole dimension as numbered items ("1.…2.…", "（1）…（2）…", "①…②…",
"一、…二、…"), and a unit's list is often numbered on across its dimensions, so the cell of the
second dimension starts at "4." or "（4）". A cell is split where its numbering runs n, n+1, n+2 …:
from the number it opens with, or from 1 when it opens with text (a preamble). Numbers of other
values between them are text ("GB 3838-2002 中 3.1", "2.5 万吨" are no item starts: a number
followed by a digit never is). An item keeps its text verbatim, only its number is taken off.

What still looks like an item start inside an item (the run's own style after a full stop, a
semicolon or a line break: "甲。3.丙。") is told as `merged`, so the import can warn about it.
"""
import re
from dataclasses import dataclass

# At the start or after a blank or punctuation; never inside a word or a figure.
_BEFORE = r"(?:^|(?<=[\s。；;：:，,！!？?]))"
_CHINESE_DIGITS = "一二三四五六七八九十"
_STYLES = (
    re.compile(_BEFORE + r"(?P<n>[0-9０-９]{1,2})\s*[.．、](?![0-9０-９])"),
    re.compile(_BEFORE + r"[（(]\s*(?P<n>[0-9０-９]{1,2})\s*[）)]"),
    re.compile(r"(?P<c>[\u2460-\u2473])"),
    re.compile(_BEFORE + r"(?P<z>[一二三四五六七八九十]{1,3})\s*、"),
)
# An item start that follows the end of a sentence or a line break: where a merged item shows.
_AFTER_SENTENCE = re.compile(r"[。；;！!？?\n]\s*$")


@dataclass
class NumberedItem:
    number: object          # the number the text gives the item, or None (a preamble, an unnumbered text)
    text: str
    merged: str = ""        # an item start left inside the text ("3."), where the cell still looks merged


def _chinese(value):
    """一 … 九十九 as an int, or None."""
    if not value or any(c not in _CHINESE_DIGITS for c in value):
        return None
    if "十" not in value:
        return _CHINESE_DIGITS.index(value) + 1 if len(value) == 1 else None
    tens, _ten, ones = value.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CHINESE_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_CHINESE_DIGITS.index(ones) + 1 if ones else 0)


def _number(match):
    groups = match.groupdict()
    if groups.get("c"):
        return ord(match.group("c")) - 0x2460 + 1
    if groups.get("z"):
        return _chinese(match.group("z"))
    return int(match.group("n").translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def _run(matches, text):
    """The markers numbered n, n+1, n+2 … in order: n is the number the text opens with, else 1
    (other numbers between them are text)."""
    if not matches:
        return []
    first = _number(matches[0])
    start = first if first and not text[:matches[0].start()].strip() else 1
    run = []
    for match in matches:
        if _number(match) == start + len(run):
            run.append(match)
    return run


def _merged(item, styles):
    """The first item start of `styles` inside `item` that follows a sentence end, or ""."""
    for style in styles:
        for match in style.finditer(item):
            if match.start() > 0 and _AFTER_SENTENCE.search(item[:match.start()]) and _number(match):
                return match.group(0).strip()
    return ""


def merged_start(text):
    """The first item start inside a text meant as one item that follows a sentence end ("2." of
    "1.甲。2.乙。"), or "": a row of a one-item-per-row list that looks merged."""
    return _merged(str(text or "").strip(), _STYLES)


def read_numbered(text):
    """[NumberedItem] of a cell's text: the items of its numbering (preamble first, number None),
    or the whole text as one item when it is not numbered."""
    text = str(text or "").strip()
    if not text:
        return []
    best, best_style = None, None
    for style in _STYLES:
        run = _run(list(style.finditer(text)), text)
        if run and (len(run) >= 2 or not text[:run[0].start()].strip()):
            if best is None or run[0].start() < best[0].start():
                best, best_style = run, style
    if best is None:
        return [NumberedItem(None, text, _merged(text, _STYLES))]
    pieces = [(None, text[:best[0].start()].strip())]
    for match, following in zip(best, best[1:] + [None]):
        pieces.append((_number(match), text[match.end():following.start() if following else len(text)].strip()))
    return [NumberedItem(number, piece, _merged(piece, (best_style,))) for number, piece in pieces if piece]


def numbered_items(text):
    """[(number, item)] of a text: each item verbatim without its number, with the number the text
    gives it; text before the first number, or a text that is not numbered, is one item with
    number None (the text gives it none, and none is made up)."""
    return [(item.number, item.text) for item in read_numbered(text)]


def split_items(text):
    """The items of a numbered text, verbatim without their numbers; the text itself when it is
    not numbered. Text before the first number is an item of its own."""
    return [item.text for item in read_numbered(text)]
