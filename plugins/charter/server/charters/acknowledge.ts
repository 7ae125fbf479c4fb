import type { Db } from '@levain/db';
import { ValidationError } from '@levain/server/plugin';
import { charterVersionAcknowledgements } from '../../db/schema';
import type { CharterRow } from './model';

/**
 * Records that a person read the current version ("j'ai pris connaissance"): who, which version,
 * when. A version that is no longer the current one is refused, so nobody accepts a text unread.
 */
export async function acknowledge(
  db: Db,
  charter: CharterRow & { currentNumber: number | null },
  versionNumber: number,
  userId: string,
): Promise<void> {
  if (!charter.currentVersionId || charter.currentNumber !== versionNumber)
    throw ValidationError.field('versionNumber', 'charter:validation.notCurrent');
  await db
    .insert(charterVersionAcknowledgements)
    .values({ versionId: charter.currentVersionId, charterId: charter.id, userId })
    .onConflictDoNothing();
}
