import type { BenchEmulator } from './benchEmulator';
import type { BenchRow } from './rows';

/** A target of the benchmark issue, checked on this run's numbers. */
export interface TargetCheck {
    readonly target: string;
    readonly met: boolean;
    /** The numbers behind the verdict. */
    readonly detail: string;
}

export interface ScenarioResult {
    readonly rows: readonly BenchRow[];
    readonly targets: readonly TargetCheck[];
    /** Sizes used, sanity checks, anything a reader of the table needs. */
    readonly notes: readonly string[];
}

export interface BenchSettings {
    /** Repetitions of each timed child (medians are taken over them). */
    readonly runs: number;
    /** Small sizes for a smoke run (never for published numbers). */
    readonly quick: boolean;
}

export interface ScenarioContext {
    readonly bench: BenchEmulator;
    readonly settings: BenchSettings;
    /** Compiled child scripts (bench/children/*.js next to the running bench). */
    readonly childScript: (name: string) => string;
    readonly projectRoot: string;
    /** The folder holding the compiled `src/`, `functions/` and `bench/` (for the package). */
    readonly compiledRoot: string;
    readonly progress: (line: string) => void;
}

export const MIB = 1024 * 1024;
