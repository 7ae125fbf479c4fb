import { query } from '../../lib/graphql/api';
import { graphql, type ResultOf } from '../../lib/graphql/graphql';
import { pageOf } from '../../lib/graphql/paged.svelte';
import { plainId } from '../../lib/ids';

const AuditLogQuery = graphql(`
  query AuditLog($after: String, $filter: AuditLogFilter) {
    auditLog(first: 30, after: $after, filter: $filter) {
      edges { node { action sentence createdAt subject { label link } actor { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const AuditFilterOptions = graphql(`
  query AuditFilterOptions {
    auditLogActions { action label }
    auditLogActors { id name }
  }
`);

export type AuditEntry = ResultOf<typeof AuditLogQuery>['auditLog']['edges'][number]['node'];

/** What the admin chose: a person (global id), an action, and whole local days ("2026-11-02"). */
export type AuditFilters = { actor: string; action: string; from: string; to: string };

/** Local days as moments: from the start of the first day to the end of the last. */
function range(filters: AuditFilters): { from?: string; to?: string } {
  const start = (day: string) => new Date(`${day}T00:00`);
  const to = filters.to ? start(filters.to) : null;
  to?.setDate(to.getDate() + 1);
  return {
    ...(filters.from && { from: start(filters.from).toISOString() }),
    ...(to && { to: to.toISOString() }),
  };
}

export async function auditPage(filters: AuditFilters, after: string | null) {
  const filter = {
    ...(filters.actor && { actor: filters.actor }),
    ...(filters.action && { action: filters.action }),
    ...range(filters),
  };
  return pageOf((await query(AuditLogQuery, { after, filter })).auditLog);
}

/** The same entries as CSV, from the server (the person's id without its type, as the route reads it). */
export function csvHref(filters: AuditFilters): string {
  const params = new URLSearchParams();
  if (filters.actor) params.set('actor', plainId(filters.actor));
  if (filters.action) params.set('action', filters.action);
  for (const [key, value] of Object.entries(range(filters))) params.set(key, value);
  const search = params.toString();
  return `/api/audit-log.csv${search ? `?${search}` : ''}`;
}

/** The sentence around its subject: text before, the subject, text after. */
export function sentenceParts(sentence: string): [string, string] {
  const at = sentence.indexOf('{subject}');
  return at < 0 ? [sentence, ''] : [sentence.slice(0, at), sentence.slice(at + '{subject}'.length)];
}
