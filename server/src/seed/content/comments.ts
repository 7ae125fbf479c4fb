import type { Lang } from './types';

/** What colleagues answer to any post, whatever its subject. {firstName}: the post's author. */
export const anyComment: Record<Lang, string[]> = {
  fr: [
    'Merci pour le partage !',
    'Merci {firstName}, très utile.',
    'Top, je transmets à mon équipe.',
    'Bonne idée, on essaie chez nous la semaine prochaine.',
    'Est-ce que les supports seront disponibles après ?',
    'Je n’avais pas vu les choses sous cet angle, merci.',
    'Complètement d’accord.',
    'Intéressant ! Tu as des chiffres plus détaillés ?',
    'On en parle au prochain point d’équipe ?',
    'Bravo {firstName} 👏',
    'Je suis preneuse du modèle si tu le partages.',
    'Je suis preneur, merci d’avance.',
    'Même constat de notre côté.',
    'Question bête : ça s’applique aussi aux équipes au Canada ?',
    'Super initiative, merci {firstName} !',
    'J’ajoute que les collègues du terrain ont souvent la réponse avant nous.',
    'Je découvre, merci pour la clarté.',
    'Pas sûr que ça marche partout, mais ça vaut le coup d’essayer.',
    'Exactement ce qu’il nous fallait.',
    '+1, et merci pour la transparence.',
    'Je mets ça en favori pour relire à tête reposée.',
    'Est-ce qu’on peut en faire un point au prochain rituel du réseau ?',
  ],
  en: [
    'Thanks for sharing!',
    'Thanks {firstName}, really useful.',
    'Great, passing it on to my team.',
    'Good idea, we will try it next week.',
    'Will the slides be available afterwards?',
    'Had not looked at it that way, thanks.',
    'Completely agree.',
    'Interesting! Do you have more detailed figures?',
    'Shall we discuss it at the next team meeting?',
    'Well done {firstName} 👏',
    'Would love the template if you can share it.',
    'Same here.',
    'Does this apply to the Canadian teams too?',
    'Great initiative, thanks {firstName}!',
    'Bookmarking this to read properly later.',
    '+1, and thanks for being open about it.',
  ],
};

/** Answers to a comment (one level of replies). {firstName}: the comment's author. */
export const replies: Record<Lang, string[]> = {
  fr: [
    'Merci {firstName} !',
    'Bonne question {firstName}, je vérifie et je reviens vers toi.',
    'Oui, je les mets dans les fichiers de la communauté demain.',
    'Tout à fait, {firstName}.',
    'Je t’envoie ça en message.',
    'C’est prévu pour le mois prochain.',
    'Pas encore, mais c’est une bonne idée.',
    'On en reparle au prochain rituel, {firstName}.',
    'Je confirme, même chose chez nous.',
    'Avec plaisir 🙂',
  ],
  en: [
    'Thanks {firstName}!',
    'Good question {firstName}, I will check and get back to you.',
    'Yes, I will add them to the community files tomorrow.',
    'Exactly, {firstName}.',
    'Sending it to you directly.',
    'Planned for next month.',
    'Not yet, but good idea.',
    'Happy to help 🙂',
  ],
};

/** What someone writes when sharing a post into another community. {firstName}: the original's author. */
export const shareIntros: Record<Lang, string[]> = {
  fr: [
    'À lire 👇',
    'Je partage ici, ça concerne aussi notre équipe.',
    '{firstName} résume très bien le sujet, qu’en pensez-vous ?',
  ],
  en: ['Worth a read 👇', 'Sharing here: relevant for our team too.', '{firstName} puts it really well. Thoughts?'],
};
