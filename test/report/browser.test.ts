import { catalogue } from '../../properties/catalogue.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sparticuz from '@sparticuz/chromium';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportData } from '../../src/report/buildReportData.js';
import { renderReportHtml } from '../../src/report/renderReportHtml.js';
import { renderReportPlots } from '../../src/report/renderReportPlots.js';
import { writeFileAtomic } from '../../src/io/writeFileAtomic.js';

// The report as a person sees it: chromium, headless, opens the page from file:// and every plot must
// be there and drawn. The browser comes from npm (the devDependency @sparticuz/chromium, a headless
// chromium that unpacks itself to <tmpdir>/chromium on first use), so `npm ci && npm test` needs
// nothing from the system. A browser that cannot be unpacked or launched is a failure, not a skip.

/** The package's own flags, less the two that lower web security (a person's browser keeps it). */
const INSECURE = new Set(['--disable-web-security', '--allow-running-insecure-content']);
const ARGS = [
  ...sparticuz.args.filter((a) => !INSECURE.has(a)),
  // Nothing but the page: no background fetches, component updates or sync.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Each plot's figure, and the vega mark groups that carry its data (with how many paths at least). */
const FIGURES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number]>]> = [
  [
    '#plot-loss-curves',
    [
      ['g.mark-line', 2],
      ['g.mark-rule', 2],
    ],
  ],
  ['#plot-alignment-curves', [['g.mark-line', 4]]],
  [
    '#plot-ratio-distribution',
    [
      ['g.mark-rect', 10],
      ['g.mark-symbol', 10],
    ],
  ],
  [
    '#plot-overlap-sweep',
    [
      ['g.mark-line', 2],
      ['g.mark-symbol', 20],
    ],
  ],
  ['#plot-identity-account', [['g.mark-line', 3]]],
];

const work = mkdtempSync(join(tmpdir(), 'fa-verify-browser-'));
let context: BrowserContext | undefined;
afterAll(async () => {
  await context?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the report in chromium', () => {
  it('opens offline from file:// with no errors, every plot drawn, every verdict and counterexample shown', async () => {
    const data = buildReportData({ claims: catalogue, seed: 7, runs: 20, maxSize: 8, draws: 60 });
    const file = join(work, 'index.html');
    writeFileAtomic(file, renderReportHtml(data, await renderReportPlots(data)));

    const executablePath = await sparticuz.executablePath();
    context = await chromium
      .launchPersistentContext(join(work, 'profile'), {
        executablePath,
        headless: true,
        args: ARGS,
        viewport: { width: 1150, height: 900 },
        offline: true,
      })
      .catch((e: unknown) => {
        // A run killed while unpacking leaves a partial binary that is never unpacked again.
        throw new Error(
          `chromium from @sparticuz/chromium (${executablePath}) did not launch; if that file is a partial unpack, delete it: ${e instanceof Error ? e.message : String(e)}`,
        );
      });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    for (const [figure, marks] of FIGURES) {
      const svg = page.locator(`${figure} svg`);
      expect(await svg.count(), figure).toBe(1);
      const box = await svg.boundingBox();
      expect(box?.width ?? 0, `${figure} width`).toBeGreaterThan(200);
      expect(box?.height ?? 0, `${figure} height`).toBeGreaterThan(150);
      for (const [group, least] of marks) {
        const paths = svg.locator(`${group} path, ${group} line`);
        expect(await paths.count(), `${figure} ${group}`).toBeGreaterThanOrEqual(least);
        const drawn = await svg.locator(group).first().boundingBox();
        expect((drawn?.width ?? 0) * (drawn?.height ?? 0), `${figure} ${group} area`).toBeGreaterThan(0);
      }
      expect(await page.locator(`${figure} figcaption`).innerText()).toMatch(/^Seed 7\./);
    }
    expect(await page.locator('table.verdicts tbody tr').count()).toBe(data.results.length);
    const refuted = data.results.filter((r) => r.counterexample !== undefined).length;
    expect(await page.locator('article.counterexample').count()).toBe(refuted);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
