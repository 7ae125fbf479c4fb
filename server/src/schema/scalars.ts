import { builder } from './builder';

/**
 * Free-form JSON for data whose shape belongs to someone else: audit details written by any
 * module, personal-data exports that include every plugin's own format.
 */
builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
