import {bootstrapApplication} from '@angular/platform-browser';
import {provideZonelessChangeDetection} from '@angular/core';
// Registers every Careloop element.
import 'careloop';
import {App} from './app/app';

bootstrapApplication(App, {providers: [provideZonelessChangeDetection()]}).catch((error: unknown) =>
  console.error(error),
);
