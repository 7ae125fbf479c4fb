DROP INDEX "notifications_recipient_idx";--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" ("recipient_id","created_at" DESC,"id" DESC);--> statement-breakpoint
DROP INDEX "posts_community_feed_idx";--> statement-breakpoint
CREATE INDEX "posts_community_feed_idx" ON "posts" ("community_id","published_at" DESC,"id" DESC);--> statement-breakpoint
DROP INDEX "posts_author_feed_idx";--> statement-breakpoint
CREATE INDEX "posts_author_feed_idx" ON "posts" ("author_id","published_at" DESC,"id" DESC);--> statement-breakpoint
DROP INDEX "posts_profile_feed_idx";--> statement-breakpoint
CREATE INDEX "posts_profile_feed_idx" ON "posts" ("profile_user_id","published_at" DESC,"id" DESC);--> statement-breakpoint
DROP INDEX "posts_feed_idx";--> statement-breakpoint
CREATE INDEX "posts_feed_idx" ON "posts" ("published_at" DESC,"id" DESC);--> statement-breakpoint
CREATE INDEX "posts_community_pinned_feed_idx" ON "posts" ("community_id",(case when "pinned_at" is null then 0 else 1 end) desc,"published_at" DESC,"id" DESC);