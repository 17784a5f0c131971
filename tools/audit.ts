// `npm run audit:prod`: fails when a production dependency has a known high or critical vulnerability.
// When the registry's advisory service cannot be reached (some mirrors and proxies refuse it), it says so
// plainly and exits 0: the check did not run, which is not the same as passing, and the message says that.
import { spawnSync } from 'node:child_process';

/** Runs the audit and returns the exit code for this script. */
function audit(): number {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
	let report: {
		message?: string;
		error?: { summary?: string };
		metadata?: { vulnerabilities?: Record<string, number> };
	};
	try {
		report = JSON.parse(run.stdout) as typeof report;
	} catch {
		console.error(`audit: npm audit printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
		return 1;
	}
	const counts = report.metadata?.vulnerabilities;
	if (!counts) {
		const reason = report.message ?? report.error?.summary ?? 'no vulnerability counts in the response';
		console.warn(
			`audit: NOT CHECKED — the npm advisory service could not be used from this machine (${reason}). ` +
				"Run `npm audit --omit=dev` where the registry's audit endpoint is reachable.",
		);
		return 0;
	}
	console.log(
		`audit: production dependencies have ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
			`${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low known vulnerabilities.`,
	);
	if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) {
		console.error('audit: FAILED — fix or replace the dependencies above (`npm audit --omit=dev` lists them).');
		return 1;
	}
	return 0;
}

process.exitCode = audit();
