import { redact } from '../shared/redact.js';

/** One structured log entry; CloudWatch Logs Insights reads each line as JSON. */
export type LogFields = Record<string, string | number | boolean | undefined>;

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose entries all carry `fields` too (e.g. the request id). */
  with(fields: LogFields): Logger;
}

export type LogSink = (line: string) => void;

export const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/** Error text from AWS may quote a key id, a signature or a token: none of it reaches the logs. */
function redactFields(fields: LogFields): LogFields {
  const redacted: LogFields = {};
  for (const [name, value] of Object.entries(fields)) {
    redacted[name] = typeof value === 'string' ? redact(value) : value;
  }
  return redacted;
}

/**
 * JSON lines, one per entry, never pretty-printed: a multi-line entry would be split into
 * several CloudWatch events. Fields are data, so a key with a newline stays inside its string.
 */
export function createLogger(
  sink: LogSink = stdoutSink,
  now: () => number = Date.now,
  base: LogFields = {},
): Logger {
  const write = (level: LogLevel, message: string, fields: LogFields = {}) => {
    sink(
      JSON.stringify({
        timestamp: new Date(now()).toISOString(),
        level,
        message: redact(message),
        ...redactFields(base),
        ...redactFields(fields),
      }),
    );
  };
  return {
    info: (message, fields) => write('INFO', message, fields),
    warn: (message, fields) => write('WARN', message, fields),
    error: (message, fields) => write('ERROR', message, fields),
    with: (fields) => createLogger(sink, now, { ...base, ...fields }),
  };
}
