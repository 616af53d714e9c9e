import { describe, expect, it } from 'vitest';
import { ConfigError, readLambdaConfig, tableVariable } from '../../src/lambda/config.js';
import { createHandler } from '../../src/lambda/handler.js';
import { createLogger } from '../../src/lambda/logger.js';

const BASE = { AWS_REGION: 'eu-west-1', DDB_TABLE_PROD: 'prod_results' };

describe('readLambdaConfig', () => {
  it('applies the documented defaults', () => {
    expect(readLambdaConfig(BASE)).toEqual({
      prefix: 'rekognition-input',
      settings: { minConfidence: 70, maxLabels: 10 },
      ttlHours: 168,
      tables: new Map([['prod', 'prod_results']]),
      region: 'eu-west-1',
    });
  });

  it('reads one table per environment, DDB_TABLE_<ENV> with "_" for "-"', () => {
    const config = readLambdaConfig({
      ...BASE,
      DDB_TABLE_BETA: 'beta_results',
      DDB_TABLE_PR_PREVIEW: 'preview_results',
      PREFIX: '/images/incoming/',
      MIN_CONFIDENCE: '55.5',
      MAX_LABELS: '1000',
      TTL_HOURS: '0.5',
    });
    expect([...config.tables]).toEqual([
      ['beta', 'beta_results'],
      ['prod', 'prod_results'],
      ['pr-preview', 'preview_results'],
    ]);
    expect(config.prefix).toBe('images/incoming');
    expect(config.settings).toEqual({ minConfidence: 55.5, maxLabels: 1000 });
    expect(config.ttlHours).toBe(0.5);
    expect(tableVariable('pr-preview')).toBe('DDB_TABLE_PR_PREVIEW');
  });

  it('lists every problem at once, naming the variable, the value and what is allowed', () => {
    let error: unknown;
    try {
      readLambdaConfig({
        DDB_TABLE_BETA: 'x',
        MIN_CONFIDENCE: '70%',
        MAX_LABELS: '10abc',
        TTL_HOURS: '-1',
        PREFIX: '../etc',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split('\n')).toEqual([
      'Invalid function configuration:',
      'PREFIX is "../etc"; expected a key prefix such as "rekognition-input": letters, digits, "!_.*\'()-" and "/" between parts.',
      'MIN_CONFIDENCE is "70%"; expected a number from 0 to 100.',
      'MAX_LABELS is "10abc"; expected a whole number from 1 to 1000.',
      'TTL_HOURS is "-1"; expected a number from 0 to 87600.',
      'DDB_TABLE_BETA is "x"; expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -).',
      'AWS_REGION is not set (the Lambda runtime always sets it).',
    ]);
  });

  it.each([
    ['DDB_TABLE__', '-'],
    ['DDB_TABLE_PR_', 'pr-'],
    ['DDB_TABLE__BETA', '-beta'],
  ])('refuses %s: environment %j does not start and end with a letter or digit', (name, env) => {
    expect(() => readLambdaConfig({ ...BASE, [name]: 'some_results' })).toThrow(
      `${name} names environment "${env}"; environment names are 1-32 lowercase letters, digits and "-", starting and ending with a letter or digit.`,
    );
  });

  it('refuses to start without any table, since it would skip every object', () => {
    expect(() => readLambdaConfig({ AWS_REGION: 'us-east-1' })).toThrow(
      /No DDB_TABLE_<ENV> variable is set, so every object would be skipped/,
    );
  });

  it('fails the cold start with one structured log line naming the problem', () => {
    const lines: string[] = [];
    expect(() =>
      createHandler(
        { AWS_REGION: 'us-east-1', DDB_TABLE_BETA: 'beta_results', MAX_LABELS: '0' },
        { log: createLogger((line) => lines.push(line)) },
      ),
    ).toThrow(ConfigError);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'ERROR',
      message: 'invalid configuration',
      error: expect.stringContaining('MAX_LABELS is "0"; expected a whole number from 1 to 1000.'),
    });
  });
});
