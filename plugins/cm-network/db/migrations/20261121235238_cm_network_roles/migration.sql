CREATE TYPE "cm_network_role_kind" AS ENUM('chief', 'country', 'department', 'manager_part_time');--> statement-breakpoint
CREATE TABLE "cm_network_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" "cm_network_role_kind" NOT NULL,
	"share_of_time_percent" integer NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cm_network_roles_share_check" CHECK ("share_of_time_percent" between 1 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "cm_network_roles_user_org_unit_key" ON "cm_network_roles" ("user_id","org_unit_id");--> statement-breakpoint
CREATE INDEX "cm_network_roles_org_unit_idx" ON "cm_network_roles" ("org_unit_id");--> statement-breakpoint
ALTER TABLE "cm_network_roles" ADD CONSTRAINT "cm_network_roles_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_roles" ADD CONSTRAINT "cm_network_roles_org_unit_id_org_units_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_roles" ADD CONSTRAINT "cm_network_roles_assigned_by_users_id_fkey" FOREIGN KEY ("assigned_by") REFERENCES "users"("id") ON DELETE SET NULL;