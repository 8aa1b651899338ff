import {CUSTOM_ELEMENTS_SCHEMA, Component, signal} from '@angular/core';
import type {CareloopSubmittedDetail, ConsentRecord} from 'careloop';

/**
 * A standalone component with Careloop's tags in its template: CUSTOM_ELEMENTS_SCHEMA lets
 * Angular accept them, `[config]` sets a property and `(cl-consent-change)` listens for
 * an event. The app is zoneless, so what it shows lives in signals.
 */
@Component({
  selector: 'careloop-example',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Tell us about your visit</h1>
      <cl-feedback-form
        preset="fft"
        endpoint="/api/submissions"
        service="outpatients"
        [headingLevel]="2"
        (cl-submitted)="submitted($event)"
      ></cl-feedback-form>
      <p role="status">{{ sent() ? 'Feedback received by the server: ' + sent() : '' }}</p>
      <h2>Staying in touch</h2>
      <cl-consent-prompt
        [config]="consent"
        endpoint="/api/submissions"
        [headingLevel]="3"
        (cl-consent-change)="consented($event)"
      ></cl-consent-prompt>
      <p role="status">{{ recorded() ? 'Consent recorded: ' + recorded() : '' }}</p>
    </main>
  `,
})
export class App {
  /** The consent configuration (checked by the element, which names what is wrong). */
  readonly consent = {
    policy: {id: 'riverside-involvement', version: '2026.1'},
    controller: 'Riverside Hospital, Patient Experience Team',
    retention: 'two years after your last contact with us, then deleted',
    purposes: [
      {id: 'future-involvement', title: 'Contact me about future involvement', required: false},
      {id: 'newsletter', title: 'Send me the involvement newsletter', required: false},
    ],
  };
  readonly sent = signal('');
  readonly recorded = signal('');

  /** Angular types a custom element's events as Event: each handler says which it is. */
  submitted(event: Event): void {
    this.sent.set((event as CustomEvent<CareloopSubmittedDetail>).detail.envelope.id);
  }

  consented(event: Event): void {
    const {decisions} = (event as CustomEvent<ConsentRecord>).detail;
    this.recorded.set(
      Object.entries(decisions)
        .map(([id, decision]) => `${id} ${decision}`)
        .join(', '),
    );
  }
}
