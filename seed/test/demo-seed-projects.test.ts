import { createTestApp, type TestApp, type TestClient } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename }
}`;
const DIRECTORY = `query {
  projects(first: 10) { edges { node {
    weather overdueMilestoneCount owner { email } community { name }
    statusUpdates(first: 5) { edges { node { weather } } }
    todo: tasks(status: todo, first: 10) { edges { node { title } } }
  } } }
}`;
const MY_TASKS = `query {
  myTasks(first: 20) { edges { node { title overdue project { community { name } } } } }
}`;

let app: TestApp;

// Seeding the whole demo organisation takes ~15 s alone, more on a busy machine.
beforeAll(async () => {
  app = await createTestApp();
  await seedDemoIfEmpty(app.services);
}, 180_000);
afterAll(() => app.close());

async function signedIn(email: string): Promise<TestClient> {
  const client = app.client();
  await client.data(SIGN_IN, { email, password: DEMO_PASSWORD });
  return client;
}

describe('the demo projects, whatever the day it is seeded', () => {
  it('shows Thomas the launch he leads, its weather history, an overdue milestone, and projects in every weather', async () => {
    const { projects } = await (await signedIn('manager@atlas.example')).data(DIRECTORY);
    const nodes = projects.edges.map((e: any) => e.node);
    const launch = nodes.find((p: any) => p.community.name === 'Lancement Atlas Flow – plan marketing');
    expect(launch.owner.email).toBe('manager@atlas.example');
    expect(launch.weather).toBe('at_risk');
    expect(launch.statusUpdates.edges.map((e: any) => e.node.weather)).toEqual([
      'at_risk',
      'late',
      'on_track',
    ]);
    expect(launch.overdueMilestoneCount).toBe(1);
    expect(launch.todo.edges.length).toBeGreaterThan(2);
    expect(new Set(nodes.map((p: any) => p.weather))).toEqual(
      new Set(['at_risk', 'on_track', 'done', 'late']),
    );
  });

  it('gives Léa her tasks across projects, the overdue ones first', async () => {
    const { myTasks } = await (await signedIn('employe@atlas.example')).data(MY_TASKS);
    const tasks = myTasks.edges.map((e: any) => e.node);
    expect(tasks.map((t: any) => t.overdue)).toEqual([true, true, true, false]);
    expect(new Set(tasks.map((t: any) => t.project.community.name)).size).toBe(2);
  });
});
