import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRIEFING_LIMITS } from '../src/domain/briefing';
import { closeBriefingStore, listBriefings } from '../src/lib/briefings/briefing-store';
import { renderApp } from './render-app';
import { syntheticDatasetForTests } from './synthetic-files';

// 250 counties × 10 years: a table of some 2,500 values, more than one briefing item holds.
const { serve } = syntheticDatasetForTests({ seed: 5, counties: 250, indicators: ['hotline.resolution-rate'] });

beforeEach(async () => {
  await closeBriefingStore();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeBriefingStore());

describe('adding a view too large for a briefing item', () => {
  it('says how many values it holds and the limit, opens no dialog and stores nothing', async () => {
    serve();
    window.history.replaceState(null, '', '/?data=synthetic');
    const user = userEvent.setup();
    renderApp('/explore?data=synthetic&indicator=hotline.resolution-rate&tab=table');
    const add = await screen.findByRole('button', { name: '将表格加入简报' }, { timeout: 10_000 });
    await user.click(add);
    const status = await screen.findByText(/^未加入简报：此项有 [\d,]+ 个数值，一个简报项最多 2,000 个。/);
    const count = Number(/此项有 ([\d,]+) 个/.exec(status.textContent ?? '')![1]!.replace(/,/g, ''));
    expect(count).toBeGreaterThan(BRIEFING_LIMITS.observationsPerItem);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await listBriefings()).toEqual([]);
  });
});
