import type { Db } from '@levain/db';
import { ValidationError } from '../errors';
import { can, type Viewer } from '../permissions';
import { loadEvent } from './access';

/**
 * Checks a post may join an event's live thread: the author reads the event (else "not found"),
 * it is neither cancelled nor over, and a community's event is covered in that community, so a
 * live post never reaches people who may not see the event.
 */
export async function assertMayCoverLive(
  db: Db,
  viewer: Viewer,
  eventId: string,
  communityId: string | null,
): Promise<void> {
  const { event, access } = await loadEvent(db, viewer, eventId);
  if (!can(viewer, 'event:cover', access)) throw ValidationError.field('eventId', 'event.liveClosed');
  if (event.communityId && event.communityId !== communityId)
    throw ValidationError.field('eventId', 'event.liveOutsideCommunity');
}
