import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';
import { createCommunity } from './support/graphql';

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
});
afterAll(() => browser?.close());

describe('the audit log', () => {
  it('reads as sentences with links, filters by action and exports what it shows', async () => {
    await createCommunity(admin, { name: 'Comité du journal' });
    await admin.goto('/admin/audit');
    const entries = admin.getByRole('main').locator('ol > li');
    const created = entries.filter({ hasText: 'Camille Martin a créé la communauté Comité du journal' });
    await created.first().waitFor();
    await created.first().getByRole('link', { name: 'Comité du journal' }).waitFor();
    expect(await admin.getByRole('main').textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\{"/);
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin.getByLabel('Action').selectOption({ label: 'a créé la communauté …' });
    await expect
      .poll(async () =>
        (await entries.allTextContents()).every((text) => text.includes('a créé la communauté')),
      )
      .toBe(true);
    const csv = await admin.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href');
    expect(csv).toBe('/api/audit-log.csv?action=community.created');
    const file = await (await admin.request.get(csv!)).text();
    expect(file).toContain('Camille Martin,community.created,a créé la communauté Comité du journal');
  });
});
