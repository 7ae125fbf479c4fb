import { type Locale, type MessageKey, translate } from '../i18n/messages';

/** Why people report content, whatever plugins are installed. */
export const coreReportReasons = ['spam', 'harassment', 'off_topic', 'confidential', 'other'] as const;
export type CoreReportReason = (typeof coreReportReasons)[number];

export const isCoreReason = (reason: string): reason is CoreReportReason =>
  (coreReportReasons as readonly string[]).includes(reason);

export const coreReasonLabel = (locale: Locale, reason: CoreReportReason) =>
  translate(locale, { key: `moderation.reason.${reason}` as MessageKey });

export type Localised = { fr: string; en: string };

/**
 * A rule a reporter or a moderator may cite, contributed by a plugin (the charter plugin lists
 * its articles). Ids are namespaced by the plugin: "charter:3".
 */
export type ModerationRule = { id: string; label: Localised; description?: Localised };

/** Stored citations of a decision (jsonb, or its text when nested in a json_build_object). */
export const toCitations = (value: unknown): ModerationRule[] =>
  (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as ModerationRule[];

/** Where the content is: the rules may differ per community (null for a post on a profile). */
export type ModerationRuleScope = { communityId: string | null };

type Source = {
  pluginId: string;
  list: (scope: ModerationRuleScope) => Promise<ModerationRule[]> | ModerationRule[];
  isActive: () => Promise<boolean>;
  /** Actions a moderator may not take without citing one of these rules. */
  citationRequiredFor: readonly string[];
};

/** The rules plugins contribute; a disabled plugin's rules are not offered (stored citations stay). */
export class ModerationRuleRegistry {
  private readonly sources: Source[] = [];

  register(source: Source): void {
    this.sources.push(source);
  }

  async list(scope: ModerationRuleScope): Promise<ModerationRule[]> {
    const rules: ModerationRule[] = [];
    for (const source of this.sources) {
      if (!(await source.isActive())) continue;
      for (const rule of await source.list(scope)) {
        if (!rule.id.startsWith(`${source.pluginId}:`))
          throw new Error(`Moderation rule "${rule.id}" must start with "${source.pluginId}:"`);
        rules.push(rule);
      }
    }
    return rules;
  }

  /** Whether an enabled plugin asks the moderator to cite one of its rules for this action. */
  async citationRequired(action: string): Promise<boolean> {
    for (const source of this.sources)
      if (source.citationRequiredFor.includes(action) && (await source.isActive())) return true;
    return false;
  }

  async find(ruleId: string, scope: ModerationRuleScope): Promise<ModerationRule | null> {
    return (await this.list(scope)).find((rule) => rule.id === ruleId) ?? null;
  }
}
