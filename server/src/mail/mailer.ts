import nodemailer from 'nodemailer';
import type { Services } from '../services';

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * Mail clients show an unsubscribe button for it (RFC 2369, one-click per RFC 8058). Absent from
   * messages a person asked for themselves (a sign-up link).
   */
  unsubscribeUrl?: string;
};

export type Mailer = { send(email: OutgoingEmail): Promise<void> };

const mailers = new WeakMap<Services, Mailer | null>();

/** SMTP through nodemailer when SMTP_URL is set; null otherwise (no email is sent, none is lost). */
export function mailerFor(services: Services): Mailer | null {
  if (mailers.has(services)) return mailers.get(services)!;
  const { smtpUrl, from } = services.config.mail;
  const mailer = smtpUrl
    ? (() => {
        const transport = nodemailer.createTransport(smtpUrl);
        return {
          send: async (email: OutgoingEmail) => {
            await transport.sendMail({
              from,
              to: email.to,
              subject: email.subject,
              text: email.text,
              html: email.html,
              headers: email.unsubscribeUrl
                ? {
                    'List-Unsubscribe': `<${email.unsubscribeUrl}>`,
                    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                  }
                : {},
            });
          },
        };
      })()
    : null;
  mailers.set(services, mailer);
  return mailer;
}
