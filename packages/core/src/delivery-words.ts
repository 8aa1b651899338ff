import {msg, str} from '@lit/localize';
import type {DeliveryStatus} from './outbox.js';

// The words of the delivery status line, needed only once a person has submitted.

/** Where the person's submission is, in words: sending, saved (or kept only while the page is open), sent, refused. */
export function deliveryText(status: DeliveryStatus): string {
  switch (status.state) {
    case 'sending':
      return msg('Sending…', {id: 'delivery.sending'});
    case 'queued':
      // Only what outlives the page may be called saved: memory is lost when the page closes.
      if (!status.durable)
        return status.reason === 'offline'
          ? msg('Kept only while this page is open. Keep it open: it will be sent when you are back online.', {
              id: 'delivery.offline.memory',
            })
          : msg(
              'Kept only while this page is open. The server could not be reached yet; keep this page open and it will be sent automatically.',
              {id: 'delivery.retrying.memory'},
            );
      return status.reason === 'offline'
        ? msg('Saved on this device. It will be sent when you are back online.', {id: 'delivery.offline'})
        : msg('Saved on this device. The server could not be reached yet; it will be sent automatically.', {
            id: 'delivery.retrying',
          });
    case 'sent':
      return msg('Sent.', {id: 'delivery.sent'});
    case 'failed':
      return msg(str`Your answers could not be sent. The server said: ${status.message}`, {id: 'delivery.failed'});
  }
}
