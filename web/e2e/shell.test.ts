import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newVisitor, signIn, submitSignIn } from './support/browser';
import { waitForMail } from './support/mailbox';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newVisitor(browser)).newPage();
});
afterAll(() => browser?.close());

describe('the shell', () => {
  it('sends a visitor to the sign-in page, and a member into the app', async () => {
    await page.goto('/people');
    await page.waitForURL(/\/sign-in\?next=%2Fpeople$/);
    await submitSignIn(page, 'employe@atlas.example');

    // Signing in from a deep link comes back to it.
    await page.waitForURL(/\/people$/);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Accueil', 'Annuaire', 'Profil']),
    );
    // Léa is a member: the admin area is not offered to her.
    expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour, Léa' }).waitFor();
    expect(await page.title()).toBe('Accueil · Groupe Atlas');
  });

  it('refuses a wrong password with a message on the field', async () => {
    const visitor = await (await newVisitor(browser)).newPage();
    await visitor.goto('/sign-in');
    await visitor.getByLabel('E-mail').fill('employe@atlas.example');
    await visitor.getByLabel('Mot de passe').fill('not the password');
    await visitor.getByRole('button', { name: 'Se connecter' }).click();
    const password = visitor.getByLabel('Mot de passe');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await visitor.getByRole('alert').first().textContent()).not.toBe('');
    expect(visitor.url()).toMatch(/\/sign-in$/);
    await visitor.context().close();
  });

  it('lets someone with an allowed work address create an account', async () => {
    const visitor = await (await newVisitor(browser)).newPage();
    await visitor.goto('/sign-in');
    await visitor.getByRole('link', { name: 'Créer un compte' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Créer votre compte' }).waitFor();
    await visitor.getByLabel('E-mail professionnel').fill('zoe.lambert@atlas.example');
    await visitor.getByLabel('Nom complet').fill('Zoé Lambert');
    const password = visitor.getByLabel('Mot de passe');
    await password.fill('court');
    await visitor.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await visitor.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');

    await password.fill('une phrase assez longue');
    await visitor.getByRole('button', { name: 'Créer mon compte' }).click();
    // The address is proved by the link mailed to it (sign-up.test.ts follows the whole way).
    await visitor.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' }).waitFor();
    const mail = await waitForMail(inject('mailFolder'), 'zoe.lambert@atlas.example', /Groupe Atlas/);
    await visitor.goto(new URL(/https?:\/\/\S+\/sign-up\/confirm\/[\w-]+/.exec(mail.text)![0]).pathname);
    await visitor.getByRole('heading', { level: 1, name: 'Bonjour, Zoé' }).waitFor();
    await visitor.context().close();
  });

  it('shows a 404 page for an unknown address', async () => {
    await page.goto('/nowhere-to-be-found');
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  });

  it('switches the interface between French and English, and keeps the choice', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Bonjour, Léa' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Léa' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).waitFor();

    // Saved on her profile: a new device, in a French browser, opens in English after sign-in.
    const elsewhere = await (await newVisitor(browser, { locale: 'fr-FR' })).newPage();
    await signIn(elsewhere, 'employe@atlas.example');
    await elsewhere.getByRole('heading', { level: 1, name: 'Hello, Léa' }).waitFor();
    await elsewhere.context().close();

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour, Léa' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Bonjour, Léa' }).waitFor();
  });

  it('signs out and protects the pages again', async () => {
    await page.getByRole('button', { name: /Léa Dubois/ }).click();
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.goto('/');
    await page.waitForURL(/\/sign-in$/);
  });
});
