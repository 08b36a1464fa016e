/**
 * Test data. Small sets go through the HTTP API like a user's would; the 20,000-contact network is
 * written straight into the empty data dir by the bench generator and loader (the fast path), or
 * through the API in parallel batches when the bench build is not there.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDist = fileURLToPath(new URL('../../bench/dist/', import.meta.url));
const storageDist = fileURLToPath(new URL('../../packages/storage/dist/index.js', import.meta.url));

export interface SeedContact {
  name: string;
  company?: string;
  role?: string;
  tier?: 'inner' | 'key' | 'network' | 'wide';
  context?: string;
  tags?: string[];
  emails?: string[];
  phones?: string[];
}

/** POST /api/v1/contacts; returns the new contact's id. */
export async function createContact(apiUrl: string, contact: SeedContact): Promise<string> {
  const res = await fetch(`${apiUrl}/api/v1/contacts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(contact),
  });
  if (!res.ok) throw new Error(`create contact failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export async function logInteraction(apiUrl: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${apiUrl}/api/v1/interactions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`log failed: ${res.status} ${await res.text()}`);
}

/** True when the fast path (compiled bench generator and storage) is available. */
export function canSeedFast(): boolean {
  return existsSync(`${benchDist}generator.js`) && existsSync(`${benchDist}load.js`) && existsSync(storageDist);
}

interface BenchModules {
  generateDataset: (o: { seed: number; contacts: number; interactions: number; knows: number; now: Date }) => unknown;
  loadDataset: (storage: unknown, accountId: string, data: unknown) => Promise<unknown>;
  openStorage: (o: {
    dataDir: string;
  }) => Promise<{ accounts: { ensureLocal(): Promise<string> }; close(): Promise<void> }>;
}

/** Writes `contacts` generated people (and some history) into an empty data dir, before the server starts. */
export async function seedNetworkFast(dataDir: string, contacts: number): Promise<void> {
  const generator = (await import(`${benchDist}generator.js`)) as Pick<BenchModules, 'generateDataset'>;
  const loader = (await import(`${benchDist}load.js`)) as Pick<BenchModules, 'loadDataset'>;
  const storageModule = (await import(storageDist)) as Pick<BenchModules, 'openStorage'>;
  const storage = await storageModule.openStorage({ dataDir });
  try {
    const accountId = await storage.accounts.ensureLocal();
    const data = generator.generateDataset({
      seed: 42,
      contacts,
      interactions: contacts * 2,
      knows: Math.round(contacts / 10),
      now: new Date(),
    });
    await loader.loadDataset(storage, accountId, data);
  } finally {
    await storage.close();
  }
}

/** The slow path: `contacts` people through the API, 16 requests at a time. */
export async function seedNetworkViaApi(apiUrl: string, contacts: number): Promise<void> {
  const tiers = ['inner', 'key', 'network', 'wide'] as const;
  const contexts = ['work', 'former-colleague', 'university', 'friend', 'event'];
  let next = 0;
  const worker = async () => {
    while (next < contacts) {
      const i = next++;
      await createContact(apiUrl, {
        name: `Persona ${i} Ñúñez`,
        company: `Company ${i % 97}`,
        tier: tiers[i % tiers.length],
        context: contexts[i % contexts.length],
        tags: [`tag${i % 13}`],
      });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}
