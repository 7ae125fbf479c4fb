import { type Db, schema, type Tx } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import type { Role } from '../permissions';

/** Finds a person by email, case-insensitively. */
export async function findUserByEmail(db: Db | Tx, email: string) {
  return db.query.users.findFirst({ where: { RAW: (u) => sql`lower(${u.email}) = ${email.toLowerCase()}` } });
}

export type NewAccount = {
  email: string;
  name: string;
  passwordHash?: string | null;
  oidcSubject?: string | null;
  orgUnitId?: string | null;
  locale?: string;
  role?: Role;
};

/** Creates a person with the member role (plus the given one) inside the caller's transaction. */
export async function createAccount(tx: Tx, account: NewAccount) {
  const [user] = await tx
    .insert(schema.users)
    .values({
      email: account.email,
      name: account.name,
      passwordHash: account.passwordHash ?? null,
      oidcSubject: account.oidcSubject ?? null,
      orgUnitId: account.orgUnitId ?? null,
      locale: account.locale ?? 'fr',
    })
    .returning();
  const roles = new Set<Role>(['member', account.role ?? 'member']);
  await tx.insert(schema.userRoles).values([...roles].map((role) => ({ userId: user!.id, role })));
  return user!;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Replaces a person's password (hashed with argon2id). */
export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  await db
    .update(schema.users)
    .set({ passwordHash: await hashPassword(password), updatedAt: new Date() })
    .where(eq(schema.users.id, userId));
}
