import { createDb } from '@levain/db';
import { buildApp, installedPlugins, loadConfig } from '@levain/server';
import type { Operation } from './operations';
import type { Viewer } from './workload';

/** The production app built in this process on `databaseUrl`, with every SQL statement reported to `onQuery`. */
export async function inProcessApp(
  databaseUrl: string,
  options: { max: number; onQuery: (sql: string, params: unknown[]) => void },
) {
  const handle = await createDb({ url: databaseUrl, ...options });
  const config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl }),
    serverTiming: false,
  };
  const app = await buildApp({ config, plugins: installedPlugins(), handle });
  return {
    /** Sends the operation as `viewer`; the answer's data, or throws with the answer. */
    send: async (op: Operation, viewer: Viewer, pick: <T>(items: readonly T[]) => T) => {
      const response = await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: viewer.cookie },
        body: JSON.stringify(op.request(viewer, pick)),
      });
      const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      if (answer.errors || !answer.data || !op.check(answer.data))
        throw new Error(`${op.name}: unexpected answer: ${JSON.stringify(answer).slice(0, 500)}`);
      return answer.data;
    },
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
