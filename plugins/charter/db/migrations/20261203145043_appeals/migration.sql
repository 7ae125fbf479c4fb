CREATE TYPE "charter_appeal_status" AS ENUM('pending', 'upheld', 'rejected');--> statement-breakpoint
CREATE TABLE "charter_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"moderation_action_id" uuid NOT NULL,
	"appellant_id" uuid NOT NULL,
	"community_id" uuid,
	"statement" text NOT NULL,
	"status" "charter_appeal_status" DEFAULT 'pending'::"charter_appeal_status" NOT NULL,
	"decided_by" uuid,
	"decision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "charter_appeals_action_key" ON "charter_appeals" ("moderation_action_id");--> statement-breakpoint
CREATE INDEX "charter_appeals_queue_idx" ON "charter_appeals" ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "charter_appeals_appellant_idx" ON "charter_appeals" ("appellant_id");--> statement-breakpoint
ALTER TABLE "charter_appeals" ADD CONSTRAINT "charter_appeals_moderation_action_id_moderation_actions_id_fkey" FOREIGN KEY ("moderation_action_id") REFERENCES "moderation_actions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_appeals" ADD CONSTRAINT "charter_appeals_appellant_id_users_id_fkey" FOREIGN KEY ("appellant_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_appeals" ADD CONSTRAINT "charter_appeals_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_appeals" ADD CONSTRAINT "charter_appeals_decided_by_users_id_fkey" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL;