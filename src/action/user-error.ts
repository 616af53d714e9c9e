/**
 * An error the user can fix (an input, a file, a permission). Its message is the
 * whole story, so it is reported without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}
