/*
 * A stand-in for the Office host, served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js
 * by the end-to-end tests. It gives the page what office.js gives an Excel taskpane — Office.onReady with host
 * "Excel", Office.context (display language, requirement sets), Excel.run, CustomFunctions (the shared stand-in) — and a
 * recording workbook: every write (formulas, number formats, fonts, fills), table and chart the taskpane makes
 * lands in window.__standIn.workbook for the test to assert.
 *
 * It also keeps what the data lifecycle asks of Office: every full recalculation requested
 * (window.__standIn.calculations), the document settings (window.__standIn.settings, e.g. the data version the
 * workbook was computed with) and every associated function (window.__standIn.functions, to call as Excel would).
 *
 * For the workbook buttons it also answers worksheets.add (a new sheet records every property and call made on it in
 * workbook.added), the used range of the sheet with its formulas and values (a PLAN formula with literal arguments
 * shows what the associated function returns), notes.add and comments.add.
 *
 * The page's query string configures it: ?cf=0 (no custom functions, like perpetual volume-licensed Office),
 * ?lang=en-US (display language), ?select=D5 (the selected cell), ?dataVersion=V (the workbook was computed with
 * data version V), ?partition=K (Office's partitionKey).
 */
(function () {
  "use strict";
  // Loaded by a test runner that globs this folder, not by a page: nothing to stand in for.
  if (typeof window === "undefined") return;
  var params = new URLSearchParams(window.location.search);
  var customFunctions = params.get("cf") !== "0";
  var displayLanguage = params.get("lang") || "zh-CN";
  var selected = params.get("select") || "B2";
  var SHEET = "Sheet1";

  var workbook = {
    writes: [],
    formats: [],
    tables: [],
    charts: [],
    cells: {},
    syncs: 0,
    added: [],
    notes: [],
  };
  var settings = {};
  if (params.get("dataVersion")) settings["plan-targets.dataVersion"] = params.get("dataVersion");
  var functions = {};
  var standIn = {
    workbook: workbook,
    associated: [],
    functions: functions,
    requirementChecks: [],
    calculations: [],
    settings: settings,
    settingsSaves: 0,
  };
  window.__standIn = standIn;

  function columnName(col) {
    var name = "";
    var n = col + 1;
    while (n > 0) {
      var rem = (n - 1) % 26;
      name = String.fromCharCode(65 + rem) + name;
      n = Math.floor((n - 1) / 26);
    }
    return name;
  }

  function parseCell(a1) {
    var m = /^([A-Z]+)([0-9]+)$/.exec(a1);
    var col = 0;
    for (var i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  }

  function cellName(row, col) {
    return columnName(col) + (row + 1);
  }

  function cellAt(row, col) {
    var key = cellName(row, col);
    if (!workbook.cells[key]) workbook.cells[key] = {};
    return workbook.cells[key];
  }

  function makeRange(row, col, rows, cols) {
    var last = cellName(row + rows - 1, col + cols - 1);
    var first = cellName(row, col);
    var address = SHEET + "!" + (rows === 1 && cols === 1 ? first : first + ":" + last);
    function each(matrix, apply) {
      for (var i = 0; i < rows; i++) for (var j = 0; j < cols; j++) apply(cellAt(row + i, col + j), matrix[i][j]);
    }
    function checkShape(matrix) {
      if (
        !Array.isArray(matrix) ||
        matrix.length !== rows ||
        matrix.some(function (r) {
          return r.length !== cols;
        })
      ) {
        throw new Error("InvalidArgument: " + address + " expects " + rows + "x" + cols);
      }
    }
    function grid(pick) {
      var m = [];
      for (var i = 0; i < rows; i++) {
        m.push([]);
        for (var j = 0; j < cols; j++) m[i].push(pick(workbook.cells[cellName(row + i, col + j)]));
      }
      return m;
    }
    var range = {
      address: address,
      cellCount: rows * cols,
      rowCount: rows,
      rowIndex: row,
      columnIndex: col,
      isNullObject: false,
      load: function () {
        return range;
      },
      getSpillingToRangeOrNullObject: function () {
        return { isNullObject: true, load: function () {} };
      },
      getCell: function (i, j) {
        return makeRange(row + i, col + j, 1, 1);
      },
      getResizedRange: function (dr, dc) {
        return makeRange(row, col, rows + dr, cols + dc);
      },
      getRow: function (i) {
        return makeRange(row + i, col, 1, cols);
      },
      getColumn: function (j) {
        return makeRange(row, col + j, rows, 1);
      },
      format: {
        font: {
          set bold(value) {
            each(fill2d(value), function (c, v) {
              c.bold = v;
            });
          },
        },
        fill: {
          set color(value) {
            each(fill2d(value), function (c, v) {
              c.fill = v;
            });
          },
        },
        autofitColumns: function () {
          workbook.formats.push({ address: address, autofit: true });
        },
      },
      worksheet: worksheet,
    };
    function fill2d(value) {
      var m = [];
      for (var i = 0; i < rows; i++) {
        m.push([]);
        for (var j = 0; j < cols; j++) m[i].push(value);
      }
      return m;
    }
    Object.defineProperty(range, "formulas", {
      get: function () {
        return grid(function (c) {
          return c && c.formula !== undefined ? c.formula : "";
        });
      },
      set: function (matrix) {
        checkShape(matrix);
        workbook.writes.push({ address: address, kind: "formulas", data: matrix });
        each(matrix, function (c, v) {
          c.formula = v;
        });
      },
    });
    Object.defineProperty(range, "values", {
      get: function () {
        return grid(shownValue);
      },
      set: function (matrix) {
        checkShape(matrix);
        workbook.writes.push({ address: address, kind: "values", data: matrix });
        each(matrix, function (c, v) {
          c.formula = v;
        });
      },
    });
    Object.defineProperty(range, "numberFormat", {
      set: function (matrix) {
        checkShape(matrix);
        workbook.writes.push({ address: address, kind: "numberFormat", data: matrix });
        each(matrix, function (c, v) {
          c.numberFormat = v;
        });
      },
    });
    return range;
  }

  /** What a cell shows: a constant, or what a PLAN function with literal arguments returns ("" for other formulas). */
  function shownValue(cell) {
    if (!cell || cell.formula === undefined) return "";
    var f = cell.formula;
    if (typeof f !== "string" || f.charAt(0) !== "=") return f;
    var m = /^=PLAN\.([A-Z_]+)\((.*)\)$/.exec(f);
    if (!m || !functions[m[1]]) return "";
    try {
      // References to constant cells become their values (JSON); empty arguments null.
      var literal = m[2].replace(/\b([A-Z]+[0-9]+)\b(?=(?:[^"]*"[^"]*")*[^"]*$)/g, function (ref) {
        var target = workbook.cells[ref];
        return target && target.formula !== undefined ? JSON.stringify(target.formula) : "null";
      });
      var args = JSON.parse("[" + literal.replace(/,(?=,|$)/g, ",null") + "]");
      return functions[m[1]].apply(null, args);
    } catch (e) {
      return e && e.code ? e.code : "";
    }
  }

  /** A sheet added by the taskpane: anything set or called on it (or on what it hands out) is recorded. */
  function recordingSheet(name) {
    var sheet = { name: name, sets: [], calls: [] };
    workbook.added.push(sheet);
    function sink(path) {
      return new Proxy(function () {}, {
        get: function (_, key) {
          if (key === "then") return undefined;
          if (key === "address") return path;
          return sink(path + "." + String(key));
        },
        set: function (_, key, value) {
          sheet.sets.push({ path: path + "." + String(key), value: value });
          return true;
        },
        apply: function (_, __, args) {
          var call = path.split(".").pop();
          sheet.calls.push({
            path: path,
            args: args.map(function (a) {
              return typeof a === "function" ? a.address : a;
            }),
          });
          if (call === "getRange") return sink(name + "!" + args[0]);
          return sink(path + "()");
        },
      });
    }
    return sink(name);
  }

  var worksheet = {
    name: SHEET,
    getRange: function (a) {
      var parts = a.split(":");
      var from = parseCell(parts[0]);
      var to = parseCell(parts[1] || parts[0]);
      return makeRange(from.row, from.col, to.row - from.row + 1, to.col - from.col + 1);
    },
    getUsedRangeOrNullObject: function () {
      var keys = Object.keys(workbook.cells).filter(function (k) {
        return workbook.cells[k].formula !== undefined && workbook.cells[k].formula !== "";
      });
      if (keys.length === 0) return { isNullObject: true, load: function () {} };
      var cells = keys.map(parseCell);
      var top = Math.min.apply(
        null,
        cells.map(function (c) {
          return c.row;
        }),
      );
      var left = Math.min.apply(
        null,
        cells.map(function (c) {
          return c.col;
        }),
      );
      var bottom = Math.max.apply(
        null,
        cells.map(function (c) {
          return c.row;
        }),
      );
      var right = Math.max.apply(
        null,
        cells.map(function (c) {
          return c.col;
        }),
      );
      return makeRange(top, left, bottom - top + 1, right - left + 1);
    },
    notes: {
      add: function (cell, text) {
        workbook.notes.push({ address: cell.address, text: text });
      },
    },
    tables: {
      add: function (source, hasHeaders) {
        var table = {
          address: typeof source === "string" ? source : source.address,
          hasHeaders: hasHeaders,
          name: "表" + (workbook.tables.length + 1),
        };
        workbook.tables.push(table);
        return {
          name: table.name,
          load: function () {
            return this;
          },
        };
      },
    },
    charts: {
      add: function (type, source, seriesBy) {
        var chart = { type: type, source: source.address, seriesBy: seriesBy, title: { text: "" }, position: null };
        workbook.charts.push(chart);
        return {
          title: chart.title,
          setPosition: function (start, end) {
            chart.position = [start, end];
          },
          load: function () {
            return this;
          },
        };
      },
    },
  };

  // ?select=B2 or a range, ?select=A3:L6 (what 读取所选区域 reads).
  var selectedCells = selected.split(":").map(parseCell);
  var selection = {
    row: selectedCells[0].row,
    col: selectedCells[0].col,
    rows: (selectedCells[1] || selectedCells[0]).row - selectedCells[0].row + 1,
    cols: (selectedCells[1] || selectedCells[0]).col - selectedCells[0].col + 1,
  };

  window.Excel = {
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    run: function (batch) {
      var context = {
        workbook: {
          application: {
            calculate: function (type) {
              standIn.calculations.push(type);
            },
          },
          getSelectedRange: function () {
            return makeRange(selection.row, selection.col, selection.rows, selection.cols);
          },
          worksheets: {
            items: [],
            load: function () {
              this.items = [{ name: SHEET }].concat(
                workbook.added.map(function (s) {
                  return { name: s.name };
                }),
              );
            },
            add: function (name) {
              return recordingSheet(name);
            },
            getActiveWorksheet: function () {
              return worksheet;
            },
          },
          comments: {
            add: function (cell, text) {
              workbook.notes.push({ address: cell.address, text: text, comment: true });
            },
          },
        },
        sync: function () {
          workbook.syncs++;
          return Promise.resolve();
        },
      };
      return Promise.resolve().then(function () {
        return batch(context);
      });
    },
  };

  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage: displayLanguage,
      partitionKey: params.get("partition") || undefined,
      document: {
        settings: {
          get: function (name) {
            return Object.prototype.hasOwnProperty.call(settings, name) ? settings[name] : null;
          },
          set: function (name, value) {
            settings[name] = value;
          },
          remove: function (name) {
            delete settings[name];
          },
          saveAsync: function (callback) {
            standIn.settingsSaves++;
            if (callback)
              setTimeout(function () {
                callback({ status: "succeeded" });
              }, 0);
          },
        },
      },
      requirements: {
        isSetSupported: function (name, version) {
          standIn.requirementChecks.push([name, version]);
          if (name === "CustomFunctionsRuntime") return customFunctions;
          return true;
        },
      },
    },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      var ready = new Promise(function (resolve) {
        setTimeout(function () {
          resolve(info);
        }, 0);
      });
      if (callback) ready.then(callback);
      return ready;
    },
  };

  // The one CustomFunctions stand-in (test/support/custom-functions-stand-in.cjs), served just before this file.
  window.installCustomFunctions(window, function (id, fn) {
    standIn.associated.push(id);
    functions[id] = fn;
  });
})();
