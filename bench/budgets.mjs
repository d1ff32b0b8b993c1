// The performance budgets of issue #8, checked against a bench/run.mjs report. Each budget says
// what it measured; one whose data set was not run is "not measured" (neither pass nor fail).
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const atSize = (rows, leads) => rows.find((row) => row.leads === leads);

function budget(name, limit, measured, pass, unit = '') {
  if (measured === undefined || measured === null || Number.isNaN(measured)) return { name, limit, measured: null, pass: null };
  return { name, limit, measured: `${typeof measured === 'number' ? +measured.toFixed(2) : measured}${unit}`, pass };
}

export function checkBudgets(report) {
  const budgets = [];
  const ratios = report.core.flatMap(({ native, wasm }) =>
    Object.keys(native).filter((key) => wasm[key]).map((key) => wasm[key].median / native[key].median));
  const ratio = ratios.length ? median(ratios) : null;
  budgets.push(budget('wasm/native ratio of core work (median over the suite)', '≤ 1.5x', ratio, ratio <= 1.5, 'x'));

  const core100k = atSize(report.core, 100000);
  const agenda = core100k?.wasm.agenda?.median;
  budgets.push(budget('agenda at 100k leads (wasm)', '≤ 10 ms', agenda, agenda <= 10, ' ms'));
  const largest = report.core[report.core.length - 1];
  const rate = (row) => (row && row.mb > 0 ? row.mb / (row.median / 1000) : undefined);
  const load = rate(largest?.wasm.load), save = rate(largest?.wasm.save);
  budgets.push(budget(`JSON backup load incl. building the workspace (wasm, ${largest?.leads ?? '?'} leads)`, '≥ 60 MB/s', load, load >= 60, ' MB/s'));
  budgets.push(budget(`JSON backup save (wasm, ${largest?.leads ?? '?'} leads)`, '≥ 120 MB/s', save, save >= 120, ' MB/s'));

  const ui100k = atSize(report.interface, 100000);
  const filter = ui100k?.filterMax;
  budgets.push(budget('filter per keystroke at 100k leads (Chromium, slowest of the query)', '≤ 16 ms', filter, filter <= 16, ' ms'));
  const frame = ui100k?.table;
  budgets.push(budget('Leads frame CPU at 100k leads (Chromium, median)', '≤ 2 ms', frame?.medianMs, frame?.medianMs <= 2, ' ms'));
  budgets.push(budget('Leads frame CPU at 100k leads (Chromium, p99)', '≤ 8 ms', frame?.p99Ms, frame?.p99Ms <= 8, ' ms'));

  for (const row of report.storage) {
    const size = row.leads.toLocaleString('en-US');
    budgets.push(budget(`bytes written per edit at ${size} leads`, '≤ 4 KB', row.bytes, row.bytes <= 4096, ' B'));
    budgets.push(budget(`main thread per edit at ${size} leads`, '≤ 1 ms', row.perEditMs, row.perEditMs <= 1, ' ms'));
  }
  for (const [leads, limit] of [[10000, 500], [100000, 1000]]) {
    const cold = atSize(report.storage, leads)?.coldLoad;
    budgets.push(budget(`first interactive frame with ${leads.toLocaleString('en-US')} leads (cached, localhost, browser running)`, `≤ ${limit} ms`,
                        cold, cold <= limit, ' ms'));
  }

  const firstFrameKB = report.bundle ? report.bundle.firstFrame.gzip / 1024 : undefined;
  budgets.push(budget('gzipped download for the first frame, fonts included', '≤ 600 KB', firstFrameKB, firstFrameKB <= 600, ' KB'));
  const idle = report.interface.length ? Math.max(...report.interface.map((row) => row.idleFrames)) : undefined;
  budgets.push(budget('frames drawn in 10 s without input (any size)', '0', idle, idle === 0));
  return budgets;
}

export function budgetTable(budgets) {
  const lines = ['| budget | limit | measured | |', '| --- | ---: | ---: | :---: |'];
  for (const b of budgets)
    lines.push(`| ${b.name} | ${b.limit} | ${b.measured ?? '—'} | ${b.pass === null ? 'not measured' : b.pass ? 'pass' : '**missed**'} |`);
  return lines.join('\n');
}
