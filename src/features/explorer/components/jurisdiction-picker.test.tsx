import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import { createI18n } from '../../../lib/i18n';
import { I18nProvider } from '../../../lib/translation-context';
import { explorerMessages } from '../locales';
import { JurisdictionPicker, MAX_LISTED } from './jurisdiction-picker';

/** A prefecture and `count` counties (made-up names, test only). */
function jurisdictions(count: number): Jurisdiction[] {
  return [
    { code: '440900', name: { zh: '测试市', en: 'Test city' }, level: 'prefecture', parentCode: '440000' },
    ...Array.from({ length: count }, (_, i): Jurisdiction => ({ code: String(440901 + i), name: { zh: `测试${i + 1}县`, en: `Test county ${i + 1}` }, level: 'county', parentCode: '440900' })),
  ];
}

function renderPicker(list: Jurisdiction[], selected: string[] | null = null, onChange = vi.fn()) {
  const { container } = render(
    <I18nProvider i18n={createI18n('zh', [explorerMessages])}>
      <JurisdictionPicker jurisdictions={list} selected={selected} onChange={onChange} />
    </I18nProvider>,
  );
  return { onChange, details: container.querySelector('details')! };
}

describe('JurisdictionPicker', () => {
  it('builds no checkboxes while closed, and lists them when opened', async () => {
    const { details } = renderPicker(jurisdictions(3));
    expect(screen.getByText('地区: 全部（4 个）')).toBeInTheDocument();
    expect(details.querySelectorAll('input')).toHaveLength(0);

    await userEvent.click(screen.getByText('地区: 全部（4 个）'));
    expect(details.open).toBe(true);
    expect(await screen.findByRole('checkbox', { name: /测试1县/ })).toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    expect(screen.getByRole('group', { name: '县级' })).toBeInTheDocument();
  });

  it('reports a choice, and no filter once everything is chosen again', async () => {
    const list = jurisdictions(2);
    const { onChange } = renderPicker(list);
    await userEvent.click(screen.getByText('地区: 全部（3 个）'));
    await userEvent.click(await screen.findByRole('checkbox', { name: /测试2县/ }));
    expect(onChange).toHaveBeenLastCalledWith(['440900', '440901']);
  });

  it('lists at most MAX_LISTED, the selected first, and narrows by search', async () => {
    const list = jurisdictions(MAX_LISTED + 50);
    const last = list.at(-1)!;
    renderPicker(list, [last.code]);
    await userEvent.click(screen.getByText('地区: 已选 1 个'));
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes).toHaveLength(MAX_LISTED);
    expect(screen.getByRole('checkbox', { name: new RegExp(last.name.zh) })).toBeChecked();
    expect(screen.getByText(`另有 ${list.length - MAX_LISTED} 个匹配的地区未列出，请输入名称或代码缩小范围。`)).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: '按名称或代码搜索地区' }), '测试7');
    // 测试7县 and 测试70县–测试79县.
    expect(screen.getAllByRole('checkbox')).toHaveLength(11);
    expect(screen.getByRole('button', { name: '清除选择' })).toBeInTheDocument();
  });
});
