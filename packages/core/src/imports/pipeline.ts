/**
 * The import run: reads records in chunks, matches each against who is already known, and creates,
 * enriches or skips it, writing chunk by chunk inside the one transaction of the ImportSession.
 * Memory holds one chunk plus the identity index, never the whole file.
 */
import type { Contact, NewContactRecord } from '../contacts/types.js';
import type { Interaction } from '../interactions/types.js';
import { translate } from '../i18n/translate.js';
import type { Clock, IdGenerator } from '../ports.js';
import type { Locale } from '../settings/types.js';
import { IdentityIndex, type IdentityKeys, type IdentityMatch } from './identity-index.js';
import { planImportUpdate, type ContactFields } from './merge.js';
import type { ImportSession } from './ports.js';
import { EXAMPLES_PER_KIND, PROBLEMS_MAX, type ImportExample, type ImportReport } from './report.js';
import { toContactFields } from './to-contact.js';
import type {
  ImportBatch,
  ImportBatchEntry,
  ImportFormat,
  ImportIssue,
  ImportItem,
  ImportRecord,
  PhoneNormalizer,
} from './types.js';

export const IMPORT_CHUNK = 1000;

export interface ImportRunOptions {
  batchId: string;
  format: ImportFormat;
  fileName: string | null;
  dryRun: boolean;
  skipInvalid: boolean;
  /** The language of the report's problems (English when not given). */
  locale?: Locale | undefined;
  onProgress?: ((progress: { records: number }) => void) | undefined;
}

interface Converted {
  record: ImportRecord;
  fields: ContactFields;
  keys: IdentityKeys;
}

/**
 * Runs one import inside `session`; returns the report. Never writes in a dry run. Items come in
 * batches (a chunk of the file each), so a big file costs an await per chunk, not per record.
 */
export async function runImport(
  deps: { clock: Clock; ids: IdGenerator; normalizePhone: PhoneNormalizer },
  session: ImportSession,
  batches: AsyncIterable<readonly ImportItem[]>,
  options: ImportRunOptions,
): Promise<ImportReport> {
  const run = new ImportRun(deps, session, options);
  await run.start();
  let chunk: ImportRecord[] = [];
  for await (const batch of batches) {
    for (const item of batch) {
      if (item.problem) run.problem(item.problem);
      if (item.contact) {
        chunk.push(item.contact);
        if (chunk.length >= IMPORT_CHUNK) {
          await run.chunk(chunk);
          chunk = [];
        }
      }
    }
  }
  await run.chunk(chunk);
  return run.finish();
}

class ImportRun {
  private readonly now: string;
  private readonly index: IdentityIndex;
  private writing: boolean;
  readonly report: ImportReport;
  /** Record numbers read as contacts: a problem about any other record means it was lost or skipped. */
  private readonly seen = new Set<number>();
  private readonly lostOrSkipped = new Map<number, ImportIssue>();
  /** What this batch did per contact so far. */
  private readonly touched = new Map<string, 'created' | 'updated'>();
  private readonly connected = new Set<string>();
  /** Connection days seen so far: the interaction's time, or null for a day that is not valid. */
  private readonly connectionTimes = new Map<string, string | null>();

  constructor(
    private readonly deps: { clock: Clock; ids: IdGenerator; normalizePhone: PhoneNormalizer },
    private readonly session: ImportSession,
    private readonly options: ImportRunOptions,
  ) {
    this.now = deps.clock.now().toISOString();
    this.index = new IdentityIndex(deps.normalizePhone);
    this.writing = !options.dryRun;
    this.report = {
      batchId: options.dryRun ? null : options.batchId,
      dryRun: options.dryRun,
      format: options.format,
      fileName: options.fileName,
      records: 0,
      created: 0,
      updated: 0,
      duplicates: 0,
      failed: 0,
      skipped: 0,
      problems: [],
      problemCount: 0,
      examples: { created: [], updated: [], duplicates: [], failed: [] },
      possibleDuplicates: { count: 0, examples: [] },
    };
  }

  async start(): Promise<void> {
    for (const person of await this.session.identities()) this.index.add(person.id, person);
    if (this.writing) await this.session.startBatch(this.batch());
  }

  problem(issue: ImportIssue): void {
    this.report.problemCount += 1;
    if (this.report.problems.length < PROBLEMS_MAX) this.report.problems.push(this.said(issue));
    if (issue.record !== null && !this.seen.has(issue.record)) {
      const known = this.lostOrSkipped.get(issue.record);
      if (!known || (known.severity === 'warning' && issue.severity === 'error'))
        this.lostOrSkipped.set(issue.record, issue);
    }
  }

  async chunk(records: ImportRecord[]): Promise<void> {
    if (records.length === 0) return;
    const converted: Converted[] = [];
    for (const record of records) {
      this.report.records += 1;
      this.seen.add(record.source.record);
      this.lostOrSkipped.delete(record.source.record);
      const result = toContactFields(record);
      if (result.ok) {
        for (const w of result.warnings) this.problem(w);
        converted.push({ record, fields: result.fields, keys: this.index.keysOf(result.fields) });
      } else {
        this.fail(record, result.issue);
      }
    }
    // Load, in two queries, the known people this chunk's records are about.
    const matchedIds = new Set<string>();
    const predicted = converted.map((c) => this.index.match(c.keys));
    for (const m of predicted) if (m) matchedIds.add(m.id);
    const known = new Map<string, Contact>();
    for (const contact of await this.session.getContacts([...matchedIds])) known.set(contact.id, contact);
    const connectedIds: string[] = [];
    converted.forEach((c, i) => {
      const m = c.record.connectedOn ? predicted[i] : null;
      if (m) connectedIds.push(m.id);
    });
    const withConnection = await this.session.withConnection(connectedIds);
    const created = new Map<string, NewContactRecord>();
    const updated = new Map<string, Contact>();
    const interactions: Interaction[] = [];
    const entries: ImportBatchEntry[] = [];

    for (const { record, fields, keys } of converted) {
      const match = this.index.match(keys);
      if (!match) {
        const contact = newContactRecord(fields, this.deps.ids.next(), this.now);
        created.set(contact.id, contact);
        this.index.add(contact.id, keys);
        this.touched.set(contact.id, 'created');
        const interaction = this.connection(contact.id, record);
        if (interaction) interactions.push(interaction);
        entries.push({
          contactId: contact.id,
          action: 'created',
          previous: null,
          interactionId: interaction?.id ?? null,
        });
        this.report.created += 1;
        if (this.wantsExample('created'))
          this.example('created', record, this.writing ? { contactId: contact.id } : {});
        this.flagLikelyDuplicate(contact.id, record, keys);
        continue;
      }
      let target: Contact | undefined = created.get(match.id) ?? updated.get(match.id) ?? known.get(match.id);
      if (!target) {
        // A weaker key led elsewhere than the prefetch predicted: load that one person.
        target = (await this.session.getContacts([match.id]))[0];
        if (!target) throw new Error(`Contact ${match.id} vanished during the import.`);
      }
      const patch = planImportUpdate(target, fields, this.deps.normalizePhone);
      const changed = Object.keys(patch);
      const interaction = withConnection.has(match.id) ? null : this.connection(match.id, record);
      if (interaction) interactions.push(interaction);
      const before = this.touched.get(match.id);
      if (changed.length === 0 && !interaction) {
        this.report.duplicates += 1;
        if (this.wantsExample('duplicates'))
          this.example('duplicates', record, { contactId: match.id, matchedBy: match.reason });
        continue;
      }
      const next: Contact = { ...target, ...patch, updatedAt: this.now };
      if (created.has(match.id)) created.set(match.id, { ...created.get(match.id), ...next } as NewContactRecord);
      else updated.set(match.id, next);
      this.index.add(match.id, next);
      if (before === undefined) {
        this.touched.set(match.id, 'updated');
        entries.push({
          contactId: match.id,
          action: 'updated',
          previous: stripDerived(target),
          interactionId: interaction?.id ?? null,
        });
      } else if (interaction) {
        entries.push({ contactId: match.id, action: before, previous: null, interactionId: interaction.id });
      }
      if (before === 'created') {
        // The same person twice in the file: the second row enriched the first.
        this.report.duplicates += 1;
        if (this.wantsExample('duplicates'))
          this.example('duplicates', record, { contactId: match.id, matchedBy: match.reason, fields: changed });
      } else {
        this.report.updated += 1;
        if (this.wantsExample('updated'))
          this.example('updated', record, {
            contactId: match.id,
            matchedBy: match.reason,
            fields: interaction ? [...changed, 'connection'] : changed,
          });
      }
    }

    if (this.writing) {
      await this.session.insertContacts([...created.values()]);
      // Contacts created in an earlier chunk and enriched now are plain updates of rows of this batch.
      await this.session.updateContacts([...updated.values()]);
      await this.session.insertInteractions(interactions);
      await this.session.recordEntries(this.options.batchId, entries);
    }
    this.options.onProgress?.({ records: this.report.records });
  }

  async finish(): Promise<ImportReport> {
    for (const issue of this.lostOrSkipped.values()) {
      if (issue.severity === 'error') {
        this.report.failed += 1;
        this.exampleFailed(issue);
      } else {
        this.report.skipped += 1;
      }
    }
    // An import only adds `connection` interactions, which the history summary ignores: no stored
    // summary, stage or due date changes, so there is nothing to recompute.
    if (this.writing) await this.session.finishBatch(this.batch(), []);
    return this.report;
  }

  private fail(record: ImportRecord, issue: ImportIssue): void {
    this.problem(issue);
    this.lostOrSkipped.delete(record.source.record);
    this.report.failed += 1;
    this.exampleFailed(issue, record.name);
    // All or nothing: after the first failure nothing more is written; the caller rolls back.
    if (!this.options.skipInvalid) this.writing = false;
  }

  /**
   * The issue as the report keeps it: in the run's language, without its catalogue key. Only the
   * problems and examples the report keeps are translated, not every one counted.
   */
  private said(issue: ImportIssue): ImportIssue {
    const { key, params, ...kept } = issue;
    const locale = this.options.locale ?? 'en';
    if (key === undefined || locale === 'en') return kept;
    return { ...kept, message: translate(locale, { key, ...(params ? { params } : {}) }) };
  }

  private connection(contactId: string, record: ImportRecord): Interaction | null {
    const on = record.connectedOn;
    if (!on || this.connected.has(contactId)) return null;
    let occurredAt = this.connectionTimes.get(on);
    if (occurredAt === undefined) {
      // A real calendar day (the round trip rejects 2024-02-30), and not in the future. Thousands
      // of connections share a few hundred days: each day is checked once.
      const at = `${on}T00:00:00.000Z`;
      const time = Date.parse(at);
      occurredAt = Number.isNaN(time) || new Date(time).toISOString() !== at || at > this.now ? null : at;
      this.connectionTimes.set(on, occurredAt);
    }
    if (occurredAt === null) return null;
    this.connected.add(contactId);
    return {
      id: this.deps.ids.next(),
      contactIds: [contactId],
      occurredAt,
      kind: 'connection',
      channel: this.options.format === 'linkedin' ? 'linkedin' : null,
      direction: 'out',
      value: 'neutral',
      askKind: null,
      giveKind: null,
      note: null,
      followUpAt: null,
      createdAt: this.now,
    };
  }

  private flagLikelyDuplicate(id: string, record: ImportRecord, keys: IdentityKeys): void {
    const other: IdentityMatch | null = this.index.likelyDuplicateOf(id, keys);
    if (!other) return;
    const dup = this.report.possibleDuplicates;
    dup.count += 1;
    if (dup.examples.length < EXAMPLES_PER_KIND) {
      dup.examples.push({
        record: record.source.record,
        name: record.name,
        contactId: id,
        otherId: other.id,
        reason: other.reason,
      });
    }
  }

  /** Whether an example of `kind` is still wanted: callers skip building one when not. */
  private wantsExample(kind: 'created' | 'updated' | 'duplicates'): boolean {
    return this.report.examples[kind].length < EXAMPLES_PER_KIND;
  }

  private example(
    kind: 'created' | 'updated' | 'duplicates',
    record: ImportRecord,
    extra: Partial<ImportExample>,
  ): void {
    const list = this.report.examples[kind];
    if (list.length < EXAMPLES_PER_KIND)
      list.push({ record: record.source.record, line: record.source.line, name: record.name, ...extra });
  }

  /** An example of a failed record; `name` (the record's, when it was read) leads the message. */
  private exampleFailed(issue: ImportIssue, name?: string): void {
    const list = this.report.examples.failed;
    if (list.length < EXAMPLES_PER_KIND) {
      const { message } = this.said(issue);
      list.push({
        record: issue.record ?? 0,
        line: issue.line ?? 0,
        name: '',
        message: name ? `${name}: ${message}` : message,
      });
    }
  }

  private batch(): ImportBatch {
    const r = this.report;
    return {
      id: this.options.batchId,
      format: this.options.format,
      fileName: this.options.fileName,
      records: r.records,
      created: r.created,
      updated: r.updated,
      duplicates: r.duplicates,
      failed: r.failed,
      skipped: r.skipped,
      problemCount: r.problemCount,
      createdAt: this.now,
      undoneAt: null,
    };
  }
}

/**
 * A new contact from imported fields, every property written out: spreading `fields` and adding
 * keys made V8 build a slow, large object per record (a third of the pipeline's time).
 */
function newContactRecord(f: ContactFields, id: string, now: string): NewContactRecord {
  return {
    id,
    name: f.name,
    givenName: f.givenName,
    familyName: f.familyName,
    emails: f.emails,
    phones: f.phones,
    company: f.company,
    role: f.role,
    sector: f.sector,
    location: f.location,
    linkedinUrl: f.linkedinUrl,
    birthday: f.birthday,
    photo: f.photo,
    notes: f.notes,
    tags: f.tags,
    circle: f.circle,
    context: f.context,
    tier: f.tier,
    cadenceDays: f.cadenceDays,
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** The plain contact of a stored record (without the summary storage keeps beside it). */
function stripDerived(contact: Contact): Contact {
  return {
    id: contact.id,
    name: contact.name,
    givenName: contact.givenName,
    familyName: contact.familyName,
    emails: contact.emails,
    phones: contact.phones,
    company: contact.company,
    role: contact.role,
    sector: contact.sector,
    location: contact.location,
    linkedinUrl: contact.linkedinUrl,
    birthday: contact.birthday,
    photo: contact.photo,
    notes: contact.notes,
    tags: contact.tags,
    circle: contact.circle,
    context: contact.context,
    tier: contact.tier,
    cadenceDays: contact.cadenceDays,
    archived: contact.archived,
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
  };
}
