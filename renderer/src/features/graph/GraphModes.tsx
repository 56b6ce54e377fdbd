/** The three ways the Graph view draws accounts. */
export type GraphMode = 'ego' | 'cascade' | 'community';

const MODES: Array<{ id: GraphMode; label: string; title: string }> = [
  { id: 'ego', label: 'Ego network', title: 'Who follows an author and whom they follow' },
  { id: 'cascade', label: 'Thread cascade', title: 'How a thread travelled: who replied, reposted or mentioned, and when' },
  { id: 'community', label: 'Community', title: 'The follow graph restricted by filters, grouped by community when large' },
];

/** The mode switch of the Graph view. */
export function GraphModes(props: { mode: GraphMode; onMode(m: GraphMode): void }) {
  return (
    <div className="graph-modes" role="tablist" aria-label="Graph mode">
      {MODES.map((m) => (
        <button key={m.id} type="button" role="tab" aria-selected={props.mode === m.id} className={props.mode === m.id ? 'active' : ''} title={m.title} data-testid={`graph-mode-${m.id}`} onClick={() => props.onMode(m.id)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}
