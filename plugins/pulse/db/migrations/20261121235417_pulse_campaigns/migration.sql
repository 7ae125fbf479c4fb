CREATE TABLE "pulse_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"questions" jsonb NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_campaigns_dates_check" CHECK ("closes_at" > "opens_at")
);
--> statement-breakpoint
CREATE INDEX "pulse_campaigns_opens_at_idx" ON "pulse_campaigns" ("opens_at","id");--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD CONSTRAINT "pulse_campaigns_created_by_users_id_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;