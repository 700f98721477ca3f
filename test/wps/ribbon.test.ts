import { expect } from "chai";
import { OPEN_PANE_BUTTON, PANE_ID_KEY, ribbonCallbacks } from "../../src/wps/ribbon";
import { createFakeWps } from "../support/fake-wps";

describe("WPS 表格: the ribbon's 规划目标 button", () => {
  const page = "https://intranet.example.gov.cn/plan-targets/index.html";

  it("opens the taskpane page beside the entry page, then hides and shows that same pane", () => {
    const host = createFakeWps();
    const ribbon = ribbonCallbacks(host, page);
    expect(ribbon.OnAddinLoad({})).to.equal(true);
    expect(ribbon.OnAction({ Id: OPEN_PANE_BUTTON })).to.equal(true);
    expect(host.panes).to.have.length(1);
    expect(host.panes[0]!.url).to.equal("https://intranet.example.gov.cn/plan-targets/taskpane.html");
    expect(host.panes[0]!.Visible).to.equal(true);
    expect(host.PluginStorage.getItem(PANE_ID_KEY)).to.equal(String(host.panes[0]!.ID));
    ribbon.OnAction({ Id: OPEN_PANE_BUTTON });
    expect(host.panes[0]!.Visible).to.equal(false);
    ribbon.OnAction({ Id: OPEN_PANE_BUTTON });
    expect(host.panes[0]!.Visible).to.equal(true);
    expect(host.calls.createTaskPane).to.equal(1);
  });

  it("a pane closed for good (its id no longer found) is created again; other buttons are not ours", () => {
    const host = createFakeWps();
    const ribbon = ribbonCallbacks(host, page);
    ribbon.OnAction({ Id: OPEN_PANE_BUTTON });
    host.panes[0]!.Delete();
    ribbon.OnAction({ Id: OPEN_PANE_BUTTON });
    expect(host.calls.createTaskPane).to.equal(2);
    expect(host.panes[0]!.Visible).to.equal(true);
    expect(ribbon.OnAction({ Id: "somethingElse" })).to.equal(false);
    expect(ribbon.GetImage({ Id: OPEN_PANE_BUTTON })).to.match(/\.png$/);
  });
});
