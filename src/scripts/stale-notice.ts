// Shows "may be out of date" notices whose review date has passed since the page was built: the build marks
// what is overdue on build day, and this keeps the notice true on a copy that is not rebuilt.
for (const notice of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
	const due = Date.parse(notice.dataset.reviewDue ?? '');
	if (!Number.isNaN(due) && Date.now() > due) notice.hidden = false;
}
