/** Data reaches the page as text only: no taskpane module uses an HTML-parsing sink. */
import { expect } from "chai";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "..", "..", "src", "taskpane");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe("taskpane: text only", () => {
  it("never sets innerHTML, outerHTML, insertAdjacentHTML or document.write", () => {
    const offenders = files(DIR)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, "utf8")));
    expect(offenders).to.deep.equal([]);
  });

  it("ships a Content-Security-Policy without unsafe-inline or unsafe-eval", () => {
    const html = readFileSync(join(DIR, "taskpane.html"), "utf8");
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(policy).to.include("default-src 'self'");
    expect(policy).to.include("script-src 'self' https://appsforoffice.microsoft.com");
    expect(policy).to.not.match(/unsafe-(inline|eval)/);
    expect(html).to.include('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  });
});
