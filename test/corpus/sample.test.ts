import { sample, seededRandom } from '../../corpus/sample';

const items = Array.from({ length: 100 }, (_, i) => `spec${i}`);

it('draws the same specs for the same seed, in their original order', () => {
  const first = sample(items, 10, 42);
  expect(sample(items, 10, 42)).toEqual(first);
  expect(first).toHaveLength(10);
  expect(new Set(first).size).toBe(10);
  expect([...first].sort((a, b) => items.indexOf(a) - items.indexOf(b))).toEqual(first);
});

it('draws other specs for another seed', () => {
  expect(sample(items, 10, 43)).not.toEqual(sample(items, 10, 42));
});

it('gives everything when asked for more than there is', () => {
  expect(sample(items, 500, 1)).toEqual(items);
});

it('is a fixed sequence in [0, 1) for a seed, on every machine', () => {
  const random = seededRandom(1);
  const values = Array.from({ length: 1000 }, random);
  expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  expect(values.slice(0, 3).map((v) => v.toFixed(6))).toEqual(['0.627074', '0.002736', '0.527447']);
});
