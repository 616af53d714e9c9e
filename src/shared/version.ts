import packageJson from '../../package.json' with { type: 'json' };

/**
 * The release, from package.json, the one place it is written; the bundles inline it. It goes
 * into the user agent, so AWS-side logs show which release made a request.
 */
export const VERSION: string = packageJson.version;
