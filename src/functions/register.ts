/** Binds every id of the function table to its implementation, as Excel needs (CustomFunctions.associate). */
import { FUNCTION_TABLE } from "../sheet/function-table";
import { IMPLEMENTATIONS } from "./functions";

export function associateFunctions(customFunctions: Pick<typeof CustomFunctions, "associate"> = CustomFunctions): void {
  for (const { id } of FUNCTION_TABLE)
    customFunctions.associate(id, IMPLEMENTATIONS[id] as (...args: unknown[]) => unknown);
}
