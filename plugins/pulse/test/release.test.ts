import { describe, expect, it } from 'vitest';
import { decideRelease, groupKey } from '../server/results/release';

const units = [
  { id: 'atlas', parentId: null },
  { id: 'marketing', parentId: 'atlas' },
  { id: 'digital', parentId: 'marketing' },
  { id: 'press', parentId: 'marketing' },
  { id: 'sales', parentId: 'atlas' },
];
const segments = { tenure: 'lt1' as const, manager: false };
const people = (path: string[], count: number) => Array.from({ length: count }, () => ({ path, segments }));
const reasons = (members: ReturnType<typeof people>) => {
  const verdicts = decideRelease(units, members, 5, [{}]);
  return Object.fromEntries(units.map((u) => [u.id, verdicts.get(groupKey(u.id, ''))!.hiddenReason]));
};

describe('which groups are shown', () => {
  it('hides a team under the minimum, and the sibling whose difference from the parent would reveal it', () => {
    const members = [
      ...people(['atlas', 'marketing', 'digital'], 6),
      ...people(['atlas', 'marketing', 'press'], 4),
      ...people(['atlas', 'sales'], 7),
    ];
    expect(reasons(members)).toEqual({
      atlas: null,
      marketing: null,
      digital: 'COMPLEMENT',
      press: 'TOO_FEW_ANSWERS',
      sales: null,
    });
  });

  it('hides the smaller of two siblings when people of the parent itself would be left alone', () => {
    const members = [
      ...people(['atlas'], 2),
      ...people(['atlas', 'marketing'], 9),
      ...people(['atlas', 'sales'], 6),
    ];
    expect(reasons(members)).toMatchObject({ atlas: null, marketing: null, sales: 'COMPLEMENT' });
  });

  it('is not thrown by answers counted in units no longer in the chart', () => {
    const members = [...people(['gone'], 2), ...people(['atlas', 'sales'], 7)];
    expect(reasons(members)).toMatchObject({ atlas: null, sales: null });
  });
});
