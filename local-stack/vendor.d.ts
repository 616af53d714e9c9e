// s3rver and dynalite ship no type declarations; these cover only what the stack uses.

declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { AddressInfo } from 'node:net';
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';

  namespace S3rver {
    /** Koa's context, as far as the stack's middleware uses it. */
    interface KoaContext {
      req: IncomingMessage;
      res: ServerResponse;
      respond?: boolean;
    }

    type Middleware = (ctx: KoaContext, next: () => Promise<unknown>) => unknown;

    interface BucketConfig {
      name: string;
      /** CORS or website configuration XML documents. */
      configs?: (string | Buffer)[];
    }

    interface Options {
      address?: string;
      port?: number;
      silent?: boolean;
      serviceEndpoint?: string;
      directory?: string;
      resetOnClose?: boolean;
      allowMismatchedSignatures?: boolean;
      vhostBuckets?: boolean;
      configureBuckets?: BucketConfig[];
    }

    /** The S3 notification event s3rver emits as `event` for Put/Post/Copy/Delete. */
    interface S3Event {
      Records: {
        eventName: string;
        eventTime: string;
        s3: {
          bucket: { name: string; arn?: string };
          object: { key: string; size?: number; eTag?: string };
        };
      }[];
    }
  }

  class S3rver extends EventEmitter {
    constructor(options?: S3rver.Options);
    httpServer?: Server;
    /** Koa's middleware list; `run()` composes it, so entries added before run() take part. */
    middleware: S3rver.Middleware[];
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    reset(): void;
    on(event: 'event', listener: (event: S3rver.S3Event) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export = S3rver;
}

declare module 'dynalite' {
  import type { Server } from 'node:http';

  namespace dynalite {
    interface Options {
      verbose?: boolean;
      debug?: boolean;
      ssl?: boolean;
      createTableMs?: number;
      deleteTableMs?: number;
      updateTableMs?: number;
      maxItemSizeKb?: number;
      /** LevelDB directory; in memory when omitted. */
      path?: string;
    }
  }

  function dynalite(options?: dynalite.Options): Server;

  export = dynalite;
}
