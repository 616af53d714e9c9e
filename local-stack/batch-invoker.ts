import type { BatchInvocationEvent, InvokeReply } from './batch-invocation.js';
import type { LambdaLink } from './lambda-link.js';

/** How the local S3 Batch Operations reaches functions: synchronously, one attempt each. */
export interface BatchInvoker {
  /** Whether a function of that name exists (in the stack's region). */
  exists(functionName: string): boolean;
  /** One RequestResponse invocation: the handler's answer or its error, never a retry. */
  invoke(functionName: string, event: BatchInvocationEvent): Promise<InvokeReply>;
}

/**
 * The stack's Lambda link as the invoker. `link` is read at each call: the link starts after
 * the S3 Control endpoint (its functions get that endpoint in their environment), and a stack
 * without `lambda` has no function at all.
 */
export function lambdaLinkInvoker(link: () => LambdaLink | undefined): BatchInvoker {
  return {
    exists: (name) => link()?.functions.some((fn) => fn.name === name) ?? false,
    invoke: async (name, event) => {
      const current = link();
      if (!current)
        return { ok: false, errorType: 'ResourceNotFoundException', errorMessage: name };
      const invocation = await current.invokeSync(name, event);
      if (invocation.outcome === 'ok') return { ok: true, payload: invocation.result };
      const error = invocation.errors.at(-1);
      return {
        ok: false,
        // `pending` after a stop: the environment was killed under the invocation.
        errorType: error?.errorType ?? 'Runtime.ExitError',
        errorMessage: error?.errorMessage ?? 'the invocation did not finish (the stack stopped)',
      };
    },
  };
}
