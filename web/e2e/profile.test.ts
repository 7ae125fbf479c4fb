import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newVisitor(browser)).newPage();
  await signIn(page, 'manager@atlas.example');
});
afterAll(() => browser?.close());

describe('editing one’s own profile', () => {
  it('saves a new job title that is still there after a reload', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Profil' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Thomas Petit' }).waitFor();
    await page.getByRole('button', { name: 'Modifier le profil' }).click();

    await page.getByLabel('Fonction').fill('Responsable marketing et manager CM');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();
    await page.getByText('Responsable marketing et manager CM').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Thomas Petit' }).waitFor();
    await page.getByText('Responsable marketing et manager CM').waitFor();
  });

  it('shows the server’s message next to a field it refuses', async () => {
    await page.getByRole('button', { name: 'Modifier le profil' }).click();
    await page.getByLabel('Fonction').fill('x'.repeat(130));
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const title = page.getByLabel('Fonction');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the field to fix, and its error is read with it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    const described = await title.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toMatch(/120/);
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByText('Responsable marketing et manager CM').waitFor();
  });

  it('shows the person first, and keeps one’s settings on their own page', async () => {
    const main = page.getByRole('main');
    const headings = await main.getByRole('heading').allTextContents();
    expect(headings[0]).toBe('Thomas Petit');
    expect(headings).toContain('Communautés');
    expect(headings).not.toContain('Photo');
    expect(headings).not.toContain('Mes données');
    expect(await main.getByLabel('Choisir une photo').count()).toBe(0);
    expect(await main.getByRole('heading', { name: 'Mot de passe' }).count()).toBe(0);
    await main.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Photo' }).waitFor();
    expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(['Photo', 'Langues de mon fil', 'Notifications', 'Mot de passe', 'Mes données']),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('refuses a photo that is not an image before sending it', async () => {
    await page.getByLabel('Choisir une photo').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a picture'),
    });
    await page.getByText('Ce fichier n’est pas une image PNG, JPEG ou WebP.').waitFor();
  });

  it('uploads a photo and shows it on the profile', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await page
      .getByLabel('Choisir une photo')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('status').filter({ hasText: 'Photo mise à jour.' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Voir mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thomas Petit' }).waitFor();
    const photo = page.locator('main img').first();
    await expect.poll(() => photo.getAttribute('src')).toMatch(/^\/uploads\//);
    const response = await page.request.get((await photo.getAttribute('src'))!);
    expect(response.headers()['content-type']).toBe('image/webp');
  });
});

describe('the links of the emails', () => {
  it('lead to the notification settings', async () => {
    await page.goto('/settings/notifications');
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).count()).toBe(0);
  });
});
