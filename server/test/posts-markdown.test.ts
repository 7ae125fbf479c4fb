import { schema } from '@levain/db';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MentionResolver, renderMarkdown } from '../src/markdown/render';
import { normaliseTag } from '../src/markdown/tokens';
import { createCommunity } from './support/documents/communities';
import { gid, post } from './support/fixtures/posts';
import { createTestApp, type TestApp } from './support/harness';

const nobody: MentionResolver = {
  usersById: async () => new Map(),
  usersByEmail: async () => new Map(),
  communitiesBySlug: async () => new Map(),
};

/** Pieces attackers combine: raw HTML, event handlers, script URLs in every Markdown form, entities. */
const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<div style="background:url(javascript:alert(1))" onclick="x()">',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](javascript&colon;alert(1))',
  '![img](javascript:alert(1))',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<http://a.example" onmouseover="alert(1)>',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](vbscript:msgbox(1))',
  '`<script>`',
  '```html\n<script>alert(1)</script>\n```',
  ' onerror=alert(1) ',
  '"><script>alert(1)</script>',
  '@[Name](javascript:alert(1))',
  '#tag !slug @someone@example.com',
  '| a | b |\n|---|---|\n| <img src=x onerror=y> | [z](javascript:q) |',
  '- [ ] task <b onmouseover=x>',
  '[^1]\n\n[^1]: <script>x</script>',
);
const body = fc
  .array(fc.oneof(hostile, fc.string(), fc.constantFrom('\n', ' ', '*', '_', '[', ']', '(', ')', '<', '>')), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** Attribute name/value pairs of every tag in the HTML (rehype-stringify always quotes values). */
function attributes(html: string): { name: string; value: string }[] {
  const found: { name: string; value: string }[] = [];
  for (const tag of html.matchAll(/<[a-z][a-z0-9]*\b([^>]*)>/gi))
    for (const attr of tag[1]!.matchAll(/([^\s"'=<>/]+)(?:="([^"]*)")?/g))
      found.push({ name: attr[1]!.toLowerCase(), value: decodeEntities(attr[2] ?? '') });
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&amp;/g, '&');
}

describe('Markdown is rendered safely, whatever people type', () => {
  it('never lets a script element, an event handler or a script URL through', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (source) => {
        const { html } = await renderMarkdown(source, nobody);
        expect(html.toLowerCase()).not.toContain('<script');
        expect(html.toLowerCase()).not.toContain('<iframe');
        expect(html.toLowerCase()).not.toContain('<svg');
        for (const { name, value } of attributes(html)) {
          expect(name).not.toMatch(/^on/);
          expect(name).not.toBe('style');
          expect(
            [...value]
              .filter((c) => c.charCodeAt(0) > 0x20)
              .join('')
              .toLowerCase(),
          ).not.toMatch(/^(javascript|vbscript|data):/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('opens external links in a new tab without giving them the page', async () => {
    const { html } = await renderMarkdown(
      'See [the guide](https://example.org/guide) and [my page](/people/x)',
      nobody,
    );
    expect(html).toContain(
      '<a href="https://example.org/guide" rel="noopener noreferrer nofollow" target="_blank">the guide</a>',
    );
    expect(html).toContain('<a href="/people/x">my page</a>');
  });

  it('keeps code, tables, task lists and strikethrough (GFM) as text, not markup', async () => {
    const { html } = await renderMarkdown('`<b>` ~~old~~\n\n| a |\n|---|\n| 1 |\n\n- [x] done', nobody);
    expect(html).toContain('<code>&#x3C;b></code>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<table>');
    expect(html).toContain('type="checkbox"');
  });

  it('folds accents and case of hashtags, and ignores numbers, code and link labels', async () => {
    const { html, hashtags } = await renderMarkdown(
      '#Été #ÉTÉ #ete #2026 `#code` [#label](https://x.org) a#b #Énergie_Verte',
      nobody,
    );
    expect(hashtags.sort()).toEqual(['energie_verte', 'ete']);
    expect(html).toContain('<a href="/hashtags/ete" class="hashtag">#Été</a>');
    expect(html).toContain('#2026');
    expect(normaliseTag('Çà_Ôù')).toBe('ca_ou');
  });
});

describe('mentions and hashtags through createPost', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('links people mentioned by the composer token or by email, and !communities the author may see', async () => {
    const author = await app.signedIn();
    const lea = await app.createUser({ name: 'Léa Dubois', email: 'lea.dubois@atlas.example' });
    const olivia = await app.createUser({ name: 'Olivia Smith' });
    const community = await createCommunity(app, { members: [{ userId: author.user.id }] });
    const secret = await createCommunity(app, { visibility: 'secret' });
    const created = await post(author, {
      communityId: gid('Community', community.id),
      body: `Merci @[Olivia](user:${olivia.id}) et @lea.dubois@atlas.example ! Voir !${community.slug} et !${secret.slug} #Réunion`,
    });
    expect(created.bodyHtml).toContain(`<a href="/people/${olivia.id}" class="mention">@Olivia Smith</a>`);
    expect(created.bodyHtml).toContain(`<a href="/people/${lea.id}" class="mention">@Léa Dubois</a>`);
    expect(created.bodyHtml).toContain(`<a href="/communities/${community.slug}" class="community-mention">`);
    // A secret community the author is not in stays plain text: a mention never reveals it.
    expect(created.bodyHtml).toContain(`!${secret.slug}`);
    expect(created.bodyHtml).not.toContain(`/communities/${secret.slug}`);
    expect(created.hashtags).toEqual(['reunion']);

    const mentions = await app.services.db.query.mentions.findMany();
    expect(mentions.map((m) => m.userId ?? m.communityId).sort()).toEqual(
      [community.id, lea.id, olivia.id].sort(),
    );
    const tags = await app.services.db.select().from(schema.postHashtags);
    expect(tags.map((t) => t.tag)).toEqual(['reunion']);
  });

  it('stores the sanitised HTML, never the raw markup', async () => {
    const author = await app.signedIn();
    const created = await post(author, { body: 'Hi <img src=x onerror=alert(1)> [x](javascript:alert(1))' });
    expect(created.bodyHtml).toBe('<p>Hi  <a>x</a></p>');
    expect(created.body).toContain('onerror');
  });
});
