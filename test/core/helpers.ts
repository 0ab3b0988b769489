/** Shared helpers for the KPI function specs. */
import { isKpiError, KpiError } from "../../src/core/errors";
import type { MessageId } from "../../src/core/messages";
import { evaluateGrid, type RunSpec } from "../../src/core/runner";
import type { CellResult, Grid } from "../../src/core/values";

/** Runs a function spec on raw arguments and returns its result grid. */
export function run(spec: RunSpec, ...args: unknown[]): Grid<CellResult> {
  return evaluateGrid(spec, args);
}

/** Runs a function spec and returns its single result. */
export function one(spec: RunSpec, ...args: unknown[]): CellResult {
  const grid = run(spec, ...args);
  expect(grid).toHaveLength(1);
  expect(grid[0]).toHaveLength(1);
  return grid[0][0];
}

/** Asserts an error value with the given code (and reason, when given) and a non-empty message in both languages. */
export function expectError(value: unknown, code: string, reason?: MessageId): KpiError {
  expect(isKpiError(value)).toBe(true);
  const error = value as KpiError;
  expect(error.code).toBe(code);
  if (reason !== undefined) {
    expect(error.reason).toBe(reason);
    expect(error.messageIn("en")).not.toMatch(/\{\d\}/);
    expect(error.messageIn("ru")).toMatch(/[а-яё]/i);
  }
  return error;
}

/** A column range from values. */
export function col(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** A row range from values. */
export function row(...values: unknown[]): unknown[][] {
  return [values];
}
