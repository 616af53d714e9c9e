/** Where the person running the command finds the policy it needs. */
export const BACKFILL_POLICY_DOC = 'docs/deploy.md, "Backfill"';
