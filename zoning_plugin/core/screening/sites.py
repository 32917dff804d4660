"""The sites of a screening run (zoning:screen_project, zoning:screen_list): how the features of a
layer become one site, each site screened or its problem kept, and what a run sums up to (counts by
verdict, the most severe, whether anything could be screened at all). The screening itself is
core/screening/screen.py."""
from dataclasses import dataclass, field

import shapely

from zoning_plugin.core.errors import InputError, ZoningError
from zoning_plugin.core.screening.screen import NO_RESTRICTION, read_boiler, screen
from zoning_plugin.core.dataset.screening_rules import SEVERITY, VERDICTS

DIFFERENT_CODES, DIFFERENT_BOILERS, NO_GEOMETRY = "different_codes", "different_boilers", "no_geometry"


@dataclass
class Site:
    """One site of a run: its label in the log, the ids of its features (rows), and the result of its
    screening or, when it could not be screened, the message why. A row of a list also keeps its name,
    its coordinates as read (core/coords.py) and its own attribute values."""
    label: str
    fids: list
    result: object = None
    message: str = None
    name: str = None
    parsed: object = None
    attributes: list = field(default_factory=list)


@dataclass
class SiteFeature:
    """A feature of the input: its id, shapely geometry, industry code and boiler size (the feature's
    field values, else the ones given for all)."""
    fid: object
    geometry: object
    code: object = None
    boiler: object = None


class SiteConflict(Exception):
    """The features cannot be one site: `problem` (DIFFERENT_CODES, DIFFERENT_BOILERS, NO_GEOMETRY)
    and the `values` that disagree."""

    def __init__(self, problem, values=()):
        super().__init__(problem)
        self.problem, self.values = problem, list(values)


def boiler_key(value):
    """A key under which 20, 20.0, '20' and '20t' are one boiler size."""
    try:
        number = read_boiler(value)[0]
    except InputError:
        return " ".join(str(value).split())
    return f"{number or 0:g}"


def merge_features(features):
    """(geometry, industry code, boiler) of the SiteFeatures taken as one site; SiteConflict when they
    carry different industry codes or boiler sizes (a site has one project) or none has a geometry.
    The geometries go into one collection: the screening repairs each part (two overlapping
    self-intersecting polygons included) before it merges them, and refuses non-finite coordinates
    with a message."""
    if not features:
        raise SiteConflict(NO_GEOMETRY)
    codes = sorted({str(f.code).strip() for f in features if f.code is not None})
    boilers = sorted({boiler_key(f.boiler) for f in features if f.boiler is not None})
    if len(codes) > 1:
        raise SiteConflict(DIFFERENT_CODES, codes)
    if len(boilers) > 1:
        raise SiteConflict(DIFFERENT_BOILERS, boilers)
    geometry = shapely.GeometryCollection([f.geometry for f in features]) if len(features) > 1 \
        else features[0].geometry
    return geometry, codes[0] if codes else None, next((f.boiler for f in features if f.boiler is not None), None)


def screen_site(site, dataset, geometry, crs, code, boiler=None, note="", settings=None):
    """`site` screened (its result set) or, when the screening refuses the input, its message set."""
    try:
        site.result = screen(dataset, geometry, crs, code, boiler_tph=boiler, note=note, settings=settings)
    except ZoningError as error:
        site.message = str(error)
    return site


def verdict_summary(sites):
    """{"by_verdict": {verdict: sites}, "outside": sites outside the dataset's area, "errors": sites
    with a problem}."""
    counts = dict.fromkeys(VERDICTS + (NO_RESTRICTION,), 0)
    outside = errors = 0
    for site in sites:
        if site.result is None:
            errors += 1
        elif not site.result.inside:
            outside += 1
        else:
            counts[site.result.verdict] += 1
    return {"by_verdict": counts, "outside": outside, "errors": errors}


def most_severe(summary):
    """The most severe verdict of a verdict_summary, None when no site was screened."""
    found = [verdict for verdict, count in summary["by_verdict"].items() if count]
    return max(found, key=SEVERITY.get) if found else None


def nothing_screened(sites):
    """The sites with a problem when every site has one (the run failed), else []."""
    problems = [site for site in sites if site.result is None]
    return problems if sites and len(problems) == len(sites) else []
