"""core/engine/layer_input.range_problem: coordinates a site cannot have in its CRS are refused with
the box in numbers (zoning:site_report), before the core measures them."""
from zoning_plugin.core import open_dataset  # noqa: F401  first: it tells pyproj where PROJ's data is

from zoning_plugin.core.engine.layer_input import ABSURD, GEOGRAPHIC, range_problem  # noqa: E402


def test_lon_lat_inside_the_world_pass_and_beyond_it_are_named():
    assert range_problem((125.1, 42.8, 125.3, 43.0), "EPSG:4490", geographic=True) is None
    bounds = (125.1, 42.8, 325.3, 43.0)
    assert range_problem(bounds, "EPSG:4490", geographic=True) == (bounds, GEOGRAPHIC)


def test_a_projected_crs_is_checked_against_its_area_of_use():
    inside = (4.3e5, 4.74e6, 4.4e5, 4.75e6)          # 辽源 in CGCS2000 / 3-degree GK CM 126E
    assert range_problem(inside, "EPSG:4549") is None
    outside = (4.3e5, -4.75e6, 4.4e5, -4.74e6)        # the same numbers south of the equator
    bounds, limits = range_problem(outside, "EPSG:4549")
    assert bounds == outside and limits is not None and limits[1] > outside[1]


def test_a_crs_without_area_of_use_only_refuses_absurd_magnitudes():
    assert range_problem((1.0, 1.0, 2.0, 2.0), "not a crs") is None
    assert range_problem((1.0, 1.0, ABSURD * 2, 2.0), "not a crs") == ((1.0, 1.0, ABSURD * 2, 2.0), None)
