import type { Viewer } from '@levain/server/plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pulsePermissions } from '../server/permissions';
import { pulseApp } from './fixtures';

const viewer = (roles: Array<'member' | 'hr'>, orgUnitId: string | null = 'sales'): Viewer => ({
  id: 'v',
  name: 'V',
  email: 'v@example.com',
  roles: new Set(roles),
  orgUnitId,
  locale: 'fr',
  timeZone: 'Europe/Paris',
});

// The rules are registered by the host: an app with the plugin, set up like every test file's app.
let app: Awaited<ReturnType<typeof pulseApp>>;
beforeAll(async () => {
  app = await pulseApp();
});
afterAll(() => app.close());

describe('pulse permissions', () => {
  it('answer without a unit, as the places a viewer may open ask them', () => {
    const readsTeam = pulsePermissions['pulse:read-team-results'];
    expect(readsTeam(viewer(['member']), undefined as never)).toBe(false);
    expect(readsTeam(viewer(['member', 'hr']), undefined as never)).toBe(true);
    expect(readsTeam(viewer(['member']), { path: ['co', 'sales'], managesPeople: true })).toBe(true);
    expect(readsTeam(viewer(['member']), { path: ['co', 'support'], managesPeople: true })).toBe(false);
    expect(pulsePermissions['pulse:take-part']()).toBe(true);
  });
});
