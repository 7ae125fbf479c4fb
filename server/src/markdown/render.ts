import type { Root as HastRoot } from 'hast';
import type { Link, PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString as plainText } from 'mdast-util-to-string';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import {
  COMMUNITY_MENTION,
  findCommunitySlugs,
  findMentionLinks,
  HASHTAG,
  normaliseTag,
  paths,
} from './tokens';

type Person = { id: string; name: string };
type CommunityRef = { id: string; slug: string; name: string };

/** Looks up what a body refers to; the caller decides who and what the author may mention. */
export type MentionResolver = {
  usersById(ids: string[]): Promise<Map<string, Person>>;
  usersByEmail(emails: string[]): Promise<Map<string, Person>>;
  communitiesBySlug(slugs: string[]): Promise<Map<string, CommunityRef>>;
};

export type RenderedMarkdown = {
  html: string;
  mentionedUserIds: string[];
  mentionedCommunityIds: string[];
  hashtags: string[];
};

const linkClasses = ['mention', 'hashtag', 'community-mention'];

/**
 * GitHub's rules (no script, style, iframe or event handler; links and images only over http(s),
 * mailto or relative paths) plus the classes our own links carry.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')),
      ['className', 'data-footnote-backref', ...linkClasses],
    ],
    // A fenced block's language becomes a class: a plain word only, never markup in an attribute.
    code: [['className', /^language-[\w+#.-]+$/]],
  },
};

const parser = unified().use(remarkParse).use(remarkGfm);
const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeExternalLinks, { target: '_blank', rel: ['noopener', 'noreferrer', 'nofollow'] });
const stringifier = unified().use(rehypeStringify);

function internalLink(url: string, className: string, text: string): Link {
  return {
    type: 'link',
    url,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: [className] } },
  };
}

/**
 * Renders a post or comment body to safe HTML once, at write time, and extracts what it refers to:
 * people (`@[Name](user:<uuid>)` from the composer's autocomplete, or `@email`), communities
 * (`!slug`) and hashtags. Unknown references stay plain text.
 */
export async function renderMarkdown(source: string, resolver: MentionResolver): Promise<RenderedMarkdown> {
  const tree = parser.runSync(parser.parse(source)) as Root;

  const mentionLinks = findMentionLinks(tree);
  const [byId, byEmail, communities] = await Promise.all([
    resolver.usersById([...new Set(mentionLinks.flatMap((m) => (m.userId ? [m.userId] : [])))]),
    resolver.usersByEmail([...new Set(mentionLinks.flatMap((m) => (m.email ? [m.email] : [])))]),
    resolver.communitiesBySlug(findCommunitySlugs(tree)),
  ]);

  const mentionedUserIds = new Set<string>();
  for (const mention of mentionLinks) {
    const person = mention.userId
      ? byId.get(mention.userId)
      : mention.email
        ? byEmail.get(mention.email)
        : null;
    if (person) {
      mentionedUserIds.add(person.id);
      Object.assign(mention.node, internalLink(paths.person(person.id), 'mention', `@${person.name}`));
      if (mention.before) mention.before.value = mention.before.value.slice(0, -1);
    } else if (mention.node.url.startsWith('user:')) {
      // A composer token for someone who no longer exists: keep the visible name, drop the link.
      mention.replace({ type: 'text', value: plainText(mention.node) });
    }
  }

  const hashtags = new Set<string>();
  const mentionedCommunityIds = new Set<string>();
  findAndReplace(
    tree,
    [
      [
        HASHTAG,
        (whole: string, word: string): PhrasingContent | false => {
          const tag = normaliseTag(word);
          if (!tag) return false;
          hashtags.add(tag);
          return internalLink(paths.hashtag(tag), 'hashtag', whole);
        },
      ],
      [
        COMMUNITY_MENTION,
        (whole: string, slug: string): PhrasingContent | false => {
          const community = communities.get(slug);
          if (!community) return false;
          mentionedCommunityIds.add(community.id);
          return internalLink(paths.community(community.slug), 'community-mention', whole);
        },
      ],
    ],
    { ignore: ['link', 'linkReference'] },
  );

  const hast = (await toHtml.run(tree)) as HastRoot;
  return {
    html: stringifier.stringify(hast),
    mentionedUserIds: [...mentionedUserIds],
    mentionedCommunityIds: [...mentionedCommunityIds],
    hashtags: [...hashtags],
  };
}
