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
  'learning.outOfRange': 'Saisissez un nombre entier entre {min} et {max}.',
  'learning.twoChoices': 'Proposez au moins deux réponses.',
  'learning.oneRightChoice': 'Cochez au moins une bonne réponse.',
  'learning.singleRightChoice':
    'Une question à choix unique a une seule bonne réponse : cochez « plusieurs réponses » ou n’en gardez qu’une.',
  'learning.unknownStep': 'Cette étape ne fait pas partie du parcours : rechargez la page.',
  'learning.authorsOnly': 'Seul·e·s les animateur·rice·s de la communauté écrivent ses parcours.',
  'learning.notLearningCommunity': 'Un parcours se publie dans une communauté d’apprentissage.',
  'learning.dueInPast': 'Choisissez une date limite à venir.',
  'learning.dueTooFar': 'Choisissez une date limite avant 2100.',
  'learning.chooseAssignees': 'Choisissez au moins une personne ou une unité.',
  'learning.unknownPerson': 'Une des personnes choisies n’existe pas ou n’est plus active.',
  'learning.emptyOrgUnit': 'Cette unité ne compte aucune personne active.',
  'learning.assignNotAllowed':
    'Vous pouvez assigner ce parcours à vos collaborateur·rice·s directs ; les animateur·rice·s de sa communauté, à tout le monde.',
  'learning.assigneeCannotRead':
    '{name} ne peut pas lire ce parcours : invitez cette personne dans la communauté d’abord.',
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
  'learning.outOfRange': 'Enter a whole number between {min} and {max}.',
  'learning.twoChoices': 'Offer at least two answers.',
  'learning.oneRightChoice': 'Tick at least one right answer.',
  'learning.singleRightChoice':
    'A single-choice question has one right answer: tick “several answers” or keep only one.',
  'learning.unknownStep': 'This step is not part of the path: reload the page.',
  'learning.authorsOnly': 'Only the community’s animators write its paths.',
  'learning.notLearningCommunity': 'A path is published in a learning community.',
  'learning.dueInPast': 'Choose a due date in the future.',
  'learning.dueTooFar': 'Choose a due date before 2100.',
  'learning.chooseAssignees': 'Choose at least one person or unit.',
  'learning.unknownPerson': 'One of the people chosen does not exist or is no longer active.',
  'learning.emptyOrgUnit': 'This unit has no active people.',
  'learning.assignNotAllowed':
    'You may assign this path to your direct reports; its community’s animators, to anyone.',
  'learning.assigneeCannotRead': '{name} cannot read this path: invite them to the community first.',
};
