import { storageAreaBacklog, type StorageArea } from './backlog';

function memoryArea(): StorageArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key === null ? { ...items } : key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, more),
    remove: async (key) => void delete items[key],
  };
}

describe('the kept backlog', () => {
  it('keeps each session’s unwritten events apart, and forgets them once written', async () => {
    const area = memoryArea();
    const backlog = storageAreaBacklog(area);
    await backlog.save('s1', [{ type: 'participants.count', at: 1, count: 2 }]);
    await backlog.save('s2', [{ type: 'session.ended', at: 2 }]);
    area.items.overlayPosition = { x: 1 };
    expect((await backlog.ids()).sort()).toEqual(['s1', 's2']);
    expect(await backlog.load('s1')).toEqual([{ type: 'participants.count', at: 1, count: 2 }]);
    await backlog.save('s1', []);
    expect(await backlog.ids()).toEqual(['s2']);
    expect(await backlog.load('s1')).toEqual([]);
  });

  it('reads back only well-formed events', async () => {
    const area = memoryArea();
    area.items['backlog:s1'] = [{ type: 'x', at: 1 }, null, { type: 3 }, 'junk'];
    area.items['backlog:s2'] = 'not a list';
    const backlog = storageAreaBacklog(area);
    expect(await backlog.load('s1')).toEqual([{ type: 'x', at: 1 }]);
    expect(await backlog.load('s2')).toEqual([]);
  });
});
