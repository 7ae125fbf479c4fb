/** Messages of projects (tasks, milestones, weather), appended to ./messages.ts. */
export const projectFr = {
  'validation.day': 'Indiquez une date au format AAAA-MM-JJ.',
  'project.assigneeNotMember': 'Une tâche se confie à un membre du projet.',
  'project.taskPosition': 'La place dans la colonne va de 0 à {max}.',
  'project.statusUpdateEmpty': 'Dites ce qui a été fait, ce qui vient ou l’aide dont vous avez besoin.',
  'project.weatherReason': 'Expliquez en une phrase pourquoi le projet est à risque ou en retard.',
  'project.weather.on_track': 'Dans les temps',
  'project.weather.at_risk': 'À risque',
  'project.weather.late': 'En retard',
  'project.weather.done': 'Terminé',
  'project.update.title': 'Point d’avancement : {weather}',
  'project.update.done': 'Ce qui a été fait',
  'project.update.next': 'Ce qui vient',
  'project.update.help': 'Besoin d’aide',
} as const;

export const projectEn: Record<keyof typeof projectFr, string> = {
  'validation.day': 'Give a date as YYYY-MM-DD.',
  'project.assigneeNotMember': 'A task is assigned to a member of the project.',
  'project.taskPosition': 'The place in the column goes from 0 to {max}.',
  'project.statusUpdateEmpty': 'Say what was done, what is next or what help you need.',
  'project.weatherReason': 'Explain in a sentence why the project is at risk or late.',
  'project.weather.on_track': 'On track',
  'project.weather.at_risk': 'At risk',
  'project.weather.late': 'Late',
  'project.weather.done': 'Done',
  'project.update.title': 'Status update: {weather}',
  'project.update.done': 'What was done',
  'project.update.next': 'What is next',
  'project.update.help': 'Help needed',
};
