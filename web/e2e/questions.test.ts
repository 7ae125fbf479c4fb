import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
const QUESTION = 'Comment animer un atelier de co-développement à distance ?';

async function openQuestion(email: string): Promise<Page> {
  const page = await (await newVisitor(browser)).newPage();
  await signIn(page, email);
  await mainNav(page).getByRole('link', { name: 'Questions' }).click();
  await page.getByRole('heading', { level: 1, name: 'Questions' }).waitFor();
  await page.getByRole('link', { name: QUESTION }).click();
  await page.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
  return page;
}

describe('questions and answers in the CM academy', () => {
  it('Thomas asks, Julien answers, Thomas accepts: the question shows as answered', {
    timeout: 120_000,
  }, async () => {
    const thomas = await (await newVisitor(browser)).newPage();
    await signIn(thomas, 'manager@atlas.example');
    await mainNav(thomas).getByRole('link', { name: 'Questions' }).click();
    await thomas.getByRole('heading', { level: 1, name: 'Questions' }).waitFor();
    await thomas.getByRole('heading', { level: 2, name: 'Poser une question' }).waitFor();
    expect(await accessibilityViolations(thomas)).toEqual([]);
    await thomas
      .getByLabel('Communauté')
      .selectOption({ label: 'Apprentissage social : animer une communauté' });
    await thomas.getByLabel('Votre question').fill(QUESTION);
    await thomas.getByLabel('Compétences (séparées par des virgules)').fill('Animation de communauté');
    await thomas.getByRole('button', { name: 'Poser la question' }).click();
    await thomas.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
    await thomas.getByText('En attente', { exact: true }).waitFor();
    expect(await accessibilityViolations(thomas)).toEqual([]);

    const julien = await openQuestion('cm@atlas.example');
    await julien
      .getByLabel('Votre réponse')
      .fill('Des groupes de six, un cas par séance, et la caméra allumée.');
    await julien.getByRole('button', { name: 'Répondre', exact: true }).click();
    await julien.getByText('Des groupes de six', { exact: false }).waitFor();
    expect(await accessibilityViolations(julien)).toEqual([]);

    const asker = await openQuestion('manager@atlas.example');
    await asker.getByRole('button', { name: 'Voter pour la réponse de Julien Moreau' }).click();
    await asker
      .getByRole('button', { name: 'Voter pour la réponse de Julien Moreau', pressed: true })
      .waitFor();
    await asker.getByRole('button', { name: 'Accepter cette réponse' }).click();
    await asker.getByText('Réponse acceptée').waitFor();
    await asker.getByText('Résolue', { exact: true }).waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);

    await mainNav(asker).getByRole('link', { name: 'Questions' }).click();
    await asker.getByRole('button', { name: 'Mes questions' }).click();
    const item = asker.getByRole('listitem').filter({ hasText: QUESTION });
    await item.getByText('Résolue', { exact: true }).waitFor();
  });
});

describe('skills and the expert finder', () => {
  it('Thomas lists a skill, Léa finds him as an expert and endorses it', async () => {
    const thomas = await (await newVisitor(browser)).newPage();
    await signIn(thomas, 'manager@atlas.example');
    await mainNav(thomas).getByRole('link', { name: 'Profil' }).click();
    await thomas.getByRole('heading', { level: 1, name: 'Thomas Petit' }).waitFor();
    const skills = thomas.getByRole('region', { name: 'Compétences' });
    await skills.getByLabel('Mes compétences (séparées par des virgules)').waitFor();
    const field = skills.getByLabel('Mes compétences (séparées par des virgules)');
    await field.fill(`${await field.inputValue()}, Facilitation graphique`);
    await skills.getByRole('button', { name: 'Enregistrer mes compétences' }).click();
    await skills.getByText('Compétences enregistrées.').waitFor();

    const lea = await (await newVisitor(browser)).newPage();
    await signIn(lea, 'employe@atlas.example');
    await mainNav(lea).getByRole('link', { name: 'Experts' }).click();
    await lea.getByRole('heading', { level: 1, name: 'Trouver un expert' }).waitFor();
    await lea.getByRole('searchbox', { name: 'Compétence' }).fill('facilitation');
    await lea.getByRole('button', { name: 'Chercher' }).click();
    const expert = lea.getByRole('listitem').filter({ hasText: 'Thomas Petit' });
    await expert.getByText('0 recommandation · 0 réponse acceptée').waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);
    await expert.getByRole('button', { name: 'Recommander Facilitation graphique' }).click();
    await expert.getByText('Recommandée').waitFor();
    await expert.getByText('1 recommandation', { exact: true }).waitFor();

    await expert.getByRole('link', { name: 'Thomas Petit' }).click();
    const profileSkills = lea.getByRole('region', { name: 'Compétences' });
    await profileSkills.getByText('Facilitation graphique').waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);
  });
});
