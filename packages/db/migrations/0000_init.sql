CREATE TABLE "alerts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alerts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dedup_key" text NOT NULL,
	"claim_key" text NOT NULL,
	"kind" text NOT NULL,
	"value" double precision,
	"low" double precision,
	"high" double precision,
	"unit" text NOT NULL,
	"currency" text,
	"qualifier" text NOT NULL,
	"value_key" text NOT NULL,
	"first_observation_id" bigint,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"lease_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_dedupKey_unique" UNIQUE("dedup_key")
);
--> statement-breakpoint
CREATE TABLE "article_urls" (
	"url" text PRIMARY KEY NOT NULL,
	"article_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"canonical_url" text NOT NULL,
	"url" text NOT NULL,
	"feed_id" bigint,
	"title" text,
	"outlet" text,
	"published_at" timestamp with time zone,
	"fetched_at" timestamp with time zone,
	"status" text DEFAULT 'pending' NOT NULL,
	"error" text,
	"content_hash" text,
	"language" text,
	"is_relevant" boolean,
	"body" text,
	"figures" jsonb,
	"mentions" jsonb,
	"duplicate_of" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_canonicalUrl_unique" UNIQUE("canonical_url")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"key" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"unit" text NOT NULL,
	"currency" text,
	"baseline_value" double precision,
	"baseline_low" double precision,
	"baseline_high" double precision,
	"baseline_qualifier" text NOT NULL,
	"source_name" text NOT NULL,
	"source_date" text,
	"tolerance" double precision NOT NULL,
	"definition" jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feed_items" (
	"feed_id" bigint NOT NULL,
	"guid" text NOT NULL,
	"article_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_items_feed_id_guid_pk" PRIMARY KEY("feed_id","guid")
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"name" text,
	"title" text,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"etag" text,
	"last_modified" text,
	"body_sha256" text,
	"status" text DEFAULT 'ok' NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_new_item_at" timestamp with time zone,
	"last_error" text,
	"last_error_kind" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"failure_score" double precision DEFAULT 0 NOT NULL,
	"next_poll_at" timestamp with time zone,
	"item_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feeds_url_unique" UNIQUE("url")
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"claim_key" text NOT NULL,
	"article_id" bigint NOT NULL,
	"value" double precision,
	"low" double precision,
	"high" double precision,
	"unit" text NOT NULL,
	"currency" text,
	"qualifier" text NOT NULL,
	"value_key" text NOT NULL,
	"quote" text NOT NULL,
	"verdict" text,
	"alert_id" bigint,
	"observed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_articleId_claimKey_valueKey_unique" UNIQUE("article_id","claim_key","value_key")
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_claim_key_claims_key_fk" FOREIGN KEY ("claim_key") REFERENCES "public"."claims"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_urls" ADD CONSTRAINT "article_urls_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_claim_key_claims_key_fk" FOREIGN KEY ("claim_key") REFERENCES "public"."claims"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_claim_key_index" ON "alerts" USING btree ("claim_key");--> statement-breakpoint
CREATE INDEX "alerts_status_index" ON "alerts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "articles_content_hash_index" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_published_at_index" ON "articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "articles_is_relevant_published_at_index" ON "articles" USING btree ("is_relevant","published_at");--> statement-breakpoint
CREATE INDEX "feeds_is_enabled_next_poll_at_index" ON "feeds" USING btree ("is_enabled","next_poll_at");--> statement-breakpoint
CREATE INDEX "observations_claim_key_observed_at_index" ON "observations" USING btree ("claim_key","observed_at");--> statement-breakpoint
CREATE INDEX "observations_alert_id_index" ON "observations" USING btree ("alert_id");