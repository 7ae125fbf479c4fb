export type Lang = 'fr' | 'en';

/**
 * What one kind of community talks about, in French and in English. Words in braces are filled
 * in for each post (see fills.ts: {month}, {client}, {city}…); {mention} becomes a mention of a
 * member of the community, {firstName} the first name of the person a comment answers.
 */
export type Theme = {
  posts: Record<Lang, PostTemplate[]>;
  /** Comments that fit any post of the theme. */
  comments: Record<Lang, string[]>;
};

/** A post's text, alone or followed by comments that only make sense under that post. */
export type PostTemplate = string | readonly [body: string, ...comments: string[]];

/** A poll the demo opens in a community, with how long it stays open after its post. */
export type PollSeed = {
  community: string;
  lang: Lang;
  body: string;
  options: string[];
  multipleChoice?: boolean;
  /** Days between publication and closing; null: never closes. */
  closesAfterDays: number | null;
};

/** A post written for one community: an announcement, a pinned post, a post awaiting approval. */
export type CommunityPostSeed = {
  community: string;
  body: string;
  /** Days before the seed's "now". */
  daysAgo: number;
};
