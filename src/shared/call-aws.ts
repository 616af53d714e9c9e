import { type AwsOperation, awsFailure, classifyError } from './aws-errors.js';
import { ImageFailure } from './image-failure.js';
import type { Services } from './services.js';

/**
 * One AWS request through the shared caller; a failure becomes an ImageFailure worded by the
 * caller's part (`services.describe`), naming the operation.
 */
export async function callAws<T>(
  services: Services,
  operation: AwsOperation,
  send: () => Promise<T>,
): Promise<T> {
  try {
    const result = await services.caller.call(send, operation.action.split(':')[0]);
    const { succeeded } = services.caller;
    succeeded[operation.action] = (succeeded[operation.action] ?? 0) + 1;
    return result;
  } catch (error) {
    if (error instanceof ImageFailure) throw error;
    throw new ImageFailure(services.describe(awsFailure(error, operation)), classifyError(error));
  }
}
