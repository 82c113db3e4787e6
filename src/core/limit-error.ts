/**
 * `analyze` refused a document that is too long, or stopped an analysis that took too long:
 * `ruleId` says which ('text-too-long' | 'time-limit'), `stage` names the stage that ran past
 * the time limit, and the message says the limit and how to change it.
 */
export class LimitError extends Error {
  readonly ruleId: 'text-too-long' | 'time-limit';
  readonly stage: string | null;

  constructor(ruleId: 'text-too-long' | 'time-limit', message: string, stage: string | null = null) {
    super(message);
    this.name = 'LimitError';
    this.ruleId = ruleId;
    this.stage = stage;
  }
}
