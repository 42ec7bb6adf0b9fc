// The clean benchmark's peer: Mozilla Readability (jsdom 28) over the HTML
// body of every message, PASSES times, timed in-process (the bodies are
// extracted beforehand by bench/quality/extract_bodies.py, not timed).
// Prints key=value pairs like distill_bench_clean: MB/s counts the raw
// message bytes (the .eml sizes), so both sides are measured on the same
// input, over the process's CPU time (user + system, as distill counts its
// thread's), with the wall-clock MB/s beside it.
// Usage: node readability_peer.mjs BODIES_DIR EML_DIR PASSES
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);  // resolves bench/node_modules
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [bodiesDir, emlDir, passesArg] = process.argv.slice(2);
const passes = Number(passesArg || 1);
const quiet = new VirtualConsole();
const bodies = readdirSync(bodiesDir).filter((n) => n.endsWith(".html")).sort()
  .map((n) => ({ html: readFileSync(join(bodiesDir, n), "utf8"), eml: n.replace(/\.html$/, "") }));
const bytes = bodies.reduce((sum, b) => sum + statSync(join(emlDir, b.eml)).size, 0);

let chars = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (let pass = 0; pass < passes; ++pass) {
  for (const b of bodies) {
    const dom = new JSDOM(b.html, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    chars += article ? article.textContent.length : 0;
    dom.window.close();
  }
}
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const seconds = (cpu.user + cpu.system) / 1e6;
const mb = (bytes * passes) / 1e6;
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`messages=${bodies.length * passes} mb=${mb.toFixed(2)} seconds=${seconds.toFixed(3)} ` +
  `mb_per_s=${(mb / seconds).toFixed(2)} wall_mb_per_s=${(mb / wall).toFixed(2)} ` +
  `msgs_per_s=${((bodies.length * passes) / seconds).toFixed(0)} ` +
  `peak_rss_mib=${rss.toFixed(1)} chars=${chars}`);
