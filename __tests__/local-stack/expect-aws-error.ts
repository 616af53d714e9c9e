import { expect } from 'vitest';

export interface AwsErrorLike extends Error {
  $metadata: { httpStatusCode?: number; attempts?: number; requestId?: string };
}

/** Awaits a promise that must reject with an SDK service error of the given name and status. */
export async function expectAwsError(
  promise: Promise<unknown>,
  name: string,
  status: number,
): Promise<AwsErrorLike> {
  const error = await promise.then(
    () => {
      throw new Error(`expected ${name}, but the call succeeded`);
    },
    (e: unknown) => e as AwsErrorLike,
  );
  expect(error.name).toBe(name);
  expect(error.$metadata?.httpStatusCode).toBe(status);
  return error;
}
