import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {checkbox, formatDate, renderMarkdown, requiredMark, selectField, textField} from '@careloop/core';
import type {ChoiceProblem, ConsentChoices} from './choices.js';
import {RELATIONSHIPS, type ConsentConfig, type Decision, type Relationship} from './consent-prompt.types.js';

function relationshipLabel(relationship: Relationship): string {
  switch (relationship) {
    case 'parent-or-guardian':
      return msg('Parent or guardian', {id: 'consent.relationship.parent'});
    case 'carer':
      return msg('Carer', {id: 'consent.relationship.carer'});
    case 'family-member':
      return msg('Family member', {id: 'consent.relationship.family'});
    case 'legal-representative':
      return msg('Legal representative', {id: 'consent.relationship.legal'});
    case 'other':
      return msg('Other', {id: 'consent.relationship.other'});
  }
}

export function requiredText(title: string): string {
  return msg(str`To continue, tick “${title}”`, {id: 'consent.error.required'});
}

/** What the person should do about a problem, GOV.UK style. */
export function problemText(problem: ChoiceProblem, config: ConsentConfig): string {
  if (problem === 'relationship')
    return msg('Choose how you are related to the person', {id: 'consent.error.relationship'});
  if (problem === 'person')
    return msg('Enter the name of the person you are deciding for', {id: 'consent.error.person'});
  return requiredText(config.purposes.find((p) => p.id === problem)?.title ?? problem);
}

/** Who processes the data, why, for how long and how to withdraw: part of the words the record keeps. */
export function renderNotice(config: ConsentConfig, publicRecord: boolean): TemplateResult {
  return html`<div class="notice" part="notice" data-shown>
    <p>${msg(str`Who processes your information: ${config.controller}.`, {id: 'consent.notice.controller'})}</p>
    <p>
      ${msg('Why: only for the purposes you agree to below. You decide about each one separately.', {id: 'consent.notice.why'})}
    </p>
    ${config.retention ? html`<p>${msg(str`How long it is kept: ${config.retention}.`, {id: 'consent.notice.retention'})}</p>` : nothing}
    <p>
      ${msg('You can change your mind at any time, here or by contacting us; withdrawing is as easy as agreeing.', {id: 'consent.notice.withdraw'})}
    </p>
    ${
      publicRecord
        ? html`<p class="notice__public">
            <strong
              >${msg('What you submit may become a public document: anyone can ask to read it, as the law on public records allows.', {id: 'consent.notice.public-record'})}</strong
            >
          </p>`
        : nothing
    }
    ${config.policy.url ? html`<p><a href=${config.policy.url}>${msg('Read the full privacy policy', {id: 'consent.notice.policy'})}</a></p>` : nothing}
  </div>`;
}

/** What the choice templates read from the element, and tell it. */
export interface ChoicesView {
  config: ConsentConfig;
  choices: ConsentChoices;
  problems: readonly ChoiceProblem[];
  /** A choice changed (the element checks again and fires `change`). */
  changed(): void;
}

/** One check box per purpose, none ticked until the person ticks it. */
export function renderPurposes(view: ChoicesView): TemplateResult {
  return html`<fieldset class="purposes">
    <legend>${msg('What do you agree to?', {id: 'consent.purposes'})}</legend>
    ${view.config.purposes.map((purpose) => {
      const id = `purpose-${purpose.id}`;
      const error = view.problems.includes(purpose.id) ? requiredText(purpose.title) : undefined;
      return html`<div class="purpose ${error ? 'purpose--error' : ''}" part="purpose">
        ${checkbox({
          id,
          label: html`<span data-shown>${purpose.title}${requiredMark(purpose.required)}</span>`,
          checked: view.choices.ticked.get(purpose.id) === true,
          error,
          describedBy: `${id}-description`,
          onChange: (checked) => {
            view.choices.ticked.set(purpose.id, checked);
            view.changed();
          },
        })}
        <div class="purpose__description" id="${id}-description" data-shown>${renderMarkdown(purpose.description)}</div>
      </div>`;
    })}
  </fieldset>`;
}

/** "Who is deciding?": oneself, or someone else's relationship and name. */
export function renderWho(view: ChoicesView): TemplateResult {
  const {choices} = view;
  const errorOf = (problem: ChoiceProblem) =>
    view.problems.includes(problem) ? problemText(problem, view.config) : undefined;
  const relationshipError = errorOf('relationship');
  const personError = errorOf('person');
  const set = (behalf: boolean) => () => {
    choices.onBehalf = behalf;
    view.changed();
  };
  return html`<fieldset class="who">
    <legend>${msg('Who is deciding?', {id: 'consent.who'})}</legend>
    <div class="option">
      <input id="for-self" type="radio" name="who" .checked=${!choices.onBehalf} @change=${set(false)} /><label
        for="for-self"
        >${msg('I am deciding for myself', {id: 'consent.who.self'})}</label
      >
    </div>
    <div class="option">
      <input id="for-other" type="radio" name="who" .checked=${choices.onBehalf} @change=${set(true)} /><label
        for="for-other"
        >${msg('I am deciding on behalf of someone else', {id: 'consent.who.other'})}</label
      >
    </div>
    ${
      choices.onBehalf
        ? html`<div class="who__details">
            ${selectField({
              id: 'relationship',
              label: msg('How are you related to them?', {id: 'consent.who.relationship'}),
              error: relationshipError,
              none: msg('Choose…', {id: 'consent.who.choose'}),
              options: RELATIONSHIPS.map((r) => ({value: r, label: relationshipLabel(r)})),
              value: choices.relationship,
              onChange: (value) => {
                choices.relationship = value as Relationship | '';
                view.changed();
              },
            })}
            ${textField({
              id: 'person-name',
              label: msg('Their name', {id: 'consent.who.person'}),
              error: personError,
              value: choices.personName,
              onInput: (value) => {
                choices.personName = value;
                view.changed();
              },
            })}
            ${textField({
              id: 'decider-name',
              label: msg('Your name (optional)', {id: 'common.name-optional'}),
              autocomplete: 'name',
              value: choices.deciderName,
              onInput: (value) => (choices.deciderName = value),
            })}
          </div>`
        : nothing
    }
  </fieldset>`;
}

/** Each purpose with "agreed" or "not agreed". */
export function renderChosen(config: ConsentConfig, decisions: Record<string, Decision>): TemplateResult {
  return html`<ul class="chosen">
    ${config.purposes.map(
      (p) =>
        html`<li>
          ${p.title}:
          <strong
            >${decisions[p.id] === 'granted' ? msg('agreed', {id: 'consent.agreed'}) : msg('not agreed', {id: 'consent.refused'})}</strong
          >
        </li>`,
    )}
  </ul>`;
}

/** The choices saved, with the delivery status and "Change my choices". */
export function renderDecided(
  config: ConsentConfig,
  decisions: Record<string, Decision>,
  at: string | undefined,
  status: unknown,
  change: () => void,
): TemplateResult {
  return html`<div class="decided" tabindex="-1">
    <p>
      ${at ? msg(str`Your choices, saved on ${formatDate(at)}:`, {id: 'consent.decided.at'}) : msg('Your choices:', {id: 'consent.decided'})}
    </p>
    ${renderChosen(config, decisions)} ${status}
    <button type="button" class="button button--secondary" @click=${change}>
      ${msg('Change my choices', {id: 'consent.change'})}
    </button>
  </div>`;
}

/** "This policy has changed since you last decided", with what changed. */
export function renderChanged(config: ConsentConfig, was: string): TemplateResult {
  const now = config.policy.version;
  return html`<div class="changed" role="note">
    <p>
      ${msg(str`This policy has changed since you last decided (version ${was}, now ${now}). Please choose again.`, {id: 'consent.changed'})}
    </p>
    ${config.policy.changes ? renderMarkdown(config.policy.changes) : nothing}
  </div>`;
}

/** Accept all and Decline all (when offered), Save, and in a dialog, Close without deciding. */
export function renderActions(
  offerAll: boolean,
  dialog: boolean,
  busy: boolean,
  decide: (all?: Decision) => void,
  close: () => void,
): TemplateResult {
  return html`<div class="actions">
    ${
      offerAll
        ? html`<button type="button" class="button" @click=${() => decide('granted')}>
              ${msg('Accept all', {id: 'consent.all.accept'})}
            </button>
            <button type="button" class="button" @click=${() => decide('refused')}>
              ${msg('Decline all', {id: 'consent.all.decline'})}
            </button>`
        : nothing
    }
    <button type="button" class="button" part="save" aria-disabled=${busy ? 'true' : nothing} @click=${() => decide()}>
      ${msg('Save my choices', {id: 'consent.save'})}
    </button>
    ${dialog ? html`<button type="button" class="button button--secondary" @click=${close}>${msg('Close without deciding', {id: 'consent.cancel'})}</button>` : nothing}
  </div>`;
}
