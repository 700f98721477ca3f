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

  var workbook = { writes: [], formats: [], tables: [], charts: [], cells: {}, syncs: 0 };
  var settings = {};
  if (params.get("dataVersion")) settings["plan-targets.dataVersion"] = params.get("dataVersion");
  var standIn = {
    workbook: workbook,
    associated: [],
    functions: {},
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
    var range = {
      address: address,
      load: function () {
        return range;
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
      set: function (matrix) {
        checkShape(matrix);
        workbook.writes.push({ address: address, kind: "formulas", data: matrix });
        each(matrix, function (c, v) {
          c.formula = v;
        });
      },
    });
    Object.defineProperty(range, "values", {
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

  var worksheet = {
    name: SHEET,
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

  var selection = parseCell(selected);

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
            return makeRange(selection.row, selection.col, 1, 1);
          },
          worksheets: {
            getActiveWorksheet: function () {
              return worksheet;
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
    standIn.functions[id] = fn;
  });
})();
