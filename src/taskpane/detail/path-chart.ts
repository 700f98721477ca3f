/**
 * The small chart in the detail view: the planned path from the basis to the target (compound for a level, a
 * straight line for a share; one point a year), and, once a current value is typed, the path still required. SVG built node by node;
 * labels are text nodes.
 */
import type { PathPoint, PathShape } from "../../core/assess";
import { svg } from "../kit/dom";

const W = 300;
const H = 150;
const PAD = { left: 8, right: 8, top: 18, bottom: 22 } as const;

/** Yearly points from `from` to `to`: compound growth for a level, a straight line for a share (or a 0 end). */
function yearlyPath(from: PathPoint, to: PathPoint, shape: PathShape): Array<{ year: number; value: number }> {
  const years = to.year - from.year;
  if (years <= 0) return [from, to];
  const rate =
    shape === "compound" && from.value > 0 && to.value >= 0 ? Math.pow(to.value / from.value, 1 / years) : null;
  const points: Array<{ year: number; value: number }> = [];
  for (let i = 0; i <= years; i++) {
    const value = rate === null ? from.value + ((to.value - from.value) * i) / years : from.value * Math.pow(rate, i);
    points.push({ year: from.year + i, value });
  }
  return points;
}

export function renderPathChart(
  points: readonly PathPoint[],
  shape: PathShape,
  label: string,
  format: (value: number) => string,
): SVGElement {
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label, class: "path-chart" });
  if (points.length === 0) return root;
  const years = points.map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years, minYear + 1);
  const maxValue = Math.max(...points.map((p) => p.value), 0) * 1.1 || 1;
  const x = (year: number): number =>
    PAD.left + 24 + ((year - minYear) / (maxYear - minYear)) * (W - PAD.left - PAD.right - 48);
  const y = (value: number): number => H - PAD.bottom - (value / maxValue) * (H - PAD.top - PAD.bottom);
  root.append(svg("line", { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: "axis" }));
  const baseline = points.find((p) => p.role === "baseline");
  const current = points.find((p) => p.role === "current");
  const target = points.find((p) => p.role === "target");
  const polyline = (from: PathPoint, to: PathPoint, cls: string): SVGElement =>
    svg("polyline", {
      points: yearlyPath(from, to, shape)
        .map((p) => `${x(p.year)},${y(p.value)}`)
        .join(" "),
      class: cls,
    });
  if (baseline && target) root.append(polyline(baseline, target, "planned"));
  if (current && target) root.append(polyline(current, target, "required"));
  for (const point of points) {
    const cx = x(point.year);
    const cy = y(point.value);
    root.append(
      svg("circle", { cx, cy, r: 4, class: `point ${point.role}` }),
      svg("text", { x: cx, y: cy - 7, "text-anchor": "middle", class: "value-label" }, [format(point.value)]),
      svg("text", { x: cx, y: H - 6, "text-anchor": "middle", class: "year-label" }, [String(point.year)]),
    );
  }
  return root;
}
