/** The taskpane's start: the shared store (functions and taskpane see one catalogue) handed to the app. */
import { startTaskpane } from "../taskpane/taskpane";
import { store } from "./runtime";

void startTaskpane(store);
