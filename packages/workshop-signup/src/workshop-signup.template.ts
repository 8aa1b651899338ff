import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  checkbox,
  choiceGroup,
  errorMessage,
  errorSummary,
  formatList,
  formatNumber,
  getCareloopLocale,
  heading,
  headingLevel,
  pluralCategory,
  renderMarkdown,
  selectField,
  textField,
} from '@careloop/core';
import {
  accessLabel,
  audienceLabel,
  daypartLabel,
  dietLabel,
  expenseLabel,
  formatLabel,
  paymentLabel,
  roleLabel,
  weekdayLabel,
} from './labels.js';
import type {SignupProblem} from './registration.js';
import {deadlinePassed, inFilters, monthOf, seatsLeft, upcoming, when, type Filters} from './schedule.js';
import {instantOf} from './time.js';
import {
  ACCESS_NEEDS,
  DAYPARTS,
  DIETS,
  EXPENSES,
  PAYMENT_PREFERENCES,
  ROLES,
  WEEKDAYS,
  WORKSHOP_AUDIENCES,
  WORKSHOP_FORMATS,
  type DraftList,
  type SignupDraft,
  type Workshop,
} from './workshop.types.js';

/** A focusable heading at the element's level (3 by default), so a list sits under the page's own h2. */
export const title = (level: number, content: unknown, cls: string) =>
  heading(headingLevel(level, 3), content, {cls, focusable: true});

// ----- the list ----------------------------------------------------------------------

export interface ListView {
  feed: readonly Workshop[];
  /** Show only this workshop (the `workshop-id` attribute): no filters then. */
  only: string | null;
  filters: Filters;
  /** The viewer's time zone, when the page sets one (a kiosk's). */
  timeZone: string | null;
  level: number;
  filter(key: keyof Filters, value: string): void;
  open(form: 'register' | 'interest', workshop?: Workshop): void;
}

function renderFilters(view: ListView, shown: readonly Workshop[]): TemplateResult {
  const months = [...new Set(shown.map(monthOf))].sort();
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(getCareloopLocale(), {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
      Date.parse(`${m}-15T12:00:00Z`),
    );
  const select = (key: keyof Filters, label: string, options: [string, string][]) =>
    selectField({
      id: `filter-${key}`,
      label,
      none: msg('All', {id: 'common.all'}),
      options: options.map(([value, text]) => ({value, label: text})),
      value: view.filters[key],
      onChange: (value) => view.filter(key, value),
    });
  return html`<div
    class="filters"
    part="filters"
    role="group"
    aria-label=${msg('Filter the workshops', {id: 'workshop.filters'})}
  >
    ${select(
      'audience',
      msg('For', {id: 'workshop.filter.audience'}),
      WORKSHOP_AUDIENCES.map((a) => [a, audienceLabel(a)]),
    )}
    ${select(
      'format',
      msg('Format', {id: 'workshop.filter.format'}),
      WORKSHOP_FORMATS.map((f) => [f, formatLabel(f)]),
    )}
    ${select(
      'month',
      msg('Month', {id: 'workshop.filter.month'}),
      months.map((m) => [m, monthName(m)]),
    )}
  </div>`;
}

/** One term and its value in a `<dl>` of facts. */
export function fact(term: string, value: unknown): TemplateResult {
  return html`<dt>${term}</dt>
    <dd>${value}</dd>`;
}

function renderWorkshop(view: ListView, w: Workshop): TemplateResult {
  const seats = seatsLeft(w);
  const cancelled = w.status === 'cancelled';
  const full = seats === 0;
  const deadline = w.registrationDeadline;
  return html`<li class="workshop ${cancelled ? 'workshop--cancelled' : ''}" part="workshop">
    ${title(view.level, w.title, 'workshop__title')}
    ${cancelled ? html`<p class="badge badge--cancelled">${msg('Cancelled', {id: 'workshop.cancelled'})}</p>` : nothing}
    <dl class="workshop__facts">
      ${fact(
        msg('When', {id: 'workshop.when'}),
        w.options.length
          ? msg(str`${formatNumber(w.options.length)} possible dates`, {id: 'workshop.options'})
          : when(w, view.timeZone),
      )}
      ${fact(msg('Format', {id: 'workshop.filter.format'}), formatLabel(w.format))}
      ${
        w.location
          ? fact(msg('Where', {id: 'workshop.where'}), [w.location.name, w.location.address].filter(Boolean).join(', '))
          : nothing
      }
      ${w.audience.length ? fact(msg('For', {id: 'workshop.filter.audience'}), formatList(w.audience.map(audienceLabel))) : nothing}
      ${
        w.language
          ? fact(
              msg('Language', {id: 'workshop.language'}),
              new Intl.DisplayNames([getCareloopLocale()], {type: 'language'}).of(w.language) ?? w.language,
            )
          : nothing
      }
      ${
        w.facilitators.length
          ? fact(
              msg('Run by', {id: 'workshop.facilitators'}),
              formatList(w.facilitators.map((f) => (f.role ? `${f.name} (${f.role})` : f.name))),
            )
          : nothing
      }
      ${
        seats !== undefined && !cancelled
          ? fact(
              msg('Places', {id: 'workshop.places'}),
              full
                ? msg('Full: you can join the waitlist', {id: 'workshop.full'})
                : msg(str`${formatNumber(seats)} left`, {id: 'workshop.left'}),
            )
          : nothing
      }
      ${
        deadline && !cancelled
          ? fact(
              msg('Register by', {id: 'workshop.deadline'}),
              new Intl.DateTimeFormat(getCareloopLocale(), {dateStyle: 'long'}).format(
                instantOf(deadline.length === 10 ? `${deadline}T12:00` : deadline, w.timeZone),
              ),
            )
          : nothing
      }
    </dl>
    <div class="workshop__description">${renderMarkdown(w.description)}</div>
    ${
      w.accessibility
        ? html`<div class="workshop__access">
            <p class="workshop__label">${msg('Access', {id: 'workshop.access'})}</p>
            ${renderMarkdown(w.accessibility)}
          </div>`
        : nothing
    }
    ${
      cancelled
        ? nothing
        : deadlinePassed(w)
          ? html`<p class="badge">${msg('Registration has closed', {id: 'workshop.closed'})}</p>`
          : html`<button type="button" class="button" part="register" @click=${() => view.open('register', w)}>
              ${full ? msg('Join the waitlist', {id: 'workshop.waitlist'}) : msg('Register', {id: 'workshop.register'})}<span
                class="visually-hidden"
                >: ${w.title}</span
              >
            </button>`
    }
  </li>`;
}

/** The upcoming workshops, filtered, with "None of these times suit me". */
export function renderList(view: ListView): TemplateResult {
  const soon = upcoming(view.feed, view.only);
  const shown = soon.filter((w) => inFilters(w, view.filters));
  return html`${view.only ? nothing : renderFilters(view, soon)}
    <p class="count" role="status" tabindex="-1">
      ${
        pluralCategory(shown.length) === 'one'
          ? msg(str`${formatNumber(shown.length)} workshop`, {id: 'workshop.count.one'})
          : msg(str`${formatNumber(shown.length)} workshops`, {id: 'workshop.count'})
      }
    </p>
    ${
      shown.length
        ? html`<ul class="workshops">
            ${shown.map((w) => renderWorkshop(view, w))}
          </ul>`
        : html`<p class="empty">${msg('No upcoming workshops match.', {id: 'workshop.none'})}</p>`
    }
    <div class="interest">
      <p>
        ${msg('None of these times suit you? Tell us when you could come, and we will plan around it.', {id: 'workshop.interest.lead'})}
      </p>
      <button
        type="button"
        class="button button--secondary"
        @click=${() => view.open('interest', view.only ? soon[0] : undefined)}
      >
        ${msg('None of these times suit me', {id: 'workshop.interest'})}
      </button>
    </div>`;
}

// ----- the forms ---------------------------------------------------------------------

type TextKey = {[K in keyof SignupDraft]: SignupDraft[K] extends string ? K : never}[keyof SignupDraft];
type FlagKey = {[K in keyof SignupDraft]: SignupDraft[K] extends boolean ? K : never}[keyof SignupDraft];

export interface FormView {
  draft: SignupDraft;
  problems: readonly SignupProblem[];
  /** The workshop registered for; undefined for "when could you come?" about any workshop. */
  workshop: Workshop | undefined;
  register: boolean;
  timeZone: string | null;
  level: number;
  theme: string;
  /** The `<cl-consent-prompt>` configuration. */
  consent: unknown;
  /** Where the error summary's links find the fields. */
  root: ParentNode;
  set<K extends keyof SignupDraft>(key: K, value: SignupDraft[K]): void;
  toggle(key: DraftList, value: string, on: boolean): void;
  /** The consent prompt changed (check again if problems are shown). */
  consentChanged(): void;
  /** A submit is under way: further presses are ignored. */
  busy: boolean;
  submit(event: Event): void;
  back(): void;
}

const errorAt = (view: FormView, target: string) => view.problems.find((p) => p.target === target)?.text;

/** A text field whose control id is `id` (the one the error summary links to). */
function input(
  view: FormView,
  key: TextKey,
  id: string,
  label: string,
  options: {type?: string; autocomplete?: string} = {},
): TemplateResult {
  return textField({
    id,
    label,
    ...options,
    error: errorAt(view, id),
    value: view.draft[key],
    onInput: (value) => view.set(key, value),
  });
}

/** A group of choices of the draft; each control's id is `prefix-value`, its error sits at the first. */
function group(
  view: FormView,
  o: {name: string; prefix: string; legend: string; options: [string, string][]; multiple: boolean; hint?: string},
  selected: readonly string[],
  set: (selected: string[]) => void,
): TemplateResult {
  const options = o.options.map(([value, label]) => ({id: `${o.prefix}-${value}`, value, label}));
  return choiceGroup({
    ...o,
    error: errorAt(view, options[0]?.id ?? ''),
    cls: 'choices',
    options,
    selected,
    onChange: set,
  });
}

/** Check boxes for a list of the draft. */
const checks = (
  view: FormView,
  key: DraftList,
  prefix: string,
  legend: string,
  options: [string, string][],
  hint?: string,
) =>
  group(view, {name: key, prefix, legend, options, hint, multiple: true}, view.draft[key], (selected) =>
    view.set(key, selected),
  );

/** Radios for one value of the draft. */
const radios = (view: FormView, key: 'role' | 'payment' | 'format', legend: string, options: [string, string][]) =>
  group(view, {name: key, prefix: key, legend, options, multiple: false}, [view.draft[key]], ([value]) =>
    view.set(key, (value ?? '') as never),
  );

const box = (view: FormView, key: FlagKey, id: string, label: string) =>
  checkbox({id, label, checked: view.draft[key], onChange: (checked) => view.set(key, checked)});

function renderContactFields(view: FormView): TemplateResult {
  const phoneInstead = view.draft.phoneInstead;
  return html`${input(view, 'name', 'name', msg('Your name', {id: 'workshop.name'}), {autocomplete: 'name'})}
  ${phoneInstead ? nothing : input(view, 'email', 'email', msg('E-mail address', {id: 'common.email'}), {type: 'email', autocomplete: 'email'})}
  ${box(view, 'phoneInstead', 'phone-instead', msg('I don’t use e-mail: phone me instead', {id: 'workshop.phone-instead'}))}
  ${input(view, 'phone', 'phone', phoneInstead ? msg('Phone number', {id: 'common.phone'}) : msg('Phone number (optional)', {id: 'workshop.phone-optional'}), {type: 'tel', autocomplete: 'tel'})}`;
}

/** What a registration asks beyond the contact details: role, companion, access, diet and expenses. */
function renderNeeds(view: FormView): TemplateResult {
  const {access, diet} = view.draft;
  return html`${radios(
    view,
    'role',
    msg('You are taking part as…', {id: 'workshop.role'}),
    ROLES.map((r) => [r, roleLabel(r)]),
  )}
  ${view.draft.role === 'professional' ? input(view, 'organisation', 'organisation', msg('Your organisation', {id: 'workshop.organisation'}), {autocomplete: 'organization'}) : nothing}
  ${box(view, 'companion', 'companion', msg('A companion or carer will come with me', {id: 'workshop.companion'}))}
  ${checks(
    view,
    'access',
    'access',
    msg('Your access needs', {id: 'workshop.access-needs'}),
    ACCESS_NEEDS.map((n) => [n, accessLabel(n)]),
    msg('Tell us what would help you take part. We will be in touch about anything we need to arrange.', {
      id: 'workshop.access.hint',
    }),
  )}
  ${access.includes('sign-language') ? input(view, 'signLanguage', 'sign-language', msg('Which sign language?', {id: 'workshop.sign-language'})) : nothing}
  ${access.includes('interpreter') ? input(view, 'interpreterLanguage', 'interpreter-language', msg('Interpreter for which language?', {id: 'workshop.interpreter-language'})) : nothing}
  ${textField({
    id: 'access-details',
    label: msg('Anything else that would help (optional)', {id: 'workshop.access-details'}),
    rows: 3,
    value: view.draft.accessDetails,
    onInput: (value) => view.set('accessDetails', value),
  })}
  ${box(view, 'callMe', 'call-me', msg('I’d like a call to discuss my needs', {id: 'workshop.call-me'}))}
  ${checks(
    view,
    'diet',
    'diet',
    msg('Dietary needs', {id: 'workshop.diet'}),
    DIETS.map((d) => [d, dietLabel(d)]),
  )}
  ${diet.includes('other') ? input(view, 'dietOther', 'diet-other', msg('Your other dietary needs', {id: 'workshop.diet-other'})) : nothing}
  ${checks(
    view,
    'expenses',
    'expenses',
    msg('Expenses you would like to claim', {id: 'workshop.expenses'}),
    EXPENSES.map((x) => [x, expenseLabel(x)]),
  )}
  ${radios(
    view,
    'payment',
    msg('Involvement payment', {id: 'workshop.payment'}),
    PAYMENT_PREFERENCES.map((p) => [p, paymentLabel(p)]),
  )}`;
}

/** "When could you come?": days, times of day, in person or online, and where. */
function renderAvailability(view: FormView): TemplateResult {
  return html`${checks(
    view,
    'weekdays',
    'weekday',
    msg('Which days suit you?', {id: 'workshop.weekdays'}),
    WEEKDAYS.map((d) => [d, weekdayLabel(d)]),
  )}
  ${checks(
    view,
    'dayparts',
    'daypart',
    msg('Which times of day?', {id: 'workshop.dayparts'}),
    DAYPARTS.map((d) => [d, daypartLabel(d)]),
  )}
  ${radios(view, 'format', msg('In person or online?', {id: 'workshop.format-choice'}), [
    ['in-person', formatLabel('in-person')],
    ['online', formatLabel('online')],
    ['either', msg('Either', {id: 'workshop.format.either'})],
  ])}
  ${input(view, 'location', 'location', msg('Where could you come to? (optional)', {id: 'workshop.location'}))}`;
}

/** The registration form for one workshop (or its waitlist), or the availability form. */
export function renderForm(view: FormView): TemplateResult {
  const w = view.register ? view.workshop : undefined;
  const waitlist = w && seatsLeft(w) === 0;
  return html`<form class="form" part="form" novalidate @submit=${view.submit}>
    ${title(view.level - 1, w ? (waitlist ? msg(str`Join the waitlist: ${w.title}`, {id: 'workshop.form.waitlist'}) : msg(str`Register: ${w.title}`, {id: 'workshop.form.register'})) : msg('When could you come?', {id: 'workshop.form.interest'}), 'form-heading')}
    ${w && !w.options.length ? html`<p>${when(w, view.timeZone)}</p>` : nothing}
    ${
      // The consent prompt is focused by its own focusProblem(), as every embedded element is.
      errorSummary(headingLevel(view.level - 1, 2), view.problems, view.root)
    }
    ${
      w?.options.length
        ? checks(
            view,
            'sessions',
            'session',
            msg('Which dates could you do?', {id: 'workshop.sessions'}),
            w.options.map((o) => [o.id, when(w, view.timeZone, o.start, o.end)]),
            msg('Tick every date you could come to.', {id: 'workshop.sessions.hint'}),
          )
        : nothing
    }
    ${w ? nothing : renderAvailability(view)}
    <fieldset class="choices">
      <legend>${msg('About you', {id: 'workshop.about-you'})}</legend>
      ${renderContactFields(view)}
    </fieldset>
    ${w ? renderNeeds(view) : nothing}
    <div class="field">
      ${errorMessage('consent', errorAt(view, 'consent'))}
      <cl-consent-prompt
        id="consent"
        embedded
        no-proxy
        heading-level=${Math.min(6, view.level)}
        theme=${view.theme}
        .config=${view.consent}
        @change=${view.consentChanged}
      ></cl-consent-prompt>
    </div>
    <div class="actions">
      <button type="submit" class="button" aria-disabled=${view.busy ? 'true' : nothing}>
        ${w ? (waitlist ? msg('Join the waitlist', {id: 'workshop.waitlist'}) : msg('Register', {id: 'workshop.register'})) : msg('Send', {id: 'common.send'})}
      </button>
      <button type="button" class="button button--secondary" @click=${view.back}>
        ${msg('Back to the workshops', {id: 'workshop.back'})}
      </button>
    </div>
  </form>`;
}
