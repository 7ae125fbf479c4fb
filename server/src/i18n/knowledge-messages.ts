/** Messages of questions and answers, skills and endorsements, appended to ./messages.ts. */
export const knowledgeFr = {
  'question.needsCommunity': 'Posez votre question dans une communauté.',
  'question.notAnAnswer':
    'Seules les réponses à la question (pas les réponses à un commentaire) peuvent être acceptées.',
  'question.acceptNotAllowed':
    'Seul·e la personne qui a posé la question ou un·e animateur·rice de la communauté peut accepter une réponse.',
  'question.ownAnswerVote': 'Vous ne pouvez pas voter pour votre propre réponse.',
  'question.notAQuestion': 'Ce message n’est pas une question.',
  'skills.invalid': 'Une compétence s’écrit avec des lettres ou des chiffres (60 caractères au plus).',
  'skills.endorseSelf': 'Vous ne pouvez pas recommander vos propres compétences : demandez à un·e collègue.',
  'skills.alreadyEndorsed': 'Vous avez déjà recommandé cette compétence de cette personne.',
  'skills.notListed': 'Cette personne n’a pas cette compétence sur son profil.',
};

export const knowledgeEn: Record<keyof typeof knowledgeFr, string> = {
  'question.needsCommunity': 'Ask your question in a community.',
  'question.notAnAnswer': 'Only answers to the question (not replies to a comment) can be accepted.',
  'question.acceptNotAllowed':
    'Only the person who asked the question or an animator of the community can accept an answer.',
  'question.ownAnswerVote': 'You cannot upvote your own answer.',
  'question.notAQuestion': 'This post is not a question.',
  'skills.invalid': 'A skill is written with letters or digits (60 characters at most).',
  'skills.endorseSelf': 'You cannot endorse your own skills: ask a colleague.',
  'skills.alreadyEndorsed': 'You have already endorsed this skill of this person.',
  'skills.notListed': 'This person does not list this skill on their profile.',
};
