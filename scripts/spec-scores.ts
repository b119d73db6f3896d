/** Prints our scores on the Recognizers-Text number specs: `npx tsx scripts/spec-scores.ts [--failures]`. */
import path from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import { scoreSpecFile, type SpecModel } from '../src/quantities/recognizers-spec.js';

const base = path.resolve(PROJECT_ROOT, '../shared/eval/recognizers/Specs');
const files: Array<[string, SpecModel]> = [
  ['Number/English/NumberModel.json', 'number'],
  ['NumberWithUnit/English/CurrencyModel.json', 'currency'],
  ['NumberWithUnit/English/DimensionModel.json', 'dimension'],
  ['NumberWithUnit/English/AgeModel.json', 'age'],
  ['NumberWithUnit/English/TemperatureModel.json', 'temperature'],
];
const showFailures = process.argv.includes('--failures');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
for (const [file, model] of files) {
  if (only && only !== model) continue;
  const s = scoreSpecFile(path.join(base, file), model);
  console.log(`${model.padEnd(12)} ${s.passed}/${s.cases} = ${s.accuracy.toFixed(3)}  (JS-supported ${s.supportedPassed}/${s.supportedCases} = ${(s.supportedPassed / s.supportedCases).toFixed(3)}; exact spans ${s.exactSpanShare.toFixed(3)})`);
  if (showFailures) for (const f of s.failures) console.log(`   ${JSON.stringify(f.input.slice(0, 90))}\n      want ${JSON.stringify(f.expected)}\n      got  ${JSON.stringify(f.got)}`);
}
