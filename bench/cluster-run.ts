/** `npm run bench:cluster`: the story clustering section of the benchmarks alone (BENCH_QUICK=1 for the short run). */
import { clusterBenchmark } from './cluster.js';

console.log(`Parallax story clustering benchmark${process.env.BENCH_QUICK === '1' ? ' (quick)' : ''} — node ${process.version}, one core`);
clusterBenchmark();
