import type { DataProcessingActivity } from './activity';

const employees = { fr: 'Salariés et personnes invitées', en: 'Employees and invited people' };
const colleagues = {
  fr: 'Les collègues, selon les règles de visibilité ; les administrateurs',
  en: 'Colleagues, within the visibility rules; administrators',
};

/** What the core stores about people. The retention periods are those the server applies or the defaults it documents. */
export const coreActivities: DataProcessingActivity[] = [
  {
    id: 'core:accounts',
    name: { fr: 'Comptes et annuaire', en: 'Accounts and directory' },
    purpose: {
      fr: 'Identifier les personnes, les rattacher à leur entité et les présenter à leurs collègues.',
      en: 'Identify people, attach them to their org unit and present them to colleagues.',
    },
    legalBasis: 'contract',
    dataSubjects: employees,
    dataCategories: [
      {
        fr: 'Nom, adresse e-mail professionnelle, entité, manager',
        en: 'Name, work email, org unit, manager',
      },
      { fr: 'Photo, poste, compétences (facultatif)', en: 'Photo, job title, skills (optional)' },
      { fr: 'Langue, fuseau horaire, horaires de travail', en: 'Language, time zone, working hours' },
    ],
    retention: {
      fr: 'Durée du contrat ; compte désactivé effacé sur demande ou par l’administrateur.',
      en: 'The length of employment; a deactivated account is erased on request or by an admin.',
    },
    recipients: colleagues,
  },
  {
    id: 'core:security',
    name: { fr: 'Sécurité des accès', en: 'Access security' },
    purpose: {
      fr: 'Authentifier, protéger les comptes contre les abus et alerter d’une connexion inhabituelle.',
      en: 'Authenticate, protect accounts against abuse and warn of an unusual sign-in.',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: employees,
    dataCategories: [
      { fr: 'Empreinte du mot de passe (argon2id)', en: 'Password hash (argon2id)' },
      { fr: 'Sessions, navigateur, appareils connus', en: 'Sessions, browser, known devices' },
      { fr: 'Tentatives de connexion par adresse IP', en: 'Sign-in attempts per IP address' },
    ],
    retention: {
      fr: 'Session : 14 jours d’inactivité ; compteurs de tentatives : une heure.',
      en: 'Session: 14 days of inactivity; attempt counters: one hour.',
    },
    recipients: { fr: 'Personne en dehors du serveur', en: 'Nobody outside the server' },
  },
  {
    id: 'core:social',
    name: { fr: 'Publications, commentaires et communautés', en: 'Posts, comments and communities' },
    purpose: {
      fr: 'Permettre aux personnes d’échanger, de partager et d’apprendre dans leurs communautés.',
      en: 'Let people exchange, share and learn in their communities.',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: employees,
    dataCategories: [
      {
        fr: 'Contenus publiés, réactions, votes, favoris',
        en: 'Published content, reactions, votes, bookmarks',
      },
      { fr: 'Adhésions aux communautés, abonnements', en: 'Community memberships, follows' },
      { fr: 'Événements, projets, parcours de formation', en: 'Events, projects, learning paths' },
    ],
    retention: {
      fr: 'Tant que le contenu existe ; effacé avec le compte.',
      en: 'As long as the content exists; erased with the account.',
    },
    recipients: colleagues,
  },
  {
    id: 'core:notifications',
    name: { fr: 'Notifications et e-mails', en: 'Notifications and emails' },
    purpose: {
      fr: 'Prévenir les personnes de ce qui les concerne, dans leurs heures de travail (droit à la déconnexion).',
      en: 'Tell people what concerns them, within their working hours (right to disconnect).',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: employees,
    dataCategories: [{ fr: 'Notifications, préférences d’envoi', en: 'Notifications, email preferences' }],
    retention: { fr: '90 jours après lecture', en: '90 days after reading' },
    recipients: { fr: 'Le serveur de messagerie de l’organisation', en: 'The organisation’s mail server' },
  },
  {
    id: 'core:moderation',
    name: { fr: 'Modération et journal d’audit', en: 'Moderation and audit log' },
    purpose: {
      fr: 'Faire respecter les chartes et garder la trace des actions d’administration.',
      en: 'Enforce the charters and keep a record of administrative actions.',
    },
    legalBasis: 'legal-obligation',
    dataSubjects: employees,
    dataCategories: [
      { fr: 'Signalements, décisions et leurs motifs', en: 'Reports, decisions and their reasons' },
      {
        fr: 'Auteur, action et date des actions d’administration',
        en: 'Actor, action and date of admin actions',
      },
    ],
    retention: { fr: 'Un an (journal d’audit)', en: 'One year (audit log)' },
    recipients: {
      fr: 'Modérateurs et administrateurs',
      en: 'Moderators and administrators',
    },
  },
  {
    id: 'core:integrations',
    name: { fr: 'Jetons d’API et webhooks', en: 'API tokens and webhooks' },
    purpose: {
      fr: 'Relier Levain au reste du système d’information, dans les droits de la personne propriétaire.',
      en: 'Connect Levain to the rest of the information system, within its owner’s rights.',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: employees,
    dataCategories: [
      { fr: 'Propriétaire et dernière utilisation des jetons', en: 'Token owners and last use' },
      {
        fr: 'Contenus publics envoyés aux webhooks, journal des livraisons',
        en: 'Public content sent to webhooks, delivery log',
      },
    ],
    retention: {
      fr: 'Jeton : jusqu’à un an ; journal des livraisons : 30 jours',
      en: 'Token: up to a year; delivery log: 30 days',
    },
    recipients: {
      fr: 'Les applications abonnées, choisies par les administrateurs',
      en: 'The subscribed applications, chosen by administrators',
    },
  },
  {
    id: 'core:reach',
    name: { fr: 'Statistiques de lecture', en: 'Reading statistics' },
    purpose: {
      fr: 'Mesurer la portée des publications et l’activité des communautés, en chiffres agrégés.',
      en: 'Measure the reach of posts and the activity of communities, as aggregated figures.',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: employees,
    dataCategories: [{ fr: 'Vues des publications (qui, quand)', en: 'Post views (who, when)' }],
    retention: { fr: '13 mois', en: '13 months' },
    recipients: {
      fr: 'Animateurs et CM, en chiffres seulement',
      en: 'Animators and CMs, as figures only',
    },
  },
];
