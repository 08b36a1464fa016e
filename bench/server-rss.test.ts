// The memory check starts the server the way `npm start` does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFlags } from './server-rss.js';

describe('startFlags', () => {
  it('reads the node flags before the script of npm start', () => {
    expect(startFlags('node --max-semi-space-size=4 --no-warnings packages/cli/bin/nexo.js serve')).toEqual([
      '--max-semi-space-size=4',
      '--no-warnings',
    ]);
    expect(startFlags('node packages/cli/bin/nexo.js serve')).toEqual([]);
    expect(() => startFlags('tsx packages/cli/src/main.ts serve')).toThrow(/not "node/);
  });

  it('applies to the root package.json, which starts nexo serve', () => {
    const start = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        scripts: { start: string };
      }
    ).scripts.start;
    expect(start).toMatch(/packages\/cli\/bin\/nexo\.js serve$/);
    expect(startFlags(start)).toContain('--max-semi-space-size=4');
  });
});
