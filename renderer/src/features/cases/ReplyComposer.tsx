import { useMemo, useState } from 'react';
import type { CaseCard } from '../../../../shared/domain/case';
import { checkReply } from '../../../../shared/policy/checkReply';
import { fillTemplate, listPlaceholders } from '../../../../shared/policy/template';
import { call } from '../../api/client';
import { ReplyChecks } from './ReplyChecks';
import { ReplyTextsEditor } from './ReplyTextsEditor';
import { readAgentName } from './useCaseBoard';
import { copyText, useReplyKit } from './useReplyKit';

/** Placeholder values a template can use on this case. */
function valuesOf(card: CaseCard, brand: string): Record<string, string | null> {
  return { author: card.post.author, agent: readAgentName(), brand, site: card.siteName, case: String(card.id), incident: card.incidentId };
}

/**
 * Writes a reply on a case: templates and snippets with placeholders, the site's policy (a
 * never-respond site cannot be answered, monitor-only needs an override reason), the pre-send
 * checks live as you type. Storing runs the same checks in core; nothing is sent, the agent copies
 * the stored text to the site.
 */
export function ReplyComposer(props: { card: CaseCard; onStored: (message: string) => void }) {
  const c = props.card;
  const { kit, error, apply } = useReplyKit();
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [brand, setBrand] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const speaksFor = brand ?? kit.brand;
  const result = useMemo(
    () => checkReply({ text, siteKind: c.siteKind, policy: c.sitePolicy, brand: speaksFor, override: reason.trim() ? { reason } : null }),
    [text, c.siteKind, c.sitePolicy, speaksFor, reason],
  );
  const unfilled = listPlaceholders(text).map((n) => `{{${n}}} still needs a value`);
  const templates = kit.texts.filter((t) => t.kind === 'template');
  const snippets = kit.texts.filter((t) => t.kind === 'snippet');

  if (c.sitePolicy === 'never-respond') {
    return <div className="composer blocked" data-testid="reply-composer" data-blocked="true">{c.siteName} is a never-respond site: replies are not allowed here.</div>;
  }
  const insertText = (body: string, append: boolean): void => {
    const filled = fillTemplate(body, valuesOf(c, speaksFor)).text;
    setText((t) => (append && t.trim() ? `${t.trimEnd()} ${filled}` : filled));
  };
  const store = async (): Promise<void> => {
    const r = await call('cases.reply', { caseId: c.id, version: c.version, text, overrideReason: reason.trim() || undefined, by: readAgentName() });
    if (!r.ok) return setStatus(r.error.message);
    const copied = await copyText(text);
    setText('');
    setStatus(null);
    props.onStored(copied ? 'Reply stored and copied: paste it on the site.' : 'Reply stored. Copy it from the list below and paste it on the site.');
  };
  return (
    <section className="composer" data-testid="reply-composer">
      <div className="composer-row">
        <select aria-label="Template" data-testid="reply-template" value="" onChange={(e) => e.target.value && insertText(kit.texts.find((t) => t.id === Number(e.target.value))?.body ?? '', false)}>
          <option value="">Template…</option>
          {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
        <select aria-label="Snippet" data-testid="reply-snippet" value="" onChange={(e) => e.target.value && insertText(kit.texts.find((t) => t.id === Number(e.target.value))?.body ?? '', true)}>
          <option value="">Insert snippet…</option>
          {snippets.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
        <button type="button" className="link-button" onClick={() => setEditing((v) => !v)}>{editing ? 'Done editing' : 'Edit…'}</button>
      </div>
      {editing && <ReplyTextsEditor texts={kit.texts} apply={apply} />}
      <label className="composer-brand muted">
        Speaking for
        <input data-testid="reply-brand" value={speaksFor} placeholder="company name" onChange={(e) => setBrand(e.target.value)} onBlur={() => brand !== null && void call('cases.saveBrand', { brand }).then(apply)} />
      </label>
      <textarea data-testid="reply-text" rows={5} value={text} placeholder="Write a reply…" aria-label="Reply" onChange={(e) => setText(e.target.value)} />
      {c.sitePolicy === 'monitor-only' && (
        <input data-testid="reply-override" value={reason} placeholder="Monitor-only site: reason for answering anyway" aria-label="Override reason" onChange={(e) => setReason(e.target.value)} />
      )}
      {text.trim() ? <ReplyChecks result={result} extra={unfilled} /> : <div className="muted small" data-testid="reply-checks" data-ok="false">Pre-send checks run as you type: length for {c.siteKind}, disclosure, selling language, private data, site policy.</div>}
      {(status ?? error) && <div className="error-banner" role="alert" data-testid="reply-error">{status ?? error}</div>}
      <div className="composer-row">
        <span className="muted small">Nothing is sent from here: store the reply, then paste it on the site.</span>
        <span className="spacer" />
        <button type="button" className="primary" data-testid="reply-store" disabled={!result.ok || unfilled.length > 0} onClick={() => void store()}>Store reply &amp; copy</button>
      </div>
    </section>
  );
}
