"""Small inline SVG charts for the HTML reports: no plotting library, text escaped, sizes in px.

A chart is a horizontal bar per category, its value and share written after the bar, so it reads
without a legend and prints in black and white (the value is text, not only a length)."""
import html

FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"


def _text_width(text, size):
    """Rough width of `text` in px: CJK characters are square, others about half as wide."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.58 for ch in str(text))


def bar_chart_svg(bars, title="", width=620, bar_height=24, font_size=13):
    """An SVG bar chart. `bars`: [(label, value, value text, colour)]; the bars share one scale,
    the longest value filling the room left after the labels and value texts. Negative or missing
    values draw no bar. Returns '' when there is nothing to draw."""
    bars = [(str(label), max(float(value or 0.0), 0.0), str(text), colour) for label, value, text, colour in bars]
    if not bars:
        return ""
    e = html.escape
    gap, pad = 10, 8
    label_w = max(_text_width(label, font_size) for label, *_ in bars) + gap
    text_w = max(_text_width(text, font_size - 1) for *_, text, _c in bars) + gap
    top = font_size + 2 * pad if title else pad
    room = max(width - label_w - text_w - 2 * pad, 60)
    width = int(max(width, label_w + text_w + 2 * pad + 60))
    largest = max(value for _l, value, _t, _c in bars) or 1.0
    height = int(top + len(bars) * (bar_height + gap) + pad)
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
           f"viewBox='0 0 {width} {height}' font-family=\"{FONT}\" font-size='{font_size}' role='img'"
           f" aria-label='{e(title)}'>",
           f"<rect x='0' y='0' width='{width}' height='{height}' fill='#ffffff'/>"]
    if title:
        out.append(f"<text x='{pad}' y='{pad + font_size}' font-weight='bold' fill='#1f3b5c'>{e(title)}</text>")
    x0 = pad + label_w
    out.append(f"<line x1='{x0:.1f}' y1='{top - 2}' x2='{x0:.1f}' y2='{height - pad + 2}' stroke='#8a9bb0'/>")
    for n, (label, value, text, colour) in enumerate(bars):
        y = top + n * (bar_height + gap)
        middle = y + bar_height / 2 + font_size * 0.36
        length = room * value / largest
        out.append(f"<text x='{x0 - gap / 2:.1f}' y='{middle:.1f}' text-anchor='end' fill='#1a1a1a'>{e(label)}</text>")
        if length > 0:
            out.append(f"<rect x='{x0:.1f}' y='{y}' width='{max(length, 1.0):.1f}' height='{bar_height}' "
                       f"fill='{e(colour)}' stroke='#555555' stroke-width='0.8'/>")
        out.append(f"<text x='{x0 + length + gap / 2:.1f}' y='{middle:.1f}' font-size='{font_size - 1}' "
                   f"fill='#333333'>{e(text)}</text>")
    out.append("</svg>")
    return "\n".join(out)
