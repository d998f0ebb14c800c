// `npm run selfcheck`: the suite against the clean simulator and each fault (logic in src/selfcheck/).
import { ConfigurationError } from '../src/errors.ts';
import { parseSelfcheckArgs, runSelfcheck, SELFCHECK_USAGE } from '../src/selfcheck/index.ts';

try {
  const options = parseSelfcheckArgs(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(`${SELFCHECK_USAGE}\n`);
  } else {
    const { passed } = await runSelfcheck({ ...options, out: process.stdout });
    process.exitCode = passed ? 0 : 1;
  }
} catch (err) {
  if (!(err instanceof ConfigurationError)) throw err;
  process.stderr.write(`error [${err.code}]: ${err.message}\n${SELFCHECK_USAGE}\n`);
  process.exitCode = 2;
}
