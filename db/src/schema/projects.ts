import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  pgEnum,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communities } from './communities';
import { users } from './people';
import { posts } from './posts';

export const projectWeather = pgEnum('project_weather', ['on_track', 'at_risk', 'late', 'done']);
export const taskStatus = pgEnum('task_status', ['todo', 'doing', 'done']);

/**
 * The facts of a community of kind project (one row per such community): what it is for, who
 * sponsors and leads it, its dates and its current weather. Its org units are the community's.
 */
export const projects = snakeCase.table(
  'projects',
  {
    communityId: uuid()
      .primaryKey()
      .references(() => communities.id, { onDelete: 'cascade' }),
    goal: text().notNull().default(''),
    sponsorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    weather: projectWeather().notNull().default('on_track'),
    weatherReason: text().notNull().default(''),
    weatherChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('projects_weather_idx').on(t.weather),
    index('projects_owner_idx').on(t.ownerId),
    index('projects_sponsor_idx').on(t.sponsorId),
    check(
      'projects_dates',
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
  ],
);

/** A change of weather, told as a post in the project's feed: what was done, what is next, help needed. */
export const statusUpdates = snakeCase.table(
  'status_updates',
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.communityId, { onDelete: 'cascade' }),
    postId: uuid().references(() => posts.id, { onDelete: 'set null' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    weather: projectWeather().notNull(),
    reason: text().notNull().default(''),
    done: text().notNull().default(''),
    next: text().notNull().default(''),
    helpNeeded: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('status_updates_project_idx').on(t.projectId, t.createdAt, t.id),
    index('status_updates_post_idx').on(t.postId),
    index('status_updates_author_idx').on(t.authorId),
  ],
);

export const milestones = snakeCase.table(
  'milestones',
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.communityId, { onDelete: 'cascade' }),
    title: text().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('milestones_project_idx').on(t.projectId, t.dueOn, t.id)],
);

/** A piece of work of a project; `position` orders the cards of a board column. */
export const tasks = snakeCase.table(
  'tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => projects.communityId, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    dueOn: date({ mode: 'string' }),
    status: taskStatus().notNull().default('todo'),
    position: doublePrecision().notNull().default(0),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_board_idx').on(t.projectId, t.status, t.position, t.id),
    index('tasks_assignee_idx').on(t.assigneeId, t.status, t.dueOn),
    index('tasks_created_by_idx').on(t.createdById),
  ],
);
