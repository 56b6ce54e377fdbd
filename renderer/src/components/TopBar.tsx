import type { ViewDef } from '../views';

/** The app's top bar: product name and one tab per view. */
export function TopBar(props: { views: ViewDef[]; current: string; onSelect: (id: string) => void }) {
  return (
    <header className="topbar">
      <div className="brand" aria-label="Listening Post">
        <span className="brand-mark" aria-hidden="true">◉</span> Listening Post
      </div>
      <nav className="tabs" aria-label="Views">
        {props.views.map((v) => (
          <button
            key={v.id}
            type="button"
            className={v.id === props.current ? 'tab active' : 'tab'}
            data-testid={`tab-${v.id}`}
            aria-current={v.id === props.current ? 'page' : undefined}
            disabled={!v.Component}
            title={v.Component ? v.label : `${v.label}: not in this build yet`}
            onClick={() => props.onSelect(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
    </header>
  );
}
