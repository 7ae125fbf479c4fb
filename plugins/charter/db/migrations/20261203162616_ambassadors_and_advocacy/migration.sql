CREATE TYPE "charter_advocacy_network" AS ENUM('linkedin', 'x', 'facebook', 'mastodon');--> statement-breakpoint
CREATE TYPE "charter_ambassador_status" AS ENUM('nominated', 'approved');--> statement-breakpoint
CREATE TABLE "charter_advocacy_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" jsonb NOT NULL,
	"text" jsonb NOT NULL,
	"link" text NOT NULL,
	"image_url" text,
	"hashtags" text[] DEFAULT '{}'::text[] NOT NULL,
	"disclosure" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "charter_advocacy_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"item_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"network" "charter_advocacy_network" NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charter_ambassador_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"asker_id" uuid NOT NULL,
	"org_unit_id" uuid,
	"question" text NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "charter_ambassador_trainings" (
	"path_id" uuid PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "charter_ambassadors" (
	"user_id" uuid PRIMARY KEY,
	"org_unit_id" uuid,
	"status" "charter_ambassador_status" NOT NULL,
	"nominated_by" uuid,
	"approved_by" uuid,
	"nominated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone,
	"certified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "charter_forbidden_words" (
	"word" text PRIMARY KEY
);
--> statement-breakpoint
CREATE INDEX "charter_advocacy_items_recent_idx" ON "charter_advocacy_items" ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "charter_advocacy_shares_code_key" ON "charter_advocacy_shares" ("code");--> statement-breakpoint
CREATE INDEX "charter_advocacy_shares_item_idx" ON "charter_advocacy_shares" ("item_id","user_id");--> statement-breakpoint
CREATE INDEX "charter_ambassador_questions_asker_idx" ON "charter_ambassador_questions" ("asker_id");--> statement-breakpoint
CREATE INDEX "charter_ambassadors_unit_idx" ON "charter_ambassadors" ("status","org_unit_id");--> statement-breakpoint
ALTER TABLE "charter_advocacy_items" ADD CONSTRAINT "charter_advocacy_items_created_by_users_id_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "charter_advocacy_shares" ADD CONSTRAINT "charter_advocacy_shares_item_id_charter_advocacy_items_id_fkey" FOREIGN KEY ("item_id") REFERENCES "charter_advocacy_items"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_advocacy_shares" ADD CONSTRAINT "charter_advocacy_shares_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_ambassador_questions" ADD CONSTRAINT "charter_ambassador_questions_asker_id_users_id_fkey" FOREIGN KEY ("asker_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_ambassador_questions" ADD CONSTRAINT "charter_ambassador_questions_org_unit_id_org_units_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "charter_ambassador_questions" ADD CONSTRAINT "charter_ambassador_questions_answered_by_users_id_fkey" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "charter_ambassador_trainings" ADD CONSTRAINT "charter_ambassador_trainings_path_id_learning_paths_id_fkey" FOREIGN KEY ("path_id") REFERENCES "learning_paths"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_ambassadors" ADD CONSTRAINT "charter_ambassadors_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_ambassadors" ADD CONSTRAINT "charter_ambassadors_org_unit_id_org_units_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "charter_ambassadors" ADD CONSTRAINT "charter_ambassadors_nominated_by_users_id_fkey" FOREIGN KEY ("nominated_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "charter_ambassadors" ADD CONSTRAINT "charter_ambassadors_approved_by_users_id_fkey" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE SET NULL;