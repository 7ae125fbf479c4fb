import type { PathDraft } from '@levain/server/seeding';

type Draft = Omit<PathDraft, 'communityId' | 'createdById' | 'createdAt'>;

/**
 * The CM academy: what managers who become part-time community managers learn together, written
 * from the source documents (the CM's role and place in the organisation, animation, moderation
 * with the behaviour charter, crisis reflexes).
 */
export const cmAcademy: Draft = {
  title: 'CM academy : le métier de manager CM',
  summary:
    'Pour les managers qui animent la communauté de leur équipe ou de leur projet : le rôle du CM, animer, modérer avec la charte, les réflexes de crise. Environ une heure, en trois modules.',
  modules: [
    {
      title: 'Le rôle du manager CM',
      steps: [
        {
          lesson: {
            title: 'Le CM, levure du réseau social interne',
            estimatedMinutes: 8,
            body: `Animer une communauté, c'est **répondre, fédérer, amplifier, valoriser, égayer, inciter, encourager** et, bien sûr, **modérer**.

Chez Atlas, chaque manager CM y consacre une part déclarée de son poste (elle figure dans sa fiche de poste). Vous êtes :

- **facilitateur** de l'acquisition des compétences digitales de votre équipe ;
- **ambassadeur de la charte** et guide des médias sociaux ;
- la **levure** du réseau social interne : sans animation, une communauté s'endort.

> Ce n'est pas le CM qui s'exprime à titre personnel, mais l'entreprise.

Mettez de l'humain dans vos échanges : c'est ce qui fait la valeur d'une communauté par rapport à l'e-mail.`,
          },
        },
        {
          lesson: {
            title: 'Votre place dans l’organisation',
            estimatedMinutes: 6,
            body: `Le réseau des CM compte **un manager CM par pays et par direction** (Communication, Marketing, RH, Commerce), animé par le **community manager en chef**.

| Direction | Ce que le CM y apporte |
| --- | --- |
| Communication | informer, diffuser, valoriser |
| Marketing | écouter, observer les tendances |
| RH | engager, fidéliser, détecter les talents |
| Commerce | cibler, repérer les opportunités |

Chaque mois, le **digital board** rassemble vos indicateurs : portée, taux d'engagement, nombre de discussions, faits marquants et recommandations.

Les rôles en devenir du CM : **veilleur du climat social**, indicateur des risques psychosociaux, agent de la qualité de vie au travail. Et le droit à la déconnexion vaut aussi pour vous : un CM n'a pas à répondre 24 h sur 24.`,
          },
        },
        {
          quiz: {
            title: 'Quiz : le rôle du manager CM',
            passMark: 70,
            attemptsAllowed: 3,
            questions: [
              {
                prompt: 'Quand vous répondez dans votre communauté, qui s’exprime ?',
                choices: [
                  {
                    label: 'L’entreprise',
                    correct: true,
                    explanation: 'Oui : le CM est la voix officielle, ses réponses engagent l’entreprise.',
                  },
                  {
                    label: 'Vous, à titre personnel',
                    explanation:
                      'Non : même sur un ton humain, vos réponses sont perçues comme celles de l’entreprise.',
                  },
                ],
              },
              {
                prompt: 'Parmi ces missions, lesquelles sont celles d’un CM ?',
                multipleChoice: true,
                choices: [
                  {
                    label: 'Fédérer et valoriser les membres',
                    correct: true,
                    explanation: 'C’est le cœur de l’animation.',
                  },
                  {
                    label: 'Modérer les échanges',
                    correct: true,
                    explanation: 'Modérer fait partie de l’animation.',
                  },
                  {
                    label: 'Répondre à toute heure, week-end compris',
                    explanation: 'Non : le droit à la déconnexion s’applique aussi aux CM.',
                  },
                ],
              },
              {
                prompt: 'Qui anime le réseau des managers CM ?',
                choices: [
                  {
                    label: 'Le community manager en chef',
                    correct: true,
                    explanation: 'Il anime le réseau et lit le digital board.',
                  },
                  {
                    label: 'Chaque directeur de pays',
                    explanation: 'Non : les directions ont chacune leur CM, le réseau a son CM en chef.',
                  },
                ],
              },
            ],
          },
        },
      ],
    },
    {
      title: 'Animer et modérer',
      steps: [
        {
          lesson: {
            title: 'Faire vivre les échanges',
            estimatedMinutes: 7,
            body: `Une communauté vit quand ses membres se répondent. Quelques habitudes :

1. **Accueillez** chaque nouveau membre et présentez-le.
2. **Posez des questions** ouvertes plutôt que d'annoncer.
3. **Valorisez** les contributions : citez, remerciez, relayez.
4. Collectez l'information auprès des services, créez avec les chartes graphique et rédactionnelle, faites valider, publiez, puis **rendez compte** des retours.

La réactivité compte : une personne qui interpelle une marque attend en moyenne une heure. Mais ne confondez pas rapidité et précipitation.`,
          },
        },
        {
          lesson: {
            title: 'Modérer avec la charte de comportement',
            estimatedMinutes: 8,
            body: `Chaque communauté a sa **charte de comportement** : elle rappelle l'objectif de la communauté et dit ce qui n'est pas toléré et pourra être supprimé.

Face à un commentaire, regardez :

- **son origine** : membre, nouvel arrivant, influenceur, « troll » ;
- **son type** : faut-il répondre, en public ou en privé ?
- **la rapidité** attendue ;
- **la réponse** : professionnelle, transparente, exacte, dans le ton de la charte rédactionnelle.

Pour supprimer un message, **citez l'article de la charte** : vous éviterez l'« effet Streisand », où une suppression inexpliquée attire plus l'attention que le message lui-même.`,
          },
        },
        {
          quiz: {
            title: 'Quiz : modérer',
            passMark: 70,
            attemptsAllowed: 3,
            questions: [
              {
                prompt: 'Vous retirez un message hors charte. Que faites-vous ?',
                choices: [
                  {
                    label: 'Je le retire en citant l’article de la charte concerné',
                    correct: true,
                    explanation:
                      'Citer la charte rend la décision compréhensible et évite l’effet Streisand.',
                  },
                  {
                    label: 'Je le retire sans rien dire pour ne pas faire de vagues',
                    explanation:
                      'Une suppression inexpliquée attire souvent plus l’attention que le message.',
                  },
                ],
              },
              {
                prompt: 'Que regardez-vous avant de répondre à un commentaire ?',
                multipleChoice: true,
                choices: [
                  { label: 'Son origine (membre, influenceur, troll…)', correct: true },
                  { label: 'S’il appelle une réponse publique ou privée', correct: true },
                  {
                    label: 'Le nombre de réactions de son auteur',
                    explanation: 'Ce n’est pas un critère de la charte.',
                  },
                ],
              },
            ],
          },
        },
      ],
    },
    {
      title: 'Réflexes de crise',
      steps: [
        {
          lesson: {
            title: 'Bad buzz : ne pas agir seul',
            estimatedMinutes: 7,
            body: `En temps normal, le CM est autonome. **En crise, chaque réponse est validée** par la cellule de crise avant publication : le CM n'agit pas seul, mais les décideurs s'appuient sur son expérience des réseaux.

Les réflexes :

- des **étapes prévues et répétées**, des acteurs et des rôles identifiés ;
- une **veille** avec des signaux d'alerte, pour repérer une tension interne ou externe ;
- savoir **quand intervenir et quand laisser une crise s'éteindre** : « vous avez le droit de garder le silence » ;
- ne jamais chercher à **créer soi-même le buzz** ;
- ne pas oublier les acteurs internes et les partenaires sociaux.

Tout ce que vous direz pourra être retenu contre l'entreprise.`,
          },
        },
        {
          quiz: {
            title: 'Quiz final : réflexes de crise',
            passMark: 100,
            attemptsAllowed: 2,
            questions: [
              {
                prompt: 'Pendant un bad buzz, une réponse peut-elle être publiée sans validation ?',
                choices: [
                  {
                    label: 'Non, la cellule de crise la valide',
                    correct: true,
                    explanation: 'En crise, le CM n’agit pas seul.',
                  },
                  {
                    label: 'Oui, si le CM a l’habitude',
                    explanation: 'L’autonomie du temps normal ne vaut pas en crise.',
                  },
                ],
              },
              {
                prompt: 'Quels sont de bons réflexes de crise ?',
                multipleChoice: true,
                choices: [
                  { label: 'Suivre les signaux d’alerte de la veille', correct: true },
                  { label: 'Penser aux acteurs internes et aux partenaires sociaux', correct: true },
                  {
                    label: 'Rebondir avec humour pour détourner l’attention',
                    explanation: 'Créer le buzz soi-même tourne rarement à l’avantage de l’entreprise.',
                  },
                ],
              },
            ],
          },
        },
      ],
    },
  ],
};

/** A short path for newcomers, in English (the group's British and international colleagues). */
export const firstSteps: Draft = {
  title: 'First steps at Atlas',
  summary: 'Twenty minutes to find your way around the intranet: your profile, communities and the charter.',
  modules: [
    {
      title: 'Getting started',
      steps: [
        {
          lesson: {
            title: 'Your profile and your communities',
            estimatedMinutes: 5,
            body: `Complete your **profile** (photo, title, what you work on) so colleagues know who to ask.

Then join the **communities** of your team, your projects and your interests: their posts reach your home feed. A learning community is where a path like this one is discussed.`,
          },
        },
        {
          lesson: {
            title: 'Writing for colleagues',
            estimatedMinutes: 5,
            body: `Every community has a **behaviour charter**: it says what the community is for and what is not tolerated. Read it before your first post.

- Prefer a community to an email to many people.
- Mention a colleague with **@** to bring them in.
- You have a right to disconnect: nobody expects an answer outside your working hours.`,
          },
        },
        {
          quiz: {
            title: 'Quick check',
            passMark: 50,
            attemptsAllowed: 3,
            questions: [
              {
                prompt: 'Where should a question to many colleagues go?',
                choices: [
                  {
                    label: 'In the right community',
                    correct: true,
                    explanation: 'Everyone concerned sees it, and the answer stays findable.',
                  },
                  {
                    label: 'In an email to everyone',
                    explanation: 'An email reaches people once and is lost to the others.',
                  },
                ],
              },
              {
                prompt: 'What does a community’s behaviour charter tell you?',
                multipleChoice: true,
                choices: [
                  { label: 'What the community is for', correct: true },
                  { label: 'What is not tolerated', correct: true },
                  {
                    label: 'Who may read it',
                    explanation: 'That is the community’s visibility, not its charter.',
                  },
                ],
              },
            ],
          },
        },
      ],
    },
  ],
};
