import {resolveLocale, type ConfigProblem, type SubmissionEnvelope} from '@careloop/core';
import {describeProblem} from '@careloop/core/problem-text.js';
import {inCareloopLocale} from '@careloop/core/server.js';
import {feedbackEnvelope} from './feedback-data.js';
import {POSTED, PRESETS, type FeedbackData, type Preset} from './feedback-form.types.js';
import * as Labels from './labels.js';
import {loadParts, loadReader, loadSdc, ready} from './parts.js';
import {loadPreset} from './presets.js';
import {calculator} from './questionnaire/expressions.js';
import {shortName, walk} from './questionnaire/model.js';
import {answersIn} from './questionnaire/posted.js';
import {readQuestionnaire} from './questionnaire/read.js';
import {readSdc} from './questionnaire/sdc.js';
import {QuestionnaireSession} from './questionnaire/session.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A question answered wrongly or not at all, in the words the form itself would use. */
export interface PostedProblem {
  linkId: string;
  question: string;
  message: string;
}

/** What a form post became: the envelope, or the problems that stop it (and then no envelope). */
export type PostedFeedback =
  {envelope: SubmissionEnvelope<FeedbackData>; problems: []} | {envelope: undefined; problems: PostedProblem[]};

/**
 * What the page's form was: the same values the server gave `renderFeedbackForm`. They are
 * not taken from the post, which anyone can write.
 */
export interface FormPostOptions {
  /** The questionnaire the page showed; without it, the preset the form names (`cl-preset`). */
  questionnaire?: unknown;
  service?: string;
  context?: string;
  /** Who is answering, when the page said (else the person's answer to "Are you answering as…"). */
  respondentRole?: string;
  /** `public-record`, when the page told the person that answers may become public. */
  notice?: 'public-record';
  /** The page the form was on (origin and path), for `source.page`. */
  page: string;
  /** Values for FHIRPath's `%patient` and the like, as the page's `launchContext` property gave them. */
  launchContext?: Record<string, unknown>;
}

/**
 * Turns what a `<cl-feedback-form>` sent as a plain form post
 * (`application/x-www-form-urlencoded`, when the page's script did not run) into the same
 * submission envelope, QuestionnaireResponse included, as the form makes in the browser:
 * the same reading of the questionnaire, the same conditions, the same checks. A post with
 * problems (a required answer missing, a number out of range) gives them instead, in the
 * form's words and language, for the page that asks again.
 *
 * On a server only: it loads the questionnaire reader, the SDC reader and FHIRPath.
 */
export async function feedbackFromFormPost(fields: URLSearchParams, options: FormPostOptions): Promise<PostedFeedback> {
  const presetName = fields.get(POSTED.preset);
  const preset = PRESETS.find((name): name is Preset => name === presetName);
  const raw = options.questionnaire ?? (preset ? await loadPreset(preset) : undefined);
  const locale = resolveLocale(fields.get(POSTED.locale));
  return inCareloopLocale(locale, () => envelopeOf(fields, options, raw, locale, preset));
}

function envelopeOf(
  fields: URLSearchParams,
  options: FormPostOptions,
  raw: unknown,
  locale: string,
  preset: Preset | undefined,
): PostedFeedback {
  const read = readQuestionnaire(raw, locale, readSdc);
  const form = read.value;
  if (!form) {
    // No questionnaire to read the post with: a preset this server does not have, or the page's own one is broken.
    const problems: ConfigProblem[] =
      raw === undefined
        ? [
            {
              code: 'not-allowed',
              path: POSTED.preset,
              allowed: [...PRESETS],
              found: JSON.stringify(fields.get(POSTED.preset)),
            },
          ]
        : read.problems;
    return {
      envelope: undefined,
      problems: problems.map((p) => ({linkId: '', question: '', message: describeProblem(p)})),
    };
  }
  const session = new QuestionnaireSession(form);
  session.restore(answersIn(session, fields));
  if ([...walk(form.items)].some((item) => item.expressions))
    session.calculate(
      calculator(
        form,
        () => options.launchContext,
        () => undefined,
      ),
    );
  const problems = session.problemsIn().map(({item, error}) => ({
    linkId: item.linkId,
    question: shortName(item) || item.linkId,
    message: Labels.errorText(error, item),
  }));
  if (problems.length > 0) return {envelope: undefined, problems};
  const envelope = feedbackEnvelope(session, {
    preset: options.questionnaire === undefined ? preset : undefined,
    givenRole: options.respondentRole,
    chosenRole: fields.get(POSTED.role) ?? '',
    publicRecordNotice: options.notice === 'public-record',
    context: options.context ?? null,
    service: options.service ?? null,
    page: options.page,
    // The key the form was rendered with: sent twice (a double press, a reload that posts
    // again), it is one envelope, which the endpoint keeps once.
    id: UUID.test(fields.get(POSTED.key) ?? '') ? fields.get(POSTED.key)!.toLowerCase() : undefined,
  });
  return {envelope, problems: []};
}

/**
 * Loads, ahead of a server render, everything a `<cl-feedback-form>` showing this
 * questionnaire (or preset) would load in the browser: the reader, the SDC reader, the
 * preset and the renderers its questions need. A server cannot wait for them mid-render.
 */
export async function prepareFeedbackForm(
  source: {questionnaire?: unknown; preset?: string | null},
  locale: string,
): Promise<void> {
  const preset = PRESETS.find((name): name is Preset => name === source.preset);
  const raw = source.questionnaire ?? (preset ? await loadPreset(preset) : undefined);
  const [read, sdc] = await Promise.all([loadReader(), loadSdc()]);
  // A form post shown again has its problems in words, and its error summary.
  ready.labels = Labels;
  ready.posted = answersIn;
  const form = read(raw, resolveLocale(locale), sdc).value;
  if (form) await loadParts(form, {});
}
