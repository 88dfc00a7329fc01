// Preloaded with --import: records the URL of every module the process loads
// into the file named by TRACE_LOADS_FILE (one per line).
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url, { data: { file: process.env.TRACE_LOADS_FILE } });
