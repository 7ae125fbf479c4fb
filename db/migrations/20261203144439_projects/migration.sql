CREATE TYPE "project_weather" AS ENUM('on_track', 'at_risk', 'late', 'done');--> statement-breakpoint
CREATE TYPE "task_status" AS ENUM('todo', 'doing', 'done');--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"community_id" uuid PRIMARY KEY,
	"goal" text DEFAULT '' NOT NULL,
	"sponsor_id" uuid,
	"owner_id" uuid,
	"starts_on" date,
	"ends_on" date,
	"weather" "project_weather" DEFAULT 'on_track'::"project_weather" NOT NULL,
	"weather_reason" text DEFAULT '' NOT NULL,
	"weather_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_dates" CHECK ("ends_on" is null or "starts_on" is null or "ends_on" >= "starts_on")
);
--> statement-breakpoint
CREATE TABLE "status_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"project_id" uuid NOT NULL,
	"post_id" uuid,
	"author_id" uuid,
	"weather" "project_weather" NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"done" text DEFAULT '' NOT NULL,
	"next" text DEFAULT '' NOT NULL,
	"help_needed" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"assignee_id" uuid,
	"due_on" date,
	"status" "task_status" DEFAULT 'todo'::"task_status" NOT NULL,
	"position" double precision DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "milestones_project_idx" ON "milestones" ("project_id","due_on","id");--> statement-breakpoint
CREATE INDEX "projects_weather_idx" ON "projects" ("weather");--> statement-breakpoint
CREATE INDEX "projects_owner_idx" ON "projects" ("owner_id");--> statement-breakpoint
CREATE INDEX "projects_sponsor_idx" ON "projects" ("sponsor_id");--> statement-breakpoint
CREATE INDEX "status_updates_project_idx" ON "status_updates" ("project_id","created_at","id");--> statement-breakpoint
CREATE INDEX "status_updates_post_idx" ON "status_updates" ("post_id");--> statement-breakpoint
CREATE INDEX "status_updates_author_idx" ON "status_updates" ("author_id");--> statement-breakpoint
CREATE INDEX "tasks_board_idx" ON "tasks" ("project_id","status","position","id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" ("assignee_id","status","due_on");--> statement-breakpoint
CREATE INDEX "tasks_created_by_idx" ON "tasks" ("created_by_id");--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_projects_community_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("community_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_sponsor_id_users_id_fkey" FOREIGN KEY ("sponsor_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_project_id_projects_community_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("community_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_post_id_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_id_projects_community_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("community_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_users_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_users_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL;