/** The CLI from source, for tests that run it as a child process without a build: `node --import tsx src/test-support/cli-main.ts ARGS`. */
import { main } from '../cli/main.js';

await main(process.argv);
