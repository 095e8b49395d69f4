/**
 * A worker thread that answers jobs one message each: `run(request)` posts `{ id, ...request }`
 * and resolves with the reply of the same `id`. The worker does not keep the process alive while
 * it has nothing to do. When it fails or stops, every job it holds, and every later one, is
 * rejected with the error `lost` makes, so the caller can do the work elsewhere.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A reply: the job's result, or the message of the error it failed with. */
export type JobReply<Result> = { id: number } & ({ result: Result } | { error: string });

export interface JobWorker<Request, Result> {
  run(request: Request): Promise<Result>;
  /** How many jobs it is doing or has queued. */
  readonly busy: number;
  close(): Promise<void>;
}

export interface JobWorkerOptions {
  resourceLimits?: ResourceLimits | undefined;
  /** The error every pending and later job is rejected with once the worker is gone. */
  lost(message: string): Error;
  /** How the worker is named in those messages ("A render worker"). */
  name: string;
}

/** Starts the worker `script`. */
export function startJobWorker<Request extends object, Result>(script: string, options: JobWorkerOptions): JobWorker<Request, Result> {
  const worker = new Worker(script, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
  worker.unref();
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let lost: Error | undefined;
  const loseAll = (error: Error): void => {
    lost ??= error;
    for (const job of pending.values()) job.reject(lost);
    pending.clear();
  };
  worker.on('message', (reply: JobReply<Result>) => {
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (!job) return;
    if ('result' in reply) job.resolve(reply.result);
    else job.reject(new Error(reply.error));
  });
  worker.on('error', (error) => loseAll(options.lost(`${options.name} failed: ${error.message}`)));
  worker.on('exit', (code) => loseAll(options.lost(`${options.name} stopped (exit code ${code}).`)));
  return {
    run(request) {
      if (lost) return Promise.reject(lost);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ ...request, id });
      });
    },
    get busy() {
      return pending.size;
    },
    async close() {
      await worker.terminate();
    },
  };
}
