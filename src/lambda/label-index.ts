import { createIndexHandler } from './index-stream-handler.js';

/** The label index consumer's entry point; the configuration is read at cold start. */
export const handler = createIndexHandler(process.env);
