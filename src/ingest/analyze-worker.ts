import { parentPort, workerData } from 'node:worker_threads';
import { adoptArtifacts } from '../model/share-artifacts.ts';
import { analyzeArticle, ArticleError } from './analyze-article.ts';
import type { AnalyzeReply, AnalyzeTask, WorkerStart } from './analyze-pool.ts';

/** A worker thread: analyses the articles it is sent, one at a time, and replies with each result. */
const { options, artifacts } = workerData as WorkerStart;
adoptArtifacts(artifacts);
const port = parentPort;
if (port === null) throw new Error('analyze-worker.ts runs as a worker thread');

port.on('message', (task: AnalyzeTask) => {
  let reply: AnalyzeReply;
  try {
    reply = { id: task.id, ok: true, document: analyzeArticle(task.article, options) };
  } catch (error) {
    reply = error instanceof ArticleError
      ? { id: task.id, ok: false, source: error.source, ruleId: error.ruleId, reason: error.reason }
      : { id: task.id, ok: false, source: task.article.source, ruleId: 'analysis-failed', reason: `the analysis failed (${error instanceof Error ? error.message : String(error)})` };
  }
  port.postMessage(reply);
});
