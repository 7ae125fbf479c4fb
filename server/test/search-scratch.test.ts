import { afterAll, beforeAll, expect, test } from 'vitest';
import { searchAll } from '../src/search/query';
import { createCommunity } from './factories/communities';
import { createComment, createPost } from './factories/posts';
import { createTestApp, type TestApp } from './harness';

let app: TestApp;
beforeAll(async () => { app = await createTestApp(); });
afterAll(async () => { await app?.close(); });

test('scratch', async () => {
  const u = await app.createUser({ name: 'Léa Dubois' });
  const viewer = { id: u.id, name: 'x', email: u.email, roles: new Set<any>(['member']), orgUnitId: null, locale: 'fr', timeZone: 'Europe/Paris' };
  const c = await createCommunity(app, { name: 'Équipe Marketing' });
  const p = await createPost(app, { authorId: u.id, communityId: c.id, body: 'Bravo à toute l’équipe pour la <script>alert(1)</script> réussite #equipe', hashtags: ['equipe'] });
  await createComment(app, { postId: p.id, authorId: u.id, body: 'Running the team meetings' });
  for (const q of ['equipe', 'run', 'lea', 'marketng', 'Equipe marketing']) {
    const r = await searchAll(app.services.db, viewer as any, q, {}, { first: 10, after: null });
    console.log(q, JSON.stringify(r, null, 1));
  }
});
