import { loadRecipients } from '../notifications/audience';
import { notify } from '../notifications/store';
import type { Services } from '../services';

/** Tells a person that someone keeps failing to sign in as them (in the app, and by email). */
export async function alertAccountOwner(services: Services, userId: string): Promise<void> {
  await notify(services, {
    kind: 'sign_in_alert',
    actorId: null,
    recipients: await loadRecipients(services.db, [userId], null),
    groupKey: `sign-in-alert:${userId}`,
  });
}
