CREATE INDEX "comments_recent_idx" ON "comments" ("created_at" DESC,"id" DESC);--> statement-breakpoint
CREATE INDEX "post_hashtags_tag_prefix_idx" ON "post_hashtags" ("tag" text_pattern_ops);