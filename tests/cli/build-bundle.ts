/** vitest globalSetup: the CLI tests run the bundled command, so it is built once per test run, from the current sources. */
import { buildCli } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli({ quiet: true });
}
