import { schema as core } from '@levain/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { CharterKindValue } from './model';

/**
 * Who a company charter is addressed to, as a predicate on the core's users: every active person,
 * and for the editorial charter those who speak for the company (admins and the chief CM).
 */
export function audienceWhere(kind: CharterKindValue): SQL {
  const active = eq(core.users.status, 'active');
  if (kind !== 'editorial') return active;
  return and(
    active,
    sql`exists (select 1 from ${core.userRoles} r
      where r.user_id = users.id and r.role in ('admin', 'chief_cm'))`,
  )!;
}
