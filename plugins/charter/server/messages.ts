const kindsFr = {
  social_media: 'la charte réseaux sociaux',
  behaviour: 'la charte de comportement',
  community: 'la charte de votre communauté',
  editorial: 'la charte éditoriale',
};
const kindsEn = {
  social_media: 'the social-media charter',
  behaviour: 'the behaviour charter',
  community: 'your community’s charter',
  editorial: 'the editorial charter',
};

const notifications = (
  kinds: Record<string, string>,
  major: (kind: string) => string,
  minor: (kind: string) => string,
) =>
  Object.fromEntries(
    Object.entries(kinds).flatMap(([key, name]) => [
      [`notification.major.${key}`, major(name)],
      [`notification.minor.${key}`, minor(name)],
    ]),
  );

export const messages = {
  fr: {
    'validation.notCurrent':
      'Une nouvelle version de la charte a été publiée : lisez-la avant de confirmer en avoir pris connaissance.',
    'validation.numberReused': 'L’article {number} est déjà numéroté ainsi : donnez-lui un autre numéro.',
    'validation.articleNumber': 'Numérotez les articles de 1 à 999.',
    'validation.firstIsMajor': 'La première version d’une charte est une version majeure.',
    'validation.appealNotYours': 'Vous ne pouvez faire appel que d’une décision sur vos propres contenus.',
    'validation.notAppealable':
      'Seuls un masquage, un retrait ou un avertissement peuvent faire l’objet d’un appel.',
    'validation.appealedAlready': 'Vous avez déjà fait appel de cette décision : un seul appel par décision.',
    'validation.notYourAppealToDecide':
      'Un autre modérateur de la communauté ou un administrateur décide de cet appel, pas vous.',
    'validation.appealDecided': 'Cet appel a déjà été tranché.',
    'validation.year': 'Choisissez une année entre 2000 et 2100.',
    'validation.quarter': 'Choisissez un trimestre de 1 à 4.',
    'notification.appeal.filed': 'Un auteur fait appel d’une décision de modération : à examiner.',
    'notification.appeal.upheld': 'Votre appel a été accepté : la décision de modération est annulée.',
    'notification.appeal.rejected': 'Votre appel a été examiné : la décision de modération est maintenue.',
    'validation.nominateSelfOnly':
      'Vous pouvez vous proposer comme ambassadeur ; le CM en chef ou un administrateur nomme les autres.',
    'validation.unknownUnit': 'Choisissez un site ou une direction de l’organisation.',
    'validation.noAmbassador':
      'Aucun ambassadeur ne couvre encore votre site ou votre direction : écrivez au CM en chef.',
    'validation.itemExpired': 'Ce contenu du kit a expiré : il ne peut plus être partagé.',
    'validation.forbiddenWord': 'Votre texte contient « {word} », que la charte réseaux sociaux proscrit.',
    'validation.disclosureMissing':
      'Gardez la mention « {disclosure} » : la charte réseaux sociaux l’exige quand vous parlez de l’entreprise.',
    'validation.hashtagMissing': 'Gardez le hashtag {hashtag} de ce contenu.',
    'notification.question.asked': 'Un collègue pose une question sur la charte aux ambassadeurs.',
    'notification.question.answered': 'Un ambassadeur a répondu à votre question sur la charte.',
    'validation.questionAnswered': 'Un ambassadeur a déjà répondu à cette question.',
    'validation.notYourQuestion':
      'Seuls les ambassadeurs du site ou de la direction de l’auteur répondent à cette question.',
    'validation.link': 'Donnez une adresse complète qui commence par https://.',
    'validation.hashtag': '« {hashtag} » n’est pas un hashtag : des lettres, des chiffres ou _, sans espace.',
    'validation.expiresInPast': 'Choisissez une date d’expiration à venir.',
    'validation.forbiddenWordShape': '« {word} » : un mot par ligne, sans espace.',
    'audit.kit-item-created': 'a ajouté au kit de partage « {title} »',
    'audit.kit-item-expired': 'a retiré un contenu du kit de partage',
    'audit.forbidden-words-set': 'a mis à jour la liste des mots proscrits ({count} mots)',
    'requirement.behaviour':
      'Avant votre première publication, lisez et acceptez la charte de comportement du réseau.',
    'requirement.community':
      'Avant votre première publication dans cette communauté, lisez et acceptez sa charte.',
    'validation.communityHasCharter': 'Cette communauté a déjà sa charte : publiez-en une nouvelle version.',
    'audit.community-charter-adopted': 'a adopté une charte pour la communauté « {community} »',
    ...notifications(
      kindsFr,
      (name) => `Nouvelle version {version} de ${name} : lisez-la et confirmez en avoir pris connaissance.`,
      (name) =>
        `${name[0]!.toUpperCase()}${name.slice(1)} a été mise à jour (version {version}) : voyez ce qui a changé.`,
    ),
  },
  en: {
    'validation.notCurrent':
      'A newer version of the charter has been published: read it before acknowledging it.',
    'validation.numberReused': 'Article {number} already has this number: give it another one.',
    'validation.articleNumber': 'Number articles from 1 to 999.',
    'validation.firstIsMajor': 'A charter’s first version is a major version.',
    'validation.appealNotYours': 'You may only appeal a decision about your own content.',
    'validation.notAppealable': 'Only a hide, a removal or a warning can be appealed.',
    'validation.appealedAlready': 'You already appealed this decision: one appeal per decision.',
    'validation.notYourAppealToDecide':
      'Another moderator of the community or an admin decides this appeal, not you.',
    'validation.appealDecided': 'This appeal has already been decided.',
    'validation.year': 'Choose a year between 2000 and 2100.',
    'validation.quarter': 'Choose a quarter from 1 to 4.',
    'notification.appeal.filed': 'An author appeals a moderation decision: please review it.',
    'notification.appeal.upheld': 'Your appeal was upheld: the moderation decision is reversed.',
    'notification.appeal.rejected': 'Your appeal was reviewed: the moderation decision stands.',
    'validation.nominateSelfOnly':
      'You may put yourself forward as an ambassador; the chief CM or an admin nominates others.',
    'validation.unknownUnit': 'Choose a site or a direction of the organisation.',
    'validation.noAmbassador': 'No ambassador covers your site or direction yet: write to the chief CM.',
    'validation.itemExpired': 'This kit item has expired: it can no longer be shared.',
    'validation.forbiddenWord': 'Your text contains “{word}”, which the social-media charter rules out.',
    'validation.disclosureMissing':
      'Keep the line “{disclosure}”: the social-media charter requires it when you speak about the company.',
    'validation.hashtagMissing': 'Keep this item’s hashtag {hashtag}.',
    'notification.question.asked': 'A colleague asks the ambassadors a question about the charter.',
    'notification.question.answered': 'An ambassador answered your question about the charter.',
    'validation.questionAnswered': 'An ambassador has already answered this question.',
    'validation.notYourQuestion':
      'Only the ambassadors of the asker’s site or direction answer this question.',
    'validation.link': 'Give a full address starting with https://.',
    'validation.hashtag': '“{hashtag}” is not a hashtag: letters, digits or _, no spaces.',
    'validation.expiresInPast': 'Choose an expiry date in the future.',
    'validation.forbiddenWordShape': '“{word}”: one word a line, no spaces.',
    'audit.kit-item-created': 'added “{title}” to the advocacy kit',
    'audit.kit-item-expired': 'withdrew an item from the advocacy kit',
    'audit.forbidden-words-set': 'updated the list of forbidden words ({count} words)',
    'requirement.behaviour': 'Before your first post, read and accept the network’s behaviour charter.',
    'requirement.community': 'Before your first post in this community, read and accept its charter.',
    'validation.communityHasCharter': 'This community already has its charter: publish a new version of it.',
    'audit.community-charter-adopted': 'adopted a charter for the community “{community}”',
    ...notifications(
      kindsEn,
      (name) => `New version {version} of ${name}: read it and acknowledge it.`,
      (name) =>
        `${name[0]!.toUpperCase()}${name.slice(1)} was updated (version {version}): see what changed.`,
    ),
  },
};
