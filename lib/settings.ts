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
 * The version of the stored settings' shape. Raise it when a field changes
 * meaning or form, and add the step from the previous version to
 * SETTINGS_MIGRATIONS; a field only added needs no step (readSettings gives
 * it its default), which is how version 1 values without `rememberReading`
 * read today.
 */
export const SETTINGS_VERSION = 1;
/** Version N's entry turns a stored version N-1 value into version N's. */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (stored: unknown) => unknown>> = Object.freeze({});

/**
 * Settings from anything found in storage: a value written by an older or a
 * newer version, edited by hand or partly corrupted keeps every field that
 * is still valid and takes the default for the rest, so a bad field never
 * loses the others. `problems` names what was found and not used (a field
 * that is absent is not a problem: older versions did not write it).
 */
export function readSettings(stored: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (stored !== undefined && stored !== null && (typeof stored !== 'object' || Array.isArray(stored))) {
    problems.push(`settings stored as ${Array.isArray(stored) ? 'a list' : typeof stored}, not an object`);
  }
  const value = (typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {}) as Record<string, unknown>;
  const field = <T>(key: keyof Settings, valid: (v: unknown) => v is T, fallback: T): T => {
    const v = value[key];
    if (v === undefined) return fallback;
    if (valid(v)) return v;
    problems.push(`"${key}" was ${describe(v)}`);
    return fallback;
  };
  const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
  const outlets = field('disabledOutlets', Array.isArray, [...DEFAULT_SETTINGS.disabledOutlets]) as unknown[];
  const disabled = outlets.filter((id): id is string => typeof id === 'string');
  if (disabled.length < outlets.length) problems.push(`"disabledOutlets" held ${outlets.length - disabled.length} entries that are not outlet ids`);
  return {
    settings: {
      disabledOutlets: [...new Set(disabled)].sort(),
      autoOpen: field('autoOpen', isBoolean, DEFAULT_SETTINGS.autoOpen),
      sensitivity: field('sensitivity', (v): v is Sensitivity => SENSITIVITIES.includes(v as Sensitivity), DEFAULT_SETTINGS.sensitivity),
      rememberReading: field('rememberReading', isBoolean, DEFAULT_SETTINGS.rememberReading),
    },
    problems,
  };
}

/** `readSettings` without the report: for readers that only need usable settings. */
export function normalizeSettings(stored: unknown): Settings {
  return readSettings(stored).settings;
}

/** A stored value in a few characters, for a report. */
const DESCRIBE_CHARS = 40;
function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > DESCRIBE_CHARS ? `${text.slice(0, DESCRIBE_CHARS)}…` : text;
}
