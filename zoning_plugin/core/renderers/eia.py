"""The EIA chapter "三线一单符合性分析" from the one result object, in the four parts an EIA report
uses: 生态保护红线, 环境质量底线, 资源利用上线, 生态环境准入清单.

`build_chapter()` returns the structured chapter (what a program needs); `chapter_html()` renders
it, for the PDF (rules between rows only, so a frame can break between lines) or for an editable
document (every cell bordered, sizes in points). Nothing here names a city: the quality targets and resource caps
are the city-wide ("1") items whose heading or text concerns a topic below, read from the data."""
import html
import re
import unicodedata
from dataclasses import dataclass, field

from zoning_plugin.core.dataset.model import DIMENSIONS, SCOPE_CITY, dimension_label
from zoning_plugin.core.dataset.screening_rules import verdict_label
from zoning_plugin.core.renderers.inspect import LABELS, buffer_line, buffer_readings_of, note_breaks_html, note_lines, outside_text, unit_line

RED_LINE = "生态保护红线"      # the unit subtype that is the ecological protection red line
PRIORITY_CLASS = 1              # 优先保护单元
RESOURCE_DIMENSION = DIMENSIONS[3]

# Topics of the city-wide targets and caps, matched (NFKC, so PM₂.₅ is PM2.5) on heading then text.
TOPICS = (
    ("air", ("PM2.5", "细颗粒物", "空气质量", "大气环境质量", "优良天数", "臭氧")),
    ("water_quality", ("水环境质量", "水生态环境质量", "水质", "断面", "水体")),
    ("water_use", ("用水", "水资源")),
    ("land", ("耕地", "基本农田", "土地资源", "建设用地")),
    ("energy", ("能源", "煤炭", "化石")),
)
QUALITY_TOPICS = ("air", "water_quality")
RESOURCE_TOPICS = ("water_use", "land", "energy")
QUALITY_HEADINGS = ("质量", "目标")

EIA_LABELS = {
    "eia_title": "三线一单符合性分析",
    "part_redline": "生态保护红线", "part_quality": "环境质量底线",
    "part_resource": "资源利用上线", "part_list": "生态环境准入清单",
    "basis": "分析依据：{dataset}，版本 {version}，生效日期 {date}。",
    "redline_hit": "项目选址涉及生态保护红线：", "redline_none": "项目选址不涉及生态保护红线。",
    "priority_hit": "项目选址涉及其他优先保护单元：", "priority_none": "项目选址不涉及其他优先保护单元。",
    "buffer_hit": "项目选址位于河流生态缓冲区内：",
    "buffer_none": "项目选址不在数据集的河流生态缓冲区内。",
    "quality_intro": "项目所在区域执行的环境质量目标（{level}）：",
    "resource_intro": "项目所在区域执行的资源利用上线（{level}）：",
    "none_found": "总体管控要求中没有此类条目。",
    "topic": "类别", "requirement": "管控要求", "no": "编号", "dimension": "维度",
    "situation": "项目情况", "conformity": "符合性（符合/不符合/待核实）", "strength": "管控强度",
    "sample_row": "示例数据，非官方",
    "list_intro": "项目选址适用的生态环境准入清单共 {count} 条，逐条列于下表；每行注明来源，编号为该条在其清单中的编号。",
    "fill_note": "“项目情况”“符合性”两栏由评价单位根据项目实际情况填写，符合性填“符合”“不符合”或“待核实”，本插件不填写。",
    "verdict_note": "“管控强度”一栏为项目准入研判所依条文的管控强度（按条文原词），不是符合性结论；"
                    "“项目情况”“符合性”两栏由评价单位根据项目实际情况填写，符合性填“符合”“不符合”或“待核实”，本插件不填写。",
    "screened_as": "项目准入研判按行业代码 {code} 进行。",
    "strength_no_rule": "无研判规则", "strength_to_judge": "须由您判断",
    "strength_marks": "“管控强度”一栏写“无研判规则”的条目，数据集没有针对它的研判规则，研判未核对，请对照原文自行判断；"
                      "写“须由您判断”的条目见上文所列。",
    "other_verdicts": "项目准入研判还依据以下要求：",
    "topic_air": "大气环境质量", "topic_water_quality": "水环境质量", "topic_water_use": "水资源",
    "topic_land": "土地资源", "topic_energy": "能源", "topic_other": "其他",
}


@dataclass
class EiaChapter:
    inside: bool
    dataset: dict
    redline_units: list = field(default_factory=list)     # unit dicts of subtype 生态保护红线
    priority_units: list = field(default_factory=list)    # other 优先保护 units
    buffers: list = field(default_factory=list)           # buffer dicts of the result
    basins: list = field(default_factory=list)            # basin dicts of the result (buffer rule applied or not)
    city_level: str = ""                                  # the "1" list's title
    quality_targets: list = field(default_factory=list)   # [(topic, Requirement)]
    resource_caps: list = field(default_factory=list)     # [(topic, Requirement)]
    rows: list = field(default_factory=list)   # [(level title, dimension, Requirement, triggered, verdict)]
    industry_code: str = ""                    # of the project screening, when there was one
    screening_notice: str = ""
    screening_statement: str = ""              # the verdict with the rules checked and items left to judgement
    to_judge: list = field(default_factory=list)   # coverage()["to_judge"] of the screening
    without_rule: list = field(default_factory=list)   # req_ids applying here that no rule of the screening looks at
    other_verdicts: list = field(default_factory=list)   # [(verdict, Requirement)] cited outside the list

    def notes(self, key):
        """The requirement_notes on a req_id or on `dimension:<name>`: sources disagreeing, readings."""
        return (self.dataset.get("requirement_notes") or {}).get(key) or []

    def to_dict(self):
        def item(topic, r):
            return {"topic": topic, "id": r.req_id, "heading": r.heading, "text": r.text, "source": r.source,
                    "sample": bool(r.sample), "notes": self.notes(r.req_id)}
        return {
            "inside": self.inside, "dataset": dict(self.dataset),
            "redline_units": [u["code"] for u in self.redline_units],
            "priority_units": [u["code"] for u in self.priority_units],
            "buffers": [b["river"] for b in self.buffers],
            "quality_targets": [item(t, r) for t, r in self.quality_targets],
            "resource_caps": [item(t, r) for t, r in self.resource_caps],
            "requirements": [{"level": level, "dimension": dimension, "id": r.req_id, "text": r.text,
                              "source": r.source, "sample": bool(r.sample), "triggered": triggered,
                              "strength": verdict, "screening": self.screening_of(r.req_id, verdict),
                              "conformity": "", "notes": self.notes(r.req_id)}
                             for level, dimension, r, triggered, verdict in self.rows],
            "industry_code": self.industry_code,
            "screening_statement": self.screening_statement, "to_judge": list(self.to_judge),
            "other_verdicts": [{"verdict": v, "id": r.req_id, "text": r.text, "source": r.source,
                                "notes": self.notes(r.req_id)} for v, r in self.other_verdicts],
            "dimension_notes": {d: self.notes(f"dimension:{d}") for d in self.dimensions()
                                if self.notes(f"dimension:{d}")},
        }

    def screening_of(self, req_id, verdict):
        """What the screening did with an item: triggered, to_judge (left to the user), no_rule (no
        rule looks at it), checked (a rule looked at it and did not fire); None without a screening."""
        if not self.industry_code:
            return None
        if verdict:
            return "triggered"
        if req_id in {j["req_id"] for j in self.to_judge}:
            return "to_judge"
        return "no_rule" if req_id in self.without_rule else "checked"

    def dimensions(self):
        """The dimensions of the list's rows, in order of first appearance."""
        return list(dict.fromkeys(row[1] for row in self.rows))


def _normal(text):
    return unicodedata.normalize("NFKC", str(text or "")).upper()


def topic_of(requirement):
    """The topic of a requirement by its heading, else by its text; 'other' when none fits."""
    for text in (requirement.heading, requirement.text):
        normal = _normal(text)
        for topic, keywords in TOPICS:
            if any(_normal(k) in normal for k in keywords):
                return topic
    return "other"


def _is_quality_target(requirement, topic):
    if requirement.heading:
        return any(k in requirement.heading for k in QUALITY_HEADINGS)
    return topic in QUALITY_TOPICS and bool(re.search(r"\d", requirement.text))


def _is_resource_cap(requirement, topic):
    if requirement.dimension == RESOURCE_DIMENSION:
        return topic in RESOURCE_TOPICS or bool(requirement.heading)
    return False


def _verdicts(screening):
    """{req_id: verdict} of the rules a project screening (core/screening/screen.py) triggered, the most
    severe per requirement, and the Requirements those rules cite."""
    verdicts, cited = {}, {}
    for check in screening.hits if screening is not None else ():   # most severe first
        verdicts.setdefault(check.requirement.req_id, check.rule.verdict)
        cited.setdefault(check.requirement.req_id, check.requirement)
    return verdicts, cited


def build_chapter(result, screening=None):
    """The chapter's content for one site. With the `screening` of the same site (a
    core.screening.ScreeningResult), each requirement a triggered rule rests on gets the rule's
    verdict in the 符合性 column; every other cell of that column stays blank."""
    verdicts, cited = _verdicts(screening)
    chapter = EiaChapter(inside=result.inside, dataset=dict(result.dataset))
    if screening is not None:
        chapter.industry_code = str(screening.project.get("industry_code") or "")
        chapter.screening_notice = screening.notice()
        if screening.inside:
            chapter.screening_statement = screening.statement()
            chapter.to_judge = screening.coverage()["to_judge"]
            chapter.without_rule = [r.req_id for r in screening.without_rule]
    if not result.inside:
        return chapter
    chapter.redline_units = [u for u in result.units if RED_LINE in (u.get("subtype") or "")]
    chapter.priority_units = [u for u in result.units if u["class"] == PRIORITY_CLASS
                              and u not in chapter.redline_units]
    chapter.buffers = list(result.buffers)
    chapter.basins = list(result.basins)
    for scope, ref, title, dimensions in result.requirement_groups():
        for dimension, items in dimensions:
            for requirement, triggered in items:
                chapter.rows.append((title, dimension, requirement, triggered,
                                     verdicts.get(requirement.req_id, "")))
                if scope != SCOPE_CITY:
                    continue
                chapter.city_level = title
                topic = topic_of(requirement)
                if _is_quality_target(requirement, topic):
                    chapter.quality_targets.append((topic, requirement))
                elif _is_resource_cap(requirement, topic):
                    chapter.resource_caps.append((topic, requirement))
    listed = {row[2].req_id for row in chapter.rows}
    chapter.other_verdicts = [(verdicts[i], r) for i, r in cited.items() if i not in listed]
    return chapter


NOWRAP = " style='white-space:nowrap'"   # an item id is not broken over lines (nor dehyphenated by a PDF reader)


def _cell_table(head, rows, widths, width, nowrap=()):
    """A table of HTML cells (already escaped); a row given as a string is a title across the
    table. `widths` in per cent of the page, or of `width` (a length) when one is given: Qt's ODF
    writer turns percentages into invalid lengths, so the editable document needs lengths."""
    e = html.escape
    if width:
        border, total, widths = " border='1'", str(width), [str(round(width * w / 100)) for w in widths]
    else:
        border, total, widths = "", "100%", [f"{w}%" for w in widths]
    out = [f"<table class='eia' width='{total}' cellspacing='0' cellpadding='3'{border}><tr>"]
    out += [f"<th width='{w}'>{e(h)}</th>" for h, w in zip(head, widths)]
    out.append("</tr>")
    for row in rows:
        if isinstance(row, str):
            out.append(f"<tr><td class='level' colspan='{len(head)}'><b>{row}</b></td></tr>")
        else:
            out.append("<tr>" + "".join(f"<td width='{w}'{NOWRAP if n in nowrap else ''}>{cell}</td>"
                                        for n, (cell, w) in enumerate(zip(row, widths))) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _source_html(requirement, labels):
    """The line under an item's text: its source, and for a sample item the sample mark, so that
    a row copied out of the table alone still says where it comes from and that it is not official."""
    e = html.escape
    mark = e(labels["tagged"].format(labels["sample_row"])) if requirement.sample else ""
    return (f"<br/><span class='src'>{mark}{e(labels['source'])}{e(labels['colon'])}"
            f"{e(requirement.source)}</span>")


def _item_html(chapter, requirement, labels):
    """An item's text, its source (and sample mark) and the notes on it, for one cell."""
    return (html.escape(requirement.text) + _source_html(requirement, labels)
            + note_breaks_html(chapter.notes(requirement.req_id), labels))


def _targets(chapter, items, labels, width):
    e = html.escape
    if not items:
        return f"<p>{e(labels['none_found'])}</p>"
    rows = [[e(labels.get(f"topic_{topic}", topic)), _item_html(chapter, r, labels)]
            for topic, r in items]
    return _cell_table([labels["topic"], labels["requirement"]], rows, (16, 84), width)


def chapter_html(chapter, labels=None, table_width=None, level=2):
    """The chapter as HTML; `level` is the heading level of its title. For print, tables are as
    wide as the frame with rules between rows only (a frame may then break between any two lines);
    with `table_width` (points, for an editable document) every cell is bordered and sized. All
    data text is escaped."""
    labels = {**LABELS, **EIA_LABELS, **(labels or {})}
    e = html.escape
    h, sub = f"h{level}", f"h{level + 1}"
    info = chapter.dataset
    out = [f"<{h}>{e(labels['eia_title'])}</{h}>",
           f"<p>{e(labels['basis'].format(dataset=info.get('title', ''), version=info.get('version', ''), date=info.get('effective_date', '')))}</p>"]
    if (info.get("in_force") or {}).get("message"):      # the version was chosen for a date: the chapter cites why
        out.append(f"<p>{e(info['in_force']['message'])}</p>")
    if info.get("sample"):
        out.append(f"<p class='note'>{e(labels['note_sample'])}</p>")
    if not chapter.inside:
        out.append(f"<p class='outside'>{e(outside_text(info, labels))}</p>")
        return "\n".join(out)

    out.append(f"<{sub}>1 {e(labels['part_redline'])}</{sub}>")
    for units, hit, none in ((chapter.redline_units, "redline_hit", "redline_none"),
                             (chapter.priority_units, "priority_hit", "priority_none")):
        if units:
            out.append(f"<p>{e(labels[hit])}</p><ul>"
                       + "".join(f"<li>{e(unit_line(u, labels))}</li>" for u in units) + "</ul>")
        else:
            out.append(f"<p>{e(labels[none])}</p>")
    if chapter.buffers:
        out.append(f"<p>{e(labels['buffer_hit'])}</p><ul>"
                   + "".join(f"<li>{e(buffer_line(b, labels))}</li>" for b in chapter.buffers) + "</ul>")
    else:
        out.append(f"<p>{e(labels['buffer_none'])}</p>")
    # How the distances are measured and where the rule was not applied: the plugin's readings.
    out.extend(f"<p class='note'>{e(line)}</p>"
               for line in buffer_readings_of(info, chapter.buffers, chapter.basins, labels))

    out.append(f"<{sub}>2 {e(labels['part_quality'])}</{sub}>")
    out.append(f"<p>{e(labels['quality_intro'].format(level=chapter.city_level))}</p>")
    out.append(_targets(chapter, chapter.quality_targets, labels, table_width))
    out.append(f"<{sub}>3 {e(labels['part_resource'])}</{sub}>")
    out.append(f"<p>{e(labels['resource_intro'].format(level=chapter.city_level))}</p>")
    out.append(_targets(chapter, chapter.resource_caps, labels, table_width))

    out.append(f"<{sub}>4 {e(labels['part_list'])}</{sub}>")
    out.append(f"<p>{e(labels['list_intro'].format(count=len(chapter.rows)))}</p>")
    if chapter.industry_code:
        out.append(f"<p>{e(labels['verdict_note'])} {e(labels['screened_as'].format(code=chapter.industry_code))}"
                   f"</p><p>{e(chapter.screening_statement)}</p>"
                   + ("<ul>" + "".join(f"<li>{e(j['rule_id'])} {e(j['title'])}（{e(j['source'])}）：{e(j['text'])}"
                                       f" — {e(j['ask'])}</li>" for j in chapter.to_judge) + "</ul>"
                      if chapter.to_judge else "")
                   + (f"<p>{e(labels['strength_marks'])}</p>" if chapter.without_rule else "")
                   + f"<p class='note'>{e(chapter.screening_notice)}</p>")
    else:
        out.append(f"<p>{e(labels['fill_note'])}</p>")
    rows, level = [], None
    for title, dimension, r, triggered, verdict in chapter.rows:
        if title != level:
            level = title
            rows.append(e(title))
        tag = (f"<span class='tag'>{e(labels['tagged'].format(labels['triggered']))}</span>"
               if triggered else "")
        strength = {"triggered": verdict_label(verdict), "to_judge": labels["strength_to_judge"],
                    "no_rule": labels["strength_no_rule"]}.get(chapter.screening_of(r.req_id, verdict), "")
        rows.append([e(r.req_id), e(dimension_label(dimension)), tag + _item_html(chapter, r, labels), "", e(strength), ""])
    head = [labels["no"], labels["dimension"], labels["requirement"], labels["situation"],
            labels["strength"], labels["conformity"]]
    out.append(_cell_table(head, rows, (17, 9, 40, 12, 10, 12), table_width, nowrap=(0,)))
    for dimension in chapter.dimensions():     # a note on a dimension's name, once, under the table
        out += [f"<p class='rnote'>{e(dimension_label(dimension))}{e(labels['colon'])}{e(line)}</p>"
                for line in note_lines(chapter.notes(f"dimension:{dimension}"), labels)]
    if chapter.other_verdicts:
        out.append(f"<p>{e(labels['other_verdicts'])}</p><ul>" + "".join(
            f"<li><b>{e(verdict_label(v))}</b> {e(r.req_id)} {_item_html(chapter, r, labels)}</li>"
            for v, r in chapter.other_verdicts) + "</ul>")
    return "\n".join(out)
