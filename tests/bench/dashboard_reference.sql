-- The dashboard's aggregates for one indicator written as plain SQL, for the sqlite3 tool:
-- the reference that bench_dashboard.sh times the engine against. :indicator is replaced by
-- the script. Each statement produces what the engine reads or derives: values by arm and
-- period, each site's baseline and endline window, groups of children per site and period,
-- parts against totals, and reports received and on time per site.
CREATE TEMP TABLE ind AS SELECT id FROM indicator WHERE code = ':indicator' AND deleted = 0;
SELECT s.arm, v.period, sum(v.numerator), sum(v.denominator), count(*), count(DISTINCT v.site_id)
  FROM data_value v JOIN site s ON s.id = v.site_id
  JOIN report r ON r.site_id = v.site_id AND r.period = v.period AND r.deleted = 0
 WHERE v.indicator_id = (SELECT id FROM ind) AND v.option_id IS NULL AND v.deleted = 0 AND r.status = 'approved'
 GROUP BY s.arm, v.period;
CREATE TEMP TABLE last AS
SELECT max(v.period) AS p FROM data_value v JOIN report r ON r.site_id = v.site_id AND r.period = v.period AND r.deleted = 0
 WHERE v.indicator_id = (SELECT id FROM ind) AND v.option_id IS NULL AND v.deleted = 0 AND r.status = 'approved';
CREATE TEMP TABLE w AS
SELECT strftime('%Y%m', (SELECT min(intervention_start) FROM site WHERE arm = 'pilot' AND deleted = 0), 'start of month', '-6 months') AS b1,
       strftime('%Y%m', (SELECT min(intervention_start) FROM site WHERE arm = 'pilot' AND deleted = 0), 'start of month', '-1 months') AS b2,
       strftime('%Y%m', substr((SELECT p FROM last), 1, 4) || '-' || substr((SELECT p FROM last), 5, 2) || '-01', '-5 months') AS e1,
       (SELECT p FROM last) AS e2;
SELECT v.site_id, CASE WHEN v.period BETWEEN w.b1 AND w.b2 THEN 'baseline' ELSE 'endline' END AS win,
       sum(v.numerator), sum(v.denominator), count(*)
  FROM data_value v JOIN w JOIN report r ON r.site_id = v.site_id AND r.period = v.period AND r.deleted = 0
 WHERE v.indicator_id = (SELECT id FROM ind) AND v.option_id IS NULL AND v.deleted = 0 AND r.status = 'approved'
   AND (v.period BETWEEN w.b1 AND w.b2 OR v.period BETWEEN w.e1 AND w.e2)
 GROUP BY v.site_id, win;
SELECT v.site_id, v.period, t.dimension, t.member, sum(v.numerator), sum(v.denominator), count(*)
  FROM data_value v JOIN category_option_tag t ON t.option_id = v.option_id
  JOIN report r ON r.site_id = v.site_id AND r.period = v.period AND r.deleted = 0
 WHERE v.indicator_id = (SELECT id FROM ind) AND v.option_id IS NOT NULL AND v.deleted = 0 AND r.status = 'approved'
 GROUP BY v.site_id, v.period, t.dimension, t.member;
SELECT site_id, period, sum(value), sum(numerator), sum(denominator), count(*), max(numerator > denominator)
  FROM data_value
 WHERE indicator_id = (SELECT id FROM ind) AND option_id IS NOT NULL AND deleted = 0
 GROUP BY site_id, period;
SELECT v.site_id, count(*),
       sum(substr(r.submitted_at, 1, 10) <= date(substr(v.period, 1, 4) || '-' || substr(v.period, 5, 2) || '-01',
                                                 '+1 month', '-1 day', '+' || (SELECT timeliness_days FROM programme LIMIT 1) || ' days'))
  FROM data_value v JOIN report r ON r.site_id = v.site_id AND r.period = v.period AND r.deleted = 0
 WHERE v.indicator_id = (SELECT id FROM ind) AND v.option_id IS NULL AND v.deleted = 0 AND r.status <> 'draft'
 GROUP BY v.site_id;
