/**
 * What a reader can change about Jejak, with defaults and a validator. Pure
 * data: the browser storage item lives in components/services/settings-store.ts.
 */

/** How eagerly a page counts as NATO/Ukraine coverage. */
export type Sensitivity = 'strict' | 'normal' | 'broad';
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'broad'];

export interface Settings {
  /** Outlet ids (from lib/outlets.ts) the reader switched off. Stored as the
   * switched-off set so that an outlet added in a later version starts on. */
  disabledOutlets: string[];
  /** Open the sidebar by itself when at least one quote matches. */
  autoOpen: boolean;
  sensitivity: Sensitivity;
  /** Keep every article Jejak reads as coverage in the reader's library, on this device (asked once after install). */
  rememberReading: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledOutlets: [],
  autoOpen: false,
  sensitivity: 'normal',
  rememberReading: true,
});

/**
 * Topic score needed to count as coverage, as a factor of the engine's own
 * default threshold: `strict` asks for half as much evidence again, `broad`
 * accepts a page with a little over half of it (a single strong mention in the
 * body, say). `normal` leaves the engine's calibrated default alone.
 */
const THRESHOLD_FACTOR: Record<Sensitivity, number> = { strict: 1.5, normal: 1, broad: 0.6 };

export function topicThresholdFor(sensitivity: Sensitivity, defaultThreshold: number): number {
  return defaultThreshold * THRESHOLD_FACTOR[sensitivity];
}

export function isOutletEnabled(settings: Pick<Settings, 'disabledOutlets'>, outletId: string): boolean {
  return !settings.disabledOutlets.includes(outletId);
}

/** A copy of `settings` with one outlet switched on or off. */
export function withOutletEnabled(settings: Settings, outletId: string, enabled: boolean): Settings {
  const others = settings.disabledOutlets.filter((id) => id !== outletId);
  return { ...settings, disabledOutlets: enabled ? others : [...others, outletId].sort() };
}

/**
 * Settings from anything found in storage: a value written by an older
 * version, edited by hand or partly corrupted keeps every field that is still
 * valid and takes the default for the rest, so a bad field never loses the others.
 */
export function normalizeSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const disabled = Array.isArray(value.disabledOutlets)
    ? [...new Set(value.disabledOutlets.filter((id): id is string => typeof id === 'string'))].sort()
    : [...DEFAULT_SETTINGS.disabledOutlets];
  return {
    disabledOutlets: disabled,
    autoOpen: typeof value.autoOpen === 'boolean' ? value.autoOpen : DEFAULT_SETTINGS.autoOpen,
    sensitivity: SENSITIVITIES.includes(value.sensitivity as Sensitivity)
      ? (value.sensitivity as Sensitivity)
      : DEFAULT_SETTINGS.sensitivity,
    rememberReading: typeof value.rememberReading === 'boolean' ? value.rememberReading : DEFAULT_SETTINGS.rememberReading,
  };
}
