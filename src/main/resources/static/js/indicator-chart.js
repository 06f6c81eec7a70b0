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
	// the merger (1/7/2025): a vertical line between the month before and the month of it
	const merger = {
		id: 'merger',
		afterDatasetsDraw(chart) {
			if (!data.mark) {
				return;
			}
			const x = chart.scales.x;
			const index = data.mark.month - 1;
			const at = index > 0 ? (x.getPixelForValue(index - 1) + x.getPixelForValue(index)) / 2 : x.getPixelForValue(0);
			const top = chart.chartArea.top;
			const context = chart.ctx;
			context.save();
			context.strokeStyle = '#b36b00';
			context.setLineDash([4, 4]);
			context.beginPath();
			context.moveTo(at, top);
			context.lineTo(at, chart.chartArea.bottom);
			context.stroke();
			context.fillStyle = '#b36b00';
			context.font = '12px sans-serif';
			context.textAlign = at > chart.chartArea.right - 120 ? 'right' : 'left';
			context.fillText(data.mark.label, at + (context.textAlign === 'left' ? 4 : -4), top + 12);
			context.restore();
		}
	};
	new Chart(canvas, {
		plugins: [merger],
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
