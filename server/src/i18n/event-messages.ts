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
  'validation.organisers': 'Un événement a de 1 à {max} organisateur·rices.',
  'validation.organiserNotMember':
    'Les organisateur·rices sont des personnes actives, membres de la communauté de l’événement.',
  'validation.capacityBelowSeats':
    '{seats} places sont déjà confirmées : la capacité ne peut pas descendre en dessous.',
  'validation.invitees': 'Invitez de 1 à {max} personnes, communautés ou entités à la fois.',
  'validation.inviteePerson': 'Seules des personnes actives peuvent être invitées.',
  'validation.inviteeCommunity': 'Vous ne pouvez inviter qu’une communauté que vous voyez.',
  'event.answer.going': 'J’y vais',
  'event.answer.maybe': 'Peut-être',
  'event.answer.declined': 'Je n’y vais pas',
  'validation.reminders': 'Les rappels se font la veille (1440) ou une heure avant (60).',
  'event.cancelled': 'Cet événement est annulé : on ne peut plus y répondre.',
  'event.past': 'Cet événement est terminé : on ne peut plus y répondre.',
  'event.alreadyCancelled': 'Cet événement est déjà annulé.',
  'event.checkInNotOpen': 'L’enregistrement ouvre une heure avant le début et ferme à la fin.',
  'event.notGoing': 'Seules les personnes inscrites (« j’y vais ») s’enregistrent à l’arrivée.',
  'event.liveClosed':
    'Le fil en direct de cet événement est fermé : il est annulé, ou terminé (seuls ses organisateurs y ajoutent photos et supports).',
  'event.liveOutsideCommunity': 'Un message en direct de cet événement se publie dans sa communauté.',
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
  'validation.organisers': 'An event has 1 to {max} organisers.',
  'validation.organiserNotMember': 'Organisers are active people, members of the event’s community.',
  'validation.capacityBelowSeats': '{seats} seats are already confirmed: capacity cannot go below that.',
  'validation.invitees': 'Invite 1 to {max} people, communities or org units at a time.',
  'validation.inviteePerson': 'Only active people can be invited.',
  'validation.inviteeCommunity': 'You can only invite a community you can see.',
  'event.answer.going': 'Going',
  'event.answer.maybe': 'Maybe',
  'event.answer.declined': 'Not going',
  'validation.reminders': 'Reminders go the day before (1440) or an hour before (60).',
  'event.cancelled': 'This event is cancelled: it no longer takes answers.',
  'event.past': 'This event is over: it no longer takes answers.',
  'event.alreadyCancelled': 'This event is already cancelled.',
  'event.checkInNotOpen': 'Check-in opens an hour before the start and closes at the end.',
  'event.notGoing': 'Only people who answered “going” check in on arrival.',
  'event.liveClosed':
    'This event’s live thread is closed: it is cancelled, or over (only its organisers add photos and slides).',
  'event.liveOutsideCommunity': 'A live post from this event is published in its community.',
};
