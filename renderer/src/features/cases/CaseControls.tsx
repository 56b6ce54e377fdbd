import { useEffect, useState, type FormEvent } from 'react';
import type { CaseCard, CaseColumn } from '../../../../shared/domain/case';
import type { CaseUpdateMethod, UpdateOutcome } from './useCaseBoard';
import type { Req } from '../../../../shared/contract/api';

type Update = <M extends CaseUpdateMethod>(method: M, req: Omit<Req<M>, 'by'>) => Promise<UpdateOutcome>;

/** A one-field form that saves on Enter or with its button. */
function FieldForm(props: { label: string; testId: string; value: string; placeholder: string; onSave: (v: string) => void }) {
  const [value, setValue] = useState(props.value);
  useEffect(() => setValue(props.value), [props.value]);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (value.trim() !== props.value) props.onSave(value);
  };
  return (
    <form className="field-form" onSubmit={submit}>
      <label>
        <span className="muted">{props.label}</span>
        <input data-testid={props.testId} value={value} placeholder={props.placeholder} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" disabled={value.trim() === props.value}>Save</button>
    </form>
  );
}

/** Column, assignee, incident link and "post removed" of one case; each change sends the version seen. */
export function CaseControls(props: { card: CaseCard; columns: CaseColumn[]; update: Update; onOutcome: (o: UpdateOutcome) => void }) {
  const c = props.card;
  const base = { caseId: c.id, version: c.version };
  const run = async (p: Promise<UpdateOutcome>): Promise<void> => props.onOutcome(await p);
  return (
    <div className="case-controls">
      <label className="field-form">
        <span className="muted">Column</span>
        <select data-testid="case-column-select" value={c.columnId} onChange={(e) => void run(props.update('cases.move', { ...base, columnId: Number(e.target.value) }))}>
          {props.columns.map((k) => (
            <option key={k.id} value={k.id}>{k.name}</option>
          ))}
        </select>
      </label>
      <FieldForm label="Assignee" testId="case-assignee-input" value={c.assignee ?? ''} placeholder="agent name" onSave={(v) => void run(props.update('cases.assign', { ...base, assignee: v || null }))} />
      <FieldForm label="Incident" testId="case-incident-input" value={c.incidentId ?? ''} placeholder="e.g. INC0000045" onSave={(v) => void run(props.update('cases.linkIncident', { ...base, incidentId: v || null }))} />
      {!c.post.removed && (
        <button type="button" className="link-button subtle" data-testid="case-mark-removed" title="The case stays; its text is kept and shown as removed" onClick={() => void run(props.update('cases.markPostRemoved', base))}>
          Mark the post as removed at the site
        </button>
      )}
    </div>
  );
}
