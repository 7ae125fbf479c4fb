import { mkdir } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const DEMO_PASSWORD = 'levain-demo-2026';
export const SCREENSHOTS = '/tmp/levain-screens';

/** Debian's Chromium, headless, with nothing that reaches the network by itself. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 860 };
export const tablet = { width: 1024, height: 768 };

/** A fresh visitor (no cookies) whose browser speaks French, unless told otherwise. */
export function newVisitor(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string; timezoneId?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: inject('serverUrl'),
    viewport: options.viewport ?? desktop,
    locale: options.locale ?? 'fr-FR',
    ...(options.timezoneId && { timezoneId: options.timezoneId }),
  });
}

/** Fills and sends the sign-in form on the current page, as a person would. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(/^(E-mail|Email)$/).fill(email);
  await page.getByLabel(/^(Mot de passe|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Se connecter|Sign in)$/ }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
}

/** Opens the sign-in page and signs in; lands on the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}
