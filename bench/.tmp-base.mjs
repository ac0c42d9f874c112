const r = () => Math.round(process.memoryUsage().rss / 1048576);
console.log('node', r());
await import('@typescript-eslint/typescript-estree'); console.log('ts-estree', r(), Math.round(process.memoryUsage().heapUsed/1048576));
await import('/work/main/dist/src/cli/run.js'); console.log('run.js', r(), Math.round(process.memoryUsage().heapUsed/1048576));
