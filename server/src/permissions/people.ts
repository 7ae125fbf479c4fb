import { sql } from 'drizzle-orm';
import { hasRole, type Viewer } from './viewer';

/** A person as the privacy rules see them. */
export type PersonAccess = { id: string; managerId: string | null };

const isAdmin = (viewer: Viewer) => hasRole(viewer, 'admin');

/** The person, their manager, HR, and admins (who may edit any profile, so must see what they edit). */
const closeToPerson = (viewer: Viewer, person: PersonAccess) =>
  viewer.id === person.id || viewer.id === person.managerId || hasRole(viewer, 'hr') || isAdmin(viewer);

/**
 * What colleagues see of each other, decided as data minimisation asks: what they need to work
 * together, not how each one's days are organised.
 */
export const peopleRules = {
  /** Time zone and working hours; everyone else sees only whether the person is at work now. */
  'user:read-private': closeToPerson,
  /** Email: colleagues too when the organisation says so (its default), else like private details. */
  'user:read-email': (viewer: Viewer, person: PersonAccess & { colleaguesSeeEmail: boolean }) =>
    person.colleaguesSeeEmail || closeToPerson(viewer, person),
  /** The list of someone's roles: the person and the admins who change them. Others see badges. */
  'user:read-roles': (viewer: Viewer, person: PersonAccess) => viewer.id === person.id || isAdmin(viewer),
  /** Searching the directory by email address follows the same rule as reading it. */
  'directory:search-email': (viewer: Viewer, organisation: { colleaguesSeeEmail: boolean }) =>
    organisation.colleaguesSeeEmail || hasRole(viewer, 'hr') || isAdmin(viewer),
};

/** The organisation's email setting, read inside the statement that reads the people. */
export const colleaguesSeeEmailSql = sql<boolean>`coalesce((select colleagues_see_email from organisation_settings limit 1), true)`;
