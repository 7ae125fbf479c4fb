import type { SeedContext } from './context';
import { type MentionableCommunity, writingCatalogue } from './texts';

/**
 * Loads every text the seed writes into the seed's own work tables (schema bench_seed), so the
 * set-based statements that follow draw bodies by number.
 */
export async function loadCatalogue(ctx: SeedContext, communities: MentionableCommunity[]): Promise<number> {
  const catalogue = await writingCatalogue(communities);
  await ctx.exec(`
    create unlogged table bench_seed.templates (no int primary key, theme int not null, lang text not null,
      question boolean not null, own_comments int not null, mentions boolean not null);
    create unlogged table bench_seed.bodies (template int, month int, variant int, body text not null,
      body_html text not null, tags text[] not null, communities uuid[] not null, primary key (template, month, variant));
    create unlogged table bench_seed.archetype_templates (archetype int, locale text, k int, template int not null,
      lang text not null, primary key (archetype, locale, k));
    create unlogged table bench_seed.comment_texts (pool text, k int, body text not null, body_html text not null,
      communities uuid[] not null, primary key (pool, k));
    create unlogged table bench_seed.polls (no int primary key, lang text not null, body text not null,
      body_html text not null, tags text[] not null, communities uuid[] not null, multiple_choice boolean not null,
      closes_after_days int,
      options text[] not null);`);
  await ctx.insertJson(
    'bench_seed.templates',
    { no: 'int', theme: 'int', lang: 'text', question: 'boolean', own_comments: 'int', mentions: 'boolean' },
    catalogue.templates.map((t) => ({ ...t, own_comments: t.ownComments })),
  );
  await ctx.insertJson(
    'bench_seed.bodies',
    {
      template: 'int',
      month: 'int',
      variant: 'int',
      body: 'text',
      body_html: 'text',
      tags: 'text[]',
      communities: 'uuid[]',
    },
    catalogue.bodies.map((b) => ({ ...b, body_html: b.html })),
  );
  await ctx.insertJson(
    'bench_seed.archetype_templates',
    { archetype: 'int', locale: 'text', k: 'int', template: 'int', lang: 'text' },
    catalogue.archetypeTemplates,
  );
  await ctx.insertJson(
    'bench_seed.comment_texts',
    { pool: 'text', k: 'int', body: 'text', body_html: 'text', communities: 'uuid[]' },
    catalogue.comments.map((c) => ({ ...c, body_html: c.html })),
  );
  await ctx.insertJson(
    'bench_seed.polls',
    {
      no: 'int',
      lang: 'text',
      body: 'text',
      body_html: 'text',
      tags: 'text[]',
      communities: 'uuid[]',
      multiple_choice: 'boolean',
      closes_after_days: 'int',
      options: 'text[]',
    },
    catalogue.polls.map((p) => ({
      ...p,
      body_html: p.html,
      multiple_choice: p.multipleChoice,
      closes_after_days: p.closesAfterDays,
    })),
  );
  await ctx.exec(`
    create unlogged table bench_seed.archetype_template_counts as
      select archetype, locale, min(lang) as lang, count(*)::int as n from bench_seed.archetype_templates group by 1, 2;
    create unlogged table bench_seed.comment_pools as
      select pool, count(*)::int as n from bench_seed.comment_texts group by pool;
    alter table bench_seed.comment_pools add primary key (pool);
    alter table bench_seed.archetype_template_counts add primary key (archetype, locale);
    analyze bench_seed.templates, bench_seed.bodies, bench_seed.archetype_templates, bench_seed.comment_texts,
      bench_seed.polls, bench_seed.archetype_template_counts, bench_seed.comment_pools;`);
  return catalogue.bodies.length + catalogue.comments.length + catalogue.polls.length;
}
