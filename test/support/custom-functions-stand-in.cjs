/*
 * The one stand-in for the CustomFunctions global Excel gives custom functions: CustomFunctions.Error (a code and a
 * message), CustomFunctions.ErrorCode (Excel's error strings) and associate(). Plain JavaScript so that it runs as
 * is in Node (the unit tests, the bench, the built bundle in a vm context) and in the browser (the end-to-end
 * stand-in host serves it before its own code).
 */
(function (factory) {
  if (typeof module === "object" && module.exports) module.exports = factory;
  else globalThis.installCustomFunctions = factory;
})(function installCustomFunctions(target, onAssociate) {
  "use strict";
  class StandInError extends Error {
    constructor(code, message) {
      super(message || "");
      this.code = code;
    }
  }
  const ErrorCode = {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
    busy: "#BUSY!",
    connect: "#CONNECT!",
    gettingData: "#GETTING_DATA",
  };
  const record = typeof onAssociate === "function" ? onAssociate : function () {};
  target.CustomFunctions = {
    Error: StandInError,
    ErrorCode: ErrorCode,
    associate: function (idOrMap, fn) {
      if (typeof idOrMap === "string") record(idOrMap, fn);
      else for (const id of Object.keys(idOrMap)) record(id, idOrMap[id]);
    },
  };
  return target.CustomFunctions;
});
