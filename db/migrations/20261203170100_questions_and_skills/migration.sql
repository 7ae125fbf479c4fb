CREATE TABLE "answer_votes" (
	"comment_id" uuid,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_votes_pkey" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "question_skills" (
	"post_id" uuid,
	"skill_id" uuid,
	CONSTRAINT "question_skills_pkey" PRIMARY KEY("post_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"post_id" uuid PRIMARY KEY,
	"community_id" uuid NOT NULL,
	"asked_by_id" uuid NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_answer_at" timestamp with time zone,
	"accepted_answer_id" uuid,
	"accepted_at" timestamp with time zone,
	"accepted_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "skill_endorsements" (
	"user_id" uuid,
	"skill_id" uuid,
	"endorser_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_endorsements_pkey" PRIMARY KEY("user_id","skill_id","endorser_id")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL UNIQUE,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_skills" (
	"user_id" uuid,
	"skill_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_skills_pkey" PRIMARY KEY("user_id","skill_id")
);
--> statement-breakpoint
CREATE INDEX "answer_votes_user_idx" ON "answer_votes" ("user_id");
--> statement-breakpoint
CREATE INDEX "question_skills_skill_idx" ON "question_skills" ("skill_id");
--> statement-breakpoint
CREATE INDEX "questions_community_idx" ON "questions" ("community_id","asked_at" DESC,"post_id" DESC);
--> statement-breakpoint
CREATE INDEX "questions_unanswered_idx" ON "questions" ("community_id","asked_at" DESC,"post_id" DESC) WHERE accepted_answer_id is null;
--> statement-breakpoint
CREATE INDEX "questions_asker_idx" ON "questions" ("asked_by_id","asked_at");
--> statement-breakpoint
CREATE INDEX "skill_endorsements_skill_idx" ON "skill_endorsements" ("skill_id","user_id");
--> statement-breakpoint
CREATE INDEX "skill_endorsements_endorser_idx" ON "skill_endorsements" ("endorser_id");
--> statement-breakpoint
CREATE INDEX "user_skills_skill_idx" ON "user_skills" ("skill_id");
--> statement-breakpoint
ALTER TABLE "answer_votes" ADD CONSTRAINT "answer_votes_comment_id_comments_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "answer_votes" ADD CONSTRAINT "answer_votes_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "question_skills" ADD CONSTRAINT "question_skills_post_id_questions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "questions"("post_id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "question_skills" ADD CONSTRAINT "question_skills_skill_id_skills_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_post_id_posts_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_community_id_communities_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_asked_by_id_users_id_fkey" FOREIGN KEY ("asked_by_id") REFERENCES "users"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_accepted_answer_id_comments_id_fkey" FOREIGN KEY ("accepted_answer_id") REFERENCES "comments"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_accepted_by_id_users_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "skill_endorsements" ADD CONSTRAINT "skill_endorsements_endorser_id_users_id_fkey" FOREIGN KEY ("endorser_id") REFERENCES "users"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "skill_endorsements" ADD CONSTRAINT "skill_endorsements_user_skill_fkey" FOREIGN KEY ("user_id","skill_id") REFERENCES "user_skills"("user_id","skill_id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_skill_id_skills_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE;
