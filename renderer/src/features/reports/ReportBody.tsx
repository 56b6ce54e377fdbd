import type { WeeklyReport } from '../../../../shared/domain/report';
import { AlertsTable } from './AlertsTable';
import { CasesSection } from './CasesSection';
import { ChannelsTable, SiteSharesTable } from './ChannelsSection';
import { ReasonsTable, TopicsTable } from './CountTables';
import { KpiTiles } from './KpiTiles';
import { PersistenceTable, ReachTable } from './PeopleTables';
import { DailyChart, SitesChart, TrendChart } from './ReportCharts';
import { ReportHeader } from './ReportHeader';
import { SitesTable } from './SitesTable';

/** Every section of a report, in the order of the exported HTML. */
export function ReportBody(props: { report: WeeklyReport; readOnly: boolean }) {
  const r = props.report;
  return (
    <article className="report" data-testid="report">
      <ReportHeader report={r} readOnly={props.readOnly} />
      <KpiTiles report={r} />
      <div className="report-grid">
        <DailyChart report={r} />
        <TrendChart report={r} />
        <SitesChart report={r} />
        <CasesSection report={r} />
        <SitesTable report={r} />
        <TopicsTable report={r} />
        <ReasonsTable report={r} />
        <PersistenceTable report={r} />
        <ReachTable report={r} />
        <AlertsTable report={r} />
        <SiteSharesTable report={r} />
        <ChannelsTable report={r} />
      </div>
    </article>
  );
}
