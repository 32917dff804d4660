"""docs/processing.md is what scripts/algorithm_docs.py writes from the algorithms' help texts and
parameters now: the help texts stay the one source of the Processing page."""
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGE = os.path.join(REPO, "docs", "processing.md")


def test_the_committed_processing_page_is_what_the_algorithms_say(tmp_path):
    written = tmp_path / "processing.md"
    done = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "algorithm_docs.py"),
                           "--output", str(written)], cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    with open(PAGE, encoding="utf-8") as f:
        committed = f.read()
    text = written.read_text(encoding="utf-8")
    assert "`zoning:conformity`" in text and "### Parameters" in text
    assert text == committed, "docs/processing.md is stale: run .venv/bin/python scripts/algorithm_docs.py"
