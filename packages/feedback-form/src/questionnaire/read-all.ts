import type {Parsed} from '@careloop/core';
import type {Form} from './model.js';
import {readQuestionnaire as readCore} from './read.js';
import {readSdc} from './sdc.js';

/**
 * Reads a FHIR R4 Questionnaire for rendering in `locale`, SDC extensions and value sets
 * included (see read.ts for what is reported and what is refused).
 */
export const readQuestionnaire = (raw: unknown, locale: string): Parsed<Form> => readCore(raw, locale, readSdc);
