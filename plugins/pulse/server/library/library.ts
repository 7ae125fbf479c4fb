import type { Db, Tx } from '@levain/db';
import { pulseQuestions } from '../../db/schema';
import { builtInQuestions, type PulseQuestion } from './questions';

export type LibraryQuestion = PulseQuestion & { builtIn: boolean; archived: boolean };

/** The organisation's library: the built-in questions as it reworded them, then its own. */
export async function loadLibrary(db: Db | Tx): Promise<LibraryQuestion[]> {
  const rows = await db.select().from(pulseQuestions);
  const edits = new Map(rows.map((row) => [row.id, row]));
  const builtIn = builtInQuestions.map((question) => {
    const edit = edits.get(question.id);
    return {
      ...question,
      text: edit?.definition.text ?? question.text,
      builtIn: true,
      archived: edit?.archived ?? false,
    };
  });
  const builtInIds = new Set(builtInQuestions.map((q) => q.id));
  const own = rows
    .filter((row) => !builtInIds.has(row.id))
    .map((row) => ({ ...row.definition, id: row.id, builtIn: false, archived: row.archived }));
  return [...builtIn, ...own];
}

/** The question as a campaign keeps it (without the library's bookkeeping). */
export function asCampaignQuestion({
  builtIn: _b,
  archived: _a,
  ...question
}: LibraryQuestion): PulseQuestion {
  return question;
}

export async function saveQuestion(
  tx: Tx,
  actorId: string,
  question: PulseQuestion,
  archived: boolean,
  now: Date,
): Promise<void> {
  await tx
    .insert(pulseQuestions)
    .values({ id: question.id, definition: question, archived, updatedBy: actorId, updatedAt: now })
    .onConflictDoUpdate({
      target: pulseQuestions.id,
      set: { definition: question, archived, updatedBy: actorId, updatedAt: now },
    });
}
