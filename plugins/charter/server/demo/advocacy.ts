import { schema as core } from '@levain/db';
import type { DemoSeed, PluginServices } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { charterAdvocacyItems, charterAdvocacyShares, charterForbiddenWords } from '../../db/schema';

const DAY_MS = 86_400_000;
const DISCLOSURE = {
  fr: 'Je travaille chez Groupe Atlas.',
  en: 'I work at Groupe Atlas.',
};

/** Words the social-media charter rules out of a share (confidentiality, the Kookai and Transavia lessons). */
const forbiddenWords = [
  'confidentiel',
  'confidential',
  'rumeur',
  'rumour',
  'nuls',
  'losers',
  'concurrent',
  'competitor',
];

const items = [
  {
    daysAgo: 3,
    title: { fr: 'Nous recrutons à Lyon', en: 'We are hiring in Lyon' },
    text: {
      fr: 'Groupe Atlas recrute 40 personnes à Lyon cette année : rejoignez nos équipes ! #AtlasRecrute',
      en: 'Groupe Atlas is hiring 40 people in Lyon this year: join our teams! #AtlasRecrute',
    },
    link: 'https://atlas.example/carrieres/lyon',
    hashtags: ['AtlasRecrute'],
  },
  {
    daysAgo: 12,
    title: { fr: 'Notre charte réseaux sociaux', en: 'Our social-media charter' },
    text: {
      fr: 'Parler de son entreprise en ligne, oui, avec bon sens : voici notre charte. #AtlasEtVous',
      en: 'Speaking about your company online, yes, with common sense: here is our charter. #AtlasEtVous',
    },
    link: 'https://atlas.example/engagements/charte-reseaux-sociaux',
    hashtags: ['AtlasEtVous'],
  },
  {
    daysAgo: 20,
    title: { fr: 'Semaine de la qualité de vie au travail', en: 'Quality of work life week' },
    text: {
      fr: 'Droit à la déconnexion, télétravail, entraide : notre semaine QVT en images. #AtlasQVT',
      en: 'Right to disconnect, remote work, mutual help: our wellbeing week in pictures. #AtlasQVT',
    },
    link: 'https://atlas.example/actualites/semaine-qvt',
    hashtags: ['AtlasQVT'],
  },
  {
    daysAgo: 75,
    expiredDaysAgo: 15,
    title: { fr: 'Salon VivaTech (terminé)', en: 'VivaTech fair (over)' },
    text: {
      fr: 'Retrouvez Groupe Atlas au salon VivaTech, stand B12. #AtlasVivaTech',
      en: 'Meet Groupe Atlas at VivaTech, booth B12. #AtlasVivaTech',
    },
    link: 'https://atlas.example/evenements/vivatech',
    hashtags: ['AtlasVivaTech'],
  },
];

const networks = ['linkedin', 'linkedin', 'x', 'facebook', 'mastodon'] as const;

/**
 * The advocacy kit the chief CM published: three current items and an expired one, the newest
 * shared by every ambassador, the others by some, on their networks with the disclosure line, and clicks on their `/s/` links.
 */
export async function seedAdvocacy(seed: DemoSeed, { db }: PluginServices, ambassadorIds: readonly string[]) {
  const [chief] = await db
    .select({ id: core.users.id })
    .from(core.users)
    .where(eq(core.users.email, 'cm@atlas.example'));
  await db.insert(charterForbiddenWords).values(forbiddenWords.map((word) => ({ word })));
  const rows = await db
    .insert(charterAdvocacyItems)
    .values(
      items.map((item) => ({
        title: item.title,
        text: item.text,
        link: item.link,
        hashtags: item.hashtags,
        disclosure: DISCLOSURE,
        createdBy: chief?.id ?? null,
        createdAt: new Date(seed.now.getTime() - item.daysAgo * DAY_MS),
        expiresAt: item.expiredDaysAgo ? new Date(seed.now.getTime() - item.expiredDaysAgo * DAY_MS) : null,
      })),
    )
    .returning({
      id: charterAdvocacyItems.id,
      createdAt: charterAdvocacyItems.createdAt,
      text: charterAdvocacyItems.text,
    });
  const shares = rows.flatMap((item, index) =>
    ambassadorIds
      .filter(() => index === 0 || seed.random.chance(0.5))
      .map((userId, n) => ({
        itemId: item.id,
        userId,
        network: seed.random.pick(networks),
        code: `demo${index}${n.toString(36)}${Math.floor(seed.random.next() * 36 ** 4).toString(36)}`,
        text: `${item.text.fr} ${DISCLOSURE.fr}`,
        clicks: Math.floor(seed.random.next() * 40),
        createdAt: new Date(item.createdAt.getTime() + seed.random.next() * 2 * DAY_MS),
      })),
  );
  if (shares.length) await db.insert(charterAdvocacyShares).values(shares);
}
