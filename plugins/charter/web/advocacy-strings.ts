/** The words of the ambassadors directory and the advocacy kit, in French and English. */
export const advocacyStrings = {
  fr: {
    ambassadors: 'Ambassadeurs de la charte',
    ambassadorsIntro:
      'Des collègues formés à la charte réseaux sociaux et à la charte de comportement, relais dans leur site ou leur direction.',
    mine: 'Vos ambassadeurs',
    all: 'Tous les ambassadeurs',
    certified: 'certifié·e',
    notCertified: 'formation à suivre',
    whole: 'Toute l’organisation',
    none: 'Aucun ambassadeur pour l’instant.',
    ask: 'Poser une question à un ambassadeur',
    question: 'Votre question sur la charte',
    send: 'Envoyer',
    sent: 'Votre question a été envoyée à {count} ambassadeur(s).',
    volunteer: 'Me proposer comme ambassadeur',
    volunteered: 'Merci ! Le CM en chef va examiner votre proposition.',
    waiting: 'Propositions en attente',
    approve: 'Approuver {name}',
    approved: '{name} est maintenant ambassadeur.',
    kit: 'Kit de partage',
    kitIntro:
      'Des contenus approuvés à partager sur vos réseaux. Personnalisez le texte en gardant la mention et les hashtags : la charte réseaux sociaux est vérifiée avant le partage.',
    kitNone: 'Aucun contenu à partager pour l’instant.',
    text: 'Votre texte',
    network: 'Réseau',
    share: 'Partager',
    shareOn: 'Ouvrir {network} pour publier',
    clicks: '{count} clic(s)',
    totals: '{shares} partage(s), {clicks} clic(s) au total',
    myShares: 'Vos partages',
    failed: 'La page n’a pas pu être chargée.',
  },
  en: {
    ambassadors: 'Charter ambassadors',
    ambassadorsIntro:
      'Colleagues trained in the social-media and behaviour charters, who relay them in their site or direction.',
    mine: 'Your ambassadors',
    all: 'All ambassadors',
    certified: 'certified',
    notCertified: 'training to take',
    whole: 'The whole organisation',
    none: 'No ambassador yet.',
    ask: 'Ask an ambassador',
    question: 'Your question about the charter',
    send: 'Send',
    sent: 'Your question was sent to {count} ambassador(s).',
    volunteer: 'Put myself forward as an ambassador',
    volunteered: 'Thank you! The chief CM will review your nomination.',
    waiting: 'Nominations waiting',
    approve: 'Approve {name}',
    approved: '{name} is now an ambassador.',
    kit: 'Advocacy kit',
    kitIntro:
      'Approved content to share on your networks. Personalise the text but keep the disclosure line and hashtags: the social-media charter is checked before you share.',
    kitNone: 'Nothing to share yet.',
    text: 'Your text',
    network: 'Network',
    share: 'Share',
    shareOn: 'Open {network} to post',
    clicks: '{count} click(s)',
    totals: '{shares} share(s), {clicks} click(s) in all',
    myShares: 'Your shares',
    failed: 'The page could not be loaded.',
  },
};

export const networkNames = {
  LINKEDIN: 'LinkedIn',
  X: 'X',
  FACEBOOK: 'Facebook',
  MASTODON: 'Mastodon',
} as const;

/** Replaces `{name}` placeholders. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
