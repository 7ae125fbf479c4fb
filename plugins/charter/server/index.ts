import { fileURLToPath } from 'node:url';
import { definePlugin } from '@levain/server/plugin';
import { contributionRequirement } from './charters/gate';
import { seedCharterDemo } from './demo/index';
import { messages } from './messages';
import { charterPermissions } from './permissions';
import { personalData } from './personal-data';
import { charterSchema } from './schema/index';

/**
 * Charters as first-class objects: the company's social-media, behaviour and editorial charters,
 * versioned and made of numbered articles, and who acknowledged which version. The behaviour
 * charter must be accepted before a person's first post or comment.
 */
export default definePlugin({
  db: { migrationsFolder: fileURLToPath(new URL('../db/migrations', import.meta.url)) },
  schema: charterSchema,
  messages,
  permissions: charterPermissions,
  contributionRequirement,
  personalData,
  demo: seedCharterDemo,
});
