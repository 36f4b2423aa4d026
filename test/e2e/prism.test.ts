// End to end against a mock server built from the spec: Prism serves spec/petstore-v3.yaml on a
// loopback port, validates every request the generated client sends against the spec, and answers
// with responses the spec allows, which the test checks against the generated types' contract.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import {
  addPet,
  createClient,
  deletePet,
  findPetsByStatus,
  getInventory,
  getPetById,
  getPetByIdOperation,
  isApiError,
  updatePetWithForm,
  uploadFile,
  type Client,
  type Pet,
} from '../../generated/petstore-v3/index';

const ROOT = resolve(__dirname, '../..');
let prism: ChildProcess;
let client: Client;
let log = '';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForPrism(baseUrl: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      await fetch(`${baseUrl}/store/inventory`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`Prism did not start:\n${log}`);
}

beforeAll(async () => {
  const port = await freePort();
  prism = spawn(resolve(ROOT, 'node_modules/.bin/prism'), ['mock', resolve(ROOT, 'spec/petstore-v3.yaml'), '-h', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  prism.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  prism.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Prism serves the paths at the root, whatever the spec's server URL says.
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForPrism(baseUrl);
  client = createClient({ baseUrl, token: 'oauth-token', auth: { api_key: 'key' } });
}, 60_000);

afterAll(() => {
  prism?.kill();
});

function expectPet(value: Pet): void {
  expect(typeof value.name).toBe('string');
  expect(Array.isArray(value.photoUrls)).toBe(true);
  if (value.status !== undefined) expect(['available', 'pending', 'sold']).toContain(value.status);
}

it('reads a pet and a list the mock builds from the spec', async () => {
  expectPet(await getPetById(client, { petId: 1 }));
  const pets = await findPetsByStatus(client, { status: ['available', 'sold'] });
  expect(Array.isArray(pets)).toBe(true);
  pets.forEach(expectPet);
  const inventory = await getInventory(client);
  expect(Object.values(inventory).every((n) => typeof n === 'number')).toBe(true);
});

/**
 * Prism answers a request that breaks the spec with 422 (or a 4xx the spec declares for bad input);
 * a valid one gets a response the spec declares for it. The classic petstore declares only
 * `405 Invalid input` for some writes, so a valid request can still end in a declared error.
 */
async function outcome(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (!isApiError(error)) throw error;
    return error.status;
  }
}

it('sends a JSON body, a form, a header parameter and a multipart file that the mock finds valid', async () => {
  expect(await outcome(addPet(client, { body: { name: 'Rex', photoUrls: ['https://x/y.png'], status: 'available', tags: [{ id: 1, name: 'good' }] } }))).toBe(405);
  expect(await outcome(updatePetWithForm(client, { petId: 1, body: { name: 'Rex', status: 'sold' } }))).toBe(405);
  expect(await outcome(deletePet(client, { petId: 1, api_key: 'secret' }))).not.toBe(422);
  const uploaded = await uploadFile(client, { petId: 1, body: { additionalMetadata: 'x', file: new Blob(['PNG']) } });
  expect(typeof uploaded).toBe('object');
});

it('gets 422 for a body that breaks the spec, proving the mock does check', async () => {
  const broken = { body: { photoUrls: 'not-a-list' } as unknown as Pet };
  expect(await outcome(addPet(client, broken))).toBe(422);
});

it('turns what the mock rejects into a typed ApiError', async () => {
  const error = await getPetById(client, { petId: 'not-a-number' as unknown as number }).catch((e: unknown) => e);
  if (!isApiError(error, getPetByIdOperation)) throw new Error(`expected an ApiError, got ${String(error)}`);
  // The spec declares `400 Invalid ID supplied`, which is what Prism answers a bad id with.
  expect(error.status).toBe(400);
  expect(error.operationId).toBe('getPetById');
});
