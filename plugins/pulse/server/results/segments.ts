/**
 * The cross-cuts HR may filter results by, besides the org unit: how long the person has been in
 * the organisation, and whether they manage people. Each response row carries them, taken when
 * the person answered; nothing else about the person is kept.
 */
export const tenureBands = ['lt1', '1to3', 'gt3'] as const;
export type TenureBand = (typeof tenureBands)[number];
export type Segments = { tenure: TenureBand; manager: boolean };
export type GroupFilter = { tenure?: TenureBand | null; manager?: boolean | null };

const YEAR_MS = 365.25 * 86_400_000;

export function tenureBand(since: Date, at: Date): TenureBand {
  const years = (at.getTime() - since.getTime()) / YEAR_MS;
  return years < 1 ? 'lt1' : years < 3 ? '1to3' : 'gt3';
}

/** Every filter the API accepts: none, one segment, or both. */
export const allFilters: GroupFilter[] = [
  {},
  ...tenureBands.map((tenure) => ({ tenure })),
  { manager: true },
  { manager: false },
  ...tenureBands.flatMap((tenure) => [
    { tenure, manager: true },
    { tenure, manager: false },
  ]),
];

/** A stable text key of a filter ('' when none), used to store and look results up. */
export function filterKey(filter: GroupFilter): string {
  const parts: string[] = [];
  if (filter.manager != null) parts.push(`manager=${filter.manager ? 'yes' : 'no'}`);
  if (filter.tenure) parts.push(`tenure=${filter.tenure}`);
  return parts.join('&');
}

export function matches(filter: GroupFilter, segments: Segments): boolean {
  return (
    (filter.tenure == null || filter.tenure === segments.tenure) &&
    (filter.manager == null || filter.manager === segments.manager)
  );
}

/** How many segments a filter fixes: plain groups are judged first, then one cut, then two. */
export const filterDepth = (filter: GroupFilter): number =>
  (filter.tenure ? 1 : 0) + (filter.manager != null ? 1 : 0);
