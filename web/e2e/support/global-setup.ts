import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/** One server for the whole run: the demo seed takes a while, and tests use distinct people. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('serverUrl', server.url);
  return () => server.stop();
}
