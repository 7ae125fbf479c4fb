import { describe, expect, it } from 'vitest';
import {
  deliveryTime,
  isWorkingTime,
  nextDailyDigest,
  nextWeeklyDigest,
  nextWorkingStart,
  zonedInstant,
} from '../src/notifications/working-hours';

const office = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const night = { days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' };
const at = (iso: string) => new Date(iso);

describe('zonedInstant: wall-clock time in a zone', () => {
  it.each([
    [
      'winter in Paris',
      { year: 2026, month: 1, day: 12 },
      '09:00',
      'Europe/Paris',
      '2026-01-12T08:00:00.000Z',
    ],
    [
      'summer in Paris',
      { year: 2026, month: 7, day: 13 },
      '09:00',
      'Europe/Paris',
      '2026-07-13T07:00:00.000Z',
    ],
    // 02:30 does not exist on 29 March 2026 in Paris: it becomes 03:30 summer time.
    [
      'spring-forward gap',
      { year: 2026, month: 3, day: 29 },
      '02:30',
      'Europe/Paris',
      '2026-03-29T01:30:00.000Z',
    ],
    // 02:30 happens twice on 25 October 2026 in Paris: the first one (summer time) is taken.
    [
      'fall-back overlap',
      { year: 2026, month: 10, day: 25 },
      '02:30',
      'Europe/Paris',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'Montréal in winter',
      { year: 2026, month: 11, day: 23 },
      '09:00',
      'America/Toronto',
      '2026-11-23T14:00:00.000Z',
    ],
    [
      'half-hour zone',
      { year: 2026, month: 11, day: 23 },
      '09:00',
      'Asia/Kolkata',
      '2026-11-23T03:30:00.000Z',
    ],
  ])('%s', (_label, date, time, zone, expected) => {
    const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    expect(zonedInstant(date, minutes, zone).toISOString()).toBe(expected);
  });
});

describe('isWorkingTime', () => {
  it.each([
    ['Monday 10:00 Paris', '2026-11-23T09:00:00Z', 'Europe/Paris', office, true],
    ['Monday 08:59 Paris', '2026-11-23T07:59:00Z', 'Europe/Paris', office, false],
    ['Monday 18:00 Paris (end excluded)', '2026-11-23T17:00:00Z', 'Europe/Paris', office, false],
    ['Saturday noon Paris', '2026-11-28T11:00:00Z', 'Europe/Paris', office, false],
    ['same instant, Toronto 05:00', '2026-11-23T10:00:00Z', 'America/Toronto', office, false],
    ['night shift Monday 23:00', '2026-11-23T22:00:00Z', 'Europe/Paris', night, true],
    ['night shift Tuesday 05:00 (started Monday)', '2026-11-24T04:00:00Z', 'Europe/Paris', night, true],
    ['night shift Saturday 05:00 (started Friday)', '2026-11-28T04:00:00Z', 'Europe/Paris', night, true],
    ['night shift Monday 05:00 (Sunday is off)', '2026-11-23T04:00:00Z', 'Europe/Paris', night, false],
    ['night shift Monday 12:00', '2026-11-23T11:00:00Z', 'Europe/Paris', night, false],
    [
      'no working days: always reachable',
      '2026-11-28T03:00:00Z',
      'Europe/Paris',
      { ...office, days: [] },
      true,
    ],
  ])('%s', (_label, instant, zone, hours, expected) => {
    expect(isWorkingTime(at(instant), zone, hours)).toBe(expected);
  });
});

describe('nextWorkingStart and deliveryTime', () => {
  it.each([
    [
      'Monday 22:00 → Tuesday 09:00',
      '2026-11-23T21:00:00Z',
      'Europe/Paris',
      office,
      '2026-11-24T08:00:00.000Z',
    ],
    [
      'Friday 22:00 → Monday 09:00',
      '2026-11-27T21:00:00Z',
      'Europe/Paris',
      office,
      '2026-11-30T08:00:00.000Z',
    ],
    ['Saturday → Monday', '2026-11-28T10:00:00Z', 'Europe/Paris', office, '2026-11-30T08:00:00.000Z'],
    [
      'Monday 07:00 → same day 09:00',
      '2026-11-23T06:00:00Z',
      'Europe/Paris',
      office,
      '2026-11-23T08:00:00.000Z',
    ],
    // Friday 27 March 22:00 (winter time) → Monday 30 March 09:00, now summer time (UTC+2).
    ['across spring forward', '2026-03-27T21:00:00Z', 'Europe/Paris', office, '2026-03-30T07:00:00.000Z'],
    // Friday 23 October 22:00 (summer time) → Monday 26 October 09:00, winter time (UTC+1).
    ['across fall back', '2026-10-23T20:00:00Z', 'Europe/Paris', office, '2026-10-26T08:00:00.000Z'],
    [
      'night shift Monday noon → Monday 22:00',
      '2026-11-23T11:00:00Z',
      'Europe/Paris',
      night,
      '2026-11-23T21:00:00.000Z',
    ],
    [
      'night shift Saturday noon → Monday 22:00',
      '2026-11-28T11:00:00Z',
      'Europe/Paris',
      night,
      '2026-11-30T21:00:00.000Z',
    ],
    [
      'Toronto Friday 19:00 → Monday 09:00 Toronto',
      '2026-11-28T00:00:00Z',
      'America/Toronto',
      office,
      '2026-11-30T14:00:00.000Z',
    ],
  ])('%s', (_label, instant, zone, hours, expected) => {
    expect(nextWorkingStart(at(instant), zone, hours).toISOString()).toBe(expected);
    expect(deliveryTime(at(instant), zone, hours).toISOString()).toBe(expected);
  });

  it('delivers at once during working hours', () => {
    const instant = at('2026-11-24T10:00:00Z');
    expect(deliveryTime(instant, 'Europe/Paris', office)).toEqual(instant);
  });
});

describe('digest times', () => {
  it.each([
    [
      'daily, Tuesday 15:00 → Wednesday 09:00',
      nextDailyDigest,
      '2026-11-24T14:00:00Z',
      office,
      '2026-11-25T08:00:00.000Z',
    ],
    [
      'daily, Friday 15:00 → Monday 09:00',
      nextDailyDigest,
      '2026-11-27T14:00:00Z',
      office,
      '2026-11-30T08:00:00.000Z',
    ],
    [
      'weekly, Tuesday → next Monday 09:00',
      nextWeeklyDigest,
      '2026-11-24T14:00:00Z',
      office,
      '2026-11-30T08:00:00.000Z',
    ],
    [
      'weekly, Monday 07:00 → that Monday 09:00',
      nextWeeklyDigest,
      '2026-11-30T06:00:00Z',
      office,
      '2026-11-30T08:00:00.000Z',
    ],
    [
      'weekly, first working day Tuesday',
      nextWeeklyDigest,
      '2026-11-24T14:00:00Z',
      { days: [2, 3, 4, 5, 6], start: '08:30', end: '17:00' },
      '2026-12-01T07:30:00.000Z',
    ],
  ])('%s', (_label, next, instant, hours, expected) => {
    expect(next(at(instant), 'Europe/Paris', hours).toISOString()).toBe(expected);
  });
});
