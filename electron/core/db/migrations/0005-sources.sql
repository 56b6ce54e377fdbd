-- Sources registry: each site's rating, notes and relevance filters, and the language a source
-- states for a post (relevance filters on languages use it, else a detected language).
ALTER TABLE sites ADD COLUMN rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5);
ALTER TABLE sites ADD COLUMN notes TEXT NOT NULL DEFAULT '';
-- JSON {"keywords": [], "brands": [], "exclude": [], "languages": []}; empty lists filter nothing.
ALTER TABLE sites ADD COLUMN filters TEXT NOT NULL DEFAULT '{}';
ALTER TABLE posts ADD COLUMN lang TEXT;
