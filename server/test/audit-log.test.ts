import { randomUUID } from 'node:crypto';
import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../src/audit';
import { createCommunity } from './support/documents/communities';
import { createPost } from './support/documents/posts';
import { gid } from './support/documents/search';
import { type HttpApp, startHttpApp } from './support/real-http';

const LOG = `query($filter: AuditLogFilter) { auditLog(first: 50, filter: $filter) {
  edges { node { action sentence subject { label link } actor { name } createdAt } } } }`;

let app: HttpApp;
let admin: { userId: string; cookie: string };
let hr: { userId: string; cookie: string };
let lea: { userId: string; cookie: string };
let slug: string;

async function gql(
  who: { cookie: string },
  query: string,
  variables: Record<string, unknown> = {},
  lang = 'fr',
) {
  const response = await fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: who.cookie,
      origin: app.origin,
      'accept-language': lang,
    },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: any; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  app = await startHttpApp();
  admin = await app.sessionFor({ name: 'Camille Martin', locale: 'fr' });
  hr = await app.sessionFor({ name: 'Sophie Bernard', locale: 'fr' });
  lea = await app.sessionFor({ name: 'Léa Dubois' });
  const db = app.services.db;
  await db.insert(schema.userRoles).values([
    { userId: admin.userId, role: 'admin' },
    { userId: hr.userId, role: 'hr' },
  ]);
  const community = await createCommunity(app, { name: 'Cuisine', members: [{ userId: lea.userId }] });
  slug = community.slug;
  const post = await createPost(app, {
    authorId: lea.userId,
    communityId: community.id,
    body: `Merci @[Sophie Bernard](user:${hr.userId}) pour la recette`,
  });
  // Entries at known moments, so that the date filter has something to cut.
  const entries = [
    [admin.userId, 'user.deactivated', 'user', lea.userId, {}, '2026-11-02T09:00:00Z'],
    [
      admin.userId,
      'user.roles-changed',
      'user',
      hr.userId,
      { added: ['hr'], removed: [] },
      '2026-11-10T09:00:00Z',
    ],
    [admin.userId, 'moderation.remove', 'post', post.id, { reason: 'Hors sujet' }, '2026-11-20T09:00:00Z'],
    [hr.userId, 'invitation.created', 'invitation', null, { count: 3 }, '2026-11-21T09:00:00Z'],
  ] as const;
  for (const [actor, action, type, id, details, when] of entries) {
    await audit(db, actor, action, type, id, { ...details });
    await db
      .update(schema.auditLog)
      .set({ createdAt: at(when) })
      .where(eq(schema.auditLog.action, action));
  }
});
afterAll(() => app.close());

describe('the audit log', () => {
  it('reads as sentences in the admin’s language, with links to what was acted on', async () => {
    const { auditLog } = await gql(admin, LOG);
    const lines = auditLog.edges.map(({ node }: any) => ({
      who: node.actor?.name,
      what: node.sentence.replace('{subject}', node.subject?.label ?? '?'),
      link: node.subject?.link ?? null,
    }));
    expect(lines).toEqual([
      { who: 'Sophie Bernard', what: 'a invité 3 personne(s) par e-mail', link: null },
      {
        who: 'Camille Martin',
        what: 'a retiré « Merci @Sophie Bernard pour la recette » — motif : Hors sujet',
        link: expect.stringMatching(new RegExp(`^/communities/${slug}/posts/[0-9a-f-]{36}$`)),
      },
      {
        who: 'Camille Martin',
        what: 'a changé les rôles de Sophie Bernard : + RH',
        link: `/people/${hr.userId}`,
      },
      { who: 'Camille Martin', what: 'a désactivé le compte de Léa Dubois', link: `/people/${lea.userId}` },
    ]);
    const english = await gql(lea, LOG, {}, 'en').catch((error: Error) => error.message);
    expect(english).toMatch(/NOT_ALLOWED|not allowed/i);
  });

  it('filters by actor, by action and by dates', async () => {
    const actions = (data: any) => data.auditLog.edges.map((e: any) => e.node.action);
    expect(actions(await gql(admin, LOG, { filter: { actor: gid('User', hr.userId) } }))).toEqual([
      'invitation.created',
    ]);
    expect(actions(await gql(admin, LOG, { filter: { action: 'user.deactivated' } }))).toEqual([
      'user.deactivated',
    ]);
    const november = { from: '2026-11-05T00:00:00Z', to: '2026-11-21T00:00:00Z' };
    expect(actions(await gql(admin, LOG, { filter: november }))).toEqual([
      'moderation.remove',
      'user.roles-changed',
    ]);
    const options = await gql(admin, '{ auditLogActions { action label } auditLogActors { name } }');
    expect(options.auditLogActions).toContainEqual({
      action: 'user.deactivated',
      label: 'a désactivé le compte de …',
    });
    expect(options.auditLogActors.map((u: any) => u.name)).toEqual(['Camille Martin', 'Sophie Bernard']);
  });

  it('exports what the filters show as CSV, for admins only', async () => {
    const url = `${app.origin}/api/audit-log.csv?from=2026-11-05T00:00:00Z`;
    const response = await fetch(url, { headers: { cookie: admin.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('date,qui,action,ce qui a été fait,lien');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('a retiré « Merci @Sophie Bernard pour la recette » — motif : Hors sujet');
    expect(lines[2]).toContain(`${app.origin}/communities/${slug}/posts/`);

    expect((await fetch(url, { headers: { cookie: hr.cookie } })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
    expect(
      (await fetch(`${app.origin}/api/audit-log.csv?from=yesterday`, { headers: { cookie: admin.cookie } }))
        .status,
    ).toBe(400);
  });

  it('names what no longer exists, without a link', async () => {
    await audit(app.services.db, admin.userId, 'comment.deleted', 'comment', randomUUID(), {});
    const { auditLog } = await gql(admin, LOG, { filter: { action: 'comment.deleted' } });
    expect(auditLog.edges[0].node).toMatchObject({
      sentence: 'a supprimé le commentaire {subject}',
      subject: { label: 'un commentaire supprimé', link: null },
    });
  });
});
