ALTER TABLE "communities" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('levain_fr', name), 'A') || setweight(to_tsvector('levain_en', name), 'A') || setweight(to_tsvector('levain_fr', description), 'B') || setweight(to_tsvector('levain_en', description), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "details" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('levain_fr', name), 'A') || setweight(to_tsvector('levain_en', name), 'A') || setweight(to_tsvector('levain_fr', coalesce(title, '')), 'B') || setweight(to_tsvector('levain_en', coalesce(title, '')), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "communities_search_idx" ON "communities" USING gin ("search");--> statement-breakpoint
CREATE INDEX "communities_name_trgm_idx" ON "communities" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "moderation_actions_post_idx" ON "moderation_actions" ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "moderation_actions_comment_idx" ON "moderation_actions" ("comment_id","created_at");--> statement-breakpoint
CREATE INDEX "moderation_actions_subject_idx" ON "moderation_actions" ("subject_user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_open_post_key" ON "reports" ("reporter_id","post_id") WHERE status = 'open' and comment_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_open_comment_key" ON "reports" ("reporter_id","comment_id") WHERE status = 'open' and comment_id is not null;--> statement-breakpoint
CREATE INDEX "reports_post_idx" ON "reports" ("post_id");--> statement-breakpoint
CREATE INDEX "reports_comment_idx" ON "reports" ("comment_id");--> statement-breakpoint
CREATE INDEX "users_search_idx" ON "users" USING gin ("search");--> statement-breakpoint
CREATE INDEX "users_name_trgm_idx" ON "users" USING gin (lower("name") gin_trgm_ops);