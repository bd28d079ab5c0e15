import { loader, parse, View, type LoggerInterface } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A vega logger that keeps warnings and errors instead of printing them. */
function collectingLogger(messages: string[]): LoggerInterface {
  let level = 2; // vega.Warn
  const keep = (kind: string) =>
    function (this: LoggerInterface, ...args: unknown[]) {
      messages.push(`${kind}: ${args.map(String).join(' ')}`);
      return this;
    };
  const ignore = function (this: LoggerInterface) {
    return this;
  };
  const logger: LoggerInterface = {
    level(next?: number) {
      if (next === undefined) return level;
      level = next;
      return logger;
    },
    error: keep('error'),
    warn: keep('warn'),
    info: ignore,
    debug: ignore,
  };
  return logger;
}

/** A vega loader that refuses every load: a report's plots carry their data inline and fetch nothing. */
function offlineLoader(): ReturnType<typeof loader> {
  const refuse = loader();
  refuse.sanitize = (uri: string) =>
    Promise.reject(new Error(`report plots load nothing, asked for '${uri}'`));
  return refuse;
}

/**
 * Renders a vega-lite spec to an SVG string on the server: vega-lite compiles it to vega, and a
 * headless vega `View` (`renderer: 'none'`) draws it with `toSVG()`. Data must be inline (the loader
 * refuses every fetch); any warning from vega-lite or vega is an error, so a spec that renders is
 * a spec the libraries accept as written. Deterministic: the same spec gives the same string.
 * @internal
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const messages: string[] = [];
  const logger = collectingLogger(messages);
  const vegaSpec = compile(spec, { logger }).spec;
  const view = new View(parse(vegaSpec), { renderer: 'none', logger, loader: offlineLoader() });
  try {
    const svg = await view.toSVG();
    if (messages.length > 0) throw new Error(`vega: ${messages.join('; ')}`);
    return svg;
  } finally {
    view.finalize();
  }
}
