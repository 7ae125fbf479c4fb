import { type Db, schema } from '@levain/db';
import { audit } from '../audit';

export type Settings = {
  name: string;
  defaultLocale: string;
  allowedEmailDomains: string[];
  colleaguesSeeEmail: boolean;
  personalApiTokens: boolean;
};

/** What an organisation has before an admin changes anything. */
const defaultSettings: Settings = {
  name: 'Levain',
  defaultLocale: 'fr',
  allowedEmailDomains: [],
  colleaguesSeeEmail: true,
  personalApiTokens: false,
};

export async function loadSettings(db: Db): Promise<Settings> {
  return (await db.query.organisationSettings.findFirst()) ?? defaultSettings;
}

/** Changes the settings given (the others keep their value), recorded in the audit log. */
export async function updateSettings(db: Db, actorId: string, changes: Partial<Settings>): Promise<Settings> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.organisationSettings)
      .values({ ...defaultSettings, ...changes, id: 'default' })
      .onConflictDoUpdate({
        target: schema.organisationSettings.id,
        set: { ...changes, updatedAt: new Date() },
      })
      .returning();
    await audit(tx, actorId, 'organisation.updated', 'organisation', 'default', changes);
    return row!;
  });
}
