/**
 * Removes anything credential-shaped from text that is about to be shown or stored: AWS error
 * messages can quote a request's access key id, signature or session token (a presigned URL, a
 * signing mismatch, a proxy's echo), and logs, job summaries, outputs and DynamoDB items outlive
 * the run. Pure and idempotent; it works on plain and URL-encoded text alike.
 */

export const REDACTED = '[REDACTED]';

/** One base64 character, plain or URL-encoded (`/` as %2F, `+` as %2B). */
const B64 = '(?:[A-Za-z0-9+/]|%2[BbFf])';
/** A key/value separator: `=`, `%3D`, `: `, `":"`. */
const SEP = `(?:=|%3[Dd]|["']?\\s*:\\s*["']?|\\s*=\\s*["']?)`;

const RULES: { pattern: RegExp; replace: string }[] = [
  // SigV4 signatures (64 hex) and older base64 ones, after Signature= or X-Amz-Signature=.
  {
    pattern: new RegExp(
      `((?:X-Amz-)?Signature${SEP})(?:[0-9a-fA-F]{64}|${B64}{20,}(?:=|%3[Dd])*)`,
      'gi',
    ),
    replace: `$1${REDACTED}`,
  },
  // Session tokens by name, whatever their length: query parameter, header, JSON, ini.
  {
    pattern: new RegExp(
      `((?:X-Amz-Security-Token|security[_-]?token|session[_-]?token)${SEP})[^\\s"'&,;<>]+`,
      'gi',
    ),
    replace: `$1${REDACTED}`,
  },
  // Session tokens by their own look: STS tokens start with these base64 prefixes.
  {
    pattern: new RegExp(`(?:FwoGZXIvYXdzE|IQoJb3JpZ2lu)${B64}*(?:=|%3[Dd])*`, 'g'),
    replace: REDACTED,
  },
  // A 40-character secret access key next to a word that names it.
  {
    pattern: new RegExp(`((?:secret|signature)[\\w-]*${SEP})${B64}{40}(?![A-Za-z0-9+/%])`, 'gi'),
    replace: `$1${REDACTED}`,
  },
  // Access key ids, also inside Credential=AKIA…/date/region/service/aws4_request and after
  // a URL-encoded `=` or `/`.
  {
    pattern: /(?:(?<=%3[Dd]|%2[Ff])|(?<![A-Za-z0-9]))(AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    replace: `$1${REDACTED}`,
  },
  // GitHub tokens by their prefixes: classic and fine-grained personal ones, the job's
  // installation token, OAuth and refresh tokens (a git or API error can quote one).
  {
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g,
    replace: REDACTED,
  },
];

/** `text` with every credential-shaped part replaced by `[REDACTED]`. */
export function redact(text: string): string {
  let result = text;
  for (const { pattern, replace } of RULES) result = result.replace(pattern, replace);
  return result;
}
