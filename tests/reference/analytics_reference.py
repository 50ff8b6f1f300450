#!/usr/bin/python3
"""Independent reference implementation of docs/analytics.md.

Recomputes what `scaleready stats --json` prints, straight from the database tables,
with sqlite3, numpy and scipy.  Clarity over speed.

    analytics_reference.py --db FILE.db --indicator CODE [--programme CODE]
                           [--from P] [--to P] [--by month|quarter|year] [--include-submitted]
                           [--province NAME] [--prefecture NAME] [--county NAME]
                           [--arm pilot|comparison] [--group GROUP]
    analytics_reference.py --cases cases.json --db-dir DIR --out-dir DIR

Readings of the specification where it leaves room (keep in step with the C++ engine):

* A *cell* is a non-deleted total row (option_id IS NULL) of a non-deleted site of the
  programme, for a period of the indicator's own frequency.  It *counts* when its report
  (same site and period id, not deleted) is approved (or submitted with --include-submitted)
  and it carries the parts its value type needs: numerator and denominator both non-null for
  percentages and rates (a denominator of 0 is allowed: the cell counts, adds to Σn and Σd,
  and an aggregate with Σd = 0 has a null value), value non-null otherwise.  Counted cells are
  what the series, windows, DiD, equity, SII and progress look at; `sites`/`reports` count
  the counted cells an aggregate rests on.
* The value of one cell (latest cell of a site, outliers) is 100·n/d or 1000·n/d (none when
  d is null or 0), the value for counts and means, 100·value for yes/no.  The valid-range check
  compares 100·n/d or 1000·n/d for percentages and rates (no check when d is null or 0) and the
  stored `value` otherwise: counts and means as they are, yes/no on its stored 0/1.
* The *level* of an aggregate is Σ value / cells (its `reports`) for counts and its value for
  every other type.  The series `value` of a count stays the sum; the level is what compares
  groups, windows and targets: equity `reference`/`focus` (hence gap and ratio) per period,
  the gap change, the SII's yₖ, the progress latest value and window-based baseline, and the
  points of the projection.  On a roll-up the cells are the cells of the indicator's own
  frequency (a quarter of a monthly count: Σ value / site-months).  A site's window value is
  the mean of its cells, which is already its level; one cell's level is its value.
* Projection: no target or no latest value → "insufficient"; then "met" (latest period) when
  the latest value meets the indicator target, however few points; then fewer than 3 points →
  "insufficient"; otherwise "projected" or "off-trend" from the line.
* A group of children's cell sums, per site and period, the option rows tagged with the member
  (numerator and denominator over rows that have both; value over rows that have one).
* Site filters (cases' "province", "prefecture", "county", "arm", "group"; all combine): a site
  passes when its province_en (province_zh when province_en is empty) equals the province given,
  likewise prefecture and county; when its arm is the one given; when it belongs to the group of
  sites given (rural/urban: locality; minority_area/other_area: ethnic_minority_area 1/0;
  poverty_county/other_county: poverty_county 1/0).  Only filtered sites enter the series (all
  three arms), the DiD overall and per group, equity, gap change, SII, progress (latest value,
  window-based baseline, projection, sites meeting target) and data quality (expected = filtered
  sites × periods).  The filters do not move the default windows (earliest intervention start of
  all the programme's pilot sites, or earliest and latest counted cell over all sites) nor the
  default period range (earliest and latest total row over all sites).  With a group filter all
  equity dimensions still appear (the filtered group's other side has no sites: nulls).
"""

import argparse
import datetime
import json
import math
import os
import re
import sqlite3
import sys

import numpy as np
from scipy import special as scipy_special
from scipy import stats as scipy_stats


def t_quantile_975(df):
    """The 97.5 % quantile of Student's t. scipy's t.ppf is off by about 1e-10 (relative) at
    df near 1; two Newton steps on the accurate CDF (scipy.special.stdtr) make it exact to
    double precision, so the reference does not differ from Boost.Math by more than rounding."""
    t = float(scipy_stats.t.ppf(0.975, df))
    for _ in range(2):
        t -= (float(scipy_special.stdtr(df, t)) - 0.975) / float(scipy_stats.t.pdf(t, df))
    return t

Z = 1.959963984540054
RATIO_TYPES = ("percentage", "rate_per_1000")
FREQ_TO_TYPE = {"monthly": "month", "quarterly": "quarter", "annual": "year"}
TYPE_RANK = {"month": 0, "quarter": 1, "year": 2}
STEPS_PER_YEAR = {"month": 12, "quarter": 4, "year": 1}
WINDOW_MONTHS = 6
ARMS = ("pilot", "comparison")


class BadArguments(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Periods (DHIS2 style ids: "202403", "2024Q1", "2024")
# --------------------------------------------------------------------------------------------

def period_type(pid):
    if pid is None:
        return None
    if re.fullmatch(r"\d{4}(0[1-9]|1[0-2])", pid):
        return "month"
    if re.fullmatch(r"\d{4}Q[1-4]", pid):
        return "quarter"
    if re.fullmatch(r"\d{4}", pid):
        return "year"
    return None


def period_index(pid):
    """Ordinal of a period among the periods of its type (consecutive periods differ by 1)."""
    t = period_type(pid)
    year = int(pid[:4])
    if t == "month":
        return year * 12 + int(pid[4:6]) - 1
    if t == "quarter":
        return year * 4 + int(pid[5]) - 1
    if t == "year":
        return year
    raise ValueError("not a period: %r" % pid)


def period_from_index(ptype, index):
    if ptype == "month":
        return "%04d%02d" % (index // 12, index % 12 + 1)
    if ptype == "quarter":
        return "%04dQ%d" % (index // 4, index % 4 + 1)
    if ptype == "year":
        return "%04d" % index
    raise ValueError(ptype)


def period_start(pid):
    t = period_type(pid)
    year = int(pid[:4])
    if t == "month":
        return datetime.date(year, int(pid[4:6]), 1)
    if t == "quarter":
        return datetime.date(year, 3 * (int(pid[5]) - 1) + 1, 1)
    if t == "year":
        return datetime.date(year, 1, 1)
    raise ValueError("not a period: %r" % pid)


def period_end(pid):
    t = period_type(pid)
    nxt = period_from_index(t, period_index(pid) + 1)
    return period_start(nxt) - datetime.timedelta(days=1)


def containing_period(ptype, date):
    """The period of type ptype that contains the date."""
    if ptype == "month":
        return "%04d%02d" % (date.year, date.month)
    if ptype == "quarter":
        return "%04dQ%d" % (date.year, (date.month - 1) // 3 + 1)
    return "%04d" % date.year


def roll_up(pid, by):
    return containing_period(by, period_start(pid))


def month_add(month_id, delta):
    return period_from_index("month", period_index(month_id) + delta)


def periods_between(ptype, first, last):
    return [period_from_index(ptype, i) for i in range(period_index(first), period_index(last) + 1)]


def overlaps(pid, window):
    """Whether period pid overlaps the window (from month, to month)."""
    if window is None or window[0] is None or window[1] is None:
        return False
    return period_start(pid) <= period_end(window[1]) and period_end(pid) >= period_start(window[0])


# --------------------------------------------------------------------------------------------
# Values and aggregates
# --------------------------------------------------------------------------------------------

def scale_of(vt):
    return 1000.0 if vt == "rate_per_1000" else 100.0


def has_parts(vt, n, d, v):
    if vt in RATIO_TYPES:
        return n is not None and d is not None
    return v is not None


def cell_value(vt, n, d, v):
    """The value of a single cell, None when it has none."""
    if vt in RATIO_TYPES:
        if n is None or d is None or d == 0:
            return None
        return scale_of(vt) * n / d
    if v is None:
        return None
    if vt == "yes_no":
        return 100.0 * v
    return float(v)


def wilson(x, n, scale):
    if n <= 0:
        return None, None
    p = x / n
    denom = 1.0 + Z * Z / n
    centre = (p + Z * Z / (2.0 * n)) / denom
    radicand = p * (1.0 - p) / n + Z * Z / (4.0 * n * n)
    if radicand < 0:
        return None, None
    half = Z / denom * math.sqrt(radicand)
    return scale * (centre - half), scale * (centre + half)


def aggregate(cells, vt):
    """Aggregate over counted cells (dicts with site, n, d, v)."""
    res = {"value": None, "numerator": 0.0, "denominator": 0.0, "low": None, "high": None,
           "sites": len({c["site"] for c in cells}), "reports": len(cells)}
    if not cells:
        if vt in ("count", "mean", "yes_no"):
            res["denominator"] = 0
        return res
    if vt in RATIO_TYPES:
        sn = float(sum(c["n"] for c in cells))
        sd = float(sum(c["d"] for c in cells))
        res["numerator"], res["denominator"] = sn, sd
        if sd != 0:
            res["value"] = scale_of(vt) * sn / sd
            if sd > 0 and 0 <= sn <= sd:
                res["low"], res["high"] = wilson(sn, sd, scale_of(vt))
    elif vt == "count":
        s = float(sum(c["v"] for c in cells))
        res.update(value=s, numerator=s, denominator=len(cells))
    elif vt == "mean":
        s = float(sum(c["v"] for c in cells))
        res.update(value=float(np.mean([float(c["v"]) for c in cells])), numerator=s,
                   denominator=len(cells))
    elif vt == "yes_no":
        yes = sum(1 for c in cells if c["v"] != 0)
        res.update(value=100.0 * yes / len(cells), numerator=yes, denominator=len(cells))
        res["low"], res["high"] = wilson(float(yes), float(len(cells)), 100.0)
    return res


def level_of(agg, vt):
    """Level of an aggregate: Σ value / cells for counts, the value for every other type."""
    if vt == "count":
        if agg["value"] is None or not agg["reports"]:
            return None
        return agg["value"] / agg["reports"]
    return agg["value"]


def aggregate_level(cells, vt):
    return level_of(aggregate(cells, vt), vt)


def aggregate_weight(cells, vt):
    """SII weight of a level: Σd for percentages and rates, number of cells otherwise."""
    if vt in RATIO_TYPES:
        return float(sum(c["d"] for c in cells))
    return float(len(cells))


def site_window_value(cells, vt):
    """Window value of one site (DiD): ratio of sums, mean of the cells, share of yes."""
    if not cells:
        return None
    if vt in RATIO_TYPES:
        sd = sum(c["d"] for c in cells)
        if sd == 0:
            return None
        return scale_of(vt) * sum(c["n"] for c in cells) / sd
    if vt in ("count", "mean"):
        return float(np.mean([float(c["v"]) for c in cells]))
    return 100.0 * sum(1 for c in cells if c["v"] != 0) / len(cells)


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------

def columns(con, table):
    return {row[1] for row in con.execute("PRAGMA table_info(%s)" % table)}


class Data:
    pass


def place_key(en, zh):
    """A site's place name for the filter: the English one, else the Chinese one."""
    return en if en else (zh or "")


def load(db_path, programme_code, indicator_code, include_submitted, filters=None):
    filters = filters or {}
    for key in filters:
        if key not in ("province", "prefecture", "county", "arm", "group"):
            raise BadArguments("unknown filter %s" % key)
    if filters.get("arm") is not None and filters["arm"] not in ARMS:
        raise BadArguments("unknown arm %s" % filters["arm"])
    if filters.get("group") is not None and filters["group"] not in SITE_GROUPS:
        raise BadArguments("unknown group of sites %s" % filters["group"])
    if not os.path.exists(db_path):
        raise FileNotFoundError(db_path)
    con = sqlite3.connect("file:%s?mode=ro" % db_path, uri=True)
    con.row_factory = sqlite3.Row
    D = Data()
    D.include_submitted = include_submitted

    # programme
    if programme_code is None:
        rows = con.execute("SELECT * FROM programme WHERE deleted = 0").fetchall()
        if len(rows) != 1:
            raise BadArguments("%d programmes: give --programme" % len(rows))
    else:
        rows = con.execute("SELECT * FROM programme WHERE deleted = 0 AND code = ?",
                           (programme_code,)).fetchall()
        if not rows:
            raise BadArguments("unknown programme %s" % programme_code)
    prog = rows[0]
    D.programme = prog
    pcols = columns(con, "programme")
    D.windows_set = {}
    for key in ("baseline_from", "baseline_to", "endline_from", "endline_to"):
        D.windows_set[key] = prog[key] if key in pcols else None

    ind = con.execute("SELECT * FROM indicator WHERE deleted = 0 AND programme_id = ? AND code = ?",
                      (prog["id"], indicator_code)).fetchone()
    if ind is None:
        raise BadArguments("unknown indicator %s" % indicator_code)
    D.indicator = ind
    D.vt = ind["value_type"]
    D.freq_type = FREQ_TO_TYPE[ind["frequency"]]

    # sites: all non-deleted sites of the programme (the default windows and range look at all
    # of them); D.filtered holds the ids of those that pass the site filters
    D.sites = {}
    for r in con.execute("SELECT * FROM site WHERE deleted = 0 AND programme_id = ? ORDER BY id",
                         (prog["id"],)):
        D.sites[r["id"]] = {
            "id": r["id"], "arm": r["arm"], "locality": r["locality"],
            "minority": int(r["ethnic_minority_area"]), "poverty": int(r["poverty_county"]),
            "start": r["intervention_start"],
            "province": place_key(r["province_en"], r["province_zh"]),
            "prefecture": place_key(r["prefecture_en"], r["prefecture_zh"]),
            "county": place_key(r["county_en"], r["county_zh"]),
        }
    D.filtered = {sid for sid, s in D.sites.items() if passes_filters(s, filters)}

    # reports
    D.reports = {}
    for r in con.execute("SELECT site_id, period, status, submitted_at FROM report WHERE deleted = 0"):
        if r["site_id"] in D.sites:
            D.reports[(r["site_id"], r["period"])] = (r["status"], r["submitted_at"])

    # data values of the indicator, of its own frequency
    D.totals = {}     # (site, period) -> (n, d, v)
    D.options = {}    # (site, period) -> {option_id: (n, d, v)}
    for r in con.execute("SELECT site_id, period, option_id, value, numerator, denominator "
                         "FROM data_value WHERE deleted = 0 AND indicator_id = ?", (ind["id"],)):
        if r["site_id"] not in D.sites or period_type(r["period"]) != D.freq_type:
            continue
        key = (r["site_id"], r["period"])
        parts = (r["numerator"], r["denominator"], r["value"])
        if r["option_id"] is None:
            D.totals[key] = parts
        else:
            D.options.setdefault(key, {})[r["option_id"]] = parts

    # options of the indicator and their tags
    D.indicator_options = [r[0] for r in con.execute(
        "SELECT option_id FROM indicator_option WHERE indicator_id = ? ORDER BY option_id",
        (ind["id"],))]
    D.tags = {}  # option -> {dimension: member}
    for r in con.execute("SELECT option_id, dimension, member FROM category_option_tag"):
        D.tags.setdefault(r["option_id"], {})[r["dimension"]] = r["member"]

    # site targets
    D.site_targets = {}
    for r in con.execute("SELECT site_id, target FROM site_target WHERE deleted = 0 AND indicator_id = ?",
                         (ind["id"],)):
        D.site_targets[r["site_id"]] = r["target"]
    con.close()
    return D


def passes_filters(site, filters):
    for place in ("province", "prefecture", "county"):
        wanted = filters.get(place)
        if wanted and site[place] != wanted:
            return False
    if filters.get("arm") and site["arm"] != filters["arm"]:
        return False
    if filters.get("group") and not SITE_GROUPS[filters["group"]](site):
        return False
    return True


def report_counts(D, site, period):
    rep = D.reports.get((site, period))
    if rep is None:
        return False
    return rep[0] == "approved" or (D.include_submitted and rep[0] == "submitted")


def make_cell(site, period, parts):
    n, d, v = parts
    return {"site": site, "period": period, "n": n, "d": d, "v": v}


def counted_total_cells(D):
    cells = []
    for (site, period), parts in sorted(D.totals.items()):
        if report_counts(D, site, period) and has_parts(D.vt, *parts):
            cells.append(make_cell(site, period, parts))
    return cells


def counted_group_cells(D, dimension, member):
    """Cells of a group of children: option rows tagged dimension=member, summed per site and period."""
    cells = []
    for (site, period), opts in sorted(D.options.items()):
        if not report_counts(D, site, period):
            continue
        rows = [parts for opt, parts in sorted(opts.items())
                if D.tags.get(opt, {}).get(dimension) == member]
        if D.vt in RATIO_TYPES:
            rows = [p for p in rows if p[0] is not None and p[1] is not None]
            if not rows:
                continue
            n = sum(p[0] for p in rows)
            d = sum(p[1] for p in rows)
            cells.append(make_cell(site, period, (n, d, None)))
        else:
            rows = [p for p in rows if p[2] is not None]
            if not rows:
                continue
            cells.append(make_cell(site, period, (None, None, sum(p[2] for p in rows))))
    return cells


# --------------------------------------------------------------------------------------------
# Equity groups
# --------------------------------------------------------------------------------------------

SITE_DIMENSIONS = [
    ("locality", [("urban", lambda s: s["locality"] == "urban"), ("rural", lambda s: s["locality"] == "rural")]),
    ("minority_area", [("other_area", lambda s: s["minority"] == 0), ("minority_area", lambda s: s["minority"] == 1)]),
    ("poverty", [("other_county", lambda s: s["poverty"] == 0), ("poverty_county", lambda s: s["poverty"] == 1)]),
]
# the groups of sites a filter can name: group id -> predicate on a site
SITE_GROUPS = {g: pred for _, groups in SITE_DIMENSIONS for g, pred in groups}
OPTION_DIMENSIONS = [
    ("sex", [("male", "male"), ("female", "female")]),
    ("ethnicity", [("han", "han"), ("minority", "minority")]),
]


def equity_dimensions(D, total_cells):
    """[(dimension, [(group id, cells), (group id, cells)])], reference group first."""
    dims = []
    for dim, groups in SITE_DIMENSIONS:
        dims.append((dim, [(g, [c for c in total_cells if pred(D.sites[c["site"]])]) for g, pred in groups]))
    for dim, groups in OPTION_DIMENSIONS:
        if D.vt not in ("count", "percentage", "rate_per_1000"):
            continue  # means and yes/no do not add up over options: no groups of children
        present = any(dim in D.tags.get(opt, {}) for opt in D.indicator_options)
        if present:
            dims.append((dim, [(g, [c for c in counted_group_cells(D, dim, member) if c["site"] in D.filtered])
                               for g, member in groups]))
    return dims


def disadvantages(site):
    return int(site["locality"] == "rural") + site["minority"] + site["poverty"]


# --------------------------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------------------------

def default_windows(D, all_counted):
    """Baseline and endline windows as (from month, to month); ids None when there is no data."""
    ws = D.windows_set
    # earliest / latest counted cell of the indicator over all the programme's sites
    periods = sorted({c["period"] for c in all_counted}, key=period_start)
    earliest = periods[0] if periods else None
    latest = max(periods, key=period_end) if periods else None

    if ws["baseline_from"] is not None and ws["baseline_to"] is not None:
        baseline = (ws["baseline_from"], ws["baseline_to"])
    else:
        starts = [s["start"] for s in D.sites.values() if s["arm"] == "pilot" and s["start"]]
        if starts:
            first = min(datetime.date.fromisoformat(x[:10]) for x in starts)
            start_month = containing_period("month", first)
            baseline = (month_add(start_month, -WINDOW_MONTHS), month_add(start_month, -1))
        elif earliest is not None:
            m = containing_period("month", period_start(earliest))
            baseline = (m, month_add(m, WINDOW_MONTHS - 1))
        else:
            baseline = (None, None)

    if ws["endline_from"] is not None and ws["endline_to"] is not None:
        endline = (ws["endline_from"], ws["endline_to"])
    elif latest is not None:
        m = containing_period("month", period_end(latest))
        endline = (month_add(m, -(WINDOW_MONTHS - 1)), m)
    else:
        endline = (None, None)
    return baseline, endline


def did(D, cells, baseline, endline):
    """Difference in differences over the given cells (already narrowed to a group)."""
    vt = D.vt
    by_site = {}
    for c in cells:
        by_site.setdefault(c["site"], []).append(c)
    changes = {"pilot": [], "comparison": []}
    for site in sorted(by_site):
        sc = by_site[site]
        b = site_window_value([c for c in sc if overlaps(c["period"], baseline)], vt)
        e = site_window_value([c for c in sc if overlaps(c["period"], endline)], vt)
        if b is not None and e is not None:
            changes[D.sites[site]["arm"]].append(e - b)
    p = np.array(changes["pilot"], dtype=float)
    q = np.array(changes["comparison"], dtype=float)
    out = {"estimate": None, "low": None, "high": None, "df": None, "se": None,
           "pilotSites": int(len(p)), "comparisonSites": int(len(q)),
           "pilotChange": float(np.mean(p)) if len(p) else None,
           "comparisonChange": float(np.mean(q)) if len(q) else None,
           "reason": None}
    if len(p) == 0 and len(q) == 0:
        out["reason"] = "no-data"
        return out
    if len(p) < 2:
        out["reason"] = "too-few-pilot-sites"
        return out
    if len(q) < 2:
        out["reason"] = "too-few-comparison-sites"
        return out
    vp = float(np.var(p, ddof=1)) / len(p)
    vq = float(np.var(q, ddof=1)) / len(q)
    se = math.sqrt(vp + vq)
    if not se > 0:
        out["reason"] = "no-variation"
        return out
    df = se ** 4 / (vp ** 2 / (len(p) - 1) + vq ** 2 / (len(q) - 1))
    est = float(np.mean(p)) - float(np.mean(q))
    t = t_quantile_975(df)
    out.update(estimate=est, low=est - t * se, high=est + t * se, df=df, se=se)
    return out


def sii(D, cells, window):
    """Slope index of inequality over the cells (one arm) in the window."""
    vt = D.vt
    in_window = [c for c in cells if overlaps(c["period"], window)]
    levels = []  # (level, y, w), most disadvantaged first
    for level in (3, 2, 1, 0):
        lc = [c for c in in_window if disadvantages(D.sites[c["site"]]) == level]
        if not lc:
            continue
        y = aggregate_level(lc, vt)
        w = aggregate_weight(lc, vt)
        if y is None or not w > 0:
            continue
        levels.append((level, y, w))
    if len(levels) < 3:
        return None, len(levels)
    total = sum(w for _, _, w in levels)
    xs, ys, ws = [], [], []
    before = 0.0
    for _, y, w in levels:
        xs.append((before + w / 2.0) / total)
        ys.append(y)
        ws.append(w)
        before += w
    x = np.array(xs)
    y = np.array(ys)
    w = np.array(ws)
    xm = np.sum(w * x) / np.sum(w)
    ym = np.sum(w * y) / np.sum(w)
    sxx = np.sum(w * (x - xm) ** 2)
    if not sxx > 0:
        return None, len(levels)
    return float(np.sum(w * (x - xm) * (y - ym)) / sxx), len(levels)


def meets(value, target, direction):
    return value >= target if direction == "higher" else value <= target


def compute(D, from_arg, to_arg, by):
    vt = D.vt
    ind = D.indicator
    freq = D.freq_type
    if by is None:
        by = freq
    if TYPE_RANK[by] < TYPE_RANK[freq]:
        raise BadArguments("cannot show a %s indicator by %s" % (ind["frequency"], by))
    for p in (from_arg, to_arg):
        if p is not None and period_type(p) is None:
            raise BadArguments("bad period %s" % p)

    # ---- period range (indicator's frequency) ----
    any_periods = sorted({p for (_, p) in D.totals}, key=period_index)
    if from_arg is not None:
        first = containing_period(freq, period_start(from_arg))
        if period_start(first) < period_start(from_arg):
            first = period_from_index(freq, period_index(first) + 1)
    else:
        first = any_periods[0] if any_periods else None
    if to_arg is not None:
        last = containing_period(freq, period_end(to_arg))
        if period_end(last) > period_end(to_arg):
            last = period_from_index(freq, period_index(last) - 1)
    else:
        last = any_periods[-1] if any_periods else None
    if first is None or last is None:
        first = last = None
    elif period_index(first) > period_index(last):
        raise BadArguments("empty period range")
    range_periods = periods_between(freq, first, last) if first is not None else []
    in_range = set(range_periods)

    all_counted = counted_total_cells(D)
    baseline, endline = default_windows(D, all_counted)   # over all sites: filters do not move them
    # from here on, only the cells of the sites that pass the filters
    counted = [c for c in all_counted if c["site"] in D.filtered]
    # The series shows whole roll-up periods only: a quarter cut by the chosen range is left out.
    def whole(rp):
        return first is not None and (from_arg is None or period_start(rp) >= period_start(first)) \
            and (to_arg is None or period_end(rp) <= period_end(last))
    range_cells = [c for c in counted if c["period"] in in_range]
    series_cells = [c for c in range_cells if whole(roll_up(c["period"], by))]

    def arm_cells(cells, arm):
        return cells if arm == "all" else [c for c in cells if D.sites[c["site"]]["arm"] == arm]

    # ---- series ----
    series_periods = sorted({roll_up(c["period"], by) for c in series_cells}, key=period_index)
    by_rollup = {}
    for c in series_cells:
        by_rollup.setdefault(roll_up(c["period"], by), []).append(c)
    series = []
    all_series = {}
    for arm in ("all", "pilot", "comparison"):
        for rp in series_periods:
            agg = aggregate(arm_cells(by_rollup.get(rp, []), arm), vt)
            series.append({"arm": arm, "period": rp, **agg})
            if arm == "all":
                all_series[rp] = level_of(agg, vt)   # the level: progress and projection

    # ---- DiD ----
    did_all = did(D, counted, baseline, endline)
    dims = equity_dimensions(D, counted)
    did_by_group = []
    for dim, groups in dims:
        for g, gcells in groups:
            did_by_group.append({"dimension": dim, "group": g, **did(D, gcells, baseline, endline)})

    # ---- equity per period ----
    equity = []
    for dim, groups in dims:
        (_, ref_cells), (_, foc_cells) = groups
        for rp in series_periods:
            r = aggregate_level([c for c in ref_cells if c["period"] in in_range and roll_up(c["period"], by) == rp], vt)
            f = aggregate_level([c for c in foc_cells if c["period"] in in_range and roll_up(c["period"], by) == rp], vt)
            gap = r - f if r is not None and f is not None else None
            ratio = r / f if r is not None and f is not None and f != 0 else None
            equity.append({"dimension": dim, "period": rp, "reference": r, "focus": f, "gap": gap, "ratio": ratio})

    # ---- gap change ----
    gap_change = []
    for dim, groups in dims:
        (_, ref_cells), (_, foc_cells) = groups
        entry = {"dimension": dim}
        narrowing = {}
        for arm in ("pilot", "comparison"):
            gaps = {}
            for wname, window in (("Baseline", baseline), ("Endline", endline)):
                r = aggregate_level([c for c in arm_cells(ref_cells, arm) if overlaps(c["period"], window)], vt)
                f = aggregate_level([c for c in arm_cells(foc_cells, arm) if overlaps(c["period"], window)], vt)
                gaps[wname] = r - f if r is not None and f is not None else None
            nar = (abs(gaps["Baseline"]) - abs(gaps["Endline"])
                   if gaps["Baseline"] is not None and gaps["Endline"] is not None else None)
            narrowing[arm] = nar
            entry[arm + "BaselineGap"] = gaps["Baseline"]
            entry[arm + "EndlineGap"] = gaps["Endline"]
            entry[arm + "Narrowing"] = nar
        entry["difference"] = (narrowing["pilot"] - narrowing["comparison"]
                               if narrowing["pilot"] is not None and narrowing["comparison"] is not None else None)
        gap_change.append(entry)

    # ---- SII ----
    sii_list = []
    for arm in ("pilot", "comparison"):
        for wname, window in (("baseline", baseline), ("endline", endline)):
            value, levels = sii(D, arm_cells(counted, arm), window)
            sii_list.append({"arm": arm, "window": wname, "value": value, "levels": levels})

    # ---- progress ----
    points = [(rp, all_series[rp]) for rp in series_periods if all_series[rp] is not None]
    latest_period, latest = (points[-1] if points else (None, None))
    if ind["baseline"] is not None:
        base = float(ind["baseline"])
    else:
        base = aggregate_level([c for c in counted if overlaps(c["period"], baseline)], vt)
    target = float(ind["target"]) if ind["target"] is not None else None
    change = latest - base if latest is not None and base is not None else None
    progress = None
    if change is not None and target is not None and target != base:
        progress = 100.0 * change / (target - base)

    sites_meeting = 0
    sites_with_target = 0
    for site in D.sites:
        if site not in D.filtered:
            continue
        own = [c for c in range_cells if c["site"] == site and cell_value(vt, c["n"], c["d"], c["v"]) is not None]
        if not own:
            continue
        last_cell = max(own, key=lambda c: period_index(c["period"]))
        st = D.site_targets.get(site)
        t = st if st is not None else target
        if t is None:
            continue
        sites_with_target += 1
        if meets(cell_value(vt, last_cell["n"], last_cell["d"], last_cell["v"]), t, ind["direction"]):
            sites_meeting += 1

    # met first (latest value meets the target), then fewer than 3 points, then the line
    projection, projected_period = "insufficient", None
    if target is not None and latest is not None:
        if meets(latest, target, ind["direction"]):
            projection, projected_period = "met", latest_period
        elif len(points) >= 3:
            last12 = points[-12:]
            x0 = period_index(last12[0][0])
            xs = np.array([period_index(p) - x0 for p, _ in last12], dtype=float)
            ys = np.array([v for _, v in last12], dtype=float)
            xm, ym = xs.mean(), ys.mean()
            slope = float(np.sum((xs - xm) * (ys - ym)) / np.sum((xs - xm) ** 2))
            intercept = float(ym - slope * xm)
            toward = slope > 0 if ind["direction"] == "higher" else slope < 0
            projection = "off-trend"
            if toward:
                x_latest = period_index(latest_period) - x0
                for k in range(1, 50 * STEPS_PER_YEAR[by] + 1):
                    if meets(intercept + slope * (x_latest + k), target, ind["direction"]):
                        projection = "projected"
                        projected_period = period_from_index(by, period_index(latest_period) + k)
                        break

    # ---- data quality ----
    quality = data_quality(D, range_periods)

    return {
        "programme": D.programme["code"],
        "indicator": ind["code"],
        "valueType": vt,
        "direction": ind["direction"],
        "from": first,
        "to": last,
        "by": by,
        "includeSubmitted": bool(D.include_submitted),
        "baselineWindow": {"from": baseline[0], "to": baseline[1]},
        "endlineWindow": {"from": endline[0], "to": endline[1]},
        "series": series,
        "did": did_all,
        "didByGroup": did_by_group,
        "equity": equity,
        "gapChange": gap_change,
        "sii": sii_list,
        "progress": {
            "latestPeriod": latest_period, "latest": latest, "baseline": base, "change": change,
            "progress": progress, "target": target, "sitesMeeting": sites_meeting,
            "sitesWithTarget": sites_with_target, "projection": projection,
            "projectedPeriod": projected_period,
        },
        "quality": quality,
    }


def differs(a, b):
    return abs(a - b) > 1e-9 * max(abs(a), abs(b))


def exceeds(a, b):
    return a - b > 1e-9 * max(abs(a), abs(b))


def data_quality(D, range_periods):
    vt = D.vt
    ind = D.indicator
    expected = len(D.filtered) * len(range_periods)
    received = 0
    on_time = 0
    values_by_site = {}
    failures = 0
    days = int(D.programme["timeliness_days"])
    lo, hi = ind["min_value"], ind["max_value"]
    for site in D.sites:
        if site not in D.filtered:
            continue
        for period in range_periods:
            rep = D.reports.get((site, period))
            if rep is None or rep[0] not in ("submitted", "approved", "returned"):
                continue
            total = D.totals.get((site, period))
            if total is None:
                continue
            received += 1
            submitted_at = rep[1]
            if submitted_at and submitted_at[:10] <= (period_end(period) + datetime.timedelta(days=days)).isoformat():
                on_time += 1
            value = cell_value(vt, *total)
            if value is not None:
                values_by_site.setdefault(site, []).append(value)

            opts = {o: parts for o, parts in D.options.get((site, period), {}).items()
                    if o in D.indicator_options}
            # numerator > denominator (percentages, total or option rows)
            if vt == "percentage":
                rows = [total] + list(opts.values())
                if any(r[0] is not None and r[1] is not None and r[0] > r[1] for r in rows):
                    failures += 1
            # cell value outside the valid range: 100·n/d or 1000·n/d for percentages and rates,
            # the stored value otherwise (yes/no on its 0/1)
            checked = value if vt in RATIO_TYPES else total[2]
            if checked is not None and ((lo is not None and checked < lo) or (hi is not None and checked > hi)):
                failures += 1
            # options against the total
            if opts and vt in ("count", "percentage", "rate_per_1000"):  # parts add up only for these
                all_present = all(o in opts for o in D.indicator_options)
                part_indices = (0, 1) if vt in RATIO_TYPES else (2,)
                bad = False
                for i in part_indices:
                    if total[i] is None:
                        continue
                    present = [r[i] for r in opts.values() if r[i] is not None]
                    if not present:
                        continue
                    s = float(sum(present))
                    if exceeds(s, total[i]) or (all_present and differs(s, total[i])):
                        bad = True
                if bad:
                    failures += 1

    outliers = 0
    for site, values in values_by_site.items():
        if len(values) < 6:
            continue
        x = np.array(values, dtype=float)
        m = float(np.median(x))
        mad = float(np.median(np.abs(x - m)))
        if not mad > 0:
            continue
        z = 0.6745 * (x - m) / mad
        outliers += int(np.sum(np.abs(z) > 3.5))

    return {
        "expected": expected,
        "received": received,
        "completeness": received / expected if expected > 0 else None,
        "onTime": on_time,
        "timeliness": on_time / received if received > 0 else None,
        "outliers": outliers,
        "consistencyFailures": failures,
    }


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------

FILTER_KEYS = ("province", "prefecture", "county", "arm", "group")


def run_one(db, indicator, programme=None, from_p=None, to_p=None, by=None, include_submitted=False,
            filters=None):
    D = load(db, programme, indicator, include_submitted, filters)
    return compute(D, from_p, to_p, by)


def run_cases(cases_path, db_dir, out_dir):
    with open(cases_path) as f:
        spec = json.load(f)
    os.makedirs(out_dir, exist_ok=True)
    status = 0
    for case in spec["cases"]:
        db = os.path.join(db_dir, case["variant"] + ".db")
        if not os.path.exists(db):
            print("skip %s: no database for variant %s" % (case["name"], case["variant"]), file=sys.stderr)
            continue
        try:
            filters = {k: case[k] for k in FILTER_KEYS if case.get(k) is not None}
            result = run_one(db, case["indicator"], case.get("programme"), case.get("from"), case.get("to"),
                             case.get("by"), bool(case.get("includeSubmitted", False)), filters)
        except BadArguments as e:
            print("case %s: %s" % (case["name"], e), file=sys.stderr)
            status = 1
            continue
        out = os.path.join(out_dir, case["name"] + ".json")
        with open(out, "w") as f:
            json.dump(result, f, indent=2, sort_keys=False, allow_nan=False)
            f.write("\n")
        print("wrote %s" % out)
    return status


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--indicator")
    ap.add_argument("--programme")
    ap.add_argument("--from", dest="from_p")
    ap.add_argument("--to", dest="to_p")
    ap.add_argument("--by", choices=["month", "quarter", "year"])
    ap.add_argument("--include-submitted", action="store_true")
    ap.add_argument("--province", help="site filter: province (English name, else Chinese)")
    ap.add_argument("--prefecture", help="site filter: prefecture (English name, else Chinese)")
    ap.add_argument("--county", help="site filter: county (English name, else Chinese)")
    ap.add_argument("--arm", choices=list(ARMS), help="site filter: arm")
    ap.add_argument("--group", choices=list(SITE_GROUPS), help="site filter: a group of sites")
    ap.add_argument("--cases")
    ap.add_argument("--db-dir")
    ap.add_argument("--out-dir")
    args = ap.parse_args(argv)
    if args.cases:
        if not args.db_dir or not args.out_dir:
            ap.error("--cases needs --db-dir and --out-dir")
        return run_cases(args.cases, args.db_dir, args.out_dir)
    if not args.db or not args.indicator:
        ap.error("--db and --indicator are required")
    try:
        filters = {k: getattr(args, k) for k in FILTER_KEYS if getattr(args, k)}
        result = run_one(args.db, args.indicator, args.programme, args.from_p, args.to_p, args.by,
                         args.include_submitted, filters)
    except BadArguments as e:
        print("error: %s" % e, file=sys.stderr)
        return 1
    except (FileNotFoundError, sqlite3.Error) as e:
        print("error: cannot open the database: %s" % e, file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, indent=2, sort_keys=False, allow_nan=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
