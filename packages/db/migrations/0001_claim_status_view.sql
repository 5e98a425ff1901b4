-- The dashboard query: one row per tracked claim. `claimwatch status`, /api/claims and the web
-- page all read this view, so they cannot disagree; Grafana or Metabase can point at it too.
-- Copies of another article (duplicate_of set) never count as sources.
CREATE VIEW "claim_status" AS
WITH obs AS (
  SELECT o.*
  FROM "observations" o
  JOIN "articles" a ON a."id" = o."article_id"
  WHERE a."duplicate_of" IS NULL
),
vals AS (
  SELECT
    "claim_key",
    "value_key",
    (array_agg("value" ORDER BY "observed_at", "id"))[1] AS "value",
    (array_agg("low" ORDER BY "observed_at", "id"))[1] AS "low",
    (array_agg("high" ORDER BY "observed_at", "id"))[1] AS "high",
    (array_agg("unit" ORDER BY "observed_at", "id"))[1] AS "unit",
    (array_agg("currency" ORDER BY "observed_at", "id"))[1] AS "currency",
    (array_agg("qualifier" ORDER BY "observed_at", "id"))[1] AS "qualifier",
    (array_agg("verdict" ORDER BY "observed_at", "id"))[1] AS "verdict",
    count(DISTINCT "article_id") AS "sources",
    min("observed_at") AS "first_seen",
    max("observed_at") AS "last_seen"
  FROM obs
  GROUP BY "claim_key", "value_key"
),
latest AS (
  SELECT DISTINCT ON ("claim_key")
    "claim_key", "value", "low", "high", "unit", "currency", "qualifier", "verdict", "quote",
    "article_id", "observed_at"
  FROM obs
  ORDER BY "claim_key", "observed_at" DESC, "id" DESC
),
counts AS (
  SELECT
    "claim_key",
    count(DISTINCT "article_id") AS "sources",
    count(*) FILTER (WHERE "verdict" IS NOT NULL) AS "comparable",
    max("observed_at") AS "last_seen"
  FROM obs
  GROUP BY "claim_key"
),
al AS (
  SELECT
    "claim_key",
    count(*) AS "alert_count",
    jsonb_agg(
      jsonb_build_object(
        'id', "id", 'kind', "kind", 'value', "value", 'low', "low", 'high', "high",
        'unit', "unit", 'currency', "currency", 'qualifier', "qualifier", 'status', "status",
        'attempts', "attempts", 'last_error', "last_error", 'created_at', "created_at",
        'sent_at', "sent_at"
      )
      ORDER BY "id"
    ) AS "alerts"
  FROM "alerts"
  GROUP BY "claim_key"
)
SELECT
  c."key" AS "claim",
  c."description",
  c."unit",
  c."currency",
  jsonb_build_object(
    'value', c."baseline_value", 'low', c."baseline_low", 'high', c."baseline_high",
    'unit', c."unit", 'currency', c."currency", 'qualifier', c."baseline_qualifier",
    'source', c."source_name", 'date', c."source_date"
  ) AS "baseline",
  CASE
    WHEN coalesce(counts."comparable", 0) = 0 AND coalesce(al."alert_count", 0) = 0 THEN 'no_coverage'
    WHEN coalesce(al."alert_count", 0) = 0 THEN 'confirmed'
    WHEN al."alert_count" = 1 THEN 'changed'
    ELSE 'conflicting'
  END AS "status",
  coalesce(counts."sources", 0)::integer AS "sources",
  counts."last_seen",
  CASE WHEN latest."claim_key" IS NULL THEN NULL ELSE jsonb_build_object(
    'value', latest."value", 'low', latest."low", 'high', latest."high", 'unit', latest."unit",
    'currency', latest."currency", 'qualifier', latest."qualifier", 'verdict', latest."verdict",
    'quote', latest."quote", 'article_id', latest."article_id", 'observed_at', latest."observed_at"
  ) END AS "latest",
  coalesce((
    SELECT jsonb_agg(
      jsonb_build_object(
        'value', v."value", 'low', v."low", 'high', v."high", 'unit', v."unit",
        'currency', v."currency", 'qualifier', v."qualifier", 'verdict', v."verdict",
        'sources', v."sources", 'first_seen', v."first_seen", 'last_seen', v."last_seen"
      )
      ORDER BY v."first_seen", v."value_key"
    )
    FROM vals v
    WHERE v."claim_key" = c."key"
  ), '[]'::jsonb) AS "values",
  coalesce(al."alerts", '[]'::jsonb) AS "alerts"
FROM "claims" c
LEFT JOIN counts ON counts."claim_key" = c."key"
LEFT JOIN latest ON latest."claim_key" = c."key"
LEFT JOIN al ON al."claim_key" = c."key"
WHERE c."is_active";
