import { describe, expect, it } from 'vitest';
import { createClients, destroyClients } from '../../src/shared/clients.js';

const names = (stack: { identify(): string[] }) => stack.identify().map((n) => n.split(' ')[0]);

describe('createClients', () => {
  it('gives Rekognition the native base64 and the released bodies, S3 the released bodies', async () => {
    const clients = await createClients({ region: 'eu-west-1' });
    try {
      const rekognition = names(clients.rekognition.middlewareStack);
      expect(rekognition).toEqual(
        expect.arrayContaining([
          'emptyImageForSerializer',
          'imageBytesIntoBody',
          'releaseBodyOnceSent',
        ]),
      );
      const s3 = names(clients.s3!.middlewareStack);
      expect(s3).toContain('releaseBodyOnceSent');
      expect(s3).not.toContain('imageBytesIntoBody');
    } finally {
      destroyClients(clients);
    }
  });

  it('builds only the clients asked for', async () => {
    const clients = await createClients({ region: 'eu-west-1', s3: false, dynamodb: false });
    try {
      expect(clients.s3).toBeUndefined();
      expect(clients.dynamodb).toBeUndefined();
    } finally {
      destroyClients(clients);
    }
  });
});
