/**
 * Iterates `source` with up to `depth` items asked for ahead of the consumer, so a reader (a CSV
 * file being parsed) goes on while the consumer waits for the database: on PostgreSQL the server
 * writes on the other core meanwhile. Items and errors come out in the source's order; memory
 * holds at most `depth` items more than without it. `depth` 0 is the source as it is.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  if (depth <= 0) {
    yield* source;
    return;
  }
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<IteratorResult<T>>[] = [];
  let ended = false;
  const askMore = () => {
    while (!ended && pending.length < depth) {
      const next = iterator.next();
      // Its failure is thrown when its turn comes; until then it must not count as unhandled.
      next.catch(() => {});
      pending.push(next);
    }
  };
  try {
    while (true) {
      askMore();
      const next = await (pending.shift() as Promise<IteratorResult<T>>);
      if (next.done) {
        ended = true;
        return;
      }
      askMore(); // `depth` items on their way while the consumer works on this one
      yield next.value;
    }
  } finally {
    // The consumer stopped early (or the source failed): let the source close its file.
    if (!ended) {
      ended = true;
      await iterator.return?.();
    }
  }
}
