"""Parcels of a coordinate file as layer rows, and a layer's polygons as parcels
(core/importers/land_parcels.py)."""
import math

import shapely

from zoning_plugin.core.fields import INTEGER, NUMBER, TEXT
from zoning_plugin.core.importers.land_parcels import (ID, NO_POLYGON, NOT_FINITE, PARCEL_LAYER_FIELDS,
                                                       PARCEL_OUTPUT_FIELDS, parcel_attributes, parcel_columns,
                                                       parcel_row, parcel_values, unwritable)
from zoning_plugin.core.importers.land_txt import Parcel

SQUARE = shapely.box(0, 0, 10, 10)


def test_values_are_typed_in_the_order_of_the_parcel_line():
    parcel = Parcel(SQUARE, {"界址点数": "5", "地块面积": "0.01", "地块编号": "A1", "地块名称": "", "地块用途": "工业"})
    assert parcel_values(parcel) == [5, 0.01, "A1", None, None, None, "工业", None]
    assert parcel_values(Parcel(SQUARE, {"界址点数": "五", "地块面积": "nan"}))[:2][0] is None
    assert math.isnan(parcel_values(Parcel(SQUARE, {"地块面积": "nan"}))[1])
    assert parcel_values(Parcel(SQUARE, {"界址点数": "inf"}))[0] is None


def test_columns_chosen_win_over_the_guess():
    names = ["dkbh", "Name", "DKYT", "TFH", "other"]
    assert parcel_columns(names) == {"地块编号": "dkbh", "地块名称": "Name", "地块用途": "DKYT", "图幅号": "TFH",
                                     "地类编码": None}
    assert parcel_columns(names, {"地块编号": "other"})["地块编号"] == "other"
    assert parcel_columns(["id"]) == dict.fromkeys(("地块编号", "地块名称", "地块用途", "图幅号", "地类编码"))


def test_parcels_without_an_id_field_are_numbered():
    assert parcel_attributes({ID: None}, {ID: None}, 3)[ID] == 3
    assert parcel_attributes({ID: None}, {ID: "DKBH"}, 3)[ID] is None       # the field is there, empty
    assert parcel_attributes({ID: "A"}, {ID: "DKBH"}, 3)[ID] == "A"


def test_what_cannot_be_a_parcel():
    assert unwritable(SQUARE) is None
    assert unwritable(shapely.MultiPolygon([SQUARE])) is None
    assert unwritable(None) == NO_POLYGON
    assert unwritable(shapely.LineString([(0, 0), (1, 1)])) == NO_POLYGON
    assert unwritable(shapely.Polygon()) == NO_POLYGON
    assert unwritable(shapely.Polygon([(0, 0), (1, math.inf), (1, 0)])) == NOT_FINITE


def test_a_parcel_as_a_row_of_the_output_layer():
    parcel = Parcel(SQUARE, {"界址点数": "5", "地块面积": "0.01", "地块编号": "A1"}, extra=["x", "y"])
    row = parcel_row(parcel)
    assert len(row) == len(PARCEL_OUTPUT_FIELDS) and row[-2:] == ["x,y", 100.0]
    assert [name for name, _kind in PARCEL_OUTPUT_FIELDS][:3] == ["JZDS", "DKMJ", "DKBH"]
    assert [kind for _name, kind in PARCEL_LAYER_FIELDS][:3] == [INTEGER, NUMBER, TEXT]
