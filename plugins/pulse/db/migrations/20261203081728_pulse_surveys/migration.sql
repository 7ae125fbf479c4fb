CREATE TYPE "pulse_cadence" AS ENUM('once', 'weekly', 'biweekly', 'monthly');--> statement-breakpoint
CREATE TABLE "pulse_comments" (
	"campaign_id" uuid NOT NULL,
	"period" smallint NOT NULL,
	"org_path" uuid[] NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_invitations" (
	"campaign_id" uuid,
	"period" smallint,
	"user_id" uuid,
	"org_unit_id" uuid,
	"deliver_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"answered" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pulse_invitations_pkey" PRIMARY KEY("campaign_id","period","user_id")
);
--> statement-breakpoint
CREATE TABLE "pulse_pending_answers" (
	"campaign_id" uuid NOT NULL,
	"period" smallint NOT NULL,
	"submission" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_responses" (
	"campaign_id" uuid NOT NULL,
	"period" smallint NOT NULL,
	"submission_id" uuid NOT NULL,
	"org_path" uuid[] NOT NULL,
	"tenure" text NOT NULL,
	"manager" boolean NOT NULL,
	"question_id" text NOT NULL,
	"value" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_periods" (
	"campaign_id" uuid,
	"index" smallint,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"question_ids" text[] NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "pulse_periods_pkey" PRIMARY KEY("campaign_id","index")
);
--> statement-breakpoint
CREATE TABLE "pulse_questions" (
	"id" text PRIMARY KEY,
	"definition" jsonb NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_settings" (
	"id" text PRIMARY KEY DEFAULT 'default',
	"min_group_size" smallint DEFAULT 5 NOT NULL,
	"comment_min_group_size" smallint DEFAULT 10 NOT NULL,
	"risk_threshold" smallint DEFAULT 60 NOT NULL,
	"risk_move_points" smallint DEFAULT 8 NOT NULL,
	"risk_move_min_responses" smallint DEFAULT 20 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pulse_settings_min_group_check" CHECK ("min_group_size" between 3 and 10),
	CONSTRAINT "pulse_settings_comment_min_check" CHECK ("comment_min_group_size" between "min_group_size" and 50)
);
--> statement-breakpoint
CREATE TABLE "pulse_action_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"campaign_id" uuid,
	"org_unit_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"title" text NOT NULL,
	"finding" text NOT NULL,
	"owner_id" uuid,
	"steps" jsonb DEFAULT '[]' NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"campaign_id" uuid NOT NULL,
	"period" smallint NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"risk_index" smallint NOT NULL,
	"previous" smallint,
	"response_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid
);
--> statement-breakpoint
CREATE TABLE "pulse_group_results" (
	"campaign_id" uuid,
	"period" smallint,
	"org_unit_id" uuid,
	"filter_key" text,
	"response_count" integer,
	"hidden_reason" text,
	"invited_count" integer,
	"histograms" jsonb,
	"drivers" jsonb,
	"comments_visible" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pulse_group_results_pkey" PRIMARY KEY("campaign_id","period","filter_key","org_unit_id")
);
--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "cadence" "pulse_cadence" DEFAULT 'once'::"pulse_cadence" NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "audience" jsonb DEFAULT '{"everyone":true,"orgUnitIds":[],"communityIds":[]}' NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "pulse_size" smallint DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "window_days" smallint;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "reminder_days" smallint[] DEFAULT '{3}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "ask_comment" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "min_group_size" smallint DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD COLUMN "comment_min_group_size" smallint DEFAULT 10 NOT NULL;--> statement-breakpoint
CREATE INDEX "pulse_comments_period_idx" ON "pulse_comments" ("campaign_id","period");--> statement-breakpoint
CREATE INDEX "pulse_invitations_user_idx" ON "pulse_invitations" ("user_id");--> statement-breakpoint
CREATE INDEX "pulse_invitations_due_idx" ON "pulse_invitations" ("deliver_at") WHERE delivered_at is null;--> statement-breakpoint
CREATE INDEX "pulse_pending_answers_period_idx" ON "pulse_pending_answers" ("campaign_id","period");--> statement-breakpoint
CREATE INDEX "pulse_responses_period_idx" ON "pulse_responses" ("campaign_id","period");--> statement-breakpoint
CREATE INDEX "pulse_periods_open_idx" ON "pulse_periods" ("closes_at") WHERE closed_at is null;--> statement-breakpoint
CREATE INDEX "pulse_action_plans_unit_idx" ON "pulse_action_plans" ("org_unit_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "pulse_alerts_created_idx" ON "pulse_alerts" ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "pulse_comments" ADD CONSTRAINT "pulse_comments_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_invitations" ADD CONSTRAINT "pulse_invitations_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_pending_answers" ADD CONSTRAINT "pulse_pending_answers_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_responses" ADD CONSTRAINT "pulse_responses_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_periods" ADD CONSTRAINT "pulse_periods_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_questions" ADD CONSTRAINT "pulse_questions_updated_by_users_id_fkey" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pulse_action_plans" ADD CONSTRAINT "pulse_action_plans_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pulse_action_plans" ADD CONSTRAINT "pulse_action_plans_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pulse_action_plans" ADD CONSTRAINT "pulse_action_plans_created_by_users_id_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pulse_alerts" ADD CONSTRAINT "pulse_alerts_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_alerts" ADD CONSTRAINT "pulse_alerts_acknowledged_by_users_id_fkey" FOREIGN KEY ("acknowledged_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "pulse_group_results" ADD CONSTRAINT "pulse_group_results_campaign_id_pulse_campaigns_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "pulse_campaigns"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD CONSTRAINT "pulse_campaigns_pulse_size_check" CHECK ("pulse_size" between 1 and 5);--> statement-breakpoint
ALTER TABLE "pulse_campaigns" ADD CONSTRAINT "pulse_campaigns_min_group_check" CHECK ("min_group_size" between 3 and 10);--> statement-breakpoint
-- Campaigns created before the library had dimensions keep their three questions, now typed.
UPDATE "pulse_campaigns" SET "questions" = (
  SELECT jsonb_agg(q || jsonb_build_object('scale', 'likert', 'dimension', CASE q->>'id'
    WHEN 'workload' THEN 'workIntensity' WHEN 'disconnect' THEN 'hyperconnection' ELSE 'engagement' END) ORDER BY ord)
  FROM jsonb_array_elements("questions") WITH ORDINALITY AS e(q, ord)
) WHERE NOT ("questions"->0 ? 'scale');
