import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoSignIns, seedDemoIfEmpty } from '../src/seed/demo';
import { createTestApp, type TestApp } from './harness';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename ... on Error { message } }
}`;
const ME = `{ me {
  name roles locale timeZone title orgUnit { code } manager { name } reports { name }
  workingHours { days start end }
} }`;

let app: TestApp;
const countActive = async () =>
  (
    await app.services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.users)
      .where(eq(schema.users.status, 'active'))
  )[0]!.n;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('the demo organisation', () => {
  it('is skipped with LEVAIN_SEED=none', async () => {
    expect(await seedDemoIfEmpty(app.services, { LEVAIN_SEED: 'none' })).toBe(false);
    expect(await countActive()).toBe(0);
    expect((await app.client().data('{ authConfig { organisationName } }')).authConfig.organisationName).toBe(
      'Levain',
    );
  });

  it('creates Groupe Atlas in an empty database, once and quickly', async () => {
    const started = performance.now();
    expect(await seedDemoIfEmpty(app.services)).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);

    const people = await countActive();
    expect(people).toBeGreaterThanOrEqual(190);
    expect(people).toBeLessThanOrEqual(210);
    expect(await app.client().data('{ authConfig { organisationName selfSignUp } }')).toEqual({
      authConfig: { organisationName: 'Groupe Atlas', selfSignUp: true },
    });

    expect(await seedDemoIfEmpty(app.services)).toBe(false);
    expect(await countActive()).toBe(people);
  });

  it('has four countries of four directions, each with a head reporting to the country director', async () => {
    const admin = app.client();
    await admin.data(SIGN_IN, { email: 'admin@atlas.example', password: DEMO_PASSWORD });
    const units = (await admin.data('{ orgUnits { code kind parent { code } } }')).orgUnits as Array<{
      code: string;
      kind: string;
      parent: { code: string } | null;
    }>;
    const codes = (kind: string) =>
      units
        .filter((u) => u.kind === kind)
        .map((u) => u.code)
        .sort();
    expect(codes('company')).toEqual(['atlas']);
    expect(codes('country')).toEqual(['be', 'ca', 'fr', 'uk']);
    expect(codes('direction')).toEqual(
      ['be', 'ca', 'fr', 'uk'].flatMap((c) =>
        ['communication', 'hr', 'marketing', 'sales'].map((d) => `${c}-${d}`),
      ),
    );
    expect(codes('team').length).toBeGreaterThanOrEqual(8);
    for (const team of units.filter((u) => u.kind === 'team'))
      expect(team.parent?.code).toMatch(/^(fr|be|ca|uk)-/);

    // Who manages whom, read from the database: heads → country director → chief executive.
    const rows = await app.services.db.execute(sql`
      select u.email, o.code as unit, o.kind, m.email as manager, mo.code as manager_unit
      from users u join org_units o on o.id = u.org_unit_id
      left join users m on m.id = u.manager_id left join org_units mo on mo.id = m.org_unit_id`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{
      email: string;
      unit: string;
      kind: string;
      manager: string | null;
      manager_unit: string | null;
    }>;
    expect(list.filter((p) => !p.manager).map((p) => p.unit)).toEqual(['atlas']);
    for (const country of ['fr', 'be', 'ca', 'uk']) {
      const director = list.filter((p) => p.unit === country);
      expect(director).toHaveLength(1);
      expect(director[0]!.manager_unit).toBe('atlas');
      for (const direction of ['communication', 'marketing', 'hr', 'sales']) {
        const heads = list.filter((p) => p.unit === `${country}-${direction}` && p.manager_unit === country);
        expect(heads).toHaveLength(1);
      }
    }
    expect(list.every((p) => /^[a-z0-9.-]+@atlas\.example$/.test(p.email))).toBe(true);
  });

  it('lets each named demo account sign in with the demo password, with its role', async () => {
    expect(demoSignIns.map((s) => s.email)).toEqual([
      'admin@atlas.example',
      'rh@atlas.example',
      'cm@atlas.example',
      'manager@atlas.example',
      'employe@atlas.example',
      'employee@atlas.example',
    ]);
    const expected = {
      'admin@atlas.example': { name: 'Camille Martin', roles: ['admin', 'member'], locale: 'fr' },
      'rh@atlas.example': { name: 'Sophie Bernard', roles: ['hr', 'member'], orgUnit: { code: 'fr-hr' } },
      'cm@atlas.example': { name: 'Julien Moreau', roles: ['chief_cm', 'member'] },
      'manager@atlas.example': { name: 'Thomas Petit', roles: ['member'], orgUnit: { code: 'fr-marketing' } },
      'employe@atlas.example': {
        name: 'Léa Dubois',
        roles: ['member'],
        orgUnit: { code: 'fr-marketing' },
        manager: { name: 'Thomas Petit' },
        timeZone: 'Europe/Paris',
      },
      'employee@atlas.example': {
        name: 'Olivia Smith',
        roles: ['member'],
        locale: 'en',
        timeZone: 'Europe/London',
        orgUnit: { code: 'uk-sales' },
      },
    };
    for (const [email, profile] of Object.entries(expected)) {
      const client = app.client();
      expect((await client.data(SIGN_IN, { email, password: DEMO_PASSWORD })).signIn.__typename).toBe(
        'MutationSignInSuccess',
      );
      const { me } = await client.data(ME);
      expect({ ...me, roles: [...me.roles].sort() }).toMatchObject(profile);
      expect(me.title).toBeTruthy();
    }
    const manager = app.client();
    await manager.data(SIGN_IN, { email: 'manager@atlas.example', password: DEMO_PASSWORD });
    expect((await manager.data(ME)).me.reports.map((r: { name: string }) => r.name)).toContain('Léa Dubois');
  });
});
