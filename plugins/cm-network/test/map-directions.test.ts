import { describe, expect, it } from 'vitest';
import { directionName } from '../server/network/map';

const unit = (code: string, name: string) => ({ id: code, code, name, kind: 'direction', parentId: null });

describe('the map’s column headers', () => {
  it('name a direction without its country', () => {
    expect(directionName(unit('uk', 'United Kingdom'), unit('uk-marketing', 'Marketing UK'))).toBe(
      'Marketing',
    );
    expect(directionName(unit('fr', 'France'), unit('fr-hr', 'Ressources humaines France'))).toBe(
      'Ressources humaines',
    );
    expect(directionName(unit('be', 'Belgique'), unit('be-sales', 'Ventes – Belgique'))).toBe('Ventes');
    expect(directionName(unit('ca', 'Canada'), unit('ca-x', 'Canada'))).toBe('Canada');
    expect(directionName(unit('fr', 'France'), unit('fr-y', 'Frances Team'))).toBe('Frances Team');
  });
});
