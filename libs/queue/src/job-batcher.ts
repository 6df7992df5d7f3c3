/** What a batch handler says of each item, in the order it was given: its result, or why that item alone failed. */
export type ItemOutcome<O> = { readonly ok: true; readonly value: O } | { readonly ok: false; readonly error: unknown };

interface Waiting<I, O> {
  readonly item: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Handles the jobs a worker holds at once together (one query for many, one transaction for many) while each job
 * keeps its own outcome: a job resolves or fails (and is retried by the queue) on its own. A batch starts as soon as
 * the previous one ends, so an idle worker handles a lone job at once and a busy one handles whatever came meanwhile.
 *
 * A busy worker gets the next jobs back one completion at a time, over a few milliseconds after a batch ends: a job
 * that arrives within `lingerMs` of that end waits as long for the others (or for a full batch). Without it a busy
 * worker alternates a batch of one or two with the rest, and pays a transaction per handful of posts.
 */
export class JobBatcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private running = false;
  private endedAt = -Infinity;
  private full?: () => void;

  constructor(
    private readonly handle: (items: I[]) => Promise<ItemOutcome<O>[]>,
    private readonly maxBatch: number,
    private readonly lingerMs = 10,
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.full?.();
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    // The jobs a worker fetched in the same turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.waiting.length < this.maxBatch && performance.now() - this.endedAt < this.lingerMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.lingerMs);
        this.full = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.full = undefined;
    }
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      try {
        const outcomes = await this.handle(batch.map((w) => w.item));
        batch.forEach((w, i) => {
          const outcome = outcomes[i];
          if (outcome.ok) w.resolve(outcome.value);
          else w.reject(outcome.error);
        });
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.endedAt = performance.now();
    this.running = false;
  }
}
