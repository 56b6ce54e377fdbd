-- Threads: every reply knows the root of its conversation, and each conversation with at least one
-- reply keeps its figures (participants, company replies, first company reply) for the Sources view.
-- A post without parent and without replies is a one-post conversation with no thread_stats row.
ALTER TABLE posts ADD COLUMN thread_root_id INTEGER REFERENCES posts(id);
CREATE INDEX posts_thread_root ON posts (thread_root_id) WHERE thread_root_id IS NOT NULL;

CREATE TABLE thread_stats (
  root_id INTEGER PRIMARY KEY REFERENCES posts(id),
  site_id INTEGER NOT NULL REFERENCES sites(id),
  started_at INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  participants INTEGER NOT NULL,
  company_posts INTEGER NOT NULL,
  -- earliest reply by a company account (the root itself excluded)
  first_company_at INTEGER,
  root_by_company INTEGER NOT NULL
);
CREATE INDEX thread_stats_site_started ON thread_stats (site_id, started_at);

-- Backfill from the parent links stored so far (depth-capped so a reply cycle cannot loop).
WITH RECURSIVE walk(id, anc, depth) AS (
  SELECT id, parent_id, 1 FROM posts WHERE parent_id IS NOT NULL
  UNION ALL
  SELECT walk.id, p.parent_id, walk.depth + 1 FROM walk JOIN posts p ON p.id = walk.anc
  WHERE p.parent_id IS NOT NULL AND walk.depth < 1000
)
UPDATE posts SET thread_root_id = r.root
FROM (SELECT walk.id, walk.anc AS root FROM walk JOIN posts p ON p.id = walk.anc WHERE p.parent_id IS NULL) AS r
WHERE posts.id = r.id;

INSERT INTO thread_stats (root_id, site_id, started_at, last_at, posts, participants, company_posts, first_company_at, root_by_company)
SELECT r.id, r.site_id, r.created_at, max(r.created_at, max(m.created_at)), 1 + count(*),
       (SELECT count(DISTINCT a) FROM (SELECT author_id AS a FROM posts WHERE thread_root_id = r.id UNION ALL SELECT r.author_id)),
       ra.is_company + sum(ma.is_company), min(CASE WHEN ma.is_company = 1 THEN m.created_at END), ra.is_company
FROM posts r
JOIN authors ra ON ra.id = r.author_id
JOIN posts m ON m.thread_root_id = r.id
JOIN authors ma ON ma.id = m.author_id
WHERE r.parent_id IS NULL
GROUP BY r.id;
