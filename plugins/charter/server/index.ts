import { fileURLToPath } from 'node:url';
import { definePlugin } from '@levain/server/plugin';
import { shareRedirect } from './advocacy/redirect';
import { certifyOnCompletion } from './ambassadors/training';
import { contributionRequirement } from './charters/gate';
import { dataProcessing } from './data-processing';
import { seedCharterDemo } from './demo/index';
import { messages } from './messages';
import { charterRules } from './moderation/rules';
import { charterPermissions } from './permissions';
import { personalData } from './personal-data';
import { charterSchema } from './schema/index';

/**
 * Charters as first-class objects: the company's social-media, behaviour and editorial charters,
 * versioned and made of numbered articles, and who acknowledged which version. The behaviour
 * charter must be accepted before a person's first post or comment. Moderators cite its articles
 * when they hide, remove or warn; authors appeal once.
 */
export default definePlugin({
  db: { migrationsFolder: fileURLToPath(new URL('../db/migrations', import.meta.url)) },
  schema: charterSchema,
  messages,
  permissions: charterPermissions,
  contributionRequirement,
  moderationRules: charterRules,
  citeRulesFor: ['hide', 'remove', 'warn'],
  personalData,
  dataProcessing,
  on: { 'learning.path-completed': certifyOnCompletion },
  routes: [shareRedirect],
  demo: seedCharterDemo,
});
