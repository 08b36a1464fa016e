/** Page object for Import: the drop zone and file input, the dry-run report, the run with its progress, past imports. */
import type { Locator, Page } from 'playwright-core';

export interface FileToImport {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export type ImportCount = 'created' | 'updated' | 'duplicates' | 'failed' | 'skipped';

export class ImportPage {
  constructor(readonly page: Page) {}

  card(title: string | RegExp): Locator {
    return this.page.locator('section.card').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  get dropZone(): Locator {
    return this.page.getByTestId('drop-zone');
  }

  /**
   * Drops a file on the drop zone as a browser does: a DataTransfer holding the File, built in the
   * page, sent with dragenter, dragover and drop events.
   */
  async drop(file: FileToImport): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: mimeType }));
        return transfer;
      },
      { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
    );
    for (const type of ['dragenter', 'dragover', 'drop']) await this.dropZone.dispatchEvent(type, { dataTransfer });
    await dataTransfer.dispose();
  }

  /** Picks a file with the "Choose a file" input. */
  async choose(file: FileToImport): Promise<void> {
    await this.page.getByLabel('Choose a file').setInputFiles(file);
  }

  /** The report card: "Before you import" (dry run), "Imported" or "Nothing was imported". */
  get report(): Locator {
    return this.card(/^(Before you import|Imported|Nothing was imported)$/);
  }

  async waitForPreview(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Before you import' }).waitFor();
  }

  count(kind: ImportCount): Locator {
    return this.report.getByTestId(`count-${kind}`);
  }

  /** The counts shown, as numbers. */
  async counts(): Promise<Record<ImportCount, number>> {
    const kinds: ImportCount[] = ['created', 'updated', 'duplicates', 'failed', 'skipped'];
    const values = await Promise.all(
      kinds.map(async (k) => Number((await this.count(k).innerText()).replace(/\D/g, ''))),
    );
    return Object.fromEntries(kinds.map((k, i) => [k, values[i]])) as Record<ImportCount, number>;
  }

  /** The example names listed under a heading such as "New people" or "Already known". */
  examples(heading: string): Locator {
    return this.report
      .locator('.import-examples section')
      .filter({ has: this.page.getByRole('heading', { name: heading, exact: true }) })
      .getByRole('listitem');
  }

  get runButton(): Locator {
    return this.report.getByRole('button', { name: /^Import \d+ contacts?$/ });
  }

  get progress(): Locator {
    return this.card('Importing…');
  }

  /** The per-record notes and problems (opened when closed). */
  async problems(): Promise<Locator> {
    const details = this.report.locator('details.import-problems');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    return details.getByRole('listitem');
  }

  get pastImports(): Locator {
    return this.card('Past imports');
  }

  pastImport(fileName: string): Locator {
    return this.pastImports.getByRole('listitem').filter({ hasText: fileName });
  }
}
