import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';

describe('migration 0010 (report snapshots and range indexes)', () => {
  it('adds the snapshot table, empty, and the range indexes of contacts, cases and alerts', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, 10);
    expect(await db.all('SELECT * FROM report_snapshots')).toEqual([]);
    const indexes = await db.all<{ name: string; tbl_name: string }>(
      "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name IN ('contacts_at', 'cases_opened', 'cases_resolved', 'alerts_raised') ORDER BY name",
    );
    expect(indexes).toEqual([
      { name: 'alerts_raised', tbl_name: 'alerts' },
      { name: 'cases_opened', tbl_name: 'cases' },
      { name: 'cases_resolved', tbl_name: 'cases' },
      { name: 'contacts_at', tbl_name: 'contacts' },
    ]);
    await db.close();
  });

  it('requires the range, source and hash of a snapshot', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, 10);
    await expect(db.run("INSERT INTO report_snapshots (label, time_zone) VALUES ('2017-W44', 'UTC')")).rejects.toThrow(/NOT NULL/);
    await db.close();
  });
});
