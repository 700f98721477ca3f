export interface StandInErrorClass {
  new (code: string, message?: string): Error & { readonly code: string };
}
export interface CustomFunctionsStandIn {
  readonly Error: StandInErrorClass;
  readonly ErrorCode: Record<string, string>;
  associate(
    idOrMap: string | Record<string, (...args: unknown[]) => unknown>,
    fn?: (...args: unknown[]) => unknown,
  ): void;
}
declare function installCustomFunctions(
  target: object,
  onAssociate?: (id: string, fn: (...args: unknown[]) => unknown) => void,
): CustomFunctionsStandIn;
export = installCustomFunctions;
