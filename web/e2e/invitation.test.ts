import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
});
afterAll(() => browser?.close());

describe('inviting a colleague', () => {
  let link = '';

  it('creates an invitation link an admin can copy', async () => {
    await admin.goto('/admin/invitations');
    await admin.getByLabel('Adresses e-mail').fill('maya.roux@atlas.example\nnot-an-address');
    await admin.getByRole('button', { name: 'Créer les invitations' }).click();
    // One bad address: nothing is created, and the form says which one.
    const emails = admin.getByLabel('Adresses e-mail');
    await expect.poll(() => emails.getAttribute('aria-invalid')).toBe('true');
    const described = (await emails.getAttribute('aria-describedby'))!.split(' ');
    expect(await admin.locator(`#${described.at(-1)}`).textContent()).toMatch(/^not-an-address : /);

    await emails.fill('maya.roux@atlas.example');
    await admin.getByRole('button', { name: 'Créer les invitations' }).click();
    const field = admin.getByLabel('Lien d’invitation de maya.roux@atlas.example');
    await field.waitFor();
    link = await field.inputValue();
    expect(link).toMatch(/\/invitation\/[\w-]+/);
    await admin.getByRole('button', { name: 'Copier le lien de maya.roux@atlas.example' }).waitFor();
    await admin
      .getByRole('listitem')
      .filter({ hasText: 'maya.roux@atlas.example' })
      .getByText('En attente')
      .waitFor();
  });

  it('lets the invited person create their account from the link', async () => {
    const visitor = await (await newVisitor(browser)).newPage();
    await visitor.goto(new URL(link).pathname);
    await visitor.getByRole('heading', { level: 1, name: 'Rejoindre Groupe Atlas' }).waitFor();
    await visitor.getByText('maya.roux@atlas.example').waitFor();
    await visitor.getByLabel('Nom complet').fill('Maya Roux');
    await visitor.getByLabel('Choisissez un mot de passe').fill('un levain bien vivant');
    await visitor.getByRole('button', { name: 'Créer mon compte' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Bonjour, Maya' }).waitFor();

    // The link works once.
    const again = await (await newVisitor(browser)).newPage();
    await again.goto(new URL(link).pathname);
    await again.getByRole('heading', { level: 1, name: 'Cette invitation n’est plus utilisable' }).waitFor();
  });

  it('shows the invitation as accepted', async () => {
    await admin.reload();
    await admin
      .getByRole('listitem')
      .filter({ hasText: 'maya.roux@atlas.example' })
      .getByText('Acceptée')
      .waitFor();
  });
});
