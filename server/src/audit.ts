import { type Db, schema, type Tx } from '@levain/db';

/** Records who did what to which subject; written in the same transaction as the change. */
export async function audit(
  db: Db | Tx,
  actorId: string | null,
  action: string,
  subjectType: string,
  subjectId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db.insert(schema.auditLog).values({ actorId, action, subjectType, subjectId, details });
}
