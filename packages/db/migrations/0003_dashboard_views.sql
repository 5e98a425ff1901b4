-- The dashboard's views and the triggers that keep their running totals.
--
-- claim_status used to aggregate every observation on each read; with years of coverage (a
-- million observations) that is seconds, not milliseconds. The totals per (claim, value) and the
-- distinct sources and the `values` array per claim now live in claim_value_stats and claim_stats
-- (its roll-up per claim), kept current by the
-- triggers below inside the writing transaction, so a reader never sees them out of step with
-- the observations it can see. Inserts (the hot path) add to the totals; deletes, rewrites and
-- an article turning out to be a copy recompute the claims they touch. Coverage per week is
-- counted the same way, per article row.
--
-- Totals are decided under the same per-claim advisory lock as lockClaim() in
-- @claimwatch/db, so two writers of one claim cannot both count the same article as new.

CREATE FUNCTION "claimwatch_lock_claims"("keys" text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Key order, like the compare worker, so two writers of several claims cannot deadlock.
  PERFORM pg_advisory_xact_lock(hashtext('claim:' || k)) FROM (SELECT DISTINCT unnest("keys") AS k ORDER BY 1) s;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_rollup_claims"("keys" text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- The per-claim roll-up of claim_value_stats, with the `values` array as claim_status shows it.
  INSERT INTO "claim_stats" AS cs ("claim_key", "observations", "comparable", "first_seen", "last_seen", "values")
  SELECT u."k", coalesce(sum(s."observations"), 0), coalesce(sum(s."comparable"), 0), min(s."first_seen"), max(s."last_seen"),
    coalesce(
      jsonb_agg(
        jsonb_build_object(
          'value', s."value", 'low', s."low", 'high', s."high", 'unit', s."unit",
          'currency', s."currency", 'qualifier', s."qualifier", 'verdict', s."verdict",
          'sources', s."observations", 'first_seen', s."first_seen", 'last_seen', s."last_seen",
          'value_key', s."value_key"
        )
        ORDER BY s."first_seen", s."value_key"
      ) FILTER (WHERE s."claim_key" IS NOT NULL),
      '[]'::jsonb
    )
  FROM (SELECT DISTINCT unnest(coalesce("keys", ARRAY(SELECT "key" FROM "claims"))) AS "k") u
  JOIN "claims" c ON c."key" = u."k"
  LEFT JOIN "claim_value_stats" s ON s."claim_key" = u."k"
  GROUP BY u."k"
  ON CONFLICT ("claim_key") DO UPDATE SET
    "observations" = excluded."observations",
    "comparable" = excluded."comparable",
    "first_seen" = excluded."first_seen",
    "last_seen" = excluded."last_seen",
    "values" = excluded."values";
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_refresh_claim_stats"("keys" text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "claim_value_stats" WHERE "keys" IS NULL OR "claim_key" = ANY ("keys");
  DELETE FROM "claim_stats" WHERE "keys" IS NULL OR "claim_key" = ANY ("keys");
  INSERT INTO "claim_value_stats"
    ("claim_key", "value_key", "observations", "comparable", "first_seen", "last_seen", "first_observation_id",
    "value", "low", "high", "unit", "currency", "qualifier", "verdict")
  SELECT t."claim_key", t."value_key", t."observations", t."comparable", t."first_seen", t."last_seen", f."id",
    f."value", f."low", f."high", f."unit", f."currency", f."qualifier", f."verdict"
  FROM (
    SELECT o."claim_key", o."value_key", count(*) AS "observations", count(*) FILTER (WHERE o."verdict" IS NOT NULL) AS "comparable",
      min(o."observed_at") AS "first_seen", max(o."observed_at") AS "last_seen",
      (array_agg(o."id" ORDER BY o."observed_at", o."id"))[1] AS "first_id"
    FROM "observations" o
    JOIN "articles" a ON a."id" = o."article_id" AND a."duplicate_of" IS NULL
    WHERE "keys" IS NULL OR o."claim_key" = ANY ("keys")
    GROUP BY o."claim_key", o."value_key"
  ) t
  JOIN "observations" f ON f."id" = t."first_id";
  INSERT INTO "claim_stats" ("claim_key", "sources")
  SELECT o."claim_key", count(DISTINCT o."article_id")
  FROM "observations" o
  JOIN "articles" a ON a."id" = o."article_id" AND a."duplicate_of" IS NULL
  WHERE "keys" IS NULL OR o."claim_key" = ANY ("keys")
  GROUP BY o."claim_key";
  PERFORM "claimwatch_rollup_claims"("keys");
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_stats_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "touched" text[] := ARRAY(SELECT DISTINCT "claim_key" FROM "inserted");
BEGIN
  PERFORM "claimwatch_lock_claims"("touched");
  -- An article is a new source of a claim when all its observations of the claim are new.
  WITH "per_article" AS (
    SELECT n."claim_key", n."article_id", count(*) AS "added"
    FROM "inserted" n
    JOIN "articles" a ON a."id" = n."article_id" AND a."duplicate_of" IS NULL
    GROUP BY n."claim_key", n."article_id"
  )
  INSERT INTO "claim_stats" AS s ("claim_key", "sources")
  SELECT p."claim_key", count(*)
  FROM "per_article" p
  WHERE (SELECT count(*) FROM "observations" o WHERE o."article_id" = p."article_id" AND o."claim_key" = p."claim_key") = p."added"
  GROUP BY p."claim_key"
  ON CONFLICT ("claim_key") DO UPDATE SET "sources" = s."sources" + excluded."sources";

  INSERT INTO "claim_value_stats" AS s
    ("claim_key", "value_key", "observations", "comparable", "first_seen", "last_seen", "first_observation_id",
    "value", "low", "high", "unit", "currency", "qualifier", "verdict")
  SELECT t."claim_key", t."value_key", t."observations", t."comparable", t."first_seen", t."last_seen", f."id",
    f."value", f."low", f."high", f."unit", f."currency", f."qualifier", f."verdict"
  FROM (
    SELECT n."claim_key", n."value_key", count(*) AS "observations", count(*) FILTER (WHERE n."verdict" IS NOT NULL) AS "comparable",
      min(n."observed_at") AS "first_seen", max(n."observed_at") AS "last_seen",
      (array_agg(n."id" ORDER BY n."observed_at", n."id"))[1] AS "first_id"
    FROM "inserted" n
    JOIN "articles" a ON a."id" = n."article_id" AND a."duplicate_of" IS NULL
    GROUP BY n."claim_key", n."value_key"
  ) t
  JOIN "inserted" f ON f."id" = t."first_id"
  ON CONFLICT ("claim_key", "value_key") DO UPDATE SET
    "observations" = s."observations" + excluded."observations",
    "comparable" = s."comparable" + excluded."comparable",
    "first_seen" = least(s."first_seen", excluded."first_seen"),
    "last_seen" = greatest(s."last_seen", excluded."last_seen"),
    -- The earlier of the two first observations keeps standing for the value.
    ("first_observation_id", "value", "low", "high", "unit", "currency", "qualifier", "verdict") = (
      SELECT * FROM (
        SELECT excluded."first_observation_id", excluded."value", excluded."low", excluded."high",
          excluded."unit", excluded."currency", excluded."qualifier", excluded."verdict"
        WHERE (excluded."first_seen", excluded."first_observation_id") < (s."first_seen", s."first_observation_id")
        UNION ALL
        SELECT s."first_observation_id", s."value", s."low", s."high", s."unit", s."currency", s."qualifier", s."verdict"
      ) AS "pick" LIMIT 1
    );
  PERFORM "claimwatch_rollup_claims"("touched");
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_stats_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "touched" text[] := ARRAY(SELECT DISTINCT "claim_key" FROM "deleted");
BEGIN
  PERFORM "claimwatch_lock_claims"("touched");
  PERFORM "claimwatch_refresh_claim_stats"("touched");
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_stats_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "touched" text[];
BEGIN
  -- Most updates only link an observation to its alert; those change no total.
  SELECT array_agg(DISTINCT k) INTO "touched"
  FROM "before_rows" b
  JOIN "after_rows" n ON n."id" = b."id",
  LATERAL (VALUES (b."claim_key"), (n."claim_key")) AS t(k)
  WHERE (b."claim_key", b."value_key", b."article_id", b."observed_at", b."verdict",
      b."value", b."low", b."high", b."unit", b."currency", b."qualifier")
    IS DISTINCT FROM (n."claim_key", n."value_key", n."article_id", n."observed_at", n."verdict",
      n."value", n."low", n."high", n."unit", n."currency", n."qualifier");
  IF "touched" IS NOT NULL THEN
    PERFORM "claimwatch_lock_claims"("touched");
    PERFORM "claimwatch_refresh_claim_stats"("touched");
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_stats_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "claim_value_stats";
  DELETE FROM "claim_stats";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_stats_after_article_copy"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "touched" text[] := ARRAY(SELECT DISTINCT "claim_key" FROM "observations" WHERE "article_id" = NEW."id");
BEGIN
  IF cardinality("touched") > 0 THEN
    PERFORM "claimwatch_lock_claims"("touched");
    PERFORM "claimwatch_refresh_claim_stats"("touched");
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_coverage_week"("a" "articles") RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN a."is_relevant" AND a."duplicate_of" IS NULL THEN
    date_trunc('week', coalesce(a."published_at", a."fetched_at") AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' END
$$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_refresh_coverage"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "coverage_week_stats";
  INSERT INTO "coverage_week_stats" ("week", "articles")
  SELECT "claimwatch_coverage_week"(a), count(*) FROM "articles" a
  WHERE "claimwatch_coverage_week"(a) IS NOT NULL
  GROUP BY 1;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claimwatch_coverage_after_article"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "was" timestamptz := CASE WHEN TG_OP <> 'INSERT' THEN "claimwatch_coverage_week"(OLD) END;
  "now_in" timestamptz := CASE WHEN TG_OP <> 'DELETE' THEN "claimwatch_coverage_week"(NEW) END;
BEGIN
  IF "was" IS NOT DISTINCT FROM "now_in" THEN
    RETURN NULL;
  END IF;
  IF "was" IS NOT NULL THEN
    UPDATE "coverage_week_stats" SET "articles" = "articles" - 1 WHERE "week" = "was";
  END IF;
  IF "now_in" IS NOT NULL THEN
    INSERT INTO "coverage_week_stats" AS w ("week", "articles") VALUES ("now_in", 1)
    ON CONFLICT ("week") DO UPDATE SET "articles" = w."articles" + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "observations_stats_insert" AFTER INSERT ON "observations"
  REFERENCING NEW TABLE AS "inserted" FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_stats_after_insert"();
--> statement-breakpoint
CREATE TRIGGER "observations_stats_delete" AFTER DELETE ON "observations"
  REFERENCING OLD TABLE AS "deleted" FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_stats_after_delete"();
--> statement-breakpoint
CREATE TRIGGER "observations_stats_update" AFTER UPDATE ON "observations"
  REFERENCING OLD TABLE AS "before_rows" NEW TABLE AS "after_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_stats_after_update"();
--> statement-breakpoint
CREATE TRIGGER "observations_stats_truncate" AFTER TRUNCATE ON "observations"
  FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_stats_after_truncate"();
--> statement-breakpoint
CREATE TRIGGER "articles_stats_copy" AFTER UPDATE OF "duplicate_of" ON "articles"
  FOR EACH ROW WHEN (OLD."duplicate_of" IS DISTINCT FROM NEW."duplicate_of")
  EXECUTE FUNCTION "claimwatch_stats_after_article_copy"();
--> statement-breakpoint
CREATE FUNCTION "claimwatch_coverage_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "coverage_week_stats";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "articles_coverage_truncate" AFTER TRUNCATE ON "articles"
  FOR EACH STATEMENT EXECUTE FUNCTION "claimwatch_coverage_after_truncate"();
--> statement-breakpoint
CREATE TRIGGER "articles_coverage" AFTER INSERT OR DELETE OR UPDATE OF "is_relevant", "duplicate_of", "published_at", "fetched_at"
  ON "articles" FOR EACH ROW EXECUTE FUNCTION "claimwatch_coverage_after_article"();
--> statement-breakpoint
SELECT "claimwatch_refresh_claim_stats"(NULL);
--> statement-breakpoint
SELECT "claimwatch_refresh_coverage"();
--> statement-breakpoint
DROP VIEW "claim_status";
--> statement-breakpoint
-- The dashboard query: one row per tracked claim. `claimwatch status`, /api/claims, the web
-- pages and the Grafana board all read this view, so they cannot disagree. The columns up to
-- "alerts" keep the meaning they had in 0001; "observations", "first_seen" and "change_pct"
-- (latest against baseline, midpoints of ranges, in %) are new. Copies of another article
-- (duplicate_of set) never count as sources.
CREATE VIEW "claim_status" AS
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
    WHEN coalesce(cs."comparable", 0) = 0 AND al."alert_count" = 0 THEN 'no_coverage'
    WHEN al."alert_count" = 0 THEN 'confirmed'
    WHEN al."alert_count" = 1 THEN 'changed'
    ELSE 'conflicting'
  END AS "status",
  coalesce(cs."sources", 0) AS "sources",
  cs."last_seen",
  CASE WHEN latest."id" IS NULL THEN NULL ELSE jsonb_build_object(
    'value', latest."value", 'low', latest."low", 'high', latest."high", 'unit', latest."unit",
    'currency', latest."currency", 'qualifier', latest."qualifier", 'verdict', latest."verdict",
    'quote', latest."quote", 'article_id', latest."article_id", 'observed_at', latest."observed_at",
    'id', latest."id", 'value_key', latest."value_key", 'title', latest."title", 'outlet', latest."outlet",
    'url', latest."url"
  ) END AS "latest",
  coalesce(cs."values", '[]'::jsonb) AS "values",
  coalesce(al."alerts", '[]'::jsonb) AS "alerts",
  coalesce(cs."observations", 0) AS "observations",
  cs."first_seen",
  CASE WHEN latest."unit" = c."unit" AND latest."currency" IS NOT DISTINCT FROM c."currency" THEN
    round((
      (coalesce(latest."value", (latest."low" + latest."high") / 2)
        - coalesce(c."baseline_value", (c."baseline_low" + c."baseline_high") / 2))
      / nullif(abs(coalesce(c."baseline_value", (c."baseline_low" + c."baseline_high") / 2)), 0) * 100
    )::numeric, 1)::double precision
  END AS "change_pct"
FROM "claims" c
LEFT JOIN "claim_stats" cs ON cs."claim_key" = c."key"
LEFT JOIN LATERAL (
  SELECT o."id", o."value", o."low", o."high", o."unit", o."currency", o."qualifier", o."verdict",
    o."value_key", o."quote", o."article_id", o."observed_at", a."title", a."outlet", a."canonical_url" AS "url"
  FROM "observations" o
  JOIN "articles" a ON a."id" = o."article_id"
  WHERE o."claim_key" = c."key" AND a."duplicate_of" IS NULL
  ORDER BY o."observed_at" DESC, o."id" DESC
  LIMIT 1
) latest ON true
LEFT JOIN LATERAL (
  SELECT
    count(*)::integer AS "alert_count",
    jsonb_agg(
      jsonb_build_object(
        'id', x."id", 'kind', x."kind", 'value', x."value", 'low', x."low", 'high', x."high",
        'unit', x."unit", 'currency', x."currency", 'qualifier', x."qualifier", 'status', x."status",
        'attempts', x."attempts", 'last_error', x."last_error", 'created_at', x."created_at",
        'sent_at', x."sent_at"
      )
      ORDER BY x."id"
    ) AS "alerts"
  FROM "alerts" x
  WHERE x."claim_key" = c."key"
) al ON true
WHERE c."is_active";
--> statement-breakpoint
-- Every observation with its provenance, as the claim page, the CSV export and Grafana list
-- them. Copies of another article are left out, as in claim_status.
CREATE VIEW "claim_observations" AS
SELECT
  o."id", o."claim_key" AS "claim", o."value", o."low", o."high", o."unit", o."currency",
  o."qualifier", o."value_key", o."verdict", o."quote", o."observed_at", o."alert_id",
  x."status" AS "alert_status",
  a."id" AS "article_id", a."title", a."outlet", a."canonical_url" AS "url", a."published_at"
FROM "observations" o
JOIN "articles" a ON a."id" = o."article_id"
LEFT JOIN "alerts" x ON x."id" = o."alert_id"
WHERE a."duplicate_of" IS NULL;
--> statement-breakpoint
-- Relevant original articles per week (weeks start on Monday, UTC), dated by publication or else
-- by fetch; read from the totals the articles_coverage trigger keeps.
CREATE VIEW "coverage_weekly" AS
SELECT "week", "articles" FROM "coverage_week_stats" WHERE "articles" > 0;
--> statement-breakpoint
-- Each watched feed's fetch state; overdue when an enabled feed's next poll is 15 minutes late.
CREATE VIEW "feed_health" AS
SELECT
  f."id", f."url", f."name", f."title", f."is_enabled" AS "enabled", f."status",
  f."last_polled_at", f."last_success_at", f."last_new_item_at", f."last_error", f."last_error_kind",
  f."consecutive_failures", f."next_poll_at", f."item_count",
  (f."is_enabled" AND f."next_poll_at" < now() - interval '15 minutes') AS "is_overdue"
FROM "feeds" f;
