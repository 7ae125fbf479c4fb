CREATE TYPE "charter_kind" AS ENUM('social_media', 'behaviour', 'community', 'editorial');--> statement-breakpoint
CREATE TABLE "charter_articles" (
	"version_id" uuid,
	"number" integer,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"acceptable" jsonb NOT NULL,
	"unacceptable" jsonb NOT NULL,
	CONSTRAINT "charter_articles_pkey" PRIMARY KEY("version_id","number")
);
--> statement-breakpoint
CREATE TABLE "charter_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"kind" "charter_kind" NOT NULL,
	"community_id" uuid,
	"title" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charter_version_acknowledgements" (
	"version_id" uuid,
	"charter_id" uuid NOT NULL,
	"user_id" uuid,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charter_version_acknowledgements_pkey" PRIMARY KEY("version_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "charter_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"charter_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"major" boolean NOT NULL,
	"summary" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX "charter_documents_company_kind_key" ON "charter_documents" ("kind") WHERE community_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "charter_documents_community_key" ON "charter_documents" ("community_id");--> statement-breakpoint
CREATE INDEX "charter_version_acknowledgements_charter_idx" ON "charter_version_acknowledgements" ("charter_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "charter_versions_number_key" ON "charter_versions" ("charter_id","number");--> statement-breakpoint
ALTER TABLE "charter_articles" ADD CONSTRAINT "charter_articles_version_id_charter_versions_id_fkey" FOREIGN KEY ("version_id") REFERENCES "charter_versions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_documents" ADD CONSTRAINT "charter_documents_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_version_acknowledgements" ADD CONSTRAINT "charter_version_acknowledgements_hpteYXiLSKCP_fkey" FOREIGN KEY ("version_id") REFERENCES "charter_versions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_version_acknowledgements" ADD CONSTRAINT "charter_version_acknowledgements_f7gFEyVQaTjR_fkey" FOREIGN KEY ("charter_id") REFERENCES "charter_documents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_version_acknowledgements" ADD CONSTRAINT "charter_version_acknowledgements_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_versions" ADD CONSTRAINT "charter_versions_charter_id_charter_documents_id_fkey" FOREIGN KEY ("charter_id") REFERENCES "charter_documents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "charter_versions" ADD CONSTRAINT "charter_versions_published_by_users_id_fkey" FOREIGN KEY ("published_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
-- Version 1's single charter becomes the behaviour charter: each version one article, acknowledgements kept.
INSERT INTO "charter_documents" ("kind", "title")
SELECT 'behaviour', jsonb_build_object('fr', c."title", 'en', c."title")
FROM "charter_charters" c ORDER BY c."version" DESC LIMIT 1;--> statement-breakpoint
INSERT INTO "charter_versions" ("charter_id", "number", "major", "summary", "published_at", "published_by")
SELECT d."id", c."version", true, '{"fr":"","en":""}'::jsonb, c."published_at", c."published_by"
FROM "charter_charters" c CROSS JOIN "charter_documents" d WHERE d."kind" = 'behaviour' AND d."community_id" IS NULL;--> statement-breakpoint
INSERT INTO "charter_articles" ("version_id", "number", "title", "body", "acceptable", "unacceptable")
SELECT v."id", 1, jsonb_build_object('fr', c."title", 'en', c."title"), jsonb_build_object('fr', c."body", 'en', c."body"), '{"fr":"","en":""}'::jsonb, '{"fr":"","en":""}'::jsonb
FROM "charter_charters" c JOIN "charter_versions" v ON v."number" = c."version";--> statement-breakpoint
INSERT INTO "charter_version_acknowledgements" ("version_id", "charter_id", "user_id", "acknowledged_at")
SELECT v."id", v."charter_id", a."user_id", a."acknowledged_at"
FROM "charter_acknowledgements" a JOIN "charter_charters" c ON c."id" = a."charter_id" JOIN "charter_versions" v ON v."number" = c."version";
