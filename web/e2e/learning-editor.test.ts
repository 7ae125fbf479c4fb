import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('an animator writes a learning path in the browser', () => {
  it('is told each wrong field next to it, reorders steps with the keyboard, creates the path and edits it again', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await signIn(page, 'cm@atlas.example');
    await page.goto('/communities/apprentissage-social-animer-une-communaute');
    await page.getByRole('link', { name: 'Écrire un parcours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau parcours' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sent empty: the server names each field, the editor shows it there and focuses the first.
    await page.getByRole('button', { name: 'Créer le parcours' }).click();
    const title = page.getByLabel('Titre du parcours');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await title.getAttribute('id'));
    const describedBy = (await title.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Ce champ est obligatoire.');
    expect(await page.getByLabel('Titre du module 1').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await title.fill('Répondre aux questions difficiles');
    await page.getByLabel('Résumé').fill('Savoir quoi dire quand la discussion s’échauffe.');
    await page.getByLabel('Titre du module 1').fill('Les bons réflexes');
    const lesson = page.getByRole('region', { name: 'Étape 1 du module 1 · Leçon' });
    await lesson.getByLabel('Titre', { exact: true }).fill('Écouter avant de répondre');
    await lesson.getByLabel('Texte de la leçon').fill('Reformulez la question **avant** de répondre.');

    // A quiz added after the lesson, moved up with the keyboard: focus follows it.
    await page.getByRole('button', { name: 'Ajouter un quiz au module 1' }).click();
    await page.getByRole('button', { name: 'Monter Étape 2 du module 1' }).focus();
    await page.keyboard.press('Enter');
    const quiz = page.getByRole('region', { name: 'Étape 1 du module 1 · Quiz' });
    await quiz.waitFor();
    expect(await focusedText(page)).toBe('↓ Descendre Étape 1 du module 1');
    await quiz.getByLabel('Titre', { exact: true }).fill('Premier réflexe');
    await quiz.getByLabel('Question posée').fill('Que faire d’abord ?');
    await quiz.getByLabel('Réponse 1 de la question 1', { exact: true }).fill('Reformuler');
    await quiz.getByLabel('Réponse 2 de la question 1', { exact: true }).fill('Supprimer le message');

    // No right answer ticked: said at the question, nothing written.
    await page.getByRole('button', { name: 'Créer le parcours' }).click();
    await quiz.getByText('Cochez au moins une bonne réponse.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await quiz.getByLabel('Réponse 1 de la question 1 est juste').check();
    await page.getByRole('button', { name: 'Créer le parcours' }).click();

    await page.getByRole('heading', { level: 1, name: 'Répondre aux questions difficiles' }).waitFor();
    const steps = page.getByRole('region', { name: '1. Les bons réflexes' }).getByRole('listitem');
    expect(await steps.first().textContent()).toContain('Quiz · Premier réflexe');
    expect(await steps.nth(1).textContent()).toContain('Écouter avant de répondre');

    await page.getByRole('link', { name: 'Modifier ce parcours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier le parcours' }).waitFor();
    expect(await page.getByLabel('Titre du parcours').inputValue()).toBe('Répondre aux questions difficiles');
    const edited = page.getByRole('region', { name: 'Étape 2 du module 1 · Leçon' });
    expect(await edited.getByLabel('Texte de la leçon').inputValue()).toBe(
      'Reformulez la question **avant** de répondre.',
    );
    await edited.getByLabel('Titre', { exact: true }).fill('Écouter, puis répondre');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('link', { name: 'Écouter, puis répondre' }).waitFor();
  });
});
