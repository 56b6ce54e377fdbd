import { useEffect, useState } from 'react';
import { StatusLine } from './components/StatusLine';
import { TopBar } from './components/TopBar';
import { VIEWS } from './views';

const viewFromHash = (): string => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return VIEWS.some((v) => v.id === id && v.Component) ? id : VIEWS[0].id;
};

/** The workstation window: top bar, current view, status line. */
export function App() {
  const [current, setCurrent] = useState(viewFromHash);
  useEffect(() => {
    const onHash = (): void => setCurrent(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const view = VIEWS.find((v) => v.id === current);
  const Screen = view?.Component;
  return (
    <div className="app">
      <TopBar views={VIEWS} current={current} onSelect={(id) => (window.location.hash = `#/${id}`)} />
      <main className="main">{Screen && <Screen />}</main>
      <StatusLine />
    </div>
  );
}
