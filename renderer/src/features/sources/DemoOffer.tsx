import { useState } from 'react';
import { call } from '../../api/client';
import { formatCount } from '../../format';
import './sources.css';

/** Offers the seeded demo data on an empty database ("Explore with demo data"). */
export function DemoOffer() {
  const [state, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const [message, setMessage] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    setState('loading');
    const r = await call('demo.load', {});
    setState(r.ok ? 'done' : 'idle');
    setMessage(r.ok ? `Loaded ${formatCount(r.value.imported)} demo posts on ${r.value.sites} sites.` : r.error.message);
  };

  return (
    <div className="demo-offer">
      <button type="button" className="primary" data-testid="demo-load" disabled={state !== 'idle'} onClick={() => void load()}>
        {state === 'loading' ? 'Generating demo data…' : 'Explore with demo data'}
      </button>
      <p className="muted">A few weeks of generated posts about the fictional Acme Air across five sites. Nothing leaves this machine.</p>
      {message && <p role="status" data-testid="demo-status">{message}</p>}
    </div>
  );
}
