import type { ComponentType } from 'react';
import { GraphView } from './features/graph/GraphView';
import { LiveView } from './features/live/LiveView';
import { PostsView } from './features/posts/PostsView';
import { CasesView } from './features/cases/CasesView';
import { CustomersView } from './features/customers/CustomersView';
import { SourcesView } from './features/sources/SourcesView';
import { ReportsView } from './features/reports/ReportsView';

/** A view of the workstation: its tab and, once built, its screen. */
export interface ViewDef {
  id: string;
  label: string;
  Component?: ComponentType;
}

/** The views in tab order. Each feature issue fills in its screen. */
export const VIEWS: ViewDef[] = [
  { id: 'posts', label: 'Posts', Component: PostsView },
  { id: 'live', label: 'Live', Component: LiveView },
  { id: 'graph', label: 'Graph', Component: GraphView },
  { id: 'cases', label: 'Cases', Component: CasesView },
  { id: 'customers', label: 'Customers', Component: CustomersView },
  { id: 'reports', label: 'Reports', Component: ReportsView },
  { id: 'sources', label: 'Sources', Component: SourcesView },
];
