import { useState } from 'react';
import type { Req } from '../../../../shared/contract/api';

/** Uploads above this go by path: the browser-served mode takes request bodies up to 1 MB. */
const MAX_UPLOAD = 1_000_000;

/** Train a topic model from a CSV: a path on this machine or an uploaded file, and its text and label columns. */
export function TopicModelTrainForm(props: { busy: boolean; onTrain(req: Req<'topics.train'>): void }) {
  const [file, setFile] = useState('');
  const [upload, setUpload] = useState<{ name: string; text: string } | null>(null);
  const [textColumn, setTextColumn] = useState('text');
  const [labelColumn, setLabelColumn] = useState('reason');
  const [problem, setProblem] = useState<string | null>(null);
  const pick = async (f: File | undefined): Promise<void> => {
    setProblem(null);
    if (!f) return setUpload(null);
    if (f.size > MAX_UPLOAD) return setProblem(`${f.name} is larger than 1 MB: give its path instead`);
    setUpload({ name: f.name, text: await f.text() });
  };
  const submit = (): void => {
    const cols = { textColumn: textColumn.trim(), labelColumn: labelColumn.trim() };
    props.onTrain(upload ? { csv: upload.text, fileName: upload.name, ...cols } : { file: file.trim(), ...cols });
  };
  return (
    <div className="topic-train" data-testid="topic-train">
      <label>
        <span className="field-label">CSV path</span>
        <input data-testid="topic-train-file" value={file} disabled={upload !== null} placeholder="/path/to/labelled.csv" onChange={(e) => setFile(e.target.value)} />
      </label>
      <label>
        <span className="field-label">or upload</span>
        <input type="file" accept=".csv,text/csv" data-testid="topic-train-upload" onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      <label>
        <span className="field-label">Text column</span>
        <input data-testid="topic-train-text" value={textColumn} onChange={(e) => setTextColumn(e.target.value)} />
      </label>
      <label>
        <span className="field-label">Label column</span>
        <input data-testid="topic-train-label" value={labelColumn} onChange={(e) => setLabelColumn(e.target.value)} />
      </label>
      <button type="button" className="primary" data-testid="topic-train-run" disabled={props.busy || (!upload && !file.trim())} onClick={submit}>
        {props.busy ? 'Training…' : 'Train and measure'}
      </button>
      {problem && <span className="error-text">{problem}</span>}
    </div>
  );
}
