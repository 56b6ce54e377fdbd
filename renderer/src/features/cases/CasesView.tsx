import { useEffect, useState } from 'react';
import type { CaseCard } from '../../../../shared/domain/case';
import type { Site } from '../../../../shared/domain/site';
import { call } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { CaseBoardGrid } from './CaseBoardGrid';
import { CasePanel } from './CasePanel';
import { BoardFilters } from './BoardFilters';
import { ColumnsEditor } from './ColumnsEditor';
import { SlaEditor } from './SlaEditor';
import { TriageQueue } from './TriageQueue';
import { takeOpenCaseRequest } from './openCase';
import { readAgentName, saveAgentName, useCaseBoard, useNow } from './useCaseBoard';
import './cases.css';

/** The Cases view: the kanban board with filters, and the side panel of the open case. */
export function CasesView() {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [siteId, setSiteId] = useState<number | undefined>();
  const [assignee, setAssignee] = useState<string | undefined>();
  const [sites, setSites] = useState<Site[]>([]);
  const [agent, setAgent] = useState(readAgentName);
  const [selected, setSelected] = useState<number | null>(takeOpenCaseRequest);
  const [editing, setEditing] = useState<'columns' | 'sla' | null>(null);
  const [mode, setMode] = useState<'board' | 'triage'>('board');
  const [notice, setNotice] = useState<string | null>(null);
  const { board, error, update } = useCaseBoard({ query: query || undefined, siteId, assignee });
  const now = useNow();

  useEffect(() => {
    const t = setTimeout(() => setQuery(input), 200);
    return () => clearTimeout(t);
  }, [input]);
  useEffect(() => void call('sites.list', {}).then((r) => r.ok && setSites(r.value)), []);

  const move = async (card: CaseCard, columnId: number): Promise<void> => {
    const o = await update('cases.move', { caseId: card.id, version: card.version, columnId });
    setNotice(o.ok ? null : o.conflict ? `Case #${card.id} was changed in another window; the board now shows the latest. ${o.message}` : o.message);
  };

  return (
    <section className="view cases-view" data-testid="cases-view">
      <div className="toolbar">
        <h2 className="view-title">Cases</h2>
        <div className="view-switch" role="group" aria-label="Show">
          <button type="button" className={mode === 'board' ? 'on' : ''} aria-pressed={mode === 'board'} data-testid="show-board" onClick={() => setMode('board')}>Board</button>
          <button type="button" className={mode === 'triage' ? 'on' : ''} aria-pressed={mode === 'triage'} data-testid="show-triage" onClick={() => setMode('triage')}>Triage queue</button>
        </div>
        {mode === 'board' && <input type="search" className="search" placeholder="Search cases…" aria-label="Search cases" data-testid="case-search" value={input} onChange={(e) => setInput(e.target.value)} />}
        <select aria-label="Site" data-testid="case-site-filter" value={siteId ?? ''} onChange={(e) => setSiteId(e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
        {mode === 'board' && <BoardFilters board={board} assignee={assignee} onAssignee={setAssignee} />}
        <span className="spacer" />
        <label className="agent-name muted">
          You are
          <input aria-label="Your name" data-testid="agent-name" value={agent} onChange={(e) => setAgent(e.target.value)} onBlur={() => saveAgentName(agent)} />
        </label>
        <button type="button" onClick={() => setEditing('sla')} data-testid="edit-sla">SLA…</button>
        <button type="button" onClick={() => setEditing('columns')} data-testid="edit-columns">Columns…</button>
      </div>
      {(error || notice) && <div className="error-banner" role="alert" data-testid="board-notice">{error ?? notice}</div>}
      {editing === 'columns' && board && <ColumnsEditor columns={board.columns} onClose={() => setEditing(null)} />}
      {editing === 'sla' && <SlaEditor sites={sites} onClose={() => setEditing(null)} />}
      <div className="cases-body">
        <div className="cases-main">
          {mode === 'triage' ? (
            <TriageQueue siteId={siteId} />
          ) : board && board.total === 0 && !query && siteId === undefined && assignee === undefined ? (
            <EmptyState title="No cases yet">
              <p>Open the Posts view and press “Create case” on a post: one case per conversation.</p>
              <p className="muted">On the board: arrows move between cards, Shift+←/→ or 1–9 move a case, Enter opens it; or drag cards.</p>
            </EmptyState>
          ) : (
            board && <CaseBoardGrid board={board} now={now} selectedId={selected} onOpen={setSelected} onMove={(c, k) => void move(c, k)} />
          )}
        </div>
        {selected !== null && board && <CasePanel key={selected} caseId={selected} columns={board.columns} now={now} update={update} onClose={() => setSelected(null)} />}
      </div>
    </section>
  );
}
