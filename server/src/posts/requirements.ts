import type { SignedInContext } from '../context';
import { ActionRequiredError } from '../errors';
import type { Contribution } from '../plugin-host/contract';

/** Refuses a post or comment while a plugin requires something of the person first. */
export async function assertMayContribute(
  ctx: Pick<SignedInContext, 'viewer'> & { services: Pick<SignedInContext['services'], 'host'> },
  kind: Contribution['kind'],
  communityId: string | null,
): Promise<void> {
  const requirement = await ctx.services.host.contributionRequirement({
    viewer: ctx.viewer,
    kind,
    communityId,
  });
  if (requirement) throw new ActionRequiredError(requirement.message, requirement.path);
}
