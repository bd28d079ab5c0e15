/** A position in a source file, as istanbul stores it (lines from 1). @internal */
export interface IstanbulPosition {
  readonly line: number;
  readonly column: number | null;
}

/** A source range. @internal */
export interface IstanbulRange {
  readonly start: IstanbulPosition;
  readonly end: IstanbulPosition;
}

/**
 * The coverage of one file in istanbul's JSON format (`coverage-final.json`), as both the vitest V8
 * provider and c8 write it: statements with their hit counts, branches with one count per path.
 * @internal
 */
export interface IstanbulFileCoverage {
  readonly path: string;
  readonly statementMap: Readonly<Record<string, IstanbulRange>>;
  readonly s: Readonly<Record<string, number>>;
  /**
   * Branches: one location per path. The implicit `else` of an `if` has an empty location
   * (`{start: {}}`); the branch's own `loc` then says where it is.
   */
  readonly branchMap: Readonly<
    Record<
      string,
      {
        readonly locations: readonly {
          readonly start?: Partial<IstanbulPosition>;
          readonly end?: Partial<IstanbulPosition>;
        }[];
        readonly loc?: IstanbulRange;
        readonly line?: number;
      }
    >
  >;
  readonly b: Readonly<Record<string, readonly number[]>>;
}

/** A coverage map: file coverage by absolute path. @internal */
export type IstanbulCoverageMap = Readonly<Record<string, IstanbulFileCoverage>>;
