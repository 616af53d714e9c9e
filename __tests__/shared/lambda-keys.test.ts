import { describe, expect, it } from 'vitest';
import {
  LAMBDA_IMAGE_EXTENSIONS,
  LAMBDA_IMAGE_EXTENSIONS_TEXT,
  isLambdaImageKey,
} from '../../src/shared/lambda-keys.js';

describe('isLambdaImageKey', () => {
  it('accepts .jpg, .jpeg and .png keys in any case', () => {
    for (const key of [
      'rekognition-input/beta/images/cat.jpg',
      'rekognition-input/beta/images/cat.jpeg',
      'rekognition-input/beta/images/cat.png',
      'rekognition-input/beta/IMG_0001.JPG',
      'rekognition-input/beta/Photo.JpEg',
      'rekognition-input/beta/logo.PNG',
    ]) {
      expect(isLambdaImageKey(key), key).toBe(true);
    }
  });

  it('refuses other extensions, keys without one, and extensions that only contain an accepted one', () => {
    for (const key of [
      'rekognition-input/beta/images/photo.jfif',
      'rekognition-input/beta/images/scan',
      'rekognition-input/beta/images/cat.png.txt',
      'rekognition-input/beta/images/cat.jpe',
      'rekognition-input/beta/images/cat.webp',
      'rekognition-input/beta/images/catpng',
      'rekognition-input/beta/images.png/',
    ]) {
      expect(isLambdaImageKey(key), key).toBe(false);
    }
  });

  it('names the extensions for messages', () => {
    expect(LAMBDA_IMAGE_EXTENSIONS).toEqual(['.jpg', '.jpeg', '.png']);
    expect(LAMBDA_IMAGE_EXTENSIONS_TEXT).toBe('.jpg, .jpeg and .png');
  });
});
