CREATE TYPE "cm_network_report_status" AS ENUM('submitted', 'validated', 'returned');--> statement-breakpoint
CREATE TABLE "cm_network_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"position_id" uuid NOT NULL,
	"month" text NOT NULL,
	"author_id" uuid,
	"highlights" text NOT NULL,
	"requests" text NOT NULL,
	"recommendations" text NOT NULL,
	"status" "cm_network_report_status" DEFAULT 'submitted'::"cm_network_report_status" NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewer_id" uuid,
	"review_comment" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cm_network_workload_notices" (
	"user_id" uuid,
	"month" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cm_network_workload_notices_pkey" PRIMARY KEY("user_id","month")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "cm_network_reports_position_month_key" ON "cm_network_reports" ("position_id","month");--> statement-breakpoint
CREATE INDEX "cm_network_reports_month_idx" ON "cm_network_reports" ("month");--> statement-breakpoint
ALTER TABLE "cm_network_reports" ADD CONSTRAINT "cm_network_reports_position_id_cm_network_positions_id_fkey" FOREIGN KEY ("position_id") REFERENCES "cm_network_positions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_reports" ADD CONSTRAINT "cm_network_reports_author_id_users_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_reports" ADD CONSTRAINT "cm_network_reports_reviewer_id_users_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_workload_notices" ADD CONSTRAINT "cm_network_workload_notices_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;