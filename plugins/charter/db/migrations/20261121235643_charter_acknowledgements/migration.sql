CREATE TABLE "charter_acknowledgements" (
	"charter_id" uuid,
	"user_id" uuid,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charter_acknowledgements_pkey" PRIMARY KEY("charter_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "charter_charters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"body" text NOT NULL,
	"version" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX "charter_charters_version_key" ON "charter_charters" ("version");--> statement-breakpoint
ALTER TABLE "charter_acknowledgements" ADD CONSTRAINT "charter_acknowledgements_charter_id_charter_charters_id_fkey" FOREIGN KEY ("charter_id") REFERENCES "charter_charters"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_acknowledgements" ADD CONSTRAINT "charter_acknowledgements_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_charters" ADD CONSTRAINT "charter_charters_published_by_users_id_fkey" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL;