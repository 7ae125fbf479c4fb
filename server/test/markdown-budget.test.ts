import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRenderBudget, MarkdownRenderer, RenderRefused } from '../src/markdown/pool';
import type { MentionResolver } from '../src/markdown/render';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const PREVIEW = 'query($body: String!) { previewMarkdown(body: $body) }';
const COMMENT = `mutation($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) {
  __typename ... on ValidationError { issues { field message } } } }`;

let app: TestApp;
let léa: SignedInClient;
beforeAll(async () => {
  app = await createTestApp();
  léa = await app.signedIn([], { locale: 'fr' });
});
afterAll(() => app.close());

/** The shapes an outside test used to stop the server, each under the 20,000-character limit. */
const attacks = {
  'nested block quotes': `${'>'.repeat(19_000)} x`,
  'spaced nested block quotes': `${'> '.repeat(5_000)}x`,
  'nested list markers on one line': `${'- '.repeat(2_000)}x`,
  'nested lists by indentation': Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
  'a long emphasis run': `${'*'.repeat(500)}x`,
  'many emphasis delimiters': '**a*'.repeat(4_000),
  'open brackets': `${'['.repeat(10_000)}x`,
};

describe('bodies shaped to exhaust the Markdown parser', () => {
  for (const [shape, body] of Object.entries(attacks)) {
    it(`refuses ${shape} at once, with a typed error in the viewer’s language`, async () => {
      const started = performance.now();
      const result = await léa.gql(PREVIEW, { body });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(result.errors?.[0]?.extensions?.issues[0].message).toMatch(/mise en forme/);
      expect((await léa.data('{ health }')).health).toBe(true);
    });
  }

  it('names the body field of a comment', async () => {
    const post = await léa.data(
      `mutation { createPost(input: { body: "Bonjour" }) { ... on MutationCreatePostSuccess { data { id } } } }`,
    );
    const result = await léa.data(COMMENT, {
      postId: post.createPost.data.id,
      body: `${'>'.repeat(1_000)} x`,
    });
    expect(result.addComment).toEqual({
      __typename: 'ValidationError',
      issues: [
        {
          field: 'body',
          message:
            'Ce texte imbrique plus de 16 citations ou listes les unes dans les autres : simplifiez sa mise en forme.',
        },
      ],
    });
  });

  it('still renders ordinary nesting, code and links', async () => {
    const body = [
      '> quote\n> > nested\n\n- a\n  - b\n    - c\n\n1. one\n2. two',
      `\`\`\`\n${'>'.repeat(200)}\n\`\`\``,
      '[a](https://example.com) '.repeat(200),
    ].join('\n\n');
    const { previewMarkdown } = await léa.data(PREVIEW, { body });
    expect(previewMarkdown).toContain('<blockquote>');
    expect(previewMarkdown.match(/<a /g)).toHaveLength(200);
  });
});

const nobody: MentionResolver = {
  usersById: async () => new Map(),
  usersByEmail: async () => new Map(),
  communitiesBySlug: async () => new Map(),
};

describe('the render worker’s budget', () => {
  it('ends a render that runs past its time and keeps rendering the next bodies', async () => {
    const renderer = new MarkdownRenderer(defaultRenderBudget);
    try {
      // Some 20 s of parsing on an idle machine (the shape limits would refuse it before any worker).
      const endless = '[a](b) '.repeat(20_000);
      const started = performance.now();
      await expect(renderer.render(endless, nobody)).rejects.toEqual(new RenderRefused('budget'));
      expect(performance.now() - started).toBeLessThan(defaultRenderBudget.timeMs * 5);
      expect((await renderer.render('**still here**', nobody)).html).toBe(
        '<p><strong>still here</strong></p>',
      );
    } finally {
      await renderer.close();
    }
  });

  it('ends a render that needs more memory than its worker has, never the server', async () => {
    const renderer = new MarkdownRenderer({ timeMs: 60_000, heapMb: 16 });
    try {
      await expect(renderer.render(`${'>'.repeat(19_000)} x`, nobody)).rejects.toEqual(
        new RenderRefused('budget'),
      );
      expect((await renderer.render('_ok_', nobody)).html).toBe('<p><em>ok</em></p>');
    } finally {
      await renderer.close();
    }
  });

  it('does not count the main thread’s mention lookups against the body', async () => {
    const renderer = new MarkdownRenderer({ timeMs: 500, heapMb: 64 });
    const slow: MentionResolver = {
      ...nobody,
      usersById: async (ids) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        return new Map(ids.map((id) => [id, { id, name: 'Léa Dubois' }]));
      },
    };
    try {
      await renderer.render('warm-up', nobody);
      const id = '6f1c2b1e-8a4b-4c1e-9d2a-1b2c3d4e5f60';
      const { html } = await renderer.render(`Merci @[Léa](user:${id})`, slow);
      expect(html).toContain(`href="/people/${id}"`);
    } finally {
      await renderer.close();
    }
  });
});
