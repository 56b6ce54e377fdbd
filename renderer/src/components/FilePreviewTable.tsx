/** The header and first rows of a file being imported, as text (cells are untrusted, never HTML). */
export function FilePreviewTable(props: { header: string[]; rows: string[][]; testId?: string }) {
  return (
    <div className="mapping-preview" data-testid={props.testId}>
      <table className="grid compact">
        <thead>
          <tr>{props.header.map((h, j) => <th key={`${j}:${h}`}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            <tr key={i}>{props.header.map((h, j) => <td key={`${j}:${h}`}>{(row[j] ?? '').slice(0, 80)}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
