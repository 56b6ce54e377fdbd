import { useState } from 'react';
import type { ReplyKit, ReplyText } from '../../../../shared/domain/case';
import { call } from '../../api/client';

type Apply = (r: { ok: true; value: ReplyKit } | { ok: false; error: { message: string } }) => boolean;

const blank = { kind: 'template' as ReplyText['kind'], name: '', body: '' };

/** Adds, edits and deletes templates and knowledge-base snippets ({{author}}, {{agent}}, {{brand}}, {{site}}, {{case}}, {{incident}}). */
export function ReplyTextsEditor(props: { texts: ReplyText[]; apply: Apply }) {
  const [id, setId] = useState<number | null>(null);
  const [draft, setDraft] = useState(blank);
  const pick = (value: string): void => {
    const t = props.texts.find((x) => x.id === Number(value));
    setId(t ? t.id : null);
    setDraft(t ? { kind: t.kind, name: t.name, body: t.body } : blank);
  };
  const save = async (): Promise<void> => {
    if (props.apply(await call('cases.saveReplyText', id === null ? draft : { ...draft, id }))) pick('');
  };
  const remove = async (): Promise<void> => {
    if (id !== null && props.apply(await call('cases.deleteReplyText', { id }))) pick('');
  };
  return (
    <div className="texts-editor" data-testid="reply-texts-editor">
      <div className="composer-row">
        <select aria-label="Edit which" value={id ?? ''} onChange={(e) => pick(e.target.value)}>
          <option value="">New…</option>
          {props.texts.map((t) => <option key={t.id} value={t.id}>{t.kind}: {t.name}</option>)}
        </select>
        <select aria-label="Kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ReplyText['kind'] })}>
          <option value="template">template</option>
          <option value="snippet">snippet</option>
        </select>
        <input aria-label="Name" placeholder="name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </div>
      <textarea aria-label="Body" rows={3} value={draft.body} placeholder="Text with {{author}}, {{agent}}, {{brand}}…" onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
      <div className="composer-row">
        <span className="spacer" />
        {id !== null && <button type="button" onClick={() => void remove()}>Delete</button>}
        <button type="button" onClick={() => void save()}>{id === null ? 'Add' : 'Save'}</button>
      </div>
    </div>
  );
}
