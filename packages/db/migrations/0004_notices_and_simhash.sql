CREATE TABLE "notices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dedup_key" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"lease_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notices_dedupKey_unique" UNIQUE("dedup_key")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "simhash" bigint;--> statement-breakpoint
CREATE INDEX "notices_status_index" ON "notices" USING btree ("status");--> statement-breakpoint
CREATE INDEX "notices_kind_created_at_index" ON "notices" USING btree ("kind","created_at");