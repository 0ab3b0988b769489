/** Property tests (fast-check) of the KPI math. */
import fc from "fast-check";
import { kpiAbc } from "../../src/core/abc";
import { kpiBonus } from "../../src/core/bonus";
import { isKpiError } from "../../src/core/errors";
import { INDEX_SPEC, kpiIndex } from "../../src/core/kpi-index";
import { kpiNeeded } from "../../src/core/needed";
import { evaluateGrid, runFunction } from "../../src/core/runner";
import { kpiRunRate } from "../../src/core/runrate";
import { kpiStatus } from "../../src/core/status";
import { kpiWeighted } from "../../src/core/weighted";
import { atLeast, below, equal15 } from "../../src/core/values";
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

  it("a fresh column as a JSON parser makes it gives the same results, read with or without Array.prototype.at", () => {
    // JSON.parse makes rows of whole numbers, of fractions and of text as three array kinds; the
    // kernel reads them with Array.prototype.at where the runtime has it, else by index.
    const cell = fc.oneof(
      signed,
      fc.integer({ min: -1000, max: 1000 }),
      fc.constant(""),
      fc.constant("x"),
      fc.constant(true),
      fc.constant(null),
      fc.constant({ code: "#N/A" })
    );
    const run = (spec: typeof INDEX_SPEC, run: typeof runFunction, json: string) => {
      const [facts, plans] = JSON.parse(json) as unknown[][][];
      return JSON.stringify(run(spec, [facts, plans], (r) => r, { fresh: true }));
    };
    const at = Object.getOwnPropertyDescriptor(Array.prototype, "at");
    let withoutAt: { spec: typeof INDEX_SPEC; run: typeof runFunction } | undefined;
    try {
      delete (Array.prototype as { at?: unknown }).at;
      jest.isolateModules(() => {
        withoutAt = {
          spec: (require("../../src/core/kpi-index") as { INDEX_SPEC: typeof INDEX_SPEC })
            .INDEX_SPEC,
          run: (require("../../src/core/runner") as { runFunction: typeof runFunction })
            .runFunction,
        };
      });
    } finally {
      if (at) Object.defineProperty(Array.prototype, "at", at);
    }
    expect([].at).toBeDefined();
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }), (pairs) => {
        const json = JSON.stringify([pairs.map(([f]) => [f]), pairs.map(([, p]) => [p])]);
        const expected = JSON.stringify(
          pairs.map(([f, p]) => [runFunction(INDEX_SPEC, [f, p], (r) => r, { fresh: false })[0][0]])
        );
        expect(run(INDEX_SPEC, runFunction, json)).toBe(expected);
        expect(run(withoutAt!.spec, withoutAt!.run, json)).toBe(expected);
      })
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
      { numRuns: 1000 }
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

/**
 * KPI.NEEDED against KPI.INDEX. "A fact reaches the target" is decided here without NEEDED's own
 * rules: from KPI.INDEX alone, by the facts where an index can be 0 or 1 and, for a target above
 * 0, by bisection over the facts (every method's index is monotone in the fact: rising for ratio
 * and a higher-is-better corridor, falling for inverse on facts above 0 and a lower-is-better
 * corridor), which finds the first fact in the order of effort whose index is at least the target.
 */
describe("KPI.NEEDED is the inverse of KPI.INDEX", () => {
  type Method = "ratio" | "inverse" | "corridor" | "binary" | null;
  const LIMIT = 1e15;

  function resolved(method: Method, min: number | null): Exclude<Method, null> {
    return method ?? (min === null ? "ratio" : "corridor");
  }

  /** The first fact in the order of effort whose index is at least t (null: none). */
  function firstReaching(
    t: number,
    score: (f: number) => unknown,
    rising: boolean,
    lo: number,
    hi: number
  ): number | null {
    const reaches = (f: number) => {
      const s = score(f);
      return typeof s === "number" && atLeast(s, t);
    };
    if (rising) {
      if (!reaches(hi)) return null;
      if (reaches(lo)) return lo;
    } else {
      if (!reaches(lo)) return null;
      if (reaches(hi)) return hi;
    }
    for (let i = 0; i < 4000; i++) {
      const mid = lo / 2 + hi / 2;
      if (mid === lo || mid === hi) break;
      if (reaches(mid) === rising) hi = mid;
      else lo = mid;
    }
    return rising ? hi : lo;
  }

  /** True when some fact's KPI.INDEX equals t at 15 digits (see above). */
  function someFactReaches(
    t: number,
    plan: number,
    min: number | null,
    max: number | null,
    method: Method
  ): boolean {
    const score = (f: number) => kpiIndex(f, plan, min, max, method);
    const hits = (f: number) => {
      const s = score(f);
      return typeof s === "number" && equal15(s, t);
    };
    const special = [-LIMIT, -1, 0, 1, plan, LIMIT, ...[min, max].filter((x) => x !== null)];
    if (special.some(hits)) return true;
    const m = resolved(method, min);
    if (m === "binary" || t === 0) return false; // every 0 or 1 an index can take is shown above
    const rising = m === "ratio" || (m === "corridor" && plan > (min as number));
    const f = firstReaching(t, score, rising, m === "inverse" ? 1e-9 : -LIMIT, LIMIT);
    return f !== null && (hits(f) || withinPrecision(score(f), t));
  }

  /**
   * The first index at or above t is t as closely as the fact can be written (its neighbouring
   * double falls short), not the jump of a gate: far inside 1e-9 of t.
   */
  function withinPrecision(s: unknown, t: number): boolean {
    return typeof s === "number" && Math.abs(s - t) <= 1e-9 * t;
  }

  function isRising(m: Exclude<Method, null>, plan: number, min: number | null): boolean {
    if (m === "ratio") return true;
    if (m === "inverse") return false;
    return min === null || plan > min;
  }

  /**
   * KPI.INDEX of NEEDED's fact is t at 15 digits, or, where no fact's index is (the fact's own
   * 15–17 digits cannot resolve t: a corridor much narrower than its min, a tiny target), the
   * fact is the first whose index reaches t: its neighbour on the side of less effort falls short.
   */
  function givesTarget(
    f: number,
    t: number,
    plan: number,
    min: number | null,
    max: number | null,
    m: Method
  ): boolean {
    const s = kpiIndex(f, plan, min, max, m);
    if (typeof s !== "number") return false;
    if (equal15(s, t)) return true;
    const prev = kpiIndex(neighbour(f, !isRising(resolved(m, min), plan, min)), plan, min, max, m);
    return atLeast(s, t) && withinPrecision(s, t) && typeof prev === "number" && below(prev, t);
  }

  /** The next double above (`up`) or below x (x finite, not 0). */
  function neighbour(x: number, up: boolean): number {
    const f = new Float64Array([x]);
    const bits = new BigInt64Array(f.buffer);
    bits[0] += x > 0 === up ? 1n : -1n;
    return f[0];
  }

  /** Amounts as they are typed: whole numbers or cents. */
  const typed = fc.oneof(
    fc.integer({ min: 1, max: 100000 }),
    fc.integer({ min: 1, max: 10000000 }).map((c) => c / 100)
  );
  const method = fc.constantFrom<Method>("ratio", "inverse", "corridor", "binary", null);
  const inputs = fc
    .tuple(
      typed,
      fc.option(fc.double({ min: 0.05, max: 2, noNaN: true }), { nil: null }),
      fc.option(fc.double({ min: 0.5, max: 3, noNaN: true }), { nil: null }),
      fc.boolean(),
      method
    )
    .map(([plan, minShare, maxShare, lowerIsBetter, m]) => {
      // min and max placed as each method reads them (whole numbers, as typed); direction random.
      const sign = lowerIsBetter ? -1 : 1;
      const minRaw = minShare === null ? null : Math.round(plan * (1 - sign * minShare));
      const min = m === "inverse" && minRaw !== null ? Math.round(plan * (1 + minShare!)) : minRaw;
      const maxRaw = maxShare === null ? null : Math.round(plan * maxShare);
      const max = m === "inverse" && maxRaw !== null ? Math.round(plan / maxShare!) : maxRaw;
      return { plan, min, max, method: m };
    });
  /** Targets: typed (0.1 % steps), the index of min, max or the plan, and 0 and 1. */
  function targets(x: { plan: number; min: number | null; max: number | null; method: Method }) {
    const boundaries = [x.min, x.max, x.plan, x.max === null ? null : x.max * 2]
      .map((f) => (f === null ? null : kpiIndex(f, x.plan, x.min, x.max, x.method)))
      .filter((s): s is number => typeof s === "number");
    return fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map((k) => k / 1000),
      fc.constantFrom(0, 1, 0.5),
      boundaries.length > 0 ? fc.constantFrom(...boundaries) : fc.constant(1)
    );
  }
  const cases = inputs.chain((x) => targets(x).map((t) => ({ ...x, t })));

  it("KPI.INDEX(KPI.NEEDED(t, …), …) = t at 15 digits whenever NEEDED gives a number", () => {
    let exact = 0;
    let numbers = 0;
    fc.assert(
      fc.property(cases, ({ t, plan, min, max, method: m }) => {
        const f = kpiNeeded(t, plan, min, max, m);
        if (typeof f !== "number") return;
        numbers++;
        if (equal15(kpiIndex(f, plan, min, max, m) as number, t)) exact++;
        expect(givesTarget(f, t, plan, min, max, m)).toBe(true);
      }),
      { numRuns: 600 }
    );
    // The precision limit is the exception: nearly every fact gives t back at 15 digits exactly.
    expect(exact).toBeGreaterThan(0.9 * numbers);
  });

  it("gives #N/A exactly when no fact reaches t (and no other error for valid input)", () => {
    fc.assert(
      fc.property(cases, ({ t, plan, min, max, method: m }) => {
        const f = kpiNeeded(t, plan, min, max, m);
        const index = kpiIndex(plan, plan, min, max, m);
        fc.pre(!isKpiError(index) || index.code === "#DIV/0!"); // valid plan, min, max, method
        fc.pre(!(isKpiError(f) && f.code !== "#N/A")); // an input error (inverse fact 0 aside)
        expect(isKpiError(f)).toBe(!someFactReaches(t, plan, min, max, m));
      }),
      { numRuns: 600 }
    );
  });

  it("chooses the least effort: a fact a little short of NEEDED's (in the method's direction) scores less", () => {
    fc.assert(
      fc.property(cases, ({ t, plan, min, max, method: m }) => {
        const f = kpiNeeded(t, plan, min, max, m);
        fc.pre(typeof f === "number" && t > 0);
        const rising = isRising(resolved(m, min), plan, min);
        const step = 1e-9 * Math.max(1, Math.abs(f as number));
        const less = (f as number) + (rising ? -step : step);
        const s = kpiIndex(less, plan, min, max, m);
        expect(typeof s === "number" && below(s, t)).toBe(true);
      }),
      { numRuns: 600 }
    );
  });

  it("on any doubles, the index equals t at 15 digits or the fact is where the index first reaches t", () => {
    const amount9 = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        amount9,
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-2, max: 10, noNaN: true }),
        fc.constantFrom<Method>("ratio", "inverse", "corridor"),
        (plan, minRaw, t, m) => {
          const min = m === "corridor" ? minRaw : null;
          // A corridor at least 0.1 % of its size wide: narrower, one unit in the fact's last
          // place moves the index by more than the 1e-9 the check allows.
          fc.pre(min === null || Math.abs(plan - min) >= 1e-3 * Math.max(plan, Math.abs(min)));
          const f = kpiNeeded(t, plan, min, null, m);
          if (typeof f !== "number") return;
          expect(givesTarget(f, t, plan, min, null, m)).toBe(true);
        }
      ),
      { numRuns: 1000 }
    );
  });
});
