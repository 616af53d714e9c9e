/**
 * Stands in for `@actions/http-client` in the bundle (tsconfig.json `paths`, which ncc
 * follows). `@actions/core` imports it, and with it undici (0.48 MB of a 1.19 MB bundle), only
 * for `getIDToken`, which this action never calls (ESLint forbids `core.getIDToken` in src/):
 * compiling and loading them took about 55 ms of every start (docs/benchmarks.md). The bundler
 * drops these classes along with the unused OIDC code; they are here so that it resolves.
 */
const UNUSED =
  'rekognition-label leaves @actions/http-client out of its bundle (see src/action/http-client-unused.ts); ' +
  'core.getIDToken and other HTTP calls through @actions/core are not available';

export class HttpClient {
  constructor() {
    throw new Error(UNUSED);
  }
}

export class BearerCredentialHandler {
  constructor() {
    throw new Error(UNUSED);
  }
}
