/** What every operation knows about its caller: which account it acts for and in which language. */
import type { Locale } from '../settings/types.js';

export interface RequestContext {
  accountId: string;
  locale: Locale;
}
