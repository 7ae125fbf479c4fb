import { schema, type Tx } from '@levain/db';
import { directory, type SeededCommunity } from './communities';
import type { DemoPerson } from './people';
import { projectCatalogue } from './project-catalogue';

const DAY_MS = 86_400_000;

/**
 * The facts, weather timeline, milestones and board of each demo project, dated from the seed's
 * clock so that overdue work stays overdue whatever day the demo starts: Thomas leads the Atlas
 * Flow launch, Léa has tasks in it (two overdue) and in the careers site.
 */
export async function seedProjects(
  tx: Tx,
  people: DemoPerson[],
  communities: SeededCommunity[],
  now: Date,
): Promise<number> {
  const { find } = directory(people);
  const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const projectIds = new Map(communities.filter((c) => c.kind === 'project').map((c) => [c.name, c.id]));
  const seeds = projectCatalogue.map((seed) => {
    const id = projectIds.get(seed.community);
    if (!id) throw new Error(`No demo project community "${seed.community}"`);
    return { seed, id, latest: seed.updates.at(-1)! };
  });
  await tx.insert(schema.projects).values(
    seeds.map(({ seed, id, latest }) => ({
      communityId: id,
      goal: seed.goal,
      ownerId: find(seed.owner).id,
      sponsorId: find(seed.sponsor).id,
      startsOn: day(seed.startDay),
      endsOn: day(seed.endDay),
      weather: latest.weather,
      weatherReason: latest.reason,
      weatherChangedAt: at(latest.day),
      createdAt: at(seed.startDay),
    })),
  );
  await tx.insert(schema.statusUpdates).values(
    seeds.flatMap(({ seed, id }) =>
      seed.updates.map((u) => ({
        projectId: id,
        authorId: find(u.author).id,
        weather: u.weather,
        reason: u.reason,
        done: u.done,
        next: u.next,
        helpNeeded: u.help ?? '',
        createdAt: at(u.day),
      })),
    ),
  );
  await tx.insert(schema.milestones).values(
    seeds.flatMap(({ seed, id }) =>
      seed.milestones.map((m) => ({
        projectId: id,
        title: m.title,
        dueOn: day(m.day),
        doneAt: m.done ? at(m.day) : null,
      })),
    ),
  );
  await tx.insert(schema.tasks).values(
    seeds.flatMap(({ seed, id }) =>
      seed.tasks.map((task, position) => ({
        projectId: id,
        title: task.title,
        description: task.description ?? '',
        assigneeId: task.assignee ? find(task.assignee).id : null,
        dueOn: task.day === undefined ? null : day(task.day),
        status: task.status,
        position,
        createdById: find(seed.owner).id,
        doneAt: task.status === 'done' ? at(task.day ?? 0) : null,
        createdAt: at(seed.startDay),
      })),
    ),
  );
  return seeds.length;
}
