import { schema, type Tx } from '@levain/db';
import { detectLanguage, renderMarkdown } from '@levain/server/seeding';
import { plainResolver } from './bodies';
import type { SeededCommunity } from './communities';

const MINUTE = 60_000;

type Coverage = {
  /** Where the live posts are published (a public community: remote colleagues follow from there too). */
  community: string;
  /** Minutes after the event's start; the author's email. */
  posts: { by: string; minutes: number; body: string }[];
};

/**
 * The live threads people find on event pages: the launch running at the seed's "now" (its posts
 * up to a quarter of an hour ago), and the convention three weeks ago with its slides and photos.
 */
const coverage: Record<string, Coverage> = {
  'Lancement d’Atlas Flow – en direct': {
    community: 'Live-tweet des événements',
    posts: [
      {
        by: 'cm@atlas.example',
        minutes: 0,
        body: 'C’est parti ! L’auditorium est plein, le direct commence.',
      },
      {
        by: 'cm@atlas.example',
        minutes: 12,
        body: '**Atlas Flow** en une phrase : vos demandes clients suivies de bout en bout, sans ressaisie.',
      },
      {
        by: 'employe@atlas.example',
        minutes: 20,
        body: 'Démonstration en cours : la création d’un dossier prend moins d’une minute. Impressionnant !',
      },
      {
        by: 'cm@atlas.example',
        minutes: 28,
        body: 'Questions du public : le déploiement commence par les agences de Lyon en janvier.',
      },
    ],
  },
  'Convention annuelle Groupe Atlas 2026': {
    community: 'Annonces Groupe Atlas',
    posts: [
      { by: 'cm@atlas.example', minutes: 15, body: 'Ouverture de la convention par la direction générale.' },
      {
        by: 'manager@atlas.example',
        minutes: 240,
        body: 'Bravo aux équipes récompensées cet après-midi, et merci pour vos témoignages.',
      },
      {
        by: 'cm@atlas.example',
        minutes: 24 * 60,
        body: 'Les supports de la convention : [présentation stratégie 2027](https://intranet.atlas.example/convention-2026/strategie.pdf) et [album photo](https://photos.atlas.example/convention-2026).',
      },
    ],
  },
};

/** The live thread of one seeded event, if the demo covers it. */
export async function seedCoverage(
  tx: Tx,
  event: { id: string; title: string; startsAt: Date },
  communities: SeededCommunity[],
  byEmail: Map<string, string>,
): Promise<void> {
  const script = coverage[event.title];
  if (!script) return;
  const community = communities.find((c) => c.name === script.community);
  if (!community) throw new Error(`Live coverage in an unknown community: ${script.community}`);
  for (const post of script.posts) {
    const at = new Date(event.startsAt.getTime() + post.minutes * MINUTE);
    await tx.insert(schema.posts).values({
      communityId: community.id,
      authorId: byEmail.get(post.by)!,
      eventId: event.id,
      body: post.body,
      bodyHtml: (await renderMarkdown(post.body, plainResolver)).html,
      language: detectLanguage(post.body, 'fr'),
      publishedAt: at.toISOString(),
      createdAt: at,
    });
  }
}
