import type { AwsCaller } from './aws-caller.js';
import type { DescribeAwsFailure } from './aws-errors.js';
import type { AwsClients } from './clients.js';
import type { Clock } from './clock.js';

/** What shared code needs to call AWS; each part (action, Lambda) builds its own. */
export interface Services {
  clients: AwsClients;
  caller: AwsCaller;
  clock: Clock;
  /**
   * Words a failed AWS call for this part's reader: the action speaks of its inputs, the
   * Lambda of its environment variables and role. Shared code only gathers the facts.
   */
  describe: DescribeAwsFailure;
}
