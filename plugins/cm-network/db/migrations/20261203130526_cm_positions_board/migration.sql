CREATE TYPE "cm_network_time_basis" AS ENUM('full_time', 'part_time');--> statement-breakpoint
CREATE TABLE "cm_network_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"position_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"assigned_by" uuid
);
--> statement-breakpoint
CREATE TABLE "cm_network_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"org_unit_id" uuid NOT NULL,
	"kind" "cm_network_role_kind" NOT NULL,
	"time_basis" "cm_network_time_basis" NOT NULL,
	"share_of_time_percent" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cm_network_positions_share_check" CHECK (("time_basis" = 'full_time' and "share_of_time_percent" = 100) or ("time_basis" = 'part_time' and "share_of_time_percent" between 1 and 99))
);
--> statement-breakpoint
CREATE TABLE "cm_network_settings" (
	"id" text PRIMARY KEY DEFAULT 'default',
	"community_id" uuid
);
--> statement-breakpoint
CREATE TABLE "cm_network_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"metric" text NOT NULL,
	"org_unit_id" uuid,
	"value" double precision NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Each roster entry becomes a position on its org unit, held by its person since they were named.
CREATE TEMP TABLE "cm_network_roles_carried" AS SELECT *, gen_random_uuid() AS "position_id" FROM "cm_network_roles";--> statement-breakpoint
INSERT INTO "cm_network_positions" ("id", "org_unit_id", "kind", "time_basis", "share_of_time_percent", "created_by", "created_at")
  SELECT "position_id", "org_unit_id", "kind", CASE WHEN "share_of_time_percent" = 100 THEN 'full_time'::"cm_network_time_basis" ELSE 'part_time'::"cm_network_time_basis" END, "share_of_time_percent", "assigned_by", "assigned_at" FROM "cm_network_roles_carried";--> statement-breakpoint
INSERT INTO "cm_network_assignments" ("position_id", "user_id", "started_at", "assigned_by")
  SELECT "position_id", "user_id", "assigned_at", "assigned_by" FROM "cm_network_roles_carried";--> statement-breakpoint
DROP TABLE "cm_network_roles_carried";--> statement-breakpoint
DROP TABLE "cm_network_roles";--> statement-breakpoint
CREATE UNIQUE INDEX "cm_network_assignments_current_key" ON "cm_network_assignments" ("position_id") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "cm_network_assignments_position_idx" ON "cm_network_assignments" ("position_id","started_at");--> statement-breakpoint
CREATE INDEX "cm_network_assignments_user_idx" ON "cm_network_assignments" ("user_id");--> statement-breakpoint
CREATE INDEX "cm_network_positions_org_unit_idx" ON "cm_network_positions" ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cm_network_targets_default_key" ON "cm_network_targets" ("metric") WHERE org_unit_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "cm_network_targets_unit_key" ON "cm_network_targets" ("metric","org_unit_id") WHERE org_unit_id is not null;--> statement-breakpoint
ALTER TABLE "cm_network_assignments" ADD CONSTRAINT "cm_network_assignments_position_id_cm_network_positions_id_fkey" FOREIGN KEY ("position_id") REFERENCES "cm_network_positions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_assignments" ADD CONSTRAINT "cm_network_assignments_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_assignments" ADD CONSTRAINT "cm_network_assignments_assigned_by_users_id_fkey" FOREIGN KEY ("assigned_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_positions" ADD CONSTRAINT "cm_network_positions_org_unit_id_org_units_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_positions" ADD CONSTRAINT "cm_network_positions_created_by_users_id_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_settings" ADD CONSTRAINT "cm_network_settings_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_targets" ADD CONSTRAINT "cm_network_targets_org_unit_id_org_units_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_targets" ADD CONSTRAINT "cm_network_targets_set_by_users_id_fkey" FOREIGN KEY ("set_by") REFERENCES "users"("id") ON DELETE SET NULL;