import { formatMessage } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import { escapeHtml } from './html';
import type { OutgoingEmail } from './mailer';

const texts = {
  fr: {
    'confirm.subject': 'Confirmez votre adresse pour rejoindre {organisation}',
    'confirm.body':
      'Pour créer votre compte {organisation}, ouvrez ce lien dans les 24 heures. Il ne sert qu’une fois.',
    'confirm.button': 'Confirmer mon adresse',
    'existing.subject': 'Vous avez déjà un compte {organisation}',
    'existing.body':
      'Quelqu’un (vous, sans doute) a demandé à créer un compte {organisation} avec cette adresse, qui en a déjà un. Connectez-vous avec votre mot de passe habituel.',
    'existing.button': 'Me connecter',
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne sera créé.',
    greeting: 'Bonjour {name},',
  },
  en: {
    'confirm.subject': 'Confirm your address to join {organisation}',
    'confirm.body': 'To create your {organisation} account, open this link within 24 hours. It works once.',
    'confirm.button': 'Confirm my address',
    'existing.subject': 'You already have a {organisation} account',
    'existing.body':
      'Someone (you, most likely) asked to create a {organisation} account with this address, which already has one. Sign in with your usual password.',
    'existing.button': 'Sign in',
    ignore: 'If you did not ask for this, ignore this message: nothing will be created.',
    greeting: 'Hello {name},',
  },
} as const;

type Key = keyof (typeof texts)['fr'];

function text(locale: Locale, key: Key, params: Record<string, string>): string {
  return formatMessage(locale, texts[locale][key], params);
}

/**
 * The two answers to a sign-up, sent whether or not the address has an account: a link proving
 * the address, or a reminder that the account exists. The page shows the same thing in both cases.
 */
export function signUpEmail(input: {
  kind: 'confirm' | 'existing';
  to: string;
  name: string;
  organisation: string;
  locale: Locale;
  url: string;
}): OutgoingEmail {
  const { kind, locale } = input;
  const params = { organisation: input.organisation, name: input.name };
  const greeting = text(locale, 'greeting', params);
  const body = text(locale, `${kind}.body`, params);
  const button = text(locale, `${kind}.button`, params);
  const ignore = text(locale, 'ignore', params);
  return {
    to: input.to,
    subject: text(locale, `${kind}.subject`, params),
    text: `${greeting}\n\n${body}\n\n${button} : ${input.url}\n\n${ignore}\n`,
    html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head>
<body style="font-family:system-ui,-apple-system,sans-serif;color:#1d1d1f;max-width:36rem;margin:0 auto;padding:1.5rem">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(input.url)}" style="display:inline-block;padding:.5rem 1rem;background:#8a4b2a;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(button)}</a></p>
<p style="color:#666;font-size:13px">${escapeHtml(ignore)}</p></body></html>`,
  };
}
