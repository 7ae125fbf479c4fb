import { ValidationError } from '../errors';
import { hasRole, pluginActions, type Viewer } from '../permissions';

/**
 * What a token may do, besides acting as its owner: `read` (queries), `write` (mutations), `admin`
 * (its owner's administrator role; without it an admin's token acts as a member), `metrics`
 * (`GET /metrics`), and each plugin action ("pulse:read-results"), which `can()` grants a token only
 * when it carries it.
 */
export const coreScopes = ['read', 'write', 'admin', 'metrics'] as const;
const adminOnly = new Set<string>(['admin', 'metrics']);
export const MAX_SCOPES = 30;

/** The scopes a person may put on a token of theirs. */
export function grantableScopes(owner: Viewer): string[] {
  const isAdmin = hasRole(owner, 'admin');
  return [...coreScopes.filter((scope) => isAdmin || !adminOnly.has(scope)), ...pluginActions()];
}

/** Checks a requested list of scopes against what the owner may grant; returns it without repeats. */
export function checkScopes(owner: Viewer, requested: string[]): string[] {
  const scopes = [...new Set(requested)];
  if (scopes.length === 0 || scopes.length > MAX_SCOPES)
    throw ValidationError.field('scopes', 'validation.apiTokenScopes');
  const grantable = new Set(grantableScopes(owner));
  const unknown = scopes.find((scope) => !grantable.has(scope));
  if (unknown !== undefined)
    throw ValidationError.field('scopes', 'validation.apiTokenScopeUnknown', { scope: unknown.slice(0, 60) });
  return scopes;
}

/** The viewer a token acts as: its owner, without the administrator role unless it has `admin`. */
export function tokenViewer(owner: Viewer, token: { id: string; scopes: string[] }): Viewer {
  const scopes = new Set(token.scopes);
  const roles = new Set(owner.roles);
  if (!scopes.has('admin')) roles.delete('admin');
  return { ...owner, roles, token: { id: token.id, scopes } };
}
