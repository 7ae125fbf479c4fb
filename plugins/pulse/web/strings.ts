/** Every word of the pulse pages, in both languages. */
export const strings = {
  fr: {
    title: 'Baromètre social',
    intro:
      'Les enquêtes pulse mesurent l’engagement, la qualité de vie au travail et le droit à la déconnexion.',
    empty: 'Aucune campagne pour le moment.',
    failed: 'Les campagnes n’ont pas pu être chargées.',
    newCampaign: 'Nouvelle campagne',
    campaignTitle: 'Titre',
    opensOn: 'Ouverture le',
    closesOn: 'Clôture le',
    create: 'Programmer la campagne',
    status: { scheduled: 'Programmée', open: 'En cours', closed: 'Terminée' },
  },
  en: {
    title: 'Pulse surveys',
    intro: 'Pulse surveys measure engagement, quality of working life and the right to disconnect.',
    empty: 'No campaign yet.',
    failed: 'The campaigns could not be loaded.',
    newCampaign: 'New campaign',
    campaignTitle: 'Title',
    opensOn: 'Opens on',
    closesOn: 'Closes on',
    create: 'Schedule the campaign',
    status: { scheduled: 'Scheduled', open: 'Open', closed: 'Closed' },
  },
};
