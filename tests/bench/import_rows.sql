-- Canonical import rows for the import benchmark (bench_import.sh): every monthly indicator
-- of a generated programme, its total and each category option, for every site and month from
-- 2000-01 on (periods the generator never fills), valid for the indicator's type; :rows rows.
.headers on
.mode csv
WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE k < 299),
months AS (SELECT printf('%04d%02d', 2000 + k / 12, k % 12 + 1) AS period, k FROM m),
combos AS (
    SELECT i.code AS ind, i.value_type AS vt, '' AS opt, i.sort_order AS so, 0 AS os
    FROM indicator i WHERE i.frequency = 'monthly' AND i.deleted = 0
    UNION ALL
    SELECT i.code, i.value_type, o.code, i.sort_order, io.sort_order + 1
    FROM indicator i JOIN indicator_option io ON io.indicator_id = i.id
    JOIN category_option o ON o.id = io.option_id
    WHERE i.frequency = 'monthly' AND i.deleted = 0)
SELECT s.code AS site, c.ind AS indicator, mo.period AS period, c.opt AS option,
       CASE WHEN c.vt = 'count' THEN (s.id * 7 + mo.k) % 50 END AS value,
       CASE WHEN c.vt <> 'count' THEN 10 + (s.id * 3 + mo.k) % 40 END AS numerator,
       CASE WHEN c.vt <> 'count' THEN 60 END AS denominator,
       '' AS comment
FROM site s, months mo, combos c
WHERE s.deleted = 0
ORDER BY s.code, mo.period, c.so, c.os
LIMIT :rows;
