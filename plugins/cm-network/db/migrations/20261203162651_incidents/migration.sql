CREATE TYPE "cm_network_incident_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "cm_network_incident_communities" (
	"incident_id" uuid,
	"community_id" uuid,
	"crisis_mode" boolean DEFAULT false NOT NULL,
	CONSTRAINT "cm_network_incident_communities_pkey" PRIMARY KEY("incident_id","community_id")
);
--> statement-breakpoint
CREATE TABLE "cm_network_incident_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"subject_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cm_network_incident_members" (
	"incident_id" uuid,
	"user_id" uuid,
	"role" text NOT NULL,
	CONSTRAINT "cm_network_incident_members_pkey" PRIMARY KEY("incident_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cm_network_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"severity" integer NOT NULL,
	"status" "cm_network_incident_status" DEFAULT 'open'::"cm_network_incident_status" NOT NULL,
	"lead_id" uuid,
	"declared_by" uuid,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"holding_statement" text,
	"holding_statement_at" timestamp with time zone,
	"what_happened" text,
	"what_worked" text,
	"what_to_change" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "cm_network_incidents_severity_check" CHECK ("severity" between 1 and 3),
	CONSTRAINT "cm_network_incidents_post_mortem_check" CHECK ("status" = 'open' or ("what_happened" is not null and "what_worked" is not null and "what_to_change" is not null))
);
--> statement-breakpoint
CREATE TABLE "cm_network_playbook_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"step" text NOT NULL,
	"owner_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE INDEX "cm_network_incident_communities_community_idx" ON "cm_network_incident_communities" ("community_id");--> statement-breakpoint
CREATE INDEX "cm_network_incident_events_incident_idx" ON "cm_network_incident_events" ("incident_id","at","id");--> statement-breakpoint
CREATE INDEX "cm_network_incident_members_user_idx" ON "cm_network_incident_members" ("user_id");--> statement-breakpoint
CREATE INDEX "cm_network_incidents_declared_idx" ON "cm_network_incidents" ("declared_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "cm_network_playbook_steps_position_key" ON "cm_network_playbook_steps" ("incident_id","position");--> statement-breakpoint
ALTER TABLE "cm_network_incident_communities" ADD CONSTRAINT "cm_network_incident_communities_UVyxmn9oz1zT_fkey" FOREIGN KEY ("incident_id") REFERENCES "cm_network_incidents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_incident_communities" ADD CONSTRAINT "cm_network_incident_communities_zZPcJjcxib2s_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_incident_events" ADD CONSTRAINT "cm_network_incident_events_71Frv4pVMRax_fkey" FOREIGN KEY ("incident_id") REFERENCES "cm_network_incidents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_incident_events" ADD CONSTRAINT "cm_network_incident_events_actor_id_users_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_incident_members" ADD CONSTRAINT "cm_network_incident_members_GjFScDcp5JqX_fkey" FOREIGN KEY ("incident_id") REFERENCES "cm_network_incidents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_incident_members" ADD CONSTRAINT "cm_network_incident_members_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_incidents" ADD CONSTRAINT "cm_network_incidents_lead_id_users_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_incidents" ADD CONSTRAINT "cm_network_incidents_declared_by_users_id_fkey" FOREIGN KEY ("declared_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_playbook_steps" ADD CONSTRAINT "cm_network_playbook_steps_BaIl4T27tNQO_fkey" FOREIGN KEY ("incident_id") REFERENCES "cm_network_incidents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_playbook_steps" ADD CONSTRAINT "cm_network_playbook_steps_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_playbook_steps" ADD CONSTRAINT "cm_network_playbook_steps_done_by_users_id_fkey" FOREIGN KEY ("done_by") REFERENCES "users"("id") ON DELETE SET NULL;