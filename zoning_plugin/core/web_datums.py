"""The offsets of Chinese web maps: GCJ-02 (高德, 腾讯) from WGS84, and BD-09 (百度) from GCJ-02.

GCJ-02 and BD-09 follow the published algorithm as written in PRCoords (Mingye Wang, CC0 1.0,
github.com/Artoria2e5/PRCoords, py/prcoords.py) and eviltransform (googollee et al., MIT,
github.com/googollee/eviltransform): the GCJ-02 offset on the Krasovsky 1940 ellipsoid (a = 6378245
m, which eviltransform's own test pairs need), applied inside the box 72.004–137.8347°E,
0.8293–55.8271°N only; BD-09 as GCJ-02 turned and shifted with x_pi = π·3000/180. The inverses are
exact, by fixed-point iteration to 1e-10° (the usual one-step inverses are metres off). Test pairs
(tests/unit/test_coords.py) come from eviltransform's tests and coordtransform's README
(github.com/wandergis/coordtransform, MIT).
"""
import math

KRASOVSKY_A = 6378245.0
KRASOVSKY_EE = 0.00669342162296594323
CHINA_BOX = (72.004, 0.8293, 137.8347, 55.8271)    # where the GCJ-02 offset applies
X_PI = math.pi * 3000.0 / 180.0
BD_DLON, BD_DLAT = 0.0065, 0.006
ITERATION_EPS = 1e-10
ITERATIONS = 30


def in_china(lon, lat):
    """True inside the box in which GCJ-02 (and so BD-09) offsets coordinates."""
    return CHINA_BOX[0] <= lon <= CHINA_BOX[2] and CHINA_BOX[1] <= lat <= CHINA_BOX[3]


def _gcj_offset(lon, lat):
    """(dlon, dlat) in degrees that GCJ-02 adds to a WGS84 point."""
    x, y = lon - 105.0, lat - 35.0
    d_lat = (-100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
             + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
             + (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
             + (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y / 30.0 * math.pi)) * 2.0 / 3.0)
    d_lon = (300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
             + (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
             + (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
             + (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0)
    rad = math.radians(lat)
    magic = 1.0 - KRASOVSKY_EE * math.sin(rad) ** 2
    metres_per_deg_lat = math.radians(KRASOVSKY_A * (1.0 - KRASOVSKY_EE) / magic ** 1.5)
    metres_per_deg_lon = math.radians(KRASOVSKY_A * math.cos(rad) / math.sqrt(magic))
    return d_lon / metres_per_deg_lon, d_lat / metres_per_deg_lat


def wgs84_to_gcj02(lon, lat):
    """GCJ-02 of a WGS84 point; the point itself outside China."""
    if not in_china(lon, lat):
        return lon, lat
    d_lon, d_lat = _gcj_offset(lon, lat)
    return lon + d_lon, lat + d_lat


def _invert(forward, lon, lat):
    """The point p with forward(p) = (lon, lat), by fixed-point iteration from (lon, lat)."""
    x, y = lon, lat
    for _ in range(ITERATIONS):
        fx, fy = forward(x, y)
        dx, dy = fx - lon, fy - lat
        x, y = x - dx, y - dy
        if abs(dx) < ITERATION_EPS and abs(dy) < ITERATION_EPS:
            break
    return x, y


def gcj02_to_wgs84(lon, lat):
    """WGS84 of a GCJ-02 point (exact inverse); the point itself outside China."""
    if not in_china(lon, lat):
        return lon, lat
    return _invert(lambda x, y: (x + _gcj_offset(x, y)[0], y + _gcj_offset(x, y)[1]), lon, lat)


def gcj02_to_bd09(lon, lat):
    """BD-09 of a GCJ-02 point."""
    z = math.hypot(lon, lat) + 0.00002 * math.sin(lat * X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * X_PI)
    return z * math.cos(theta) + BD_DLON, z * math.sin(theta) + BD_DLAT


def bd09_to_gcj02(lon, lat):
    """GCJ-02 of a BD-09 point (exact inverse of gcj02_to_bd09)."""
    return _invert(gcj02_to_bd09, lon, lat)


def wgs84_to_bd09(lon, lat):
    return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat)) if in_china(lon, lat) else (lon, lat)


def bd09_to_wgs84(lon, lat):
    if not in_china(lon, lat):
        return lon, lat
    return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))
