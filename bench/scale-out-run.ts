/** The scale-out section alone (`node --import tsx bench/scale-out-run.ts`; BENCH_QUICK=1 for the short run). */
import { scaleOutBench } from './scale-out.js';

await scaleOutBench();
