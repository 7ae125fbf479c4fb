import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let olivia: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  olivia = await (await newVisitor(browser)).newPage();
  await signIn(olivia, 'employee@atlas.example');
});
afterAll(() => browser?.close());

const asBearer = (page: Page, secret: string) =>
  page.request.post('/graphql', {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    data: { query: '{ me { name } }' },
  });

describe('personal API tokens in one’s settings', () => {
  it('lets Olivia create a token with the scopes she holds, shown once, acting as her, and revoke it', async () => {
    await olivia.goto('/');
    await olivia.getByRole('button', { name: /Olivia Smith/ }).click();
    await olivia.getByRole('link', { name: 'Settings', exact: true }).click();
    const section = olivia.getByRole('region', { name: 'My API tokens' });
    await section.getByText('Weekly accounts digest').waitFor();
    // A member may not give a token the administrator's rights.
    expect(await section.getByRole('checkbox', { name: /^admin/ }).count()).toBe(0);
    expect(await accessibilityViolations(olivia)).toEqual([]);

    await section.getByLabel('Name', { exact: true }).fill('Pipeline report');
    await section.getByRole('button', { name: 'Create the token' }).click();
    const secretField = olivia.getByLabel('The token “Pipeline report”');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^levain_[0-9a-f]{32}_/);
    expect(await accessibilityViolations(olivia)).toEqual([]);
    expect((await (await asBearer(olivia, secret)).json()).data.me.name).toBe('Olivia Smith');

    const item = section.getByRole('listitem').filter({ hasText: 'Pipeline report' });
    await item.getByRole('button', { name: 'Revoke' }).click();
    await item.getByRole('button', { name: 'Yes' }).click();
    await item.getByText('Revoked').waitFor();
    expect((await asBearer(olivia, secret)).status()).toBe(401);
  });

  it('tells the admin from the bell that a webhook was turned off after failures', async () => {
    const admin = await (await newVisitor(browser)).newPage();
    await signIn(admin, 'admin@atlas.example');
    await admin.goto('/notifications');
    await admin.getByRole('link', { name: /agenda\.atlas\.example/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await admin.getByRole('main').getByText('https://agenda.atlas.example/levain/events').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });
});
