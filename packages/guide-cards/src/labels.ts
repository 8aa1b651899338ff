import {msg} from '@lit/localize';
import {formatAutonym} from '@careloop/core';
import type {Audience, FilterKey, GuideFormat, GuideKind, ProjectStatus, SortOrder} from './guide.types.js';

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'patients':
      return msg('Patients', {id: 'guide.audience.patients'});
    case 'families':
      return msg('Families', {id: 'guide.audience.families'});
    case 'carers':
      return msg('Carers', {id: 'guide.audience.carers'});
    case 'professionals':
      return msg('Professionals', {id: 'guide.audience.professionals'});
  }
}

export function formatLabel(format: GuideFormat): string {
  switch (format) {
    case 'pdf':
      return msg('PDF document', {id: 'guide.format.pdf'});
    case 'web':
      return msg('Web page', {id: 'guide.format.web'});
    case 'video':
      return msg('Video', {id: 'guide.format.video'});
    case 'print':
      return msg('Printed booklet', {id: 'guide.format.print'});
  }
}

export function kindLabel(kind: GuideKind): string {
  switch (kind) {
    case 'guide':
      return msg('Guide', {id: 'guide.kind.guide'});
    case 'project':
      return msg('Project', {id: 'guide.kind.project'});
    case 'change':
      return msg('You said, we did', {id: 'guide.kind.change'});
  }
}

export function statusLabel(status: ProjectStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned', {id: 'guide.status.planned'});
    case 'ongoing':
      return msg('Ongoing', {id: 'guide.status.ongoing'});
    case 'completed':
      return msg('Completed', {id: 'guide.status.completed'});
  }
}

export function sortLabel(order: SortOrder): string {
  switch (order) {
    case 'newest':
      return msg('Newest first', {id: 'guide-list.sort.newest'});
    case 'title':
      return msg('Title (A to Z)', {id: 'guide-list.sort.title'});
  }
}

export function filterLabel(key: FilterKey): string {
  switch (key) {
    case 'audience':
      return msg('For', {id: 'guide-list.filter.audience'});
    case 'theme':
      return msg('Theme', {id: 'guide-list.filter.theme'});
    case 'kind':
      return msg('Type', {id: 'guide-list.filter.kind'});
    case 'status':
      return msg('Status', {id: 'guide-list.filter.status'});
    case 'language':
      return msg('Language', {id: 'guide-list.filter.language'});
    case 'format':
      return msg('Format', {id: 'guide-list.filter.format'});
  }
}

/** How a filter value is shown: translated where it is one of ours, as given otherwise. */
export function filterValueLabel(key: FilterKey, value: string): string {
  switch (key) {
    case 'audience':
      return audienceLabel(value as Audience);
    case 'kind':
      return kindLabel(value as GuideKind);
    case 'status':
      return statusLabel(value as ProjectStatus);
    case 'format':
      return formatLabel(value as GuideFormat);
    case 'language':
      // Each language in its own words, as language pickers do: "français", "svenska".
      return formatAutonym(value);
    case 'theme':
      return value;
  }
}

/** Types whose subtype does not read as a file type; others show their subtype (`application/pdf` → PDF). */
const FILE_TYPES: Record<string, string> = {
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
  'audio/mpeg': 'MP3',
};

/** A short, readable file type: `application/pdf` → `PDF`; a short name is kept as given. */
export function fileTypeLabel(type: string): string {
  const known = FILE_TYPES[type.toLowerCase()];
  if (known) return known;
  if (!type.includes('/')) return type;
  return type
    .split('/')[1]!
    .split(/[.+;-]/)[0]!
    .toUpperCase();
}
