import { useEffect, useState } from 'react';
import type { CaseBoard } from '../../../../shared/domain/case';
import type { PostPage } from '../../../../shared/domain/post';
import { call } from '../../api/client';

/** Recent posts shown per author, and cases at most. */
export const AUTHOR_POSTS = 20;
export const AUTHOR_CASES = 50;

/** An author's recent posts and the cases of the conversations they wrote in (null while loading). */
export function useAuthorActivity(authorId: number | null) {
  const [posts, setPosts] = useState<PostPage | null>(null);
  const [cases, setCases] = useState<CaseBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPosts(null);
    setCases(null);
    setError(null);
    if (authorId === null) return;
    let live = true;
    void Promise.all([
      call('posts.search', { authorId, limit: AUTHOR_POSTS, includeIrrelevant: true }),
      call('cases.list', { authorId, limit: AUTHOR_CASES }),
    ]).then(([p, c]) => {
      if (!live) return;
      if (p.ok) setPosts(p.value);
      if (c.ok) setCases(c.value);
      setError(!p.ok ? p.error.message : !c.ok ? c.error.message : null);
    });
    return () => {
      live = false;
    };
  }, [authorId]);
  return { posts, cases, error };
}
