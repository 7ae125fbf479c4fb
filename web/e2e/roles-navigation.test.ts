import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function as(email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await newVisitor(browser, { viewport })).newPage();
  await signIn(page, email);
  return page;
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
const adminNav = (page: Page) => page.getByRole('navigation', { name: 'Administration' });

describe('each role finds its places in its own navigation', () => {
  it('takes HR from the menu to the pulse surveys, the invitations and the charter rates, and nowhere else', async () => {
    const hr = await as('rh@atlas.example');
    await mainNav(hr).getByRole('link', { name: 'Administration' }).click();
    await expect
      .poll(() => adminNav(hr).getByRole('link').allTextContents())
      .toEqual(['Vue d’ensemble', 'Invitations', 'Baromètre', 'Chartes']);
    await adminNav(hr).getByRole('link', { name: 'Baromètre' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Baromètre social' }).waitFor();
    await hr.getByRole('button', { name: 'Programmer la campagne' }).waitFor();
    expect(await accessibilityViolations(hr)).toEqual([]);

    await hr.goto('/admin/audit');
    await hr.getByRole('heading', { level: 1, name: 'Page non accessible' }).waitFor();
  });

  it('finds the same entry on a phone, in the menu', async () => {
    const hr = await as('rh@atlas.example', phone);
    await hr.getByRole('button', { name: 'Menu' }).click();
    await mainNav(hr).getByRole('link', { name: 'Administration' }).click();
    await adminNav(hr).getByRole('link', { name: 'Baromètre' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Baromètre social' }).waitFor();
  });

  it('does not offer the admin HR’s pulse surveys, guarded by their own permission', async () => {
    const admin = await as('admin@atlas.example');
    await admin.goto('/admin');
    await adminNav(admin).getByRole('link', { name: 'Journal d’audit' }).waitFor();
    expect(await adminNav(admin).getByRole('link', { name: 'Baromètre' }).count()).toBe(0);
    await admin.goto('/admin/pulse');
    await admin.getByRole('heading', { level: 1, name: 'Page non accessible' }).waitFor();
  });

  it('keeps the admin area closed to a member', async () => {
    const member = await as('employe@atlas.example');
    await mainNav(member).getByRole('link', { name: 'Accueil' }).waitFor();
    expect(await mainNav(member).getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await member.goto('/admin/pulse');
    await member.getByRole('heading', { level: 1, name: 'Page non accessible' }).waitFor();
  });
});
