import { session } from '../../lib/session/session.svelte';

/**
 * The admin area's sections and the permission each one needs: HR opens invitations, an admin
 * everything here. Plugin pages in the area bring their own permission.
 */
export const adminSections = {
  users: 'user:change-roles',
  moderation: 'moderation:review-all',
  invitations: 'invitation:list',
  import: 'directory:import',
  settings: 'organisation:update',
  plugins: 'plugin:manage',
  audit: 'audit:read',
  tokens: 'api-token:manage',
  webhooks: 'webhook:manage',
  records: 'data-processing:read',
} as const;

export type AdminSection = keyof typeof adminSections;

/** The sections the viewer may open, in menu order. */
export function openSections(): AdminSection[] {
  return (Object.keys(adminSections) as AdminSection[]).filter((name) => session.can(adminSections[name]));
}
