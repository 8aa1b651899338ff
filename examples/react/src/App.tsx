import {useState} from 'react';
import {FeedbackForm} from '@careloop/react';
// The tags themselves, typed for React 19's JSX (the wrappers above register the elements).
import type {} from '@careloop/react/jsx.js';
import type {ConsentRecord} from '@careloop/consent-prompt';

const consent = {
  policy: {id: 'riverside-involvement', version: '2026.1'},
  controller: 'Riverside Hospital, Patient Experience Team',
  retention: 'two years after your last contact with us, then deleted',
  purposes: [
    {id: 'future-involvement', title: 'Contact me about future involvement', required: false},
    {id: 'newsletter', title: 'Send me the involvement newsletter', required: false},
  ],
};

export function App() {
  const [sent, setSent] = useState<string>();
  const [record, setRecord] = useState<ConsentRecord>();
  return (
    <main>
      <h1>Tell us about your visit</h1>
      {/* The wrapper: properties as props, events as onSubmitted, onError… */}
      <FeedbackForm
        preset="fft"
        endpoint="/api/submissions"
        service="outpatients"
        headingLevel={2}
        onSubmitted={(event) => setSent(event.detail.envelope.id)}
      />
      <p role="status">{sent ? `Feedback received by the server: ${sent}` : ''}</p>
      <h2>Staying in touch</h2>
      {/* React 19 sets the properties of a custom element and listens for its events. */}
      <cl-consent-prompt
        config={consent}
        endpoint="/api/submissions"
        headingLevel={3}
        oncl-consent-change={(event) => setRecord(event.detail)}
      />
      <p role="status">
        {record
          ? `Consent recorded: ${Object.entries(record.decisions)
              .map(([id, d]) => `${id} ${d}`)
              .join(', ')}`
          : ''}
      </p>
    </main>
  );
}
