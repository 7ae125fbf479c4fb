/**
 * The demo organisation, Groupe Atlas: seeded on first start (`pnpm start`), by `pnpm db:seed`, and
 * the source of the benchmark's people, communities and texts.
 */
export { chiefExecutive, namedAccounts } from './accounts';
export { BodyRenderer } from './bodies';
export { type CommunitySeed, groupWide } from './community-catalogue';
export { perCountry } from './community-catalogue-local';
export { anyComment, replies } from './content/comments';
export { type CountryCode, fillsFor } from './content/fills';
export { pollSeeds } from './content/polls';
export { profile } from './content/profile';
export type { Lang, Theme } from './content/types';
export { type Voice, voices } from './content/voices';
export {
  COMPANY_CODE,
  type Country,
  countries,
  directionCode,
  type Team,
} from './countries';
export { DEMO_PASSWORD, demoSignIns, seedDemoIfEmpty } from './demo';
export { drawName, type Identity, pickPool } from './names';
export {
  type Direction,
  headTitles,
  staffTitles,
  type Titles,
  titleFor,
} from './titles';
