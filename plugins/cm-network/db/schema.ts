import { comments, communities, learningPaths, orgUnits, posts, users } from '@levain/db/schema';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Who animates which part of the organisation: the chief CM, one CM per country or department, managers as part-time CMs. */
export const communityManagerRoleKind = pgEnum('cm_network_role_kind', [
  'chief',
  'country',
  'department',
  'manager_part_time',
]);

/** A full-time CM gives all their time to it; a part-time CM a declared share of their job description. */
export const cmTimeBasis = pgEnum('cm_network_time_basis', ['full_time', 'part_time']);

/** A place in the CM network on an org unit (a country, a country's direction, a team), filled or not. */
export const cmPositions = snakeCase.table(
  'cm_network_positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    kind: communityManagerRoleKind().notNull(),
    timeBasis: cmTimeBasis().notNull(),
    /** Share of the job description given to community management ("fiche de poste"): 100 when full-time. */
    shareOfTimePercent: integer().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cm_network_positions_org_unit_idx').on(t.orgUnitId),
    check(
      'cm_network_positions_share_check',
      sql`(${t.timeBasis} = 'full_time' and ${t.shareOfTimePercent} = 100) or (${t.timeBasis} = 'part_time' and ${t.shareOfTimePercent} between 1 and 99)`,
    ),
  ],
);

/** Who held a position when: the open row (no end) is its current CM. */
export const cmAssignments = snakeCase.table(
  'cm_network_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    positionId: uuid()
      .notNull()
      .references(() => cmPositions.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    assignedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('cm_network_assignments_current_key').on(t.positionId).where(sql`ended_at is null`),
    index('cm_network_assignments_position_idx').on(t.positionId, t.startedAt),
    index('cm_network_assignments_user_idx').on(t.userId),
  ],
);

/** The chief CM's target for a metric: the network's default (no org unit) or a country's own. */
export const cmTargets = snakeCase.table(
  'cm_network_targets',
  {
    id: uuid().primaryKey().defaultRandom(),
    metric: text().notNull(),
    orgUnitId: uuid().references(() => orgUnits.id, { onDelete: 'cascade' }),
    value: doublePrecision().notNull(),
    setBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cm_network_targets_default_key').on(t.metric).where(sql`org_unit_id is null`),
    uniqueIndex('cm_network_targets_unit_key').on(t.metric, t.orgUnitId).where(sql`org_unit_id is not null`),
  ],
);

/**
 * One row: the network's own private community, which every CM joins while they hold a position,
 * and the CM academy (a learning path) the map checks CMs have started.
 */
export const cmSettings = snakeCase.table('cm_network_settings', {
  id: text().primaryKey().default('default'),
  communityId: uuid().references(() => communities.id, { onDelete: 'set null' }),
  academyPathId: uuid().references(() => learningPaths.id, { onDelete: 'set null' }),
});

/** An incident's life: open while the cell works on it, closed with its post-mortem. */
export const incidentStatus = pgEnum('cm_network_incident_status', ['open', 'closed']);

/**
 * A crisis the cell runs: severity 1 (local) to 3 (company-wide), a lead who alone approves what
 * CMs publish in crisis mode, a holding statement, and the post-mortem that closes it.
 */
export const cmIncidents = snakeCase.table(
  'cm_network_incidents',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    severity: integer().notNull(),
    status: incidentStatus().notNull().default('open'),
    leadId: uuid().references(() => users.id, { onDelete: 'set null' }),
    declaredBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    declaredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    holdingStatement: text(),
    holdingStatementAt: timestamp({ withTimezone: true }),
    /** Post-mortem: what happened, what worked, what to change (all three given at closing). */
    whatHappened: text(),
    whatWorked: text(),
    whatToChange: text(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('cm_network_incidents_declared_idx').on(t.declaredAt.desc(), t.id.desc()),
    check('cm_network_incidents_severity_check', sql`${t.severity} between 1 and 3`),
    check(
      'cm_network_incidents_post_mortem_check',
      sql`${t.status} = 'open' or (${t.whatHappened} is not null and ${t.whatWorked} is not null and ${t.whatToChange} is not null)`,
    ),
  ],
);

/** The communities an incident covers; in crisis mode, posts there by their CMs wait for the lead. */
export const cmIncidentCommunities = snakeCase.table(
  'cm_network_incident_communities',
  {
    incidentId: uuid()
      .notNull()
      .references(() => cmIncidents.id, { onDelete: 'cascade' }),
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    crisisMode: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.communityId] }),
    index('cm_network_incident_communities_community_idx').on(t.communityId),
  ],
);

/** The cell: its lead, the scope's CMs, communication, legal, HR, staff representatives. */
export const cmIncidentMembers = snakeCase.table(
  'cm_network_incident_members',
  {
    incidentId: uuid()
      .notNull()
      .references(() => cmIncidents.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().$type<CellRole>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.userId] }),
    index('cm_network_incident_members_user_idx').on(t.userId),
  ],
);

export const CELL_ROLES = [
  'lead',
  'community_manager',
  'communication',
  'legal',
  'hr',
  'staff_representative',
] as const;
export type CellRole = (typeof CELL_ROLES)[number];

/** The playbook of the incident's severity, as steps with owners and due times. */
export const cmPlaybookSteps = snakeCase.table(
  'cm_network_playbook_steps',
  {
    id: uuid().primaryKey().defaultRandom(),
    incidentId: uuid()
      .notNull()
      .references(() => cmIncidents.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** The step of the playbook ("notify-legal"), worded in the viewer's language by the web client. */
    step: text().notNull(),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    doneAt: timestamp({ withTimezone: true }),
    doneBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('cm_network_playbook_steps_position_key').on(t.incidentId, t.position)],
);

/** Everything that happened in the incident, in order, logged by the code that did it. */
export const cmIncidentEvents = snakeCase.table(
  'cm_network_incident_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    incidentId: uuid()
      .notNull()
      .references(() => cmIncidents.id, { onDelete: 'cascade' }),
    kind: text().$type<IncidentEventKind>().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** What the event is about: a post id, a community id, a step: never a copy of content. */
    subjectId: uuid(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cm_network_incident_events_incident_idx').on(t.incidentId, t.at, t.id)],
);

export const INCIDENT_EVENT_KINDS = [
  'declared',
  'crisis_mode_on',
  'crisis_mode_off',
  'post_held',
  'post_approved',
  'holding_statement',
  'step_completed',
  'closed',
] as const;
export type IncidentEventKind = (typeof INCIDENT_EVENT_KINDS)[number];

/** A monthly report's life: submitted to the chief CM, who validates it or returns it to be reworked. */
export const cmReportStatus = pgEnum('cm_network_report_status', ['submitted', 'validated', 'returned']);

/**
 * The qualitative part of a CM's monthly report, one per position and month: highlights, the
 * requests and contacts received, recommendations to adjust the strategy; and the chief CM's review.
 */
export const cmReports = snakeCase.table(
  'cm_network_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    positionId: uuid()
      .notNull()
      .references(() => cmPositions.id, { onDelete: 'cascade' }),
    /** "YYYY-MM". */
    month: text().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    highlights: text().notNull(),
    requests: text().notNull(),
    recommendations: text().notNull(),
    status: cmReportStatus().notNull().default('submitted'),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reviewerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    reviewComment: text(),
    reviewedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('cm_network_reports_position_month_key').on(t.positionId, t.month),
    index('cm_network_reports_month_idx').on(t.month),
  ],
);

/** Workload notices already sent: one per person and month, so the monthly check can run again. */
export const cmWorkloadNotices = snakeCase.table(
  'cm_network_workload_notices',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    month: text().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] })],
);

/** Where an editorial item stands: planned, submitted to a validator, returned with comments, approved, published. */
export const editorialStatus = pgEnum('cm_network_editorial_status', [
  'planned',
  'submitted',
  'returned',
  'approved',
  'published',
]);

/**
 * A post the network plans before it is written: its title, owner, target date and community; its
 * body once submitted. Approved, it is written as its owner's post, scheduled at its date.
 */
export const cmEditorialItems = snakeCase.table(
  'cm_network_editorial_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetAt: timestamp({ withTimezone: true }).notNull(),
    body: text(),
    status: editorialStatus().notNull().default('planned'),
    /** The validator's comments when they returned it. */
    returnComment: text(),
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    postId: uuid().references(() => posts.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cm_network_editorial_items_target_idx').on(t.targetAt, t.id)],
);

/**
 * Words, phrases and hashtags a CM watches, on everything they may read or on one community (whose
 * CMs are alerted too). Matched with the core's French and English search configurations.
 */
export const cmWatchLists = snakeCase.table(
  'cm_network_watch_lists',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    communityId: uuid().references(() => communities.id, { onDelete: 'cascade' }),
    terms: text().array().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cm_network_watch_lists_community_idx').on(t.communityId)],
);

export const cmAlertStatus = pgEnum('cm_network_alert_status', ['open', 'acknowledged']);

/** A watch-list word in new content, for one recipient who may read that content: ids and the term, never a copy. */
export const cmAlerts = snakeCase.table(
  'cm_network_alerts',
  {
    id: uuid().primaryKey().defaultRandom(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    watchListId: uuid()
      .notNull()
      .references(() => cmWatchLists.id, { onDelete: 'cascade' }),
    term: text().notNull(),
    postId: uuid()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => comments.id, { onDelete: 'cascade' }),
    status: cmAlertStatus().notNull().default('open'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('cm_network_alerts_recipient_idx').on(t.recipientId, t.status, t.createdAt, t.id)],
);
