/** Data addresses: https (http only on this computer), within the page's connect-src; the build's data policy. */
import { expect } from "chai";
import { allows, checkDataUrl, connectSources } from "../../src/data/url";
import csp = require("../../build/csp.cjs");

const PAGE = "https://addin.example.gov.cn/plan-targets/taskpane.html";
const POLICY =
  "default-src 'self'; connect-src 'self' https://data.example.gov.cn https://*.office.com ws://localhost:*; object-src 'none'";

describe("data addresses and the Content-Security-Policy", () => {
  const sources = connectSources(POLICY);

  it("reads connect-src from the policy (default-src when it has none)", () => {
    expect(sources).to.deep.equal([
      "'self'",
      "https://data.example.gov.cn",
      "https://*.office.com",
      "ws://localhost:*",
    ]);
    expect(connectSources("default-src 'self'; img-src data:")).to.deep.equal(["'self'"]);
    expect(connectSources("img-src data:")).to.equal(null);
  });

  it("matches source expressions as browsers do: 'self', host, *.host, port", () => {
    const page = new URL(PAGE);
    expect(allows("'self'", new URL("https://addin.example.gov.cn/x/index.json"), page)).to.equal(true);
    expect(allows("'self'", new URL("https://addin.example.gov.cn:8443/index.json"), page)).to.equal(false);
    expect(allows("https://data.example.gov.cn", new URL("https://data.example.gov.cn/a/index.json"), page)).to.equal(
      true,
    );
    expect(allows("https://data.example.gov.cn", new URL("http://data.example.gov.cn/index.json"), page)).to.equal(
      false,
    );
    expect(allows("https://*.office.com", new URL("https://x.office.com/a"), page)).to.equal(true);
    expect(allows("https://*.office.com", new URL("https://office.com/a"), page)).to.equal(false);
    expect(allows("ws://localhost:*", new URL("ws://localhost:9/"), page)).to.equal(true);
  });

  it("accepts this origin and the configured data host, and nothing else", () => {
    const policy = { page: PAGE, connectSrc: sources };
    expect(checkDataUrl("datasets/index.json", policy)).to.deep.equal({
      ok: true,
      value: "https://addin.example.gov.cn/plan-targets/datasets/index.json",
    });
    expect(checkDataUrl(" https://data.example.gov.cn/v/index.json ", policy).ok).to.equal(true);
    const other = checkDataUrl("https://evil.example.com/index.json", policy);
    expect(!other.ok && other.fault.code).to.equal("URL_NOT_ALLOWED");
    const insecure = checkDataUrl("http://data.example.gov.cn/index.json", policy);
    expect(!insecure.ok && insecure.fault.code).to.equal("INSECURE_URL");
    expect(checkDataUrl("http://localhost:8080/index.json", { page: PAGE, connectSrc: null }).ok).to.equal(true);
    expect(checkDataUrl("http://127.0.0.1:8080/index.json", { page: PAGE, connectSrc: null }).ok).to.equal(true);
    const bad = checkDataUrl("javascript:alert(1)", policy);
    expect(!bad.ok && bad.fault.code).to.equal("BAD_URL");
  });

  it("the build's --env dataUrl: its origin joins connect-src; only https (or http on localhost)", () => {
    expect(csp.dataPolicy(undefined)).to.deep.equal({ dataUrl: "datasets/index.json", connectSrc: "" });
    expect(csp.dataPolicy("https://data.example.gov.cn/plan-targets/index.json")).to.deep.equal({
      dataUrl: "https://data.example.gov.cn/plan-targets/index.json",
      connectSrc: "https://data.example.gov.cn",
    });
    expect(csp.dataPolicy("http://localhost:8080/index.json").connectSrc).to.equal("http://localhost:8080");
    expect(() => csp.dataPolicy("http://data.example.gov.cn/index.json")).to.throw(/须使用 https/);
    expect(() => csp.dataPolicy("datasets/index.json")).to.throw(/需要完整的地址/);
  });
});
