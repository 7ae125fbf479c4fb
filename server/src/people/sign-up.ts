import { schema, type Tx } from '@levain/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import { generateSecureRandomString, hashSecret } from '../auth/session-token';
import { RateLimitedError, ValidationError } from '../errors';
import { pickLocale } from '../i18n/messages';
import { signUpEmail } from '../mail/account-mails';
import { mailerFor } from '../mail/mailer';
import type { Services } from '../services';
import { createAccount, emailDomain, findUserByEmail } from './accounts';

const { signUpRequests } = schema;
export const SIGN_UP_LINK_HOURS = 24;
const SIGN_UP_MAIL_JOB = 'auth.sign-up-mail';

type SignUpMail =
  | { kind: 'confirm'; requestId: string }
  | { kind: 'existing'; email: string; locale: string };

export type SignUpInput = { email: string; name: string; password: string; locale: string; ip: string };

/** Self sign-up is open when an admin allowed some domains and the server can send the proof by mail. */
export async function selfSignUpOpen(services: Services): Promise<boolean> {
  const settings = await services.db.query.organisationSettings.findFirst();
  return (settings?.allowedEmailDomains.length ?? 0) > 0 && mailerFor(services) !== null;
}

/**
 * Asks for an account. Nothing is created: a link proving the address goes to it, or, when the
 * address already has an account, a reminder to sign in. The caller answers the same in both
 * cases, so the form tells nobody whether an address is taken.
 */
export async function requestSignUp(services: Services, input: SignUpInput): Promise<void> {
  const waits = await Promise.all([
    services.signUpLimits.perIp.retryAfter(input.ip),
    services.signUpLimits.perAddress.retryAfter(input.email),
  ]);
  if (Math.max(...waits) > 0) throw new RateLimitedError(Math.max(...waits));
  const settings = await services.db.query.organisationSettings.findFirst();
  if (!settings?.allowedEmailDomains.includes(emailDomain(input.email)) || !mailerFor(services))
    throw ValidationError.field('email', 'error.signupNotAllowed');
  await Promise.all([
    services.signUpLimits.perIp.hit(input.ip),
    services.signUpLimits.perAddress.hit(input.email),
  ]);
  // Hashed either way, so both answers take the same time.
  const passwordHash = await hashPassword(input.password);
  if (await findUserByEmail(services.db, input.email)) {
    await services.jobs.enqueue(SIGN_UP_MAIL_JOB, {
      kind: 'existing',
      email: input.email,
      locale: input.locale,
    } satisfies SignUpMail);
    return;
  }
  const [request] = await services.db
    .insert(signUpRequests)
    .values({
      email: input.email,
      name: input.name,
      passwordHash,
      locale: input.locale,
      expiresAt: new Date(Date.now() + SIGN_UP_LINK_HOURS * 3600_000),
    })
    .returning({ id: signUpRequests.id });
  await services.jobs.enqueue(SIGN_UP_MAIL_JOB, {
    kind: 'confirm',
    requestId: request!.id,
  } satisfies SignUpMail);
}

/**
 * Sends the sign-up mails. The link's token is made here, at sending time, so it exists only in the
 * mail: the database keeps its SHA-256, and a retried sending replaces the link.
 */
export function registerSignUpMails(services: Services): void {
  services.jobs.register(SIGN_UP_MAIL_JOB, {
    isActive: async () => mailerFor(services) !== null,
    run: async (payload) => {
      const mail = payload as SignUpMail;
      const settings = await services.db.query.organisationSettings.findFirst();
      const organisation = settings?.name ?? 'Levain';
      const { publicUrl } = services.config;
      if (mail.kind === 'existing') {
        const user = await findUserByEmail(services.db, mail.email);
        if (!user) return;
        const email = signUpEmail({
          kind: 'existing',
          to: user.email,
          name: user.name,
          organisation,
          locale: pickLocale(user.locale ?? mail.locale),
          url: `${publicUrl}/sign-in`,
        });
        return mailerFor(services)!.send(email);
      }
      const token = generateSecureRandomString();
      const [request] = await services.db
        .update(signUpRequests)
        .set({ tokenHash: hashSecret(token) })
        .where(and(eq(signUpRequests.id, mail.requestId), usable()))
        .returning();
      if (!request) return;
      await mailerFor(services)!.send(
        signUpEmail({
          kind: 'confirm',
          to: request.email,
          name: request.name,
          organisation,
          locale: pickLocale(request.locale),
          url: `${publicUrl}/sign-up/confirm/${token}`,
        }),
      );
    },
  });
}

const usable = () => and(isNull(signUpRequests.confirmedAt), gt(signUpRequests.expiresAt, sql`now()`));

const linkInvalid = () =>
  new ValidationError(
    [{ field: 'token', message: { key: 'error.signUpLinkInvalid' } }],
    'error.signUpLinkInvalid',
  );

/**
 * Follows a sign-up link: creates the account once. The conditional update makes a link work once,
 * even clicked twice at the same moment; an address taken since the request keeps its account.
 */
export async function confirmSignUp(tx: Tx, token: string) {
  const [request] = await tx
    .update(signUpRequests)
    .set({ confirmedAt: new Date() })
    .where(and(eq(signUpRequests.tokenHash, hashSecret(token)), usable()))
    .returning();
  if (!request || (await findUserByEmail(tx, request.email))) throw linkInvalid();
  return createAccount(tx, {
    email: request.email,
    name: request.name,
    passwordHash: request.passwordHash,
    locale: request.locale,
  });
}
