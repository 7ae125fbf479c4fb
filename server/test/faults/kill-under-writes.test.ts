import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/server-process';
import {
  acknowledgedPosts,
  CREATE_POST,
  communityWithMembers,
  engines,
  gql,
  load,
  savedBodies,
  sleep,
} from './support';

describe.each(engines)('kill -9 under a write burst on $name', ({ place }) => {
  it('keeps every write it acknowledged, and starts again', async () => {
    const { store, env, remove } = await place();
    try {
      const { communityId, people } = await communityWithMembers(store, 2, 'kill');
      let server = await startServerProcess(env);
      let sending = true;
      const burst = load(
        12,
        () => sending,
        (key) =>
          gql(server.origin, CREATE_POST, { input: { communityId, body: `kill ${key}` } }, people[1]!.cookie),
      );
      await sleep(2_500);
      server.child.kill('SIGKILL');
      await server.exited;
      sending = false;
      const outcomes = await burst;

      server = await startServerProcess(env);
      await server.stop('SIGTERM');
      const saved = await savedBodies(store, 'kill');
      const acknowledged = acknowledgedPosts(outcomes);
      expect(acknowledged.length).toBeGreaterThan(20);
      expect(acknowledged.filter((o) => !saved.has(`kill ${o.key}`))).toEqual([]);
    } finally {
      await remove();
    }
  });
});
