import type { Tx } from '@levain/db';
import { insertMany } from '@levain/server/plugin';

export type NewInvitation = {
  userId: string;
  orgUnitId: string | null;
  deliverAt: Date;
  deliveredAt?: Date | null;
  answered?: boolean;
};

/** Asks people a pulse: their participation records, thousands per statement. */
export async function insertInvitations(
  tx: Tx,
  campaignId: string,
  period: number,
  invitations: NewInvitation[],
) {
  await insertMany(
    tx,
    'pulse_invitations',
    {
      campaign_id: 'uuid',
      period: 'smallint',
      user_id: 'uuid',
      org_unit_id: 'uuid',
      deliver_at: 'timestamptz',
      delivered_at: 'timestamptz',
      answered: 'boolean',
    },
    invitations.map((i) => ({
      campaign_id: campaignId,
      period,
      user_id: i.userId,
      org_unit_id: i.orgUnitId,
      deliver_at: i.deliverAt.toISOString(),
      delivered_at: i.deliveredAt?.toISOString() ?? null,
      answered: i.answered ?? false,
    })),
  );
}
