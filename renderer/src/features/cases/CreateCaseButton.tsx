import { useState, type MouseEvent } from 'react';
import { call } from '../../api/client';
import { readAgentName } from './useCaseBoard';
import { requestOpenCase } from './openCase';
import './cases.css';

/** "Create case" on a post: opens (or finds) the case of the post's conversation in one action. */
export function CreateCaseButton(props: { postId: number }) {
  const [state, setState] = useState<{ caseId: number; created: boolean } | { error: string } | null>(null);
  const stop = (e: MouseEvent): void => e.stopPropagation();
  const create = async (e: MouseEvent): Promise<void> => {
    e.stopPropagation();
    const r = await call('cases.createFromPost', { postId: props.postId, by: readAgentName() });
    setState(r.ok ? { caseId: r.value.card.id, created: r.value.created } : { error: r.error.message });
  };
  if (state && 'caseId' in state) {
    return (
      <a
        className="case-link"
        data-testid="post-case-link"
        href="#/cases"
        onClick={(e) => {
          stop(e);
          requestOpenCase(state.caseId);
        }}
      >
        {state.created ? 'Case' : 'Already case'} #{state.caseId} →
      </a>
    );
  }
  return (
    <button type="button" className="create-case" data-testid="post-create-case" onClick={(e) => void create(e)} onKeyDown={(e) => e.stopPropagation()} title={state && 'error' in state ? state.error : 'Open a case for this conversation'}>
      {state && 'error' in state ? 'Case failed — retry' : 'Create case'}
    </button>
  );
}
