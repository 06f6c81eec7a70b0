// Behaviour of the signed-in pages, kept out of the HTML so that the Content-Security-Policy allows no
// inline script: a checkbox with data-select-all="NAME" ticks or clears every checkbox named NAME.
document.addEventListener('change', function (event) {
	var box = event.target;
	if (!box.matches || !box.matches('input[type=checkbox][data-select-all]')) {
		return;
	}
	var name = box.getAttribute('data-select-all');
	document.querySelectorAll('input[type=checkbox]').forEach(function (other) {
		if (other.name === name) {
			other.checked = box.checked;
		}
	});
});

// On a phone the menu folds behind its button; without this script it stays unfolded and wraps.
(function () {
	var header = document.querySelector('.site-header');
	var button = header && header.querySelector('.menu-button');
	if (!button) {
		return;
	}
	header.classList.add('menu-ready');
	button.addEventListener('click', function () {
		var open = header.classList.toggle('menu-open');
		button.setAttribute('aria-expanded', open ? 'true' : 'false');
	});
})();
