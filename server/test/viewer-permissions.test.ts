import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedPlugins } from '../src/plugins';
import { createTestApp, type TestApp } from './support/harness';

const PERMISSIONS = '{ viewerPermissions }';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ plugins: installedPlugins() });
});
afterAll(() => app.close());

describe('the places each role may open', () => {
  it('gives HR the pulse surveys and invitations, not the admin sections', async () => {
    const hr = await app.signedIn(['hr']);
    const { viewerPermissions } = await hr.data(PERMISSIONS);
    expect(viewerPermissions).toEqual(expect.arrayContaining(['pulse:manage', 'invitation:list']));
    expect(viewerPermissions).not.toContain('audit:read');
    expect(viewerPermissions).not.toContain('plugin:manage');
  });

  it('gives an admin the admin sections, and not HR’s pulse surveys', async () => {
    const admin = await app.signedIn(['admin']);
    const { viewerPermissions } = await admin.data(PERMISSIONS);
    expect(viewerPermissions).toEqual(
      expect.arrayContaining(['audit:read', 'plugin:manage', 'invitation:list', 'moderation:review-all']),
    );
    expect(viewerPermissions).not.toContain('pulse:manage');
  });

  it('gives a member the CM network, the charters and their pulse surveys, nothing of the admin area', async () => {
    const member = await app.signedIn();
    // Advocacy is every employee's; the incident address opens for anyone (a cell member arrives
    // from a notification); the CM pages only for who holds a position (cm-network's viewer facts).
    expect((await member.data(PERMISSIONS)).viewerPermissions).toEqual([
      'charter:read',
      'charter:advocacy',
      'cm-network:read-roster',
      'cm-network:open-incident',
      'pulse:take-part',
    ]);
  });

  it('agrees with what the server lets each one do', async () => {
    const hr = await app.signedIn(['hr']);
    expect((await hr.data('{ pulseCampaigns { id } }')).pulseCampaigns).toEqual([]);
    const admin = await app.signedIn(['admin']);
    expect((await admin.gql('{ pulseCampaigns { id } }')).errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
  });

  it('is refused to someone not signed in', async () => {
    expect((await app.client().gql(PERMISSIONS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
