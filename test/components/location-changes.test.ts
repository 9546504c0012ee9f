import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLocationNotifier, LOCATION_BURST_MS } from '../../entrypoints/background/location-changes';

describe('telling a tab its address changed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends one message for a burst of changes, and another for the next burst, per tab', () => {
    const told: number[] = [];
    const changed = createLocationNotifier((tabId) => told.push(tabId));
    // A page pushing fifty addresses in one task, while another tab changes once.
    for (let i = 0; i < 50; i++) changed(7);
    changed(9);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(LOCATION_BURST_MS);
    expect(told.sort()).toEqual([7, 9]);
    // The page's next burst, and the address it ends on, are told too.
    for (let i = 0; i < 50; i++) changed(7);
    vi.advanceTimersByTime(LOCATION_BURST_MS);
    changed(7);
    vi.advanceTimersByTime(LOCATION_BURST_MS);
    expect(told).toEqual([7, 9, 7, 7]);
  });
});
