"""The grid of labelled points (geo.resolver._PointGrid): the points within a distance are those a scan of every
point finds, poles and the date line included."""
import math
import random

from flashpoint.geo.resolver import _PointGrid, haversine_km


def _scan(points, lat, lon, km):
    return sorted((haversine_km(lat, lon, la, lo), f) for la, lo, f in points
                  if haversine_km(lat, lon, la, lo) <= km)


def test_points_within_a_distance_are_those_a_full_scan_finds():
    rnd = random.Random(7)
    queries = [(0.0, 0.0), (45.3, 179.8), (-33.9, -179.9), (69.0, 20.0), (79.5, -40.0), (88.9, 10.0), (-89.5, 0.0)]
    points = []
    for la0, lo0 in queries:  # a cluster around each query, some just past the distance
        for _ in range(300):
            la = max(-90.0, min(90.0, la0 + rnd.uniform(-3, 3)))
            lo = ((lo0 + rnd.uniform(-12, 12) + 180) % 360) - 180
            points.append((la, lo, rnd.choice("abcde")))
    grid = _PointGrid(points)
    for lat, lon in queries:
        for km in (15.0, 80.0, 250.0):
            assert grid.within(lat, lon, km) == _scan(points, lat, lon, km)


def test_nearest_first_and_ties_by_label():
    grid = _PointGrid([(10.0, 10.5, "b"), (10.0, 10.0, "z"), (10.0, 9.5, "a")])
    got = grid.within(10.0, 10.0, 80.0)
    assert [f for _, f in got] == ["z", "a", "b"] and got[0][0] == 0.0 and math.isclose(got[1][0], got[2][0])
