import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from './chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const shots = path.join(root, 'test-results');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Serves the built site as a static host would: files as they are, 404.html for anything missing. */
function serveStatic(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) file = path.join(dist, '404.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = fs.existsSync(file);
    // Hashed build assets never change under their name: a browser keeps them across pages, as
    // with any static host; pages themselves are always fetched afresh.
    const immutable = found && url.pathname.startsWith('/assets/');
    res.writeHead(found ? 200 : 404, {
      'content-type': TYPES[path.extname(found ? file : '.html')] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(fs.readFileSync(found ? file : path.join(dist, '404.html')));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What the site is built from: the generated skill folders, the assembly script and the VitePress config. */
const SITE_INPUTS = [path.join(root, '..', 'skills'), path.join(root, 'scripts'), path.join(root, '.vitepress', 'config.mjs')];

function newestMtime(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(p, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.parentPath.includes(`${path.sep}node_modules`))
    .reduce((newest, e) => Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs), 0);
}

/** A build newer than every input (under `pnpm test` turbo's cached `site` task has just made one). */
function siteIsCurrent(): boolean {
  const pages = ['index.html', '404.html'].map((f) => path.join(dist, f));
  if (!pages.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...pages.map((f) => fs.statSync(f).mtimeMs));
  return SITE_INPUTS.every((p) => newestMtime(p) <= built);
}

let server: http.Server;
let browser: Browser;
/** The one tab the tests drive: each test navigates it (a full page load) instead of opening another. */
let page: Page;
let base: string;

beforeAll(async () => {
  // Built from the checked-in generated pages, exactly as `pnpm docs:build` does (unless current).
  if (!siteIsCurrent()) execFileSync('pnpm', ['run', 'site'], { cwd: root, stdio: 'pipe' });
  fs.mkdirSync(shots, { recursive: true });
  server = await serveStatic();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function open(pathname: string): Promise<void> {
  const response = await page.goto(base + pathname);
  expect(response?.status(), pathname).toBe(200);
}

describe('the docs site in a real browser', () => {
  it('the home page lists every skill and links to it', async () => {
    await open('/');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/lark-shared/SKILL.html', '/lark-im/SKILL.html']));
    await page.screenshot({ path: path.join(shots, 'home.png') });
  });

  it('a shortcut page and a method page load with their headings', async () => {
    await open('/lark-im/references/lark-im-messages-send.html');
    expect(await page.locator('main h1').first().innerText()).toContain('lark-cli im +messages-send');
    await page.screenshot({ path: path.join(shots, 'shortcut.png') });
    await open('/lark-im/references/api/im.messages.create.html');
    expect(await page.locator('main h1').first().innerText()).toContain('im.messages.create');
    // Placeholders in prose stay visible text instead of vanishing as HTML tags.
    expect(await page.locator('main').innerText()).toContain('<at user_id="all"></at>');
    await page.screenshot({ path: path.join(shots, 'method.png') });
  });

  it('search finds +messages-send', async () => {
    await open('/lark-im/SKILL.html');
    await page.locator('.VPNavBarSearch button').click();
    await page.locator('.VPLocalSearchBox input').fill('messages-send');
    const first = page.locator('.VPLocalSearchBox .result').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('+messages-send');
    await page.screenshot({ path: path.join(shots, 'search.png') });
  });

  it('no link on any page is broken, and every page is linked from another', () => {
    // Every href the build wrote (navigation, sidebar, content), resolved against its page.
    const pages = listHtml(dist).map((f) => '/' + path.relative(dist, f).split(path.sep).join('/'));
    const broken: string[] = [];
    const linked = new Set<string>();
    for (const p of pages) {
      const html = fs.readFileSync(path.join(dist, p), 'utf8');
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const url = new URL(href!.replace(/&amp;/g, '&'), base + p);
        if (url.origin !== base) continue;
        const target = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
        linked.add(target);
        if (!fs.existsSync(path.join(dist, decodeURIComponent(target)))) broken.push(`${p} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages.filter((p) => p !== '/404.html' && !linked.has(p))).toEqual([]);
  });
});

function listHtml(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'assets' ? [] : listHtml(p);
    return p.endsWith('.html') ? [p] : [];
  });
}
