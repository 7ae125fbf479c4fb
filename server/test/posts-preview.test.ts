import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

it('previews a body exactly as it will be published, sanitised', async () => {
  const client = await app.signedIn();
  const { previewMarkdown } = await client.data('query($body: String!) { previewMarkdown(body: $body) }', {
    body: '**Bravo** à l’équipe #QVT <script>alert(1)</script> [lien](javascript:alert(1))',
  });
  expect(previewMarkdown).toContain('<strong>Bravo</strong>');
  expect(previewMarkdown).toMatch(/href="\/hashtags\/qvt"/);
  expect(previewMarkdown).not.toMatch(/<script|javascript:/);
});

it('is only for signed-in people', async () => {
  const result = await app.client().gql('{ previewMarkdown(body: "x") }');
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
