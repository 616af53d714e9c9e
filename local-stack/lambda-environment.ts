import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  INIT_OUTPUT_ID,
  type InvokeMessage,
  type LambdaErrorPayload,
  type RuntimeMessage,
} from './lambda-protocol.js';

/**
 * The parent's handle on one execution environment: a child process running
 * lambda-runtime.ts. It starts the child, waits for its init, runs one invocation at a time
 * with a timeout, and forwards every line the child writes to the log sink.
 */

const RUNTIME = fileURLToPath(new URL('./lambda-runtime.ts', import.meta.url));
const TS_HANDLER = /\.[cm]?ts$/;

export type LogSource = 'stdout' | 'stderr' | 'platform';

export interface EnvironmentSpec {
  functionName: string;
  /** Absolute path of the handler module. */
  handler: string;
  /** The complete environment of the process: nothing is inherited. */
  env: Record<string, string>;
  initTimeoutMs: number;
  log(source: LogSource, line: string, requestId?: string): void;
}

export interface InvokeRequest {
  requestId: string;
  invokedFunctionArn: string;
  event: unknown;
  timeoutMs: number;
}

/** `phase` tells an init failure (the handler never ran) from one of the invocation. */
export type InvokeOutcome =
  | { ok: true; result: unknown; durationMs: number }
  | { ok: false; phase: 'init' | 'invoke'; error: LambdaErrorPayload; durationMs: number };

type Reply = RuntimeMessage | 'timeout' | 'exit';

type InitOutcome = { ok: true } | { ok: false; error: LambdaErrorPayload };

/** Node flags for the handler: a `.ts` module needs tsx; a bundle runs on plain Node. */
function execArgvFor(handler: string): string[] {
  if (!TS_HANDLER.test(handler)) return [];
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(tsx).href];
}

const platformError = (errorType: string, errorMessage: string): LambdaErrorPayload => ({
  errorType,
  errorMessage,
  trace: [],
});

// Random, so no handler output can contain it by accident.
const MARK_PREFIX = `[lambda-runtime end ${randomBytes(12).toString('hex')}] `;

/** Splits a stream into lines, recognising the end-of-output marks among them. */
function readLines(stream: Readable, onLine: (line: string) => void, onMark: (id: string) => void) {
  let buffer = '';
  const take = (line: string) => {
    const at = line.indexOf(MARK_PREFIX);
    if (at < 0) return onLine(line);
    // A handler line without a trailing newline ends up in front of the mark.
    if (at > 0) onLine(line.slice(0, at));
    onMark(line.slice(at + MARK_PREFIX.length));
  };
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      take(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
    }
  });
  stream.on('end', () => {
    if (buffer !== '') take(buffer);
    buffer = '';
  });
}

export class ExecutionEnvironment {
  readonly spec: EnvironmentSpec;
  private readonly child: ChildProcess;
  private readonly initialized: Promise<InitOutcome>;
  private readonly exited: Promise<void>;
  private closed = false;
  private busy = false;
  /** The request each stream's lines belong to: set when sent, cleared by that stream's mark. */
  private readonly requestOf: Record<'stdout' | 'stderr', string | undefined> = {
    stdout: undefined,
    stderr: undefined,
  };
  private readonly marks = new Map<string, number>();
  private readonly markWaiters = new Map<string, () => void>();
  private readonly replies = new Map<string, (reply: Reply) => void>();
  private sequence = 0;

  constructor(spec: EnvironmentSpec) {
    this.spec = spec;
    const started = performance.now();
    this.child = fork(RUNTIME, [spec.handler, MARK_PREFIX], {
      cwd: spec.env.LAMBDA_TASK_ROOT,
      env: spec.env,
      execArgv: execArgvFor(spec.handler),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const source of ['stdout', 'stderr'] as const) {
      readLines(
        this.child[source]!,
        (line) => spec.log(source, line, this.requestOf[source]),
        (id) => {
          this.requestOf[source] = undefined;
          this.mark(id);
        },
      );
    }
    this.exited = new Promise((resolve) => {
      // `close` comes after both pipes ended, so the last lines were already logged.
      this.child.once('close', () => {
        this.closed = true;
        for (const waiter of [...this.markWaiters.values()]) waiter();
        for (const pending of [...this.replies.values()]) pending('exit');
        resolve();
      });
    });
    this.child.on('error', (error) => {
      spec.log('platform', `environment process error: ${error.message}`);
    });
    this.child.on('message', (message: RuntimeMessage) => {
      const key = message.type === 'init' ? INIT_OUTPUT_ID : message.id;
      this.replies.get(key)?.(message);
    });
    this.initialized = this.init(started);
  }

  /** False while it runs an invocation, and for good once the process is gone. */
  get usable(): boolean {
    return !this.closed && !this.busy;
  }

  get alive(): boolean {
    return !this.closed;
  }

  /** Runs one invocation and resolves with what Lambda would report; a timeout kills it. */
  async invoke(request: InvokeRequest): Promise<InvokeOutcome> {
    if (this.busy) throw new Error('an execution environment runs one invocation at a time');
    this.busy = true;
    try {
      const init = await this.initialized;
      if (!init.ok) return { ok: false, phase: 'init', error: init.error, durationMs: 0 };
      return await this.run(request);
    } finally {
      this.busy = false;
    }
  }

  /** Kills the process and waits for it to be gone. */
  async kill(): Promise<void> {
    if (!this.closed) this.child.kill('SIGKILL');
    await this.exited;
  }

  private async init(started: number): Promise<InitOutcome> {
    const { spec } = this;
    const message = await this.reply(INIT_OUTPUT_ID, spec.initTimeoutMs);
    const durationMs = performance.now() - started;
    if (message === 'timeout' || message === 'exit') {
      const error =
        message === 'timeout'
          ? platformError('Sandbox.Timedout', `Init timed out after ${spec.initTimeoutMs} ms`)
          : platformError('Runtime.ExitError', `Runtime exited during init: ${this.exitStatus()}`);
      await this.kill();
      this.reportInitError(durationMs, error);
      return { ok: false, error };
    }
    await this.outputMarked(INIT_OUTPUT_ID);
    if (message.type === 'init' && !message.ok) {
      await this.kill();
      this.reportInitError(durationMs, message.error);
      return { ok: false, error: message.error };
    }
    return { ok: true };
  }

  private reportInitError(durationMs: number, error: LambdaErrorPayload): void {
    this.spec.log(
      'platform',
      `INIT_REPORT Init Duration: ${durationMs.toFixed(2)} ms Phase: init Status: error Error Type: ${error.errorType}`,
    );
    this.spec.log('platform', `ERROR Init Error ${JSON.stringify(error)}`);
  }

  private async run(request: InvokeRequest): Promise<InvokeOutcome> {
    const id = `${request.requestId}/${++this.sequence}`;
    const started = performance.now();
    const message: InvokeMessage = {
      type: 'invoke',
      id,
      requestId: request.requestId,
      invokedFunctionArn: request.invokedFunctionArn,
      deadlineMs: Date.now() + request.timeoutMs,
      event: request.event,
    };
    this.requestOf.stdout = this.requestOf.stderr = request.requestId;
    const replied = this.reply(id, request.timeoutMs);
    // A failed send means the process is going away; its `close` answers `replied`.
    this.child.send(message, () => {});
    const reply = await replied;
    const durationMs = performance.now() - started;
    if (reply === 'timeout') {
      await this.kill();
      const seconds = (request.timeoutMs / 1000).toFixed(2);
      return {
        ok: false,
        phase: 'invoke',
        durationMs,
        error: platformError(
          'Sandbox.Timedout',
          `RequestId: ${request.requestId} Error: Task timed out after ${seconds} seconds`,
        ),
      };
    }
    if (reply === 'exit') {
      return {
        ok: false,
        phase: 'invoke',
        durationMs,
        error: platformError(
          'Runtime.ExitError',
          `RequestId: ${request.requestId} Error: Runtime exited with error: ${this.exitStatus()}`,
        ),
      };
    }
    await this.outputMarked(id);
    if (reply.type !== 'result') throw new Error(`unexpected ${reply.type} message from runtime`);
    return reply.ok
      ? { ok: true, result: reply.result, durationMs }
      : { ok: false, phase: 'invoke', error: reply.error, durationMs };
  }

  /** The child's message for `key`, or why none will come. */
  private reply(key: string, timeoutMs: number): Promise<Reply> {
    if (this.closed) return Promise.resolve('exit');
    return new Promise((resolve) => {
      const done = (reply: Reply) => {
        clearTimeout(timer);
        this.replies.delete(key);
        resolve(reply);
      };
      const timer = setTimeout(() => done('timeout'), timeoutMs);
      this.replies.set(key, done);
    });
  }

  private mark(id: string): void {
    this.marks.set(id, (this.marks.get(id) ?? 0) + 1);
    if (this.marks.get(id) === 2) this.markWaiters.get(id)?.();
  }

  /** Resolves once both streams carried the mark for `id` (or the process is gone). */
  private outputMarked(id: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        this.marks.delete(id);
        this.markWaiters.delete(id);
        resolve();
      };
      if (this.marks.get(id) === 2 || this.closed) return done();
      this.markWaiters.set(id, done);
    });
  }

  private exitStatus(): string {
    const { exitCode, signalCode } = this.child;
    return signalCode ? `signal: ${signalCode}` : `exit status ${exitCode ?? 'unknown'}`;
  }
}
