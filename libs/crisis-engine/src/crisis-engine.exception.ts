export enum CrisisEngineErrorCode {
  /** A rule or lexicon failed validation; the message names the rule and the field. */
  INVALID_RULE = 'INVALID_RULE',
}

export class CrisisEngineException extends Error {
  constructor(
    readonly code: CrisisEngineErrorCode,
    message: string,
    readonly ruleId?: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CrisisEngineException';
  }
}
