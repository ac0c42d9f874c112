/**
 * A worker thread of a parallel run (see parallel.ts): rebuilds the run's settings from the config file (a
 * compiled lexicon cannot be sent between threads), then analyses the files it is sent, one message per file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/load.js';
import { resolveSettings } from '../settings/settings.js';
import type { WorkerInit, WorkerOutcome } from './parallel.js';
import { createFileAnalyser } from './project.js';
import { ReadRecorder } from './result-cache.js';

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('parallel-worker.js runs as a worker thread');

const settings = init.configFile === null ? resolveSettings(undefined) : loadConfig({ cwd: init.cwd, configPath: init.configFile }).settings;
const analyser = await createFileAnalyser({
  cwd: init.cwd,
  paths: [],
  settings,
  rules: init.rules,
  ...(init.parser !== undefined ? { parser: init.parser } : {}),
  ...(init.maxFileSize !== undefined ? { maxFileSize: init.maxFileSize } : {}),
  // Only whether someone listens matters here: the details travel back with each outcome.
  ...(init.detail > 0 ? { onDetails: () => {} } : {}),
  summariseContexts: init.detail === 2,
});
const recorder = init.recordReads ? new ReadRecorder() : undefined;

port.on('message', async (files: string[]) => {
  for (const filePath of files) {
    const outcome = await analyser.analyse(filePath, recorder?.onRead);
    port.postMessage({ outcome, reads: recorder?.take() } satisfies WorkerOutcome);
  }
});
