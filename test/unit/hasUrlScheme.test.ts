import { hasUrlScheme } from '../../generator/hasUrlScheme';

describe('hasUrlScheme', () => {
  it.each(['https://api.example.com', 'HTTP://x', 'file:///a.yaml', 'urn:x:y', 'svn+ssh://h'])('%s names a scheme', (text) => {
    expect(hasUrlScheme(text)).toBe(true);
  });

  it.each(['', '/v2', 'v2/pets', './a.yaml#/X', '../shared.yaml', '1http://x', '#/components/schemas/A'])('%s is relative', (text) => {
    expect(hasUrlScheme(text)).toBe(false);
  });
});
