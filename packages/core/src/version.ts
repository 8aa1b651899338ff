/** The version of the Careloop packages, reported in `source.version` of every submission. */
export const VERSION = '0.1.0';
