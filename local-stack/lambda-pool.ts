import type { ExecutionEnvironment, InvokeOutcome, InvokeRequest } from './lambda-environment.js';

const STOPPED = () => new Error('the Lambda link is stopped');

/**
 * A function's execution environments, as Lambda keeps them: started on demand up to the
 * concurrency limit, reused while warm, replaced once dead (crash, timeout, failed init).
 * Beyond the limit, invocations wait for a free environment, as throttled asynchronous
 * invocations wait in Lambda's queue.
 */
export class EnvironmentPool {
  private readonly all = new Set<ExecutionEnvironment>();
  private readonly free: ExecutionEnvironment[] = [];
  private readonly waiting: {
    resolve: (environment: ExecutionEnvironment) => void;
    reject: (error: Error) => void;
  }[] = [];
  private stopped = false;

  constructor(
    private readonly concurrency: number,
    private readonly start: () => ExecutionEnvironment,
  ) {}

  /** Environments started and not yet known dead. */
  get size(): number {
    return this.all.size;
  }

  async run(request: InvokeRequest): Promise<InvokeOutcome> {
    const environment = await this.acquire();
    try {
      return await environment.invoke(request);
    } finally {
      this.release(environment);
    }
  }

  /**
   * Kills every environment: running invocations end with a Runtime.ExitError, waiting ones
   * reject.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(STOPPED());
    await Promise.all([...this.all].map((environment) => environment.kill()));
  }

  private acquire(): Promise<ExecutionEnvironment> {
    if (this.stopped) return Promise.reject(STOPPED());
    let environment: ExecutionEnvironment | undefined;
    while ((environment = this.free.pop())) {
      if (environment.usable) return Promise.resolve(environment);
      this.all.delete(environment);
    }
    this.prune();
    if (this.all.size < this.concurrency) return Promise.resolve(this.spawn());
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(environment: ExecutionEnvironment): void {
    if (this.stopped) return;
    const next = this.waiting.shift();
    if (!environment.alive) {
      this.all.delete(environment);
      if (next) next.resolve(this.spawn());
      return;
    }
    if (next) next.resolve(environment);
    else this.free.push(environment);
  }

  private spawn(): ExecutionEnvironment {
    const environment = this.start();
    this.all.add(environment);
    return environment;
  }

  /** Dead environments must not count against the concurrency limit. */
  private prune(): void {
    for (const environment of this.all) if (!environment.alive) this.all.delete(environment);
  }
}
