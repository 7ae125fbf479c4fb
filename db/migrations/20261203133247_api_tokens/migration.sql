CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY,
	"secret_hash" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"scopes" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organisation_settings" ADD COLUMN "personal_api_tokens" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "api_tokens_owner_idx" ON "api_tokens" ("owner_id","created_at");--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_owner_id_users_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE;