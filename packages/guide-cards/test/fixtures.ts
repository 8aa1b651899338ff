/** Feed items for the guide-cards tests, close to what hospitals publish. */
export const GUIDE = {
  id: 'working-groups',
  kind: 'guide',
  title: 'Bringing patient resources into working groups',
  summary:
    'A practical guide for families and teams.\n\n- Before the first meeting\n- **During** the work\n- After: tell people what changed',
  url: '/guides/working-groups',
  audience: ['families', 'professionals'],
  themes: ['Partnership', 'Co-design'],
  format: 'pdf',
  languages: ['en', 'fr'],
  readingMinutes: 12,
  updated: '2026-03-01',
  coCreatedWith: ['Family partners committee'],
  download: {url: '/files/working-groups.pdf', type: 'application/pdf', bytes: 1_250_000},
  image: {src: '/packages/guide-cards/test/fixtures/card.svg', alt: 'Parents and staff around a table'},
};

export const PROJECT = {
  id: 'ostfold-network',
  kind: 'project',
  title: 'Learning network: good patient pathways for older and chronically ill people',
  lang: 'en-GB',
  summary: 'Municipalities and the hospital work together, built on *What matters to you?*',
  url: '/projects/ostfold',
  themes: ['Patient pathways'],
  languages: ['nb'],
  lead: 'Wenche Hansen',
  organisation: 'USHT Østfold',
  region: 'Østfold',
  status: 'ongoing',
  start: '2018-11-01',
  end: '2020-04-30',
  goals: ['Culture change towards "What matters to you?"', 'Standard pathways adapted to local conditions'],
  partners: ['KS', 'Folkehelseinstituttet', 'Sykehuset Østfold'],
  progressUrl: '/projects/ostfold/progress',
  updated: '2020-03-10',
};

export const CHANGE = {
  id: 'visiting-hours',
  kind: 'change',
  title: 'Visiting hours on the children’s ward',
  youSaid: 'Parents told us evening visits ended before they could get there after work.',
  weDid: 'Visiting now runs until 20:00, and one parent can stay overnight.',
  service: 'Children’s ward',
  date: '2026-01-15',
};

/** A feed of `count` generated guides, for paging and searching. */
export function manyGuides(count: number): Record<string, unknown>[] {
  const audiences = ['patients', 'families', 'carers', 'professionals'];
  return Array.from({length: count}, (_, i) => ({
    id: `g${i + 1}`,
    title: `Guide number ${i + 1}`,
    summary: i % 10 === 0 ? 'About équipe work' : 'About something else',
    url: `/guides/${i + 1}`,
    audience: [audiences[i % 4]],
    themes: [i % 2 ? 'Evaluation' : 'Partnership'],
    languages: [i % 3 ? 'en' : 'fr'],
    updated: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
  }));
}
