-- Contact history, part 2: where a customer and a social author say they are (for the
-- "name + location" identity evidence), and column mappings of helpdesk exports saved by name.

-- Free text as the export gives it ("Leeds, UK", "Location 143"). NULL when unknown.
ALTER TABLE customers ADD COLUMN location TEXT;
-- A social profile's location, when an import carries one. NULL when unknown.
ALTER TABLE authors ADD COLUMN location TEXT;

-- A contact-history column mapping saved from the mapping dialog (or by import-contacts), usable
-- as a preset by name. Kept apart from the post mappings in import_presets: the fields differ.
CREATE TABLE contact_presets (
  name TEXT PRIMARY KEY,
  description TEXT NOT NULL,
  mapping TEXT NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
