ALTER TYPE "notification_kind" ADD VALUE 'sign_in_alert';--> statement-breakpoint
CREATE TABLE "sign_up_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text NOT NULL,
	"token_hash" text UNIQUE,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_settings" ADD COLUMN "colleagues_see_email" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "sign_up_requests_email_idx" ON "sign_up_requests" ("email");