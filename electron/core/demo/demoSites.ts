import type { DemoSite } from './demoModel';

/** The company's handle on each demo site. */
export const COMPANY = { twitter: 'AcmeAirHelp', page: 'AcmeAir', forum: 'AcmeAir_Team' } as const;

/** Followers the company account shows on the microblog. */
export const COMPANY_FOLLOWERS = 84_000;

const none = { keywords: [], brands: [], exclude: [], languages: [] };

/** The five demo sites: a microblog, the company's own page, a forum, a rant site and trade news. */
export const DEMO_SITES: DemoSite[] = [
  {
    name: 'twitter',
    kind: 'microblog',
    policy: 'respond',
    rating: 4,
    notes: 'Main care channel, staffed 07:00-20:00 UTC.',
    urlPattern: 'https://twitter.example/*',
    filters: { ...none, brands: ['Acme', '@AcmeAirHelp'], exclude: ['crypto', 'giveaway'] },
    companyHandles: [COMPANY.twitter],
  },
  {
    name: 'acme-page',
    kind: 'own-page',
    policy: 'respond',
    rating: null,
    notes: 'Our own page; comments are answered by the social team.',
    urlPattern: 'https://facebook.example/acmeair/*',
    filters: none,
    companyHandles: [COMPANY.page],
  },
  {
    name: 'travel-forum',
    kind: 'forum',
    policy: 'respond',
    rating: 3,
    notes: 'Big independent forum. Answer with the team account; never argue in threads.',
    urlPattern: 'https://travel-forum.example/t/*',
    filters: { ...none, exclude: ['crypto'] },
    companyHandles: [COMPANY.forum],
  },
  {
    name: 'rantboard',
    kind: 'review',
    policy: 'never-respond',
    rating: 1,
    notes: 'Rant site: monitor only, replies there make it worse.',
    urlPattern: 'https://rantboard.example/r/*',
    filters: none,
    companyHandles: [],
  },
  {
    name: 'travel-news',
    kind: 'news',
    policy: 'monitor-only',
    rating: 4,
    notes: 'Trade press.',
    urlPattern: 'https://travel-news.example/*',
    filters: { ...none, brands: ['Acme'] },
    companyHandles: [],
  },
];
