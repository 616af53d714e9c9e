/**
 * Messages between an execution environment's parent (lambda-environment.ts) and the child
 * running lambda-runtime.ts, over Node's IPC channel. Types only: the child imports this
 * file with `import type`, so Node's type stripping erases the import and the child loads
 * no project module besides the handler.
 */

/** What Lambda reports for a failed invocation: the error's `name`, `message` and stack. */
export interface LambdaErrorPayload {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** Parent → child: run the handler once. */
export interface InvokeMessage {
  type: 'invoke';
  /** Unique per attempt; ties the reply and the end-of-output marks to this attempt. */
  id: string;
  /** `context.awsRequestId`; the same on every retry of an asynchronous invocation. */
  requestId: string;
  invokedFunctionArn: string;
  /** Epoch ms at which the function times out, for `getRemainingTimeInMillis()`. */
  deadlineMs: number;
  event: unknown;
}

/** Child → parent. `init` comes once, after the handler module was imported (or not). */
export type RuntimeMessage =
  | { type: 'init'; ok: true }
  | { type: 'init'; ok: false; error: LambdaErrorPayload }
  | { type: 'result'; id: string; ok: true; result: unknown }
  | { type: 'result'; id: string; ok: false; error: LambdaErrorPayload };

/**
 * End of output: after init and after each invocation the child writes `${marker}${id}\n`
 * (the marker is random, passed as the child's second argument; `id` is `init` or the
 * invocation's id) on stdout and on stderr, then sends its message. The parent settles the
 * invocation only once it has the message and both marks, so every line the handler wrote
 * has reached the log sink by then.
 */
export const INIT_OUTPUT_ID = 'init';
