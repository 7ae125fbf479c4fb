export type StepTiming = { name: string; seconds: number; rows: number };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`.padStart(7);

/** Step lines on stderr (or any sink): what is being written, how many rows, how long it took. */
export class Progress {
  readonly steps: StepTiming[] = [];
  private readonly started = performance.now();

  constructor(private readonly write: (line: string) => void) {}

  get elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Runs one step; it returns the number of rows it wrote. */
  async step(name: string, run: () => Promise<number>): Promise<void> {
    const start = performance.now();
    this.write(`${seconds(start - this.started)}  … ${name}`);
    const rows = await run();
    const end = performance.now();
    this.steps.push({ name, seconds: Number(((end - start) / 1000).toFixed(2)), rows });
    const count = rows ? `${rows.toLocaleString('en')} rows`.padStart(16) : ''.padStart(16);
    this.write(
      `${seconds(end - this.started)}  ✓ ${name.padEnd(34)} ${count}  in ${seconds(end - start).trim()}`,
    );
  }
}
