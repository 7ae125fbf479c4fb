import { type MentionResolver, type RenderedMarkdown, renderMarkdown } from '@levain/server/seeding';

const none = async () => new Map();
/** For texts that mention nobody: renders Markdown without looking anyone up. */
export const plainResolver: MentionResolver = {
  usersById: none,
  usersByEmail: none,
  communitiesBySlug: none,
};

/** What a post or comment says: a template, the words for its slots, maybe a colleague to mention. */
export type Writing = { template: string; fills: Record<string, string>; mentionId?: string };

export type Body = { body: string; html: string; rendered: RenderedMarkdown };

type Person = { id: string; name: string };
type CommunityRef = { id: string; slug: string; name: string };

const SLOT = /\{(\w+)\}/g;
const htmlEscapes: Record<string, string> = { '&': '&#x26;', '<': '&#x3C;', '>': '&#x3E;', '"': '&#x22;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => htmlEscapes[c]!);

/**
 * Renders demo bodies with the app's own Markdown renderer, quickly: a template is rendered once
 * with its slots left in place, then each post gets its words put into both the Markdown and the
 * HTML (the words are plain text, escaped for HTML). Only bodies mentioning someone are rendered
 * one by one, so the mention is resolved like in the composer.
 */
export class BodyRenderer {
  private templates = new Map<string, RenderedMarkdown>();
  private readonly resolver: MentionResolver;
  private readonly byId: Map<string, Person>;

  constructor(people: Person[], communities: CommunityRef[]) {
    const byId = new Map(people.map((p) => [p.id, p]));
    this.byId = byId;
    const bySlug = new Map(communities.map((c) => [c.slug, c]));
    const found = <T>(keys: string[], map: Map<string, T>) =>
      new Map(keys.flatMap((key) => (map.has(key) ? [[key, map.get(key)!] as const] : [])));
    this.resolver = {
      usersById: async (ids) => found(ids, byId),
      usersByEmail: async () => new Map(),
      communitiesBySlug: async (slugs) => found(slugs, bySlug),
    };
  }

  private fill(template: string, fills: Record<string, string>, encode = (s: string) => s): string {
    return template.replace(SLOT, (_whole, slot: string) => {
      const value = fills[slot];
      if (value === undefined) throw new Error(`No value for {${slot}} in demo text "${template}"`);
      return encode(value);
    });
  }

  async render(writing: Writing): Promise<Body> {
    if (writing.mentionId) {
      const mention = `@[${this.byId.get(writing.mentionId)!.name}](user:${writing.mentionId})`;
      const body = this.fill(writing.template, { ...writing.fills, mention });
      const rendered = await renderMarkdown(body, this.resolver);
      return { body, html: rendered.html, rendered };
    }
    let rendered = this.templates.get(writing.template);
    if (!rendered) {
      rendered = await renderMarkdown(writing.template, this.resolver);
      this.templates.set(writing.template, rendered);
    }
    return {
      body: this.fill(writing.template, writing.fills),
      html: this.fill(rendered.html, writing.fills, escapeHtml),
      rendered,
    };
  }

  /** Distinct renders so far, for the seed's log. */
  get renderedTemplates(): number {
    return this.templates.size;
  }
}
