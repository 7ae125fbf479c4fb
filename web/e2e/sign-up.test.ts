import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newVisitor } from './support/browser';
import { waitForMail } from './support/mailbox';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('signing up with a work address', () => {
  it('asks the person to open the link mailed to them, which creates and opens the account', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await page.goto('/sign-up');
    await page.getByLabel('E-mail professionnel').fill('noe.garnier@atlas.example');
    await page.getByLabel('Nom complet').fill('Noé Garnier');
    await page.getByLabel('Mot de passe').fill('un levain bien vivant');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('noe.garnier@atlas.example');

    const mail = await waitForMail(inject('mailFolder'), 'noe.garnier@atlas.example', /Groupe Atlas/);
    expect(mail.subject).toBe('Confirmez votre adresse pour rejoindre Groupe Atlas');
    const link = /https?:\/\/\S+\/sign-up\/confirm\/[\w-]+/.exec(mail.text)![0];

    const inbox = await (await newVisitor(browser)).newPage();
    await inbox.goto(new URL(link).pathname);
    await inbox.getByRole('heading', { level: 1, name: 'Bonjour, Noé' }).waitFor();
    expect(new URL(inbox.url()).pathname).toBe('/');

    // The link works once.
    await inbox.goto(new URL(link).pathname);
    await inbox.getByRole('heading', { level: 1, name: 'Ce lien ne fonctionne plus' }).waitFor();
  });

  it('answers the same for an address that already has an account', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await page.goto('/sign-up');
    await page.getByLabel('E-mail professionnel').fill('employe@atlas.example');
    await page.getByLabel('Nom complet').fill('Quelqu’un');
    await page.getByLabel('Mot de passe').fill('un autre mot de passe');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultez votre messagerie' }).waitFor();
    const mail = await waitForMail(inject('mailFolder'), 'employe@atlas.example', /Groupe Atlas/);
    expect(mail.subject).toBe('Vous avez déjà un compte Groupe Atlas');
    expect(mail.text).not.toMatch(/sign-up\/confirm/);
  });
});
