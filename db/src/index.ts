export * from './availability';
export * from './bulk-insert';
export * from './client';
export * from './migrate';
export { openPglite } from './pglite';
export * as schema from './schema/index';
export * from './sql';
