import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, demoSignIns, seedDemoIfEmpty } from '@levain/seed';
import { buildApp, createRoundRobinProxy, installedPlugins, loadConfig } from '@levain/server';
import { Redis } from 'ioredis';
import { type ReplicaProcess, startReplica } from './replica-process';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/**
 * `pnpm start:cluster --replicas N`: N replicas of the server on PORT+1…PORT+N behind a round-robin
 * proxy on PORT, sharing one PostgreSQL database and one Redis — on one machine, what a deployment
 * behind a load balancer does.
 */
const { values } = parseArgs({ options: { replicas: { type: 'string', default: '2' } } });
const count = Number(values.replicas);
if (!Number.isInteger(count) || count < 1)
  fail('--replicas takes a number of replicas, for example --replicas 2.');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  // The replicas sit behind the proxy on this machine: the client's address is in X-Forwarded-For.
  TRUST_PROXY: process.env.TRUST_PROXY || 'loopback',
};
const config = loadConfig(env);
if (!config.databaseUrl)
  fail(
    'pnpm start:cluster needs DATABASE_URL=postgres://…: the embedded PGlite database lives in the files ' +
      'of one process and cannot be shared by several replicas.',
  );

const redis = new Redis(config.redisUrl!, {
  lazyConnect: true,
  maxRetriesPerRequest: 0,
  retryStrategy: () => null,
}).on('error', () => undefined);
await redis
  .connect()
  .then(() => redis.ping())
  .catch(() =>
    fail(
      `pnpm start:cluster needs Redis at ${config.redisUrl} (set REDIS_URL): replicas share real-time events and rate limits there.`,
    ),
  );
redis.disconnect();

// Migrations and the demo organisation once, before any replica starts.
const setup = await buildApp({ config, plugins: installedPlugins(env) });
const seeded = await seedDemoIfEmpty(setup.services, env);
await setup.close();

const replicaEnv = (i: number) => ({
  ...env,
  PORT: String(config.port + i + 1),
  PUBLIC_URL: config.publicUrl,
});
const started = await Promise.allSettled(
  Array.from({ length: count }, (_, i) => startReplica(replicaEnv(i))),
);
const replicas = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
if (replicas.length < count) {
  await Promise.all(replicas.map((replica) => replica.stop()));
  const failure = started.find((result) => result.status === 'rejected');
  fail(String(failure?.reason instanceof Error ? failure.reason.message : failure?.reason));
}
const proxy = createRoundRobinProxy(replicas.map((replica) => replica.url));
proxy.listen(config.port, config.host, () => {
  console.log(`\nLevain is running at ${config.publicUrl}  —  ${count} replicas behind a round-robin proxy`);
  for (const replica of replicas) console.log(`  replica ${replica.url.origin}  (pid ${replica.child.pid})`);
  console.log(`shared: PostgreSQL (DATABASE_URL) and Redis (${config.redisUrl})`);
  if (seeded) console.log('Demo organisation created.');
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const line of demoSignIns) console.log(`  ${line.role.padEnd(22)} ${line.email}`);
  console.log('');
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  proxy.close();
  proxy.closeAllConnections();
  await Promise.all(replicas.map((replica) => replica.stop()));
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
for (const [i, replica] of replicas.entries()) superviseReplica(i, replica);

/**
 * Starts a replica again when it exits, as an orchestrator would; the proxy skips it meanwhile. A
 * replica that keeps failing — to start, or within a minute of starting — is tried again less and
 * less often (at most every 30 s).
 */
function superviseReplica(i: number, replica: ReplicaProcess, failures = 0) {
  const startedAt = Date.now();
  replica.child.once('exit', async (code, signal) => {
    if (stopping) return;
    const crashLoop = Date.now() - startedAt < 60_000;
    console.error(
      `replica ${replica.url.origin} stopped (${signal ?? `exit code ${code}`}); starting it again`,
    );
    for (let attempt = crashLoop ? failures : 0; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * 2 ** attempt, 30_000)));
      if (stopping) return;
      try {
        const restarted = await startReplica(replicaEnv(i));
        replicas[i] = restarted;
        console.error(`replica ${restarted.url.origin} is back (pid ${restarted.child.pid})`);
        if (stopping) await restarted.stop();
        else superviseReplica(i, restarted, attempt + 1);
        return;
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
      }
    }
  });
}
