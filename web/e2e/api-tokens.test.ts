import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, signIn } from './support/browser';

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
});
afterAll(() => browser?.close());

describe('API tokens in the administration', () => {
  it('lists the demo integrations, creates a token shown once that calls the API, and revokes it', async () => {
    await admin.goto('/admin');
    await admin
      .getByRole('navigation', { name: /administration/i })
      .getByRole('link', { name: 'Jetons d’API' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Jetons d’API' }).waitFor();
    await admin.getByText('Synchronisation SIRH').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin.getByLabel('Nom', { exact: true }).fill('Export annuaire');
    await admin.getByRole('button', { name: 'Créer le jeton' }).click();
    const secretField = admin.getByLabel('Le jeton « Export annuaire »');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^levain_[0-9a-f]{32}_/);
    expect(await accessibilityViolations(admin)).toEqual([]);

    const call = await admin.request.post('/graphql', {
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      data: { query: '{ me { name } }' },
    });
    expect((await call.json()).data.me.name).toBe('Camille Martin');

    const item = admin.getByRole('listitem').filter({ hasText: 'Export annuaire' });
    await item.getByRole('button', { name: 'Révoquer' }).click();
    await item.getByRole('button', { name: 'Oui' }).click();
    await item.getByText('Révoqué').waitFor();
    const refused = await admin.request.post('/graphql', {
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      data: { query: '{ me { name } }' },
    });
    expect(refused.status()).toBe(401);
  });

  it('fits a phone screen', async () => {
    const small = await (await newVisitor(browser, { viewport: phone })).newPage();
    await signIn(small, 'admin@atlas.example');
    await small.goto('/admin/tokens');
    await small.getByRole('heading', { level: 1 }).waitFor();
    await small.getByText('Prometheus (supervision DSI)').waitFor();
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(small)).toEqual([]);
  });
});
