// The cost budget enforced while an operation runs: every upstream attempt (retries included)
// takes one request from the budget, and once it is spent nothing more is sent. The estimate
// (src/security/cost.ts) refuses what it can foresee; this stops whatever it did not. The
// operations of one batched HTTP request draw from one budget, as their estimates do.
import type { GraphQLError } from 'graphql';
import { limitError } from './errors.js';

export class UpstreamBudget {
  private spent = 0;

  constructor(readonly limit: number) {}

  get used(): number {
    return this.spent;
  }

  /** Takes one request; throws QUERY_TOO_EXPENSIVE, before anything is sent, when none is left. */
  take(): void {
    if (this.spent >= this.limit) throw budgetSpent(this.limit);
    this.spent += 1;
  }
}

export function budgetSpent(limit: number): GraphQLError {
  return limitError(
    'QUERY_TOO_EXPENSIVE',
    `This operation has used its budget of ${limit} Linode API requests (MAX_COST); what it still needed was not fetched. Ask for fewer items, or split the query.`,
    { budget: limit, spent: limit },
  );
}

const budgets = new WeakMap<object, UpstreamBudget>();

/** The budget of an HTTP request, shared by the operations of a batch. */
export function requestBudget(request: object, limit: number): UpstreamBudget {
  let budget = budgets.get(request);
  if (!budget) {
    budget = new UpstreamBudget(limit);
    budgets.set(request, budget);
  }
  return budget;
}
