/**
 * A small well-formedness check for the XML this suite writes (no DTD, no CDATA, no comments): every
 * `<` opens a tag whose attributes are quoted and hold no raw `<` or `&` except entities, text holds
 * no raw `&` except entities, and tags nest and close. Returns the problems found ([] when none).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const entity = /&(amp|lt|gt|quot|apos);/g;
  const tag = /^<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/;
  const stack: string[] = [];
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    if (text.replace(entity, '').includes('&')) problems.push(`raw & in text: ${JSON.stringify(text)}`);
    if (text.includes('>')) problems.push(`raw > in text: ${JSON.stringify(text)}`);
    if (lt === -1) break;
    const m = tag.exec(body.slice(lt));
    if (m === null) {
      problems.push(`not a tag at ${lt}: ${JSON.stringify(body.slice(lt, lt + 40))}`);
      break;
    }
    if (m[3].replace(entity, '').includes('&')) problems.push(`raw & in attributes: ${m[3]}`);
    if (m[1] === '/') {
      const open = stack.pop();
      if (open !== m[2]) problems.push(`</${m[2]}> closes <${open ?? 'nothing'}>`);
    } else if (m[4] !== '/') stack.push(m[2]);
    i = lt + m[0].length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}
