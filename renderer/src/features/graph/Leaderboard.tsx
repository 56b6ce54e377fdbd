import type { LeaderboardRow } from '../../../../shared/domain/reach';
import { formatCount } from '../../format';
import { TERMS } from './terms';

const STANCE_TEXT = { advocate: 'advocate', detractor: 'detractor', mixed: 'mixed' } as const;

/** The author's stance, with the counts behind it on hover. */
function MoodChip(props: { row: LeaderboardRow }) {
  const { stance, mood } = props.row;
  if (!stance) return null;
  return (
    <span className={`stance stance-${stance}`} data-testid="leaderboard-stance" title={`${mood.positive} positive, ${mood.neutral} neutral, ${mood.negative} negative posts`}>
      {STANCE_TEXT[stance]}
    </span>
  );
}

const fixed = (v: number | null, digits: number): string => (v === null ? '–' : v.toFixed(digits));

/** The score as a bar split into its weighted terms, scaled to the page's best score. */
function ScoreBar(props: { row: LeaderboardRow; best: number }) {
  const { row, best } = props;
  const explain = row.terms.map((t) => `${t.name}: ${t.weight} × log10(1 + ${t.raw === null ? 'n/a' : Number(t.raw.toPrecision(4))}) = ${t.contribution.toFixed(3)}`).join('\n');
  return (
    <div className="score" title={explain} data-testid="score-bar">
      <span className="score-value">{row.score.toFixed(2)}</span>
      <span className="score-bar">
        {row.terms.map((t) => (
          <span
            key={t.name}
            style={{ width: `${best > 0 ? (100 * t.contribution) / best : 0}%`, background: TERMS.find((x) => x.name === t.name)?.colour }}
          />
        ))}
      </span>
    </div>
  );
}

/** The ranked authors with every metric; a click shows the author's ego network. */
export function Leaderboard(props: { rows: LeaderboardRow[]; pageRankScale: (siteId: number) => number; selected: number | null; showSite: boolean; onSelect(authorId: number): void }) {
  const best = Math.max(0, ...props.rows.map((r) => r.score));
  return (
    <table className="leaderboard" data-testid="leaderboard">
      <thead>
        <tr>
          <th className="num">#</th>
          <th>Author</th>
          <th>Reach score</th>
          <th className="num" title={TERMS[0].help}>Audience</th>
          <th className="num" title={TERMS[1].help}>PR ×avg</th>
          <th className="num" title={TERMS[2].help}>Core</th>
          <th className="num" title={TERMS[3].help}>Hub links</th>
          <th className="num" title={TERMS[4].help}>Cascade</th>
          <th className="num" title="In-degree: shown for reference, never part of the score">Followers</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr
            key={r.authorId}
            data-testid="leaderboard-row"
            className={r.authorId === props.selected ? 'selected' : undefined}
            tabIndex={0}
            onClick={() => props.onSelect(r.authorId)}
            onKeyDown={(e) => e.key === 'Enter' && props.onSelect(r.authorId)}
          >
            <td className="num muted">{r.rank}</td>
            <td>
              <span className="author" data-testid="leaderboard-handle">@{r.handle}</span>
              {props.showSite && <span className="chip">{r.site}</span>}
              <MoodChip row={r} />
              {r.posts === 0 ? (
                <span className="no-posts" title="Known only from an edge file: no posts stored">no posts</span>
              ) : (
                <span className="no-posts">{formatCount(r.posts)} {r.posts === 1 ? 'post' : 'posts'}</span>
              )}
            </td>
            <td>
              <ScoreBar row={r} best={best} />
            </td>
            <td className="num">{formatCount(r.audience2)}</td>
            <td className="num">{(r.pagerank * props.pageRankScale(r.siteId)).toFixed(1)}</td>
            <td className="num">{r.core}</td>
            <td className="num">{formatCount(r.hubLinks)}</td>
            <td className="num" title={r.cascadeStdError === null ? 'not simulated (outside the top authors by PageRank)' : `± ${r.cascadeStdError.toFixed(2)} (standard error)`}>
              {fixed(r.expectedCascade, 1)}
            </td>
            <td className="num muted">{formatCount(r.followers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
