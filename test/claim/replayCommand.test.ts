import { describe, expect, it } from 'vitest';
import {
  compressReplayPath,
  expandReplayPath,
  parseReplayBlob,
  replayBlob,
  replayCommandLine,
} from '../../src/claim/replayCommand.js';

const blobOf = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('compressReplayPath and expandReplayPath', () => {
  it('leave the empty path empty', () => {
    expect(compressReplayPath('')).toBe('');
    expect(expandReplayPath('')).toBe('');
  });

  it('code runs of 3 or more and expand them back', () => {
    expect(compressReplayPath('1:0:0:0:2:2')).toBe('1:0*3:2:2');
    expect(expandReplayPath('1:0*3:2:2')).toBe('1:0:0:0:2:2');
    expect(expandReplayPath('07:1')).toBe('7:1');
  });

  it('refuse a zero repeat, a path longer than 100000 steps, and what is no path', () => {
    expect(() => expandReplayPath('1:0*0')).toThrow("replay path repeat '0*0' is 0 or makes the path longer");
    expect(expandReplayPath('0*100000').split(':')).toHaveLength(100_000);
    expect(() => expandReplayPath('0*99999:1*2')).toThrow("replay path repeat '1*2' is 0");
    expect(() => expandReplayPath('1::2')).toThrow("not a replay path: '1::2'");
  });
});

describe('parseReplayBlob', () => {
  it('reads back what replayBlob wrote, the path expanded', () => {
    const record = { seed: -5, path: '3:0:0:0:0', maxSize: 2 };
    expect(parseReplayBlob(replayBlob(record))).toEqual(record);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an object with another field', { seed: 1, path: '', maxSize: 2, extra: true }],
  ])('refuses a blob of %s as not {seed, path, maxSize}', (_label, value) => {
    expect(() => parseReplayBlob(blobOf(value))).toThrow('not a replay blob (want {seed, path, maxSize})');
  });

  it('refuses a path that is not a string', () => {
    expect(() => parseReplayBlob(blobOf({ seed: 1, path: 12, maxSize: 2 }))).toThrow(
      'replay blob has a bad path',
    );
  });

  it('shortens a long blob in its message', () => {
    const long = 'A'.repeat(60);
    expect(() => parseReplayBlob(long)).toThrow(`'${'A'.repeat(40)}...'`);
  });
});

describe('replayCommandLine', () => {
  it('is empty for a result with nothing to replay', () => {
    expect(replayCommandLine({ claim: 'x' })).toBe('');
    expect(replayCommandLine({ claim: 'x' }, 'long')).toBe('');
  });

  it('gives the blob form by default and the long form on request', () => {
    const replay = { seed: 7, path: '2:0:0:0', maxSize: 3 };
    expect(replayCommandLine({ claim: 'x', replay })).toBe(
      `fa-verify check x --replay ${replayBlob(replay)}`,
    );
    expect(replayCommandLine({ claim: 'x', replay }, 'long')).toBe(
      'fa-verify check x --seed 7 --max-size 3 --path 2:0*3',
    );
  });
});
