import { describe, expect, it } from 'vitest';
import {
  addMonths,
  cvrfMonthId,
  isDataStale,
  latestUpdateTuesday,
  monthOfCvrfId,
  monthOfUpdateName,
  securityUpdateName,
  updateTuesday,
} from '../../../src/lib/exchange/update-tuesday.ts';

describe('Update Tuesday', () => {
  it.each([
    [2018, 3, '2018-03-13', 'Mar18SU'],
    [2020, 2, '2020-02-11', 'Feb20SU (2010 RU30 shipped the same day)'],
    [2019, 1, '2019-01-08', 'Jan19SU'],
    [2026, 9, '2026-09-08', 'Sep26SU, as builds.tsv dates it'],
    [2026, 12, '2026-12-08', 'a month that starts on a Tuesday'],
    [2026, 11, '2026-11-10', 'a month that starts on a Sunday'],
    [2025, 4, '2025-04-08', 'Apr25'],
  ])('of %i-%i is %s (%s)', (year, month, expected) => {
    expect(updateTuesday(year, month)).toBe(expected);
  });

  it.each([
    ['2026-12-01', '2026-11-10'],
    ['2026-12-07', '2026-11-10'],
    ['2026-12-08', '2026-12-08'],
    ['2026-12-31', '2026-12-08'],
    ['2026-01-05', '2025-12-09'],
  ])('the most recent one on %s is %s', (today, expected) => {
    expect(latestUpdateTuesday(today)).toBe(expected);
  });

  it.each([
    ['2026-10-02', '2026-12-01', true],
    ['2026-11-10', '2026-12-01', false],
    ['2026-11-10', '2026-12-08', true],
    ['2026-12-08', '2026-12-08', false],
  ])('data of %s is stale on %s: %s', (version, today, stale) => {
    expect(isDataStale(version, today)).toBe(stale);
  });
});

describe('month names', () => {
  it.each([
    [{ year: 2025, month: 4 }, '2025-Apr', 'Apr25SU'],
    [{ year: 2026, month: 12 }, '2026-Dec', 'Dec26SU'],
    [{ year: 2030, month: 1 }, '2030-Jan', 'Jan30SU'],
  ])('%o is MSRC %s and update %s', (month, cvrf, update) => {
    expect(cvrfMonthId(month)).toBe(cvrf);
    expect(monthOfCvrfId(cvrf)).toEqual(month);
    expect(securityUpdateName(month)).toBe(update);
    expect(monthOfUpdateName(update)).toEqual(month);
  });

  it.each(['2025-April', '2025-apr', 'Apr-2025', ''])('%s is not an MSRC month', (id) => {
    expect(monthOfCvrfId(id)).toBeNull();
  });

  it.each(['RU32', 'CU15', 'Xyz25SU'])('%s has no month', (name) => {
    expect(monthOfUpdateName(name)).toBeNull();
  });

  it.each([
    [{ year: 2026, month: 12 }, 1, { year: 2027, month: 1 }],
    [{ year: 2026, month: 1 }, -1, { year: 2025, month: 12 }],
    [{ year: 2026, month: 5 }, -17, { year: 2024, month: 12 }],
  ])('%o plus %i months is %o', (from, step, to) => {
    expect(addMonths(from, step)).toEqual(to);
  });
});
