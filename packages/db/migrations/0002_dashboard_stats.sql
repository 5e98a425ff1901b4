CREATE TABLE "claim_stats" (
	"claim_key" text PRIMARY KEY NOT NULL,
	"sources" integer DEFAULT 0 NOT NULL,
	"observations" integer DEFAULT 0 NOT NULL,
	"comparable" integer DEFAULT 0 NOT NULL,
	"first_seen" timestamp with time zone,
	"last_seen" timestamp with time zone,
	"values" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_value_stats" (
	"claim_key" text NOT NULL,
	"value_key" text NOT NULL,
	"observations" integer NOT NULL,
	"comparable" integer NOT NULL,
	"first_seen" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone NOT NULL,
	"first_observation_id" bigint NOT NULL,
	"value" double precision,
	"low" double precision,
	"high" double precision,
	"unit" text NOT NULL,
	"currency" text,
	"qualifier" text NOT NULL,
	"verdict" text,
	CONSTRAINT "claim_value_stats_claim_key_value_key_pk" PRIMARY KEY("claim_key","value_key")
);
--> statement-breakpoint
CREATE TABLE "coverage_week_stats" (
	"week" timestamp with time zone PRIMARY KEY NOT NULL,
	"articles" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "observations_claim_key_observed_at_index";--> statement-breakpoint
ALTER TABLE "claim_stats" ADD CONSTRAINT "claim_stats_claim_key_claims_key_fk" FOREIGN KEY ("claim_key") REFERENCES "public"."claims"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_value_stats" ADD CONSTRAINT "claim_value_stats_claim_key_claims_key_fk" FOREIGN KEY ("claim_key") REFERENCES "public"."claims"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_relevant_seen_at_index" ON "articles" USING btree ((coalesce("published_at", "fetched_at"))) WHERE "articles"."is_relevant" and "articles"."duplicate_of" is null;--> statement-breakpoint
CREATE INDEX "observations_claim_key_observed_at_id_index" ON "observations" USING btree ("claim_key","observed_at","id");--> statement-breakpoint
CREATE INDEX "observations_claim_key_value_key_observed_at_id_index" ON "observations" USING btree ("claim_key","value_key","observed_at","id");