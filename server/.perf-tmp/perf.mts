import { sql } from 'drizzle-orm';
import { queryRows } from '@levain/db';
import { buildApp } from '/work/main/server/src/app';
import { loadConfig } from '/work/main/server/src/config';
import { installedPlugins } from '/work/main/server/src/plugins';
import { seedDemoIfEmpty } from '/work/main/server/src/seed/demo';
import { randomUUID } from 'node:crypto';
const app = await buildApp({ config: loadConfig(), plugins: installedPlugins() });
await seedDemoIfEmpty(app.services);
const db = app.services.db;
const users = await queryRows<{ id: string }>(db, sql`select id from users`);
const [c] = await queryRows<{ id: string }>(db, sql`insert into communities (slug, name) values ('x','X') returning id`);
const body = 'Bonjour à tous ! Le **lancement** de l’intranet approche : #intranet2027 — merci pour vos retours sur la charte de comportement et le droit à la déconnexion. Les résultats du baromètre arrivent.';
const posts = Array.from({ length: 2000 }, (_, i) => ({ id: randomUUID(), community_id: c!.id, author_id: users[i % users.length]!.id, body: body + i % 300, body_html: `<p>${body}</p>`, published_at: new Date(Date.now() - i * 3600_000).toISOString().replace('Z', '123Z') }));
let t = performance.now();
await db.transaction(async (tx) => {
  await tx.execute(sql`insert into posts (id, community_id, author_id, body, body_html, published_at)
    select id, community_id, author_id, body, body_html, published_at from jsonb_to_recordset(${JSON.stringify(posts)}::jsonb)
    as r(id uuid, community_id uuid, author_id uuid, body text, body_html text, published_at timestamptz)`);
  console.log('posts', performance.now() - t); t = performance.now();
  const comments = Array.from({ length: 5000 }, (_, i) => ({ id: randomUUID(), post_id: posts[i % 2000]!.id, author_id: users[i % users.length]!.id, body: 'Merci, très utile pour notre veille ' + (i % 200), body_html: '<p>Merci</p>' }));
  await tx.execute(sql`insert into comments (id, post_id, author_id, body, body_html)
    select id, post_id, author_id, body, body_html from jsonb_to_recordset(${JSON.stringify(comments)}::jsonb)
    as r(id uuid, post_id uuid, author_id uuid, body text, body_html text)`);
  console.log('comments', performance.now() - t); t = performance.now();
  const reactions = [];
  for (let p = 0; p < 2000; p++) for (let k = 0; k < 8; k++) reactions.push({ post_id: posts[p]!.id, user_id: users[(p + k * 7) % users.length]!.id, kind: ['like','bravo','support','insightful','curious'][k % 5] });
  await tx.execute(sql`insert into post_reactions (post_id, user_id, kind)
    select post_id, user_id, kind from jsonb_to_recordset(${JSON.stringify(reactions)}::jsonb)
    as r(post_id uuid, user_id uuid, kind reaction_kind)`);
  console.log('reactions', reactions.length, performance.now() - t); t = performance.now();
  const imps = [];
  for (let p = 0; p < 2000; p++) for (let k = 0; k < 20; k++) imps.push({ post_id: posts[p]!.id, user_id: users[(p + k * 3) % users.length]!.id });
  await tx.execute(sql`insert into post_impressions (post_id, user_id)
    select post_id, user_id from jsonb_to_recordset(${JSON.stringify(imps)}::jsonb)
    as r(post_id uuid, user_id uuid)`);
  console.log('impressions', imps.length, performance.now() - t); t = performance.now();
});
await app.close();
