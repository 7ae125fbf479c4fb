/** The bench seed: `seedBenchDatabase` is what `pnpm bench:seed` runs; `seedBench` fills an open database. */
export { DEFAULT_BENCH_URL, seedBenchDatabase } from './database';
export { BENCH_PASSWORD, type SeedOptions, type SeedSummary, seedBench } from './fill';
export { isScaleName, type Scale, type ScaleName, scales } from './scale';
export { searchWords, seededTables } from './summary';
