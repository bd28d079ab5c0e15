import cliProgress from 'cli-progress';

/**
 * The one look of the command line's progress bars: a cli-progress bar of 30 cells on `stream`,
 * redrawn in place, with `format`'s payload beside it; `clearOnComplete` removes it when it stops.
 * @internal
 */
export function progressBar(
  stream: { write(text: string): unknown },
  format: string,
  clearOnComplete: boolean,
): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    {
      format: `{bar} ${format}`,
      stream: stream as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
}
