/**
 * What the demo seed (`@levain/seed`) and the benchmark's generator write data with, so that their
 * rows are the ones the server itself would write: hashes, slugs, rendered bodies, schedules.
 */
export { type Recurrence, scheduleFrom } from './agenda/schedule';
export { hashPassword } from './auth/password';
export { generateSecureRandomString, hashSecret } from './auth/session-token';
export { slugify } from './communities/slug';
export { insertPath, type PathDraft } from './learning/authoring';
export { type MentionResolver, type RenderedMarkdown, renderMarkdown } from './markdown/render';
export { categoryOfKind, defaultFrequency, type NotificationKind } from './notifications/categories';
export type { Role } from './permissions';
export { renderBody } from './posts/body';
export { detectLanguage } from './posts/language';
export { type Random, seededRandom } from './random';
export type { Services } from './services';
export { skillSlug } from './skills/skill-names';
