import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { byProgress, toCsv } from '../../../lib/us-states/tracker.ts';

// /pathways/united-states/states.csv: the same records as states.json, for spreadsheets.
export const GET: APIRoute = async () => {
	const states = byProgress((await getCollection('usStates')).map((e) => e.data));
	return new Response(toCsv(states), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
