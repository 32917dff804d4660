"""A PDF's text as a reader gets it (pdfinfo, pdftotext from poppler-utils), for comparing."""
import re
import subprocess
import unicodedata


def flat(text, nfkc=True):
    """For comparing: no white space (lines wrap anywhere) and, unless asked not to (punctuation is
    what some checks look at), NFKC (a PDF's text layer may give Kangxi radicals for some ideographs
    with some fonts)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text) if nfkc else text)


def pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pdf_text(pdf):
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def page_texts(pdf, raw=False):
    """Each page's text; `raw`: in content order (pdftotext -raw), so that a table cell's lines stay
    together (in reading order a line cut by a page break, drawn on both pages, interleaves with
    the next cell)."""
    return [subprocess.run(["pdftotext", *(["-raw"] if raw else []), "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout for n in range(1, pages(pdf) + 1)]


def raw_pdf_text(pdf, cell_values=()):
    """The PDF's text in content order (pdftotext -raw: a table cell's lines stay together), without
    what a page break puts inside a cell: the running head and foot (the lines every page has, page
    numbers aside) and the lines of a neighbouring cell drawn before the break (`cell_values`)."""
    texts = [text.splitlines() for text in page_texts(pdf, raw=True)]

    def shape(line):
        return re.sub(r"\d+", "#", flat(line))
    furniture = set.intersection(*({shape(line) for line in page} for page in texts)) if len(texts) >= 3 else set()
    values = {flat(v) for v in cell_values}
    kept = [[line for line in page if shape(line) not in furniture and flat(line) not in values] for page in texts]
    # Qt 5.15's QTextLayout::draw also draws the last line above its clip (clipped, so unseen, but its
    # text is in the PDF): where QGIS has no WebKit (3.40 here) the reports' text is drawn by Qt, and
    # a page's first line can repeat the previous page's last one in the text a reader extracts.
    for previous, page in zip(kept, kept[1:]):
        if previous and page and flat(page[0]) == flat(previous[-1]):
            del page[0]
    return "\n".join(line for page in kept for line in page)
