import type { CrossValidationReport } from '../../../../shared/domain/sentiment';

/** Cross-validated figures of a model: macro-F1, accuracy, folds and the confusion matrix. */
export function CvReport(props: { cv: CrossValidationReport }) {
  const { cv } = props;
  return (
    <div className="cv-report" data-testid="cv-report">
      <p>
        {cv.folds}-fold cross-validated macro-F1 <b data-testid="cv-macro-f1">{cv.macroF1.toFixed(3)}</b> · accuracy {cv.accuracy.toFixed(3)} ·{' '}
        {cv.examples} examples ({cv.fromCorrections} corrections, {cv.fromFile} from file)
      </p>
      <p className="muted">Per fold: {cv.foldMacroF1.map((f) => f.toFixed(3)).join(' · ')}</p>
      <table className="confusion">
        <thead>
          <tr>
            <th>actual \ predicted</th>
            {cv.confusion.labels.map((l) => <th key={l}>{l}</th>)}
          </tr>
        </thead>
        <tbody>
          {cv.confusion.counts.map((row, i) => (
            <tr key={cv.confusion.labels[i]}>
              <th>{cv.confusion.labels[i]}</th>
              {row.map((n, j) => <td key={j} className={i === j ? 'hit' : undefined}>{n}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
