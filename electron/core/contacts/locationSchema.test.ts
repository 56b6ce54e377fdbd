import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { migrate } from '../db/migrate';

const VERSION = 12;

describe('migration 0012 (customer and author location, saved contact mappings)', () => {
  it('adds location to customers and authors, keeping the rows already there with no location', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, VERSION - 1);
    await db.run("INSERT INTO customers (source, external_key, name, created_at) VALUES ('tickets', 'k', 'Ann Lee', 1)");
    await db.run("INSERT INTO sites (name, created_at) VALUES ('twitter', 1)");
    await db.run("INSERT INTO authors (site_id, handle) VALUES (1, 'ann')");
    expect(await migrate(db, VERSION)).toBe(VERSION);
    expect(await db.get('SELECT name, location FROM customers')).toEqual({ name: 'Ann Lee', location: null });
    expect(await db.get('SELECT handle, location FROM authors')).toEqual({ handle: 'ann', location: null });
    await db.run("UPDATE authors SET location = 'Leeds, UK'");
    expect(await db.get('SELECT location FROM authors')).toEqual({ location: 'Leeds, UK' });
    await db.close();
  });

  it('keeps saved contact mappings by unique name', async () => {
    const db = await Db.open(':memory:');
    await migrate(db, VERSION);
    await db.run("INSERT INTO contact_presets (name, description, mapping, created_at) VALUES ('helpdesk', 'd', '{}', 1)");
    await expect(db.run("INSERT INTO contact_presets (name, description, mapping, created_at) VALUES ('helpdesk', 'e', '{}', 2)")).rejects.toThrow(/UNIQUE/);
    await expect(db.run("INSERT INTO contact_presets (name, mapping, created_at) VALUES ('x', '{}', 2)")).rejects.toThrow(/NOT NULL/);
    await db.close();
  });
});
