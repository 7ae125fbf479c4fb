import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newVisitor, submitSignIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('returning after signing in', () => {
  it('goes back to the page that asked for the sign-in', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await page.goto('/communities');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await submitSignIn(page, 'employe@atlas.example');
    expect(new URL(page.url()).pathname).toBe('/communities');
  });

  for (const next of ['/%5Cevil.example', '/%09/evil.example', '//evil.example', '/%2F%2Fevil.example']) {
    it(`never leaves the site for ?next=${next}`, async () => {
      const page = await (await newVisitor(browser)).newPage();
      await page.goto(`/sign-in?next=${next}`);
      await submitSignIn(page, 'employee@atlas.example');
      const landed = new URL(page.url());
      expect(landed.origin).toBe(inject('serverUrl'));
      expect(landed.host).not.toContain('evil');
    });
  }
});
