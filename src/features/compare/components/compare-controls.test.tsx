import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../lib/translation-context';
import type { DataIndex } from '../../../domain/data-files';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import { createI18n } from '../../../lib/i18n';
import { testIndex, testIndicator } from '../../../../test/fixtures/make-observation';
import { compareMessages } from '../locales';
import { CompareControls, LIST_ALL_UP_TO, MAX_MATCHES_LISTED } from './compare-controls';

/** A prefecture with `count` counties (made-up names, test only), the first `withData` of them reporting the indicator. */
function indexWithCounties(count: number, withData: number): DataIndex {
  const counties: Jurisdiction[] = Array.from({ length: count }, (_, i) => ({
    code: String(440901 + i),
    name: { zh: `测试${i + 1}县`, en: `Test county ${i + 1}` },
    level: 'county',
    parentCode: '440900',
  }));
  return {
    ...testIndex,
    jurisdictions: [{ code: '440900', name: { zh: '测试市', en: 'Test city' }, level: 'prefecture', parentCode: '440000' }, ...counties],
    documents: [],
    summaries: [{ indicatorId: testIndicator.id, observationCount: withData, years: [2021], jurisdictionCodes: counties.slice(0, withData).map((c) => c.code) }],
  };
}

function renderControls(index: DataIndex, codes: string[], onChange = vi.fn()) {
  render(
    <I18nProvider i18n={createI18n('zh', [compareMessages])}>
      <CompareControls index={index} codes={codes} indicatorIds={[testIndicator.id]} year={null} onChange={onChange} />
    </I18nProvider>,
  );
  return { onChange, fieldset: screen.getByRole('group', { name: '地区（2–4 个）' }) };
}

describe('CompareControls at scale', () => {
  it('lists every jurisdiction, without a search, while there are few', () => {
    const index = indexWithCounties(LIST_ALL_UP_TO - 1, 5);
    const { fieldset } = renderControls(index, ['440901', '440902']);
    expect(within(fieldset).getAllByRole('checkbox')).toHaveLength(LIST_ALL_UP_TO);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('beyond that, lists the selected ones first and a bounded number of matches, those with data first', async () => {
    const user = userEvent.setup();
    const index = indexWithCounties(300, 100);
    const { fieldset, onChange } = renderControls(index, ['441150', '440905']);
    const names = () => within(fieldset).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent!.trim());
    // Selected first, in their chosen order (441150 has no data), then the first matches with data.
    expect(names().slice(0, 3)).toEqual(['测试250县 (无数据)', '测试5县', '测试1县']);
    expect(names()).toHaveLength(2 + MAX_MATCHES_LISTED);
    expect(screen.getByText(`另有 ${299 - MAX_MATCHES_LISTED} 个符合的地区未列出，请输入更具体的名称或代码。`)).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '查找地区（名称或代码）' }), '测试27');
    // 测试27县 and 测试270–279县: the one with data first.
    expect(names()).toEqual(['测试250县 (无数据)', '测试5县', '测试27县', ...Array.from({ length: 10 }, (_, i) => `测试${270 + i}县 (无数据)`)]);
    expect(screen.queryByText(/个符合的地区未列出/)).not.toBeInTheDocument();
    await user.click(within(fieldset).getByRole('checkbox', { name: '测试27县' }));
    expect(onChange).toHaveBeenCalledWith({ codes: ['441150', '440905', '440927'] });

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '没有这个地方');
    expect(names()).toEqual(['测试250县 (无数据)', '测试5县']);
    expect(screen.getByText('没有符合“没有这个地方”的地区。')).toHaveAttribute('role', 'status');
  });
});

describe('CompareControls at the minimum of two jurisdictions', () => {
  const index = indexWithCounties(5, 5);

  it('shows the chosen ones as chosen, enabled and described by the minimum, not greyed', () => {
    const { fieldset } = renderControls(index, ['440901', '440902']);
    for (const name of ['测试1县', '测试2县']) {
      const box = within(fieldset).getByRole('checkbox', { name });
      expect(box).toBeChecked();
      expect(box).toBeEnabled();
      expect(box).toHaveAccessibleDescription(expect.stringContaining('已选 2 个；至少 2 个，最多 4 个。'));
      expect(box.closest('label')).not.toHaveClass('is-disabled');
    }
    // Not yet chosen: still open to choose.
    expect(within(fieldset).getByRole('checkbox', { name: '测试3县' })).toBeEnabled();
  });

  it('refuses to untick one, by click or keyboard, and says why', async () => {
    const user = userEvent.setup();
    const { fieldset, onChange } = renderControls(index, ['440901', '440902']);
    const box = within(fieldset).getByRole('checkbox', { name: '测试2县' });
    await user.click(box);
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toBeChecked();
    const message = '对比至少需要两个地区，测试2县仍保留。要换掉它，请先选择另一个地区。';
    expect(screen.getByText(message)).toHaveAttribute('role', 'status');
    expect(box).toHaveAccessibleDescription(expect.stringContaining(message));

    const first = within(fieldset).getByRole('checkbox', { name: '测试1县' });
    first.focus();
    await user.keyboard(' ');
    expect(onChange).not.toHaveBeenCalled();
    expect(first).toBeChecked();
    expect(screen.getByText('对比至少需要两个地区，测试1县仍保留。要换掉它，请先选择另一个地区。')).toHaveAttribute('role', 'status');
  });

  it('above the minimum, unticks as before and describes no box by the refusal', async () => {
    const user = userEvent.setup();
    const { fieldset, onChange } = renderControls(index, ['440901', '440902', '440903']);
    const box = within(fieldset).getByRole('checkbox', { name: '测试2县' });
    expect(box).not.toHaveAttribute('aria-describedby');
    await user.click(box);
    expect(onChange).toHaveBeenCalledWith({ codes: ['440901', '440903'] });
  });
});
