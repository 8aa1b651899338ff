// Type-checked by the example's build (tsc --noEmit), never bundled: Careloop's typings
// must accept what the elements take and refuse what they do not.
import type {} from '@careloop/react/jsx.js';
import {FeedbackForm, GuideList} from '@careloop/react';

export const accepted = [
  <cl-guide-list items={[]} pageSize={6} oncl-filter-change={(e) => e.detail.count} />,
  <GuideList items={[]} onFilterChange={(e) => e.detail.query} />,
  <FeedbackForm preset="fft" onSubmit={(e) => e.detail.kind} onError={(e) => e.detail.code} />,
];

export const refused = [
  // @ts-expect-error headingLevel is a number
  <cl-consent-prompt headingLevel="three" />,
  // @ts-expect-error the list has no such property
  <cl-guide-list itemz={[]} />,
  // @ts-expect-error an envelope has no such field
  <FeedbackForm onSubmitted={(e) => e.detail.envelope.nope} />,
  // @ts-expect-error the detail of cl-error is typed
  <cl-feedback-form oncl-error={(e) => e.detail.nope} />,
];
