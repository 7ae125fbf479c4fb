-- Accent-insensitive French and English full-text search (used by generated tsvector columns).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION levain_fr (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION levain_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION levain_en (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION levain_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
