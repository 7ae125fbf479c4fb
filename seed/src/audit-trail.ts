import { createHash, randomBytes } from 'node:crypto';
import { queryRows, type Tx } from '@levain/db';
import { sql } from 'drizzle-orm';

/** People HR invited in the last days, who have not joined yet. */
const invitees = ['nina.lefevre@atlas.example', 'omar.haddad@atlas.example', 'ruth.okafor@atlas.example'];

/**
 * What the admin log of a company that has run Levain for three months holds: the organisation's
 * settings and the roles given at the start, every community created by its owner, the invitations
 * HR sent this week (still waiting in HR's list). Returns how many entries were written.
 */
export async function seedAuditTrail(tx: Tx, now: Date): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const [people] = await queryRows<{ admin: string; hr: string; start: string }>(
    tx,
    sql`select (select id from users where email = 'admin@atlas.example') as admin,
      (select id from users where email = 'rh@atlas.example') as hr,
      (select min(created_at) from communities) - interval '1 day' as start`,
  );
  if (!people?.admin || !people.hr) return 0;
  await tx.execute(sql`insert into audit_log (actor_id, action, subject_type, subject_id, details, created_at)
    values (${people.admin}, 'organisation.updated', 'organisation', 'default',
      jsonb_build_object('name', 'Groupe Atlas', 'allowedEmailDomains', jsonb_build_array('atlas.example')),
      ${people.start}::timestamptz)`);
  await tx.execute(sql`insert into audit_log (actor_id, action, subject_type, subject_id, details, created_at)
    select ${people.admin}, 'user.roles-changed', 'user', r.user_id::text,
      jsonb_build_object('added', jsonb_build_array(r.role), 'removed', jsonb_build_array()),
      ${people.start}::timestamptz + interval '1 hour'
    from user_roles r where r.role <> 'member' and r.user_id <> ${people.admin}`);
  await tx.execute(sql`insert into audit_log (actor_id, action, subject_type, subject_id, details, created_at)
    select c.created_by_id, 'community.created', 'community', c.id::text,
      jsonb_build_object('name', c.name, 'visibility', c.visibility), c.created_at
    from communities c`);
  for (const [i, email] of invitees.entries()) {
    const tokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
    const [invitation] = await queryRows<{ id: string }>(
      tx,
      sql`insert into invitations (email, token_hash, role, invited_by_id, expires_at, created_at)
        values (${email}, ${tokenHash}, 'member', ${people.hr}, ${at} + interval '12 days',
          ${at} - make_interval(days => ${i + 1}))
        returning id`,
    );
    await tx.execute(sql`insert into audit_log (actor_id, action, subject_type, subject_id, details, created_at)
      values (${people.hr}, 'invitation.created', 'invitation', null,
        jsonb_build_object('count', 1, 'role', 'member', 'invitationIds', jsonb_build_array(${invitation!.id}::text)),
        ${at} - make_interval(days => ${i + 1}))`);
  }
  const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_log`);
  return row?.n ?? 0;
}
