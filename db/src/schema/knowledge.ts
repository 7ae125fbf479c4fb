import { sql } from 'drizzle-orm';
import { foreignKey, index, primaryKey, snakeCase, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { users } from './people';
import { comments, posts } from './posts';

/** Microsecond timestamps travel as text so keyset cursors compare exactly. */
const preciseTime = () => timestamp({ withTimezone: true, mode: 'string' });

/**
 * A post asked as a question. Its answers are the post's top-level comments; the asker or one of
 * the community's animators accepts one. The two delays the CM board reports are kept as times.
 */
export const questions = snakeCase.table(
  'questions',
  {
    postId: uuid()
      .primaryKey()
      .references(() => posts.id, { onDelete: 'cascade' }),
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    askedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    askedAt: preciseTime().notNull().defaultNow(),
    firstAnswerAt: timestamp({ withTimezone: true }),
    acceptedAnswerId: uuid().references(() => comments.id, { onDelete: 'set null' }),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedById: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('questions_community_idx').on(
      t.communityId,
      t.askedAt.desc().nullsFirst(),
      t.postId.desc().nullsFirst(),
    ),
    index('questions_unanswered_idx')
      .on(t.communityId, t.askedAt.desc().nullsFirst(), t.postId.desc().nullsFirst())
      .where(sql`accepted_answer_id is null`),
    index('questions_asker_idx').on(t.askedById, t.askedAt),
  ],
);

/** One member's upvote of an answer. */
export const answerVotes = snakeCase.table(
  'answer_votes',
  {
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('answer_votes_user_idx').on(t.userId)],
);

/** A skill, met under its normalised slug ("Gestion de projet" and "gestion-de-projet" are one). */
export const skills = snakeCase.table('skills', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  label: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** The skills a person lists on their profile. */
export const userSkills = snakeCase.table(
  'user_skills',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skillId] }), index('user_skills_skill_idx').on(t.skillId)],
);

/** A colleague vouching for one person's skill, once each. */
export const skillEndorsements = snakeCase.table(
  'skill_endorsements',
  {
    userId: uuid().notNull(),
    skillId: uuid().notNull(),
    endorserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.skillId, t.endorserId] }),
    foreignKey({
      name: 'skill_endorsements_user_skill_fkey',
      columns: [t.userId, t.skillId],
      foreignColumns: [userSkills.userId, userSkills.skillId],
    }).onDelete('cascade'),
    index('skill_endorsements_skill_idx').on(t.skillId, t.userId),
    index('skill_endorsements_endorser_idx').on(t.endorserId),
  ],
);

/** Questions tagged with skills, so accepted answers count towards their authors' expertise. */
export const questionSkills = snakeCase.table(
  'question_skills',
  {
    postId: uuid()
      .notNull()
      .references(() => questions.postId, { onDelete: 'cascade' }),
    skillId: uuid()
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.skillId] }), index('question_skills_skill_idx').on(t.skillId)],
);
