/** Kept equal to package.json's version by tests/core/version.test.ts. */
export const TOOL_VERSION = '0.1.0';

/** The audit JSON's version (README, "The audit JSON"): raised when a field changes meaning. */
export const SCHEMA_VERSION = 1;
