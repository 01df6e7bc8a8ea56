import type { RegisterBundle, RegisterName } from "../core/registers/index.ts";
import type { ImportBundle, ValueInput } from "../engine/index.ts";
import { type CsvRecord, streamCsv } from "./csv/index.ts";
import { type FileProblem, fileProblemsError } from "./located-error.ts";
import { readCatalogueFile } from "./read-catalogue.ts";
import {
  type InputFile,
  isCatalogueFile,
  looksLikeRegister,
  mergeBundles,
  type RegisterOrigins,
  textIndicatorsOf,
  unknownKind,
} from "./read-import-files.ts";
import { type ValueStream, type ValuesCsvOptions, valueStream } from "./read-values-csv.ts";
import { type RegisterRow, readRegisterRecords } from "./registers/index.ts";
import { RowOrigins } from "./row-origins.ts";

/** A file whose bytes arrive in chunks (read by the caller: formats does no file I/O). */
export interface StreamedFile {
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array>;
}

/** An import read as a stream: the bundle (its values arrive while the engine writes), and where rows came from. */
export interface StreamedImport {
  readonly bundle: ImportBundle;
  /** Where each value came from, filled as the values are read. */
  readonly origins: RowOrigins;
  readonly registerOrigins: RegisterOrigins;
  readonly registerRows: number;
  /** Value rows read so far. */
  readonly rows: () => number;
  /** Value rows left out because their value cell was empty. */
  readonly skipped: () => number;
}

/**
 * Opens the files of an import: catalogues and registers are read whole (they are small), each
 * values CSV is read as the engine takes its rows, so a file of millions of rows is held one
 * chunk at a time. Problems of the catalogue and register files are all listed before anything
 * is written; a values file's problems stop the import where they are found.
 */
export async function openImportFiles(
  files: readonly (InputFile | StreamedFile)[],
  options: ValuesCsvOptions = {},
): Promise<StreamedImport> {
  const problems: FileProblem[] = [];
  const parts: ImportBundle[] = [];
  const registerOrigins: Partial<Record<RegisterName, RegisterRow[]>> = {};
  // Filled as catalogue files are read; values are read (and need it) only after all of them.
  const textIndicators = new Set(options.textIndicators ?? []);
  const valueOptions = { ...options, textIndicators };
  const values: ValueStream[] = [];
  for (const file of files)
    await collect(problems, async () => {
      if (isCatalogueFile(file.name)) {
        const text = "text" in file ? file.text : new TextDecoder().decode(await bytesOf(file));
        const part = readCatalogueFile(text, file.name);
        parts.push(part);
        for (const code of textIndicatorsOf([part], {})) textIndicators.add(code);
        return;
      }
      if (!/\.csv$/i.test(file.name)) {
        problems.push(unknownKind(file.name));
        return;
      }
      const { head, records } = await streamCsv(chunksOf(file), file.name, options);
      const iterator = records[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (!first.done && looksLikeRegister(first.value.cells)) {
        const all: CsvRecord[] = [first.value];
        for (let next = await iterator.next(); !next.done; next = await iterator.next())
          all.push(next.value);
        const read = readRegisterRecords(all, file.name);
        registerOrigins[read.register] ??= [];
        const list = registerOrigins[read.register] as RegisterRow[];
        for (const row of read.rows) list.push(row);
      } else
        values.push(
          await valueStream(
            head,
            iterator,
            file.name,
            valueOptions,
            first.done ? undefined : first.value,
          ),
        );
    });
  if (problems.length > 0) throw fileProblemsError(problems);

  const origins = new RowOrigins();
  async function* inputs(): AsyncGenerator<ValueInput[]> {
    for (const stream of values)
      for await (const rows of stream.rows) {
        const chunk: ValueInput[] = [];
        for (const row of rows) {
          origins.add(row);
          chunk.push(row.input);
        }
        yield chunk;
      }
  }
  const registers = Object.fromEntries(
    Object.entries(registerOrigins).map(([register, rows]) => [register, rows.map((r) => r.input)]),
  ) as RegisterBundle;
  const registerRows = Object.values(registerOrigins).reduce((n, rows) => n + rows.length, 0);
  return {
    bundle: {
      ...mergeBundles(parts, []),
      values: inputs(),
      ...(registerRows > 0 ? { registers } : {}),
    },
    origins,
    registerOrigins,
    registerRows,
    rows: () => origins.length,
    skipped: () => values.reduce((n, v) => n + v.skipped(), 0),
  };
}

async function collect(problems: FileProblem[], work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const listed = (error as { details?: { problems?: FileProblem[] } }).details?.problems;
    if (!Array.isArray(listed)) throw error;
    problems.push(...listed);
  }
}

function chunksOf(file: InputFile | StreamedFile): AsyncIterable<Uint8Array> {
  if ("chunks" in file) return file.chunks;
  const bytes = "bytes" in file ? file.bytes : new TextEncoder().encode(file.text);
  return (async function* () {
    yield bytes;
  })();
}

async function bytesOf(file: StreamedFile | InputFile): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunksOf(file)) parts.push(chunk);
  return Buffer.concat(parts);
}
