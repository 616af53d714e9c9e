import { ImageFailure } from '../shared/image-failure.js';
import type { WorkspaceMatch } from './workspace-files.js';

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'it no longer exists (deleted after the globs were matched?)',
  EISDIR: 'it is now a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'its path is longer than the file system allows',
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
