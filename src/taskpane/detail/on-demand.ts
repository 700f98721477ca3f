/**
 * What the pane needs only once a record is opened or a table inserted: the detail (its model and view) and the
 * sheet blocks it writes. A chunk of its own (detail.js, imported by app.ts with import() and asked for once the
 * pane has painted), so the first paint does not carry it.
 */
export { detailOf } from "./detail";
export { renderDetail } from "./detail-view";
export { tableBlock } from "../../sheet/blocks";
