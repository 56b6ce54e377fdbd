import { CONTACT_TIME_FORMATS, type ContactColumnMapping, type ContactFilePreview } from '../../../../shared/domain/contactImport';
import { FilePreviewTable } from '../../components/FilePreviewTable';

type ColumnField = Exclude<keyof ContactColumnMapping, 'timeFormat'>;

const GROUPS: { title: string; fields: { key: ColumnField; label: string; required?: boolean }[] }[] = [
  {
    title: 'Customer',
    fields: [
      { key: 'customerKey', label: 'Customer id' },
      { key: 'name', label: 'Name' },
      { key: 'email', label: 'E-mail' },
      { key: 'phone', label: 'Phone' },
      { key: 'handles', label: 'Social handles' },
      { key: 'location', label: 'Location' },
    ],
  },
  {
    title: 'Contact',
    fields: [
      { key: 'contactId', label: 'Contact id', required: true },
      { key: 'at', label: 'Time' },
      { key: 'channel', label: 'Channel' },
      { key: 'agent', label: 'Agent' },
      { key: 'reason', label: 'Reason' },
      { key: 'outcome', label: 'Outcome' },
    ],
  },
  {
    title: 'Incident',
    fields: [
      { key: 'incidentId', label: 'Incident id' },
      { key: 'incidentTitle', label: 'Title' },
      { key: 'incidentStatus', label: 'Status' },
      { key: 'incidentOpened', label: 'Opened' },
      { key: 'incidentClosed', label: 'Closed' },
    ],
  },
];

/**
 * Maps the columns of a helpdesk export to customer, contact and incident fields, with the first
 * rows shown as text; the mapping can be saved as a named preset (also usable from the CLI).
 */
export function ContactMappingDialog(props: {
  preview: ContactFilePreview;
  mapping: ContactColumnMapping;
  saveAs: string;
  onChange(m: ContactColumnMapping): void;
  onSaveAs(name: string): void;
}) {
  const { preview, mapping: m } = props;
  const set = (patch: Partial<ContactColumnMapping>): void => props.onChange({ ...m, ...patch });
  return (
    <div className="mapping" data-testid="contact-mapping-dialog">
      <h4>Map columns</h4>
      {GROUPS.map((g) => (
        <fieldset key={g.title} className="mapping-group">
          <legend>{g.title}</legend>
          <div className="mapping-fields">
            {g.fields.map((f) => (
              <label key={f.key} className="field">
                <span className="field-label">{f.label}{f.required ? ' *' : ''}</span>
                <select data-testid={`cmap-${f.key}`} value={m[f.key] ?? ''} onChange={(e) => set({ [f.key]: e.target.value || (f.required ? '' : null) })}>
                  <option value="">{f.required ? 'choose…' : 'none'}</option>
                  {preview.header.map((h) => <option key={h} value={h}>{h}</option>)}
                </select>
              </label>
            ))}
            {g.title === 'Contact' && (
              <label className="field">
                <span className="field-label">Time format (also for incident times)</span>
                <select data-testid="cmap-timeFormat" value={m.timeFormat} onChange={(e) => set({ timeFormat: e.target.value as ContactColumnMapping['timeFormat'] })}>
                  {CONTACT_TIME_FORMATS.map((t) => <option key={t} value={t}>{t}</option>)}
                </select>
              </label>
            )}
          </div>
        </fieldset>
      ))}
      <label className="field">
        <span className="field-label">Save this mapping as a preset (optional; the CLI can use it too: import-contacts --preset NAME)</span>
        <input data-testid="cmap-saveAs" value={props.saveAs} placeholder="e.g. acme-helpdesk" onChange={(e) => props.onSaveAs(e.target.value)} />
      </label>
      <FilePreviewTable header={preview.header} rows={preview.rows} />
    </div>
  );
}
