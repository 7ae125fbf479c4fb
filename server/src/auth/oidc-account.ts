import { schema, type Tx } from '@levain/db';
import { eq } from 'drizzle-orm';
import type { Locale } from '../i18n/messages';
import { createAccount, findUserByEmail } from '../people/accounts';
import type { Services } from '../services';

/** The claims Levain reads from the provider, merged from the ID token and the userinfo endpoint. */
export type OidcClaims = Record<string, unknown> & { sub: string };

export type SsoOutcome =
  | { kind: 'signed-in'; userId: string; created: boolean }
  | { kind: 'deactivated' }
  | { kind: 'refused'; reason: string };

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function displayName(claims: OidcClaims, email: string): string {
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return (text(claims.name) ?? given) || email.slice(0, email.indexOf('@'));
}

/**
 * Finds the person behind an SSO sign-in: by provider subject, else by email (linking the subject
 * to the existing account), else creates them just in time in the org unit the claim names.
 */
export async function resolveSsoAccount(
  services: Services,
  claims: OidcClaims,
  fallbackLocale: Locale,
): Promise<SsoOutcome> {
  const { db, config } = services;
  const email = text(claims.email);
  const outcome = await db.transaction(async (tx: Tx) => {
    const bySubject = await tx.query.users.findFirst({ where: { oidcSubject: claims.sub } });
    if (bySubject) return { kind: 'found' as const, user: bySubject };
    if (!email) return { kind: 'refused' as const, reason: 'the provider sent no email claim' };
    // An address the provider has not verified must not take over an existing account.
    if (claims.email_verified === false)
      return { kind: 'refused' as const, reason: 'the provider says the email is not verified' };
    const byEmail = await findUserByEmail(tx, email);
    if (byEmail) {
      if (byEmail.oidcSubject)
        return { kind: 'refused' as const, reason: 'the account is linked to another SSO subject' };
      await tx.update(schema.users).set({ oidcSubject: claims.sub }).where(eq(schema.users.id, byEmail.id));
      return { kind: 'found' as const, user: byEmail };
    }
    const orgUnitCode = text(claims[config.oidc?.orgUnitClaim ?? 'org_unit']);
    const orgUnit = orgUnitCode
      ? await tx.query.orgUnits.findFirst({ where: { code: orgUnitCode }, columns: { id: true } })
      : undefined;
    if (orgUnitCode && !orgUnit) services.logger.warn({ orgUnitCode }, 'SSO claim names an unknown org unit');
    const claimedLocale = text(claims.locale)?.slice(0, 2);
    const user = await createAccount(tx, {
      email,
      name: displayName(claims, email),
      oidcSubject: claims.sub,
      orgUnitId: orgUnit?.id ?? null,
      locale: claimedLocale === 'fr' || claimedLocale === 'en' ? claimedLocale : fallbackLocale,
      role: 'member',
    });
    return { kind: 'created' as const, user };
  });
  if (outcome.kind === 'refused') return outcome;
  if (outcome.user.status !== 'active') return { kind: 'deactivated' };
  if (outcome.kind === 'created')
    services.events.emit('user.created', { userId: outcome.user.id, via: 'sso' });
  return { kind: 'signed-in', userId: outcome.user.id, created: outcome.kind === 'created' };
}
