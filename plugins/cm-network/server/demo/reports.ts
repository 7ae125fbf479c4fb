import type { Db } from '@levain/db';
import type { DemoSeed } from '@levain/server/plugin';
import { cmReports } from '../../db/schema';
import { type Month, monthOf, previousMonth } from '../board/month';
import { loadPositions } from '../network/positions';
import { dueDate } from '../reports/read';

const HIGHLIGHTS = [
  'Le défi photo « Mon équipe en action » a réuni 40 participations ; la série de portraits métiers continue.',
  'Webinaire sur la nouvelle offre suivi en direct par 120 personnes, replay partagé dans la communauté.',
  'Migration des anciens fils de discussion terminée ; trois nouveaux membres actifs en animation.',
  'Lancement du fil « Questions aux experts » : 12 questions, 10 avec une réponse acceptée.',
];
const REQUESTS = [
  'Deux demandes de la direction pour relayer des annonces ; un contact presse transmis à la communication.',
  'Les managers demandent un guide pour animer leurs équipes ; la RH souhaite un espace onboarding.',
  'Trois demandes de création de communauté, dont une redondante réorientée.',
  'Sollicitations de salariés sur le télétravail, transmises à la RH.',
];
const RECOMMENDATIONS = [
  'Publier moins mais mieux : un rendez-vous hebdomadaire plutôt que des annonces au fil de l’eau.',
  'Former deux ambassadeurs de plus pour répondre plus vite aux questions.',
  'Caler les publications sur les heures de travail des pays pour toucher plus de lecteurs.',
  'Fusionner les deux communautés produit qui se recouvrent.',
];
const RETURN_COMMENT =
  'Merci ! Peux-tu chiffrer les demandes reçues et préciser ce que tu proposes pour le mois prochain ?';
const VALIDATE_COMMENT = 'Très clair, merci. À partager au prochain comité.';

/**
 * The monthly cycle as the chief CM finds it: three months of validated reports; the month before
 * last with two late ones; the last month with reports validated, submitted (to review), returned
 * and pending, the demo's part-time CM (manager@atlas.example) among those still to write theirs.
 */
export async function seedReports(db: Db, seed: DemoSeed, chiefId: string) {
  const positions = (await loadPositions(db)).filter((p) => p.holder && p.kind !== 'chief');
  const last = previousMonth(monthOf(seed.now));
  const months = [
    last,
    previousMonth(last),
    previousMonth(previousMonth(last)),
    previousMonth(previousMonth(previousMonth(last))),
  ];
  const rows: Array<typeof cmReports.$inferInsert> = [];
  const write = (month: Month, i: number, status: 'submitted' | 'validated' | 'returned') => {
    // Days before the due date, never after the seed's clock.
    const before = (at: number) => new Date(Math.min(at, seed.now.getTime() - 3_600_000));
    const submittedAt = before(dueDate(month).getTime() - ((i % 4) + 1) * 86_400_000);
    const position = positions[i]!;
    rows.push({
      positionId: position.id,
      month: month.key,
      authorId: position.holder!.userId,
      highlights: HIGHLIGHTS[i % HIGHLIGHTS.length]!,
      requests: REQUESTS[(i + 1) % REQUESTS.length]!,
      recommendations: RECOMMENDATIONS[(i + 2) % RECOMMENDATIONS.length]!,
      status,
      submittedAt,
      ...(status === 'submitted'
        ? {}
        : {
            reviewerId: chiefId,
            reviewComment: status === 'returned' ? RETURN_COMMENT : i % 3 ? null : VALIDATE_COMMENT,
            reviewedAt: before(submittedAt.getTime() + 86_400_000),
          }),
    });
  };
  positions.forEach((position, i) => {
    const own = position.holder!.user.email === 'manager@atlas.example';
    // Last month: about a third validated, a third to review, one returned, the rest (and the demo's part-time CM) pending.
    if (!own) {
      if (i === 1) write(last, i, 'returned');
      else if (i % 3 === 0) write(last, i, 'validated');
      else if (i % 3 === 1) write(last, i, 'submitted');
    }
    // The month before: everyone but two, who are late.
    if (i % 7 !== 5) write(months[1]!, i, 'validated');
    for (const month of months.slice(2)) write(month, i, 'validated');
  });
  if (rows.length) await db.insert(cmReports).values(rows);
}
