import type { AppConfig } from '@alongside/platform';

export type DiscourseConfig = NonNullable<AppConfig['discourse']>;

/** Injection token of the connector's validated configuration (present only when the connector is loaded). */
export const DISCOURSE_CONFIG = Symbol('DISCOURSE_CONFIG');
