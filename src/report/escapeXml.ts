/** Characters XML 1.0 does not allow at all (C0 controls but tab, newline, return; lone surrogates; U+FFFE/F). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text made safe for XML and HTML, in element content and in quoted attributes alike: `& < > " '`
 * become entities, and characters XML cannot carry at all (most C0 controls, lone surrogates) become
 * U+FFFD. Pure.
 * @internal
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
