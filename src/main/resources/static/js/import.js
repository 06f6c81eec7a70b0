// The upload page (/entry/import): sends the file with its upload progress, then follows the server's phases
// under a progress id of its own, and shows the success or each refused row beside its errors.
(function () {
	var page = document.getElementById('import-page');
	if (!page) {
		return;
	}
	var form = document.getElementById('import-form');
	var box = document.getElementById('import-progress');
	var bar = document.getElementById('import-bar');
	var phase = document.getElementById('import-phase');
	var empty = document.getElementById('import-empty');
	var success = document.getElementById('import-success');
	var errors = document.getElementById('import-errors');
	var numbers = new Intl.NumberFormat(document.documentElement.lang === 'vi' ? 'vi-VN' : 'en');
	// where each server phase puts the bar: the upload takes the first half
	var steps = { READING: 60, CHECKING: 75, WRITING: 90, DONE: 100 };

	function say(template, value) {
		return template.replace('{0}', numbers.format(value));
	}

	function progressId() {
		var bytes = new Uint8Array(16);
		window.crypto.getRandomValues(bytes);
		return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
	}

	function show(percent, text) {
		bar.value = percent;
		phase.textContent = text;
	}

	function cell(row, text) {
		var td = document.createElement('td');
		td.textContent = text == null ? '' : text;
		row.appendChild(td);
	}

	function refused(problem) {
		var rows = problem.rows || [];
		var body = errors.querySelector('tbody');
		body.textContent = '';
		(problem.errors || []).forEach(function (error) {
			var named = rows.filter(function (row) {
				return error.field === row.at || error.field.indexOf(row.at + '.') === 0;
			})[0] || {};
			var tr = document.createElement('tr');
			cell(tr, named.line);
			cell(tr, named.indicator);
			cell(tr, named.orgUnit);
			cell(tr, named.period);
			cell(tr, named.value);
			cell(tr, error.message);
			body.appendChild(tr);
		});
		document.getElementById('import-refusal').textContent = problem.detail || page.dataset.failed;
		errors.querySelector('.table-wrap').hidden = body.children.length === 0;
		errors.hidden = false;
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		var file = form.querySelector('input[type=file]').files[0];
		if (!file) {
			return;
		}
		var id = progressId();
		var data = new FormData();
		data.append('file', file);
		data.append('progress', id);
		var request = new XMLHttpRequest();
		var polling = null;
		empty.hidden = true;
		success.hidden = true;
		errors.hidden = true;
		box.hidden = false;
		show(0, page.dataset.uploading);
		form.querySelector('button').disabled = true;

		function poll() {
			var check = new XMLHttpRequest();
			check.open('GET', page.dataset.progressUrl + id);
			check.onload = function () {
				if (check.status === 200 && polling !== null) {
					var report = JSON.parse(check.responseText);
					if (steps[report.phase]) {
						show(steps[report.phase], say(page.dataset[report.phase.toLowerCase()], report.rowsDone));
					}
				}
			};
			check.send();
		}

		request.upload.onprogress = function (progress) {
			if (progress.lengthComputable) {
				show(Math.round(50 * progress.loaded / progress.total), page.dataset.uploading);
			}
		};
		request.upload.onload = function () {
			show(50, page.dataset.uploading);
			polling = window.setInterval(poll, 400);
		};
		request.onloadend = function () {
			window.clearInterval(polling);
			polling = null;
			form.querySelector('button').disabled = false;
			var answer = null;
			try {
				answer = JSON.parse(request.responseText);
			}
			catch (notJson) {
				answer = {};
			}
			if (request.status === 200) {
				show(100, page.dataset.done);
				success.textContent = say(page.dataset.written, answer.written);
				success.hidden = false;
			}
			else {
				box.hidden = true;
				refused(answer);
			}
		};
		request.open('POST', form.action);
		request.setRequestHeader(page.dataset.csrfHeader, form.querySelector('input[name=_csrf]').value);
		request.setRequestHeader('Accept', 'application/json');
		request.send(data);
	});
}());
