import type { BuildOptions } from 'esbuild';

/** The esbuild options of the CLI bundle, writing to `outdir`. */
export function bundleOptions(outdir: string): BuildOptions & { metafile: true };
