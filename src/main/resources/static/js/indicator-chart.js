// Draws the indicator page's chart from the JSON the server put in data-chart.
(function () {
	const canvas = document.getElementById('indicator-chart');
	if (!canvas || !window.Chart) {
		return;
	}
	const data = JSON.parse(canvas.dataset.chart);
	const language = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
	const number = new Intl.NumberFormat(language, { maximumFractionDigits: data.decimals });
	const colours = ['#8b1a1a', '#0b4a8b', '#7a7f87'];
	const dashes = [[], [6, 4], [2, 3]];
	new Chart(canvas, {
		type: 'line',
		data: {
			labels: data.labels,
			datasets: data.series.map((series, i) => ({
				label: series.name,
				data: series.values,
				borderColor: colours[i],
				backgroundColor: colours[i],
				borderDash: dashes[i],
				spanGaps: false,
				tension: 0.1
			}))
		},
		options: {
			maintainAspectRatio: false,
			animation: false,
			interaction: { mode: 'index', intersect: false },
			scales: { y: { ticks: { callback: (value) => number.format(value) } } },
			plugins: {
				tooltip: { callbacks: { label: (item) => item.dataset.label + ': ' + number.format(item.parsed.y) } }
			}
		}
	});
})();
