import {
  ENVIRONMENT_NAME,
  ENVIRONMENT_NAME_ALLOWED,
  TABLE_NAME,
  TABLE_NAME_ALLOWED,
  fillEnvironment,
} from '../shared/settings-rules.js';
import { INPUT } from './input-names.js';
import type { Problems } from './input-problems.js';
import type { RunContext } from './run-context.js';

export type CommentMode = 'off' | 'sticky';
export type IfNoCredentials = 'error' | 'warn';

/** The inputs of pull-request review (docs/pull-requests.md). */
export interface ReviewInputs {
  /** '' when none: no GitHub API call is made. Never logged. */
  githubToken: string;
  /** Label only the files the pull request (or push) changes. */
  onlyChanged: boolean;
  /** '' when off. */
  compareEnvironment: string;
  /** The `table` template filled with `compareEnvironment`; '' when off. */
  compareTable: string;
  comment: CommentMode;
  commentKey: string;
  thumbnails: boolean;
  ifNoCredentials: IfNoCredentials;
}

type ReviewKey =
  'githubToken' | 'onlyChanged' | 'comment' | 'commentKey' | 'thumbnails' | 'ifNoCredentials';

export interface ReviewInputSource {
  /** The input's value, its default when empty (but `githubToken`, read as given). */
  read(key: ReviewKey): string;
  /** As given ('' turns it off), or `auto` when the input is not set at all. */
  compareEnvironment: string;
  context: RunContext;
  /** The `table` input ('' when none). */
  tableTemplate: string;
  /** The environment this run writes. */
  environment: string;
}

/** `only-changed: auto` is on for these events, whose changes GitHub lists. */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target']);

const COMMENT_KEY = /^[A-Za-z0-9._-]{1,64}$/;

export function reviewInputs(problems: Problems, source: ReviewInputSource): ReviewInputs {
  const { read, context } = source;
  const onlyChanged = choice(problems, INPUT.onlyChanged, read('onlyChanged'), [
    'auto',
    'true',
    'false',
  ]);
  const comment = choice(problems, INPUT.comment, read('comment'), ['off', 'sticky']);
  const thumbnails = choice(problems, INPUT.thumbnails, read('thumbnails'), ['on', 'off']);
  const ifNoCredentials = choice(problems, INPUT.ifNoCredentials, read('ifNoCredentials'), [
    'error',
    'warn',
  ]);
  const commentKey = read('commentKey');
  if (!COMMENT_KEY.test(commentKey)) {
    problems.add(
      INPUT.commentKey,
      commentKey,
      'expected 1 to 64 letters, digits, ".", "_" or "-": it goes into the hidden marker that finds the comment again',
    );
  }
  const compare = compareWith(problems, source);
  return {
    githubToken: read('githubToken'),
    onlyChanged:
      onlyChanged === 'auto' ? CHANGE_EVENTS.has(context.eventName) : onlyChanged === 'true',
    ...compare,
    comment: comment ?? 'off',
    commentKey,
    thumbnails: thumbnails !== 'off',
    ifNoCredentials: ifNoCredentials ?? 'error',
  };
}

function choice<T extends string>(
  problems: Problems,
  name: string,
  value: string,
  allowed: readonly T[],
): T | undefined {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.add(name, value, `allowed: ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return undefined;
}

/** `auto`: prod on pull requests when there is a table; off otherwise. */
function compareWith(
  problems: Problems,
  source: ReviewInputSource,
): Pick<ReviewInputs, 'compareEnvironment' | 'compareTable'> {
  const off = { compareEnvironment: '', compareTable: '' };
  const value = source.compareEnvironment;
  if (value === '') return off;
  if (value === 'auto') {
    const pullRequest = source.context.pullRequest !== undefined;
    if (!pullRequest || source.tableTemplate === '' || source.environment === 'prod') return off;
    return tableFor(problems, source, 'prod') ?? off;
  }
  if (!ENVIRONMENT_NAME.test(value)) {
    problems.add(
      INPUT.compareEnvironment,
      value,
      `expected "auto", "" (off) or a name of ${ENVIRONMENT_NAME_ALLOWED}, such as "prod"`,
    );
    return off;
  }
  if (source.tableTemplate === '') {
    problems.list.push(
      `Input \`${INPUT.compareEnvironment}\` is ${JSON.stringify(value)} but \`${INPUT.table}\` is empty: the comparison reads the items of that environment's table. Set \`${INPUT.table}\`, or set \`${INPUT.compareEnvironment}\` to "".`,
    );
    return off;
  }
  if (value === source.environment) {
    problems.list.push(
      `Input \`${INPUT.compareEnvironment}\` is ${JSON.stringify(value)}, the environment this run writes: a run compared with itself finds nothing changed. Compare with another environment (pull requests write "beta" and compare with "prod"), or set it to "".`,
    );
    return off;
  }
  return tableFor(problems, source, value) ?? off;
}

function tableFor(
  problems: Problems,
  source: ReviewInputSource,
  environment: string,
): Pick<ReviewInputs, 'compareEnvironment' | 'compareTable'> | undefined {
  const table = fillEnvironment(source.tableTemplate, environment);
  if (TABLE_NAME.test(table)) return { compareEnvironment: environment, compareTable: table };
  problems.list.push(
    `Input \`${INPUT.table}\` is ${JSON.stringify(source.tableTemplate)}, which names table ${JSON.stringify(table)} for \`${INPUT.compareEnvironment}\` "${environment}"; ${TABLE_NAME_ALLOWED}.`,
  );
  return undefined;
}
