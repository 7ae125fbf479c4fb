/** Messages of learning paths and quizzes, appended to ./messages.ts. */
export const learningFr = {
  'learning.cannotLearn': 'Ce parcours ne peut plus être suivi : sa communauté est archivée.',
  'learning.enrollFirst': 'Inscrivez-vous au parcours pour enregistrer votre progression.',
  'learning.pastDue':
    "La date limite de ce parcours est passée : demandez à qui vous l'a assigné de la repousser.",
  'learning.quizAlreadyPassed': 'Vous avez déjà réussi ce quiz.',
  'learning.noAttemptsLeft':
    'Vous avez utilisé toutes les tentatives autorisées pour ce quiz : demandez à un·e animateur·rice de la communauté.',
  'learning.unknownQuestion': 'Cette question ne fait pas partie du quiz : rechargez la page.',
  'learning.answeredTwice': 'Cette question a déjà une réponse plus haut.',
  'learning.unknownChoice': 'Cette réponse ne fait pas partie des choix de la question : rechargez la page.',
  'learning.chooseAnswer': 'Choisissez une réponse.',
  'learning.oneChoiceOnly': 'Une seule réponse est possible à cette question.',
  'learning.answerEveryQuestion': 'Répondez à toutes les questions avant de valider.',
};

export const learningEn: Record<keyof typeof learningFr, string> = {
  'learning.cannotLearn': 'This path can no longer be taken: its community is archived.',
  'learning.enrollFirst': 'Enrol in the path to record your progress.',
  'learning.pastDue': 'The due date of this path has passed: ask whoever assigned it to move it.',
  'learning.quizAlreadyPassed': 'You have already passed this quiz.',
  'learning.noAttemptsLeft':
    'You have used every attempt this quiz allows: ask an animator of the community.',
  'learning.unknownQuestion': 'This question is not part of the quiz: reload the page.',
  'learning.answeredTwice': 'This question already has an answer above.',
  'learning.unknownChoice': 'This answer is not one of the question’s choices: reload the page.',
  'learning.chooseAnswer': 'Choose an answer.',
  'learning.oneChoiceOnly': 'Only one answer is possible on this question.',
  'learning.answerEveryQuestion': 'Answer every question before submitting.',
};
