"""Where the conformity report's detail maps go: the analysed features grouped into areas that lie
apart (features closer than GAP_M lie in one area), the areas with most features first; the report
draws the overview and a detail map of each of the first DETAILS areas when there are two or more."""
import shapely

DETAILS = 4             # detail maps at most, when the features lie in separate areas
GAP_M = 2000.0          # features closer than this lie in one area


def detail_areas(boxes, gap=GAP_M):
    """The boxes (shapely, of the features in a metric CRS) of the areas `boxes` closer than `gap`
    make together, most features first (then west to east, south to north)."""
    merged = shapely.get_parts(shapely.union_all(shapely.buffer(boxes, gap / 2, cap_style="square",
                                                                join_style="mitre")))
    counts = [int(shapely.intersects(boxes, part).sum()) for part in merged]
    order = sorted(range(len(merged)), key=lambda i: (-counts[i], merged[i].bounds))
    return [shapely.buffer(merged[i], -gap / 2, join_style="mitre").envelope for i in order]
