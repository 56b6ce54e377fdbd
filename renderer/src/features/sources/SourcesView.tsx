import { useState } from 'react';
import type { Source } from '../../../../shared/domain/source';
import { EmptyState } from '../../components/EmptyState';
import { DemoOffer } from './DemoOffer';
import { FeedsPanel } from './FeedsPanel';
import { FoldersPanel } from './FoldersPanel';
import { ImportPanel } from './ImportPanel';
import { ImportsPanel } from './ImportsPanel';
import { QuarantinePanel } from './QuarantinePanel';
import { SourceForm } from './SourceForm';
import { draftOf, toggledInput, type SourceDraft } from './sourceFormat';
import { SourcesTable } from './SourcesTable';
import { TopicRulesPanel } from '../topics/TopicRulesPanel';
import { useSourcesData } from './useSourcesData';
import './sources.css';

/** The Sources view: the registry of sites with per-site figures, recent imports and the quarantine. */
export function SourcesView() {
  const data = useSourcesData();
  const [editing, setEditing] = useState<SourceDraft | null>(null);
  const [importing, setImporting] = useState(false);
  const [selectedImport, setSelectedImport] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const toggle = async (s: Source): Promise<void> => {
    const r = await data.save(toggledInput(s));
    setNotice(r.ok ? `${s.name} ${s.enabled ? 'disabled' : 'enabled'}` : r.message);
  };

  return (
    <section className="view sources-view" data-testid="sources-view">
      <div className="toolbar">
        <h2 className="view-title">Sources</h2>
        <span className="muted">{data.sources.length} sites</span>
        <span className="spacer" />
        {notice && <span className="muted" role="status" data-testid="sources-notice">{notice}</span>}
        <button type="button" data-testid="source-import" onClick={() => (setEditing(null), setImporting(true))}>Import file</button>
        <button type="button" className="primary" data-testid="source-add" onClick={() => (setImporting(false), setEditing(draftOf()))}>Add site</button>
      </div>
      {data.error && <div className="error-banner" role="alert">{data.error}</div>}
      <div className="sources-body">
        <div className="sources-main">
          {data.loaded && data.sources.length === 0 ? (
            <EmptyState title="No sites yet" testId="sources-empty">
              <p>Sites appear here when posts are imported, or add one to set its policy and relevance filters first.</p>
              <DemoOffer />
            </EmptyState>
          ) : (
            <SourcesTable sources={data.sources} figures={data.figures} onEdit={(s) => (setImporting(false), setEditing(draftOf(s)))} onToggle={(s) => void toggle(s)} />
          )}
          <h3 className="section-title">Topics / contact reasons</h3>
          <TopicRulesPanel />
          <h3 className="section-title">Feeds</h3>
          <FeedsPanel />
          <h3 className="section-title">Watched folders</h3>
          <FoldersPanel />
          <h3 className="section-title">Recent imports</h3>
          <ImportsPanel imports={data.imports} selected={selectedImport} onSelect={setSelectedImport} />
          <h3 className="section-title">Quarantine{selectedImport ? ` of import ${selectedImport}` : ''}</h3>
          <QuarantinePanel importId={selectedImport} version={data.imports.length + (data.imports[0]?.importId ?? 0)} />
        </div>
        {importing && (
          <aside className="sources-side wide">
            <ImportPanel onClose={() => setImporting(false)} />
          </aside>
        )}
        {editing && (
          <aside className="sources-side">
            <SourceForm
              key={editing.id ?? 'new'}
              initial={editing}
              onCancel={() => setEditing(null)}
              onSave={async (input) => {
                const r = await data.save(input);
                if (!r.ok) return r;
                setEditing(null);
                setNotice(`${r.value.source.name} saved: ${r.value.relevant} relevant, ${r.value.irrelevant} hidden`);
                return { ok: true };
              }}
            />
          </aside>
        )}
      </div>
    </section>
  );
}
