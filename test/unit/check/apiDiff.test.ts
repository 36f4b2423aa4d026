// The API diff from two versions of a spec: each kind of change, classified for callers the way the
// TypeScript compiler would treat their code (checked against real generated types, not a mock).

import { apiDiff, type ApiChange } from '../../../generator/check/apiDiff';
import { typeOracle } from '../../../generator/check/typeOracle';
import { apiSurface } from '../../../generator/emit/apiSurface';
import { emitFiles } from '../../../generator/emit/emitFiles';
import * as tsMorph from '../../../generator/emit/loadTsMorph';
import { model } from '../../helpers/pipeline';

type Doc = Record<string, unknown>;

const pet = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'integer' }, name: { type: 'string' }, status: { type: 'string', enum: ['available', 'sold'] } },
};

/** A small API: list (query `limit`, error code table), get by id, create (body). */
function v1(): Doc {
  return {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          description: 'List.\n\nError Codes\n\n| HTTP Code | Error Code | Error Message |\n|---|---|---|\n| 404 | PET-404 | Not found |\n',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } } } },
        },
        post: {
          operationId: 'createPet',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } } },
          responses: { '201': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
        },
      },
      '/pets/{id}': {
        get: {
          operationId: 'getPet',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Pet: pet,
        NewPet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string' } } },
      },
    },
  };
}

function client(doc: Doc) {
  const built = model(doc).model;
  const types = emitFiles(built, { generatorVersion: 't', source: 's', command: 'c' }).find((f) => f.path === 'types.ts')!.content;
  return { surface: apiSurface(built), types };
}

/** The changes from v1 to v1 edited by `edit`, as `[kind, breaking, subject, detail]`. */
function changes(edit: (doc: any) => void): [string, boolean, string, string][] {
  const before = client(v1());
  const doc = v1();
  edit(doc);
  const after = client(doc);
  return apiDiff(before.surface, after.surface, typeOracle(before.types, after.types)).map((c: ApiChange) => [c.kind, c.breaking, c.subject, c.detail]);
}

it('finds nothing between a spec and itself', () => {
  expect(changes(() => {})).toEqual([]);
});

it.each<[string, (doc: any) => void, [string, boolean, string, string][]]>([
  ['an operation added', (d) => (d.paths['/pets/{id}'].delete = { operationId: 'deletePet', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '204': { description: 'gone' } } }), [['operation-added', false, 'deletePet', 'DELETE /pets/{id} added']]],
  ['an operation removed', (d) => delete d.paths['/pets/{id}'], [['operation-removed', true, 'getPet', 'GET /pets/{id} removed']]],
  ['an operation renamed', (d) => (d.paths['/pets/{id}'].get.operationId = 'fetchPet'), [['operation-renamed', true, 'fetchPet', 'GET /pets/{id}: renamed from getPet']]],
  ['an optional parameter added', (d) => d.paths['/pets'].get.parameters.push({ name: 'tag', in: 'query', schema: { type: 'string' } }), [['parameter-added', false, 'listPets', 'query parameter "tag" added']]],
  ['a required parameter added', (d) => d.paths['/pets'].get.parameters.push({ name: 'owner', in: 'header', required: true, schema: { type: 'string' } }), [['parameter-added', true, 'listPets', 'header parameter "owner" added, required']]],
  ['a parameter removed', (d) => (d.paths['/pets'].get.parameters = []), [['parameter-removed', true, 'listPets', 'query parameter "limit" removed']]],
  ['a parameter made required', (d) => (d.paths['/pets'].get.parameters[0].required = true), [['parameter-required', true, 'listPets', 'query parameter "limit" required now']]],
  ['a parameter widened', (d) => (d.paths['/pets'].get.parameters[0].schema = { type: ['integer', 'string'] }), [['parameter-type', false, 'listPets', 'query parameter "limit" widened']]],
  ['a parameter narrowed', (d) => (d.paths['/pets'].get.parameters[0].schema = { type: 'integer', enum: [10, 20] }), [
    ['parameter-type', true, 'listPets', 'query parameter "limit" narrowed'],
    ['type-added', false, 'ListPetsLimit', 'type added'],
  ]],
  ['a response type changed', (d) => (d.paths['/pets/{id}'].get.responses['200'].content['application/json'].schema = { type: 'string' }), [['response-type', true, 'getPet', 'response changed']]],
  ['an error response added', (d) => (d.paths['/pets/{id}'].get.responses['404'] = { description: 'no', content: { 'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } } } }), [
    ['response-added', false, 'getPet', 'response 404 added'],
    ['type-added', false, 'GetPet404Response', 'type added'],
  ]],
  ['a success response replaced by one without a body', (d) => delete d.paths['/pets/{id}'].get.responses['200'] && (d.paths['/pets/{id}'].get.responses['201'] = { description: 'ok' }), [
    ['response-type', true, 'getPet', 'response widened'],
    ['response-added', false, 'getPet', 'response 201 added'],
    ['response-removed', true, 'getPet', 'response 200 removed'],
  ]],
  ['an error code added and one removed', (d) => (d.paths['/pets'].get.description = 'List.\n\nError Codes\n\n| HTTP Code | Error Code | Error Message |\n|---|---|---|\n| 400 | PET-400 | Bad |\n'), [
    ['error-code-added', true, 'listPets', 'error code "PET-400" added'],
    ['error-code-removed', true, 'listPets', 'error code "PET-404" removed'],
  ]],
  ['a schema removed', (d) => {
    d.paths['/pets'].post.requestBody.content['application/json'].schema = { type: 'object' };
    delete d.components.schemas.NewPet;
  }, [
    // An interface has no implicit index signature, so NewPet does not fit `{ [key: string]: unknown }`.
    ['parameter-type', true, 'createPet', 'body parameter "body" changed'],
    ['type-removed', true, 'NewPet', 'type removed'],
  ]],
])('reports %s', (_, edit, expected) => {
  expect(changes(edit)).toEqual(expected);
});

describe('a schema change is classified by the side of the wire that uses it', () => {
  it('a response-only enum gaining a value widens every response that reaches it: breaking', () => {
    expect(changes((d) => d.components.schemas.Pet.properties.status.enum.push('lost'))).toEqual([
      ['response-type', true, 'listPets', 'response widened'],
      ['response-type', true, 'getPet', 'response widened'],
      ['response-type', true, 'createPet', 'response widened'],
      ['property-type', true, 'Pet', 'property "status" widened'],
      ['type-changed', true, 'PetStatus', 'type widened'],
    ]);
  });

  it('a response gaining an optional property is compatible; losing one is breaking', () => {
    expect(changes((d) => (d.components.schemas.Pet.properties.age = { type: 'integer' }))).toEqual([['property-added', false, 'Pet', 'property "age" added']]);
    // An optional property dropped leaves the response assignable both ways: the schema says what broke.
    expect(changes((d) => delete d.components.schemas.Pet.properties.status)).toEqual([
      ['property-removed', true, 'Pet', 'property "status" removed'],
      ['type-removed', true, 'PetStatus', 'type removed'],
    ]);
  });

  it('a request body gaining a required property is breaking; an optional one is compatible', () => {
    const required = changes((d) => {
      d.components.schemas.NewPet.properties.owner = { type: 'string' };
      d.components.schemas.NewPet.required.push('owner');
    });
    expect(required).toContainEqual(['property-added', true, 'NewPet', 'property "owner" added, required']);
    expect(changes((d) => (d.components.schemas.NewPet.properties.owner = { type: 'string' }))).toEqual([['property-added', false, 'NewPet', 'property "owner" added']]);
  });

  it('a request-only property made optional is compatible; a response property made optional is breaking', () => {
    expect(changes((d) => (d.components.schemas.NewPet.required = []))).toEqual([
      ['parameter-type', false, 'createPet', 'body parameter "body" widened'],
      ['property-optional', false, 'NewPet', 'property "name" optional now'],
    ]);
    expect(changes((d) => (d.components.schemas.Pet.required = ['id']))).toContainEqual(['property-optional', true, 'Pet', 'property "name" optional now']);
  });
});

it('shows spec text in details with control characters escaped', () => {
  const found = changes((d) => d.paths['/pets'].get.parameters.push({ name: 'x\u001b[31m\u202e', in: 'query', schema: { type: 'string' } }));
  expect(found).toEqual([['parameter-added', false, 'listPets', 'query parameter "x\\u001b[31m\\u202e" added']]);
});

it('reports a type renamed when the name its pointer gets changes (an inline schema named after its operation)', () => {
  const inline = (d: any) => (d.paths['/pets/{id}'].get.responses['200'].content['application/json'].schema = { type: 'object', properties: { id: { type: 'string' } } });
  const before = client((() => { const d = v1(); inline(d); return d; })());
  const doc = v1();
  inline(doc);
  (doc as any).paths['/pets/{id}'].get.operationId = 'fetchPet';
  const after = client(doc);
  const found = apiDiff(before.surface, after.surface, typeOracle(before.types, after.types)).map((c) => [c.kind, c.breaking, c.subject, c.detail]);
  expect(found).toContainEqual(['operation-renamed', true, 'fetchPet', 'GET /pets/{id}: renamed from getPet']);
  expect(found.filter((c) => c[0] === 'type-renamed')).toEqual([['type-renamed', true, expect.stringMatching(/^FetchPet/), expect.stringMatching(/^renamed from GetPet/)]]);
});

it("compares a schema whose pointer moved under the same name as the same type (definitions → components, another file)", () => {
  const moved = (d: any) => {
    d.components.schemas = { ...d.components.schemas, Moved: d.components.schemas.NewPet };
    delete d.components.schemas.NewPet;
    d.paths['/pets'].post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/Moved' };
  };
  expect(changes(moved)).toEqual([
    ['type-added', false, 'Moved', 'type added'],
    ['type-removed', true, 'NewPet', 'type removed'],
  ]);
  const before = client(v1());
  const after = { ...before.surface, schemas: Object.fromEntries(Object.entries(before.surface.schemas).map(([pointer, s]) => [pointer.replace('#/components/schemas/', '#/definitions/'), s])) };
  expect(apiDiff(before.surface, after, typeOracle(before.types, before.types))).toEqual([]);
});

/** The changes between v1 edited by `first` and v1 edited by `first` then `second`. */
function changesFrom(first: (doc: any) => void, second: (doc: any) => void): [string, boolean, string, string][] {
  // Fresh copies: v1's objects are shared between calls, and building a model reads them in place.
  // (An earlier test deletes Pet's `status` from the shared object: each copy gets its own.)
  const withStatus = (d: any) => (d.components.schemas.Pet.properties.status = { type: 'string', enum: ['available', 'sold'] });
  const edited = (...edits: ((doc: any) => void)[]) => {
    const doc = structuredClone(v1());
    for (const e of [withStatus, ...edits]) e(doc);
    return client(doc);
  };
  const [before, after] = [edited(first), edited(first, second)];
  return apiDiff(before.surface, after.surface, typeOracle(before.types, after.types)).map((c) => [c.kind, c.breaking, c.subject, c.detail]);
}

describe('changes no type relation shows', () => {
  const body = (d: any) => (d.paths['/pets'].post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/Pet' });
  const readOnlyTag = (d: any) => (d.components.schemas.Pet.properties.status.readOnly = true);

  it('a parameter made optional and narrowed: narrowed still', () => {
    const required = (d: any) => (d.paths['/pets'].get.parameters[0].required = true);
    expect(changesFrom(required, (d) => (d.paths['/pets'].get.parameters[0] = { name: 'limit', in: 'query', schema: { type: 'integer', enum: [10, 20] } }))).toEqual([
      ['parameter-optional', false, 'listPets', 'query parameter "limit" optional now'],
      ['parameter-type', true, 'listPets', 'query parameter "limit" changed'],
      ['type-added', false, 'ListPetsLimit', 'type added'],
    ]);
  });

  it('a property made readOnly: gone from what requests send, in a request view of its own', () => {
    expect(changesFrom(body, readOnlyTag)).toEqual([
      ['property-removed', true, 'PetInput', 'property "status" removed'],
      ['type-added', false, 'PetInput', 'type added'],
    ]);
  });

  it('the last readOnly property made writable: the request view is gone', () => {
    expect(changesFrom((d) => body(d) && readOnlyTag(d), (d) => delete d.components.schemas.Pet.properties.status.readOnly)).toEqual(
      expect.arrayContaining([['type-removed', true, 'PetInput', 'type removed']]),
    );
  });

  const served = (d: any) => {
    d.servers = [{ url: 'https://api.example.com/v1' }];
    d.components.securitySchemes = { api_key: { type: 'apiKey', in: 'header', name: 'X-Key' } };
    d.security = [{ api_key: [] }];
    d.paths['/pets/{id}'].get.tags = ['pets'];
  };

  it('a security scheme renamed: the credential key callers give is no longer read', () => {
    const renamed = (d: any) => {
      d.components.securitySchemes = { apiKey: d.components.securitySchemes.api_key };
      d.security = [{ apiKey: [] }];
    };
    expect(changesFrom(served, renamed)).toEqual([
      ['auth-added', false, 'createClient', 'credential "apiKey" added to auth'],
      ['auth-removed', true, 'createClient', 'credential "api_key" removed from auth: a client given it no longer sends it'],
    ]);
  });

  it.each<[string, (d: any) => void, [string, boolean, string, string]]>([
    ['removed', (d) => delete d.servers, ['server-removed', true, 'createClient', 'no default server URL (was "https://api.example.com/v1"): createClient needs a baseUrl']],
    ['changed', (d) => (d.servers = [{ url: 'https://api.example.com/v2' }]), ['server-changed', false, 'createClient', 'default server URL "https://api.example.com/v2", was "https://api.example.com/v1"']],
  ])('the default server %s', (_, edit, expected) => {
    expect(changesFrom(served, edit)).toEqual([expected]);
  });

  it("an operation's tag changed: createApi's byTag no longer has it there", () => {
    expect(changesFrom(served, (d) => (d.paths['/pets/{id}'].get.tags = ['animals']))).toEqual([
      ['tag-added', false, 'getPet', 'under tag "animals" now'],
      ['tag-removed', true, 'getPet', 'no longer under tag "pets" (createApi\'s byTag)'],
    ]);
  });

  describe('a schema with a view per side (Pet returned, PetInput sent): each view breaks by its own side', () => {
    // Pet goes both ways, and its readOnly id gives it a request view of its own. (Its fields set
    // afresh: earlier tests edit v1's shared Pet.)
    const split = (d: any) => {
      body(d);
      const { id, name, status } = d.components.schemas.Pet.properties;
      d.components.schemas.Pet = { type: 'object', required: ['id', 'name'], properties: { id: { ...id, readOnly: true }, name, status } };
    };
    const onlyKinds = (found: [string, boolean, string, string][]) => found.filter(([kind]) => kind.startsWith('property-'));

    it('a property made required: compatible for what responses return, breaking for what requests send', () => {
      expect(onlyKinds(changesFrom(split, (d) => d.components.schemas.Pet.required.push('status')))).toEqual([
        ['property-required', false, 'Pet', 'property "status" required now'],
        ['property-required', true, 'PetInput', 'property "status" required now'],
      ]);
    });

    it('a property made optional: breaking for what responses return, compatible for what requests send', () => {
      expect(onlyKinds(changesFrom(split, (d) => (d.components.schemas.Pet.required = ['id'])))).toEqual([
        ['property-optional', true, 'Pet', 'property "name" optional now'],
        ['property-optional', false, 'PetInput', 'property "name" optional now'],
      ]);
    });

    it('a required property added, and a property narrowed: breaking only for what requests send', () => {
      const found = onlyKinds(changesFrom(split, (d) => {
        d.components.schemas.Pet.properties.weight = { type: 'integer' };
        d.components.schemas.Pet.required.push('weight');
        d.components.schemas.Pet.properties.name = { type: 'string', enum: ['rex', 'tom'] };
      }));
      expect(found).toEqual([
        ['property-type', false, 'Pet', 'property "name" narrowed'],
        ['property-added', false, 'Pet', 'property "weight" added, required'],
        ['property-type', true, 'PetInput', 'property "name" narrowed'],
        ['property-added', true, 'PetInput', 'property "weight" added, required'],
      ]);
    });
  });

  it('a property made required and retyped: both are said', () => {
    expect(changesFrom(() => {}, (d) => {
      d.components.schemas.NewPet.required.push('tag');
      d.components.schemas.NewPet.properties.tag = { type: 'integer' };
    })).toContainEqual(['property-type', true, 'NewPet', 'property "tag" changed']);
  });

  it("a value removed from a response enum: its named member is gone, whatever the type's side", () => {
    expect(changesFrom(() => {}, (d) => (d.components.schemas.Pet.properties.status.enum = ['available']))).toEqual(
      expect.arrayContaining([['member-removed', true, 'PetStatus', 'member "Sold" removed']]),
    );
  });
});

it('answers from the surfaces alone when no type changed, without building the checker', () => {
  const before = client(v1());
  const doc: any = v1();
  doc.paths['/pets'].get.description += '| 409 | PET-409 | Taken |\n';
  const after = client(doc);
  expect(after.types).toBe(before.types);
  const load = jest.spyOn(tsMorph, 'loadTsMorph');
  const found = apiDiff(before.surface, after.surface, typeOracle(before.types, after.types));
  expect(found.map((c) => [c.kind, c.subject, c.detail])).toEqual([['error-code-added', 'listPets', 'error code "PET-409" added']]);
  expect(load).not.toHaveBeenCalled();
  load.mockRestore();
});
