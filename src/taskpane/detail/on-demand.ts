/**
 * What the pane needs only once a record is opened or a table inserted: the detail (its model, view and
 * stylesheet) and the sheet blocks it writes. A chunk of its own (detail.js, imported by app.ts with import() and
 * asked for once the pane has painted), so the first paint does not carry it.
 */
import { adoptStyles } from "../kit/fluent";
import styles from "./detail.css";

adoptStyles(styles); // once: a chunk's module runs when the chunk first arrives

export { detailOf } from "./detail";
export { detailStrings } from "./detail-strings";
export { renderDetail } from "./detail-view";
export { tableBlock } from "../../sheet/blocks";
