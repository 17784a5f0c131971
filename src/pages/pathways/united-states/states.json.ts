import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { byProgress, flatRecord, lastVerified } from '../../../lib/us-states/tracker.ts';

// /pathways/united-states/states.json: the tracker's data, one flat record per jurisdiction (the CSV's columns),
// plus each state's summary and dated changes.
export const GET: APIRoute = async () => {
	const states = byProgress((await getCollection('usStates')).map((e) => e.data));
	const body = {
		licence: 'CC BY 4.0 (IMG Guide)',
		lastVerified: lastVerified(states).toISOString().slice(0, 10),
		states: states.map((s) => ({ ...flatRecord(s), summary: s.summary, changes: s.changes })),
	};
	return new Response(JSON.stringify(body, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
