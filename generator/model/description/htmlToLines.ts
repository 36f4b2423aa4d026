// Turns description HTML (RingCentral's older specs wrap the error table in <table>) into plain lines.
// Only used when the text holds table markup; other `<` in prose is left as written.

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : whole;
  });
}

export function hasTableMarkup(text: string): boolean {
  return /<\/?(?:table|tr|td|th)\b/i.test(text);
}

export function htmlToText(text: string): string {
  const broken = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:td|th|tr|p|div|li|h[1-6]|table|thead|tbody)>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(broken);
}
