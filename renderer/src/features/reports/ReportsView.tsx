import { useEffect, useMemo, useState } from 'react';
import { ExportDialog } from './ExportDialog';
import { FreezeDialog } from './FreezeDialog';
import { Progress } from './Progress';
import { ReportBody } from './ReportBody';
import { browserTimeZone, defaultWeek, requestOf, todayIn, type ReportForm } from './reportQuery';
import { ReportToolbar, type ReportPanel } from './ReportToolbar';
import { SchedulePanel } from './SchedulePanel';
import { useReport, useReportContext } from './useReport';
import './reports.css';

/** The weekly review: pick a week or range and read (export, freeze, schedule) the report. */
export function ReportsView() {
  const context = useReportContext();
  const [form, setForm] = useState<ReportForm | null>(null);
  const [panel, setPanel] = useState<ReportPanel>(null);
  useEffect(() => {
    if (form || context.posts === undefined) return;
    const timeZone = browserTimeZone();
    const today = todayIn(timeZone);
    setForm({ mode: 'week', week: defaultWeek(context.posts, Date.now(), timeZone), fromDate: today, toDate: today, timeZone, siteId: null, includePii: false });
  }, [form, context.posts]);
  const asked = useMemo(() => (form ? requestOf(form) : null), [form]);
  const request = asked?.ok ? asked.request : null;
  const { report, error, loading, progress } = useReport(request);
  return (
    <section className="view reports-view" data-testid="reports-view">
      {form && <ReportToolbar form={form} sites={context.sites} panel={panel} onChange={setForm} onPanel={setPanel} />}
      {panel === 'export' && <ExportDialog request={request} onClose={() => setPanel(null)} />}
      {panel === 'freeze' && <FreezeDialog request={request} onClose={() => setPanel(null)} />}
      {panel === 'schedule' && <SchedulePanel defaultZone={form?.timeZone ?? browserTimeZone()} onClose={() => setPanel(null)} />}
      {asked && !asked.ok && <div className="error-banner" role="alert" data-testid="report-error">{asked.error}</div>}
      {asked?.ok && error && <div className="error-banner" role="alert" data-testid="report-error">{error}</div>}
      <div className="report-scroll">
        {(loading || !form) && <Progress what={form ? 'Computing the report' : 'Finding the last week with data'} progress={progress} testId="report-loading" />}
        {report && asked?.ok && !error && (
          <div className={loading ? 'stale' : ''} aria-busy={loading}>
            <ReportBody report={report} readOnly={!!context.info?.readOnly} />
          </div>
        )}
      </div>
    </section>
  );
}
