"""core/renderers/conformity_totals.py: the report's totals collected chunk by chunk say what the report
of the whole OverlayResult says, while keeping only the rows the report lists; the map's sample."""
from zoning_plugin.core import InputError  # noqa: F401  (first: it tells pyproj where PROJ's data is)

import pytest  # noqa: E402
import shapely  # noqa: E402

from test_overlay import random_parcels  # noqa: E402
from zoning_plugin.core.engine import overlay as overlay_module  # noqa: E402
from zoning_plugin.core.geo import METRIC_CRS  # noqa: E402
from zoning_plugin.core.renderers.conformity import render_conformity_html  # noqa: E402
from zoning_plugin.core.renderers.conformity_totals import ConformityTotals, MapSample  # noqa: E402


def name(index):
    return f"P-{index:03d}"


@pytest.fixture(scope="module")
def plan(dataset):
    """300 parcels crossing units, rivers and the city border, and three without a usable geometry."""
    return random_parcels(dataset, 300, seed=21) + [None, shapely.Polygon(), shapely.Point(1e200, 1e200)]


def streamed(dataset, plan, limit, size=37):
    totals = ConformityTotals.of_dataset(dataset, limit=limit)
    chunks = (plan[start:start + size] for start in range(0, len(plan), size))
    for chunk in overlay_module.overlay_chunks(dataset, chunks, crs=METRIC_CRS, total=len(plan)):
        totals.add(chunk.features, chunk.rows, name)
    return totals


@pytest.mark.parametrize("limit", [500, 7])
def test_totals_of_the_chunks_make_the_report_of_the_whole_result(dataset, plan, limit):
    whole = overlay_module.overlay(dataset, plan, crs=METRIC_CRS)
    totals = streamed(dataset, plan, limit)
    assert totals.scopes() == whole.scopes() and len(whole.scopes()) > 3
    assert totals.counts == whole.counts and totals.feature_count == len(plan)
    assert totals.counts["null"] == 1 and totals.counts["empty"] == 1 and totals.counts["outside"] >= 1
    # the features the log and the algorithm's outputs count as touching a priority unit or a buffer
    assert totals.flagged == {flag: sum(flag in (f.flags or ()) for f in whole.features) for flag in ("priority", "buffer")}
    assert all(totals.flagged.values())
    page = render_conformity_html(totals, dataset, max_rows=limit, generated="x")
    assert page == render_conformity_html(whole, dataset, names=name, max_rows=limit, generated="x")
    # only the listed rows are kept: `limit` of each report group and of the problems
    kept = sum(len(group.items) for group in totals.groups) + len(totals.problems.items)
    assert kept <= 5 * limit
    if limit < 100:
        assert f"另有 {totals.listed()[1] - limit} 个要素未列出，见输出图层。" in page


def test_the_map_sample_keeps_all_it_can_then_the_flagged_and_an_even_share_of_the_rest():
    everything = MapSample(limit=50)
    for n in range(50):
        everything.add(n % 10 == 0, lambda n=n: n)
    assert sorted(everything.items()) == list(range(50)) and not everything.partial
    sample = MapSample(limit=50)
    for n in range(1000):
        sample.add(n % 100 == 0, lambda n=n: n)
    kept = sample.items()
    assert len(kept) <= 50 and sample.total == 1000 and sample.partial
    assert sample.shown() == (len(kept), 1000, 10, 10)
    assert set(range(0, 1000, 100)) <= set(kept)          # every flagged one
    others = sorted(k for k in kept if k % 100)
    steps = {b - a for a, b in zip(others, others[1:])}
    assert len(others) > 20 and len(steps) <= 2           # evenly spread (a flagged one may sit between)
