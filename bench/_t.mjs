import { measureThroughput } from './src/throughput.mjs';
const r = await measureThroughput(() => {});
for (const x of r.filter((x) => x.id.startsWith('cite'))) console.log(x.id, x.oursOps.toFixed(2), x.referenceOps.toFixed(2), x.ratio.toFixed(2));
