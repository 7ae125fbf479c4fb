import type { CharterKindValue, Localised } from '../charters/model';
import type { ArticleDraft } from '../charters/publish';

export type DemoVersion = {
  daysAgo: number;
  major: boolean;
  summary: Localised;
  /** The first version's articles; later versions change or add to the one before. */
  articles?: ArticleDraft[];
  changes?: Record<number, Partial<Omit<ArticleDraft, 'number'>>>;
  added?: ArticleDraft[];
};

export type DemoCharter = {
  kind: CharterKindValue;
  title: Localised;
  versions: DemoVersion[];
  /** A community's own charter: the community's name. */
  community?: string;
  /** By country code: the share of people who accepted the current major version. */
  rates: Record<string, number>;
  /** The share elsewhere (0.5 when not given). */
  rate?: number;
  /** Demo accounts who accepted the current major version, or did not, whatever the draw. */
  accepted?: string[];
  declined?: string[];
};
