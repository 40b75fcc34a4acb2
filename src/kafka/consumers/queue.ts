/**
 * Runs the operations on one consumer instance one at a time, in arrival order, and remembers
 * when the last one finished (the instance's idle clock).
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private finishedAt: number;

  constructor(private readonly now: () => number = Date.now) {
    this.finishedAt = now();
  }

  /** True while an operation runs or waits. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Milliseconds since the last operation finished (or since creation); 0 while busy. */
  idleMs(): number {
    return this.busy ? 0 : this.now() - this.finishedAt;
  }

  run<T>(operation: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(operation);
    this.tail = result.then(
      () => this.finish(),
      () => this.finish(),
    );
    return result;
  }

  private finish(): void {
    this.pending--;
    this.finishedAt = this.now();
  }
}
