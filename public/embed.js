/*! IMG Guide embed auto-height · MIT licence · resizes IMG Guide iframes to fit their content */
(function () {
	var script = document.currentScript;
	if (!script) return;
	var origin = new URL(script.src).origin;
	addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'img-guide:embed-height' || typeof data.height !== 'number') return;
		// Our pages, or our pages in a sandboxed frame (whose origin reads "null"): matched by frame below.
		if (event.origin !== origin && event.origin !== 'null') return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow === event.source && frame.src.indexOf(origin + '/') === 0) {
				frame.style.height = Math.max(80, Math.min(Math.ceil(data.height), 30000)) + 'px';
			}
		}
	});
})();
