import { describe, expect, it } from 'vitest';
import type { LambdaConfig } from '../../src/lambda/config.js';
import { routeKey } from '../../src/lambda/route.js';
import { isLambdaImageKey } from '../../src/shared/lambda-keys.js';

const CONFIG: LambdaConfig = {
  prefix: 'rekognition-input',
  settings: { minConfidence: 70, maxLabels: 10 },
  ttlHours: 168,
  tables: new Map([['beta', 'beta_results']]),
  region: 'us-east-1',
};

describe('routeKey', () => {
  it('labels exactly the keys the shared rule accepts, the one the action checks in upload-only mode', () => {
    const keys = [
      'cat.jpg',
      'IMG_0001.JPG',
      'photo.Jpeg',
      'logo.PNG',
      'photo.jfif',
      'scan',
      'cat.png.txt',
      'anim.gif',
    ].map((name) => `rekognition-input/beta/images/${name}`);
    for (const key of keys) {
      expect(routeKey(key, CONFIG).kind, key).toBe(isLambdaImageKey(key) ? 'label' : 'skip');
    }
    expect(keys.filter((key) => routeKey(key, CONFIG).kind === 'label')).toHaveLength(4);
  });

  it('says which extensions it handles when it skips a key', () => {
    expect(routeKey('rekognition-input/beta/images/photo.jfif', CONFIG)).toEqual({
      kind: 'skip',
      environment: 'beta',
      reason:
        'it is not an image key: the function handles only .jpg, .jpeg and .png keys (any case)',
    });
    expect(routeKey('rekognition-input/beta/images/scan', CONFIG)).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('.jpg, .jpeg and .png'),
    });
  });
});
