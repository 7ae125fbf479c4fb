/** Messages of events (dates, answers, the waiting list), appended to ./messages.ts. */
export const eventFr = {
  'validation.endBeforeStart': 'La fin doit être après le début.',
  'validation.eventTooLong': 'Un événement dure au plus {days} jours : créez-en plusieurs ou une série.',
  'validation.recurrenceBound':
    'Une série s’arrête au plus tard deux ans après son début : indiquez une date de fin plus proche.',
  'validation.recurrenceEnd': 'Indiquez quand la série s’arrête (une date ou un nombre de fois).',
  'validation.guests': 'Le nombre d’invité·es va de 0 à {max}.',
  'validation.capacity': 'La capacité va de 1 à {max} places.',
  'validation.dateRange': 'Demandez une période de {days} jours au plus, la fin après le début.',
  'validation.eventLocation': 'Indiquez un lieu ou un lien en ligne.',
  'validation.checkInCode': 'Ce code ne correspond pas à celui affiché dans la salle.',
  'event.cancelled': 'Cet événement est annulé : on ne peut plus y répondre.',
  'event.past': 'Cet événement est terminé : on ne peut plus y répondre.',
  'event.alreadyCancelled': 'Cet événement est déjà annulé.',
  'event.checkInNotOpen': 'L’enregistrement ouvre une heure avant le début et ferme à la fin.',
  'event.notGoing': 'Seules les personnes inscrites (« j’y vais ») s’enregistrent à l’arrivée.',
} as const;

export const eventEn: Record<keyof typeof eventFr, string> = {
  'validation.endBeforeStart': 'The end must come after the start.',
  'validation.eventTooLong': 'An event lasts at most {days} days: create several, or a series.',
  'validation.recurrenceBound':
    'A series ends at most two years after it starts: choose an earlier end date.',
  'validation.recurrenceEnd': 'Say when the series ends (a date or a number of times).',
  'validation.guests': 'Guests go from 0 to {max}.',
  'validation.capacity': 'Capacity goes from 1 to {max} seats.',
  'validation.dateRange': 'Ask for at most {days} days, the end after the start.',
  'validation.eventLocation': 'Give a place or an online link.',
  'validation.checkInCode': 'This code is not the one shown in the room.',
  'event.cancelled': 'This event is cancelled: it no longer takes answers.',
  'event.past': 'This event is over: it no longer takes answers.',
  'event.alreadyCancelled': 'This event is already cancelled.',
  'event.checkInNotOpen': 'Check-in opens an hour before the start and closes at the end.',
  'event.notGoing': 'Only people who answered “going” check in on arrival.',
};
