"""Which version of the zoning was in force on a date.

A dataset says when it took effect (`dataset_meta.effective_date`) and, once replaced, when it
ended (`end_date`): it is in force from its effective date, that day included, until its end
date, that day excluded — the end date is the day it stopped applying, normally the effective
date of the version that replaced it, so two versions that follow each other leave no gap and
never overlap. Dates are ISO `YYYY-MM-DD`.

`version_in_force(versions, date)` chooses among several datasets (opened Datasets, or anything
with a `meta` dict, or the meta dicts themselves) the one in force on `date`: InForce with the
one chosen, or with none and a plain message when the date is before the first version, in a gap
between two, or after the last one ended. Two versions in force on one day are refused: the
plugin does not choose between them. A version without an effective date cannot be placed in
time: it is left out and said so (`InForce.left_out`); a date that cannot be read is an
InputError. inspect, screening and the site report call this with the date the user gives
(issue 20 §3)."""
import datetime
from dataclasses import dataclass, field

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.messages import say

IN_FORCE, BEFORE_FIRST, IN_GAP, AFTER_LAST, TIE, NONE_DATED = \
    "in_force", "before_first", "in_gap", "after_last", "tie", "none_dated"


def parse_date(value, what=None):
    """A datetime.date of an ISO date (a date or datetime passes); InputError naming `what`."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    try:
        return datetime.date.fromisoformat(text[:10] if text[10:11] in ("T", " ") else text)
    except ValueError:
        label = what or say("日期", "date")
        raise InputError(say(f"{label}“{text}”不是 YYYY-MM-DD 格式的日期",
                             f"the {label} “{text}” is not a date of the form YYYY-MM-DD")) from None


def check_dates(effective_date, end_date):
    """InputError unless both dates read and the end (when given) comes after the start (the
    importer's check of its options)."""
    start = parse_date(effective_date, say("生效日期", "effective date")) if effective_date else None
    end = parse_date(end_date, say("废止日期", "end date")) if end_date else None
    if end is not None and start is None:
        raise InputError(say("给出了废止日期却没有生效日期", "an end date is given without an effective date"))
    if end is not None and end <= start:
        raise InputError(say(f"废止日期 {end} 应晚于生效日期 {start}",
                             f"the end date {end} must come after the effective date {start}"))


def label():
    """What the choice is called beside its message (the provenance record, the inspection's facts)."""
    return say("按日期选用的版本", "version chosen for the date")


@dataclass(frozen=True)
class Version:
    """One dataset placed in time."""
    item: object                 # what the caller gave (a Dataset, …)
    title: str
    version: str
    start: datetime.date
    end: datetime.date = None    # None: not ended

    def covers(self, day):
        return self.start <= day and (self.end is None or day < self.end)

    def name(self):
        return f"{self.title} {self.version}".strip()

    def span(self):
        if self.end is None:
            return say(f"{self.start} 起施行", f"in force from {self.start}")
        return say(f"{self.start} 起施行，{self.end} 起不再施行", f"in force from {self.start} until {self.end} (excluded)")


@dataclass
class InForce:
    date: datetime.date
    reason: str                  # IN_FORCE, BEFORE_FIRST, IN_GAP, AFTER_LAST, TIE, NONE_DATED
    message: str
    version: Version = None
    versions: list = field(default_factory=list)   # every dated version, in time order
    left_out: list = field(default_factory=list)   # messages on versions without usable dates

    @property
    def dataset(self):
        return self.version.item if self.version else None

    def to_dict(self):
        """The choice as the outputs carry it: the date, why (reason, message), the version used
        with its dates and the versions weighed."""
        return {"date": self.date.isoformat(), "reason": self.reason, "message": self.message,
                "version": _version_dict(self.version) if self.version else None,
                "versions": [_version_dict(v) for v in self.versions], "left_out": list(self.left_out)}


    def mark(self, info):
        """`info` (a Dataset.info() or an InspectResult's dataset dict) with this choice under the key
        `in_force`, as the provenance record shows it (core/dataset/provenance.py); returned."""
        info["in_force"] = self.to_dict()
        return info


def _version_dict(version):
    return {"title": version.title, "version": version.version, "path": getattr(version.item, "path", None),
            "effective_date": version.start.isoformat(),
            "end_date": version.end.isoformat() if version.end else None}


def _meta(item):
    return item if isinstance(item, dict) else getattr(item, "meta", {}) or {}


def placed(versions):
    """([Version] in time order, [message on each version left out])."""
    dated, left_out = [], []
    for item in versions:
        meta = _meta(item)
        title = str(meta.get("title") or getattr(item, "path", "") or "")
        version = str(meta.get("version") or "")
        name = f"{title} {version}".strip()
        if not str(meta.get("effective_date") or "").strip():
            left_out.append(say(f"{name} 没有生效日期（dataset_meta.effective_date），无法判断其施行期间",
                                f"{name} has no effective date (dataset_meta.effective_date): when it was in force is unknown"))
            continue
        try:
            check_dates(meta.get("effective_date"), meta.get("end_date"))
        except InputError as error:
            left_out.append(f"{name}{say('：', ': ')}{error}")
            continue
        end = parse_date(meta["end_date"]) if str(meta.get("end_date") or "").strip() else None
        dated.append(Version(item, title, version, parse_date(meta["effective_date"]), end))
    return sorted(dated, key=lambda v: (v.start, v.end or datetime.date.max)), left_out


def version_in_force(versions, date):
    """InForce of the dataset in force on `date` among `versions` (see the module's doc)."""
    day = parse_date(date)
    dated, left_out = placed(versions)
    found = [v for v in dated if v.covers(day)]
    if len(found) == 1:
        chosen = found[0]
        return InForce(day, IN_FORCE, say(f"{day} 施行的版本：{chosen.name()}（{chosen.span()}）",
                                          f"in force on {day}: {chosen.name()} ({chosen.span()})"),
                       chosen, dated, left_out)
    if len(found) > 1:
        names = say("；".join(f"{v.name()}（{v.span()}）" for v in found),
                    "; ".join(f"{v.name()} ({v.span()})" for v in found))
        return InForce(day, TIE, say(f"{day} 有 {len(found)} 个版本同时施行，无法确定采用哪一个：{names}。"
                                     f"请更正其生效日期或废止日期",
                                     f"{len(found)} versions are in force on {day}, so none is chosen: {names}. "
                                     f"Correct their effective or end dates"), None, dated, left_out)
    if not dated:
        return InForce(day, NONE_DATED, say("没有哪个数据集给出了生效日期，无法按日期选择版本",
                                            "no dataset gives an effective date: no version can be chosen by date"),
                       None, dated, left_out)
    if day < dated[0].start:
        first = dated[0]
        return InForce(day, BEFORE_FIRST, say(f"{day} 早于最早的版本：{first.name()} 于 {first.start} 起施行，此前没有可用的版本",
                                              f"{day} is before the first version: {first.name()} took effect on "
                                              f"{first.start}; there is no version before it"), None, dated, left_out)
    before = max((v for v in dated if v.end is not None and v.end <= day), key=lambda v: v.end, default=None)
    after = min((v for v in dated if v.start > day), key=lambda v: v.start, default=None)
    if after is not None:
        ended = say(f"{before.name()} 于 {before.end} 起不再施行", f"{before.name()} ended on {before.end}")
        return InForce(day, IN_GAP, say(f"{day} 没有施行中的版本：{ended}，{after.name()} 于 {after.start} 起才施行",
                                        f"no version was in force on {day}: {ended}, and {after.name()} took effect "
                                        f"only on {after.start}"), None, dated, left_out)
    return InForce(day, AFTER_LAST, say(f"{day} 没有施行中的版本：最后的版本 {before.name()} 于 {before.end} 起已不再施行",
                                        f"no version is in force on {day}: the last one, {before.name()}, ended on "
                                        f"{before.end}"), None, dated, left_out)
