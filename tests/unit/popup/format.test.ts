import { describe, expect, it } from 'vitest';
import { fullTime, openClaims, shortTime, timeAgo, timeUntil } from '../../../components/popup/format';
import { counts, NOW } from './fixtures';

describe('popup formatting', () => {
  it('says how long ago, in Korean', () => {
    expect(timeAgo(NOW - 20_000, NOW)).toBe('방금');
    expect(timeAgo(NOW + 5_000, NOW)).toBe('방금');
    expect(timeAgo(NOW - 3 * 60_000, NOW)).toBe('3분 전');
    expect(timeAgo(NOW - 5 * 60 * 60_000, NOW)).toBe('5시간 전');
    expect(timeAgo(NOW - 3 * 24 * 60 * 60_000, NOW)).toBe('3일 전');
  });

  it('says when, in Korean', () => {
    expect(timeUntil(NOW + 10_000, NOW)).toBe('잠시 후');
    expect(timeUntil(NOW - 10_000, NOW)).toBe('잠시 후');
    expect(timeUntil(NOW + 150_000, NOW)).toBe('3분 후');
    expect(timeUntil(NOW + 2 * 60 * 60_000, NOW)).toBe('2시간 후');
  });

  it('writes times in Korea time whatever the machine’s zone', () => {
    expect(shortTime(NOW, NOW)).toBe('14:30');
    expect(shortTime(Date.UTC(2025, 2, 13, 14, 59), NOW)).toBe('3월 13일 23:59');
    expect(shortTime(Date.UTC(2025, 2, 13, 15, 0), NOW)).toBe('00:00');
    expect(shortTime(Date.UTC(2024, 11, 31, 3, 0), NOW)).toBe('2024. 12. 31.');
    expect(fullTime(NOW)).toBe('2025년 3월 14일 14:30');
  });

  it('sums open claims only', () => {
    expect(
      openClaims(counts({ CANCEL_REQUESTED: 1, RETURN_REQUESTED: 2, EXCHANGE_REQUESTED: 3, CANCELED: 50 })),
    ).toBe(6);
  });
});
