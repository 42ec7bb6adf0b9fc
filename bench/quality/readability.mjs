// Runs Mozilla Readability over every body file in a directory (written by
// extract_bodies.py) and prints {"file", "text"} per message, one per line.
// Usage: node readability.mjs DIR [--repeat N]   (N passes, for the benchmark)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);  // resolves bench/node_modules
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const dir = process.argv[2];
const repeatAt = process.argv.indexOf("--repeat");
const repeat = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 1;
const quiet = new VirtualConsole();

const files = readdirSync(dir).sort();
for (let pass = 0; pass < repeat; ++pass) {
  for (const name of files) {
    const body = readFileSync(join(dir, name), "utf8");
    const file = name.replace(/\.(html|txt)$/, "");
    let text = body;
    if (name.endsWith(".html")) {
      try {
        const dom = new JSDOM(body, { virtualConsole: quiet });
        const article = new Readability(dom.window.document).parse();
        text = article ? article.textContent : "";
        dom.window.close();
      } catch (e) {
        if (pass === 0) console.log(JSON.stringify({ file, error: String(e) }));
        continue;
      }
    }
    if (pass === 0) console.log(JSON.stringify({ file, text }));
  }
}
