import { TIME_FORMATS, type ColumnMapping } from '../../../../shared/domain/importMapping';
import type { FilePreview } from '../../../../shared/domain/importMapping';
import { FilePreviewTable } from '../../components/FilePreviewTable';

type ColumnField = 'id' | 'author' | 'createdAt' | 'text' | 'siteColumn' | 'inReplyTo' | 'url' | 'authorFollowers' | 'authorIsCompany' | 'lang' | 'authorLocation';

const FIELDS: { key: ColumnField; label: string; required?: boolean }[] = [
  { key: 'id', label: 'Post id', required: true },
  { key: 'author', label: 'Author', required: true },
  { key: 'createdAt', label: 'Time', required: true },
  { key: 'text', label: 'Text', required: true },
  { key: 'siteColumn', label: 'Site column' },
  { key: 'inReplyTo', label: 'Replies to (id)' },
  { key: 'url', label: 'URL' },
  { key: 'authorFollowers', label: 'Followers' },
  { key: 'authorIsCompany', label: 'Company account (yes/no)' },
  { key: 'lang', label: 'Language' },
  { key: 'authorLocation', label: 'Author location' },
];

/** Maps the columns of a file to post fields, with the first rows shown as text for reference. */
export function MappingDialog(props: { preview: FilePreview; mapping: ColumnMapping; saveAs: string; onChange(m: ColumnMapping): void; onSaveAs(name: string): void }) {
  const { preview, mapping: m } = props;
  const set = (patch: Partial<ColumnMapping>): void => props.onChange({ ...m, ...patch });
  return (
    <div className="mapping" data-testid="mapping-dialog">
      <h4>Map columns</h4>
      <FilePreviewTable header={preview.header} rows={preview.rows} />
      <div className="mapping-fields">
        {FIELDS.map((f) => (
          <label key={f.key} className="field">
            <span className="field-label">{f.label}{f.required ? ' *' : ''}</span>
            <select data-testid={`map-${f.key}`} value={m[f.key] ?? ''} onChange={(e) => set({ [f.key]: e.target.value || (f.required ? '' : null) })}>
              <option value="">{f.required ? 'choose…' : 'none'}</option>
              {preview.header.map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
          </label>
        ))}
        <label className="field">
          <span className="field-label">Site name (when no site column)</span>
          <input data-testid="map-siteValue" value={m.siteValue ?? ''} onChange={(e) => set({ siteValue: e.target.value || null })} />
        </label>
        <label className="field">
          <span className="field-label">Time format</span>
          <select data-testid="map-timeFormat" value={m.timeFormat} onChange={(e) => set({ timeFormat: e.target.value as ColumnMapping['timeFormat'] })}>
            {TIME_FORMATS.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" data-testid="map-decode" checked={m.decodeEntities} onChange={(e) => set({ decodeEntities: e.target.checked })} /> Decode HTML entities (&amp;amp;)
        </label>
        <label className="field">
          <span className="field-label">Save this mapping as a preset (optional)</span>
          <input data-testid="map-saveAs" value={props.saveAs} placeholder="e.g. helpdesk-export" onChange={(e) => props.onSaveAs(e.target.value)} />
        </label>
      </div>
    </div>
  );
}
