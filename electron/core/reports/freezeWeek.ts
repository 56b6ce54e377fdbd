/**
 * "Freeze week": copies the data a report of a range reads (its range, the previous range, the
 * trend weeks and the persistence window: [dataFrom, dataTo) of reportRange) into a NEW sqlite file
 * migrated to the current schema, which opens read-only anywhere (openCore({ readOnly: true })) and
 * gives the same report, snapshotHash included.
 */
import { constants } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { AppFailure } from '../../../shared/contract/result';
import type { ReportSnapshot } from '../../../shared/domain/report';
import { openCore, type Core } from '../core';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';
import { attachSnapshot, clearSeededRows, copyReportData, detachSnapshot, writeSnapshotMarker } from '../repos/reportSnapshot';
import { computeReport } from './computeReport';
import { resolveReportRange } from './reportRange';

/** What to freeze: a week or a range in a time zone, and the new file's path. */
export interface FreezeRequest {
  week?: string;
  from?: number;
  to?: number;
  timeZone: string;
  path: string;
}

/** Creates the file without ever replacing one (O_EXCL), so two freezes cannot race to the same name. */
async function claimPath(path: string): Promise<void> {
  try {
    await (await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY)).close();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppFailure('conflict', `${path} already exists; a snapshot never overwrites a file, choose a new name`, 'path');
    if (code === 'ENOENT') throw new AppFailure('invalid-request', `the folder ${dirname(path)} does not exist`, 'path');
    throw new AppFailure('invalid-request', `cannot create ${path}: ${(err as Error).message}`, 'path');
  }
}

/** An empty snapshot database at the current schema, in rollback-journal mode so it opens read-only without -wal/-shm files. */
async function prepareFile(path: string): Promise<void> {
  const db = await Db.open(path, { singleConnection: true });
  try {
    await migrate(db);
    await clearSeededRows(db);
    await db.exec('PRAGMA journal_mode = DELETE');
  } finally {
    await db.close();
  }
}

async function copyInto(core: Core, path: string, marker: Omit<Parameters<typeof writeSnapshotMarker>[1], 'posts'>): Promise<number> {
  await attachSnapshot(core.db, path);
  try {
    return await core.db.transactionWithoutForeignKeys(async (tx) => {
      const posts = await copyReportData(tx, marker.dataFrom, marker.dataTo);
      await writeSnapshotMarker(tx, { ...marker, posts });
      return posts;
    });
  } finally {
    await detachSnapshot(core.db);
  }
}

/** Recomputes the report from the snapshot, read-only, and insists on the same hash. */
async function verify(path: string, req: FreezeRequest, expected: string): Promise<void> {
  const snap = await openCore({ dbPath: path, readOnly: true });
  try {
    const again = await computeReport(snap, { week: req.week, from: req.from, to: req.to, timeZone: req.timeZone });
    if (again.provenance.snapshotHash !== expected) throw new AppFailure('internal', `the snapshot's report does not match the database's (hash ${again.provenance.snapshotHash} ≠ ${expected})`);
  } finally {
    await snap.close();
  }
}

/**
 * Freezes the data of a week (or range) into a new file at `req.path`. Refuses an existing file
 * (conflict, field path), a missing folder, a bad range or zone (invalid-request naming the field)
 * and a read-only database. The report is computed from the database, the data copied in one
 * transaction, then the report recomputed from the file must give the same snapshotHash; on any
 * failure the new file is removed.
 */
export async function freezeWeek(core: Core, req: FreezeRequest): Promise<ReportSnapshot> {
  const r = resolveReportRange(req);
  if (core.db.readOnly) throw new AppFailure('forbidden', 'this database is open read-only (a snapshot or a wall); freeze from the main database', 'path');
  const path = resolve(req.path);
  const report = await computeReport(core, { week: req.week, from: req.from, to: req.to, timeZone: req.timeZone });
  await claimPath(path);
  try {
    await prepareFile(path);
    const posts = await copyInto(core, path, {
      label: r.range.label,
      timeZone: req.timeZone,
      rangeFrom: r.current.start,
      rangeTo: r.current.end,
      dataFrom: r.dataFrom,
      dataTo: r.dataTo,
      trendWeeks: r.trendWeeks,
      sourceName: basename(core.db.file),
      sourceSchema: core.schemaVersion,
      snapshotHash: report.provenance.snapshotHash,
      createdAt: core.now(),
    });
    await verify(path, req, report.provenance.snapshotHash);
    return { path, bytes: (await stat(path)).size, label: r.range.label, snapshotHash: report.provenance.snapshotHash, posts };
  } catch (err) {
    await Promise.all(['', '-journal', '-wal', '-shm'].map((s) => rm(path + s, { force: true })));
    throw err;
  }
}
