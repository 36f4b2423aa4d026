// The generated client in a real browser: esbuild bundles it into a page served from 127.0.0.1,
// headless Chromium (Debian's, never a downloaded one) runs it, and the server records the calls.

import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const requests: { method: string; url: string; authorization: string | undefined }[] = [];
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does)`);
  const bundle = await build({ entryPoints: [resolve(__dirname, 'entry.ts')], bundle: true, write: false, format: 'iife', target: 'es2020', platform: 'browser' });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((req, res) => {
    if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/client.js"></script>');
    if (req.url === '/client.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (!req.url?.startsWith('/api/')) return res.writeHead(404).end();
    requests.push({ method: req.method ?? '', url: req.url, authorization: req.headers.authorization });
    if (req.url?.includes('/account/missing/')) {
      return res.writeHead(404, { 'content-type': 'application/json' }).end('{"errorCode":"CMN-102","message":"Resource for parameter [accountId] is not found"}');
    }
    return res.writeHead(200, { 'content-type': 'application/json' }).end('{"records":[{"id":"call-1"}]}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  // Without Chromium, beforeAll throws before the server exists: then there is nothing to wait for.
  if (server === undefined) return;
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

it('calls the API from a page, with the typed error for a 404', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const result = await page.evaluate(() => (window as unknown as { specwrightResult: Promise<unknown> }).specwrightResult);
  expect(result).toEqual({ ok: { records: [{ id: 'call-1' }] }, failure: { status: 404, errorCode: 'CMN-102', name: 'ApiError' } });
  expect(requests).toEqual([
    { method: 'GET', url: '/api/restapi/v1.0/account/~/extension/~/active-calls?direction=Inbound&type=Voice', authorization: 'Bearer browser-token' },
    { method: 'GET', url: '/api/restapi/v1.0/account/missing/extension/~/active-calls', authorization: 'Bearer browser-token' },
  ]);
});
