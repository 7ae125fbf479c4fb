ALTER TABLE "posts" ADD COLUMN "held_by" text;
