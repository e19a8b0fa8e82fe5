// The package version, kept here so the CLI need not read package.json at
// start-up (tests/js check that the two agree).
export const VERSION = '0.1.0';
