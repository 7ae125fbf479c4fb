ALTER TABLE "posts" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_event_id_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX "posts_event_live_idx" ON "posts" ("event_id","published_at" DESC,"id" DESC) WHERE event_id is not null;
