"""The core's own words in one language at a time: Chinese or English, never both in one line.

Every message the core says (errors, warnings, import and screening reasons) is written once in
each language where it is said, `say("中文", "English")`, and comes out in the language of the UI
that shows it. The language is asked for at the moment the message is made:

- the QGIS shell registers `set_language_source(...)` (toolbelt/geometry.py), a function answering the
  language its own tr() strings are in, so the core and the shell's .ts speak one language;
- without a shell (the command line, plain pytest) the language is `set_language(...)`'s, else
  the environment's ZONING_LANG (`en` or `zh`), else Chinese.

Official text and data values (requirement texts, unit, river and dimension names) are passed in
as parameters and never translated. Chinese templates use full-width punctuation（，：；（））;
English templates hold no Chinese of their own (tests/unit/test_messages.py reads every say()).
"""
import os

CHINESE = "zh"
ENGLISH = "en"

_chosen = None
_source = None


def _normal(code):
    text = str(code or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return ENGLISH if text == ENGLISH else CHINESE


def set_language(code):
    """Fix the core's language ('en' or 'zh'; anything not English is Chinese); None: back to
    the shell's source or the environment."""
    global _chosen
    _chosen = None if code is None else _normal(code)


def set_language_source(source):
    """A function the shell gives: called each time a message is made, answers 'en' or 'zh'."""
    global _source
    _source = source


def language():
    """'en' or 'zh': the language messages are made in now."""
    if _chosen is not None:
        return _chosen
    if _source is not None:
        try:
            return _normal(_source())
        except Exception:   # a shell that is going away: fall back to the environment
            pass
    return _normal(os.environ.get("ZONING_LANG") or CHINESE)


def english():
    return language() == ENGLISH


def say(chinese, english_text):
    """The one of the two texts in the current language."""
    return english_text if english() else chinese


def join(parts):
    """A list in a sentence: '、' in Chinese, ', ' in English."""
    return ("、" if not english() else ", ").join(str(part) for part in parts)


def listing(parts):
    """Clauses run together: '；' in Chinese, '; ' in English."""
    return ("; " if english() else "；").join(str(part) for part in parts)


def colon():
    """The colon between a message and its detail."""
    return ": " if english() else "："
