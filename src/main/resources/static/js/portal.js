// The public portal's two helpers: the reader's font size, kept in localStorage across pages, and
// the live "0 / 500 ký tự" counter, counting letters as the server does (NFC code points).
(function () {
	var KEY = 'chitieu-font-size';
	var STEPS = [87.5, 100, 112.5, 125, 150, 175];

	function stored() {
		try {
			var value = parseFloat(window.localStorage.getItem(KEY));
			return STEPS.indexOf(value) >= 0 ? value : 100;
		} catch (e) {
			return 100;
		}
	}

	function apply(size) {
		document.documentElement.style.fontSize = size + '%';
	}

	apply(stored());

	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-font-step]');
		if (!button) {
			return;
		}
		var index = STEPS.indexOf(stored()) + parseInt(button.getAttribute('data-font-step'), 10);
		var size = STEPS[Math.max(0, Math.min(STEPS.length - 1, index))];
		try {
			window.localStorage.setItem(KEY, String(size));
		} catch (e) {
			// private browsing: the size holds for this page only
		}
		apply(size);
	});

	document.addEventListener('input', function (event) {
		var field = event.target;
		if (!field.matches || !field.matches('textarea[data-counter]')) {
			return;
		}
		var count = Array.from(field.value.normalize('NFC').trim()).length;
		var output = document.getElementById(field.getAttribute('data-counter'));
		output.textContent = count;
		output.parentElement.classList.toggle('over', count > parseInt(field.getAttribute('data-max'), 10));
	});
})();
