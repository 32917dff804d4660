"""The word diff of two texts: whole words in Latin text and numbers, characters in Chinese; the
old and new texts rebuilt from it; HTML escaped."""
import pytest

from zoning_plugin.core.versions.text_diff import DELETE, EQUAL, INSERT, diff, new_text, old_text, similarity, to_html, tokens

KNOWN_EDITS = [
    ("The quick brown fox jumps over the dog.", "The quick red fox leaps over the dog.",
     [(EQUAL, "The quick "), (DELETE, "brown"), (INSERT, "red"), (EQUAL, " fox "), (DELETE, "jumps"),
      (INSERT, "leaps"), (EQUAL, " over the dog.")]),
    ("不得擅自改变红线内林地、湿地等生态用地用途。", "不得擅自改变红线内林地、草地、湿地等生态用地用途。",
     [(EQUAL, "不得擅自改变红线内林地、"), (INSERT, "草地、"), (EQUAL, "湿地等生态用地用途。")]),
    ("PM2.5年均浓度达到35微克/立方米。", "PM2.5年均浓度达到30微克/立方米。",
     [(EQUAL, "PM2.5年均浓度达到"), (DELETE, "35"), (INSERT, "30"), (EQUAL, "微克/立方米。")]),
    ("严格控制新建项目。", "禁止新建项目。",
     [(DELETE, "严格控制"), (INSERT, "禁止"), (EQUAL, "新建项目。")]),
    ("", "新增条目。", [(INSERT, "新增条目。")]),
    ("删除条目。", "", [(DELETE, "删除条目。")]),
]


@pytest.mark.parametrize("old, new, expected", KNOWN_EDITS)
def test_known_edits(old, new, expected):
    pieces = diff(old, new)
    assert pieces == expected
    assert old_text(pieces) == old and new_text(pieces) == new


def test_tokens_keep_words_and_numbers_whole_and_split_chinese():
    assert tokens("PM2.5 年均 35,000 mg") == ["PM2.5", " ", "年", "均", " ", "35,000", " ", "mg"]
    assert "".join(tokens("河流两侧 50 米（含）")) == "河流两侧 50 米（含）"


def test_html_marks_and_escapes():
    html = to_html(diff("a <b> & c", "a <i> & c"))
    assert html == "a &lt;<del>b</del><ins>i</ins>&gt; &amp; c"


def test_similarity():
    assert similarity("相同的文字", "相同的文字") == 1.0
    assert similarity("完全不同", "abc") == 0.0
    assert 0.5 < similarity("不得擅自改变林地用途", "不得擅自改变林地、草地用途") < 1.0


def test_an_edit_lies_on_the_words_it_adds():
    """Two places give the same edit; the one that adds a whole clause is shown."""
    assert diff("林地、湿地", "林地、草地、湿地") == [(EQUAL, "林地、"), (INSERT, "草地、"), (EQUAL, "湿地")]
    assert diff("a b b c", "a b c") == [(EQUAL, "a b "), (DELETE, "b "), (EQUAL, "c")]
