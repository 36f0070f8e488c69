/**
 * The search feed on a thread of its own. Everything the feed does with a page — cutting it to
 * what Pagefind reads, adding compound words, digesting it for the next rebuild, encoding it for
 * Pagefind's process — is work the page's rendering does not wait for, and on the 100k city it was
 * about 2 s of the main thread's CPU: the main thread, which renders every page, is the build's
 * critical path. So the build talks to a `SearchFeed` (search-index.ts) living in a worker thread,
 * on the second core, through this proxy with the same calls; messages keep their order, so the
 * feed sees exactly the calls it would see in the main thread and writes the same index.
 *
 * This file is both sides: imported by the build it is the proxy; started as a worker (with
 * `workerData.kuultuSearch`) it runs the feed.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Lang } from '../core/lang.ts';
import { type PageFeed, SearchFeed } from './search-index.ts';
import type { BaseWord } from '../domain/compounds.ts';
import { compoundTerms } from './search-terms.ts';

export interface SearchThreadOptions {
  /** The theme words compound terms are made from (search-terms.ts); a function cannot cross threads. */
  vocabulary: Partial<Record<Lang, BaseWord[]>>;
  cache?: { dir: string; salt: string; signature?: string };
  restoredFrom?: string;
}

type Request =
  | { call: 'plan'; files: string[] }
  | { call: 'started'; file: string }
  | { call: 'rendered'; siteDir: string; file: string; page: Uint8Array }
  | { call: 'finish'; siteDir: string }
  | { call: 'abandon' };

export interface FeedOutcome {
  pages: number;
  searchable: number;
  reused: boolean;
  firstDifference?: string;
  sentWhileRendering: number;
}
type Reply = { ok: true; outcome?: FeedOutcome } | { ok: false; message: string };

/** The build's side: the feed's calls, posted to the worker; `finish` and `abandon` wait for its answer. */
export class SearchThread implements PageFeed {
  #worker: Worker;
  #replies: ((reply: Reply) => void)[] = [];
  #failure: Error | undefined;

  constructor(options: SearchThreadOptions) {
    this.#worker = new Worker(new URL(import.meta.url), { workerData: { kuultuSearch: options } });
    this.#worker.on('message', (reply: Reply) => this.#replies.shift()?.(reply));
    // A worker that dies (it cannot start, or Pagefind's process is lost) fails the build at finish().
    this.#worker.on('error', (e: unknown) => {
      const failure = e instanceof Error ? e : new Error(String(e));
      this.#failure = failure;
      for (const answer of this.#replies.splice(0)) answer({ ok: false, message: failure.message });
    });
  }

  #post(request: Request, transfer: ArrayBuffer[] = []): void {
    if (!this.#failure) this.#worker.postMessage(request, transfer);
  }
  #ask(request: Request): Promise<FeedOutcome | undefined> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#replies.push((reply) => (reply.ok ? resolve(reply.outcome) : reject(new Error(reply.message))));
      this.#worker.postMessage(request);
    });
  }

  plan(files: readonly string[]): void {
    this.#post({ call: 'plan', files: [...files] });
  }
  started(file: string): void {
    this.#post({ call: 'started', file });
  }
  rendered(siteDir: string, file: string, page: string | Uint8Array): void {
    const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : page;
    // Moved, not copied, when the bytes are a buffer of their own (the build's are).
    const whole =
      bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    this.#post({ call: 'rendered', siteDir, file, page: bytes }, whole ? [bytes.buffer as ArrayBuffer] : []);
  }

  /** Adds the rest, checks the plan and writes the index (SearchFeed.finish), then stops the thread. */
  async finish(siteDir: string): Promise<FeedOutcome> {
    try {
      const outcome = await this.#ask({ call: 'finish', siteDir });
      if (!outcome) throw new Error('the search thread answered without an outcome');
      return outcome;
    } finally {
      await this.#worker.terminate();
    }
  }

  async abandon(): Promise<void> {
    try {
      await this.#ask({ call: 'abandon' });
    } catch {
      // The thread had already failed: there is nothing left to stop but the thread.
    } finally {
      await this.#worker.terminate();
    }
  }
}

/** The worker's side: one SearchFeed, driven by the build's messages in their order. */
function serve(options: SearchThreadOptions): void {
  const port = parentPort;
  if (!port) return;
  const feed = new SearchFeed({
    prepare: compoundTerms(options.vocabulary),
    cache: options.cache,
    restoredFrom: options.restoredFrom,
  });
  // A call that is not answered and fails is reported by the next one that is (finish or abandon).
  let failed: string | undefined;
  port.on('message', async (request: Request) => {
    try {
      switch (request.call) {
        case 'plan':
          return feed.plan(request.files);
        case 'started':
          return feed.started(request.file);
        case 'rendered':
          return feed.rendered(request.siteDir, request.file, request.page);
        case 'finish': {
          if (failed) throw new Error(failed);
          const { pages, searchable } = await feed.finish(request.siteDir);
          const { reused, firstDifference, sentWhileRendering } = feed;
          return port.postMessage({
            ok: true,
            outcome: { pages, searchable, reused, firstDifference, sentWhileRendering },
          } satisfies Reply);
        }
        case 'abandon':
          await feed.abandon();
          return port.postMessage({ ok: true } satisfies Reply);
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (request.call === 'finish' || request.call === 'abandon')
        port.postMessage({ ok: false, message } satisfies Reply);
      else failed ??= message;
    }
  });
}

if (!isMainThread && (workerData as { kuultuSearch?: SearchThreadOptions } | null)?.kuultuSearch)
  serve((workerData as { kuultuSearch: SearchThreadOptions }).kuultuSearch);
