CREATE TYPE "event_answer" AS ENUM('going', 'maybe', 'declined');--> statement-breakpoint
CREATE TABLE "event_answers" (
	"event_id" uuid,
	"user_id" uuid,
	"answer" "event_answer" NOT NULL,
	"guests" integer DEFAULT 0 NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_answers_pkey" PRIMARY KEY("event_id","user_id"),
	CONSTRAINT "event_answers_guests" CHECK ("guests" >= 0)
);
--> statement-breakpoint
CREATE TABLE "event_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"event_id" uuid NOT NULL,
	"user_id" uuid,
	"community_id" uuid,
	"org_unit_id" uuid,
	"invited_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_invitations_one_invitee" CHECK (num_nonnulls("user_id", "community_id", "org_unit_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "event_organisers" (
	"event_id" uuid,
	"user_id" uuid,
	CONSTRAINT "event_organisers_pkey" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"community_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"recurrence" text,
	"last_ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"online_url" text,
	"capacity" integer,
	"check_in_code" text NOT NULL,
	"created_by_id" uuid,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_end_after_start" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "events_capacity_positive" CHECK ("capacity" is null or "capacity" > 0)
);
--> statement-breakpoint
CREATE INDEX "event_answers_user_idx" ON "event_answers" ("user_id","answer");--> statement-breakpoint
CREATE INDEX "event_answers_event_idx" ON "event_answers" ("event_id","answer","waitlisted_at");--> statement-breakpoint
CREATE INDEX "event_invitations_event_idx" ON "event_invitations" ("event_id","created_at");--> statement-breakpoint
CREATE INDEX "event_invitations_user_idx" ON "event_invitations" ("user_id");--> statement-breakpoint
CREATE INDEX "event_invitations_community_idx" ON "event_invitations" ("community_id");--> statement-breakpoint
CREATE INDEX "event_invitations_org_unit_idx" ON "event_invitations" ("org_unit_id");--> statement-breakpoint
CREATE INDEX "event_invitations_invited_by_idx" ON "event_invitations" ("invited_by_id");--> statement-breakpoint
CREATE INDEX "event_organisers_user_idx" ON "event_organisers" ("user_id");--> statement-breakpoint
CREATE INDEX "events_agenda_idx" ON "events" ("last_ends_at","starts_at","id");--> statement-breakpoint
CREATE INDEX "events_community_idx" ON "events" ("community_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_created_by_idx" ON "events" ("created_by_id");--> statement-breakpoint
ALTER TABLE "event_answers" ADD CONSTRAINT "event_answers_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_answers" ADD CONSTRAINT "event_answers_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_org_unit_id_org_units_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_invited_by_id_users_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "event_organisers" ADD CONSTRAINT "event_organisers_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "event_organisers" ADD CONSTRAINT "event_organisers_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL;