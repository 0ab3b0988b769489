/** Property tests (fast-check) of the KPI math. */
import fc from "fast-check";
import { kpiAbc } from "../../src/core/abc";
import { kpiBonus } from "../../src/core/bonus";
import { isKpiError } from "../../src/core/errors";
import { INDEX_SPEC, kpiIndex } from "../../src/core/kpi-index";
import { evaluateGrid, runFunction } from "../../src/core/runner";
import { kpiRunRate } from "../../src/core/runrate";
import { kpiStatus } from "../../src/core/status";
import { kpiWeighted } from "../../src/core/weighted";
import { kpiXyz } from "../../src/core/xyz";
import { createKpiEngine } from "../../src/sandbox/engine";
import { translateFormula } from "../../src/workbook/portable/translator";
import { fromHf, same } from "../portable/compare";

const amount = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const signed = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const methodName = fc.constantFrom("ratio", "corridor");

const RANK: Record<string, number> = { A: 0, B: 1, C: 2 };

describe("KPI properties", () => {
  it("a higher-is-better index never falls as the fact rises (ratio and corridor)", () => {
    fc.assert(
      fc.property(signed, signed, amount, amount, methodName, (f1, f2, plan, width, method) => {
        const min = method === "corridor" ? plan - width : null;
        const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1];
        const a = kpiIndex(lo, plan, min, null, method) as number;
        const b = kpiIndex(hi, plan, min, null, method) as number;
        expect(b).toBeGreaterThanOrEqual(a);
      })
    );
  });

  it("an inverse index never rises as the fact rises", () => {
    fc.assert(
      fc.property(amount, amount, amount, (f1, f2, plan) => {
        const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1];
        expect(kpiIndex(hi, plan, null, null, "inverse")).toBeLessThanOrEqual(
          kpiIndex(lo, plan, null, null, "inverse") as number
        );
      })
    );
  });

  it("a cap is never exceeded: the index is at most the index of max", () => {
    fc.assert(
      fc.property(signed, amount, amount, methodName, (fact, plan, extra, method) => {
        const min = method === "corridor" ? 0 : null;
        const max = plan + extra;
        const capped = kpiIndex(fact, plan, min, max, method) as number;
        expect(capped).toBeLessThanOrEqual(kpiIndex(max, plan, min, null, method) as number);
      })
    );
  });

  it("normalize mode is invariant to scaling all weights", () => {
    const pair = fc.tuple(
      fc.double({ min: 0, max: 5, noNaN: true }),
      fc.double({ min: 0.01, max: 100, noNaN: true })
    );
    fc.assert(
      fc.property(
        fc.array(pair, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (pairs, k) => {
          const indices = pairs.map(([i]) => [i]);
          const weights = pairs.map(([, w]) => [w]);
          const scaled = pairs.map(([, w]) => [w * k]);
          const a = kpiWeighted(indices, weights, "normalize") as number;
          const b = kpiWeighted(indices, scaled, "normalize") as number;
          expect(b).toBeCloseTo(a, 9);
        }
      )
    );
  });

  it("equal weights give the plain mean (strict with weights totalling 100 %, and normalize)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (xs) => {
          const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
          const indices = xs.map((x) => [x]);
          expect(
            kpiWeighted(
              indices,
              xs.map(() => [1 / xs.length])
            )
          ).toBeCloseTo(mean, 9);
          expect(
            kpiWeighted(
              indices,
              xs.map(() => [7]),
              "normalize"
            )
          ).toBeCloseTo(mean, 9);
        }
      )
    );
  });

  it("ABC classes are monotone in value: a larger value never gets a later class", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          fc.pre(xs.some((x) => x > 0));
          const classes = kpiAbc(xs.map((x) => [x])).map((r) => r[0] as string);
          for (let i = 0; i < xs.length; i++) {
            for (let j = 0; j < xs.length; j++) {
              if (xs[i] > xs[j]) expect(RANK[classes[i]]).toBeLessThanOrEqual(RANK[classes[j]]);
            }
          }
        }
      )
    );
  });

  it("XYZ classes do not change when a row is scaled by a positive factor", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 1000 }),
        (xs, k) => {
          expect(kpiXyz([xs.map((x) => x * k)])).toEqual(kpiXyz([xs]));
        }
      )
    );
  });

  it("a step bonus never falls as the score rises when coefficients rise", () => {
    const scale = [
      [0.8, 0.5],
      [1, 1],
      [1.2, 1.5],
    ];
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.constantFrom("step", "linear"),
        (s1, s2, how) => {
          const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          expect(kpiBonus(hi, 1000, scale, how) as number).toBeGreaterThanOrEqual(
            kpiBonus(lo, 1000, scale, how) as number
          );
          expect(kpiBonus(hi, 1000, scale, how) as number).toBeLessThanOrEqual(1500);
        }
      )
    );
  });

  it("STATUS agrees with its thresholds", () => {
    fc.assert(
      fc.property(
        signed,
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (x, t1, t2) => {
          const [watch, ok] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const s = kpiStatus(x, watch, ok);
          expect(s).toBe(x >= ok ? "green" : x >= watch ? "amber" : "red");
        }
      )
    );
  });

  it("RUNRATE of the whole period is the fact itself", () => {
    fc.assert(
      fc.property(signed, amount, (fact, total) => {
        expect(kpiRunRate(fact, total, total)).toBeCloseTo(fact, 6);
      })
    );
  });

  it("a range gives the same results as single-value calls (fast path = full path)", () => {
    const cell = fc.oneof(
      signed,
      fc.constant(""),
      fc.constant("x"),
      fc.constant(0),
      fc.constant(true)
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }),
        fc.option(signed),
        (pairs, min) => {
          const grid = evaluateGrid(INDEX_SPEC, [
            pairs.map(([f]) => [f]),
            pairs.map(([, p]) => [p]),
            min,
          ]);
          pairs.forEach(([f, p], i) => {
            const single = kpiIndex(f, p, min);
            const got = grid[i][0];
            if (isKpiError(single))
              expect(
                isKpiError(got) && got.code === single.code && got.message === single.message
              ).toBe(true);
            else expect(got).toBe(single);
          });
        }
      )
    );
  });

  it("a column built in the caller's own arrays (Excel's fresh ones) gives the same results", () => {
    const cell = fc.oneof(
      signed,
      signed,
      fc.constant(""),
      fc.constant("x"),
      fc.constant(0),
      fc.constant(Infinity),
      fc.constant({ code: "#N/A" })
    );
    const method = fc.option(fc.constantFrom("ratio", "inverse", "corridor", "binary", 2));
    const fresh = { fresh: true };
    const asIs = (r: unknown) => r;
    const expectSame = (got: unknown, single: unknown) => {
      if (isKpiError(single))
        expect(isKpiError(got) && got.code === single.code && got.message === single.message).toBe(
          true
        );
      else expect(got).toBe(single);
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }),
        fc.option(signed),
        fc.option(signed),
        method,
        (pairs, min, max, m) => {
          const grid = runFunction(
            INDEX_SPEC,
            [pairs.map(([f]) => [f]), pairs.map(([, p]) => [p]), min, max, m],
            asIs,
            fresh
          );
          expect(grid).toHaveLength(pairs.length);
          pairs.forEach(([f, p], i) => {
            expect(grid[i]).toHaveLength(1);
            expectSame(grid[i][0], kpiIndex(f, p, min, max, m));
          });
          // One range as both fact and plan (=KPI.INDEX(A1:A9,A1:A9)): each cell is read before
          // its result is written over it.
          const both = pairs.map(([f]) => [f]);
          const same = runFunction(INDEX_SPEC, [both, both, min, max, m], asIs, fresh);
          pairs.forEach(([f], i) => expectSame(same[i][0], kpiIndex(f, f, min, max, m)));
        }
      )
    );
  });

  it("a column handed fresh is checked for its shape as strictly as one that is not", () => {
    // Fresh columns are checked row by row as the kernel reads them: the same errors must come out.
    const row = fc.oneof(
      { weight: 6, arbitrary: signed.map((x) => [x] as unknown) },
      { weight: 1, arbitrary: fc.constant([] as unknown) },
      { weight: 1, arbitrary: fc.tuple(signed, signed) as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: fc.constantFrom<unknown>("x", 5, null) }
    );
    const column = fc
      .tuple(signed, fc.array(row, { minLength: 1, maxLength: 6 }))
      .map(([first, rest]) => [[first], ...rest]);
    const arg = fc.oneof(column, signed, fc.constant(null));
    const copy = (a: unknown) =>
      Array.isArray(a) ? a.map((r) => (Array.isArray(r) ? [...r] : r)) : a;
    fc.assert(
      fc.property(
        column,
        column,
        arg,
        arg,
        fc.constantFrom(null, "ratio", [["ratio"], ["binary"]]),
        (...args) => {
          const plain = evaluateGrid(INDEX_SPEC, args.map(copy));
          const fresh = runFunction(INDEX_SPEC, args.map(copy), (r) => r, { fresh: true });
          expect(fresh).toEqual(plain);
        }
      )
    );
    const ragged = runFunction(
      INDEX_SPEC,
      [
        [[1], [2], [3, 4]],
        [[1], [1], [1]],
      ],
      (r) => r,
      {
        fresh: true,
      }
    );
    expect(ragged).toEqual([[expect.objectContaining({ code: "#VALUE!", reason: "emptyRange" })]]);
  });

  it("never writes into arguments a caller did not hand it fresh", () => {
    const column = [[5], [""], [7], [-1]];
    const plans = [[10], [10], [0], [4]];
    const square = [
      [1, 2],
      [3, "x"],
    ];
    const copies = JSON.stringify([column, plans, square]);
    evaluateGrid(INDEX_SPEC, [column, plans]);
    evaluateGrid(INDEX_SPEC, [square, square]);
    runFunction(INDEX_SPEC, [column, plans, 1], (r) => r, { fresh: false });
    expect(JSON.stringify([column, plans, square])).toBe(copies);
  });

  it("a 2-D range gives the same results as single-value calls, whatever mix of cells", () => {
    const cell = fc.oneof(
      signed,
      signed,
      signed,
      fc.constant(""),
      fc.constant(0),
      fc.constant(Infinity),
      fc.constant({ code: "#N/A" })
    );
    const block = fc.array(fc.array(fc.tuple(cell, cell), { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(block, fc.option(signed), fc.option(signed), (rows, min, max) => {
        const facts = rows.map((r) => r.map(([f]) => f));
        const plans = rows.map((r) => r.map(([, p]) => p));
        const grid = evaluateGrid(INDEX_SPEC, [facts, plans, min, max]);
        rows.forEach((r, i) =>
          r.forEach(([f, p], j) => {
            const single = kpiIndex(f, p, min, max);
            const got = grid[i][j];
            if (isKpiError(single))
              expect(
                isKpiError(got) && got.code === single.code && got.message === single.message
              ).toBe(true);
            else expect(got).toBe(single);
          })
        );
      })
    );
  });

  it("no input makes a function throw or hit an unexpected internal error", () => {
    const anyCell = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant({ code: "#N/A" }),
      fc.object()
    );
    const anyArg = fc.oneof(
      anyCell,
      fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 })
    );
    const fns = [kpiIndex, kpiWeighted, kpiBonus, kpiStatus, kpiRunRate, kpiAbc, kpiXyz] as ((
      ...a: unknown[]
    ) => unknown)[];
    fc.assert(
      fc.property(fc.constantFrom(...fns), fc.array(anyArg, { maxLength: 6 }), (fn, args) => {
        const result = fn(...args);
        const cells = Array.isArray(result) ? result.flat() : [result];
        for (const c of cells) if (isKpiError(c)) expect(c.reason).not.toBe("unexpected");
      })
    );
  });
});

/** Checks a property over `cases` and reports the first few counterexamples with their inputs. */
function allHold<T>(cases: readonly T[], ok: (c: T) => boolean): T[] {
  return cases.filter((c) => !ok(c)).slice(0, 5);
}

const relClose = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe("shared rules as properties", () => {
  const anyNumber = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.integer({ min: -200, max: 200 }),
    fc.constantFrom(0, -0, 1, -1, 1e-300, -1e-300, 1e300, -1e300)
  );
  const maybe = fc.option(anyNumber, { nil: null });
  const method = fc.constantFrom(null, "ratio", "inverse", "corridor", "binary", 1, 2, 3, 4);

  it("no index is ever below 0 (nor -0), whatever the fact, plan, min, max and method", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, maybe, maybe, method, (f, p, mn, mx, m) => {
        const x = kpiIndex(f, p, mn, mx, m);
        if (typeof x === "number") expect(x >= 0 && !Object.is(x, -0)).toBe(true);
      }),
      { numRuns: 3000 }
    );
  });

  it("no payout is ever negative, whatever the score and the scale's coefficients", () => {
    const coef = fc.double({ min: -2, max: 3, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.tuple(coef, coef, coef),
        fc.constantFrom("step", "linear"),
        (score, base, [k1, k2, k3], how) => {
          const scale = [
            [0.8, k1],
            [1, k2],
            [1.2, k3],
          ];
          const x = kpiBonus(score, base, scale, how);
          if (typeof x === "number") expect(x >= 0).toBe(true);
          else expect(isKpiError(x) && (k1 < 0 || k2 < 0 || k3 < 0)).toBe(true);
        }
      )
    );
  });

  describe.each([1e300, 1e-300])("scaling every input by %p", (k) => {
    const moderate = fc.integer({ min: -5000, max: 5000 }).map((n) => n / 10);
    const positive = fc.integer({ min: 1, max: 100000 }).map((n) => n / 100);

    it("never turns a finite KPI.INDEX into an error, and keeps the index", () => {
      fc.assert(
        fc.property(
          moderate,
          moderate,
          fc.option(moderate),
          fc.option(moderate),
          method,
          (f, p, mn, mx, m) => {
            const x = kpiIndex(f, p, mn, mx, m);
            if (typeof x !== "number") return;
            const s = (v: number | null) => (v === null ? null : v * k);
            const y = kpiIndex(f * k, p * k, s(mn), s(mx), m);
            expect(typeof y).toBe("number");
            expect(relClose(y as number, x) || Math.abs((y as number) - x) < 1e-12).toBe(true);
          }
        )
      );
    });

    it("never turns a finite KPI.WEIGHTED into an error: indices scale the result, weights do not", () => {
      // Indices as a matrix has them (0 to 300 %, three decimals), so ×1e-300 stays a normal number.
      const index = fc.integer({ min: 0, max: 3000 }).map((n) => n / 1000);
      const pair = fc.tuple(index, positive);
      fc.assert(
        fc.property(
          fc.array(pair, { minLength: 1, maxLength: 8 }),
          fc.constantFrom("normalize", "partial"),
          (pairs, mode) => {
            const indices = pairs.map(([i]) => [i]);
            const weights = pairs.map(([, w]) => [w]);
            const x = kpiWeighted(indices, weights, mode) as number;
            expect(typeof x).toBe("number");
            const byIndex = kpiWeighted(
              pairs.map(([i]) => [i * k]),
              weights,
              mode
            );
            const byWeight = kpiWeighted(
              indices,
              pairs.map(([, w]) => [w * k]),
              mode
            );
            const both = kpiWeighted(
              pairs.map(([i]) => [i * k]),
              pairs.map(([, w]) => [w * k]),
              mode
            );
            for (const r of [byIndex, byWeight, both]) expect(typeof r).toBe("number");
            expect(relClose(byWeight as number, x) || x === 0).toBe(true);
            expect(relClose(byIndex as number, x * k) || x === 0).toBe(true);
            expect(relClose(both as number, x * k) || x === 0).toBe(true);
          }
        )
      );
    });

    it("keeps every KPI.XYZ and KPI.ABC class", () => {
      fc.assert(
        fc.property(fc.array(positive, { minLength: 2, maxLength: 12 }), (xs) => {
          expect(kpiXyz([xs.map((v) => v * k)])).toEqual(kpiXyz([xs]));
          expect(kpiAbc(xs.map((v) => [v * k]))).toEqual(kpiAbc(xs.map((v) => [v])));
        })
      );
    });

    it("never turns a finite KPI.RUNRATE or KPI.BONUS into an error", () => {
      fc.assert(
        fc.property(moderate, positive, positive, positive, (fact, a, b, plan) => {
          const [elapsed, total] = a <= b ? [a, b] : [b, a];
          const x = kpiRunRate(fact, elapsed, total, plan) as number;
          expect(typeof x).toBe("number");
          const times = kpiRunRate(fact * k, elapsed * k, total * k, plan * k);
          expect(relClose(times as number, x) || Math.abs(x) < 1e-12).toBe(true);
          const forecast = kpiRunRate(fact * k, elapsed, total);
          expect(typeof forecast).toBe("number");
          const bonus = kpiBonus(a / 1000, plan * k, [
            [0.5, 1],
            [1, 1.5],
          ]);
          expect(typeof bonus).toBe("number");
        })
      );
    });
  });
});

describe("the add-in and its portable formulas agree near equality", () => {
  const EPS = 2 ** -52;
  const nice = fc.integer({ min: -3000, max: 3000 }).map((n) => n / 100);
  /**
   * Values a few units in the last place from `a` (a round decimal): equal to it at 15 significant
   * digits, mostly not in binary — the noise of sums such as 0.1 + 0.2. (Noise near the 15th
   * digit itself is a grey zone where Excel, LibreOffice and the core may legitimately differ.)
   */
  const noisy = (a: number, _c: number, how: number): number =>
    [a, a + a / 3 - a / 3, (a * 3) / 3, a * (1 + EPS), a / (1 + EPS), a * (1 - EPS), (a / 7) * 7][
      how
    ];
  const how = fc.integer({ min: 0, max: 6 });
  const methods = ["corridor", "binary", "ratio", "inverse", "\tвилка\u00a0"];

  /** One row: input cells A.. and a KPI formula over them. */
  type Row = { cells: unknown[]; formula: string };

  const indexRow = fc
    .tuple(nice, nice, nice, how, how, fc.constantFrom(...methods), fc.boolean())
    .map(([p, f, c, h1, h2, m, factNear]): Row => {
      const min = noisy(p, c, h1);
      const fact = factNear ? noisy(min, c, h2) : f;
      return { cells: [fact, p, min, null, m], formula: "KPI.INDEX(A{r},B{r},C{r},D{r},E{r})" };
    });
  const statusRow = fc
    .tuple(fc.constantFrom(0.8, 0.9, 0.95, 1, 1.05), nice, how, fc.boolean())
    .map(([t, c, h, onOk]): Row => {
      const index = noisy(t, c, h);
      return {
        cells: onOk ? [index, 0.5, t] : [index, t, 2],
        formula: "KPI.STATUS(A{r},B{r},C{r})",
      };
    });
  const bonusRow = fc
    .tuple(fc.constantFrom(0.8, 1, 1.2), nice, how, fc.constantFrom("step", "linear"))
    .map(([t, c, h, interpolation]): Row => ({
      cells: [noisy(t, c, h), 1000, interpolation],
      formula: "KPI.BONUS(A{r},B{r},Scales!$A$1:$B$3,C{r})",
    }));
  const runRateRow = fc
    .tuple(fc.integer({ min: 1, max: 31 }), nice, how)
    .map(([total, c, h]): Row => ({
      cells: [420, noisy(total, c, h), total, 800],
      formula: "KPI.RUNRATE(A{r},B{r},C{r},D{r})",
    }));

  it("on plan = min, gates, status thresholds, bonus steps and elapsed = total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(indexRow, statusRow, bonusRow, runRateRow), {
          minLength: 60,
          maxLength: 60,
        }),
        (rows) => {
          const data = rows.map((row, i) => {
            const f = `=${row.formula.replace(/\{r\}/g, String(i + 1))}`;
            const t = translateFormula(f);
            expect(t.warnings).toEqual([]);
            const cells = [...row.cells];
            while (cells.length < 5) cells.push(null);
            return [...cells, f, t.formula];
          });
          const scales = [
            [0.8, 0.5],
            [1, 1],
            [1.2, 1.5],
          ];
          const hf = createKpiEngine({ Data: data, Scales: scales });
          const sheet = hf.getSheetId("Data") as number;
          const bad = allHold(rows, (row) => {
            const i = rows.indexOf(row);
            const kpi = fromHf(hf.getCellValue({ sheet, row: i, col: 5 }));
            const native = fromHf(hf.getCellValue({ sheet, row: i, col: 6 }));
            return same(kpi, native);
          });
          hf.destroy();
          expect(bad).toEqual([]);
        }
      ),
      // Each run builds a spreadsheet; a failure is reported without shrinking (it would rebuild
      // hundreds), with the rows that disagree.
      { numRuns: 6, endOnFailure: true }
    );
  });

  it("KPI.INDEX(1, 0.1+0.2, 0.3) is #DIV/0! (plan = min) in both", () => {
    const f = "=KPI.INDEX(1,0.1+0.2,0.3)";
    const hf = createKpiEngine({ S: [[f, translateFormula(f).formula, "=0.1+0.2=0.3"]] });
    expect(fromHf(hf.getCellValue({ sheet: 0, row: 0, col: 0 }))).toEqual({
      kind: "error",
      code: "#DIV/0!",
    });
    expect(fromHf(hf.getCellValue({ sheet: 0, row: 0, col: 1 }))).toEqual({
      kind: "error",
      code: "#DIV/0!",
    });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(true);
    hf.destroy();
  });
});
