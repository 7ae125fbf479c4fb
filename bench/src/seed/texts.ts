import type { Lang, Theme } from '@levain/seed';
import {
  anyComment,
  BodyRenderer,
  type CommunitySeed,
  type CountryCode,
  fillsFor,
  groupWide,
  perCountry,
  pollSeeds,
  profile,
  replies,
  type Voice,
  voices,
} from '@levain/seed';
import { seededRandom, slugify } from '@levain/server/seeding';

/** Each post template is written out for every month (its {month} slots agree with the post's date) this many times. */
export const BODY_VARIANTS = 2;

/** A community of the demo the bench copies many times: its name, rules and what it talks about. */
export type Archetype = { seed: CommunitySeed; voice: Voice };

export const archetypes: Archetype[] = [...groupWide, ...perCountry()].map((seed) => {
  const voice = voices[slugify(seed.name)];
  if (!voice) throw new Error(`No voice for the demo community "${seed.name}"`);
  return { seed, voice };
});
/** Profile posts talk like a community of their own, in their author's language. */
export const PROFILE_ARCHETYPE = archetypes.length;
const voiceOf = (archetype: number): Voice =>
  archetype === PROFILE_ARCHETYPE ? { themes: [profile], lang: 'mixed' } : archetypes[archetype]!.voice;

type Rendered = { body: string; html: string; tags: string[]; communities: string[] };
/** Stands for the colleague a post mentions until the seed knows who (a member of the post's community). */
export const MENTIONED = { id: '00000000-0000-4000-8000-00000000b3c4', name: 'Mention Placeholder' };
/** A community a text may mention as `!slug` (never a secret one, as in the app). */
export type MentionableCommunity = { id: string; slug: string; name: string };
export type Template = {
  no: number;
  theme: number;
  lang: Lang;
  question: boolean;
  ownComments: number;
  mentions: boolean;
};
export type Catalogue = {
  templates: Template[];
  bodies: Array<Rendered & { template: number; month: number; variant: number }>;
  /** The templates a community of each archetype uses, for authors of each locale. */
  archetypeTemplates: Array<{ archetype: number; locale: Lang; k: number; template: number; lang: Lang }>;
  /** Pools: "own:<template>", "theme:<theme>:<lang>", "any:<lang>", "reply:<lang>"; {firstName} left in place. */
  comments: Array<Rendered & { pool: string; k: number }>;
  polls: Array<
    Rendered & {
      no: number;
      lang: Lang;
      multipleChoice: boolean;
      closesAfterDays: number | null;
      options: string[];
    }
  >;
};

const langs: Lang[] = ['fr', 'en'];
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/**
 * Every text the bench writes, rendered once with the app's own Markdown renderer (the HTML the
 * app would store), from the demo's situations drawn from the domain documents.
 */
export async function writingCatalogue(communities: MentionableCommunity[]): Promise<Catalogue> {
  const random = seededRandom(2026);
  const renderer = new BodyRenderer([MENTIONED], communities);
  const render = async (text: string, lang: Lang, country: CountryCode, month = 0): Promise<Rendered> => {
    const fills = fillsFor(lang, country, new Date(Date.UTC(2026, month, 15)), random.pick, random.next);
    const { body, html, rendered } = await renderer.render({
      template: text,
      fills: { ...fills, firstName: '{firstName}' },
      mentionId: text.includes('{mention}') ? MENTIONED.id : undefined,
    });
    return { body, html, tags: rendered.hashtags, communities: rendered.mentionedCommunityIds };
  };
  const countryFor = (lang: Lang): CountryCode =>
    lang === 'en' ? 'uk' : random.pick(['fr', 'fr', 'be', 'ca']);

  const themes: Theme[] = [
    ...new Set(
      [...archetypes.map((_, a) => voiceOf(a)), voiceOf(PROFILE_ARCHETYPE)].flatMap((v) => v.themes),
    ),
  ];
  const catalogue: Catalogue = { templates: [], bodies: [], archetypeTemplates: [], comments: [], polls: [] };
  const byTheme = new Map<string, number[]>();
  const pool = async (name: string, texts: readonly string[], lang: Lang) => {
    for (const [k, text] of texts.entries()) {
      catalogue.comments.push({ pool: name, k, ...(await render(text, lang, countryFor(lang))) });
    }
  };

  for (const [themeNo, theme] of themes.entries())
    for (const lang of langs) {
      byTheme.set(`${themeNo}:${lang}`, []);
      for (const written of theme.posts[lang]) {
        const [text, ...own] = typeof written === 'string' ? [written] : written;
        const no = catalogue.templates.length;
        catalogue.templates.push({
          no,
          theme: themeNo,
          lang,
          question: text.includes('?'),
          ownComments: own.length,
          mentions: text.includes('{mention}'),
        });
        byTheme.get(`${themeNo}:${lang}`)!.push(no);
        for (let month = 0; month < 12; month++)
          for (let variant = 0; variant < BODY_VARIANTS; variant++)
            catalogue.bodies.push({
              template: no,
              month,
              variant,
              ...(await render(text, lang, countryFor(lang), month)),
            });
        await pool(`own:${no}`, own, lang);
      }
      await pool(`theme:${themeNo}:${lang}`, theme.comments[lang], lang);
    }
  for (const lang of langs) {
    await pool(`any:${lang}`, anyComment[lang], lang);
    await pool(`reply:${lang}`, replies[lang], lang);
  }

  for (let archetype = 0; archetype <= PROFILE_ARCHETYPE; archetype++) {
    const voice = voiceOf(archetype);
    const templatesIn = (lang: Lang) =>
      voice.themes.flatMap((t) => byTheme.get(`${themes.indexOf(t)}:${lang}`)!);
    for (const locale of langs) {
      let lang = voice.lang === 'mixed' ? locale : voice.lang;
      if (!templatesIn(lang).length) lang = other(lang);
      for (const [k, template] of templatesIn(lang).entries())
        catalogue.archetypeTemplates.push({ archetype, locale, k, template, lang });
    }
  }

  for (const [no, poll] of pollSeeds.entries())
    catalogue.polls.push({
      no,
      lang: poll.lang,
      multipleChoice: !!poll.multipleChoice,
      closesAfterDays: poll.closesAfterDays,
      options: poll.options,
      ...(await render(poll.body, poll.lang, countryFor(poll.lang))),
    });
  return catalogue;
}
