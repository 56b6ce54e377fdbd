import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { ModelsPanel } from './ModelsPanel';

/** The models panel as a dialog over the workstation; Escape or the backdrop closes it. */
export function ModelsDialog(props: { onClose: () => void }) {
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return createPortal(
    <div className="dialog-backdrop" onClick={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label="Sentiment models" onClick={(e) => e.stopPropagation()}>
        <div className="dialog-head">
          <h3>Sentiment models</h3>
          <button type="button" className="link" data-testid="sentiment-models-close" onClick={onClose}>Close</button>
        </div>
        <ModelsPanel />
      </div>
    </div>,
    document.body,
  );
}
