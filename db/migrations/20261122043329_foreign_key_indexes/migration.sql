CREATE INDEX "bookmarks_post_idx" ON "bookmarks" ("post_id");--> statement-breakpoint
CREATE INDEX "notifications_post_idx" ON "notifications" ("post_id") WHERE post_id is not null;--> statement-breakpoint
CREATE INDEX "notifications_comment_idx" ON "notifications" ("comment_id") WHERE comment_id is not null;--> statement-breakpoint
CREATE INDEX "notifications_community_idx" ON "notifications" ("community_id") WHERE community_id is not null;--> statement-breakpoint
CREATE INDEX "mentions_comment_idx" ON "mentions" ("comment_id") WHERE comment_id is not null;--> statement-breakpoint
CREATE INDEX "mentions_community_idx" ON "mentions" ("community_id") WHERE community_id is not null;--> statement-breakpoint
CREATE INDEX "posts_shared_post_idx" ON "posts" ("shared_post_id") WHERE shared_post_id is not null;