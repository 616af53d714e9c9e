import { type AwsOperation, type ErrorKind, classifyError, describeAwsError } from './aws-errors.js';
import type { Services } from './services.js';
import type { WorkspaceMatch } from '../action/workspace-files.js';

/** A failure with the sentence to show and whether it is the image's fault. */
export class ImageFailure extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
  ) {
    super(message);
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'it no longer exists (deleted after the globs were matched?)',
  EISDIR: 'it is now a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
};

/** A file that vanished or cannot be read fails alone, with a sentence rather than a syscall. */
export async function readingFile<T>(file: WorkspaceMatch, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = FILE_ERRORS[code];
    if (!reason) throw error;
    throw new ImageFailure(`${file.path} could not be read: ${reason} (${code}).`, 'other');
  }
}

/** One AWS request through the shared caller; a failure becomes a sentence naming the operation. */
export async function callAws<T>(
  services: Services,
  operation: AwsOperation,
  send: () => Promise<T>,
): Promise<T> {
  try {
    return await services.caller.call(send, operation.action.split(':')[0]);
  } catch (error) {
    if (error instanceof ImageFailure) throw error;
    const kind = classifyError(error);
    throw new ImageFailure(describeAwsError(error, operation), kind);
  }
}
