/** The network map and the chief CM's edits of its positions. */
export const mapStrings = {
  fr: {
    title: 'Carte du réseau des CM',
    intro:
      'Pays × directions : qui anime chaque cellule, et sa santé sur {month} d’après le tableau de bord.',
    table: 'Carte du réseau : pays en lignes, directions en colonnes',
    country: 'Pays',
    health: 'Santé : {status}',
    board: 'Tableau de bord de {unit}',
    boardShort: 'Tableau de bord',
    vacant: 'Poste vacant',
    noPosition: 'Aucun poste',
    fullTime: 'temps plein',
    share: '{share} % de son temps',
    gaps: 'Manques du réseau',
    positionsWithoutCm: 'Postes sans CM',
    communitiesWithoutAnimator: 'Communautés sans animateur',
    academy: 'CM n’ayant pas commencé l’académie des CM',
    notAvailable: 'Aucune académie des CM n’est désignée.',
    none: 'Aucun.',
    edit: 'Modifier le poste de {unit}',
    editShort: 'Modifier',
    history: 'Historique',
    since: 'depuis le {date}',
    period: 'du {from} au {to}',
    search: 'Rechercher une personne',
    assign: 'Nommer {name}',
    leaveVacant: 'Laisser le poste vacant',
    openPosition: 'Ouvrir un poste sur {unit}',
    kind: 'Rôle',
    timeBasis: 'Temps',
    fullTimeOption: 'Temps plein',
    partTimeOption: 'Temps partiel',
    sharePercent: 'Part du temps (%)',
    create: 'Ouvrir le poste',
    close: 'Fermer',
    loading: 'Chargement…',
    failed: 'La carte n’a pas pu être chargée.',
  },
  en: {
    title: 'CM network map',
    intro: 'Countries × directions: who animates each cell, and its health in {month} from the board.',
    table: 'Network map: countries in rows, directions in columns',
    country: 'Country',
    health: 'Health: {status}',
    board: 'Board of {unit}',
    boardShort: 'Board',
    vacant: 'Vacant position',
    noPosition: 'No position',
    fullTime: 'full time',
    share: '{share} % of their time',
    gaps: 'Gaps in the network',
    positionsWithoutCm: 'Positions without a CM',
    communitiesWithoutAnimator: 'Communities without an animator',
    academy: 'CMs who have not started the CM academy',
    notAvailable: 'No CM academy is named.',
    none: 'None.',
    edit: 'Edit the position of {unit}',
    editShort: 'Edit',
    history: 'History',
    since: 'since {date}',
    period: 'from {from} to {to}',
    search: 'Search for a person',
    assign: 'Appoint {name}',
    leaveVacant: 'Leave the position vacant',
    openPosition: 'Open a position on {unit}',
    kind: 'Role',
    timeBasis: 'Time',
    fullTimeOption: 'Full time',
    partTimeOption: 'Part time',
    sharePercent: 'Share of time (%)',
    create: 'Open the position',
    close: 'Close',
    loading: 'Loading…',
    failed: 'The map could not be loaded.',
  },
};
export type MapText = (typeof mapStrings)['fr'];

/** Directions by their key, the same in every country: the map's column headers. */
export const directionStrings: Record<'fr' | 'en', Record<string, string>> = {
  fr: { communication: 'Communication', hr: 'Ressources humaines', marketing: 'Marketing', sales: 'Ventes' },
  en: { communication: 'Communication', hr: 'Human resources', marketing: 'Marketing', sales: 'Sales' },
};

export const kindStrings = {
  fr: {
    chief: 'CM en chef',
    country: 'CM pays',
    department: 'CM direction',
    manager_part_time: 'Manager CM',
  },
  en: {
    chief: 'Chief CM',
    country: 'Country CM',
    department: 'Department CM',
    manager_part_time: 'Manager as CM',
  },
};

/** Puts values in a string's {placeholders}. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
