import type { Tx } from '@levain/db';
import type { SignedInContext } from '../context';
import { NotFoundError } from '../errors';
import { type Actor, forgetViewerMemberships } from './access';

/** Runs a write as the viewer in one transaction; the rest of the request sees its effect. */
export async function communityWrite<T>(
  ctx: SignedInContext,
  work: (tx: Tx, actor: Actor) => Promise<T>,
): Promise<T> {
  const result = await ctx.db.transaction((tx) => work(tx, { viewer: ctx.viewer }));
  forgetViewerMemberships(ctx);
  return result;
}

export function found<T>(row: T | undefined): T {
  if (!row) throw new NotFoundError();
  return row;
}
