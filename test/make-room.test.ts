// @vitest-environment jsdom
/**
 * The room the open sidebar makes on the page, and its record: a later
 * version of Jejak puts the page back from the record when the sidebar's own
 * script was stopped (Firefox, after an update or reload), touching only
 * what is still exactly as the sidebar set it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { makeRoom, undoRoom, type RoomRecord } from '../entrypoints/page-sidebar/make-room';

const noneOwn = () => false;

describe('the open sidebar’s room on the page, and undoing it from its record', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('style');
    document.body.innerHTML = '<header id="bar" style="position: fixed; right: 10px">Menu</header><main><article>Berita</article></main>';
  });

  it('records the margin it sets, and nothing once the page has it back', () => {
    const records: Array<string | undefined> = [];
    document.documentElement.style.setProperty('margin-right', '3px');
    const room = makeRoom(noneOwn, (r) => records.push(r));
    room(400);
    expect(document.documentElement.style.marginRight).toBe('400px');
    const record = JSON.parse(records.at(-1)!) as RoomRecord;
    expect(record.changes).toEqual([{ path: [], property: 'margin-right', saved: { value: '3px', priority: '' }, set: '400px' }]);
    room(undefined);
    expect(document.documentElement.style.marginRight).toBe('3px');
    expect(records.at(-1)).toBeUndefined();
  });

  it('puts the page back from the record of a sidebar whose script is gone', () => {
    let recorded: string | undefined;
    makeRoom(noneOwn, (r) => (recorded = r))(380);
    // A fixed bar the sidebar had moved (jsdom lays nothing out, so the change is the one make-room makes on a real page).
    const bar = document.getElementById('bar')!;
    bar.style.setProperty('right', '390px', 'important');
    const record = JSON.parse(recorded!) as RoomRecord;
    record.changes.push({ path: [1, 0], property: 'right', saved: { value: '10px', priority: '' }, set: '390px' });
    expect(undoRoom(document, JSON.stringify(record))).toBe(2);
    expect(document.documentElement.style.marginRight).toBe('');
    expect(bar.style.getPropertyValue('right')).toBe('10px');
    expect(bar.style.getPropertyPriority('right')).toBe('');
  });

  it('leaves alone what the page changed since, and a record it cannot read', () => {
    let recorded: string | undefined;
    makeRoom(noneOwn, (r) => (recorded = r))(380);
    document.documentElement.style.setProperty('margin-right', '12px');
    expect(undoRoom(document, recorded!)).toBe(0);
    expect(document.documentElement.style.marginRight).toBe('12px');
    for (const junk of ['', '{', 'null', '{"changes": 5}', '{"changes": [{"path": [-1], "property": "margin-right", "saved": {}, "set": 1}]}', '{"changes": [{"path": [], "property": "color", "saved": {"value": "", "priority": ""}, "set": "12px"}]}']) {
      expect(undoRoom(document, junk)).toBe(0);
    }
    expect(document.documentElement.style.marginRight).toBe('12px');
  });
});
