"""A word-level diff of two texts, aware that Chinese does not separate its words: a run of Latin
letters or digits (with the . , / % - that hold a number or a code together: PM2.5, 35μg/m³ is
split there) is one token, every other character — a Han character, a full-width mark, a blank —
is a token of its own. So an edit inside Chinese text shows character by character, one inside
English or a number shows whole words.

The result is a list of (op, text) with op EQUAL, INSERT or DELETE; joining the EQUAL and DELETE
texts gives the old text, the EQUAL and INSERT texts the new one (tested), so nothing is lost or
invented. `to_html` marks it with <del>/<ins>, every text escaped."""
import difflib
import html
import re

EQUAL, INSERT, DELETE = "equal", "insert", "delete"

# A word of letters or digits, a number with its decimal point or thousands separators kept whole.
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.,][0-9]+)*|\s+|.", re.S)


def tokens(text):
    """The tokens of `text`, in order; joined they give `text` back."""
    return _TOKEN.findall(text or "")


def _is_blank(token):
    return token.isspace()


def diff(old, new):
    """[(op, text)] turning `old` into `new`, adjacent pieces of one op merged."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append((EQUAL, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append((DELETE, "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append((INSERT, "".join(b[j1:j2])))
    return _slid(_merged(pieces))


def _merged(pieces):
    merged = []
    for op, text in pieces:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        elif text:
            merged.append((op, text))
    return merged


def _slid(pieces):
    """A lone insertion or deletion between two equal texts moved as far right as it can go
    unchanged ("林<ins>地、草</ins>地、" becomes "林地、<ins>草地、</ins>"): the same edit, read as
    a whole word or clause added rather than one cut across."""
    pieces = list(pieces)
    for n in range(1, len(pieces) - 1):
        (before_op, before), (op, text), (after_op, after) = pieces[n - 1], pieces[n], pieces[n + 1]
        if before_op != EQUAL or after_op != EQUAL or op == EQUAL:
            continue
        while after and after[0] == text[0]:
            before, text, after = before + text[0], text[1:] + text[0], after[1:]
        pieces[n - 1], pieces[n], pieces[n + 1] = (EQUAL, before), (op, text), (EQUAL, after)
    return _merged(pieces)


def old_text(pieces):
    return "".join(text for op, text in pieces if op != INSERT)


def new_text(pieces):
    return "".join(text for op, text in pieces if op != DELETE)


def similarity(old, new):
    """How alike two texts are, 0 to 1 (share of tokens in common), to pair a reworded item."""
    a, b = tokens(old), tokens(new)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def to_html(pieces):
    """The diff as HTML: deleted text in <del>, inserted in <ins>, all escaped."""
    out = []
    for op, text in pieces:
        escaped = html.escape(text)
        out.append(escaped if op == EQUAL else f"<del>{escaped}</del>" if op == DELETE else f"<ins>{escaped}</ins>")
    return "".join(out)


def to_json(pieces):
    return [{"op": op, "text": text} for op, text in pieces]
