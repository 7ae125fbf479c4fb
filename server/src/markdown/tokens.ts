import type { Link, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Where the web client shows a person, a community and a hashtag. */
export const paths = {
  person: (id: string) => `/people/${id}`,
  community: (slug: string) => `/communities/${slug}`,
  hashtag: (tag: string) => `/hashtags/${encodeURIComponent(tag)}`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_TAG_LENGTH = 50;

/** `#word` not glued to a previous word, URL fragment or entity; letters of any script. */
export const HASHTAG = /(?<![\p{L}\p{N}_&#/])#([\p{L}\p{N}_]+)/gu;
/** `!slug` at the start of a word. */
export const COMMUNITY_MENTION = /(?<![\p{L}\p{N}_!])!([a-z0-9][a-z0-9-]{1,79})/gu;

/**
 * The stored form of a hashtag: accents folded and lower-cased, so #Été, #ete and #ÉTÉ are one
 * tag. Null when the word has no letter (#2026 is a number, not a tag) or is too long.
 */
export function normaliseTag(word: string): string | null {
  const tag = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (!/\p{L}/u.test(tag) || tag.length > MAX_TAG_LENGTH) return null;
  return tag;
}

/** The text just before a node among its siblings, when it is plain text. */
function textBefore(parent: { children: unknown[] } | undefined, index: number | undefined): Text | null {
  if (!parent || index === undefined || index === 0) return null;
  const previous = parent.children[index - 1] as Text;
  return previous.type === 'text' ? previous : null;
}

/** A link the composer inserted for a person (`@[Name](user:<uuid>)`) or an `@email` autolink. */
export type MentionLink = {
  node: Link;
  before: Text | null;
  /** Where the link sits, to replace it by plain text when nobody matches. */
  replace: (text: Text) => void;
  userId?: string;
  email?: string;
};

/** Finds the people a body mentions, before any lookup. */
export function findMentionLinks(tree: Root): MentionLink[] {
  const found: MentionLink[] = [];
  visit(tree, 'link', (node, index, parent) => {
    const before = textBefore(parent, index);
    const replace = (text: Text) => {
      if (parent && index !== undefined) parent.children[index] = text;
    };
    if (node.url.startsWith('user:')) {
      const id = node.url.slice('user:'.length);
      found.push({ node, before, replace, ...(UUID.test(id) && { userId: id.toLowerCase() }) });
    } else if (node.url.startsWith('mailto:') && before?.value.endsWith('@')) {
      found.push({ node, before, replace, email: node.url.slice('mailto:'.length).toLowerCase() });
    }
  });
  return found;
}

/** Slugs written as `!slug` outside links and code. */
export function findCommunitySlugs(tree: Root): string[] {
  const slugs = new Set<string>();
  visit(tree, 'text', (node, _index, parent) => {
    if (parent?.type === 'link' || parent?.type === 'linkReference') return;
    for (const match of node.value.matchAll(COMMUNITY_MENTION)) slugs.add(match[1]!);
  });
  return [...slugs];
}
