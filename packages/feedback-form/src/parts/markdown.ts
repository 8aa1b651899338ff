import {html} from 'lit';
import {renderInline, renderMarkdown} from '@careloop/core';
import type {FormItem} from '../questionnaire/model.js';

/**
 * An item's rendering-markdown, without ever parsing HTML (core's Markdown subset): a
 * display text as paragraphs and lists, a question's words inline, since they are the
 * label or legend of its control.
 */
export const renderWords = ({type, markdown}: FormItem): unknown =>
  !markdown ? undefined : type === 'display' ? renderMarkdown(markdown) : html`${renderInline(markdown)}`;
