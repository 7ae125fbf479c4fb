import { type Db, schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { locales } from '../i18n/messages';
import { type MentionResolver, renderMarkdown } from '../markdown/render';

/**
 * The hook for a translation service. Levain ships none (nothing leaves the server by default): a
 * plugin that brings one gives `translatePost` in its definition. It gets a post's Markdown body and
 * returns it in the target language, or null; the answer is rendered and sanitised like any body.
 */
export type TranslatePost = (input: {
  postId: string;
  body: string;
  from: string;
  to: (typeof locales)[number];
}) => Promise<string | null>;

/** A translation links to nobody: mentions stay the names they were. */
const noReferences: MentionResolver = {
  usersById: async () => new Map(),
  usersByEmail: async () => new Map(),
  communitiesBySlug: async () => new Map(),
};

/**
 * After a post is published or edited: its body in each UI language other than its own, from the
 * first provider that answers. An edit replaces the old translations; no provider, no translation.
 */
export async function translatePost(db: Db, postId: string, providers: TranslatePost[]): Promise<void> {
  const post = await db.query.posts.findFirst({
    where: { id: postId },
    columns: { id: true, body: true, language: true },
  });
  if (!post?.language) return;
  await db.delete(schema.postTranslations).where(eq(schema.postTranslations.postId, post.id));
  for (const to of locales) {
    if (to === post.language) continue;
    for (const provide of providers) {
      const translated = await provide({ postId: post.id, body: post.body, from: post.language, to });
      if (!translated) continue;
      const { html: bodyHtml } = await renderMarkdown(translated, noReferences);
      await db
        .insert(schema.postTranslations)
        .values({ postId: post.id, language: to, bodyHtml })
        .onConflictDoUpdate({
          target: [schema.postTranslations.postId, schema.postTranslations.language],
          set: { bodyHtml, createdAt: sql`now()` },
        });
      break;
    }
  }
}
