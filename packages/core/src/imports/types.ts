/**
 * The shapes of an import as the domain sees them: a record read from a file (the adapters' parser
 * produces it), the problems it reports, the recorded batch and the report a person reads.
 */
import type { Contact } from '../contacts/types.js';
import type { MessageParams } from '../i18n/message.js';

/** The file formats nexo imports. */
export const importFormats = ['vcard', 'linkedin', 'google', 'outlook', 'thunderbird', 'json'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** A contact as read from a file, before it meets the database (the parser's output shape). */
export interface ImportRecord {
  name: string;
  givenName: string | null;
  familyName: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  location: string | null;
  /** Postal addresses on one line each; Contact has no column for them, so they go into the notes. */
  addresses: string[];
  linkedinUrl: string | null;
  birthday: string | null;
  photo: string | null;
  notes: string | null;
  tags: string[];
  /** `YYYY-MM-DD`: when the user connected (LinkedIn); becomes a `connection` interaction. */
  connectedOn: string | null;
  source: { record: number; line: number };
}

/** Something noticed while reading or importing: an error loses a record, a warning explains a choice. */
export interface ImportIssue {
  record: number | null;
  line: number | null;
  severity: 'error' | 'warning';
  code: string;
  /** In English; `key` and `params` (a message of the `importProblem` catalogue) say it in any locale. */
  message: string;
  key?: string;
  params?: MessageParams;
}

/** One item of a parsed file, in file order: a record or a problem. */
export interface ImportItem {
  contact?: ImportRecord;
  problem?: ImportIssue;
}

/** Turns a phone number as written into E.164 (`+4930123456`), or null when it cannot. */
export type PhoneNormalizer = (raw: string) => string | null;

/** The fields of a contact that identify a person, for matching and duplicate detection. */
export type ContactIdentity = Pick<Contact, 'id' | 'name' | 'company' | 'emails' | 'phones' | 'linkedinUrl'>;

/** The counts of an import. `duplicates` matched someone already known and brought nothing new. */
export interface ImportCounts {
  /** Contacts read from the file. */
  records: number;
  created: number;
  updated: number;
  duplicates: number;
  failed: number;
  /** Rows the reader skipped on purpose (e.g. LinkedIn rows of members who left). */
  skipped: number;
}

/** A recorded import: what came in, from which file, and whether it was undone. */
export interface ImportBatch extends ImportCounts {
  id: string;
  format: ImportFormat;
  fileName: string | null;
  /** Problems reported (errors and warnings). */
  problemCount: number;
  createdAt: string;
  undoneAt: string | null;
}

/** What one import did to one contact, kept so the batch can be undone. */
export interface ImportBatchEntry {
  contactId: string;
  action: 'created' | 'updated';
  /** The contact as it was before an update (null for a created contact). */
  previous: Contact | null;
  /** The interaction the import created for this contact (the connection), if any. */
  interactionId: string | null;
}
