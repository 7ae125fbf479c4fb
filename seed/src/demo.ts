import { schema } from '@levain/db';
import type { Services } from '@levain/server/seeding';
import { hashPassword, seededRandom } from '@levain/server/seeding';
import { namedAccounts } from './accounts';
import { seedApiTokens } from './api-tokens';
import { seedAuditTrail } from './audit-trail';
import { seedCommunities } from './communities';
import { seedEvents } from './events';
import { seedLearning } from './learning';
import { seedOpenReports } from './open-reports';
import { seedOrgChart } from './org-chart';
import { demoPeople, insertDemoPeople } from './people';
import { seedPosts } from './posts';
import { seedProjects } from './projects';
import { seedQuestionsAndSkills } from './questions';
import { seedRecentNotifications } from './recent-notifications';
import { seedWebhooks } from './webhooks';

export const DEMO_PASSWORD = 'levain-demo-2026';

/** The accounts printed at start-up, one per kind of user. */
export const demoSignIns = namedAccounts.map(({ label, email }) => ({ role: label, email }));

/** Same seed, same company: the demo's people are the same on every fresh install. */
const SEED = 2026;

/**
 * Creates the demo organisation, Groupe Atlas (its people, communities and three months of
 * conversations), on first start only: when organisation_settings has no row. Returns whether it did.
 *
 * LEVAIN_SEED=none skips it, for deployments and end-to-end tests that need an empty organisation.
 */
export async function seedDemoIfEmpty(
  services: Services,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (env.LEVAIN_SEED === 'none') return false;
  const existing = await services.db.query.organisationSettings.findFirst();
  if (existing) return false;

  // argon2 is slow on purpose: hash once, everyone shares the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = seededRandom(SEED);
  const people = demoPeople(random);
  const now = new Date();
  const seeded = await services.db.transaction(async (tx) => {
    // Claiming the settings row first makes a second replica starting at the same time skip the seed.
    const claimed = await tx
      .insert(schema.organisationSettings)
      .values({
        name: 'Groupe Atlas',
        defaultLocale: 'fr',
        allowedEmailDomains: ['atlas.example'],
        personalApiTokens: true,
      })
      .onConflictDoNothing()
      .returning({ id: schema.organisationSettings.id });
    if (!claimed.length) return null;
    const orgUnitIds = await seedOrgChart(tx);
    await insertDemoPeople(tx, people, orgUnitIds, passwordHash);
    const communities = await seedCommunities(tx, people, orgUnitIds, random, now);
    const conversations = await seedPosts(tx, people, communities, random, now);
    const enrollments = await seedLearning(tx, people, communities, random, now);
    // A generator of its own, so the rest of the demo stays what it was before questions existed.
    const knowledge = await seedQuestionsAndSkills(tx, people, communities, seededRandom(SEED + 12), now);
    return {
      communities: communities.length,
      ...conversations,
      enrollments,
      ...knowledge,
      events: await seedEvents(tx, people, communities, random, now),
      projects: await seedProjects(tx, people, communities, now),
      // What the last days of those conversations left for people to see.
      notifications: await seedRecentNotifications(tx, now),
      openReports: await seedOpenReports(tx, now),
      auditEntries: await seedAuditTrail(tx, now),
      apiTokens: await seedApiTokens(tx, now),
      webhooks: await seedWebhooks(tx, now),
    };
  });
  if (!seeded) return false;
  // People are announced (plugins set up their side); the demo's past conversations are not.
  for (const person of people) services.events.emit('user.created', { userId: person.id, via: 'seed' });
  await services.host.seedDemo(now);
  services.logger.info({ people: people.length, ...seeded }, 'demo organisation created');
  return true;
}
