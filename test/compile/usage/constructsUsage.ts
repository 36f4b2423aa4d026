// What the generated constructs client lets a caller write, and what it must reject
// (`@ts-expect-error` fails the compile test when the line it guards compiles).

import {
  createClient,
  createPet,
  createPetOperation,
  createUser,
  isApiError,
  listAnimals,
  listPets,
  PetStatus,
  type Animal,
  type Pet,
  type PetInput,
} from '../../../generated/constructs-v3/index.js';

const client = createClient({ auth: { apiKeyHeader: 'k' } });

export async function describeAnimals(): Promise<string[]> {
  const animals = await listAnimals(client);
  return animals.map((animal: Animal) => {
    switch (animal.kind) {
      case 'Cat':
        return `${animal.name} has ${animal.livesLeft ?? 9} lives`;
      case 'Dog':
        return `${animal.name} is a good boy: ${animal.goodBoy}`;
      default: {
        const never: never = animal;
        return never;
      }
    }
  });
}

export async function users(): Promise<void> {
  await createUser(client, { body: '<User><name>Ann</name></User>', contentType: 'text/xml' });
  // @ts-expect-error: XML is the caller's text: an object would go as JSON under an XML Content-Type
  await createUser(client, { body: { username: 'ann' }, contentType: 'text/xml' });
}

export async function pets(): Promise<Pet[]> {
  await listPets(client, { status: [PetStatus.Available, 'sold'], ids: [1, 2] });
  // @ts-expect-error: 'lost' is not a PetStatus
  await listPets(client, { status: ['lost'] });
  // @ts-expect-error: `Idempotency-Key` is required
  await createPet(client, { body: { name: 'Rex' } });
  try {
    const created = await createPet(client, { 'Idempotency-Key': 'k', body: { name: 'Rex', status: 'pending' } });
    const id: number = created.id;
    void id;
  } catch (error) {
    if (isApiError(error, createPetOperation)) {
      const conflict: string | undefined = error.bodyAt(409)?.message;
      void conflict;
      // @ts-expect-error: 418 is not a declared response
      error.bodyAt(418);
    }
  }
  return listPets(client);
}

export function requestShapes(input: PetInput, output: Pet): void {
  // @ts-expect-error: `id` is readOnly: requests do not send it
  void input.id;
  void output.id;
  // @ts-expect-error: a Dog has no livesLeft (the tag picks the union member)
  const dog: Animal = { kind: 'Dog', name: 'x', goodBoy: true, livesLeft: 1 };
  void dog;
}
