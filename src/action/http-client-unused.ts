/**
 * Stands in for `@actions/http-client` in the bundle (tsconfig.json `paths`, which ncc
 * follows). `@actions/core` imports it, and with it undici (0.48 MB of a 1.19 MB bundle), only
 * for `getIDToken`, which this action never calls (ESLint forbids `core.getIDToken` in src/):
 * compiling and loading them took about 55 ms of every start (docs/benchmarks.md). The bundler
 * drops the unused OIDC code; these classes are here so that it resolves.
 *
 * `@actions/github` (loaded only on runs that talk to GitHub, github-api.ts) asks an HttpClient
 * for its proxy agent when it loads. Here there is none: its requests go through undici's
 * global dispatcher, which honours HTTP(S)_PROXY when the runner sets `NODE_USE_ENV_PROXY=1`.
 */
const UNUSED =
  'rekognition-label leaves @actions/http-client out of its bundle (see src/action/http-client-unused.ts); ' +
  'core.getIDToken and other HTTP calls through @actions/core are not available';

export class HttpClient {
  getAgent(): undefined {
    return undefined;
  }

  getAgentDispatcher(): undefined {
    return undefined;
  }

  getJson(): never {
    throw new Error(UNUSED);
  }
}

export class BearerCredentialHandler {
  constructor() {
    throw new Error(UNUSED);
  }
}
