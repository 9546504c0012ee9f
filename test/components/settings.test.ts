import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, topicThresholdFor, withOutletEnabled } from '../../lib/settings';

describe('settings', () => {
  it('keeps every valid field of damaged stored settings and defaults the rest', () => {
    expect(normalizeSettings({ disabledOutlets: ['voi', 3, 'voi', 'antara'], autoOpen: 'yes', sensitivity: 'broad', rememberReading: false })).toEqual({
      disabledOutlets: ['antara', 'voi'],
      autoOpen: DEFAULT_SETTINGS.autoOpen,
      sensitivity: 'broad',
      rememberReading: false,
    });
    expect(normalizeSettings({ rememberReading: 'no' }).rememberReading).toBe(true);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ sensitivity: 'extreme' }).sensitivity).toBe('normal');
  });

  it('switches outlets on and off without duplicates', () => {
    const off = withOutletEnabled(withOutletEnabled(DEFAULT_SETTINGS, 'voi', false), 'voi', false);
    expect(off.disabledOutlets).toEqual(['voi']);
    expect(withOutletEnabled(off, 'voi', true).disabledOutlets).toEqual([]);
  });

  it('orders thresholds strict > normal > broad', () => {
    expect(topicThresholdFor('strict', 4)).toBeGreaterThan(topicThresholdFor('normal', 4));
    expect(topicThresholdFor('normal', 4)).toBe(4);
    expect(topicThresholdFor('broad', 4)).toBeLessThan(4);
  });
});
