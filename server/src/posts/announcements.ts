import { type Db, schema } from '@levain/db';

/** Records that a person read an announcement; acknowledging twice keeps the first time. */
export async function acknowledgeAnnouncement(db: Db, userId: string, postId: string): Promise<void> {
  await db.insert(schema.announcementAcknowledgements).values({ postId, userId }).onConflictDoNothing();
}
