import {
  boolean,
  index,
  integer,
  jsonb,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { users } from './people';

/**
 * A learning path belongs to a learning community (its discussion place): ordered modules, each an
 * ordered mix of lessons and quizzes sharing one sequence of positions.
 */
export const learningPaths = snakeCase.table(
  'learning_paths',
  {
    id: uuid().primaryKey().defaultRandom(),
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    summary: text().notNull().default(''),
    /** Goes up when a quiz changes after people passed it; certificates keep the version they passed. */
    version: integer().notNull().default(1),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('learning_paths_created_idx').on(t.createdAt, t.id),
    index('learning_paths_community_idx').on(t.communityId, t.createdAt),
  ],
);

export const learningModules = snakeCase.table(
  'learning_modules',
  {
    id: uuid().primaryKey().defaultRandom(),
    pathId: uuid()
      .notNull()
      .references(() => learningPaths.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
  },
  (t) => [index('learning_modules_path_idx').on(t.pathId, t.position)],
);

export const lessons = snakeCase.table(
  'lessons',
  {
    id: uuid().primaryKey().defaultRandom(),
    moduleId: uuid()
      .notNull()
      .references(() => learningModules.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    /** Markdown, with its HTML rendered and sanitised like posts' when written. */
    body: text().notNull(),
    bodyHtml: text().notNull(),
    estimatedMinutes: integer().notNull().default(5),
  },
  (t) => [index('lessons_module_idx').on(t.moduleId, t.position)],
);

export const quizzes = snakeCase.table(
  'quizzes',
  {
    id: uuid().primaryKey().defaultRandom(),
    moduleId: uuid()
      .notNull()
      .references(() => learningModules.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    /** Share of the questions to answer right, in percent. */
    passMark: integer().notNull().default(70),
    attemptsAllowed: integer().notNull().default(3),
    /** Goes up when its questions change: attempts count per version. */
    version: integer().notNull().default(1),
  },
  (t) => [index('quizzes_module_idx').on(t.moduleId, t.position)],
);

export const quizQuestions = snakeCase.table(
  'quiz_questions',
  {
    id: uuid().primaryKey().defaultRandom(),
    quizId: uuid()
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    prompt: text().notNull(),
    multipleChoice: boolean().notNull().default(false),
  },
  (t) => [index('quiz_questions_quiz_idx').on(t.quizId, t.position)],
);

/** The correct flag never leaves the server before an attempt is submitted. */
export const quizChoices = snakeCase.table(
  'quiz_choices',
  {
    id: uuid().primaryKey().defaultRandom(),
    questionId: uuid()
      .notNull()
      .references(() => quizQuestions.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    label: text().notNull(),
    correct: boolean().notNull().default(false),
    /** Why this answer is right or wrong, shown once it was chosen in an attempt. */
    explanation: text().notNull().default(''),
  },
  (t) => [index('quiz_choices_question_idx').on(t.questionId, t.position)],
);

export const enrollments = snakeCase.table(
  'enrollments',
  {
    id: uuid().primaryKey().defaultRandom(),
    pathId: uuid()
      .notNull()
      .references(() => learningPaths.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** A manager or an animator who assigned the path; null when the person enrolled. */
    assignedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    dueAt: timestamp({ withTimezone: true }),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique('enrollments_path_user_key').on(t.pathId, t.userId),
    index('enrollments_user_idx').on(t.userId, t.enrolledAt, t.id),
  ],
);

export const lessonCompletions = snakeCase.table(
  'lesson_completions',
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    completedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.userId] }), index('lesson_completions_user_idx').on(t.userId)],
);

/** The chosen choice ids per question id, as submitted. */
export type QuizAnswers = Record<string, string[]>;

export const quizAttempts = snakeCase.table(
  'quiz_attempts',
  {
    id: uuid().primaryKey().defaultRandom(),
    quizId: uuid()
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    quizVersion: integer().notNull(),
    answers: jsonb().$type<QuizAnswers>().notNull(),
    /** Questions answered right, in percent. */
    score: integer().notNull(),
    passed: boolean().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('quiz_attempts_quiz_user_idx').on(t.quizId, t.userId, t.submittedAt)],
);

/** Issued once per person and path; the id is the verification URL's secret. */
export const certificates = snakeCase.table(
  'certificates',
  {
    id: uuid().primaryKey().defaultRandom(),
    pathId: uuid()
      .notNull()
      .references(() => learningPaths.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    pathVersion: integer().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('certificates_path_user_key').on(t.pathId, t.userId),
    index('certificates_user_idx').on(t.userId),
  ],
);
