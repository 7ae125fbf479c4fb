import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, screenshot, signIn } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Ticks the choices of one question (a fieldset named by its prompt). */
async function answer(page: Page, prompt: string, labels: string[]) {
  const question = page.getByRole('group', { name: prompt });
  for (const label of labels) await question.getByLabel(label, { exact: true }).check();
}

describe('the CM academy, for Thomas (manager CM)', () => {
  it('resumes where he stopped, fails then passes the moderation quiz', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await signIn(page, 'manager@atlas.example');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Apprendre' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Apprendre' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mes parcours' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Reprendre : Modérer avec la charte de comportement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modérer avec la charte de comportement' }).waitFor();
    await page.getByText('effet Streisand', { exact: false }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Marquer comme lue et continuer' }).click();

    await page.getByRole('heading', { level: 1, name: 'Quiz : modérer' }).waitFor();
    await page.getByText('tentatives restantes : 3 sur 3').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const withdraw = '1. Vous retirez un message hors charte. Que faites-vous ?';
    const before = '2. Que regardez-vous avant de répondre à un commentaire ?';
    await answer(page, withdraw, ['Je le retire sans rien dire pour ne pas faire de vagues']);
    await answer(page, before, [
      'Son origine (membre, influenceur, troll…)',
      'S’il appelle une réponse publique ou privée',
    ]);
    await page.getByRole('button', { name: 'Valider mes réponses' }).click();
    await page.getByRole('heading', { name: 'Votre score : 50 %' }).waitFor();
    await page
      .getByText('Une suppression inexpliquée attire souvent plus l’attention que le message.')
      .waitFor();
    // While attempts remain, the right answer is not told.
    expect(await page.getByText('bonne réponse').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Réessayer' }).click();
    await answer(page, withdraw, ['Je le retire en citant l’article de la charte concerné']);
    await answer(page, before, [
      'Son origine (membre, influenceur, troll…)',
      'S’il appelle une réponse publique ou privée',
    ]);
    await page.getByRole('button', { name: 'Valider mes réponses' }).click();
    await page.getByRole('heading', { name: 'Votre score : 100 %' }).waitFor();
    await page.getByText('Réussi, bravo !').waitFor();

    await page.getByRole('link', { name: 'Retour au parcours' }).click();
    await page.getByRole('heading', { level: 1, name: 'CM academy : le métier de manager CM' }).waitFor();
    await page.getByRole('link', { name: 'Reprendre : Bad buzz : ne pas agir seul' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('a short path on a phone, for Olivia (English UI)', () => {
  it('completes it and shows the certificate with its verification address', async () => {
    const page = await (await newVisitor(browser, { viewport: phone })).newPage();
    await signIn(page, 'employee@atlas.example');
    await page.goto('/learning');
    await page.getByRole('link', { name: 'Resume: Writing for colleagues' }).click();
    await page.getByRole('heading', { level: 1, name: 'Writing for colleagues' }).waitFor();
    await page.getByRole('button', { name: 'Mark as done and continue' }).click();

    await page.getByRole('heading', { level: 1, name: 'Quick check' }).waitFor();
    await answer(page, '1. Where should a question to many colleagues go?', ['In the right community']);
    await answer(page, '2. What does a community’s behaviour charter tell you?', [
      'What the community is for',
      'What is not tolerated',
    ]);
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByText('Passed. Well done!').waitFor();
    await page.getByRole('link', { name: 'Back to the path' }).click();

    await page.getByRole('link', { name: 'See the certificate' }).click();
    await page.getByRole('heading', { level: 1, name: 'Certificate' }).waitFor();
    const certificate = page.getByRole('main');
    await certificate.getByText('Olivia Smith').waitFor();
    await certificate.getByText('First steps at Atlas').waitFor();
    expect(await page.locator('code').textContent()).toMatch(/\/certificates\/[0-9a-f-]{36}$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'certificate-phone');
  });
});
