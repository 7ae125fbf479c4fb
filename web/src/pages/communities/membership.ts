import { mutate } from '../../lib/graphql/api';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import { JoinCommunity, LeaveCommunity, type MembershipData, RequestMembership } from './documents';

export type MembershipChange = 'join' | 'request' | 'leave';

/**
 * Joins, asks to join or leaves. After leaving a secret community the viewer no longer sees it:
 * the answer is then null.
 */
export async function changeMembership(
  id: string,
  change: MembershipChange,
): Promise<{ ok: true; community: MembershipData | null } | { ok: false; failure: Failure }> {
  if (change === 'join') {
    const result = outcome((await mutate(JoinCommunity, { id })).joinCommunity);
    return result.ok ? { ok: true, community: result.data } : result;
  }
  if (change === 'request') {
    const result = outcome((await mutate(RequestMembership, { id })).requestMembership);
    return result.ok ? { ok: true, community: result.data } : result;
  }
  const result = outcome((await mutate(LeaveCommunity, { id })).leaveCommunity);
  return result.ok ? { ok: true, community: result.data.community } : result;
}
