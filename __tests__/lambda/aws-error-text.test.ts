import { describe, expect, it } from 'vitest';
import { lambdaFailureWording } from '../../src/lambda/aws-error-text.js';
import { readLambdaConfig } from '../../src/lambda/config.js';
import { type AwsOperation, awsFailure } from '../../src/shared/aws-errors.js';

const config = readLambdaConfig({
  AWS_REGION: 'eu-west-1',
  DDB_TABLE_BETA: 'beta_results',
  DDB_TABLE_PR_PREVIEW: 'preview_results',
});
const describeForLambda = lambdaFailureWording(config);

function awsError(name: string, message = `${name} happened`): Error {
  return Object.assign(new Error(message), { name });
}

const say = (code: string, operation: AwsOperation, message?: string) =>
  describeForLambda(awsFailure(awsError(code, message), operation));

const object = {
  action: 'rekognition:DetectLabels',
  resource: 'arn:aws:s3:::bkt/rekognition-input/beta/a.png',
  bucket: 'bkt',
};

/** Words the action uses for its own user; none belongs in the function's logs. */
const ACTION_WORDS =
  /`[a-z-]+` input|inputs|aws-region|configure-aws-credentials|README|this step|this job/;

describe("the Lambda's wording of AWS failures", () => {
  it('names the variable that chose a missing table', () => {
    const op = {
      action: 'dynamodb:PutItem',
      resource: 'table preview_results',
      table: 'preview_results',
    };
    expect(say('ResourceNotFoundException', op, 'Requested resource not found')).toBe(
      'table preview_results does not exist in eu-west-1 (dynamodb:PutItem: Requested resource not found). ' +
        "Check DDB_TABLE_PR_PREVIEW in the function's environment variables: the table must exist in eu-west-1.",
    );
  });

  it('falls back to DDB_TABLE_<ENV> when no variable names the table', () => {
    const op = { action: 'dynamodb:GetItem', resource: 'table other', table: 'other' };
    expect(say('ResourceNotFoundException', op)).toContain('Check the DDB_TABLE_<ENV> variables');
  });

  it.each([
    ['AccessDeniedException', "in the function's execution role"],
    ['InvalidS3ObjectException', "It reads with the function's execution role: allow s3:GetObject"],
    ['PermanentRedirect', 'is in another region than the function (eu-west-1)'],
    ['ExpiredTokenException', "AWS rejected the function's credentials (ExpiredTokenException)"],
    ['NoSuchBucket', 'Bucket bkt does not exist in eu-west-1'],
  ])('words %s for the operator', (code, expected) => {
    const message = say(code, object);
    expect(message).toContain(expected);
    expect(message).not.toMatch(ACTION_WORDS);
  });

  it('says the same as the action for a damaged image and an unknown error', () => {
    expect(say('InvalidImageFormatException', object, 'bad format')).toBe(
      'Rekognition rejected arn:aws:s3:::bkt/rekognition-input/beta/a.png: InvalidImageFormatException: bad format. ' +
        'It passed the pre-check, so its data is probably damaged; re-export it as JPEG or PNG.',
    );
    expect(say('ValidationException', object, 'nope')).toBe(
      'rekognition:DetectLabels failed: ValidationException: nope',
    );
  });
});
