import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newVisitor(browser, { locale: 'en-GB' })).newPage();
  await signIn(page, 'employee@atlas.example');
});
afterAll(() => browser?.close());

const cards = () => page.getByRole('main').getByRole('listitem');

describe('the people directory', () => {
  it('finds a colleague by name, and opens their profile', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await expect.poll(() => cards().count()).toBeGreaterThan(10);

    await page.getByLabel('Search', { exact: true }).fill('Dubois');
    await expect.poll(() => page.getByRole('link', { name: /Léa Dubois/ }).count()).toBe(1);
    for (const text of await cards().allTextContents()) expect(text).toContain('Dubois');
    expect(page.url()).toMatch(/\?q=Dubois$/);

    await page.getByRole('link', { name: /Léa Dubois/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Léa Dubois' }).waitFor();
    await page.getByRole('link', { name: 'employe@atlas.example' }).waitFor();
    // A colleague sees whether Léa is at work now, not her hours or time zone.
    await page.getByText(/^(Within|Outside) working hours now$/).waitFor();
    expect(await page.getByText(/Europe\/Paris/).count()).toBe(0);
  });

  it('narrows the list to an org unit and its sub-units', async () => {
    await page.goto('/people');
    const unit = page.getByLabel('Org unit');
    await expect.poll(() => unit.locator('option').count()).toBeGreaterThan(10);
    const label = await unit.locator('option', { hasText: 'Sales UK' }).first().textContent();
    await unit.selectOption({ label: label! });
    await expect.poll(() => page.getByRole('link', { name: /Olivia Smith/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /Léa Dubois/ }).count()).toBe(0);
  });

  it('says so when nobody matches', async () => {
    await page.goto('/people?q=zzzz-nobody');
    await page.getByText('Nobody matches').waitFor();
  });
});
