import type { Lang } from './types';

/** What colleagues answer to any post, whatever its subject. {firstName}: the post's author. */
export const anyComment: Record<Lang, string[]> = {
  fr: [
    'Merci pour le partage !',
    'Merci {firstName}, très utile.',
    'Merci {firstName} !',
    'Top, je transmets à mon équipe.',
    'Merci, c’est noté.',
    'Je mets ça en favori pour relire à tête reposée.',
    'Je découvre, merci pour la clarté.',
    'Intéressant, merci.',
    '👍',
  ],
  en: [
    'Thanks for sharing!',
    'Thanks {firstName}, really useful.',
    'Thanks {firstName}!',
    'Great, passing it on to my team.',
    'Noted, thanks.',
    'Bookmarking this to read properly later.',
    'Interesting, thanks.',
    '👍',
  ],
};

/** Answers to a comment (one level of replies). {firstName}: the comment's author. */
export const replies: Record<Lang, string[]> = {
  fr: [
    'Merci {firstName} !',
    'Tout à fait, {firstName}.',
    'Avec plaisir 🙂',
    'Bien d’accord avec toi, {firstName}.',
    'Merci pour ton retour, {firstName}.',
    'On en reparle de vive voix ?',
    'Je te rejoins là-dessus.',
    '😄',
  ],
  en: [
    'Thanks {firstName}!',
    'Exactly, {firstName}.',
    'Happy to help 🙂',
    'Agree with you there, {firstName}.',
    'Thanks for the feedback, {firstName}.',
    'Let’s talk about it over coffee?',
    '😄',
  ],
};

/** What someone writes when sharing a post into another community. {firstName}: the original's author. */
export const shareIntros: Record<Lang, string[]> = {
  fr: [
    'À lire 👇',
    'Je partage ici, ça concerne aussi notre équipe.',
    '{firstName} résume très bien le sujet, qu’en pensez-vous ?',
  ],
  en: [
    'Worth a read 👇',
    'Sharing here: relevant for our team too.',
    '{firstName} puts it really well. Thoughts?',
  ],
};
