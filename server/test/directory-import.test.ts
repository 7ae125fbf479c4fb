import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

const IMPORT = `mutation($file: File!) {
  importDirectory(file: $file) {
    __typename
    ... on MutationImportDirectorySuccess { data { created updated orgUnitsCreated } }
    ... on ValidationError { issues { field line message } }
    ... on Error { code message }
  }
}`;

const PEOPLE = `query($search: String) {
  users(search: $search, first: 100) {
    edges { node { email name title locale timeZone orgUnit { code } manager { email } } }
  }
}`;

const ORG_UNITS = '{ orgUnits { code name kind parent { code } } }';

/** Sends a file the way the web client does: GraphQL multipart request (operations, map, 0). */
async function upload(client: TestClient, content: string | Uint8Array<ArrayBuffer>, name = 'annuaire.csv') {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: IMPORT, variables: { file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new File([content], name, { type: 'text/csv' }));
  const response = await client.fetch('/graphql', {
    method: 'POST',
    body: form,
    headers: { 'x-graphql-yoga-csrf': '1' },
  });
  const body = (await response.json()) as { data?: { importDirectory: any }; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!.importDirectory;
}

const csv = (lines: string[]) => `${lines.join('\n')}\n`;
const HEADER =
  'email,name,title,org_unit,org_unit_name,org_unit_kind,parent_org_unit,manager_email,locale,time_zone';

let app: TestApp;
let admin: TestClient;
const countPeople = async () =>
  (await app.services.db.select({ n: sql<number>`count(*)::int` }).from(schema.users))[0]!.n;

beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin']);
});
afterAll(() => app.close());

describe('importing the directory from a CSV file', () => {
  it('creates people, org units and managers, then updates them from a changed file', async () => {
    const createdEvents: string[] = [];
    app.services.events.on('user.created', (event) => {
      if (event.via === 'import') createdEvents.push(event.userId);
    });
    // Managers and parent units appear further down the file than the lines that name them.
    const first = csv([
      HEADER,
      'ines.garnier@nord.example,Inès Garnier,Community manager,nord-com,Communication Nord,direction,nord,hugo.lefevre@nord.example,fr,Europe/Paris',
      'hugo.lefevre@nord.example,Hugo Lefèvre,Directeur de la communication,nord-com,,,,marc.aubert@nord.example,fr,Europe/Paris',
      'marc.aubert@nord.example,Marc Aubert,Directeur général,nord,Nord,company,,,fr,Europe/Paris',
      '"emma.clarke@nord.example","Emma Clarke","Chargée de communication, interne",nord-com,,,,hugo.lefevre@nord.example,en,Europe/London',
    ]);
    expect(await upload(admin, first)).toEqual({
      __typename: 'MutationImportDirectorySuccess',
      data: { created: 4, updated: 0, orgUnitsCreated: 2 },
    });
    const people = (await admin.data(PEOPLE, { search: 'nord.example' })).users.edges.map((e: any) => e.node);
    expect(people).toEqual([
      {
        email: 'emma.clarke@nord.example',
        name: 'Emma Clarke',
        title: 'Chargée de communication, interne',
        locale: 'en',
        timeZone: 'Europe/London',
        orgUnit: { code: 'nord-com' },
        manager: { email: 'hugo.lefevre@nord.example' },
      },
      expect.objectContaining({
        email: 'hugo.lefevre@nord.example',
        manager: { email: 'marc.aubert@nord.example' },
      }),
      expect.objectContaining({
        email: 'ines.garnier@nord.example',
        manager: { email: 'hugo.lefevre@nord.example' },
      }),
      expect.objectContaining({
        email: 'marc.aubert@nord.example',
        orgUnit: { code: 'nord' },
        manager: null,
      }),
    ]);
    const units = (await admin.data(ORG_UNITS)).orgUnits;
    expect(units).toEqual(
      expect.arrayContaining([
        { code: 'nord', name: 'Nord', kind: 'company', parent: null },
        { code: 'nord-com', name: 'Communication Nord', kind: 'direction', parent: { code: 'nord' } },
      ]),
    );
    expect(createdEvents).toHaveLength(4);

    // Same people (email case differs), one promoted, one moved under another manager, one new.
    const changed = csv([
      'email,name,title,org_unit,manager_email',
      'INES.GARNIER@nord.example,Inès Garnier,Community manager en chef,nord-com,marc.aubert@nord.example',
      'hugo.lefevre@nord.example,Hugo Lefèvre,Directeur de la communication,nord-com,marc.aubert@nord.example',
      'emma.clarke@nord.example,Emma Clarke,"Chargée de communication, interne",nord-com,ines.garnier@nord.example',
      'paul.renaud@nord.example,Paul Renaud,Chargé de veille,nord-com,ines.garnier@nord.example',
    ]);
    expect((await upload(admin, changed)).data).toEqual({ created: 1, updated: 2, orgUnitsCreated: 0 });
    const after = (await admin.data(PEOPLE, { search: 'nord.example' })).users.edges.map((e: any) => e.node);
    expect(after.find((p: any) => p.email === 'ines.garnier@nord.example')).toMatchObject({
      title: 'Community manager en chef',
      manager: { email: 'marc.aubert@nord.example' },
    });
    // Columns absent from the second file (locale, time zone) kept their values.
    expect(after.find((p: any) => p.email === 'emma.clarke@nord.example')).toMatchObject({
      locale: 'en',
      timeZone: 'Europe/London',
      manager: { email: 'ines.garnier@nord.example' },
    });
    expect(after).toHaveLength(5);

    expect((await upload(admin, changed)).data).toEqual({ created: 0, updated: 0, orgUnitsCreated: 0 });
    const audits = await app.services.db
      .select({ details: schema.auditLog.details })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'directory.imported'));
    expect(audits.map((a) => a.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ created: 4, updated: 0, orgUnitsCreated: 2, rows: 4 }),
      ]),
    );
  });

  it('reports every bad line with its field and writes nothing', async () => {
    const before = await countPeople();
    const bad = csv([
      'email,name,org_unit,manager_email',
      'alice.roy@sud.example,Alice Roy,,',
      'not-an-email,Bob Martin,,',
      'chloe.petit@sud.example,Chloé Petit,,alice.roy@sud.example',
      'david.moulin@sud.example,David Moulin,sud-inconnu,',
      'ALICE.ROY@sud.example,Alice Roy bis,,',
    ]);
    const result = await upload(admin, bad);
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toEqual([
      { field: 'email', line: 3, message: 'Enter a valid email address.' },
      { field: 'org_unit', line: 5, message: 'Unknown org unit: sud-inconnu.' },
      { field: 'email', line: 6, message: 'Duplicate email address in the file (already on line 2).' },
    ]);
    expect(await countPeople()).toBe(before);
    expect((await admin.data(PEOPLE, { search: 'sud.example' })).users.edges).toEqual([]);
  });

  it('refuses reporting loops and org-chart loops, in the viewer’s language', async () => {
    const fr = await app.signedIn(['admin'], { locale: 'fr' });
    const loops = csv([
      HEADER,
      'a.leroy@boucle.example,Anne Leroy,,boucle-a,Boucle A,team,boucle-b,b.henry@boucle.example,,',
      'b.henry@boucle.example,Bruno Henry,,boucle-b,Boucle B,team,boucle-a,a.leroy@boucle.example,,',
    ]);
    const result = await upload(fr, loops);
    const orgChart = "Cette ligne crée une boucle dans l'organigramme : boucle-a → boucle-b → boucle-a.";
    const reporting =
      'Cette ligne crée une boucle hiérarchique : a.leroy@boucle.example → b.henry@boucle.example → a.leroy@boucle.example.';
    expect(result.issues).toEqual([
      { field: 'parent_org_unit', line: 2, message: orgChart },
      { field: 'manager_email', line: 2, message: reporting },
      { field: 'parent_org_unit', line: 3, message: orgChart },
      { field: 'manager_email', line: 3, message: reporting },
    ]);
  });

  it('reads semicolon-separated files with a byte-order mark and loosely written headers', async () => {
    const text = csv([
      ' Email ;NAME; Title ;Org_Unit;org_unit_name;ORG_UNIT_KIND',
      'lucie.fontaine@est.example;Lucie Fontaine;Chargée de recrutement, alternance;est-rh;RH Est;direction',
      'samuel.girard@est.example;Samuel Girard;Key account manager;est-rh;;',
    ]);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect((await upload(admin, bytes)).data).toEqual({ created: 2, updated: 0, orgUnitsCreated: 1 });
    const people = (await admin.data(PEOPLE, { search: 'est.example' })).users.edges.map((e: any) => e.node);
    expect(people.map((p: any) => [p.email, p.title, p.orgUnit?.code])).toEqual([
      ['lucie.fontaine@est.example', 'Chargée de recrutement, alternance', 'est-rh'],
      ['samuel.girard@est.example', 'Key account manager', 'est-rh'],
    ]);
  });

  it('refuses people who are not admins, and files that are not UTF-8', async () => {
    const before = await countPeople();
    const file = csv(['email,name', 'zoe.marchand@ouest.example,Zoé Marchand']);
    for (const roles of [['hr'], ['chief_cm'], []] as const) {
      const client = await app.signedIn([...roles]);
      expect(await upload(client, file)).toMatchObject({
        __typename: 'NotAllowedError',
        code: 'NOT_ALLOWED',
      });
    }
    expect(await upload(app.client(), file)).toMatchObject({ __typename: 'NotSignedInError' });
    expect(await countPeople()).toBe(before + 3);

    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('email,name\nzoe@ouest.example,Zo'),
      0xe9,
      0x0a,
    ]);
    expect((await upload(admin, latin1)).issues).toEqual([
      { field: 'file', line: null, message: 'The file is not UTF-8: save it as "CSV UTF-8".' },
    ]);
  });

  it('explains files it cannot read', async () => {
    expect((await upload(admin, csv(['name,courriel', 'Zoé Marchand,zoe@ouest.example']))).issues).toEqual([
      {
        field: 'courriel',
        line: 1,
        message: expect.stringMatching(/^Unknown column: courriel\. Possible columns: email, name, title/),
      },
      { field: 'email', line: 1, message: 'Required column missing: email.' },
    ]);
    expect((await upload(admin, csv(['email,name']))).issues).toEqual([
      { field: 'file', line: null, message: 'The file has no rows.' },
    ]);
    const quotes = csv(['email,name', 'zoe@ouest.example,Zoé', 'yves@ouest.example,"Yves Marchand']);
    expect((await upload(admin, quotes)).issues).toEqual([
      { field: 'file', line: 3, message: 'Unbalanced quotes from this line on.' },
    ]);
  });

  it('imports 5,000 people in a handful of SQL statements', async () => {
    const lines = [HEADER];
    for (let team = 0; team < 50; team++) {
      const lead = `lead${team}@grand.example`;
      lines.push(
        `${lead},Lead ${team},Responsable d'équipe,grand-${team},Équipe ${team},team,grand,boss@grand.example,fr,Europe/Paris`,
      );
      for (let i = 1; i < 100; i++)
        lines.push(
          `p${team}-${i}@grand.example,Personne ${team}-${i},Chargé de projet,grand-${team},,,,${lead},en,America/Toronto`,
        );
    }
    lines.push(
      'boss@grand.example,Grand Patron,Directeur général,grand,Grand Groupe,company,,,fr,Europe/Paris',
    );
    app.queries.length = 0;
    const started = performance.now();
    const result = await upload(admin, csv(lines));
    const seconds = (performance.now() - started) / 1000;
    expect(result.data).toEqual({ created: 5001, updated: 0, orgUnitsCreated: 51 });
    expect(app.queries.length).toBeLessThan(20);
    expect(seconds).toBeLessThan(30);
    const [managed] = await app.services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.users)
      .where(sql`${schema.users.email} like '%@grand.example' and ${schema.users.managerId} is not null`);
    expect(managed?.n).toBe(5000);
  });
});
