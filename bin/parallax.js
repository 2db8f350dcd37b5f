#!/usr/bin/env node
// Entry point: runs the compiled CLI (npm install builds it through "prepare").
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  console.error(`parallax: ${err && err.message ? err.message : String(err)}`);
  process.exit(1);
});
