import { createHandler } from './handler.js';

/** Lambda's entry point. The configuration is read here, at cold start, as Lambda expects. */
export const handler = createHandler(process.env);
