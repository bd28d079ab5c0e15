/** A stream that keeps what is written to it; a terminal when `isTTY` (for progress displays). */
export function memoryStream(isTTY: boolean): {
  isTTY: boolean;
  text: () => string;
  write: (s: string) => boolean;
} {
  const chunks: string[] = [];
  return {
    isTTY,
    text: () => chunks.join(''),
    write: (s: string) => {
      chunks.push(s);
      return true;
    },
  };
}

const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/** What a terminal shows of the text: escape sequences and carriage returns removed. */
export const visible = (s: string): string => s.replace(ESCAPE, '').replace(/\r/g, '');
