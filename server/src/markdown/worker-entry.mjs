// The render pool's worker. Under `pnpm start` the worker inherits tsx's loader from the main
// thread; elsewhere (vitest runs TypeScript through its own transform) tsx is registered here.
let worker;
try {
  worker = await import('./worker.ts');
} catch (error) {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  const { register } = await import('tsx/esm/api');
  register();
  // A new specifier: Node keeps the failed import of the first one.
  worker = await import('./worker.ts?tsx');
}
export default worker.default;
