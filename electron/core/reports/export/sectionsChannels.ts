import type { WeeklyReport } from '../../../../shared/domain/report';
import { formatChange, formatCount, formatNet, formatShare } from './format';
import { htmlChart, htmlNote, htmlSection, htmlTable, num } from './htmlParts';
import { siteSharesOption } from './reportCharts';
import { renderSvgChart } from './svgChart';

/** Social versus traditional channels for the same (linked) customers. */
export function channelsSection(r: WeeklyReport): string {
  const rows = r.channels.map((c) => [
    c.channel,
    c.social ? 'social' : 'traditional',
    num(formatCount(c.volume.current)),
    num(formatChange(c.volume)),
    num(formatCount(c.customers)),
    num(formatNet(c.net)),
    num(formatShare(c.resolvedShare)),
    c.topReasons.map((t) => `${t.name} (${formatCount(t.count)})`).join('; '),
  ]);
  return htmlSection('channels', 'Social and traditional channels', [
    htmlTable(['Channel', 'Type', num('Volume'), num('Change'), num('Customers'), num('Net'), num('Resolved'), 'Top reasons'], rows),
    htmlNote('Customers with a confirmed identity link only: their posts by site and their contacts by channel. Contacts carry no sentiment.'),
  ]);
}

/** Share of the linked customers active in the period that were seen on each site. */
export function siteSharesSection(r: WeeklyReport): string {
  const rows = r.siteShares.map((s) => [s.site, num(formatCount(s.customers)), num(formatShare(s.share))]);
  const parts = [htmlNote(`${formatCount(r.activeCustomers)} linked customers were active in the period; a customer seen on several sites counts on each.`)];
  if (r.siteShares.length) parts.push(htmlChart(renderSvgChart('chart-shares', siteSharesOption(r.siteShares), 760, 40 + 28 * r.siteShares.length), 'Share of active customers seen on each site'));
  parts.push(htmlTable(['Site', num('Customers'), num('Share')], rows));
  return htmlSection('site-shares', 'Customers seen on each site', parts);
}
