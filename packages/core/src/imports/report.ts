/** The report of an import or a dry run: counts, a few examples of each outcome, and the problems. */
import type { MatchReason } from './identity.js';
import type { ImportCounts, ImportFormat, ImportIssue } from './types.js';

/** At most this many examples per outcome, and problems in one report. */
export const EXAMPLES_PER_KIND = 5;
export const PROBLEMS_MAX = 1000;

export interface ImportExample {
  record: number;
  line: number;
  name: string;
  /** The contact created, updated or matched (absent in a dry run's creations). */
  contactId?: string;
  /** Why a record was taken for someone already known. */
  matchedBy?: MatchReason;
  /** The fields an update changed. */
  fields?: string[];
  /** For a failure: what was wrong. */
  message?: string;
}

export interface PossibleDuplicate {
  record: number;
  name: string;
  contactId: string;
  otherId: string;
  reason: MatchReason;
}

export interface ImportReport extends ImportCounts {
  /** The recorded batch, to list or undo it; null for a dry run. */
  batchId: string | null;
  dryRun: boolean;
  format: ImportFormat;
  fileName: string | null;
  /** Problems of the file and of the import, errors and warnings, in file order (at most PROBLEMS_MAX). */
  problems: ImportIssue[];
  problemCount: number;
  examples: {
    created: ImportExample[];
    updated: ImportExample[];
    duplicates: ImportExample[];
    failed: ImportExample[];
  };
  /** Imported people who look like someone else in the network (review them with duplicates). */
  possibleDuplicates: { count: number; examples: PossibleDuplicate[] };
}
