import type { WeeklyReport } from '../../../../shared/domain/report';
import { escapeHtml } from './escapeHtml';
import { reportFooter, reportHeader } from './reportHeader';
import { REPORT_CSS } from './reportStyles';
import { sentimentSection, topicsSection, volumeSection } from './sectionsActivity';
import { channelsSection, siteSharesSection } from './sectionsChannels';
import { alertsSection, persistenceSection, reachSection } from './sectionsPeople';
import { casesSection, responseSection } from './sectionsService';

/** The sections in the order of the issue; each is a pure function of the report. */
const SECTIONS: ((r: WeeklyReport) => string)[] = [
  volumeSection,
  sentimentSection,
  topicsSection,
  responseSection,
  casesSection,
  persistenceSection,
  reachSection,
  alertsSection,
  channelsSection,
  siteSharesSection,
];

/**
 * The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script, no
 * external URL (the CSP forbids loading anything), so it opens offline and prints as it shows.
 * Every text value from the data goes through {@link escapeHtml}.
 */
export function renderReportHtml(r: WeeklyReport, onSection?: (done: number, total: number) => void): string {
  const body: string[] = [];
  SECTIONS.forEach((render, i) => {
    body.push(render(r));
    onSection?.(i + 1, SECTIONS.length);
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Listening Post ${escapeHtml(r.provenance.appVersion)}">
<title>Weekly review ${escapeHtml(r.range.label)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${reportHeader(r)}
<main>
${body.join('\n')}
</main>
${reportFooter(r)}
</body>
</html>
`;
}
