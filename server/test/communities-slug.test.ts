import { expect, it } from 'vitest';
import { slugify } from '../src/communities/slug';

it('turns names into readable slugs that never collide with the web client’s paths', () => {
  expect(slugify('Réseau des CM – France')).toBe('reseau-des-cm-france');
  expect(slugify('Œuvres sociales')).toBe('oeuvres-sociales');
  expect(slugify('New')).toBe('new-communaute');
  expect(slugify('Discover')).toBe('discover-communaute');
  expect(slugify('!!!')).toBe('communaute');
});
