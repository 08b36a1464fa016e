/**
 * Files that leave nexo: contacts as vCard 4.0/3.0, CSV or JSON (written by @nexo/io), with the
 * media type and the download name each goes by. Shared by the API and the CLI.
 */
import { writeContactsCsv, writeVCard } from '@nexo/io';
import type { Contact, ExportFormat } from '@nexo/core';

export interface RenderedFile {
  body: string;
  /** The Content-Type, charset included. */
  contentType: string;
  /** Without the dot. */
  extension: string;
}

/** Renders contacts in one of the export formats. */
export function renderContactsFile(format: ExportFormat, contacts: Contact[]): RenderedFile {
  switch (format) {
    case 'vcard':
      return { body: writeVCard(contacts, '4.0'), contentType: 'text/vcard; charset=utf-8', extension: 'vcf' };
    case 'vcard3':
      return { body: writeVCard(contacts, '3.0'), contentType: 'text/vcard; charset=utf-8', extension: 'vcf' };
    case 'csv':
      return { body: writeContactsCsv(contacts), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
    case 'json':
      return {
        body: `${JSON.stringify(contacts, null, 2)}\n`,
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
      };
  }
}

/** `nexo-contacts-2026-06-01.vcf`: a download name that sorts by date. */
export function downloadName(what: string, at: Date, extension: string): string {
  return `nexo-${what}-${at.toISOString().slice(0, 10)}.${extension}`;
}

/** The Content-Disposition of a download. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}
