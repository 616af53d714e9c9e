import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from './aws-json.js';
import { ConfigError } from './config-check.js';
import {
  type HeldRequest,
  HoldError,
  parseReleaseFilter,
  parseWaitFilter,
  type ReleaseFilter,
  type WaitFilter,
} from './request-gates.js';

/**
 * In-process control of a service's fault injection. The admin endpoint
 * (`<prefix>{config,stats,reset,release,wait}`) exposes the same calls over HTTP.
 */
export interface GateControl<Config, Options, Stats> {
  /** Returns the live config after merging `patch` (validated; unknown keys rejected) into it. */
  config(patch?: Options): Config;
  stats(): Stats;
  /** Zeroes the stats, restores the start config and releases every held request. */
  reset(): void;
  /** Releases held requests (all without a filter); returns how many. */
  release(filter?: ReleaseFilter): number;
  /** Resolves once at least `count` (default 1) matching requests are held. */
  waitForHeld(filter?: WaitFilter): Promise<HeldRequest[]>;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8') || '{}') as unknown;
  } catch {
    throw new ConfigError('body must be JSON');
  }
}

type Reply = (status: number, data: unknown) => void;

async function route<C, O, S>(
  control: GateControl<C, O, S>,
  name: string,
  body: Buffer,
  reply: Reply,
): Promise<boolean> {
  switch (name) {
    case 'GET stats':
      reply(200, control.stats());
      return true;
    case 'GET config':
      reply(200, control.config());
      return true;
    case 'POST config':
      reply(200, control.config(parseJson(body) as O));
      return true;
    case 'POST reset':
      control.reset();
      reply(200, { config: control.config(), stats: control.stats() });
      return true;
    case 'POST release':
      reply(200, { released: control.release(parseReleaseFilter(parseJson(body))) });
      return true;
    case 'POST wait':
      reply(200, { held: await control.waitForHeld(parseWaitFilter(parseJson(body))) });
      return true;
    default:
      return false;
  }
}

/**
 * Serves `<prefix>stats|config|reset|release|wait`: unauthenticated JSON, never counted in the
 * stats. Invalid bodies get 400 `{"error"}`, a release of an id not held 404, a wait that timed
 * out 408.
 */
export async function handleGateAdmin<C, O, S>(
  control: GateControl<C, O, S>,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  prefix: string,
): Promise<void> {
  const { body } = await readBody(req, 1024 * 1024);
  const reply: Reply = (status, data) => sendJson(res, { status, body: data }, 'application/json');
  const name = `${req.method} ${path.slice(prefix.length)}`;
  try {
    if (!(await route(control, name, body, reply))) {
      reply(404, { error: `no admin route ${req.method} ${path}` });
    }
  } catch (error) {
    if (error instanceof ConfigError) return reply(400, { error: error.message });
    if (error instanceof HoldError) return reply(error.status, { error: error.message });
    throw error;
  }
}
