/** The custom functions' start: the shared store installed (runtime), then every function associated. */
import { associateFunctions } from "../functions/register";
import "./runtime";

associateFunctions();
