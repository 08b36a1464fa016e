/** The shapes @nexo/io reads into and writes from: imported contacts, problems and parse results. */
import type { Contact, MessageParams } from '@nexo/core';

/** The file formats nexo can import. */
export type ImportFormat = 'vcard' | 'linkedin' | 'google' | 'outlook' | 'thunderbird' | 'json';

/** Where a contact came from in its file. */
export interface ImportSource {
  format: ImportFormat;
  /** 1-based index of the record (card or row) in the file. */
  record: number;
  /** 1-based line where the record starts. */
  line: number;
}

/** A contact as read from a file, before it meets the database. */
export interface ImportedContact {
  name: string;
  givenName: string | null;
  familyName: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  /** A readable one-line address or city. */
  location: string | null;
  /** Full postal addresses, each on one readable line. */
  addresses: string[];
  /** Normalised `https://www.linkedin.com/in/<slug>`. */
  linkedinUrl: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  birthday: string | null;
  /** A `data:` URI (or an http(s) URL when the file only links to the photo). */
  photo: string | null;
  notes: string | null;
  /** Lower-case labels (vCard CATEGORIES, Google labels, Outlook categories). */
  tags: string[];
  /** ISO date `YYYY-MM-DD`: LinkedIn "Connected On", becomes the first interaction. */
  connectedOn: string | null;
  source: ImportSource;
}

/** Something the parser noticed: an error loses data, a warning only explains a choice. */
export interface ImportProblem {
  record: number | null;
  line: number | null;
  severity: 'error' | 'warning';
  /** English, names the field or property. */
  message: string;
  /** Stable id: 'missing-end', 'bad-encoding', 'no-name', 'dropped-column', ... */
  code: string;
  /** The message's catalogue key in core (`importProblem.*`) and its values, to say it in another language. */
  key?: string;
  params?: MessageParams;
}

/** What `parseContacts` returns. */
export interface ParseResult {
  format: ImportFormat;
  encoding: string;
  contacts: ImportedContact[];
  problems: ImportProblem[];
  /** Columns or properties that were not mapped to any field. */
  dropped: string[];
}

/** What the writers accept: the contact fields nexo stores, plus optional postal addresses. */
export type ExportableContact = Pick<
  Contact,
  | 'name'
  | 'givenName'
  | 'familyName'
  | 'emails'
  | 'phones'
  | 'company'
  | 'role'
  | 'location'
  | 'linkedinUrl'
  | 'birthday'
  | 'photo'
  | 'notes'
  | 'tags'
> & { addresses?: string[] | undefined };

/** A parsed item of a streaming parse: either a contact or a problem. */
export interface StreamItem {
  contact?: ImportedContact;
  problem?: ImportProblem;
}
