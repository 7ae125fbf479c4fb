import type { PluginSchema } from '@levain/server/plugin';
import { type ArticleChange, articleChanges } from '../../shared/diff';
import {
  type ArticleRow,
  type CharterView,
  isAcknowledged,
  type Localised,
  type VersionView,
} from '../charters/model';
import { articleRuleId } from '../moderation/rules';

const kinds = ['SOCIAL_MEDIA', 'BEHAVIOUR', 'COMMUNITY', 'EDITORIAL'] as const;
export const kindOf = (kind: CharterView['kind']) => kind.toUpperCase() as (typeof kinds)[number];

/** The charter plugin's types: a charter, its versions, their numbered articles, acknowledgements. */
export function charterTypes({ builder }: PluginSchema) {
  const CharterKind = builder.enumType('CharterKind', {
    description:
      'Social-media charter (speaking about the company outside), behaviour charter (this network), a community’s own charter (adds to the behaviour charter), editorial charter (official accounts and CMs).',
    values: kinds,
  });

  const pick = (text: Localised, locale: 'fr' | 'en') => text[locale] || text.fr || text.en;

  const CharterArticleText = builder.objectRef<{ article: ArticleRow; locale: 'fr' | 'en' }>(
    'CharterArticleText',
  );
  CharterArticleText.implement({
    description: 'An article in one language, as written (for editing).',
    fields: (t) => ({
      title: t.string({ resolve: ({ article, locale }) => article.title[locale] }),
      body: t.string({ resolve: ({ article, locale }) => article.body[locale] }),
      acceptable: t.string({ resolve: ({ article, locale }) => article.acceptable[locale] }),
      unacceptable: t.string({ resolve: ({ article, locale }) => article.unacceptable[locale] }),
    }),
  });

  const CharterArticle = builder.objectRef<ArticleRow>('CharterArticle').implement({
    description: 'A numbered article, in the viewer’s language (the other when not translated).',
    fields: (t) => ({
      id: t.id({
        description: 'What reports and moderation decisions cite (`rule`, `rules` of `moderate`).',
        resolve: (a) => articleRuleId(a.versionId, a.number),
      }),
      number: t.exposeInt('number'),
      title: t.string({ resolve: (a, _args, ctx) => pick(a.title, ctx.locale) }),
      body: t.string({
        description: 'Markdown, shown as text.',
        resolve: (a, _args, ctx) => pick(a.body, ctx.locale),
      }),
      acceptable: t.string({
        description: 'Examples of what is acceptable, one a line.',
        resolve: (a, _args, ctx) => pick(a.acceptable, ctx.locale),
      }),
      unacceptable: t.string({
        description: 'Examples of what is not, one a line.',
        resolve: (a, _args, ctx) => pick(a.unacceptable, ctx.locale),
      }),
      fr: t.field({ type: CharterArticleText, resolve: (article) => ({ article, locale: 'fr' as const }) }),
      en: t.field({ type: CharterArticleText, resolve: (article) => ({ article, locale: 'en' as const }) }),
    }),
  });

  const ArticleChangeKind = builder.enumType('CharterArticleChangeKind', {
    values: ['ADDED', 'CHANGED', 'REMOVED'] as const,
  });
  const CharterArticleChange = builder
    .objectRef<ArticleChange<ArticleRow>>('CharterArticleChange')
    .implement({
      description: 'What a version changed in one article, against the version before it.',
      fields: (t) => ({
        number: t.exposeInt('number'),
        change: t.field({ type: ArticleChangeKind, resolve: (c) => c.change }),
        before: t.field({ type: CharterArticle, nullable: true, resolve: (c) => c.before }),
        after: t.field({ type: CharterArticle, nullable: true, resolve: (c) => c.after }),
      }),
    });

  const CharterVersion = builder.objectRef<VersionView>('CharterVersion').implement({
    description:
      'A published version: a major one asks everyone to acknowledge it again, a minor one informs.',
    fields: (t) => ({
      id: t.exposeID('id'),
      number: t.exposeInt('number', { description: 'Publications so far: 1, 2, 3…' }),
      major: t.exposeBoolean('major'),
      summary: t.string({ resolve: (v, _args, ctx) => pick(v.summary, ctx.locale) }),
      publishedAt: t.field({ type: 'DateTime', resolve: (v) => v.publishedAt }),
      articles: t.field({ type: [CharterArticle], resolve: (v) => v.articles }),
      changes: t.field({
        type: [CharterArticleChange],
        description:
          'Article by article, what changed since the version before (everything is added in the first).',
        resolve: (v) => articleChanges(v.previousArticles, v.articles),
      }),
    }),
  });

  const CharterAcknowledgement = builder
    .objectRef<{ versionNumber: number; acknowledgedAt: Date }>('CharterAcknowledgement')
    .implement({
      description: 'The viewer stated they read a version ("j’ai pris connaissance"): which one, when.',
      fields: (t) => ({
        versionNumber: t.exposeInt('versionNumber'),
        acknowledgedAt: t.field({ type: 'DateTime', resolve: (a) => a.acknowledgedAt }),
      }),
    });

  const Charter = builder.objectRef<CharterView>('Charter').implement({
    description: 'A charter made of numbered articles, versioned.',
    fields: (t) => ({
      id: t.exposeID('id'),
      kind: t.field({ type: CharterKind, resolve: (c) => kindOf(c.kind) }),
      communityId: t.globalID({
        nullable: true,
        description: 'The community whose own charter this is (it adds to the behaviour charter).',
        resolve: (c) => (c.communityId ? { type: 'Community', id: c.communityId } : null),
      }),
      title: t.string({ resolve: (c, _args, ctx) => pick(c.title, ctx.locale) }),
      currentVersion: t.field({
        type: CharterVersion,
        nullable: true,
        resolve: (c) => c.versions[0] ?? null,
      }),
      versions: t.field({
        type: [CharterVersion],
        description: 'Every version, the latest first.',
        resolve: (c) => c.versions,
      }),
      myAcknowledgement: t.field({
        type: CharterAcknowledgement,
        nullable: true,
        description: 'The viewer’s latest acknowledgement of this charter.',
        resolve: (c) => c.myAcknowledgement,
      }),
      acknowledgedByMe: t.boolean({
        description: 'Whether the viewer acknowledged the current major version (a minor one only informs).',
        resolve: (c) => isAcknowledged(c),
      }),
    }),
  });

  return { Charter, CharterKind, CharterVersion, CharterArticle };
}

export type CharterTypes = ReturnType<typeof charterTypes>;
