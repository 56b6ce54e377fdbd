import type { ComponentType } from 'react';
import { GraphView } from './features/graph/GraphView';
import { PostsView } from './features/posts/PostsView';
import { SourcesView } from './features/sources/SourcesView';

/** A view of the workstation: its tab and, once built, its screen. */
export interface ViewDef {
  id: string;
  label: string;
  Component?: ComponentType;
}

/** The views in tab order. Each feature issue fills in its screen. */
export const VIEWS: ViewDef[] = [
  { id: 'posts', label: 'Posts', Component: PostsView },
  { id: 'live', label: 'Live' },
  { id: 'graph', label: 'Graph', Component: GraphView },
  { id: 'cases', label: 'Cases' },
  { id: 'customers', label: 'Customers' },
  { id: 'reports', label: 'Reports' },
  { id: 'sources', label: 'Sources', Component: SourcesView },
];
