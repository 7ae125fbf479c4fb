/** A GraphQL subscription over server-sent events (graphql-sse "distinct connections"), read event by event. */
export class EventStream {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = '';
  /** One read at a time: a read given up on at a deadline still delivers its chunk to the next call. */
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  private ended = false;

  constructor(response: Response) {
    if (!response.headers.get('content-type')?.includes('text/event-stream'))
      throw new Error(`not an event stream: ${response.status} ${response.headers.get('content-type')}`);
    this.reader = response.body!.getReader();
  }

  /** The payload of the next `next` event, or null when none came within `ms` or the stream ended. */
  async next(ms = 10_000): Promise<{ data?: any; errors?: unknown[] } | null> {
    const deadline = Date.now() + ms;
    for (;;) {
      const event = this.take();
      if (event) return event;
      const left = deadline - Date.now();
      if (this.ended || left <= 0) return null;
      this.pending ??= this.reader.read();
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        this.pending,
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), left);
        }),
      ]);
      clearTimeout(timer);
      if (!chunk) continue;
      this.pending = null;
      if (chunk.done) this.ended = true;
      else this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  /** Whether the server ended the stream (seen by a `next` that found nothing more). */
  get finished(): boolean {
    return this.ended && !this.buffer.includes('\n\n');
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }

  /** Removes complete events from the buffer until a `next` one, skipping pings. */
  private take() {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end < 0) return null;
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const lines = block.split('\n');
      if (!lines.includes('event: next')) continue;
      const data = lines
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      return JSON.parse(data);
    }
  }
}
