import { type SQL, sql } from 'drizzle-orm';

/**
 * One array parameter (drizzle expands a JavaScript array into a list of parameters): the values
 * are ids and numbers the server produced, sent as one PostgreSQL array literal.
 */
export const uuidArray = (ids: readonly string[]): SQL => sql`${`{${ids.join(',')}}`}::uuid[]`;
export const intArray = (values: readonly number[]): SQL => sql`${`{${values.join(',')}}`}::int[]`;
