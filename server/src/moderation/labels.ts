import type { Context } from '../context';
import { coreReasonLabel, isCoreReason, type ModerationRule } from './rules';

const rulesCache = new WeakMap<object, Map<string, Promise<ModerationRule[]>>>();

/** The rules offered where the content is, asked of the plugins once per request and community. */
export function rulesFor(ctx: Context, communityId: string | null): Promise<ModerationRule[]> {
  const perCommunity = rulesCache.get(ctx) ?? new Map<string, Promise<ModerationRule[]>>();
  rulesCache.set(ctx, perCommunity);
  const key = communityId ?? '';
  const rules = perCommunity.get(key) ?? ctx.services.host.moderationRules.list({ communityId });
  perCommunity.set(key, rules);
  return rules;
}

/** A cited rule in the viewer's language; its id when its plugin no longer offers it. */
export async function ruleLabel(ctx: Context, rule: string | null, communityId: string | null) {
  if (!rule) return null;
  const found = (await rulesFor(ctx, communityId)).find((r) => r.id === rule);
  return found ? found.label[ctx.locale] : rule;
}

export const reasonLabel = (ctx: Context, reason: string) =>
  isCoreReason(reason) ? coreReasonLabel(ctx.locale, reason) : reason;
