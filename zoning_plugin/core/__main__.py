"""Command line: `python -m zoning_plugin.core inspect|validate|demo ...`."""
import argparse
import json
import sys

import shapely

from zoning_plugin.core.dataset.reader import open_dataset
from zoning_plugin.core.errors import InputError, ZoningError
from zoning_plugin.core.geo import STORAGE_CRS, reproject
from zoning_plugin.core.geo_input import parse_coordinate, parse_wkt
from zoning_plugin.core.dataset.provenance import as_dict, provenance
from zoning_plugin.core.dataset.provenance import to_lines as provenance_lines
from zoning_plugin.core.dataset.validate import validate_dataset
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import PostgisSource
from zoning_plugin.core.versions.in_force import IN_FORCE, parse_date, version_in_force

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        # One line, not argparse's usage block: scripts read stderr.
        raise InputError(say(f"参数错误：{message}", f"bad arguments: {message}"))


def _parser():
    parser = _Parser(prog="python -m zoning_plugin.core",
                     description="生态环境分区管控：查询位置适用的“1+2+N”生态环境准入清单")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    inspect = commands.add_parser("inspect", help=say("查询一个点、线或面", "inspect a geometry"))
    inspect.add_argument("--lon", help=say("经度或 X", "longitude or X"))
    inspect.add_argument("--lat", help=say("纬度或 Y", "latitude or Y"))
    inspect.add_argument("--wkt", help=say("WKT 几何", "point, line or polygon"))
    inspect.add_argument("--crs", default=STORAGE_CRS, help="输入坐标系，默认 EPSG:4490")
    inspect.add_argument("--dataset", action="append", type=_dataset_source,
                         help=say("数据集 GeoPackage，或 PostGIS 中的数据集 postgresql:SERVICE/SCHEMA（SERVICE 为 pg_service 服务名），"
                                  "默认内置示例数据；可给多次（各版本），配合 --date",
                                  "the dataset GeoPackage or postgresql:SERVICE/SCHEMA (a pg_service entry; default: "
                                  "the bundled sample); give it once per version, with --date"))
    inspect.add_argument("--date", help=say("采用该日（YYYY-MM-DD）施行的版本",
                                            "use the version in force on this day (YYYY-MM-DD)"))
    inspect.add_argument("--buffers-in-all-basins", "--songhua-buffers", action="store_true",
                         help=say("缓冲区规则所在流域以外的河流也设生态缓冲区", "also buffer the rivers of the other basins"))
    inspect.add_argument("--json", action="store_true", help="输出 JSON")
    validate = commands.add_parser("validate", help=say("校验数据集", "validate a dataset"))
    validate.add_argument("--dataset", type=_dataset_source)
    demo = commands.add_parser("demo", help="演示：查询几个典型位置")
    demo.add_argument("--dataset", type=_dataset_source)
    return parser


def _dataset_source(text):
    """What open_dataset() opens for a --dataset: postgresql:SERVICE/SCHEMA names a schema published
    in PostGIS, reached through the pg_service entry SERVICE (credentials stay in the service file
    or ~/.pgpass); anything else is a GeoPackage's path."""
    return PostgisSource.from_text(text) or text


def _input_geometry(args):
    if args.wkt:
        if args.lon is not None or args.lat is not None:
            raise InputError(say("--wkt 与 --lon/--lat 只能选一种", "give either --wkt or --lon/--lat"))
        return parse_wkt(args.wkt)
    if args.lon is None or args.lat is None:
        raise InputError(say("需要 --lon 和 --lat，或 --wkt", "need --lon and --lat, or --wkt"))
    return shapely.Point(parse_coordinate(args.lon, "lon"), parse_coordinate(args.lat, "lat"))


def _dataset_in_force(args):
    """(the dataset to inspect, InForce or None): the one --dataset (or the sample) without --date,
    else the version in force on --date among the --dataset given; InputError when there is none."""
    paths = args.dataset or [None]
    buffers = True if args.buffers_in_all_basins else None
    if args.date is None:
        if len(paths) > 1:
            raise InputError(say(f"给出了 {len(paths)} 个 --dataset（版本），需用 --date 指定采用哪一日施行的版本",
                                 f"{len(paths)} --dataset (versions) are given: say with --date the day whose "
                                 f"version in force to use"))
        return open_dataset(paths[0], buffers_in_all_basins=buffers), None
    # The date is read before any dataset is opened: a bad date is the first thing to fix.
    day = parse_date(args.date)
    chosen = version_in_force([open_dataset(path, buffers_in_all_basins=buffers) for path in paths], day)
    if chosen.reason != IN_FORCE:
        raise InputError(say("；", "; ").join([chosen.message, *chosen.left_out]))
    return chosen.dataset, chosen


def _inspect(args):
    dataset, chosen = _dataset_in_force(args)
    result = dataset.inspect(_input_geometry(args), crs=args.crs)
    record = provenance(dataset.info())
    if args.json:
        data = {**result.to_dict(), "provenance": as_dict(record)}
        if chosen is not None:
            data["in_force"] = chosen.to_dict()
        print(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))
    else:
        if chosen is not None:
            print("\n".join([chosen.message, *chosen.left_out]) + "\n")
        print(result.to_text())
        print("\n" + "\n".join(provenance_lines(record)))
    return 0


def _validate(args):
    report = validate_dataset(open_dataset(args.dataset))
    print(report.to_text())
    return 0 if report.ok else 1


def demo_places(dataset):
    """Named places of the bundled sample for the demo: (label, shapely point in EPSG:4490)."""
    places = [("辽源市中心城区（龙山区）", shapely.Point(125.1450, 42.9020))]
    # A point 20 m beside the main river of the buffer rule where it crosses the central city,
    # taken from the data itself.
    main = dataset.profile.buffer_rule.main_river if dataset.profile.buffer_rule else None
    for record, line in zip(dataset.rivers.records, dataset.rivers.metric):
        if main and record["river_name"] == main:
            urban = shapely.union_all(dataset.built_up.metric)
            reach = shapely.intersection(line, urban)
            anchor = reach if not reach.is_empty else line
            on_river = shapely.line_interpolate_point(shapely.line_merge(anchor) if anchor.geom_type
                                                      == "MultiLineString" else anchor, 0.5,
                                                      normalized=True)
            if on_river.geom_type != "Point":
                on_river = anchor.representative_point()
            step = shapely.Point(on_river.x, on_river.y + 20.0)
            if shapely.distance(line, step) < 15:
                step = shapely.Point(on_river.x + 20.0, on_river.y)
            places.append((f"{main}岸边（河流生态缓冲区内）", reproject(step, dataset.metric_crs, STORAGE_CRS)))
            break
    places.append(("东丰县城（东丰镇）", shapely.Point(125.5300, 42.6780)))
    places.append(("长春市区（辽源市域外）", shapely.Point(125.3245, 43.8868)))
    return places


def _demo(args):
    dataset = open_dataset(args.dataset)
    for label, point in demo_places(dataset):
        print("=" * 78)
        print(f"■ {label}  ({point.x:.5f}, {point.y:.5f})")
        print("=" * 78)
        print(dataset.inspect(point, crs=STORAGE_CRS).to_text())
        print()
    print("\n".join(provenance_lines(provenance(dataset.info()))))
    return 0


def main(argv=None):
    try:
        args = _parser().parse_args(argv)
        return {"inspect": _inspect, "validate": _validate, "demo": _demo}[args.command](args)
    except ZoningError as error:
        print(say(f"错误：{error}", f"error: {error}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # the CLI promises one line on stderr, never a traceback
        print(say(f"错误：内部错误 {error.__class__.__name__}：{error}", f"internal error {error.__class__.__name__}: {error}"), file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
