/**
 * The inside of one Lambda execution environment: a child process forked by
 * lambda-environment.ts with the function's environment. It imports the handler module
 * once (cold start: configuration read from process.env, import-time throws are init
 * errors), then runs one invocation per `invoke` message.
 *
 * Node runs this file with its built-in type stripping (or tsx, for a `.ts` handler), so it
 * imports only Node built-ins at run time; the `import type` lines are erased.
 *
 * argv: HANDLER_PATH MARKER (see lambda-protocol.ts for the marker).
 */
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { InvokeMessage, LambdaErrorPayload, RuntimeMessage } from './lambda-protocol.js';

type Handler = (event: unknown, context: Context) => unknown;

const [handlerPath, marker] = process.argv.slice(2);
const send = process.send?.bind(process);
if (!handlerPath || !marker || !send) {
  console.error('lambda-runtime.ts is started by lambda-environment.ts, with an IPC channel');
  process.exit(2);
}

/** The Node.js runtime's error shape: `name`, `message`, stack lines; `typeof` otherwise. */
function errorPayload(error: unknown, errorType?: string): LambdaErrorPayload {
  if (error instanceof Error) {
    return {
      errorType: errorType ?? error.name,
      errorMessage: error.message,
      trace: (error.stack ?? '').split('\n'),
    };
  }
  return { errorType: errorType ?? typeof error, errorMessage: String(error), trace: [] };
}

/** The runtime's own error types for a module that cannot be loaded at all. */
function initErrorType(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
    return 'Runtime.ImportModuleError';
  }
  if (error instanceof SyntaxError) return 'Runtime.UserCodeSyntaxError';
  return undefined;
}

function writeAll(text: string): Promise<void> {
  const write = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => stream.write(text, () => resolve()));
  return Promise.all([write(process.stdout), write(process.stderr)]).then(() => {});
}

/** Marks the end of a phase's output on both streams, then reports the phase. */
async function finish(id: string, message: RuntimeMessage): Promise<void> {
  await writeAll(`${marker}${id}\n`);
  await new Promise<void>((resolve) => send!(message, () => resolve()));
}

async function loadHandler(): Promise<Handler | undefined> {
  try {
    const module = (await import(pathToFileURL(handlerPath!).href)) as { handler?: unknown };
    if (typeof module.handler !== 'function') {
      await finish('init', {
        type: 'init',
        ok: false,
        error: {
          errorType: 'Runtime.HandlerNotFound',
          errorMessage: `${handlerPath} does not export a function named "handler"`,
          trace: [],
        },
      });
      return undefined;
    }
    await finish('init', { type: 'init', ok: true });
    return module.handler as Handler;
  } catch (error) {
    await finish('init', {
      type: 'init',
      ok: false,
      error: errorPayload(error, initErrorType(error)),
    });
    return undefined;
  }
}

function contextFor(message: InvokeMessage): Context {
  const env = process.env;
  // Node.js 24 on Lambda dropped the callback-era helpers; calling one is a bug to surface.
  const removed = (name: string) => () => {
    throw new Error(`context.${name}() is not available in the nodejs24.x runtime`);
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME ?? '',
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION ?? '$LATEST',
    invokedFunctionArn: message.invokedFunctionArn,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? '128',
    awsRequestId: message.requestId,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME ?? '',
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME ?? '',
    getRemainingTimeInMillis: () => Math.max(0, message.deadlineMs - Date.now()),
    done: removed('done'),
    fail: removed('fail'),
    succeed: removed('succeed'),
  };
}

async function invoke(handler: Handler, message: InvokeMessage): Promise<void> {
  let reply: RuntimeMessage;
  try {
    const result = await handler(message.event, contextFor(message));
    // Lambda returns the JSON serialisation of the result, never the object itself.
    const json = JSON.stringify(result);
    reply = {
      type: 'result',
      id: message.id,
      ok: true,
      result: json === undefined ? null : JSON.parse(json),
    };
  } catch (error) {
    reply = { type: 'result', id: message.id, ok: false, error: errorPayload(error) };
  }
  await finish(message.id, reply);
}

// An environment never outlives its sandbox: without a parent, nothing will invoke it.
process.on('disconnect', () => process.exit(0));

// After a failed init the parent kills this process (Lambda discards the environment).
const handler = await loadHandler();
if (handler) {
  process.on('message', (message: InvokeMessage) => {
    if (message.type === 'invoke') void invoke(handler, message);
  });
}
