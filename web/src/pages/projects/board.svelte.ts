import { mutate, query } from '../../lib/graphql/api';
import { outcome } from '../../lib/graphql/outcome';
import { t } from '../../lib/i18n/i18n.svelte';
import { MoveTask, ProjectBoard, type TaskData, type TaskStatus, taskStatuses } from './documents';

type Columns = Record<TaskStatus, TaskData[]>;

/**
 * The tasks of a project by column. A move shows at once and is then confirmed by the server; a
 * refusal puts the board back as the server has it and says why.
 */
export class Board {
  projectId = $state<string | null>(null);
  canWork = $state(false);
  columns = $state<Columns>({ todo: [], doing: [], done: [] });
  status = $state<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  /** What a screen reader hears after a move, or why it failed. */
  announcement = $state('');

  constructor(private readonly slug: string) {}

  async load(): Promise<void> {
    try {
      const project = (await query(ProjectBoard, { slug: this.slug })).community?.project;
      if (!project) {
        this.status = 'missing';
        return;
      }
      this.projectId = project.id;
      this.canWork = project.viewerCan.work;
      // One connection in board order (by column, then place): the query's cost allows 100 cards.
      const tasks = project.tasks.edges.map((e) => e.node);
      this.columns = {
        todo: tasks.filter((task) => task.status === 'todo'),
        doing: tasks.filter((task) => task.status === 'doing'),
        done: tasks.filter((task) => task.status === 'done'),
      };
      this.status = 'ready';
    } catch (error) {
      this.announcement = error instanceof Error ? error.message : t('error.unexpected');
      this.status = 'failed';
    }
  }

  /** Puts the task before the card at `index` of the column (left out: at the bottom). */
  async move(taskId: string, status: TaskStatus, index?: number): Promise<void> {
    const task = taskStatuses.flatMap((s) => this.columns[s]).find((item) => item.id === taskId);
    if (!task) return;
    const next = { ...this.columns };
    for (const s of taskStatuses) next[s] = next[s].filter((item) => item.id !== taskId);
    const place = index ?? next[status].length;
    next[status] = [...next[status].slice(0, place), { ...task, status }, ...next[status].slice(place)];
    this.columns = next;
    try {
      const result = outcome((await mutate(MoveTask, { id: taskId, status, index: place })).moveTask);
      if (!result.ok) throw new Error(result.failure.issues[0]?.message ?? result.failure.message);
      this.announcement = t('tasks.moved', { title: task.title, status: t(`tasks.status.${status}`) });
      this.columns[status] = this.columns[status].map((item) => (item.id === taskId ? result.data : item));
    } catch (error) {
      await this.load();
      this.announcement = error instanceof Error ? error.message : t('error.unexpected');
    }
  }

  add(task: TaskData): void {
    this.columns[task.status] = [...this.columns[task.status], task];
  }
}
