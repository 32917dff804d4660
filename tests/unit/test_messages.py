"""core/messages.py: one language at a time. Every say(中文, English) in the plugin is read from the
source: the English holds no Chinese of its own (only words quoted “…” or [...] from the official
text or a file format, which a user must find there), the Chinese no "(English gloss)" and no ASCII
punctuation after a Chinese character; and the language follows set_language, the shell's source
and ZONING_LANG."""
import ast
import os
import re

import pytest

from zoning_plugin.core import messages
from zoning_plugin.core.importers.land_txt import _HEADER_ORDER, HEADER_SECTION, PARCEL_FIELDS, PARCEL_SECTION

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "zoning_plugin")
CHINESE = re.compile(r"[\u3400-\u9fff]+")
QUOTED = re.compile(r"“[^”]*”|\[[^\]]*\]|「[^」]*」")
# The land-boundary coordinate file's own keywords (坐标TXT): a message names them as the file does.
FILE_WORDS = set(PARCEL_FIELDS) | set(_HEADER_ORDER) | {HEADER_SECTION, PARCEL_SECTION, "面"}
GLOSS = re.compile(r"[\u4e00-\u9fff][^()（）]{0,60}\([a-z][a-z' ,/-]{2,}\)")
ASCII_AFTER_CHINESE = re.compile(r"[\u4e00-\u9fff）」”][,;:()]|[,;:(][\u4e00-\u9fff]")


def literal_text(node):
    """The literal text of a str or f-string node (placeholders as ' '), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else " " for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal_text(node.left), literal_text(node.right)
        return None if left is None and right is None else (left or " ") + (right or " ")
    return None


def say_calls():
    """[(file:line, Chinese text, English text)] of every say() with literal texts in the plugin."""
    found = []
    for root, _dirs, names in os.walk(PACKAGE):
        for name in names:
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            tree = ast.parse(open(path, encoding="utf-8").read())
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say" and len(node.args) == 2:
                    pairs = [node.args]
                    if all(isinstance(a, ast.Tuple) for a in node.args):
                        pairs = list(zip(node.args[0].elts, node.args[1].elts))
                    for chinese, english in pairs:
                        zh, en = literal_text(chinese), literal_text(english)
                        if zh is not None and en is not None:
                            found.append((f"{os.path.relpath(path, PACKAGE)}:{node.lineno}", zh, en))
    return found


def test_there_are_the_core_messages():
    calls = say_calls()
    assert len(calls) > 300
    assert {where.split(":")[0] for where, _zh, _en in calls} >= {"core/geo.py", "core/dataset/reader.py", "core/screening/screen.py",
                                                                   "core/importers/run.py", "core/importers/land_txt.py"}


def test_english_texts_hold_no_chinese_of_their_own():
    bad = []
    for where, _zh, en in say_calls():
        left = [run for run in CHINESE.findall(QUOTED.sub(" ", en)) if run not in FILE_WORDS]
        if left:
            bad.append((where, en, left))
    assert bad == []


def test_chinese_texts_have_no_english_gloss_and_full_width_punctuation():
    bad = [(where, zh) for where, zh, _en in say_calls()
           if GLOSS.search(zh) or ASCII_AFTER_CHINESE.search(zh)]
    assert bad == []


def test_the_language_follows_the_setting_the_shell_and_the_environment(monkeypatch):
    assert messages.say("中", "en") == "中"                   # the core's default: Chinese
    monkeypatch.setenv("ZONING_LANG", "en_US.UTF-8")
    assert messages.say("中", "en") == "en"
    messages.set_language_source(lambda: "zh")
    try:
        assert messages.say("中", "en") == "中"               # the shell's language wins over the environment
        messages.set_language("en")
        assert messages.say("中", "en") == "en" and messages.join(["a", "b"]) == "a, b"
        messages.set_language("zh-Hans")
        assert messages.join(["甲", "乙"]) == "甲、乙" and messages.listing(["甲", "乙"]) == "甲；乙"
        messages.set_language(None)
        messages.set_language_source(lambda: 1 / 0)           # a shell going away: the environment again
        assert messages.say("中", "en") == "en"
    finally:
        messages.set_language_source(None)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_an_error_is_told_in_one_language(language, tmp_path):
    from zoning_plugin.core import DatasetError, open_dataset
    messages.set_language(language)
    with pytest.raises(DatasetError) as raised:
        open_dataset(str(tmp_path / "gone.gpkg"))
    text = str(raised.value)
    if language == "en":
        assert text.startswith("dataset file not found: ") and not CHINESE.search(text)
    else:
        assert text.startswith("找不到数据集文件：") and "not found" not in text
