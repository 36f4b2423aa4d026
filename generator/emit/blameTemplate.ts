// Which user template a syntax error in a generated file comes from. operations.ts holds the output of
// the banner, operation and pagination templates at once (after `templates eject`, all of them a
// user's), so the file alone does not say which template to fix.

import type { TemplateFile } from './templates';

interface Span {
  readonly template: TemplateFile;
  readonly start: number;
  readonly end: number;
}

/** Where each of the template's outputs sits in `text`: they were laid out in the order they were rendered. */
function spans(text: string, template: TemplateFile): Span[] {
  const found: Span[] = [];
  let from = 0;
  for (const output of template.outputs) {
    // Emit trims the end of each output before laying it out.
    const piece = output.trimEnd();
    if (piece === '') continue;
    const start = text.indexOf(piece, from);
    if (start < 0) continue;
    found.push({ template, start, end: start + piece.length });
    from = start + piece.length;
  }
  return found;
}

/** The template's output that holds `offset`, else the last one before it (which may have left a bracket open). */
function nearest(spansOfOne: readonly Span[], offset: number): Span | null {
  let before: Span | null = null;
  for (const span of spansOfOne) {
    if (span.start <= offset && offset < span.end) return span;
    if (span.end <= offset) before = span;
  }
  return before;
}

/**
 * Takes, of each template, the output nearest the error, and blames the smallest of them that does not
 * parse on its own: outputs nest (runtime.ts holds the banner's), and an unclosed comment or bracket is
 * reported at the end of the file, far from the template that opened it. When each parses alone,
 * blames the nearest output; when there is none, the first template.
 */
export function blameTemplate(
  text: string,
  offset: number,
  templates: readonly [TemplateFile, ...TemplateFile[]],
  parses: (code: string) => boolean,
): TemplateFile {
  const candidates = templates.flatMap((t) => nearest(spans(text, t), offset) ?? []).sort((a, b) => a.end - a.start - (b.end - b.start));
  const broken = candidates.find((s) => !parses(text.slice(s.start, s.end)));
  const holding = candidates.find((s) => s.start <= offset && offset < s.end);
  const closest = [...candidates].sort((a, b) => b.end - a.end)[0];
  return (broken ?? holding ?? closest)?.template ?? templates[0];
}
