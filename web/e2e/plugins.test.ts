import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let admin: Page;
let member: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  member = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
  await signIn(member, 'cm@atlas.example');
});
afterAll(() => browser?.close());

/** The CM network plugin puts a page in the main navigation, at /cm-network. */
const networkLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Navigation principale' }).locator('a[href="/cm-network"]');

async function toggleNetwork() {
  await admin.goto('/admin/plugins');
  const toggle = admin.getByRole('switch', { name: 'Extension cm-network' });
  const before = await toggle.getAttribute('aria-checked');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-checked')).not.toBe(before);
}

describe('turning a plugin off and on', () => {
  it('hides and shows its pages for people already using the app, without a reload', async () => {
    await expect.poll(() => networkLink(member).count()).toBe(1);

    await toggleNetwork();
    await expect.poll(() => networkLink(member).count(), { timeout: 10_000 }).toBe(0);
    await member.goto('/cm-network');
    await member.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();

    await toggleNetwork();
    await expect.poll(() => networkLink(member).count(), { timeout: 10_000 }).toBe(1);
    await networkLink(member).click();
    await expect.poll(() => member.title()).toBe('Réseau des CM · Groupe Atlas');
  });
});
