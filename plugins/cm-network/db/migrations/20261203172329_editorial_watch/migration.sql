CREATE TYPE "cm_network_alert_status" AS ENUM('open', 'acknowledged');--> statement-breakpoint
CREATE TYPE "cm_network_editorial_status" AS ENUM('planned', 'submitted', 'returned', 'approved', 'published');--> statement-breakpoint
CREATE TABLE "cm_network_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"recipient_id" uuid NOT NULL,
	"watch_list_id" uuid NOT NULL,
	"term" text NOT NULL,
	"post_id" uuid NOT NULL,
	"comment_id" uuid,
	"status" "cm_network_alert_status" DEFAULT 'open'::"cm_network_alert_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cm_network_editorial_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"community_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"target_at" timestamp with time zone NOT NULL,
	"body" text,
	"status" "cm_network_editorial_status" DEFAULT 'planned'::"cm_network_editorial_status" NOT NULL,
	"return_comment" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"post_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cm_network_watch_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"community_id" uuid,
	"terms" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "cm_network_alerts_recipient_idx" ON "cm_network_alerts" ("recipient_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "cm_network_editorial_items_target_idx" ON "cm_network_editorial_items" ("target_at","id");--> statement-breakpoint
CREATE INDEX "cm_network_watch_lists_community_idx" ON "cm_network_watch_lists" ("community_id");--> statement-breakpoint
ALTER TABLE "cm_network_alerts" ADD CONSTRAINT "cm_network_alerts_recipient_id_users_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_alerts" ADD CONSTRAINT "cm_network_alerts_watch_list_id_cm_network_watch_lists_id_fkey" FOREIGN KEY ("watch_list_id") REFERENCES "cm_network_watch_lists"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_alerts" ADD CONSTRAINT "cm_network_alerts_post_id_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_alerts" ADD CONSTRAINT "cm_network_alerts_comment_id_comments_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_editorial_items" ADD CONSTRAINT "cm_network_editorial_items_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_editorial_items" ADD CONSTRAINT "cm_network_editorial_items_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_editorial_items" ADD CONSTRAINT "cm_network_editorial_items_decided_by_users_id_fkey" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_editorial_items" ADD CONSTRAINT "cm_network_editorial_items_post_id_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "cm_network_watch_lists" ADD CONSTRAINT "cm_network_watch_lists_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "cm_network_watch_lists" ADD CONSTRAINT "cm_network_watch_lists_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;