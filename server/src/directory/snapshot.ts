import { type Db, schema, type Tx } from '@levain/db';

export type OrgUnitKind = (typeof schema.orgUnitKind.enumValues)[number];
export const orgUnitKinds: readonly string[] = schema.orgUnitKind.enumValues;

export type ExistingOrgUnit = {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
};

export type ExistingPerson = {
  id: string;
  email: string;
  name: string;
  title: string | null;
  orgUnitId: string | null;
  locale: string;
  timeZone: string;
  managerId: string | null;
};

/** The directory as it stands, read once so a whole file is checked without one query per line. */
export type DirectorySnapshot = {
  orgUnitsByCode: ReadonlyMap<string, ExistingOrgUnit>;
  orgUnitCodeById: ReadonlyMap<string, string>;
  /** Keyed by lower-cased email: people are matched case-insensitively. */
  peopleByEmail: ReadonlyMap<string, ExistingPerson>;
  emailById: ReadonlyMap<string, string>;
  defaultLocale: string;
};

export async function loadDirectorySnapshot(db: Db | Tx): Promise<DirectorySnapshot> {
  const { orgUnits, users, organisationSettings } = schema;
  const [units, people, settings] = await Promise.all([
    db
      .select({
        id: orgUnits.id,
        code: orgUnits.code,
        name: orgUnits.name,
        kind: orgUnits.kind,
        parentId: orgUnits.parentId,
      })
      .from(orgUnits),
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        title: users.title,
        orgUnitId: users.orgUnitId,
        locale: users.locale,
        timeZone: users.timeZone,
        managerId: users.managerId,
      })
      .from(users),
    db.select({ defaultLocale: organisationSettings.defaultLocale }).from(organisationSettings).limit(1),
  ]);
  return {
    orgUnitsByCode: new Map(units.map((u) => [u.code, u])),
    orgUnitCodeById: new Map(units.map((u) => [u.id, u.code])),
    peopleByEmail: new Map(people.map((p) => [p.email.toLowerCase(), p])),
    emailById: new Map(people.map((p) => [p.id, p.email.toLowerCase()])),
    defaultLocale: settings[0]?.defaultLocale ?? 'fr',
  };
}
